//! Peer exchanges between members, with an email to the other side at each step.

use crate::jobs::mail_job;
use crate::{Core, CoreError, Result};
use minga_domain::capacity::ItemCode;
use minga_domain::exchange::{next_status, Exchange, ExchangeStatus, Side, Step};
use minga_domain::{
    can, required_text, Action, ExchangeId, FieldErrors, Org, OrgId, Resource, Role, User,
};
use minga_i18n::{s, I18n};
use minga_store::NewJob;

/// What an exchange's page shows.
pub struct ExchangePage {
    pub exchange: Exchange,
    /// The actor's side, if they are on one.
    pub side: Option<Side>,
    pub seeker: Org,
    pub helper: Org,
    /// Files it produced and the organisation that added each.
    pub resources: Vec<(minga_domain::files::FileRef, OrgId)>,
}

pub const MESSAGE_MAX: usize = 2_000;

impl Core {
    /// Mails for the admins of `to_org` about `exchange`, in their languages.
    async fn exchange_mails(
        &self,
        to_org: OrgId,
        exchange_id: ExchangeId,
        item: &ItemCode,
        from_org: OrgId,
        key: &str,
    ) -> Result<Vec<NewJob>> {
        let admins = self
            .store
            .users_with_role_in(&[to_org], Role::OrgAdmin)
            .await?;
        let from = self.store.org_by_id(from_org).await?;
        let taxonomy = self.store.taxonomy().await?;
        let i18n = I18n::global();
        Ok(admins
            .iter()
            .map(|u| {
                let l = u.locale;
                let item_label = taxonomy
                    .iter()
                    .find(|t| &t.code == item)
                    .map(|t| t.label.get(l).to_string())
                    .unwrap_or_else(|| item.to_string());
                let args = [
                    ("network", s(self.settings.network_name.clone())),
                    ("name", s(u.name.clone())),
                    ("org", s(from.name.clone())),
                    ("item", s(item_label)),
                    (
                        "link",
                        s(self.link(&format!("/capacity/exchanges/{exchange_id}"))),
                    ),
                ];
                mail_job(&self.compose(
                    l,
                    u.email.to_string(),
                    i18n.ta(l, &format!("{key}-subject"), &args),
                    i18n.ta(l, &format!("{key}-body"), &args),
                ))
            })
            .collect())
    }

    /// Asks `helper` for support with one of the actor's organisation's needs.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn request_exchange(
        &self,
        actor: &User,
        helper: OrgId,
        item: &str,
        message: &str,
    ) -> Result<ExchangeId> {
        let mut e = FieldErrors::new();
        let message = e.check("message", required_text_multiline(message, MESSAGE_MAX));
        let item = ItemCode::parse(item).ok();
        let taxonomy = self.store.taxonomy().await?;
        let item = match item.filter(|i| taxonomy.iter().any(|t| &t.code == i)) {
            Some(i) => i,
            None => return Err(CoreError::NotFound),
        };
        let helper_org = self.store.org_by_id(helper).await?;
        if !can(
            Some(&actor.actor()),
            Action::RequestExchange,
            helper_org.resource(),
        ) {
            return Err(CoreError::Forbidden);
        }
        let open_already = self
            .store
            .exchanges_of(actor.org_id)
            .await?
            .into_iter()
            .any(|x| x.helper == helper && x.item == item && x.status.is_open());
        if open_already {
            e.add("message", "error-exchange-exists");
        }
        e.into_result()?;
        let message = message.unwrap_or_default();
        let id = ExchangeId::new();
        let mails = self
            .exchange_mails(helper, id, &item, actor.org_id, "email-exchange-requested")
            .await?;
        self.store
            .create_exchange(id, &item, actor.org_id, helper, &message, actor.id, &mails)
            .await?;
        Ok(id)
    }

    /// An exchange the actor may see: their organisation's, or any for the Secretariat.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn exchange_for(
        &self,
        actor: &User,
        id: ExchangeId,
    ) -> Result<(Exchange, Option<Side>)> {
        let x = self.store.exchange(id).await?;
        if !can(Some(&actor.actor()), Action::View, resource(&x)) {
            return Err(CoreError::NotFound);
        }
        let side = x.side_of(actor.org_id);
        Ok((x, side))
    }

    /// The exchanges of the actor's organisation, newest first, each with the
    /// organisation on the other side.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn exchanges_of(&self, actor: &User) -> Result<Vec<(Exchange, Org)>> {
        let mut out = Vec::new();
        for x in self.store.exchanges_of(actor.org_id).await? {
            let other = if x.seeker == actor.org_id {
                x.helper
            } else {
                x.seeker
            };
            let org = self.store.org_by_id(other).await?;
            out.push((x, org));
        }
        Ok(out)
    }

    /// An exchange as its page shows it: the two organisations, the steps the
    /// actor may take, and the files it produced with who added each.
    #[tracing::instrument(skip_all)]
    pub async fn exchange_page(&self, actor: &User, id: ExchangeId) -> Result<ExchangePage> {
        let (exchange, side) = self.exchange_for(actor, id).await?;
        let seeker = self.store.org_by_id(exchange.seeker).await?;
        let helper = self.store.org_by_id(exchange.helper).await?;
        let resources = self.store.exchange_resources(id).await?;
        Ok(ExchangePage {
            exchange,
            side,
            seeker,
            helper,
            resources,
        })
    }

    /// Takes a step (accept, decline, start, complete) with its text: the
    /// reply when answering, the outcome when completing.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn exchange_step(
        &self,
        actor: &User,
        id: ExchangeId,
        step: Step,
        text: &str,
    ) -> Result<ExchangeStatus> {
        let (x, side) = self.exchange_for(actor, id).await?;
        let side = side.ok_or(CoreError::Forbidden)?;
        let needed = if matches!(step, Step::Accept | Step::Decline) {
            Action::Answer
        } else {
            Action::Edit
        };
        if !can(Some(&actor.actor()), needed, resource(&x)) {
            return Err(CoreError::Forbidden);
        }
        let to = next_status(x.status, side, step).ok_or(CoreError::Forbidden)?;
        let mut e = FieldErrors::new();
        let text = if step == Step::Complete {
            e.check("text", required_text_multiline(text, MESSAGE_MAX))
        } else {
            e.check("text", optional_text(text, MESSAGE_MAX))
        };
        e.into_result()?;
        let text = text.unwrap_or_default();
        let (reply, seeker_outcome, helper_outcome) = match (step, side) {
            (Step::Accept | Step::Decline, _) => (Some(text.as_str()), None, None),
            (Step::Complete, Side::Seeker) => (None, Some(text.as_str()), None),
            (Step::Complete, Side::Helper) => (None, None, Some(text.as_str())),
            (Step::Start, _) => (None, None, None),
        };
        let (other, me) = match side {
            Side::Seeker => (x.helper, x.seeker),
            Side::Helper => (x.seeker, x.helper),
        };
        let mails = self
            .exchange_mails(
                other,
                id,
                &x.item,
                me,
                &format!("email-exchange-{}", to.code().replace('_', "-")),
            )
            .await?;
        match self
            .store
            .update_exchange(
                id,
                x.status,
                to,
                reply,
                seeker_outcome,
                helper_outcome,
                &mails,
            )
            .await
        {
            Ok(()) => Ok(to),
            // Someone else moved it first.
            Err(minga_store::StoreError::NotFound) => {
                Err(CoreError::field("text", "error-exchange-moved"))
            }
            Err(e) => Err(e.into()),
        }
    }

    /// Records (or updates) the actor's side's outcome of a completed exchange.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn record_outcome(&self, actor: &User, id: ExchangeId, text: &str) -> Result<()> {
        let (x, side) = self.exchange_for(actor, id).await?;
        let side = side.ok_or(CoreError::Forbidden)?;
        if x.status != ExchangeStatus::Completed
            || !can(Some(&actor.actor()), Action::Edit, resource(&x))
        {
            return Err(CoreError::Forbidden);
        }
        let text =
            required_text_multiline(text, MESSAGE_MAX).map_err(|k| CoreError::field("text", k))?;
        let (so, ho) = match side {
            Side::Seeker => (Some(text.as_str()), None),
            Side::Helper => (None, Some(text.as_str())),
        };
        self.store
            .update_exchange(id, x.status, x.status, None, so, ho, &[])
            .await?;
        Ok(())
    }
}

impl Core {
    /// Links files the actor's organisation uploaded to an exchange, as
    /// resources it produced. Only a side of the exchange may, once it is
    /// under way or done; another organisation's files are ignored.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn add_exchange_resources(
        &self,
        actor: &User,
        id: ExchangeId,
        files: &[minga_domain::FileId],
    ) -> Result<()> {
        let (x, _) = self.exchange_for(actor, id).await?;
        if !may_add_resources(actor, &x) {
            return Err(CoreError::Forbidden);
        }
        let own = self.store.files_of_org(actor.org_id, files).await?;
        let ids: Vec<_> = own.iter().map(|f| f.id).collect();
        self.store
            .add_exchange_resources(id, actor.org_id, &ids)
            .await?;
        Ok(())
    }
}

/// Whether the actor may add files to an exchange: a side of it, once it is
/// under way or done. Forms ask before they read any upload.
pub fn may_add_resources(actor: &User, x: &Exchange) -> bool {
    x.side_of(actor.org_id).is_some()
        && matches!(
            x.status,
            ExchangeStatus::InProgress | ExchangeStatus::Completed
        )
        && can(Some(&actor.actor()), Action::Edit, resource(x))
}

/// Whether a step form on `x` may carry files at all, decided before the
/// form is read: a side, once the exchange is agreed (the step may take it
/// under way or complete it; `may_add_resources` then decides, after the
/// step, and files it refuses are discarded).
pub fn may_upload_with_step(actor: &User, x: &Exchange) -> bool {
    x.side_of(actor.org_id).is_some()
        && matches!(
            x.status,
            ExchangeStatus::Agreed | ExchangeStatus::InProgress | ExchangeStatus::Completed
        )
        && can(Some(&actor.actor()), Action::Edit, resource(x))
}

fn resource(x: &Exchange) -> Resource {
    Resource::Exchange {
        seeker: x.seeker,
        helper: x.helper,
    }
}

/// Like `required_text`, but line breaks are welcome.
fn required_text_multiline(raw: &str, max: usize) -> std::result::Result<String, &'static str> {
    let flat: String = raw
        .chars()
        .map(|c| {
            if c == '\n' || c == '\r' || c == '\t' {
                ' '
            } else {
                c
            }
        })
        .collect();
    required_text(&flat, max).map(|_| raw.trim().replace("\r\n", "\n"))
}

fn optional_text(raw: &str, max: usize) -> std::result::Result<String, &'static str> {
    if raw.trim().is_empty() {
        Ok(String::new())
    } else {
        required_text_multiline(raw, max)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_keep_their_line_breaks_and_refuse_other_controls() {
        assert_eq!(
            required_text_multiline("  one\r\ntwo\n\tthree  ", 50),
            Ok("one\ntwo\n\tthree".to_string())
        );
        // Line breaks and tabs are not control characters here, each one is
        // checked: \n, \r and \t alone.
        for t in ["a\nb", "a\rb", "a\tb"] {
            assert!(required_text_multiline(t, 10).is_ok(), "{t:?}");
        }
        assert_eq!(
            required_text_multiline("a\u{7}b", 10),
            Err("error-text-invalid")
        );
        assert_eq!(required_text_multiline(" \n\t ", 10), Err("error-required"));
        assert_eq!(required_text_multiline("abcd", 3), Err("error-too-long"));
        assert_eq!(optional_text("  \n ", 3), Ok(String::new()));
        assert_eq!(optional_text(" hi\r\nyou ", 10), Ok("hi\nyou".to_string()));
        assert_eq!(optional_text("abcd", 3), Err("error-too-long"));
    }
}
