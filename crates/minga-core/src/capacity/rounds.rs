//! Mapping rounds: opening one and its mail, reminders, the Secretariat's
//! list, one round's progress, closing.

use crate::mail::OutgoingMail;
use crate::notifications::Notify;
use crate::{Core, CoreError, Result};
use chrono::{DateTime, NaiveDate, Utc};
use minga_domain::capacity::{MappingRound, RoundEntry, RoundText, RoundTexts};
use minga_domain::notification::{NotificationKind, Param, Params};
use minga_domain::UserId;
use minga_domain::{
    can, required_text, Action, FieldErrors, Group, Locale, Org, OrgFilter, OrgId, OrgKind, Region,
    Resource, RoundId, User, PROFILE_FILLERS,
};
use minga_i18n::{s, I18n};
use minga_store::{NewNotification, NewRound};
use serde::Deserialize;

pub const TITLE_MAX: usize = 160;
/// Reminders start this many days before the deadline, and repeat at most this often.
pub const REMIND_DAYS_BEFORE: i64 = 7;
pub const REMIND_EVERY_DAYS: i64 = 3;

/// What the "prepare a round" form asks. The title and message may be
/// written in any of the five languages (`title_es`, `message_ar`…); at
/// least one title is needed, and each reader sees their own language's.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RoundInput {
    #[serde(alias = "title")]
    pub title_en: String,
    pub title_es: String,
    pub title_fr: String,
    pub title_pt: String,
    pub title_ar: String,
    pub message_en: String,
    pub message_es: String,
    pub message_fr: String,
    pub message_pt: String,
    pub message_ar: String,
    /// YYYY-MM-DD; the round closes at the end of that day in the
    /// network's time zone (`Settings::time_zone`).
    pub deadline: String,
    pub region: String,
    pub kind: String,
    pub group: String,
}

pub const MESSAGE_MAX: usize = 2000;

impl RoundInput {
    /// The form of an existing round, for editing it.
    pub fn of(round: &MappingRound, deadline: String) -> RoundInput {
        let mut input = RoundInput {
            deadline,
            ..Default::default()
        };
        for l in Locale::ALL {
            if let Some(t) = round.texts.get(l.code()) {
                let (title, message) = input.texts_mut(l);
                *title = t.title.clone();
                *message = t.message.clone();
            }
        }
        if Locale::ALL
            .iter()
            .all(|l| input.texts(*l).0.trim().is_empty())
        {
            input.title_en = round.title.clone();
        }
        input
    }
    /// The title and message typed in one language.
    pub fn texts(&self, l: Locale) -> (&str, &str) {
        match l {
            Locale::En => (&self.title_en, &self.message_en),
            Locale::Es => (&self.title_es, &self.message_es),
            Locale::Fr => (&self.title_fr, &self.message_fr),
            Locale::Pt => (&self.title_pt, &self.message_pt),
            Locale::Ar => (&self.title_ar, &self.message_ar),
        }
    }
    fn texts_mut(&mut self, l: Locale) -> (&mut String, &mut String) {
        match l {
            Locale::En => (&mut self.title_en, &mut self.message_en),
            Locale::Es => (&mut self.title_es, &mut self.message_es),
            Locale::Fr => (&mut self.title_fr, &mut self.message_fr),
            Locale::Pt => (&mut self.title_pt, &mut self.message_pt),
            Locale::Ar => (&mut self.title_ar, &mut self.message_ar),
        }
    }

    /// The fallback title and every language's texts, checked: each title a
    /// line of at most [`TITLE_MAX`], each message at most [`MESSAGE_MAX`];
    /// a message needs its language's title; at least one title. Errors name
    /// the language's field (`title_es`), whose label names the language.
    fn checked_texts(&self, e: &mut FieldErrors) -> Option<(String, RoundTexts)> {
        let mut texts = RoundTexts::new();
        for l in Locale::ALL {
            let (title, message) = self.texts(l);
            let title = if title.trim().is_empty() {
                String::new()
            } else {
                e.check(
                    format!("title_{}", l.code()),
                    required_text(title, TITLE_MAX),
                )
                .unwrap_or_default()
            };
            let message = message.trim();
            if message.chars().count() > MESSAGE_MAX {
                e.add_with(
                    format!("message_{}", l.code()),
                    "error-too-long-max",
                    vec![("max", MESSAGE_MAX.to_string())],
                );
            } else if !message.is_empty() && self.texts(l).0.trim().is_empty() {
                e.add(
                    format!("title_{}", l.code()),
                    "error-round-message-needs-title",
                );
            }
            if !title.is_empty() || !message.is_empty() {
                texts.insert(
                    l.code().to_string(),
                    RoundText {
                        title,
                        message: message.to_string(),
                    },
                );
            }
        }
        let first = Locale::ALL
            .iter()
            .filter_map(|l| texts.get(l.code()))
            .map(|t| t.title.clone())
            .find(|t| !t.is_empty());
        match first {
            Some(title) => Some((title, texts)),
            None => {
                if !Locale::ALL
                    .iter()
                    .any(|l| e.0.iter().any(|f| f.field == format!("title_{}", l.code())))
                {
                    e.add("title_en", "error-round-title-required");
                }
                None
            }
        }
    }

    /// The organisations the form's filter names (every member when left at
    /// "any"); a choice that is not one of the options is an error.
    fn filter(&self, e: &mut FieldErrors) -> OrgFilter {
        OrgFilter {
            region: (!self.region.is_empty())
                .then(|| {
                    e.check(
                        "region",
                        Region::parse(&self.region).ok_or("error-choose-option"),
                    )
                })
                .flatten(),
            kind: (!self.kind.is_empty())
                .then(|| {
                    e.check(
                        "kind",
                        OrgKind::parse(&self.kind).ok_or("error-choose-option"),
                    )
                })
                .flatten(),
            group: (!self.group.is_empty())
                .then(|| {
                    e.check(
                        "group",
                        Group::parse(&self.group).ok_or("error-choose-option"),
                    )
                })
                .flatten(),
            ..Default::default()
        }
    }
}

/// The last second of `day` in `tz`, as an instant (on a day whose end is
/// skipped by a clock change, the latest valid second before it).
pub(crate) fn end_of_day(
    day: NaiveDate,
    tz: chrono_tz::Tz,
) -> Option<chrono::DateTime<chrono::Utc>> {
    use chrono::TimeZone as _;
    let local = day.and_hms_opt(23, 59, 59)?;
    (0..=3)
        .filter_map(|back| {
            tz.from_local_datetime(&(local - chrono::Duration::hours(back)))
                .latest()
        })
        .next()
        .map(|t| t.with_timezone(&chrono::Utc))
}

fn mail_round(core: &Core, to: &User, org: &Org, round: &MappingRound, key: &str) -> OutgoingMail {
    let i18n = I18n::global();
    let l = to.locale;
    let deadline = core.deadline_text(l, round.deadline);
    let title = round.title_in(l).to_string();
    let mut body = i18n.ta(
        l,
        &format!("{key}-body"),
        &[
            ("name", s(to.name.clone())),
            ("org", s(org.name.clone())),
            ("title", s(title.clone())),
            ("date", s(deadline)),
            ("link", s(core.link("/capacity/profile"))),
        ],
    );
    let message = round.message_in(l);
    if !message.is_empty() {
        body = format!(
            "{body}\n\n{}\n\n{message}",
            i18n.t(l, "email-round-message-intro")
        );
    }
    core.compose(
        l,
        to.email.to_string(),
        i18n.ta(
            l,
            &format!("{key}-subject"),
            &[
                ("network", s(core.settings.network_name.clone())),
                ("title", s(title)),
            ],
        ),
        body,
    )
}

/// The notifications (kind `Round`) that ask `orgs`' profile fillers
/// ([`PROFILE_FILLERS`]) about a round, each with the round's email in the
/// reader's language as its "Immediately" email. `event` is `open` or
/// `reminder`; `dedupe` names this sending.
async fn round_mails(
    core: &Core,
    orgs: &[Org],
    round: &MappingRound,
    key: &str,
    event: &str,
    dedupe: &str,
) -> Result<Vec<NewNotification>> {
    let ids: Vec<OrgId> = orgs.iter().map(|o| o.id).collect();
    let mut people = Vec::new();
    for role in PROFILE_FILLERS {
        people.extend(core.store.users_with_role_in(&ids, role).await?);
    }
    let people: Vec<UserId> = people
        .iter()
        .filter(|u| orgs.iter().any(|o| o.id == u.org_id))
        .map(|u| u.id)
        .collect();
    let render = |u: &User| match orgs.iter().find(|o| o.id == u.org_id) {
        Some(o) => mail_round(core, u, o, round, key),
        // Not reached: every recipient belongs to one of `orgs`.
        None => core.compose(u.locale, u.email.to_string(), String::new(), String::new()),
    };
    let params = round_params(core, round, event);
    core.notifications_with_mail(
        &Notify {
            kind: NotificationKind::Round,
            recipients: &people,
            actor: None,
            community: None,
            link: "/capacity/profile",
            params,
            dedupe,
        },
        &render,
    )
    .await
}

/// What a round's notification says: the event (`open`, `reminder`), the
/// round's title and its deadline, in each language.
fn round_params(core: &Core, round: &MappingRound, event: &str) -> Params {
    let mut params = Params::new();
    params.insert("event".into(), Param::code(event));
    params.insert(
        "title".into(),
        Param::Langs(
            Locale::ALL
                .into_iter()
                .map(|l| (l.code().to_string(), round.title_in(l).to_string()))
                .collect(),
        ),
    );
    params.insert(
        "date".into(),
        Param::Langs(
            Locale::ALL
                .into_iter()
                .map(|l| (l.code().to_string(), core.deadline_text(l, round.deadline)))
                .collect(),
        ),
    );
    params
}

impl Core {
    /// The demo's notifications: the open round and a reminder of it for
    /// `people`, recorded without email.
    pub(crate) async fn seed_demo_notifications(
        &self,
        round: &MappingRound,
        people: &[UserId],
    ) -> Result<()> {
        let mut notes = Vec::new();
        for event in ["open", "reminder"] {
            notes.extend(
                self.notifications_for(&Notify {
                    kind: NotificationKind::Round,
                    recipients: people,
                    actor: None,
                    community: None,
                    link: "/capacity/profile",
                    params: round_params(self, round, event),
                    dedupe: &format!("round:{}:demo-{event}", round.id),
                })
                .await?,
            );
        }
        for n in &mut notes {
            n.email = None;
            n.settled = true;
        }
        self.store.add_notifications(&notes).await?;
        Ok(())
    }
}

/// A form that passed validation yet lacks a value: a bug, not bad input.
fn validated_missing() -> CoreError {
    CoreError::other("form validation", "validated fields missing")
}

/// Organisations a search offers to add to a draft, at most.
pub const CANDIDATES_MAX: usize = 20;

impl Core {
    /// Prepares a round as a draft with the organisations its filter names:
    /// nobody is asked or mailed until the Secretariat has checked the list
    /// and opens it ([`Core::open_round`]).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn prepare_round(
        &self,
        actor: &User,
        input: &RoundInput,
        now: DateTime<Utc>,
    ) -> Result<RoundId> {
        self.require_administer(actor)?;
        let mut e = FieldErrors::new();
        let checked = self.checked_round(input, now, &mut e);
        let filter = input.filter(&mut e);
        let orgs = if e.is_empty() {
            self.round_scope(&filter).await?
        } else {
            vec![]
        };
        if e.is_empty() && orgs.is_empty() {
            e.add("region", "error-round-no-orgs");
        }
        e.into_result()?;
        let (title, texts, deadline) = checked.ok_or_else(validated_missing)?;
        let new = NewRound {
            title,
            texts,
            draft: true,
            deadline: deadline.timestamp_millis(),
            orgs,
            created_by: Some(actor.id),
            demo: false,
            opened_at: None,
        };
        Ok(self.store.create_round(&new, &[]).await?)
    }

    /// The round form's fallback title, texts and deadline, each problem
    /// added to `e` (both the prepare and the edit forms ask them).
    fn checked_round(
        &self,
        input: &RoundInput,
        now: DateTime<Utc>,
        e: &mut FieldErrors,
    ) -> Option<(String, RoundTexts, DateTime<Utc>)> {
        let texts = input.checked_texts(e);
        let deadline = self.parse_deadline(&input.deadline, now, e);
        let ((title, texts), deadline) = (texts?, deadline?);
        Some((title, texts, deadline))
    }

    /// Member organisations (not the Secretariat's own) a filter names.
    async fn round_scope(&self, filter: &OrgFilter) -> Result<Vec<OrgId>> {
        Ok(self
            .store
            .all_orgs_matching(filter)
            .await?
            .into_iter()
            .filter(|o| o.kind != OrgKind::Secretariat)
            .map(|o| o.id)
            .collect())
    }

    /// Changes a draft's titles, messages and deadline.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn edit_round(
        &self,
        actor: &User,
        id: RoundId,
        input: &RoundInput,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.require_administer(actor)?;
        let mut e = FieldErrors::new();
        let checked = self.checked_round(input, now, &mut e);
        e.into_result()?;
        let (title, texts, deadline) = checked.ok_or_else(validated_missing)?;
        Ok(self
            .store
            .update_draft_round(id, &title, &texts, deadline.timestamp_millis())
            .await?)
    }

    /// Adds to a draft every member organisation the filter names; returns
    /// how many were not in it yet.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn add_round_orgs_matching(
        &self,
        actor: &User,
        id: RoundId,
        input: &RoundInput,
    ) -> Result<u64> {
        self.require_administer(actor)?;
        let mut e = FieldErrors::new();
        let filter = input.filter(&mut e);
        e.into_result()?;
        let orgs = self.round_scope(&filter).await?;
        Ok(self.store.add_round_orgs(id, &orgs).await?)
    }

    /// Adds one organisation to a draft (not the Secretariat's own, not an
    /// archived one).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn add_round_org(&self, actor: &User, id: RoundId, org: OrgId) -> Result<()> {
        self.require_administer(actor)?;
        let o = self.store.org_by_id(org).await?;
        if o.kind == OrgKind::Secretariat || o.archived_at.is_some() {
            return Err(CoreError::NotFound);
        }
        self.store.add_round_orgs(id, &[org]).await?;
        Ok(())
    }

    /// Takes one organisation out of a draft.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn remove_round_org(&self, actor: &User, id: RoundId, org: OrgId) -> Result<()> {
        self.require_administer(actor)?;
        Ok(self.store.remove_round_org(id, org).await?)
    }

    /// Deletes a draft.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn delete_round(&self, actor: &User, id: RoundId) -> Result<()> {
        self.require_administer(actor)?;
        Ok(self.store.delete_draft_round(id).await?)
    }

    /// Organisations a draft could add whose name, country or themes match
    /// `text` (not those already in it), at most [`CANDIDATES_MAX`].
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn round_candidates(
        &self,
        actor: &User,
        id: RoundId,
        text: &str,
    ) -> Result<Vec<Org>> {
        self.require_administer(actor)?;
        let text = text.trim();
        if text.is_empty() {
            return Ok(vec![]);
        }
        let inside: std::collections::HashSet<OrgId> = self
            .store
            .round_entries(id)
            .await?
            .into_iter()
            .map(|e| e.org.id)
            .collect();
        let filter = OrgFilter {
            text: Some(text.to_string()),
            ..Default::default()
        };
        Ok(self
            .store
            .all_orgs_matching(&filter)
            .await?
            .into_iter()
            .filter(|o| o.kind != OrgKind::Secretariat && !inside.contains(&o.id))
            .take(CANDIDATES_MAX)
            .collect())
    }

    /// Opens a draft round: mails the people who fill in each included
    /// organisation's profile ([`PROFILE_FILLERS`]), in their language. The
    /// deadline must still be ahead and the list not empty. Returns how many
    /// people were mailed.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn open_round(&self, actor: &User, id: RoundId, now: DateTime<Utc>) -> Result<usize> {
        self.require_administer(actor)?;
        let round = self.store.round(id).await?;
        if !round.draft {
            return Err(CoreError::NotFound);
        }
        if round.deadline <= now {
            return Err(CoreError::field("deadline", "error-deadline-past"));
        }
        let ids: Vec<OrgId> = self
            .store
            .round_entries(id)
            .await?
            .into_iter()
            .map(|e| e.org.id)
            .collect();
        if ids.is_empty() {
            return Err(CoreError::field("orgs", "error-round-no-orgs"));
        }
        let orgs = self.store.orgs_by_ids(&ids).await?;
        let opened = MappingRound {
            opened_at: now,
            draft: false,
            ..round
        };
        let mails = round_mails(
            self,
            &orgs,
            &opened,
            "email-round-open",
            "open",
            &format!("round:{id}:open"),
        )
        .await?;
        self.store
            .open_draft_round(id, now.timestamp_millis(), &mails)
            .await?;
        Ok(mails.iter().filter(|n| n.email.is_some()).count())
    }

    /// Mails the profile fillers of organisations that have not submitted,
    /// once the deadline is near, at most every few days. Returns the mails
    /// queued.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn send_round_reminders(&self, now: DateTime<Utc>) -> Result<usize> {
        let mut queued = 0;
        for round in self
            .store
            .rounds()
            .await?
            .into_iter()
            .filter(|r| r.is_open())
        {
            if now < round.deadline - chrono::Duration::days(REMIND_DAYS_BEFORE) {
                continue;
            }
            let since = (now - chrono::Duration::days(REMIND_EVERY_DAYS)).timestamp_millis();
            let candidates = self.store.round_orgs_to_remind(round.id, since).await?;
            let due = self
                .store
                .claim_reminders(round.id, &candidates, since)
                .await?;
            if due.is_empty() {
                continue;
            }
            let orgs = self.store.orgs_by_ids(&due).await?;
            let mails = round_mails(
                self,
                &orgs,
                &round,
                "email-round-reminder",
                "reminder",
                &format!("round:{}:reminder:{}", round.id, now.format("%Y-%m-%d")),
            )
            .await?;
            queued += mails.iter().filter(|n| n.email.is_some()).count();
            self.store.add_notifications(&mails).await?;
        }
        Ok(queued)
    }
}

impl Core {
    /// `Forbidden` unless the actor runs the network (the Secretariat's
    /// pages: rounds, the taxonomy).
    pub fn require_administer(&self, actor: &User) -> Result<()> {
        if can(Some(&actor.actor()), Action::Administer, Resource::Network) {
            Ok(())
        } else {
            Err(CoreError::Forbidden)
        }
    }

    /// Every round, newest first (the Secretariat's list; the map's choice
    /// of rounds for every member).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn rounds(&self) -> Result<Vec<MappingRound>> {
        Ok(self.store.rounds().await?)
    }

    /// One round and where each organisation it asks stands.
    #[tracing::instrument(skip_all)]
    pub async fn round_progress(
        &self,
        actor: &User,
        id: RoundId,
    ) -> Result<(MappingRound, Vec<RoundEntry>)> {
        self.require_administer(actor)?;
        let round = self.store.round(id).await?;
        let entries = self.store.round_entries(id).await?;
        Ok((round, entries))
    }

    /// Closes a round: profiles are no longer asked for.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn close_round(&self, actor: &User, id: RoundId, now: DateTime<Utc>) -> Result<()> {
        self.require_administer(actor)?;
        Ok(self.store.close_round(id, now.timestamp_millis()).await?)
    }

    /// Opens a closed round again until a new deadline (YYYY-MM-DD, the end
    /// of that day in the network's time zone), for the Secretariat.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn reopen_round(
        &self,
        actor: &User,
        id: RoundId,
        deadline: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.require_administer(actor)?;
        let mut e = FieldErrors::new();
        let deadline = self.parse_deadline(deadline, now, &mut e);
        e.into_result()?;
        let deadline =
            deadline.ok_or_else(|| CoreError::other("form validation", "deadline missing"))?;
        Ok(self
            .store
            .reopen_round(id, deadline.timestamp_millis())
            .await?)
    }

    /// The day a deadline falls on in the network's time zone: what the
    /// Secretariat typed.
    pub fn deadline_day(&self, deadline: DateTime<Utc>) -> NaiveDate {
        deadline
            .with_timezone(&self.settings.time_zone.tz())
            .date_naive()
    }

    /// A deadline as typed (YYYY-MM-DD): the end of that day in the
    /// network's time zone, which must be in the future.
    fn parse_deadline(
        &self,
        raw: &str,
        now: DateTime<Utc>,
        e: &mut FieldErrors,
    ) -> Option<DateTime<Utc>> {
        match NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d") {
            Ok(d) => match end_of_day(d, self.settings.time_zone.tz()) {
                Some(t) if t > now => Some(t),
                _ => {
                    e.add("deadline", "error-deadline-past");
                    None
                }
            },
            Err(_) if raw.trim().is_empty() => {
                e.add("deadline", "error-required");
                None
            }
            Err(_) => {
                e.add("deadline", "error-date-invalid");
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::end_of_day;
    use chrono::NaiveDate;

    #[test]
    fn a_deadline_is_the_last_second_of_its_day_in_the_networks_zone() {
        let day = NaiveDate::from_ymd_opt(2027, 1, 31).unwrap();
        let at = |tz: chrono_tz::Tz| end_of_day(day, tz).unwrap().to_rfc3339();
        assert_eq!(at(chrono_tz::UTC), "2027-01-31T23:59:59+00:00");
        assert_eq!(at(chrono_tz::Africa::Nairobi), "2027-01-31T20:59:59+00:00");
        assert_eq!(at(chrono_tz::America::Lima), "2027-02-01T04:59:59+00:00");
    }
}
