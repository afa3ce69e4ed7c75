//! Notifications: recording them for the people an event concerns (with an
//! email at once for those who want one), the reader's page and count,
//! marking them read, each person's choices, and the daily digest.
//!
//! # How a feature notifies
//!
//! Build a [`Notify`] and turn it into rows with
//! [`Core::notifications_for`], then hand the rows to the store write that
//! records the event, which calls
//! [`minga_store::notifications::record_notifications`] inside its own
//! transaction: the reply, its notifications and their emails commit
//! together, or none of them does.
//!
//! ```ignore
//! use minga_domain::notification::{NotificationKind, Param, Params};
//! use minga_core::notifications::Notify;
//!
//! let mut params = Params::new();
//! params.insert("topic".into(), Param::text(&topic.title));
//! params.insert("community".into(), Param::text(&community.title));
//! let link = format!("/communities/{}/topics/{}#r-{}", community.slug, topic.id, reply_id);
//! let dedupe = format!("reply:{reply_id}");
//! let notes = core
//!     .notifications_for(&Notify {
//!         kind: NotificationKind::Reply,
//!         recipients: &[parent_author],          // the actor is left out by itself
//!         actor: Some(actor.id),
//!         community: Some(community.id),
//!         link: &link,
//!         params,
//!         dedupe: &dedupe,
//!     })
//!     .await?;
//! store.create_reply(&reply, &notes).await?; // calls record_notifications(&mut tx, &notes)
//! ```
//!
//! With no write of your own to join, [`Core::notify`] records them in a
//! transaction of their own. The sentence shown is the Fluent message
//! `NotificationKind::text_key()` with the params (and `$actor`, the
//! actor's name) as arguments, rendered when read, in the reader's language.

use crate::jobs::mail_job;
use crate::mail::OutgoingMail;
use crate::{Core, CoreError, Result};
use chrono::{DateTime, Utc};
use minga_domain::notification::{
    is_local_link, Delivery, Notification, NotificationKind, Param, Params, Preferences,
};
use minga_domain::{CommunityId, Locale, NotificationId, User, UserId};
use minga_i18n::{isolate, s, I18n};
use minga_store::NewNotification;

/// The unread count stops here: the navigation then says "99+".
pub const UNREAD_CAP: u32 = 100;
/// Notifications on one page of `/notifications`.
pub const PER_PAGE: u32 = 30;
/// The hour of the day (in each reader's own time zone) after which their
/// daily digest is sent.
pub const DIGEST_HOUR: u32 = 7;

/// One event to notify people of.
#[derive(Debug, Clone)]
pub struct Notify<'a> {
    pub kind: NotificationKind,
    /// Who it concerns. The actor, people no longer in the network and
    /// people who may not read `community` are left out.
    pub recipients: &'a [UserId],
    /// Who did it, if a person did (their current name is shown as `$actor`).
    pub actor: Option<UserId>,
    /// The community it happened in, if any: only people who may read
    /// inside it are notified, and only while they may.
    pub community: Option<CommunityId>,
    /// Where it leads: a path in the site, such as `/capacity/exchanges/…`.
    pub link: &'a str,
    /// The values the kind's sentence uses.
    pub params: Params,
    /// The event it reports, unique per event (`"reply:<id>"`): a person is
    /// never notified twice of the same key.
    pub dedupe: &'a str,
}

/// A page of a reader's notifications.
#[derive(Debug, Clone)]
pub struct NotificationsPage {
    pub items: Vec<Notification>,
    /// The last one shown, when there are older ones (the next page's cursor).
    pub next: Option<NotificationId>,
}

impl Core {
    /// The notifications `n` makes, ready for
    /// [`minga_store::notifications::record_notifications`] in the caller's
    /// transaction: one per recipient (never the actor), each with an email
    /// rendered now in the recipient's language when their delivery for
    /// the kind is "Immediately".
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn notifications_for(&self, n: &Notify<'_>) -> Result<Vec<NewNotification>> {
        self.build_notifications(n, None::<&fn(&User) -> OutgoingMail>)
            .await
    }

    /// Like [`Core::notifications_for`], with the "Immediately" email of
    /// each recipient made by `mail` instead of the generic one (the
    /// exchange and round emails, which say more than one sentence).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn notifications_with_mail<F>(
        &self,
        n: &Notify<'_>,
        mail: &F,
    ) -> Result<Vec<NewNotification>>
    where
        F: Fn(&User) -> OutgoingMail + Sync,
    {
        self.build_notifications(n, Some(mail)).await
    }

    /// Records the notifications of `n` (and queues their emails) in a
    /// transaction of their own; returns how many were new.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn notify(&self, n: &Notify<'_>) -> Result<usize> {
        let notes = self.notifications_for(n).await?;
        Ok(self.store.add_notifications(&notes).await?)
    }

    async fn build_notifications<F>(
        &self,
        n: &Notify<'_>,
        custom: Option<&F>,
    ) -> Result<Vec<NewNotification>>
    where
        F: Fn(&User) -> OutgoingMail + Sync,
    {
        if !is_local_link(n.link) {
            return Err(CoreError::other(
                "recording a notification",
                format!("not a path in the site: {:?}", n.link),
            ));
        }
        let mut ids: Vec<UserId> = n
            .recipients
            .iter()
            .copied()
            .filter(|u| Some(*u) != n.actor)
            .collect();
        ids.sort();
        ids.dedup();
        if ids.is_empty() {
            return Ok(vec![]);
        }
        let mut people = self.store.users_by_ids(&ids).await?;
        let community = n.community.map(|c| c.to_string());
        if let Some(c) = &community {
            let mut readers = Vec::with_capacity(people.len());
            for u in people {
                if self.may_read_community(&u, c).await? {
                    readers.push(u);
                }
            }
            people = readers;
        }
        let chosen = self.store.deliveries_for(&ids, n.kind).await?;
        let actor_name = match n.actor {
            Some(a) => self.store.users_by_ids(&[a]).await?.pop().map(|u| u.name),
            None => None,
        };
        let now = Utc::now();
        Ok(people
            .into_iter()
            .map(|u| {
                let delivery = chosen
                    .get(&u.id)
                    .copied()
                    .unwrap_or_else(|| n.kind.default_delivery());
                let email = (delivery == Delivery::Immediately).then(|| {
                    let mail = match custom {
                        Some(f) => f(&u),
                        None => {
                            let shown = Notification {
                                id: NotificationId::new(),
                                user: u.id,
                                kind: n.kind,
                                community: community.clone(),
                                link: n.link.to_string(),
                                actor: n.actor,
                                actor_name: actor_name.clone(),
                                params: n.params.clone(),
                                created_at: now,
                                read_at: None,
                            };
                            self.notification_mail(&u, &shown)
                        }
                    };
                    mail_job(&mail)
                });
                NewNotification {
                    id: NotificationId::new(),
                    user: u.id,
                    kind: n.kind,
                    community: community.clone(),
                    link: n.link.to_string(),
                    actor: n.actor,
                    params: n.params.clone(),
                    dedupe_key: n.dedupe.to_string(),
                    email,
                    settled: delivery != Delivery::DailyDigest,
                }
            })
            .collect())
    }

    /// The generic email of one notification: its sentence as the subject
    /// and the body, with its link.
    fn notification_mail(&self, to: &User, n: &Notification) -> OutgoingMail {
        let l = to.locale;
        let text = notification_text(l, n, false);
        let body = I18n::global().ta(
            l,
            "email-notification-body",
            &[
                ("name", s(to.name.clone())),
                ("text", s(text.clone())),
                ("link", s(self.link(&n.link))),
                ("settings", s(self.link("/account/notifications"))),
            ],
        );
        let subject = I18n::global().ta(
            l,
            "email-notification-subject",
            &[
                ("network", s(self.settings.network_name.clone())),
                ("text", s(text)),
            ],
        );
        self.compose(l, to.email.to_string(), subject, body)
    }

    /// Whether `reader` may read inside the community with id `community`
    /// now ([`Core::community_access_by_id`]); a notification from one they
    /// may not (they left an invite-only community, it was hidden or is
    /// gone) is neither shown, counted nor emailed.
    pub async fn may_read_community(&self, reader: &User, community: &str) -> Result<bool> {
        let Ok(id) = community.parse::<minga_domain::CommunityId>() else {
            return Ok(false);
        };
        match self.community_access_by_id(Some(reader), id).await {
            Ok(access) => Ok(access.may(minga_domain::community::CommunityAction::Read)),
            Err(CoreError::NotFound) => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// Whether the reader may see `n` now, remembering each community's
    /// answer in `seen` (a page asks about each community once).
    async fn may_see(
        &self,
        reader: &User,
        n: &Notification,
        seen: &mut std::collections::HashMap<String, bool>,
    ) -> Result<bool> {
        let Some(c) = &n.community else {
            return Ok(true);
        };
        if let Some(v) = seen.get(c) {
            return Ok(*v);
        }
        let v = self.may_read_community(reader, c).await?;
        seen.insert(c.clone(), v);
        Ok(v)
    }

    /// How many unread notifications the reader may see, counting at most
    /// [`UNREAD_CAP`] (the navigation says "99+" from there): one read of
    /// the index of unread ones; only communities among them are asked about.
    pub(crate) async fn count_unread(&self, reader: &User) -> Result<u64> {
        let rows = self.store.unread_communities(reader.id, UNREAD_CAP).await?;
        if rows.len() >= UNREAD_CAP as usize {
            return Ok(UNREAD_CAP as u64);
        }
        let mut allowed: std::collections::HashMap<String, bool> = Default::default();
        let mut n = 0;
        for c in rows {
            let shown = match c {
                None => true,
                Some(c) => match allowed.get(&c) {
                    Some(v) => *v,
                    None => {
                        let v = self.may_read_community(reader, &c).await?;
                        allowed.insert(c, v);
                        v
                    }
                },
            };
            n += shown as u64;
        }
        Ok(n)
    }

    /// A page of the reader's notifications, newest first, older than
    /// `before` (the previous page's last).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn notifications_page(
        &self,
        reader: &User,
        before: Option<NotificationId>,
    ) -> Result<NotificationsPage> {
        // Pages are read from the index newest first; those the reader may
        // no longer see are skipped, reading on until the page is full.
        let mut seen = std::collections::HashMap::new();
        let mut items = Vec::new();
        let mut cursor = before;
        loop {
            let batch = self
                .store
                .notifications_of(reader.id, cursor, PER_PAGE + 1)
                .await?;
            let full = batch.len() > PER_PAGE as usize;
            cursor = batch.last().map(|n| n.id);
            for n in batch {
                if items.len() <= PER_PAGE as usize && self.may_see(reader, &n, &mut seen).await? {
                    items.push(n);
                }
            }
            if !full || items.len() > PER_PAGE as usize {
                break;
            }
        }
        let next = if items.len() > PER_PAGE as usize {
            items.truncate(PER_PAGE as usize);
            items.last().map(|n| n.id)
        } else {
            None
        };
        Ok(NotificationsPage { items, next })
    }

    /// One of the reader's notifications they may still see.
    async fn visible_notification(
        &self,
        reader: &User,
        id: NotificationId,
    ) -> Result<Notification> {
        let n = self.store.notification_of(reader.id, id).await?;
        if let Some(c) = &n.community {
            if !self.may_read_community(reader, c).await? {
                return Err(CoreError::NotFound);
            }
        }
        Ok(n)
    }

    /// Opens a notification: marks it read and says where it leads.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn open_notification(&self, reader: &User, id: NotificationId) -> Result<String> {
        let n = self.visible_notification(reader, id).await?;
        self.store.mark_notification_read(reader.id, id).await?;
        Ok(n.link)
    }

    /// Marks one of the reader's notifications read.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn mark_notification_read(&self, reader: &User, id: NotificationId) -> Result<()> {
        self.visible_notification(reader, id).await?;
        Ok(self.store.mark_notification_read(reader.id, id).await?)
    }

    /// Marks all of the reader's notifications read.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn mark_all_notifications_read(&self, reader: &User) -> Result<u64> {
        Ok(self.store.mark_all_notifications_read(reader.id).await?)
    }

    /// The reader's delivery for each kind.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn notification_prefs(&self, reader: &User) -> Result<Preferences> {
        Ok(self.store.notification_prefs(reader.id).await?)
    }

    /// Saves the reader's delivery for each kind given.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn set_notification_prefs(
        &self,
        reader: &User,
        choices: &[(NotificationKind, Delivery)],
    ) -> Result<()> {
        Ok(self
            .store
            .set_notification_prefs(reader.id, choices)
            .await?)
    }
}

impl Core {
    /// Sends each person whose digest is due (see [`digest_due`]) one
    /// email, in their language, listing their notifications that are
    /// neither read nor emailed yet and whose kind they take in the daily
    /// digest, and marks those emailed. Kinds they turned off meanwhile are
    /// marked too, without email; kinds turned to "Immediately" after the
    /// notification came go in this digest rather than nowhere. Returns how
    /// many digests were queued.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn send_notification_digests(&self, now: DateTime<Utc>) -> Result<usize> {
        let mut sent = 0;
        // Nobody's digest is due twice within 20 hours; the exact rule is
        // `digest_due`, per person's time zone.
        let recent = now - chrono::Duration::hours(20);
        for (user, last) in self.store.digest_candidates(recent).await? {
            let Some(since) = digest_due(now, user.time_zone.tz(), last) else {
                continue;
            };
            let prefs = self.store.notification_prefs(user.id).await?;
            let mut seen = std::collections::HashMap::new();
            let mut items = Vec::new();
            for n in self.store.digest_items(user.id).await? {
                if self.may_see(&user, &n, &mut seen).await? {
                    items.push(n);
                }
            }
            let (listed, dropped): (Vec<Notification>, Vec<Notification>) = items
                .into_iter()
                .partition(|n| prefs.delivery(n.kind) != Delivery::Off);
            let settled: Vec<NotificationId> =
                listed.iter().chain(dropped.iter()).map(|n| n.id).collect();
            if settled.is_empty() {
                continue;
            }
            let mail = (!listed.is_empty()).then(|| mail_job(&self.digest_mail(&user, &listed)));
            // Claimed only if nobody sent it since `since` (another server).
            if self
                .store
                .finish_digest(user.id, since, &settled, mail.as_ref())
                .await?
                && mail.is_some()
            {
                sent += 1;
            }
        }
        Ok(sent)
    }

    fn digest_mail(&self, to: &User, items: &[Notification]) -> OutgoingMail {
        let l = to.locale;
        let i18n = I18n::global();
        let n = items.len() as i64;
        let list: Vec<String> = items
            .iter()
            .map(|it| {
                format!(
                    "- {}\n  {}",
                    notification_text(l, it, false),
                    self.link(&format!("/notifications/{}", it.id))
                )
            })
            .collect();
        let args = [
            ("network", s(self.settings.network_name.clone())),
            ("name", s(to.name.clone())),
            ("count", minga_i18n::Value::from(n)),
            ("n", s(minga_i18n::format_number(l, n))),
            ("list", s(list.join("\n"))),
            ("all", s(self.link("/notifications"))),
            ("settings", s(self.link("/account/notifications"))),
        ];
        self.compose(
            l,
            to.email.to_string(),
            i18n.ta(l, "email-digest-subject", &args),
            i18n.ta(l, "email-digest-body", &args),
        )
    }
}

/// Whether a person's daily digest is due at `now`: it goes once a day,
/// after [`DIGEST_HOUR`] in their time zone. Due when their last digest
/// (if any) was sent before today's `DIGEST_HOUR` there and that hour has
/// passed; returns that instant (the claim's bound), else `None`.
pub fn digest_due(
    now: DateTime<Utc>,
    tz: chrono_tz::Tz,
    last: Option<DateTime<Utc>>,
) -> Option<DateTime<Utc>> {
    use chrono::TimeZone;
    let local = now.with_timezone(&tz);
    let mut day = local.date_naive();
    let at = |d: chrono::NaiveDate| {
        let t = d.and_hms_opt(DIGEST_HOUR, 0, 0)?;
        // A clock change at that hour: the earliest valid reading.
        tz.from_local_datetime(&t)
            .earliest()
            .or_else(|| {
                tz.from_local_datetime(&(t + chrono::Duration::hours(1)))
                    .earliest()
            })
            .map(|x| x.with_timezone(&Utc))
    };
    let mut mark = at(day)?;
    if mark > now {
        day = day.pred_opt()?;
        mark = at(day)?;
    }
    match last {
        Some(t) if t >= mark => None,
        _ => Some(mark),
    }
}

/// A notification's sentence in `l`: its kind's message with its params;
/// text people wrote is isolated from the sentence's direction when
/// `isolated` (pages; emails are plain text).
pub fn notification_text(l: Locale, n: &Notification, isolated: bool) -> String {
    let i18n = I18n::global();
    let wrap = |t: &str| {
        if isolated {
            isolate(t)
        } else {
            t.to_string()
        }
    };
    let mut args: Vec<(String, String)> = n
        .params
        .iter()
        .map(|(k, v)| {
            let text = match v {
                Param::Text(t) => wrap(t),
                Param::Code(c) => c.clone(),
                Param::Message(key) => i18n.t(l, key),
                Param::Langs(_) => wrap(v.in_language(l).unwrap_or_default()),
            };
            (k.clone(), text)
        })
        .collect();
    let actor = match &n.actor_name {
        Some(name) => wrap(name),
        None => i18n.t(l, "notification-someone"),
    };
    args.push(("actor".into(), actor));
    let fluent: Vec<(&str, minga_i18n::Value<'_>)> = args
        .iter()
        .map(|(k, v)| (k.as_str(), s(v.as_str())))
        .collect();
    i18n.ta(l, n.kind.text_key(), &fluent)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
    }

    #[test]
    fn a_digest_goes_once_a_day_after_seven_in_the_readers_zone() {
        let utc_tz = chrono_tz::UTC;
        // Never sent: due once 07:00 has passed today.
        assert_eq!(
            digest_due(utc(2031, 1, 10, 8, 0), utc_tz, None),
            Some(utc(2031, 1, 10, 7, 0))
        );
        // Before 07:00, yesterday's mark counts: sent yesterday at 07:05, not due.
        assert_eq!(
            digest_due(utc(2031, 1, 10, 6, 0), utc_tz, Some(utc(2031, 1, 9, 7, 5))),
            None
        );
        // Sent yesterday: due again after today's 07:00, not before.
        assert!(digest_due(utc(2031, 1, 10, 7, 1), utc_tz, Some(utc(2031, 1, 9, 7, 5))).is_some());
        assert!(digest_due(utc(2031, 1, 10, 6, 59), utc_tz, Some(utc(2031, 1, 9, 7, 5))).is_none());
        // Sent this morning: not due until tomorrow.
        assert!(digest_due(
            utc(2031, 1, 10, 23, 0),
            utc_tz,
            Some(utc(2031, 1, 10, 7, 0))
        )
        .is_none());
    }

    #[test]
    fn the_hour_is_the_readers_own() {
        // 07:00 in Nairobi is 04:00 UTC.
        let nairobi = chrono_tz::Africa::Nairobi;
        assert_eq!(
            digest_due(
                utc(2031, 1, 10, 4, 30),
                nairobi,
                Some(utc(2031, 1, 9, 4, 0))
            ),
            Some(utc(2031, 1, 10, 4, 0))
        );
        // 05:00 UTC is midnight in Lima: yesterday's 07:00 there (12:00 UTC) counts.
        let lima = chrono_tz::America::Lima;
        assert_eq!(
            digest_due(utc(2031, 1, 10, 5, 0), lima, Some(utc(2031, 1, 9, 11, 0))),
            Some(utc(2031, 1, 9, 12, 0))
        );
    }

    fn sample(kind: NotificationKind, params: Params, actor: Option<&str>) -> Notification {
        Notification {
            id: NotificationId::new(),
            user: UserId::new(),
            kind,
            community: None,
            link: "/x".into(),
            actor: None,
            actor_name: actor.map(str::to_string),
            params,
            created_at: Utc::now(),
            read_at: None,
        }
    }

    #[test]
    fn the_sentence_follows_the_readers_language_and_isolates_names() {
        let mut p = Params::new();
        p.insert("event".into(), Param::code("message"));
        p.insert(
            "item".into(),
            Param::Langs(
                [("en", "Advocacy"), ("es", "Incidencia")]
                    .into_iter()
                    .map(|(a, b)| (a.to_string(), b.to_string()))
                    .collect(),
            ),
        );
        p.insert("org".into(), Param::text("Red Sur"));
        p.insert("status".into(), Param::message("exchange-status-agreed"));
        let n = sample(NotificationKind::Exchange, p, Some("Ana"));
        let en = notification_text(Locale::En, &n, true);
        let es = notification_text(Locale::Es, &n, true);
        assert!(en.contains("\u{2068}Ana\u{2069}"), "{en}");
        assert!(en.contains("\u{2068}Advocacy\u{2069}"), "{en}");
        assert!(es.contains("\u{2068}Incidencia\u{2069}"), "{es}");
        assert_ne!(en, es);
        let plain = notification_text(Locale::En, &n, false);
        assert!(!plain.contains('\u{2068}'), "{plain}");
        assert!(plain.contains("Ana"), "{plain}");
    }

    #[test]
    fn every_kind_has_a_sentence_in_every_language() {
        for l in Locale::ALL {
            for k in NotificationKind::ALL {
                let t = notification_text(l, &sample(k, Params::new(), None), false);
                assert_ne!(t, k.text_key(), "{l:?} {k:?}");
                assert!(!t.is_empty());
            }
        }
    }
}
