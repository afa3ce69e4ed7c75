//! Peer exchanges between members, with an email to the other side at each step.

use crate::jobs::mail_job;
use crate::{Core, CoreError, Result};
use minga_domain::capacity::ItemCode;
use minga_domain::exchange::{
    next_status, Contact, Exchange, ExchangeFilter, ExchangeMessage, ExchangeStatus,
    ExchangeSummary, OpenRequest, Side, Step,
};
use minga_domain::values::required_multiline as required_text_multiline;
use minga_domain::{
    can, Action, ExchangeId, FieldErrors, MessageId, Org, OrgId, Page, Resource, Role, User, UserId,
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
    /// Who asked and who answered, when known.
    pub requested_by: Option<Contact>,
    pub answered_by: Option<Contact>,
    /// The people taking part, with their emails: shown only to the two
    /// sides and the Secretariat (the only ones who may see the page).
    pub contacts: Vec<Contact>,
    /// The thread, oldest first.
    pub messages: Vec<ExchangeMessage>,
    /// Whether the actor may write in the thread.
    pub may_write: bool,
}

pub const MESSAGE_MAX: usize = 2_000;
/// The longest message in an exchange's thread.
pub const THREAD_MESSAGE_MAX: usize = 5_000;
/// Messages one person may write in threads per hour: each is an email to
/// the other side, so a runaway script cannot flood anyone's inbox.
pub const THREAD_MESSAGES_PER_HOUR: i64 = 60;
const HOUR_MS: i64 = 60 * 60 * 1000;
/// Exchanges per page of the Secretariat's list.
pub const NETWORK_PER_PAGE: u32 = 30;

/// What an email about an exchange says besides its link.
#[derive(Default)]
struct MailText<'a> {
    /// The status the exchange reached, named as on its page.
    status: Option<ExchangeStatus>,
    /// The words sent: the request, or a message of the thread.
    message: Option<&'a str>,
}

fn contact(u: &User) -> Contact {
    Contact {
        id: u.id,
        name: u.name.clone(),
        email: u.email.to_string(),
        org: u.org_id,
    }
}

impl Core {
    /// Mails for the admins of `to_org` about `exchange`, in their languages.
    async fn exchange_mails(
        &self,
        to_org: OrgId,
        exchange_id: ExchangeId,
        item: &ItemCode,
        from_org: OrgId,
        key: &str,
        text: MailText<'_>,
    ) -> Result<Vec<NewJob>> {
        let admins = self
            .store
            .users_with_role_in(&[to_org], Role::OrgAdmin)
            .await?;
        self.mails_to(&admins, exchange_id, item, from_org, key, text)
            .await
    }

    /// Mails for `people` about `exchange`, each in their own language.
    async fn mails_to(
        &self,
        people: &[User],
        exchange_id: ExchangeId,
        item: &ItemCode,
        from_org: OrgId,
        key: &str,
        text: MailText<'_>,
    ) -> Result<Vec<NewJob>> {
        if people.is_empty() {
            return Ok(vec![]);
        }
        let from = self.store.org_by_id(from_org).await?;
        let taxonomy = self.store.taxonomy().await?;
        let i18n = I18n::global();
        Ok(people
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
                    (
                        "status",
                        s(text
                            .status
                            .map(|st| i18n.t(l, st.label_key()))
                            .unwrap_or_default()),
                    ),
                    ("message", s(text.message.unwrap_or_default().to_string())),
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
        // The helper reads the request in the email itself.
        let mails = self
            .exchange_mails(
                helper,
                id,
                &item,
                actor.org_id,
                ExchangeStatus::Requested.email_key().as_str(),
                MailText {
                    status: Some(ExchangeStatus::Requested),
                    message: Some(&message),
                },
            )
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

    /// The open requests the actor's organisation has made, in one read
    /// (the matches page shows them instead of a second request).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn open_requests(&self, actor: &User) -> Result<Vec<OpenRequest>> {
        Ok(self.store.open_requests_of(actor.org_id).await?)
    }

    /// Every exchange in the network that passes `filter`, a page at a
    /// time: the Secretariat's list.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn network_exchanges(
        &self,
        actor: &User,
        filter: &ExchangeFilter,
        page: u32,
    ) -> Result<Page<ExchangeSummary>> {
        self.require_administer(actor)?;
        Ok(self
            .store
            .all_exchanges(filter, page, NETWORK_PER_PAGE)
            .await?)
    }

    /// The exchanges of the actor's organisation, newest first, each with the
    /// organisation on the other side.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn exchanges_of(&self, actor: &User) -> Result<Vec<(Exchange, Org)>> {
        let list = self.store.exchanges_of(actor.org_id).await?;
        let other = |x: &Exchange| {
            if x.seeker == actor.org_id {
                x.helper
            } else {
                x.seeker
            }
        };
        // The organisations on the other side, read together.
        let mut ids: Vec<OrgId> = list.iter().map(other).collect();
        ids.sort();
        ids.dedup();
        let orgs: std::collections::HashMap<OrgId, Org> = self
            .store
            .orgs_by_ids(&ids)
            .await?
            .into_iter()
            .map(|o| (o.id, o))
            .collect();
        Ok(list
            .into_iter()
            .filter_map(|x| orgs.get(&other(&x)).cloned().map(|o| (x, o)))
            .collect())
    }

    /// An exchange as its page shows it: the two organisations, the steps the
    /// actor may take, and the files it produced with who added each.
    #[tracing::instrument(skip_all)]
    pub async fn exchange_page(&self, actor: &User, id: ExchangeId) -> Result<ExchangePage> {
        let (exchange, side) = self.exchange_for(actor, id).await?;
        let seeker = self.store.org_by_id(exchange.seeker).await?;
        let helper = self.store.org_by_id(exchange.helper).await?;
        let resources = self.store.exchange_resources(id).await?;
        let people = self.store.exchange_people(&exchange).await?;
        let find = |who: Option<UserId>| {
            who.and_then(|id| people.iter().find(|u| u.id == id))
                .map(contact)
        };
        let requested_by = find(exchange.requested_by);
        let answered_by = find(exchange.answered_by);
        let contacts = people.iter().map(contact).collect();
        let messages = self.store.exchange_messages(id).await?;
        let may_write = may_write(actor, &exchange);
        Ok(ExchangePage {
            exchange,
            side,
            seeker,
            helper,
            resources,
            requested_by,
            answered_by,
            contacts,
            messages,
            may_write,
        })
    }

    /// Writes a message in an exchange's thread (Markdown, rendered and
    /// sanitised now) and emails it to the people of the other side, or of
    /// both sides when the Secretariat writes, each in their language.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn post_exchange_message(
        &self,
        actor: &User,
        id: ExchangeId,
        body: &str,
    ) -> Result<MessageId> {
        let (x, _) = self.exchange_for(actor, id).await?;
        if !may_write(actor, &x) {
            return Err(CoreError::Forbidden);
        }
        let body = required_text_multiline(body, THREAD_MESSAGE_MAX)
            .map_err(|k| CoreError::field("body", k))?;
        let html = crate::markdown::render(&body)
            .map_err(|_| CoreError::field("body", "error-markdown-too-complex"))?;
        if self
            .store
            .rate_limit_hit(&thread_limit_key(actor.id), HOUR_MS)
            .await?
            > THREAD_MESSAGES_PER_HOUR
        {
            return Err(CoreError::RateLimited { retry_after: None });
        }
        let people = self.store.exchange_people(&x).await?;
        let to: Vec<User> = people
            .into_iter()
            .filter(|u| u.id != actor.id && u.org_id != actor.org_id)
            .collect();
        let message_id = MessageId::new();
        let mails = self
            .mails_to(
                &to,
                id,
                &x.item,
                actor.org_id,
                "email-exchange-message",
                MailText {
                    status: Some(x.status),
                    message: Some(&body),
                },
            )
            .await?;
        self.store
            .add_exchange_message(message_id, id, actor.id, actor.org_id, &body, &html, &mails)
            .await?;
        Ok(message_id)
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
            (Step::Start | Step::Withdraw, _) => (None, None, None),
        };
        let (other, me) = match side {
            Side::Seeker => (x.helper, x.seeker),
            Side::Helper => (x.seeker, x.helper),
        };
        // The other side's people: its admins, and whoever of it asked,
        // answered or wrote in the thread.
        let people: Vec<User> = self
            .store
            .exchange_people(&x)
            .await?
            .into_iter()
            .filter(|u| u.org_id == other)
            .collect();
        let mails = self
            .mails_to(
                &people,
                id,
                &x.item,
                me,
                &to.email_key(),
                MailText {
                    status: Some(to),
                    message: None,
                },
            )
            .await?;
        let answered_by = matches!(step, Step::Accept | Step::Decline).then_some(actor.id);
        match self
            .store
            .update_exchange(
                id,
                x.status,
                to,
                reply,
                seeker_outcome,
                helper_outcome,
                answered_by,
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
            .update_exchange(id, x.status, x.status, None, so, ho, None, &[])
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

/// The rate limit's key for the messages `user` writes.
pub fn thread_limit_key(user: UserId) -> String {
    format!("thread:{user}")
}

/// Whether the actor may write in the exchange's thread: whoever may read
/// it, the two sides and the Secretariat, whatever its status.
pub fn may_write(actor: &User, x: &Exchange) -> bool {
    can(Some(&actor.actor()), Action::View, resource(x))
}

fn resource(x: &Exchange) -> Resource {
    Resource::Exchange {
        seeker: x.seeker,
        helper: x.helper,
    }
}

/// Like `required_text`, but line breaks are welcome.
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
