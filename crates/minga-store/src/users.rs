//! People, their sessions and password resets.

use crate::row::{from_ms, now_ms, opt, parse};
use crate::{change_log, jobs::NewJob, Result, Store};
use minga_domain::Entity;
use minga_domain::{Email, Locale, OrgId, Role, TimeZone, User, UserId};
use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};

pub(crate) const COLUMNS: &str =
    "u.id, u.org_id, u.email, u.name, u.role, u.locale, u.time_zone, u.data_saver, u.created_at";

pub(crate) fn user_from_row(r: &AnyRow) -> Result<User> {
    Ok(User {
        id: parse("user id", r.try_get::<String, _>("id")?.parse())?,
        org_id: parse("org id", r.try_get::<String, _>("org_id")?.parse())?,
        email: parse("email", Email::parse(&r.try_get::<String, _>("email")?))?,
        name: r.try_get("name")?,
        role: opt("role", Role::parse(&r.try_get::<String, _>("role")?))?,
        locale: Locale::parse(&r.try_get::<String, _>("locale")?).unwrap_or_default(),
        time_zone: TimeZone::parse(&r.try_get::<String, _>("time_zone")?)
            .unwrap_or_else(|_| TimeZone::utc()),
        data_saver: r.try_get::<i64, _>("data_saver")? != 0,
        created_at: from_ms(r.try_get("created_at")?),
    })
}

/// A user with the password hash, for signing in.
#[derive(Debug, Clone)]
pub struct UserAuth {
    pub user: User,
    pub password_hash: String,
}

/// A person about to be stored.
#[derive(Debug, Clone)]
pub struct NewUser {
    pub org_id: OrgId,
    pub email: Email,
    pub name: String,
    pub role: Role,
    pub locale: Locale,
    pub time_zone: TimeZone,
    pub password_hash: String,
}

pub(crate) async fn insert_user(
    tx: &mut Transaction<'_, Any>,
    id: UserId,
    u: &NewUser,
    now: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO users (id, org_id, email, email_folded, name, role, locale, time_zone, password_hash, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)",
    )
    .bind(id.to_string())
    .bind(u.org_id.to_string())
    .bind(u.email.as_str())
    .bind(u.email.folded())
    .bind(&u.name)
    .bind(u.role.code())
    .bind(u.locale.code())
    .bind(u.time_zone.as_str())
    .bind(&u.password_hash)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    change_log::record(tx, Entity::User, &id.to_string(), "create").await
}

pub(crate) async fn insert_session(
    tx: &mut Transaction<'_, Any>,
    token_hash: &str,
    user: UserId,
    expires_at: i64,
) -> Result<()> {
    sqlx::query("INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)")
        .bind(token_hash)
        .bind(user.to_string())
        .bind(now_ms())
        .bind(expires_at)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Marks every open reset link of a user as used: a link mailed before the
/// password changed (by any route, or by another link) must not change it
/// again, e.g. from a mailbox someone else reads later.
async fn end_reset_links(tx: &mut Transaction<'_, Any>, user_id: &str, now: i64) -> Result<()> {
    sqlx::query("UPDATE password_resets SET used_at = $1 WHERE user_id = $2 AND used_at IS NULL")
        .bind(now)
        .bind(user_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

impl Store {
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn create_user(&self, u: &NewUser) -> Result<User> {
        let mut tx = self.writer.begin().await?;
        let id = UserId::new();
        insert_user(&mut tx, id, u, now_ms()).await?;
        tx.commit().await?;
        self.user_by_id(id).await
    }

    /// Inserts many people in one transaction (demo data, benchmarks).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn create_users_bulk(&self, users: &[NewUser]) -> Result<()> {
        let now = now_ms();
        for chunk in users.chunks(2_000) {
            let mut tx = self.writer.begin().await?;
            for u in chunk {
                insert_user(&mut tx, UserId::new(), u, now).await?;
            }
            tx.commit().await?;
        }
        Ok(())
    }

    /// Up to `limit` people of member organisations (not partners, not the
    /// Secretariat), oldest first: benchmark networks place them in communities.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn staff_ids(&self, limit: u32) -> Result<Vec<(UserId, OrgId)>> {
        let rows: Vec<(String, String)> = sqlx::query_as(&format!(
            "SELECT id, org_id FROM users WHERE role IN ('org_admin', 'member') AND removed_at IS NULL \
             ORDER BY id LIMIT {limit}"
        ))
        .fetch_all(&self.reader)
        .await?;
        rows.into_iter()
            .map(|(id, org)| {
                Ok((
                    crate::row::parse("user id", id.parse())?,
                    crate::row::parse("org id", org.parse())?,
                ))
            })
            .collect()
    }

    /// A person who has not been taken out of their organisation.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn active_user(&self, id: UserId) -> Result<User> {
        let sql = format!("SELECT {COLUMNS} FROM users u WHERE u.id = $1 AND u.removed_at IS NULL");
        match sqlx::query(&sql)
            .bind(id.to_string())
            .fetch_optional(&self.reader)
            .await?
        {
            Some(r) => user_from_row(&r),
            None => Err(crate::StoreError::NotFound),
        }
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn user_by_id(&self, id: UserId) -> Result<User> {
        let sql = format!("SELECT {COLUMNS} FROM users u WHERE u.id = $1");
        user_from_row(
            &sqlx::query(&sql)
                .bind(id.to_string())
                .fetch_one(&self.writer)
                .await?,
        )
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn user_auth_by_email(&self, email: &Email) -> Result<UserAuth> {
        let sql =
            format!("SELECT {COLUMNS}, u.password_hash FROM users u WHERE u.email_folded = $1 AND u.removed_at IS NULL");
        let row = sqlx::query(&sql)
            .bind(email.folded())
            .fetch_one(&self.reader)
            .await?;
        Ok(UserAuth {
            user: user_from_row(&row)?,
            password_hash: row.try_get("password_hash")?,
        })
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn user_password_hash(&self, id: UserId) -> Result<String> {
        let (h,): (String,) = sqlx::query_as("SELECT password_hash FROM users WHERE id = $1")
            .bind(id.to_string())
            .fetch_one(&self.writer)
            .await?;
        Ok(h)
    }

    /// Whether the address has an account in use (someone taken out of
    /// their organisation may be invited again).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn email_registered(&self, email: &Email) -> Result<bool> {
        let row: Option<(String,)> =
            sqlx::query_as("SELECT id FROM users WHERE email_folded = $1 AND removed_at IS NULL")
                .bind(email.folded())
                .fetch_optional(&self.writer)
                .await?;
        Ok(row.is_some())
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn users_of_org(&self, org: OrgId) -> Result<Vec<User>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM users u WHERE u.org_id = $1 AND u.removed_at IS NULL ORDER BY u.role, u.name, u.id"
        );
        let rows = sqlx::query(&sql)
            .bind(org.to_string())
            .fetch_all(&self.reader)
            .await?;
        rows.iter().map(user_from_row).collect()
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn update_user_profile(
        &self,
        id: UserId,
        name: &str,
        locale: Locale,
        tz: &TimeZone,
    ) -> Result<User> {
        let mut tx = self.writer.begin().await?;
        let done = sqlx::query("UPDATE users SET name = $1, locale = $2, time_zone = $3, updated_at = $4 WHERE id = $5")
            .bind(name)
            .bind(locale.code())
            .bind(tz.as_str())
            .bind(now_ms())
            .bind(id.to_string())
            .execute(&mut *tx)
            .await?;
        change_log::commit_change(
            tx,
            done.rows_affected(),
            Entity::User,
            &id.to_string(),
            "update",
        )
        .await?;
        self.user_by_id(id).await
    }

    /// Turns the person's data saver on or off.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn set_data_saver(&self, id: UserId, on: bool) -> Result<User> {
        let mut tx = self.writer.begin().await?;
        let done = sqlx::query("UPDATE users SET data_saver = $1, updated_at = $2 WHERE id = $3")
            .bind(i64::from(on))
            .bind(now_ms())
            .bind(id.to_string())
            .execute(&mut *tx)
            .await?;
        change_log::commit_change(
            tx,
            done.rows_affected(),
            Entity::User,
            &id.to_string(),
            "data_saver",
        )
        .await?;
        self.user_by_id(id).await
    }

    /// Sets a new password hash and ends every session of the user except
    /// `keep_session` (the one that made the change).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn set_password(
        &self,
        id: UserId,
        hash: &str,
        keep_session: Option<&str>,
    ) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        sqlx::query("UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3")
            .bind(hash)
            .bind(now_ms())
            .bind(id.to_string())
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2")
            .bind(id.to_string())
            .bind(keep_session.unwrap_or(""))
            .execute(&mut *tx)
            .await?;
        end_reset_links(&mut tx, &id.to_string(), now_ms()).await?;
        change_log::record(&mut tx, Entity::User, &id.to_string(), "password").await?;
        tx.commit().await?;
        Ok(())
    }

    // --- sessions -------------------------------------------------------

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn create_session(
        &self,
        token_hash: &str,
        user: UserId,
        expires_at: i64,
    ) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        insert_session(&mut tx, token_hash, user, expires_at).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The user of a live session, and when the session ends (ms).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn session_user(&self, token_hash: &str) -> Result<(User, i64)> {
        let sql = format!(
            "SELECT {COLUMNS}, s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id \
             JOIN orgs o ON o.id = u.org_id AND o.archived_at IS NULL \
             WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.removed_at IS NULL"
        );
        let row = sqlx::query(&sql)
            .bind(token_hash)
            .bind(now_ms())
            .fetch_one(&self.reader)
            .await?;
        Ok((user_from_row(&row)?, row.try_get("expires_at")?))
    }

    /// Ends a session. Its entry in the log tells every app server that
    /// keeps sessions in memory to forget it.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn delete_session(&self, token_hash: &str) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let done = sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token_hash)
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() > 0 {
            // The log names the session by a prefix of its hash: enough to
            // follow, never enough to use.
            change_log::record(
                &mut tx,
                Entity::Session,
                &token_hash[..8.min(token_hash.len())],
                "delete",
            )
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn delete_expired_sessions(&self) -> Result<u64> {
        let r = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
            .bind(now_ms())
            .execute(&self.writer)
            .await?;
        Ok(r.rows_affected())
    }

    // --- password resets ------------------------------------------------

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn create_password_reset(
        &self,
        token_hash: &str,
        user: UserId,
        expires_at: i64,
        mail: &NewJob,
    ) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        sqlx::query("INSERT INTO password_resets (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)")
            .bind(token_hash)
            .bind(user.to_string())
            .bind(now_ms())
            .bind(expires_at)
            .execute(&mut *tx)
            .await?;
        crate::jobs::insert_job(&mut tx, mail).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Whether a reset link is still good (unused and unexpired).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn password_reset_valid(&self, token_hash: &str) -> Result<bool> {
        let row: Option<(String,)> =
            sqlx::query_as("SELECT user_id FROM password_resets WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2")
                .bind(token_hash)
                .bind(now_ms())
                .fetch_optional(&self.writer)
                .await?;
        Ok(row.is_some())
    }

    /// Uses a reset link once: sets the password, ends every session, and
    /// starts a new one. `NotFound` when the link is unknown, used or expired.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn complete_password_reset(
        &self,
        token_hash: &str,
        password_hash: &str,
        session: (&str, i64),
    ) -> Result<User> {
        let mut tx = self.writer.begin().await?;
        let now = now_ms();
        let (user_id,): (String,) = sqlx::query_as(
            "UPDATE password_resets SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1 RETURNING user_id",
        )
        .bind(now)
        .bind(token_hash)
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query("UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3")
            .bind(password_hash)
            .bind(now)
            .bind(&user_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(&user_id)
            .execute(&mut *tx)
            .await?;
        end_reset_links(&mut tx, &user_id, now).await?;
        let uid: UserId = parse("user id", user_id.parse())?;
        insert_session(&mut tx, session.0, uid, session.1).await?;
        change_log::record(&mut tx, Entity::User, &user_id, "password").await?;
        tx.commit().await?;
        self.user_by_id(uid).await
    }
}

impl Store {
    /// People with `role` in any of `orgs` (e.g. the admins a round writes to).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn users_with_role_in(&self, orgs: &[OrgId], role: Role) -> Result<Vec<User>> {
        let mut out = Vec::new();
        for chunk in orgs.chunks(500) {
            let ph: Vec<String> = (2..chunk.len() + 2).map(|i| format!("${i}")).collect();
            let sql = format!("SELECT {COLUMNS} FROM users u WHERE u.role = $1 AND u.removed_at IS NULL AND u.org_id IN ({}) ORDER BY u.id", ph.join(","));
            let mut q = sqlx::query(&sql).bind(role.code());
            for o in chunk {
                q = q.bind(o.to_string());
            }
            for r in q.fetch_all(&self.reader).await? {
                out.push(user_from_row(&r)?);
            }
        }
        Ok(out)
    }
}
