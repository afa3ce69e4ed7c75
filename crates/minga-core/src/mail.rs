//! Outgoing email. With an SMTP URL, lettre speaks SMTP (TLS by rustls);
//! without one, each message is written to the outbox folder and logged, so a
//! demo works offline. Messages are queued as jobs and sent by the worker.

use crate::{CoreError, Result};
use lettre::message::{header::ContentType, Mailbox, Message};
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
            .from(from)
            .to(to)
            .subject(mail.subject.clone())
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
