//! Notifications and each person's choice of how to be emailed about them.

use crate::row::{from_ms, now_ms, parse, placeholders};
use crate::{change_log, jobs::NewJob, Result, Store};
use minga_domain::notification::{Delivery, Notification, NotificationKind, Params, Preferences};
use minga_domain::{Entity, NotificationId, User, UserId};
use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};
use std::collections::HashMap;

/// A notification about to be recorded for one person, with the email
/// (already rendered in their language) to queue if it is new.
#[derive(Debug, Clone)]
pub struct NewNotification {
    pub id: NotificationId,
    pub user: UserId,
    pub kind: NotificationKind,
    pub community: Option<String>,
    pub link: String,
    pub actor: Option<UserId>,
    pub params: Params,
    /// The event it reports: a second notification with the same key for
    /// the same person is dropped (with its email).
    pub dedupe_key: String,
    /// The email to send now (their delivery is "Immediately").
    pub email: Option<NewJob>,
    /// Whether the digest should leave it out: emailed now, or the reader
    /// wants no email of this kind.
    pub settled: bool,
}

/// Records `notes` in the caller's transaction: each one new for its
/// person is stored and its email queued; one already recorded (same person,
/// same dedupe key) is skipped with its email. Returns how many were new.
///
/// Store writes of other features call this inside their own transaction,
/// so the event, its notifications and their emails commit together.
pub async fn record_notifications(
    tx: &mut Transaction<'_, Any>,
    notes: &[NewNotification],
) -> Result<usize> {
    let now = now_ms();
    let mut new = 0;
    // Whom the new ones are for: one person, or several.
    let mut first: Option<UserId> = None;
    let mut several = false;
    for n in notes {
        let params = serde_json::to_string(&n.params)
            .map_err(|e| crate::StoreError::Corrupt(format!("notification params: {e}")))?;
        let done = sqlx::query(
            "INSERT INTO notifications (id, user_id, kind, community_id, link, actor_id, params, dedupe_key, created_at, emailed_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (user_id, dedupe_key) DO NOTHING",
        )
        .bind(n.id.to_string())
        .bind(n.user.to_string())
        .bind(n.kind.code())
        .bind(n.community.clone())
        .bind(&n.link)
        .bind(n.actor.map(|a| a.to_string()))
        .bind(params)
        .bind(&n.dedupe_key)
        .bind(now)
        .bind(n.settled.then_some(now))
        .execute(&mut **tx)
        .await?;
        if done.rows_affected() == 1 {
            new += 1;
            if let Some(mail) = &n.email {
                crate::jobs::insert_job(tx, mail).await?;
            }
            match first {
                None => first = Some(n.user),
                Some(f) if f != n.user => several = true,
                Some(_) => {}
            }
        }
    }
    // One entry for the batch (a round opened for thousands is one change):
    // the person's id when it concerns one, else empty.
    match (first, several) {
        (None, _) => {}
        (Some(one), false) => {
            change_log::record(tx, Entity::Notification, &one.to_string(), "create").await?
        }
        (Some(_), true) => change_log::record(tx, Entity::Notification, "", "create").await?,
    }
    Ok(new)
}

const COLUMNS: &str = "n.id, n.user_id, n.kind, n.community_id, n.link, n.actor_id, a.name AS actor_name, n.params, n.created_at, n.read_at";
const FROM: &str = "FROM notifications n LEFT JOIN users a ON a.id = n.actor_id";

fn notification_from_row(r: &AnyRow) -> Result<Option<Notification>> {
    // A kind this build does not know (written by a newer one) is skipped.
    let Some(kind) = NotificationKind::parse(&r.try_get::<String, _>("kind")?) else {
        return Ok(None);
    };
    let params: Params = parse(
        "notification params",
        serde_json::from_str(&r.try_get::<String, _>("params")?),
    )?;
    Ok(Some(Notification {
        id: parse("notification id", r.try_get::<String, _>("id")?.parse())?,
        user: parse("user id", r.try_get::<String, _>("user_id")?.parse())?,
        kind,
        community: r.try_get("community_id")?,
        link: r.try_get("link")?,
        actor: r
            .try_get::<Option<String>, _>("actor_id")?
            .map(|s| parse("user id", s.parse()))
            .transpose()?,
        actor_name: r.try_get("actor_name")?,
        params,
        created_at: from_ms(r.try_get("created_at")?),
        read_at: r.try_get::<Option<i64>, _>("read_at")?.map(from_ms),
    }))
}

fn rows_to_notifications(rows: &[AnyRow]) -> Result<Vec<Notification>> {
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        if let Some(n) = notification_from_row(r)? {
            out.push(n);
        }
    }
    Ok(out)
}

impl Store {
    /// Records notifications in a transaction of their own (for events
    /// whose own write is elsewhere or already done).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn add_notifications(&self, notes: &[NewNotification]) -> Result<usize> {
        if notes.is_empty() {
            return Ok(0);
        }
        let mut tx = self.writer.begin().await?;
        let n = record_notifications(&mut tx, notes).await?;
        tx.commit().await?;
        Ok(n)
    }

    /// The people with these ids who are still in the network.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn users_by_ids(&self, ids: &[UserId]) -> Result<Vec<User>> {
        let mut out = Vec::new();
        for chunk in ids.chunks(500) {
            let sql = format!(
                "SELECT {} FROM users u WHERE u.removed_at IS NULL AND u.id IN ({}) ORDER BY u.id",
                crate::users::COLUMNS,
                placeholders(1, chunk.len())
            );
            let mut q = sqlx::query(&sql);
            for id in chunk {
                q = q.bind(id.to_string());
            }
            for r in q.fetch_all(&self.reader).await? {
                out.push(crate::users::user_from_row(&r)?);
            }
        }
        Ok(out)
    }

    /// What each of `users` chose for `kind` (absent: the default).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn deliveries_for(
        &self,
        users: &[UserId],
        kind: NotificationKind,
    ) -> Result<HashMap<UserId, Delivery>> {
        let mut out = HashMap::new();
        for chunk in users.chunks(500) {
            let sql = format!(
                "SELECT user_id, delivery FROM notification_prefs WHERE kind = $1 AND user_id IN ({})",
                placeholders(2, chunk.len())
            );
            let mut q = sqlx::query_as::<_, (String, String)>(&sql).bind(kind.code());
            for id in chunk {
                q = q.bind(id.to_string());
            }
            for (u, d) in q.fetch_all(&self.reader).await? {
                if let Some(d) = Delivery::parse(&d) {
                    out.insert(parse("user id", u.parse())?, d);
                }
            }
        }
        Ok(out)
    }

    /// A person's choices for every kind.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn notification_prefs(&self, user: UserId) -> Result<Preferences> {
        let rows: Vec<(String, String)> =
            sqlx::query_as("SELECT kind, delivery FROM notification_prefs WHERE user_id = $1")
                .bind(user.to_string())
                .fetch_all(&self.writer)
                .await?;
        Ok(Preferences::from_choices(rows.into_iter().filter_map(
            |(k, d)| Some((NotificationKind::parse(&k)?, Delivery::parse(&d)?)),
        )))
    }

    /// Saves a person's choices (one row per kind given).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn set_notification_prefs(
        &self,
        user: UserId,
        choices: &[(NotificationKind, Delivery)],
    ) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        for (k, d) in choices {
            sqlx::query(
                "INSERT INTO notification_prefs (user_id, kind, delivery) VALUES ($1, $2, $3) \
                 ON CONFLICT (user_id, kind) DO UPDATE SET delivery = excluded.delivery",
            )
            .bind(user.to_string())
            .bind(k.code())
            .bind(d.code())
            .execute(&mut *tx)
            .await?;
        }
        change_log::record(
            &mut tx,
            Entity::User,
            &user.to_string(),
            "notification_prefs",
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The communities of a person's newest unread notifications, at most
    /// `cap` of them (`None`: outside any community), in one read of the
    /// index of unread ones: the navigation's count stops at "99+".
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn unread_communities(&self, user: UserId, cap: u32) -> Result<Vec<Option<String>>> {
        let sql = format!(
            "SELECT community_id FROM notifications WHERE user_id = $1 AND read_at IS NULL LIMIT {}",
            cap.clamp(1, 10_000)
        );
        let rows: Vec<(Option<String>,)> = sqlx::query_as(&sql)
            .bind(user.to_string())
            .fetch_all(&self.reader)
            .await?;
        Ok(rows.into_iter().map(|(c,)| c).collect())
    }

    /// A page of a person's notifications, newest first: `limit` of them
    /// older than `before` (a notification of theirs).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn notifications_of(
        &self,
        user: UserId,
        before: Option<NotificationId>,
        limit: u32,
    ) -> Result<Vec<Notification>> {
        let cursor = if before.is_some() {
            " AND (n.created_at < (SELECT created_at FROM notifications WHERE id = $2 AND user_id = $1) \
               OR (n.created_at = (SELECT created_at FROM notifications WHERE id = $2 AND user_id = $1) AND n.id < $2))"
        } else {
            " AND $2 = ''"
        };
        let sql = format!(
            "SELECT {COLUMNS} {FROM} WHERE n.user_id = $1{cursor} ORDER BY n.created_at DESC, n.id DESC LIMIT {}",
            limit.clamp(1, 200)
        );
        let q = sqlx::query(&sql)
            .bind(user.to_string())
            .bind(before.map(|b| b.to_string()).unwrap_or_default());
        rows_to_notifications(&q.fetch_all(&self.reader).await?)
    }

    /// One of a person's notifications.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn notification_of(&self, user: UserId, id: NotificationId) -> Result<Notification> {
        let sql = format!("SELECT {COLUMNS} {FROM} WHERE n.id = $1 AND n.user_id = $2");
        let row = sqlx::query(&sql)
            .bind(id.to_string())
            .bind(user.to_string())
            .fetch_one(&self.writer)
            .await?;
        notification_from_row(&row)?.ok_or(crate::StoreError::NotFound)
    }

    /// Marks one of a person's notifications read (reading it twice is no
    /// change). `NotFound` when it is not theirs.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn mark_notification_read(&self, user: UserId, id: NotificationId) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let (found,): (i64,) =
            sqlx::query_as("SELECT COUNT(*) FROM notifications WHERE id = $1 AND user_id = $2")
                .bind(id.to_string())
                .bind(user.to_string())
                .fetch_one(&mut *tx)
                .await?;
        if found == 0 {
            return Err(crate::StoreError::NotFound);
        }
        let done = sqlx::query(
            "UPDATE notifications SET read_at = $1 WHERE id = $2 AND user_id = $3 AND read_at IS NULL",
        )
        .bind(now_ms())
        .bind(id.to_string())
        .bind(user.to_string())
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() > 0 {
            change_log::record(&mut tx, Entity::Notification, &user.to_string(), "read").await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Marks all of a person's notifications read; returns how many were unread.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn mark_all_notifications_read(&self, user: UserId) -> Result<u64> {
        let mut tx = self.writer.begin().await?;
        let done = sqlx::query(
            "UPDATE notifications SET read_at = $1 WHERE user_id = $2 AND read_at IS NULL",
        )
        .bind(now_ms())
        .bind(user.to_string())
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() > 0 {
            change_log::record(&mut tx, Entity::Notification, &user.to_string(), "read").await?;
        }
        tx.commit().await?;
        Ok(done.rows_affected())
    }
}

impl Store {
    /// People with notifications waiting for a digest (neither emailed nor
    /// read) whose last digest was sent before `sent_before` (or never),
    /// with when it was sent.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn digest_candidates(
        &self,
        sent_before: chrono::DateTime<chrono::Utc>,
    ) -> Result<Vec<(User, Option<chrono::DateTime<chrono::Utc>>)>> {
        let sql = format!(
            "SELECT {}, d.sent_at FROM users u LEFT JOIN notification_digests d ON d.user_id = u.id \
             WHERE u.removed_at IS NULL AND (d.sent_at IS NULL OR d.sent_at < $1) \
               AND u.id IN (SELECT user_id FROM notifications WHERE emailed_at IS NULL AND read_at IS NULL) \
             ORDER BY u.id",
            crate::users::COLUMNS
        );
        let rows = sqlx::query(&sql)
            .bind(sent_before.timestamp_millis())
            .fetch_all(&self.reader)
            .await?;
        rows.iter()
            .map(|r| {
                Ok((
                    crate::users::user_from_row(r)?,
                    r.try_get::<Option<i64>, _>("sent_at")?.map(from_ms),
                ))
            })
            .collect()
    }

    /// A person's notifications waiting for a digest, oldest first.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn digest_items(&self, user: UserId) -> Result<Vec<Notification>> {
        let sql = format!(
            "SELECT {COLUMNS} {FROM} WHERE n.user_id = $1 AND n.emailed_at IS NULL AND n.read_at IS NULL \
             ORDER BY n.created_at, n.id LIMIT 500"
        );
        let rows = sqlx::query(&sql)
            .bind(user.to_string())
            .fetch_all(&self.writer)
            .await?;
        rows_to_notifications(&rows)
    }

    /// Ends a person's digest: claims the day (only if their last digest
    /// was sent before `sent_before`, so two app servers never both send
    /// it), marks `settled` notifications as emailed, and queues `mail`.
    /// Returns false (and changes nothing) when another server claimed it.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn finish_digest(
        &self,
        user: UserId,
        sent_before: chrono::DateTime<chrono::Utc>,
        settled: &[NotificationId],
        mail: Option<&NewJob>,
    ) -> Result<bool> {
        let now = now_ms();
        let mut tx = self.writer.begin().await?;
        let claimed = sqlx::query(
            "INSERT INTO notification_digests (user_id, sent_at) VALUES ($1, $2) \
             ON CONFLICT (user_id) DO UPDATE SET sent_at = excluded.sent_at \
             WHERE notification_digests.sent_at < $3",
        )
        .bind(user.to_string())
        .bind(now)
        .bind(sent_before.timestamp_millis())
        .execute(&mut *tx)
        .await?;
        if claimed.rows_affected() == 0 {
            return Ok(false);
        }
        for chunk in settled.chunks(500) {
            let sql = format!(
                "UPDATE notifications SET emailed_at = $1 WHERE user_id = $2 AND emailed_at IS NULL AND id IN ({})",
                placeholders(3, chunk.len())
            );
            let mut q = sqlx::query(&sql).bind(now).bind(user.to_string());
            for id in chunk {
                q = q.bind(id.to_string());
            }
            q.execute(&mut *tx).await?;
        }
        if let Some(m) = mail {
            crate::jobs::insert_job(&mut tx, m).await?;
        }
        tx.commit().await?;
        Ok(true)
    }
}
