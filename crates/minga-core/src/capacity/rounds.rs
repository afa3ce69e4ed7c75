//! Mapping rounds: opening one and its mail, reminders, the Secretariat's
//! list, one round's progress, closing.

use crate::jobs::mail_job;
use crate::mail::OutgoingMail;
use crate::{Core, CoreError, Result};
use chrono::{DateTime, NaiveDate, Utc};
use minga_domain::capacity::{MappingRound, RoundEntry};
use minga_domain::{
    can, required_text, Action, FieldErrors, Group, Org, OrgFilter, OrgId, OrgKind, Region,
    Resource, Role, RoundId, User,
};
use minga_i18n::{s, I18n};
use minga_store::{NewJob, NewRound};
use serde::Deserialize;

pub const TITLE_MAX: usize = 160;
/// Reminders start this many days before the deadline, and repeat at most this often.
pub const REMIND_DAYS_BEFORE: i64 = 7;
pub const REMIND_EVERY_DAYS: i64 = 3;

/// What the "open a round" form asks.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RoundInput {
    pub title: String,
    /// YYYY-MM-DD; the round closes at the end of that day in the
    /// network's time zone (`Settings::time_zone`).
    pub deadline: String,
    pub region: String,
    pub kind: String,
    pub group: String,
}

/// The last second of `day` in `tz`, as an instant (on a day whose end is
/// skipped by a clock change, the latest valid second before it).
fn end_of_day(day: NaiveDate, tz: chrono_tz::Tz) -> Option<chrono::DateTime<chrono::Utc>> {
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
    core.compose(
        l,
        to.email.to_string(),
        i18n.ta(
            l,
            &format!("{key}-subject"),
            &[
                ("network", s(core.settings.network_name.clone())),
                ("title", s(round.title.clone())),
            ],
        ),
        i18n.ta(
            l,
            &format!("{key}-body"),
            &[
                ("name", s(to.name.clone())),
                ("org", s(org.name.clone())),
                ("title", s(round.title.clone())),
                ("date", s(deadline)),
                ("link", s(core.link("/capacity/profile"))),
            ],
        ),
    )
}

impl Core {
    /// Opens a mapping round and mails every included organisation's admins.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn open_round(
        &self,
        actor: &User,
        input: &RoundInput,
        now: DateTime<Utc>,
    ) -> Result<RoundId> {
        if !can(Some(&actor.actor()), Action::Administer, Resource::Network) {
            return Err(CoreError::Forbidden);
        }
        let mut e = FieldErrors::new();
        let title = e.check("title", required_text(&input.title, TITLE_MAX));
        let deadline = self.parse_deadline(&input.deadline, now, &mut e);
        let filter = OrgFilter {
            region: (!input.region.is_empty())
                .then(|| {
                    e.check(
                        "region",
                        Region::parse(&input.region).ok_or("error-choose-option"),
                    )
                })
                .flatten(),
            kind: (!input.kind.is_empty())
                .then(|| {
                    e.check(
                        "kind",
                        OrgKind::parse(&input.kind).ok_or("error-choose-option"),
                    )
                })
                .flatten(),
            group: (!input.group.is_empty())
                .then(|| {
                    e.check(
                        "group",
                        Group::parse(&input.group).ok_or("error-choose-option"),
                    )
                })
                .flatten(),
            ..Default::default()
        };
        let orgs: Vec<Org> = if e.is_empty() {
            self.store
                .all_orgs_matching(&filter)
                .await?
                .into_iter()
                .filter(|o| o.kind != OrgKind::Secretariat)
                .collect()
        } else {
            vec![]
        };
        if e.is_empty() && orgs.is_empty() {
            e.add("region", "error-round-no-orgs");
        }
        e.into_result()?;
        let (Some(title), Some(deadline)) = (title, deadline) else {
            return Err(CoreError::other(
                "form validation",
                "validated fields missing",
            ));
        };
        let round = MappingRound {
            id: RoundId::new(),
            title: title.clone(),
            deadline,
            opened_at: now,
            closed_at: None,
        };
        let ids: Vec<OrgId> = orgs.iter().map(|o| o.id).collect();
        let admins = self.store.users_with_role_in(&ids, Role::OrgAdmin).await?;
        let mails: Vec<NewJob> = admins
            .iter()
            .filter_map(|u| {
                orgs.iter()
                    .find(|o| o.id == u.org_id)
                    .map(|o| mail_job(&mail_round(self, u, o, &round, "email-round-open")))
            })
            .collect();
        let new = NewRound {
            title,
            deadline: deadline.timestamp_millis(),
            orgs: ids,
            created_by: Some(actor.id),
            demo: false,
            opened_at: None,
        };
        Ok(self.store.create_round(&new, &mails).await?)
    }

    /// Mails the admins of organisations that have not submitted, once the
    /// deadline is near, at most every few days. Returns the mails queued.
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
            let admins = self.store.users_with_role_in(&due, Role::OrgAdmin).await?;
            let mails: Vec<NewJob> = admins
                .iter()
                .filter_map(|u| {
                    orgs.iter()
                        .find(|o| o.id == u.org_id)
                        .map(|o| mail_job(&mail_round(self, u, o, &round, "email-round-reminder")))
                })
                .collect();
            queued += mails.len();
            self.store.enqueue_all(&mails).await?;
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
