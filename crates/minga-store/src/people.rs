//! Managing an organisation's people: roles, taking someone out, and the
//! invitations still waiting; and the pictures (logos, avatars) of
//! organisations and people.

use crate::row::now_ms;
use crate::{change_log, jobs::NewJob, Backend, Result, Store, StoreError};
use minga_domain::people::{leaves_an_admin, Picture};
use minga_domain::{Email, Entity, Invitation, InvitationId, OrgId, Role, UserId};
use sqlx::{Any, Row, Transaction};
use std::collections::HashMap;

/// What a change to someone's place in an organisation came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeopleChange {
    Done,
    /// Refused: the organisation would have nobody left to administer it.
    LastAdmin,
}

/// What a waiting invitation gets when it is sent again: the hash of its
/// new secret, the role and language it now carries, its new expiry (ms).
#[derive(Debug, Clone)]
pub struct Renewal<'a> {
    pub token_hash: &'a str,
    pub role: Role,
    pub locale: minga_domain::Locale,
    pub expires_at: i64,
}

/// The codes of the roles that administer an organisation, for SQL.
fn admin_codes() -> Vec<&'static str> {
    Role::ALL
        .into_iter()
        .filter(|r| r.administers())
        .map(Role::code)
        .collect()
}

impl Store {
    /// Locks the organisation's row for the rest of the transaction, so two
    /// admins demoting each other at once cannot both pass the last-admin
    /// check; then counts its administrators and reads the person's role.
    async fn lock_people(
        &self,
        tx: &mut Transaction<'_, Any>,
        org: OrgId,
        user: UserId,
    ) -> Result<(usize, Role)> {
        // BACKEND-SPECIFIC: SQLite has one writer, so its transaction already
        // excludes the others; PostgreSQL needs the row lock.
        if self.backend == Backend::Postgres {
            sqlx::query("SELECT id FROM orgs WHERE id = $1 FOR UPDATE")
                .bind(org.to_string())
                .fetch_one(&mut **tx)
                .await?;
        }
        let codes = admin_codes();
        let (admins,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM users WHERE org_id = $1 AND removed_at IS NULL AND role IN ($2, $3)",
        )
        .bind(org.to_string())
        .bind(codes[0])
        .bind(codes[1])
        .fetch_one(&mut **tx)
        .await?;
        let (role,): (String,) = sqlx::query_as(
            "SELECT role FROM users WHERE id = $1 AND org_id = $2 AND removed_at IS NULL",
        )
        .bind(user.to_string())
        .bind(org.to_string())
        .fetch_one(&mut **tx)
        .await?;
        let role = Role::parse(&role).ok_or_else(|| StoreError::Corrupt(format!("role {role}")))?;
        Ok((admins.max(0) as usize, role))
    }

    /// Gives a person of `org` another role, unless that leaves the
    /// organisation without an administrator. `NotFound` when the person is
    /// not (or no longer) in it.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn set_user_role(
        &self,
        org: OrgId,
        user: UserId,
        role: Role,
    ) -> Result<PeopleChange> {
        let mut tx = self.writer.begin().await?;
        let (admins, from) = self.lock_people(&mut tx, org, user).await?;
        if !leaves_an_admin(admins, from, Some(role)) {
            return Ok(PeopleChange::LastAdmin);
        }
        let done = sqlx::query("UPDATE users SET role = $1, updated_at = $2 WHERE id = $3")
            .bind(role.code())
            .bind(now_ms())
            .bind(user.to_string())
            .execute(&mut *tx)
            .await?;
        change_log::commit_change(
            tx,
            done.rows_affected(),
            Entity::User,
            &user.to_string(),
            "role",
        )
        .await?;
        Ok(PeopleChange::Done)
    }

    /// Takes a person out of `org`, unless they are its last administrator:
    /// their row stays (what they wrote is still theirs, by name) but they
    /// can no longer sign in, their sessions end and their reset links die.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn remove_user(&self, org: OrgId, user: UserId) -> Result<PeopleChange> {
        let mut tx = self.writer.begin().await?;
        let (admins, from) = self.lock_people(&mut tx, org, user).await?;
        if !leaves_an_admin(admins, from, None) {
            return Ok(PeopleChange::LastAdmin);
        }
        let now = now_ms();
        let id = user.to_string();
        let done = sqlx::query("UPDATE users SET removed_at = $1, updated_at = $1 WHERE id = $2")
            .bind(now)
            .bind(&id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(&id)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "UPDATE password_resets SET used_at = $1 WHERE user_id = $2 AND used_at IS NULL",
        )
        .bind(now)
        .bind(&id)
        .execute(&mut *tx)
        .await?;
        change_log::commit_change(tx, done.rows_affected(), Entity::User, &id, "remove").await?;
        Ok(PeopleChange::Done)
    }

    /// An invitation by its id, whatever its state.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn invitation_by_id(&self, id: InvitationId) -> Result<Invitation> {
        let sql = format!(
            "SELECT {} FROM invitations WHERE id = $1",
            crate::invitations::COLUMNS
        );
        crate::invitations::invitation_from_row(
            &sqlx::query(&sql)
                .bind(id.to_string())
                .fetch_one(&self.writer)
                .await?,
        )
    }

    /// The invitation to `email` still waiting in `org`, if any.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn pending_invitation_for(
        &self,
        org: OrgId,
        email: &Email,
    ) -> Result<Option<Invitation>> {
        let sql = format!(
            "SELECT {} FROM invitations WHERE org_id = $1 AND email_folded = $2 \
             AND accepted_at IS NULL AND expires_at > $3 ORDER BY created_at DESC",
            crate::invitations::COLUMNS
        );
        let row = sqlx::query(&sql)
            .bind(org.to_string())
            .bind(email.folded())
            .bind(now_ms())
            .fetch_optional(&self.writer)
            .await?;
        row.as_ref()
            .map(crate::invitations::invitation_from_row)
            .transpose()
    }

    /// Gives a waiting invitation of `org` a new secret and a new expiry,
    /// and queues its new email, in one transaction: the old link stops
    /// working. `NotFound` when it was used, revoked or expired meanwhile.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn renew_invitation(
        &self,
        org: OrgId,
        id: InvitationId,
        renewal: &Renewal<'_>,
        mail: &NewJob,
    ) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let done = sqlx::query(
            "UPDATE invitations SET token_hash = $1, expires_at = $2, created_at = $3, role = $6, locale = $7 \
             WHERE id = $4 AND org_id = $5 AND accepted_at IS NULL AND expires_at > $3",
        )
        .bind(renewal.token_hash)
        .bind(renewal.expires_at)
        .bind(now_ms())
        .bind(id.to_string())
        .bind(org.to_string())
        .bind(renewal.role.code())
        .bind(renewal.locale.code())
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() > 0 {
            crate::jobs::insert_job(&mut tx, mail).await?;
        }
        change_log::commit_change(
            tx,
            done.rows_affected(),
            Entity::Invitation,
            &id.to_string(),
            "resend",
        )
        .await
    }

    /// Ends a waiting invitation of `org` now: its link no longer works.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn revoke_invitation(&self, org: OrgId, id: InvitationId) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let now = now_ms();
        let done = sqlx::query(
            "UPDATE invitations SET expires_at = $1 \
             WHERE id = $2 AND org_id = $3 AND accepted_at IS NULL AND expires_at > $1",
        )
        .bind(now)
        .bind(id.to_string())
        .bind(org.to_string())
        .execute(&mut *tx)
        .await?;
        change_log::commit_change(
            tx,
            done.rows_affected(),
            Entity::Invitation,
            &id.to_string(),
            "revoke",
        )
        .await
    }

    // --- pictures -------------------------------------------------------

    /// Sets (or with `None` removes) the picture of an organisation or a
    /// person, logged as a change of `entity` so the pages that show it are
    /// made again. Returns the picture it replaced.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn set_picture(
        &self,
        entity: Entity,
        owner: &str,
        picture: Option<&Picture>,
    ) -> Result<Option<Picture>> {
        let mut tx = self.writer.begin().await?;
        let old = sqlx::query("SELECT small, large FROM pictures WHERE owner_id = $1")
            .bind(owner)
            .fetch_optional(&mut *tx)
            .await?
            .map(|r| picture_from_row(&r))
            .transpose()?;
        match picture {
            Some(p) => {
                sqlx::query(
                    "INSERT INTO pictures (owner_id, small, large, updated_at) VALUES ($1, $2, $3, $4) \
                     ON CONFLICT (owner_id) DO UPDATE SET small = $2, large = $3, updated_at = $4",
                )
                .bind(owner)
                .bind(&p.small)
                .bind(&p.large)
                .bind(now_ms())
                .execute(&mut *tx)
                .await?;
            }
            None => {
                sqlx::query("DELETE FROM pictures WHERE owner_id = $1")
                    .bind(owner)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        change_log::record(&mut tx, entity, owner, "picture").await?;
        tx.commit().await?;
        Ok(old)
    }

    /// The picture of an organisation or a person, if it has one.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn picture(&self, owner: &str) -> Result<Option<Picture>> {
        sqlx::query("SELECT small, large FROM pictures WHERE owner_id = $1")
            .bind(owner)
            .fetch_optional(&self.reader)
            .await?
            .map(|r| picture_from_row(&r))
            .transpose()
    }

    /// The pictures of many owners at once (a list of people or a page of
    /// the directory), by owner id; those without one are absent.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn pictures_of(&self, owners: &[String]) -> Result<HashMap<String, Picture>> {
        let mut out = HashMap::new();
        for chunk in owners.chunks(500) {
            let ph: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
            let sql = format!(
                "SELECT owner_id, small, large FROM pictures WHERE owner_id IN ({})",
                ph.join(",")
            );
            let mut q = sqlx::query(&sql);
            for o in chunk {
                q = q.bind(o);
            }
            for r in q.fetch_all(&self.reader).await? {
                out.insert(r.try_get::<String, _>("owner_id")?, picture_from_row(&r)?);
            }
        }
        Ok(out)
    }

    /// Whether `name` is a variant of some picture (only those are served).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn picture_variant_exists(&self, name: &str) -> Result<bool> {
        let row: Option<(String,)> =
            sqlx::query_as("SELECT owner_id FROM pictures WHERE small = $1 OR large = $1")
                .bind(name)
                .fetch_optional(&self.reader)
                .await?;
        Ok(row.is_some())
    }

    /// Whether anything still uses the blob `key`: a picture's variant (of
    /// either type), an uploaded file, a recording or one of its renditions.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn blob_in_use(&self, key: &str) -> Result<bool> {
        let (png, jpg) = (format!("{key}.png"), format!("{key}.jpg"));
        let row: Option<(String,)> = sqlx::query_as(
            "SELECT owner_id FROM pictures WHERE small IN ($1, $2) OR large IN ($1, $2) \
             UNION ALL SELECT id FROM files WHERE blob_key = $3 \
             UNION ALL SELECT id FROM media_assets WHERE blob_key = $3 \
             UNION ALL SELECT media_id FROM media_renditions WHERE blob_key = $3",
        )
        .bind(&png)
        .bind(&jpg)
        .bind(key)
        .fetch_optional(&self.writer)
        .await?;
        Ok(row.is_some())
    }
}

fn picture_from_row(r: &sqlx::any::AnyRow) -> Result<Picture> {
    Ok(Picture {
        small: r.try_get("small")?,
        large: r.try_get("large")?,
    })
}
