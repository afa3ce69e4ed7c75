//! Events of learning communities, their places and waiting lists, the
//! reminders sent, and calendar tokens.

use crate::communities::touch;
use crate::row::{from_ms, now_ms, parse};
use crate::users::{user_from_row, COLUMNS as USER_COLUMNS};
use crate::{change_log, Backend, NewJob, Result, Store};
use minga_domain::event::{Event, EventFields, Rsvp};
use minga_domain::{CommunityId, Entity, EventId, TimeZone, User, UserId};
use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};

const SELECT: &str = "SELECT e.id, e.community_id, e.title, e.description, e.description_html, \
     e.starts_at, e.ends_at, e.time_zone, e.online_url, e.capacity, e.recording_media_id, \
     e.created_by, COALESCE(o.name, '') AS organiser_name, e.created_at, e.updated_at, \
     e.sequence, e.cancelled_at, \
     (SELECT COUNT(*) FROM event_rsvps r WHERE r.event_id = e.id AND r.status = 'going') AS going, \
     (SELECT COUNT(*) FROM event_rsvps r WHERE r.event_id = e.id AND r.status = 'waiting') AS waiting \
     FROM events e LEFT JOIN users o ON o.id = e.created_by";

fn event_from_row(r: &AnyRow) -> Result<Event> {
    Ok(Event {
        id: parse("event id", r.try_get::<String, _>("id")?.parse())?,
        community_id: parse(
            "community id",
            r.try_get::<String, _>("community_id")?.parse(),
        )?,
        title: r.try_get("title")?,
        description: r.try_get("description")?,
        description_html: r.try_get("description_html")?,
        starts_at: from_ms(r.try_get("starts_at")?),
        ends_at: from_ms(r.try_get("ends_at")?),
        time_zone: TimeZone::parse(&r.try_get::<String, _>("time_zone")?)
            .unwrap_or_else(|_| TimeZone::utc()),
        online_url: r.try_get("online_url")?,
        capacity: r
            .try_get::<Option<i64>, _>("capacity")?
            .map(|c| c.max(0) as u64),
        recording_media_id: r.try_get("recording_media_id")?,
        created_by: r
            .try_get::<Option<String>, _>("created_by")?
            .map(|s| parse("user id", s.parse()))
            .transpose()?,
        organiser_name: r.try_get("organiser_name")?,
        created_at: from_ms(r.try_get("created_at")?),
        updated_at: from_ms(r.try_get("updated_at")?),
        sequence: r.try_get("sequence")?,
        cancelled_at: r.try_get::<Option<i64>, _>("cancelled_at")?.map(from_ms),
        going: r.try_get::<i64, _>("going")?.max(0) as u64,
        waiting: r.try_get::<i64, _>("waiting")?.max(0) as u64,
    })
}

/// Which reminder: about a day, or about an hour, before the start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReminderKind {
    Day,
    Hour,
}

impl ReminderKind {
    pub fn code(self) -> &'static str {
        match self {
            ReminderKind::Day => "24h",
            ReminderKind::Hour => "1h",
        }
    }
}

impl Store {
    /// Locks an event's row for the rest of the transaction (PostgreSQL;
    /// SQLite's one writer already excludes the others).
    async fn lock_event(&self, tx: &mut Transaction<'_, Any>, id: EventId) -> Result<()> {
        // BACKEND-SPECIFIC: PostgreSQL needs the row lock, SQLite has one writer.
        let sql = if self.backend == Backend::Postgres {
            "SELECT id FROM events WHERE id = $1 FOR UPDATE"
        } else {
            "SELECT id FROM events WHERE id = $1"
        };
        sqlx::query(sql)
            .bind(id.to_string())
            .fetch_one(&mut **tx)
            .await?;
        Ok(())
    }

    /// Moves people from the waiting list to free places, first come first
    /// served, inside the caller's transaction (the event's row locked).
    /// Returns who moved up.
    async fn fill_places(&self, tx: &mut Transaction<'_, Any>, id: EventId) -> Result<Vec<UserId>> {
        let (capacity,): (Option<i64>,) =
            sqlx::query_as("SELECT capacity FROM events WHERE id = $1")
                .bind(id.to_string())
                .fetch_one(&mut **tx)
                .await?;
        let (going,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM event_rsvps WHERE event_id = $1 AND status = 'going'",
        )
        .bind(id.to_string())
        .fetch_one(&mut **tx)
        .await?;
        let free = match capacity {
            None => i64::MAX,
            Some(c) => c - going,
        };
        if free <= 0 {
            return Ok(vec![]);
        }
        let next: Vec<(String,)> = sqlx::query_as(
            "SELECT user_id FROM event_rsvps WHERE event_id = $1 AND status = 'waiting' \
             ORDER BY since, user_id LIMIT $2",
        )
        .bind(id.to_string())
        .bind(free.min(100_000))
        .fetch_all(&mut **tx)
        .await?;
        let mut moved = Vec::with_capacity(next.len());
        for (user,) in next {
            sqlx::query(
                "UPDATE event_rsvps SET status = 'going', since = $1 \
                 WHERE event_id = $2 AND user_id = $3",
            )
            .bind(now_ms())
            .bind(id.to_string())
            .bind(&user)
            .execute(&mut **tx)
            .await?;
            moved.push(parse("user id", user.parse())?);
        }
        Ok(moved)
    }

    /// Schedules an event; the community counts as active.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn create_event(
        &self,
        community: CommunityId,
        f: &EventFields,
        description_html: &str,
        by: UserId,
    ) -> Result<EventId> {
        let id = EventId::new();
        let now = now_ms();
        let mut tx = self.writer.begin().await?;
        sqlx::query(
            "INSERT INTO events (id, community_id, title, description, description_html, \
               starts_at, ends_at, time_zone, online_url, capacity, recording_media_id, \
               created_by, created_at, updated_at, sequence) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13, 0)",
        )
        .bind(id.to_string())
        .bind(community.to_string())
        .bind(&f.title)
        .bind(&f.description)
        .bind(description_html)
        .bind(f.starts_at.timestamp_millis())
        .bind(f.ends_at.timestamp_millis())
        .bind(f.time_zone.as_str())
        .bind(f.online_url.as_deref())
        .bind(f.capacity.map(|c| c as i64))
        .bind(f.recording_media_id.as_deref())
        .bind(by.to_string())
        .bind(now)
        .execute(&mut *tx)
        .await?;
        touch(&mut tx, community, now).await?;
        change_log::record(&mut tx, Entity::Event, &id.to_string(), "create").await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Changes an event (its SEQUENCE grows, so calendars take the change);
    /// places a larger capacity frees go to the waiting list, and a new
    /// start time gets its reminders again. Returns who moved up.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn update_event(
        &self,
        id: EventId,
        f: &EventFields,
        description_html: &str,
    ) -> Result<Vec<UserId>> {
        let mut tx = self.writer.begin().await?;
        self.lock_event(&mut tx, id).await?;
        // A new start time deserves its own reminders.
        sqlx::query(
            "DELETE FROM event_reminders WHERE event_id = $1 AND EXISTS \
             (SELECT 1 FROM events e WHERE e.id = $1 AND e.starts_at <> $2)",
        )
        .bind(id.to_string())
        .bind(f.starts_at.timestamp_millis())
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE events SET title = $1, description = $2, description_html = $3, \
               starts_at = $4, ends_at = $5, time_zone = $6, online_url = $7, capacity = $8, \
               recording_media_id = $9, updated_at = $10, sequence = sequence + 1 \
             WHERE id = $11",
        )
        .bind(&f.title)
        .bind(&f.description)
        .bind(description_html)
        .bind(f.starts_at.timestamp_millis())
        .bind(f.ends_at.timestamp_millis())
        .bind(f.time_zone.as_str())
        .bind(f.online_url.as_deref())
        .bind(f.capacity.map(|c| c as i64))
        .bind(f.recording_media_id.as_deref())
        .bind(now_ms())
        .bind(id.to_string())
        .execute(&mut *tx)
        .await?;
        let moved = self.fill_places(&mut tx, id).await?;
        change_log::record(&mut tx, Entity::Event, &id.to_string(), "update").await?;
        tx.commit().await?;
        Ok(moved)
    }

    /// Cancels an event: calendars get STATUS:CANCELLED with a higher SEQUENCE.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn cancel_event(&self, id: EventId) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let now = now_ms();
        let done = sqlx::query(
            "UPDATE events SET cancelled_at = $1, updated_at = $1, sequence = sequence + 1 \
             WHERE id = $2 AND cancelled_at IS NULL",
        )
        .bind(now)
        .bind(id.to_string())
        .execute(&mut *tx)
        .await?;
        change_log::commit_change(
            tx,
            done.rows_affected(),
            Entity::Event,
            &id.to_string(),
            "cancel",
        )
        .await
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn event(&self, id: EventId) -> Result<Event> {
        let r = sqlx::query(&format!("{SELECT} WHERE e.id = $1"))
            .bind(id.to_string())
            .fetch_optional(&self.reader)
            .await?
            .ok_or(crate::StoreError::NotFound)?;
        event_from_row(&r)
    }

    /// A community's events that end after `now` (soonest first), or those
    /// that ended (latest first), and how many there are.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn community_events(
        &self,
        community: CommunityId,
        upcoming: bool,
        now: i64,
        limit: u32,
        offset: u64,
    ) -> Result<(Vec<Event>, u64)> {
        let (cond, order) = if upcoming {
            ("e.ends_at > $2", "e.starts_at, e.id")
        } else {
            ("e.ends_at <= $2", "e.starts_at DESC, e.id DESC")
        };
        let rows = sqlx::query(&format!(
            "{SELECT} WHERE e.community_id = $1 AND {cond} ORDER BY {order} LIMIT $3 OFFSET $4"
        ))
        .bind(community.to_string())
        .bind(now)
        .bind(i64::from(limit))
        .bind(offset as i64)
        .fetch_all(&self.reader)
        .await?;
        let (total,): (i64,) = sqlx::query_as(&format!(
            "SELECT COUNT(*) FROM events e WHERE e.community_id = $1 AND {cond}"
        ))
        .bind(community.to_string())
        .bind(now)
        .fetch_one(&self.reader)
        .await?;
        Ok((
            rows.iter().map(event_from_row).collect::<Result<_>>()?,
            total.max(0) as u64,
        ))
    }

    /// A community's events for its calendar feed: those ending after
    /// `since`, at most `limit`, soonest first.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn feed_events(
        &self,
        community: CommunityId,
        since: i64,
        limit: u32,
    ) -> Result<Vec<Event>> {
        let rows = sqlx::query(&format!(
            "{SELECT} WHERE e.community_id = $1 AND e.ends_at > $2 \
             ORDER BY e.starts_at, e.id LIMIT $3"
        ))
        .bind(community.to_string())
        .bind(since)
        .bind(i64::from(limit))
        .fetch_all(&self.reader)
        .await?;
        rows.iter().map(event_from_row).collect()
    }

    /// Where `user` stands for an event, with their place on the waiting list.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn rsvp(&self, event: EventId, user: UserId) -> Result<Rsvp> {
        let row: Option<(String, i64)> = sqlx::query_as(
            "SELECT status, since FROM event_rsvps WHERE event_id = $1 AND user_id = $2",
        )
        .bind(event.to_string())
        .bind(user.to_string())
        .fetch_optional(&self.reader)
        .await?;
        match row {
            None => Ok(Rsvp::None),
            Some((s, _)) if s == "going" => Ok(Rsvp::Going),
            Some((_, since)) => {
                let (ahead,): (i64,) = sqlx::query_as(
                    "SELECT COUNT(*) FROM event_rsvps WHERE event_id = $1 AND status = 'waiting' \
                     AND (since < $2 OR (since = $2 AND user_id < $3))",
                )
                .bind(event.to_string())
                .bind(since)
                .bind(user.to_string())
                .fetch_one(&self.reader)
                .await?;
                Ok(Rsvp::Waiting(ahead.max(0) as u64 + 1))
            }
        }
    }

    /// Says `user` is going (a place if one is free, else the end of the
    /// waiting list) or not going (their place, if they had one, goes to the
    /// first who waits), in one transaction with the event's row locked, so
    /// two people cannot both take the last place. Returns who moved up
    /// from the waiting list.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn set_rsvp(&self, event: EventId, user: UserId, going: bool) -> Result<Vec<UserId>> {
        let mut tx = self.writer.begin().await?;
        self.lock_event(&mut tx, event).await?;
        let current: Option<(String,)> =
            sqlx::query_as("SELECT status FROM event_rsvps WHERE event_id = $1 AND user_id = $2")
                .bind(event.to_string())
                .bind(user.to_string())
                .fetch_optional(&mut *tx)
                .await?;
        let moved = if going {
            if current.is_some() {
                return Ok(vec![]);
            }
            sqlx::query(
                "INSERT INTO event_rsvps (event_id, user_id, status, since) \
                 VALUES ($1, $2, 'waiting', $3)",
            )
            .bind(event.to_string())
            .bind(user.to_string())
            .bind(now_ms())
            .execute(&mut *tx)
            .await?;
            // Taking a free place is moving up a list nobody else waits on
            // (or that has room for everyone waiting).
            self.fill_places(&mut tx, event)
                .await?
                .into_iter()
                .filter(|u| *u != user)
                .collect()
        } else {
            if current.is_none() {
                return Ok(vec![]);
            }
            sqlx::query("DELETE FROM event_rsvps WHERE event_id = $1 AND user_id = $2")
                .bind(event.to_string())
                .bind(user.to_string())
                .execute(&mut *tx)
                .await?;
            self.fill_places(&mut tx, event).await?
        };
        change_log::record(&mut tx, Entity::Event, &event.to_string(), "rsvp").await?;
        tx.commit().await?;
        Ok(moved)
    }

    /// The people going to an event (not those taken out of the network).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn event_going(&self, event: EventId) -> Result<Vec<User>> {
        let rows = sqlx::query(&format!(
            "SELECT {USER_COLUMNS} FROM event_rsvps r JOIN users u ON u.id = r.user_id \
             WHERE r.event_id = $1 AND r.status = 'going' AND u.removed_at IS NULL \
             ORDER BY r.since, u.id"
        ))
        .bind(event.to_string())
        .fetch_all(&self.reader)
        .await?;
        rows.iter().map(user_from_row).collect()
    }

    /// The people going to an event or waiting for a place (not those
    /// taken out of the network).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn event_rsvped(&self, event: EventId) -> Result<Vec<UserId>> {
        let rows: Vec<(String,)> = sqlx::query_as(
            "SELECT r.user_id FROM event_rsvps r JOIN users u ON u.id = r.user_id \
             WHERE r.event_id = $1 AND r.status IN ('going', 'waiting') AND u.removed_at IS NULL \
             ORDER BY r.since, r.user_id",
        )
        .bind(event.to_string())
        .fetch_all(&self.reader)
        .await?;
        rows.into_iter()
            .map(|(id,)| crate::row::parse("user id", id.parse()))
            .collect()
    }

    /// Events not cancelled that start in `[from, to)`.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn events_starting_between(&self, from: i64, to: i64) -> Result<Vec<Event>> {
        let rows = sqlx::query(&format!(
            "{SELECT} WHERE e.starts_at >= $1 AND e.starts_at < $2 AND e.cancelled_at IS NULL \
             ORDER BY e.starts_at, e.id"
        ))
        .bind(from)
        .bind(to)
        .fetch_all(&self.reader)
        .await?;
        rows.iter().map(event_from_row).collect()
    }

    /// Queues each person's reminder mail unless they had this reminder of
    /// this event already: the row that remembers it is written in the same
    /// transaction as the mail, so each is sent once however many workers
    /// run. Returns how many were queued.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn queue_reminders(
        &self,
        event: EventId,
        kind: ReminderKind,
        mails: &[(UserId, NewJob)],
    ) -> Result<usize> {
        let mut tx = self.writer.begin().await?;
        let mut queued = 0;
        for (user, job) in mails {
            let done = sqlx::query(
                "INSERT INTO event_reminders (event_id, user_id, kind, sent_at) \
                 VALUES ($1, $2, $3, $4) ON CONFLICT (event_id, user_id, kind) DO NOTHING",
            )
            .bind(event.to_string())
            .bind(user.to_string())
            .bind(kind.code())
            .bind(now_ms())
            .execute(&mut *tx)
            .await?;
            if done.rows_affected() == 1 {
                crate::jobs::insert_job(&mut tx, job).await?;
                queued += 1;
            }
        }
        tx.commit().await?;
        Ok(queued)
    }

    /// Who already had this reminder of this event.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn reminded(&self, event: EventId, kind: ReminderKind) -> Result<Vec<UserId>> {
        let rows: Vec<(String,)> =
            sqlx::query_as("SELECT user_id FROM event_reminders WHERE event_id = $1 AND kind = $2")
                .bind(event.to_string())
                .bind(kind.code())
                .fetch_all(&self.reader)
                .await?;
        rows.into_iter()
            .map(|(u,)| parse("user id", u.parse()))
            .collect()
    }

    /// A community's members and moderators (not those taken out of the
    /// network), everyone inside it.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn community_insiders(&self, community: CommunityId) -> Result<Vec<User>> {
        let rows = sqlx::query(&format!(
            "SELECT {USER_COLUMNS} FROM community_members m JOIN users u ON u.id = m.user_id \
             WHERE m.community_id = $1 AND m.standing IN ('member', 'moderator') \
             AND u.removed_at IS NULL ORDER BY u.id"
        ))
        .bind(community.to_string())
        .fetch_all(&self.reader)
        .await?;
        rows.iter().map(user_from_row).collect()
    }

    /// Gives `user` a new calendar token (its hash), which ends the old one.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn set_calendar_token(&self, user: UserId, token_hash: &str) -> Result<()> {
        sqlx::query(
            "INSERT INTO calendar_tokens (user_id, token_hash, created_at) VALUES ($1, $2, $3) \
             ON CONFLICT (user_id) DO UPDATE SET token_hash = $2, created_at = $3",
        )
        .bind(user.to_string())
        .bind(token_hash)
        .bind(now_ms())
        .execute(&self.writer)
        .await?;
        Ok(())
    }

    /// Ends `user`'s calendar token.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn revoke_calendar_token(&self, user: UserId) -> Result<()> {
        sqlx::query("DELETE FROM calendar_tokens WHERE user_id = $1")
            .bind(user.to_string())
            .execute(&self.writer)
            .await?;
        Ok(())
    }

    /// Whether `user` has a calendar token.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn has_calendar_token(&self, user: UserId) -> Result<bool> {
        let row: Option<(String,)> =
            sqlx::query_as("SELECT user_id FROM calendar_tokens WHERE user_id = $1")
                .bind(user.to_string())
                .fetch_optional(&self.reader)
                .await?;
        Ok(row.is_some())
    }

    /// The person a calendar token belongs to (`NotFound` when none does, or
    /// they were taken out of the network, or their organisation archived).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn user_by_calendar_token(&self, token_hash: &str) -> Result<User> {
        let r = sqlx::query(&format!(
            "SELECT {USER_COLUMNS} FROM calendar_tokens t JOIN users u ON u.id = t.user_id \
             JOIN orgs g ON g.id = u.org_id \
             WHERE t.token_hash = $1 AND u.removed_at IS NULL AND g.archived_at IS NULL"
        ))
        .bind(token_hash)
        .fetch_one(&self.reader)
        .await?;
        user_from_row(&r)
    }
}
