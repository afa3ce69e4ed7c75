//! Outgoing email. With an SMTP URL, lettre speaks SMTP (TLS by rustls);
//! without one, each message is written to the outbox folder and logged, so a
//! demo works offline. Messages are queued as jobs and sent by the worker.

use crate::{Core, CoreError, Result};
use lettre::message::header::{ContentType, Header, HeaderName, HeaderValue};
use lettre::message::{Mailbox, Message};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// A rendered message, as stored in a mail job's payload.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct OutgoingMail {
    pub to: String,
    pub subject: String,
    pub text: String,
}

impl Core {
    /// A message in `locale` with the footer every email carries: a line
    /// saying where the reader's settings are (their account page).
    pub(crate) fn compose(
        &self,
        locale: minga_domain::Locale,
        to: String,
        subject: String,
        body: String,
    ) -> OutgoingMail {
        let footer = minga_i18n::I18n::global().ta(
            locale,
            "email-footer",
            &[
                ("network", minga_i18n::s(self.settings.network_name.clone())),
                ("link", minga_i18n::s(self.link("/account"))),
            ],
        );
        // "-- " on its own line is where mail programs expect a footer.
        OutgoingMail {
            to,
            subject,
            text: format!("{body}\n\n-- \n{footer}"),
        }
    }
}

/// `Auto-Submitted: auto-generated` (RFC 3834): a machine sent this, so
/// out-of-office replies and other robots must not answer it.
#[derive(Debug, Clone)]
struct AutoSubmitted;

impl Header for AutoSubmitted {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("Auto-Submitted")
    }
    fn parse(_: &str) -> std::result::Result<Self, crate::BoxError> {
        Ok(AutoSubmitted)
    }
    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), "auto-generated".into())
    }
}

/// A unique `Message-ID` in the sender's domain (RFC 5322 asks for one;
/// spam filters mark mail without it).
fn message_id(from: &Mailbox) -> String {
    format!(
        "<{}@{}>",
        uuid::Uuid::now_v7().simple(),
        from.email.domain()
    )
}

pub enum Mailer {
    Smtp {
        transport: AsyncSmtpTransport<Tokio1Executor>,
        from: Mailbox,
    },
    Outbox {
        dir: PathBuf,
        from: Mailbox,
    },
}

impl Mailer {
    /// `smtp://host:port` (plain), `smtp://user:pass@host:587?tls=required`
    /// (STARTTLS) or `smtps://…` (TLS).
    pub fn smtp(url: &str, from: &str) -> Result<Mailer> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(CoreError::with("bad SMTP URL"))?
            .build();
        Ok(Mailer::Smtp {
            transport,
            from: parse_from(from)?,
        })
    }

    pub fn outbox(dir: PathBuf, from: &str) -> Result<Mailer> {
        Ok(Mailer::Outbox {
            dir,
            from: parse_from(from)?,
        })
    }

    pub fn describe(&self) -> String {
        match self {
            Mailer::Smtp { .. } => "SMTP".into(),
            Mailer::Outbox { dir, .. } => format!("outbox folder {}", dir.display()),
        }
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn send(&self, mail: &OutgoingMail) -> Result<()> {
        let from = match self {
            Mailer::Smtp { from, .. } | Mailer::Outbox { from, .. } => from.clone(),
        };
        let to: Mailbox = mail.to.parse().map_err(CoreError::with("bad recipient"))?;
        let message = Message::builder()
            .from(from.clone())
            .to(to)
            .subject(mail.subject.clone())
            .message_id(Some(message_id(&from)))
            .header(AutoSubmitted)
            .header(ContentType::TEXT_PLAIN)
            .body(mail.text.clone())
            .map_err(CoreError::with("building a mail"))?;
        match self {
            Mailer::Smtp { transport, .. } => {
                transport
                    .send(message)
                    .await
                    .map_err(CoreError::with("sending mail over SMTP"))?;
            }
            Mailer::Outbox { dir, .. } => {
                tokio::fs::create_dir_all(dir)
                    .await
                    .map_err(CoreError::with("writing to the outbox"))?;
                let name = format!(
                    "{}-{}.eml",
                    chrono::Utc::now().format("%Y%m%dT%H%M%S%.3f"),
                    uuid::Uuid::now_v7()
                );
                let path = dir.join(name);
                tokio::fs::write(&path, message.formatted())
                    .await
                    .map_err(CoreError::with("writing to the outbox"))?;
                tracing::info!(to = %mail.to, subject = %mail.subject, path = %path.display(), "mail written to outbox");
            }
        }
        Ok(())
    }
}

fn parse_from(from: &str) -> Result<Mailbox> {
    from.parse().map_err(CoreError::with("bad sender address"))
}
