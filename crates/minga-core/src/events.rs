//! Events of learning communities: scheduling, changing and cancelling
//! them, places and the waiting list, reminders by email, iCalendar files
//! and feeds, and who should be told of a new event.
//!
//! Every use case starts from [`Core::community_access`]: whoever may not
//! read inside a community gets `NotFound` for its events, its .ics files
//! and its feed.

use crate::communities::CommunityAccess;
use crate::jobs::mail_job;
use crate::mail::OutgoingMail;
use crate::{tokens, Core, CoreError, Result};
use chrono::{DateTime, Duration, NaiveDateTime, TimeZone as _, Utc};
use minga_domain::community::{Community, CommunityAction, Standing};
use minga_domain::event::{
    self, can_on_event, Event, EventAction, EventFields, Rsvp, DESCRIPTION_MAX, TITLE_MAX,
};
use minga_domain::ical::{self, IcsEvent};
use minga_domain::values::required_multiline;
use minga_domain::{required_text, EventId, FieldErrors, Locale, TimeZone, User, UserId};
use minga_i18n::{s, I18n};
use minga_store::{NewJob, ReminderKind};

/// Upcoming and past events shown on a community's page.
pub const PREVIEW: u32 = 5;
/// Events per page of a community's list.
pub const PER_PAGE: u32 = 20;
/// People going named on an event's page, at most.
pub const GOING_SHOWN: usize = 50;
/// A feed holds events that ended at most this many days ago, and at most
/// this many events.
pub const FEED_DAYS_BACK: i64 = 180;
pub const FEED_MAX: u32 = 500;

/// How a form's times are typed (`<input type="datetime-local">`).
pub const LOCAL_FORMAT: &str = "%Y-%m-%dT%H:%M";

/// An event's form as typed.
#[derive(Debug, Clone, Default)]
pub struct EventInput {
    pub title: String,
    pub description: String,
    /// Local date and time in `time_zone`, as `2026-12-01T14:00`.
    pub starts: String,
    pub ends: String,
    pub time_zone: String,
    pub online_url: String,
    pub capacity: String,
    pub recording: String,
}

impl EventInput {
    /// A blank form, times to be typed in `zone` (the person's own).
    pub fn blank(zone: &TimeZone) -> EventInput {
        EventInput {
            time_zone: zone.as_str().to_string(),
            ..Default::default()
        }
    }

    /// The form of a stored event, its times in the zone they were typed in.
    pub fn from_event(e: &Event) -> EventInput {
        let tz = e.time_zone.tz();
        EventInput {
            title: e.title.clone(),
            description: e.description.clone(),
            starts: e
                .starts_at
                .with_timezone(&tz)
                .format(LOCAL_FORMAT)
                .to_string(),
            ends: e
                .ends_at
                .with_timezone(&tz)
                .format(LOCAL_FORMAT)
                .to_string(),
            time_zone: e.time_zone.as_str().to_string(),
            online_url: e.online_url.clone().unwrap_or_default(),
            capacity: e.capacity.map(|c| c.to_string()).unwrap_or_default(),
            recording: e
                .recording_media_id
                .as_ref()
                .map(|id| format!("/media/{id}"))
                .unwrap_or_default(),
        }
    }

    /// Checks every field; the fields and the description's HTML, or every
    /// problem beside its field.
    pub fn validate(&self) -> std::result::Result<(EventFields, String), FieldErrors> {
        let mut e = FieldErrors::new();
        let title = e.check("title", required_text(&self.title, TITLE_MAX));
        let description = self.description.trim().replace("\r\n", "\n");
        let html = if description.is_empty() {
            Some(String::new())
        } else {
            e.check(
                "description",
                required_multiline(&description, DESCRIPTION_MAX).and_then(|d| {
                    crate::markdown::render(&d).map_err(|_| "error-markdown-too-complex")
                }),
            )
        };
        let zone = e.check("time_zone", TimeZone::parse(&self.time_zone));
        let tz = zone.as_ref().map(TimeZone::tz);
        let starts = tz.and_then(|tz| e.check("starts", local_time(&self.starts, tz)));
        let ends = tz.and_then(|tz| e.check("ends", local_time(&self.ends, tz)));
        if let (Some(s), Some(t)) = (starts, ends) {
            if t <= s {
                e.add("ends", "error-event-ends-before-start");
            }
        }
        let online_url = e.check("online_url", event::online_link(&self.online_url));
        let capacity = e.check("capacity", event::capacity(&self.capacity));
        let recording = e.check("recording", event::recording_id(&self.recording));
        e.into_result()?;
        match (
            title, html, zone, starts, ends, online_url, capacity, recording,
        ) {
            (
                Some(title),
                Some(html),
                Some(time_zone),
                Some(starts_at),
                Some(ends_at),
                Some(online_url),
                Some(capacity),
                Some(recording_media_id),
            ) => Ok((
                EventFields {
                    title,
                    description,
                    starts_at,
                    ends_at,
                    time_zone,
                    online_url,
                    capacity,
                    recording_media_id,
                },
                html,
            )),
            _ => Err(FieldErrors::new()),
        }
    }
}

/// A local date and time typed in `tz`, in UTC. A time the clocks skip
/// (the hour lost when summer time starts) is refused; a time they pass
/// twice is the first.
pub fn local_time(
    raw: &str,
    tz: chrono_tz::Tz,
) -> std::result::Result<DateTime<Utc>, &'static str> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err("error-required");
    }
    let naive = ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(raw, f).ok())
        .ok_or("error-event-time-invalid")?;
    tz.from_local_datetime(&naive)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .ok_or("error-event-time-skipped")
}

/// When an event happens, in a language and zone: "1 December 2026,
/// 14:00–16:00 (Africa/Nairobi)", or with both dates when it ends on
/// another day.
pub fn when_text(l: Locale, start: DateTime<Utc>, end: DateTime<Utc>, tz: chrono_tz::Tz) -> String {
    let (a, b) = (start.with_timezone(&tz), end.with_timezone(&tz));
    let zone = tz.name().replace('_', " ");
    let i18n = I18n::global();
    if a.date_naive() == b.date_naive() {
        i18n.ta(
            l,
            "event-when",
            &[
                ("date", s(minga_i18n::format_date(l, start, tz))),
                ("start", s(a.format("%H:%M").to_string())),
                ("end", s(b.format("%H:%M").to_string())),
                ("zone", s(zone)),
            ],
        )
    } else {
        i18n.ta(
            l,
            "event-when-days",
            &[
                (
                    "start",
                    s(format!(
                        "{} {}",
                        minga_i18n::format_date(l, start, tz),
                        a.format("%H:%M")
                    )),
                ),
                (
                    "end",
                    s(format!(
                        "{} {}",
                        minga_i18n::format_date(l, end, tz),
                        b.format("%H:%M")
                    )),
                ),
                ("zone", s(zone)),
            ],
        )
    }
}

/// An event as one reader meets it.
pub struct EventPage {
    pub access: CommunityAccess,
    pub event: Event,
    /// Who is going (the first [`GOING_SHOWN`]), for those who may see the
    /// community's members.
    pub going: Vec<User>,
    pub rsvp: Rsvp,
    pub may_rsvp: bool,
    pub may_manage: bool,
}

/// A community's upcoming and past events, for its page.
#[derive(Default, Clone)]
pub struct EventLists {
    pub upcoming: Vec<Event>,
    pub upcoming_total: u64,
    pub past: Vec<Event>,
    pub past_total: u64,
    /// The reader may schedule one.
    pub may_schedule: bool,
}

fn may(
    viewer: Option<&User>,
    access: &CommunityAccess,
    action: EventAction,
    e: Option<&Event>,
) -> bool {
    let organiser = match (viewer, e) {
        (Some(u), Some(e)) => e.created_by == Some(u.id),
        _ => false,
    };
    can_on_event(
        viewer.map(User::actor).as_ref(),
        access.standing,
        action,
        access.community.shape(),
        organiser,
    )
}

/// `Ok` when allowed; `NotFound` for whoever may not read the community's
/// events, `Forbidden` for the others.
fn require(
    viewer: Option<&User>,
    access: &CommunityAccess,
    action: EventAction,
    e: Option<&Event>,
) -> Result<()> {
    if may(viewer, access, action, e) {
        Ok(())
    } else if may(viewer, access, EventAction::Read, e) {
        Err(CoreError::Forbidden)
    } else {
        Err(CoreError::NotFound)
    }
}

impl Core {
    /// The host part of the site's address, for UIDs.
    fn host(&self) -> String {
        let base = &self.settings.base_url;
        url_host(base).unwrap_or_else(|| "minga.invalid".into())
    }

    /// The path of an event's page.
    pub fn event_path(community: &Community, id: EventId) -> String {
        format!("/communities/{}/events/{id}", community.slug)
    }

    /// A community as `viewer` meets it and one of its events they may read.
    async fn event_in(
        &self,
        viewer: Option<&User>,
        slug: &str,
        id: &str,
    ) -> Result<(CommunityAccess, Event)> {
        let access = self.community_access(viewer, slug).await?;
        require(viewer, &access, EventAction::Read, None)?;
        let id: EventId = id.parse().map_err(|_| CoreError::NotFound)?;
        let event = self.store.event(id).await?;
        if event.community_id != access.community.id {
            return Err(CoreError::NotFound);
        }
        Ok((access, event))
    }

    /// An event's page.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn event_page(
        &self,
        viewer: Option<&User>,
        slug: &str,
        id: &str,
    ) -> Result<EventPage> {
        let (access, event) = self.event_in(viewer, slug, id).await?;
        let rsvp = match viewer {
            Some(u) => self.store.rsvp(event.id, u.id).await?,
            None => Rsvp::None,
        };
        let going = if access.may(CommunityAction::SeeMembers) {
            let mut all = self.store.event_going(event.id).await?;
            all.truncate(GOING_SHOWN);
            all
        } else {
            vec![]
        };
        Ok(EventPage {
            going,
            may_rsvp: may(viewer, &access, EventAction::Rsvp, Some(&event)),
            may_manage: may(viewer, &access, EventAction::Manage, Some(&event)),
            access,
            event,
            rsvp,
        })
    }

    /// A community's upcoming and past events (none for who may not read it).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn community_events(
        &self,
        viewer: Option<&User>,
        access: &CommunityAccess,
        now: DateTime<Utc>,
        limit: u32,
    ) -> Result<EventLists> {
        if !may(viewer, access, EventAction::Read, None) {
            return Ok(EventLists::default());
        }
        let kept = self.events_preview(access.community.id, now, limit).await?;
        Ok(EventLists {
            may_schedule: may(viewer, access, EventAction::Schedule, None),
            ..(*kept).clone()
        })
    }

    /// A page of a community's upcoming or past events.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn community_event_page(
        &self,
        viewer: Option<&User>,
        slug: &str,
        past: bool,
        page: u32,
        now: DateTime<Utc>,
    ) -> Result<(CommunityAccess, minga_domain::Page<Event>, bool)> {
        let access = self.community_access(viewer, slug).await?;
        require(viewer, &access, EventAction::Read, None)?;
        let page = page.max(1);
        let (items, total) = self
            .store
            .community_events(
                access.community.id,
                !past,
                now.timestamp_millis(),
                PER_PAGE,
                u64::from(page - 1) * u64::from(PER_PAGE),
            )
            .await?;
        let may_schedule = may(viewer, &access, EventAction::Schedule, None);
        Ok((
            access,
            minga_domain::Page {
                items,
                total,
                page,
                per_page: PER_PAGE,
            },
            may_schedule,
        ))
    }

    /// The community, for the form that schedules a new event.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn event_scheduling(&self, actor: &User, slug: &str) -> Result<CommunityAccess> {
        let access = self.community_access(Some(actor), slug).await?;
        require(Some(actor), &access, EventAction::Schedule, None)?;
        Ok(access)
    }

    /// Schedules an event; returns its page's path.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn schedule_event(
        &self,
        actor: &User,
        slug: &str,
        input: &EventInput,
    ) -> Result<String> {
        let access = self.event_scheduling(actor, slug).await?;
        let (fields, html) = self.checked_event(actor, input, None).await?;
        let id = self
            .store
            .create_event(access.community.id, &fields, &html, actor.id)
            .await?;
        let path = Core::event_path(&access.community, id);
        self.tell_of_event(actor, &access.community, id, &fields.title, &path)
            .await;
        Ok(path)
    }

    /// An event and its community, for the form that changes it.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn event_for_edit(
        &self,
        actor: &User,
        slug: &str,
        id: &str,
    ) -> Result<(CommunityAccess, Event)> {
        let (access, event) = self.event_in(Some(actor), slug, id).await?;
        require(Some(actor), &access, EventAction::Manage, Some(&event))?;
        Ok((access, event))
    }

    /// Changes an event; returns its page's path. People the change gives a
    /// place are told by email.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn edit_event(
        &self,
        actor: &User,
        slug: &str,
        id: &str,
        input: &EventInput,
    ) -> Result<String> {
        let (access, before) = self.event_for_edit(actor, slug, id).await?;
        let current = before.recording_media_id.as_deref();
        let (fields, html) = self.checked_event(actor, input, current).await?;
        let moved = self.store.update_event(before.id, &fields, &html).await?;
        let event = self.store.event(before.id).await?;
        self.tell_of_places(&access.community, &event, &moved)
            .await?;
        // A new time or place is news to whoever plans to be there.
        let changed = event.starts_at != before.starts_at
            || event.ends_at != before.ends_at
            || event.online_url != before.online_url;
        if changed && !event.is_cancelled() {
            self.tell_of_event_change(actor, &access.community, &event)
                .await;
        }
        Ok(Core::event_path(&access.community, event.id))
    }

    /// An event's form checked, with its recording: a new one (other than
    /// `current`, the event's own) that does not exist, or that `actor` may
    /// not see, is an error beside the field (with every other problem of
    /// the form at once).
    async fn checked_event(
        &self,
        actor: &User,
        input: &EventInput,
        current: Option<&str>,
    ) -> Result<(minga_domain::event::EventFields, String)> {
        let checked = input.validate();
        let mut errors = match &checked {
            Ok(_) => FieldErrors::new(),
            Err(e) => e.clone(),
        };
        let asked = event::recording_id(&input.recording).ok().flatten();
        if let Some(id) = asked.filter(|id| Some(id.as_str()) != current) {
            let known = match id.parse::<minga_domain::MediaId>() {
                Ok(id) => match self.readable_media(Some(actor), id).await {
                    Ok(_) => true,
                    Err(CoreError::NotFound) => false,
                    Err(e) => return Err(e),
                },
                Err(_) => false,
            };
            if !known {
                errors.add("recording", "error-event-recording-unknown");
            }
        }
        if !errors.is_empty() {
            return Err(CoreError::Invalid(errors));
        }
        checked.map_err(CoreError::Invalid)
    }

    /// Cancels an event (it stays, marked cancelled, in pages and calendars);
    /// the people going to it are told by email.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn cancel_event(&self, actor: &User, slug: &str, id: &str) -> Result<String> {
        let (access, event) = self.event_for_edit(actor, slug, id).await?;
        if !event.is_cancelled() {
            self.store.cancel_event(event.id).await?;
            // The people going to an event still ahead are told.
            if !event.is_past(Utc::now()) {
                for u in self.store.event_going(event.id).await? {
                    if u.id != actor.id {
                        let mail =
                            self.event_mail(&u, &access.community, &event, "email-event-cancelled");
                        self.queue_mail(&mail).await?;
                    }
                }
            }
        }
        Ok(Core::event_path(&access.community, event.id))
    }

    /// Says `actor` is going (a place, or the waiting list when the event is
    /// full) or not going (their place goes to the first who waits, who is
    /// told by email). Not for a cancelled event or one that has ended.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn rsvp_event(
        &self,
        actor: &User,
        slug: &str,
        id: &str,
        going: bool,
        now: DateTime<Utc>,
    ) -> Result<(String, Rsvp)> {
        let (access, event) = self.event_in(Some(actor), slug, id).await?;
        require(Some(actor), &access, EventAction::Rsvp, Some(&event))?;
        if going && (event.is_cancelled() || event.is_past(now)) {
            return Err(CoreError::Forbidden);
        }
        let moved = self.store.set_rsvp(event.id, actor.id, going).await?;
        self.tell_of_places(&access.community, &event, &moved)
            .await?;
        let rsvp = self.store.rsvp(event.id, actor.id).await?;
        Ok((Core::event_path(&access.community, event.id), rsvp))
    }

    /// Mails the people who just moved up from the waiting list.
    async fn tell_of_places(&self, c: &Community, event: &Event, moved: &[UserId]) -> Result<()> {
        for id in moved {
            let person = self.store.user_by_id(*id).await?;
            let mail = self.event_mail(&person, c, event, "email-event-place");
            self.queue_mail(&mail).await?;
        }
        Ok(())
    }

    /// A mail about an event in its reader's language and time zone:
    /// `key`-subject and `key`-body, then when it is, the online link, the
    /// event's page and its .ics file.
    fn event_mail(&self, to: &User, c: &Community, e: &Event, key: &str) -> OutgoingMail {
        let i18n = I18n::global();
        let l = to.locale;
        let when = when_text(l, e.starts_at, e.ends_at, to.time_zone.tz());
        let path = Core::event_path(c, e.id);
        let args = [
            ("name", s(to.name.clone())),
            ("title", s(e.title.clone())),
            ("community", s(c.title.clone())),
            ("when", s(when.clone())),
        ];
        let mut body = i18n.ta(l, &format!("{key}-body"), &args);
        body.push_str("\n\n");
        body.push_str(&i18n.ta(l, "email-event-when", &[("when", s(when))]));
        if let Some(url) = &e.online_url {
            body.push('\n');
            body.push_str(&i18n.ta(l, "email-event-online", &[("link", s(url.clone()))]));
        }
        body.push_str("\n\n");
        body.push_str(&i18n.ta(l, "email-event-page", &[("link", s(self.link(&path)))]));
        body.push('\n');
        body.push_str(&i18n.ta(
            l,
            "email-event-ics",
            &[("link", s(self.link(&format!("{path}.ics"))))],
        ));
        self.compose(
            l,
            to.email.to_string(),
            i18n.ta(l, &format!("{key}-subject"), &args),
            body,
        )
    }

    /// Who should be told that `event` was scheduled: everyone inside its
    /// community (members and moderators) who may read its events now, but
    /// not its organiser. Nobody outside a members-only or invite-only
    /// community is ever named, and nobody at all for a hidden one.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn event_audience(&self, event: EventId) -> Result<Vec<User>> {
        let e = self.store.event(event).await?;
        let c = self.store.community_by_id(e.community_id).await?;
        if e.is_cancelled() {
            return Ok(vec![]);
        }
        // Everyone listed is a member or a moderator: both are inside, and
        // reading does not tell them apart.
        Ok(self
            .store
            .community_insiders(c.id)
            .await?
            .into_iter()
            .filter(|u| Some(u.id) != e.created_by)
            .filter(|u| {
                can_on_event(
                    Some(&u.actor()),
                    Standing::Member,
                    EventAction::Read,
                    c.shape(),
                    false,
                )
            })
            .collect())
    }

    /// Emails the people going to events that start in about a day (20 to
    /// 24 hours ahead) and in about an hour (within the hour), each in their
    /// language and time zone; each person gets each reminder of an event
    /// once, however often this runs and however many workers run it.
    /// Returns the mails queued.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn send_event_reminders(&self, now: DateTime<Utc>) -> Result<usize> {
        let windows = [
            (ReminderKind::Day, Duration::hours(20), Duration::hours(24)),
            (ReminderKind::Hour, Duration::zero(), Duration::hours(1)),
        ];
        let mut queued = 0;
        for (kind, from, to) in windows {
            let events = self
                .store
                .events_starting_between(
                    (now + from).timestamp_millis(),
                    (now + to).timestamp_millis() + 1,
                )
                .await?;
            for e in events {
                let already = self.store.reminded(e.id, kind).await?;
                let c = self.store.community_by_id(e.community_id).await?;
                let key = match kind {
                    ReminderKind::Day => "email-event-reminder-day",
                    ReminderKind::Hour => "email-event-reminder-hour",
                };
                let insiders: std::collections::HashSet<UserId> = self
                    .store
                    .community_insiders(c.id)
                    .await?
                    .into_iter()
                    .map(|u| u.id)
                    .collect();
                let mut mails: Vec<(UserId, NewJob)> = Vec::new();
                for u in self.store.event_going(e.id).await? {
                    if already.contains(&u.id) {
                        continue;
                    }
                    // Someone who can no longer read the community is not reminded.
                    let standing = if insiders.contains(&u.id) {
                        Standing::Member
                    } else {
                        Standing::Outsider
                    };
                    if !can_on_event(
                        Some(&u.actor()),
                        standing,
                        EventAction::Read,
                        c.shape(),
                        false,
                    ) {
                        continue;
                    }
                    mails.push((u.id, mail_job(&self.event_mail(&u, &c, &e, key))));
                }
                if !mails.is_empty() {
                    queued += self.store.queue_reminders(e.id, kind, &mails).await?;
                }
            }
        }
        Ok(queued)
    }

    fn ics_event(&self, c: &Community, e: &Event) -> IcsEvent {
        let page = self.link(&Core::event_path(c, e.id));
        let mut description = e.description.clone();
        if !description.is_empty() {
            description.push_str("\n\n");
        }
        description.push_str(&page);
        IcsEvent {
            uid: format!("{}@{}", e.id, self.host()),
            stamp: e.updated_at,
            created: e.created_at,
            last_modified: e.updated_at,
            start: e.starts_at,
            end: e.ends_at,
            zone: e.time_zone.tz(),
            summary: e.title.clone(),
            description,
            location: e.online_url.clone(),
            url: page,
            sequence: e.sequence,
            cancelled: e.is_cancelled(),
        }
    }

    /// One event as an iCalendar file.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn event_ics(&self, viewer: Option<&User>, slug: &str, id: &str) -> Result<String> {
        let (access, event) = self.event_in(viewer, slug, id).await?;
        Ok(ical::calendar(
            None,
            &[self.ics_event(&access.community, &event)],
        ))
    }

    /// A community's calendar feed, for the signed-in reader or for the
    /// person whose calendar token is given (calendar programs carry no
    /// cookie). `NotFound` for an unknown token and for whoever may not read
    /// the community's events.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn community_calendar(
        &self,
        viewer: Option<&User>,
        slug: &str,
        token: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<String> {
        let by_token = match token.map(str::trim).filter(|t| !t.is_empty()) {
            Some(t) => Some(self.store.user_by_calendar_token(&tokens::hash(t)).await?),
            None => None,
        };
        let reader = by_token.as_ref().or(viewer);
        let access = self.community_access(reader, slug).await?;
        require(reader, &access, EventAction::Read, None)?;
        let c = &access.community;
        let since = (now - Duration::days(FEED_DAYS_BACK)).timestamp_millis();
        let events: Vec<IcsEvent> = self
            .store
            .feed_events(c.id, since, FEED_MAX)
            .await?
            .iter()
            .map(|e| self.ics_event(c, e))
            .collect();
        Ok(ical::calendar(Some(&c.title), &events))
    }

    /// Gives `actor` a new calendar token (ending the old one) and answers
    /// it: the only time it is seen, as only its hash is kept.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn new_calendar_token(&self, actor: &User) -> Result<String> {
        let token = tokens::new_token();
        self.store
            .set_calendar_token(actor.id, &tokens::hash(&token))
            .await?;
        Ok(token)
    }

    /// Ends `actor`'s calendar token: feeds subscribed with it answer 404.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn revoke_calendar_token(&self, actor: &User) -> Result<()> {
        Ok(self.store.revoke_calendar_token(actor.id).await?)
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn has_calendar_token(&self, actor: &User) -> Result<bool> {
        Ok(self.store.has_calendar_token(actor.id).await?)
    }

    /// The community of the calendar page (any reader who may read its events).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn calendar_access(
        &self,
        viewer: Option<&User>,
        slug: &str,
    ) -> Result<CommunityAccess> {
        let access = self.community_access(viewer, slug).await?;
        require(viewer, &access, EventAction::Read, None)?;
        Ok(access)
    }
}

/// The host of an http(s) address.
fn url_host(base: &str) -> Option<String> {
    let rest = base.split_once("://")?.1;
    let host = rest.split(['/', ':', '?', '#']).next()?;
    (!host.is_empty()).then(|| host.to_string())
}

/// Whether the public may read this community's events (no token needed).
pub fn public_feed(access: &CommunityAccess) -> bool {
    minga_domain::community::can_in_community(
        None,
        Standing::Outsider,
        CommunityAction::Read,
        access.community.shape(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(starts: &str, ends: &str, zone: &str) -> EventInput {
        EventInput {
            title: "Taller de mapeo".into(),
            starts: starts.into(),
            ends: ends.into(),
            time_zone: zone.into(),
            ..Default::default()
        }
    }

    #[test]
    fn times_typed_in_a_zone_are_kept_in_utc() {
        let (f, _) = input("2026-12-01T14:00", "2026-12-01T16:30", "Africa/Nairobi")
            .validate()
            .unwrap();
        assert_eq!(
            f.starts_at,
            Utc.with_ymd_and_hms(2026, 12, 1, 11, 0, 0).unwrap()
        );
        assert_eq!(
            f.ends_at,
            Utc.with_ymd_and_hms(2026, 12, 1, 13, 30, 0).unwrap()
        );
        assert_eq!(f.time_zone.as_str(), "Africa/Nairobi");
    }

    #[test]
    fn an_event_that_ends_before_it_starts_is_refused_beside_its_end() {
        let e = input("2026-12-01T14:00", "2026-12-01T13:00", "UTC")
            .validate()
            .unwrap_err();
        assert_eq!(e.get("ends"), Some("error-event-ends-before-start"));
        let e = input("2026-12-01T14:00", "2026-12-01T14:00", "UTC")
            .validate()
            .unwrap_err();
        assert_eq!(e.get("ends"), Some("error-event-ends-before-start"));
    }

    #[test]
    fn a_time_the_clocks_skip_is_refused() {
        // Europe/Lisbon moves from 01:00 to 02:00 on 29 March 2026.
        let e = input("2026-03-29T01:30", "2026-03-29T03:00", "Europe/Lisbon")
            .validate()
            .unwrap_err();
        assert_eq!(e.get("starts"), Some("error-event-time-skipped"));
    }

    #[test]
    fn a_stored_event_comes_back_as_typed() {
        let typed = input("2026-07-01T09:15", "2026-07-02T10:00", "America/Lima");
        let (f, html) = typed.validate().unwrap();
        let e = Event {
            id: EventId::new(),
            community_id: minga_domain::CommunityId::new(),
            title: f.title,
            description: f.description,
            description_html: html,
            starts_at: f.starts_at,
            ends_at: f.ends_at,
            time_zone: f.time_zone,
            online_url: None,
            capacity: None,
            recording_media_id: None,
            created_by: None,
            organiser_name: String::new(),
            created_at: Utc::now(),
            updated_at: Utc::now(),
            sequence: 0,
            cancelled_at: None,
            going: 0,
            waiting: 0,
        };
        let back = EventInput::from_event(&e);
        assert_eq!(back.starts, typed.starts);
        assert_eq!(back.ends, typed.ends);
    }

    #[test]
    fn when_names_the_zone() {
        let start = Utc.with_ymd_and_hms(2026, 12, 1, 11, 0, 0).unwrap();
        let end = start + Duration::hours(2);
        let t = when_text(Locale::En, start, end, chrono_tz::Africa::Nairobi);
        assert!(t.contains("1 December 2026"), "{t}");
        assert!(t.contains("14:00") && t.contains("16:00"), "{t}");
        assert!(t.contains("Africa/Nairobi"), "{t}");
        let t = when_text(Locale::En, start, end + Duration::days(1), chrono_tz::UTC);
        assert!(t.contains("2 December 2026"), "{t}");
    }

    #[test]
    fn hosts_come_from_the_base_url() {
        assert_eq!(
            url_host("https://minga.example.org/x").as_deref(),
            Some("minga.example.org")
        );
        assert_eq!(
            url_host("http://localhost:8080").as_deref(),
            Some("localhost")
        );
        assert_eq!(url_host("nonsense"), None);
    }
}
