//! Invitations: a one-time, expiring link that makes an account.

use crate::row::{from_ms, now_ms, opt, parse};
use crate::users::{insert_session, insert_user, NewUser};
use crate::{change_log, jobs::NewJob, Result, Store};
use minga_domain::Entity;
use minga_domain::{Email, Invitation, InvitationId, Locale, OrgId, Role, User, UserId};
use sqlx::any::AnyRow;
use sqlx::Row;

pub(crate) const COLUMNS: &str =
    "id, email, org_id, role, locale, invited_by, created_at, expires_at, accepted_at";

pub(crate) fn invitation_from_row(r: &AnyRow) -> Result<Invitation> {
    Ok(Invitation {
        id: parse("invitation id", r.try_get::<String, _>("id")?.parse())?,
        email: parse("email", Email::parse(&r.try_get::<String, _>("email")?))?,
        org_id: parse("org id", r.try_get::<String, _>("org_id")?.parse())?,
        role: opt("role", Role::parse(&r.try_get::<String, _>("role")?))?,
        locale: Locale::parse(&r.try_get::<String, _>("locale")?).unwrap_or_default(),
        invited_by: r
            .try_get::<Option<String>, _>("invited_by")?
            .and_then(|s| s.parse().ok()),
        created_at: from_ms(r.try_get("created_at")?),
        expires_at: from_ms(r.try_get("expires_at")?),
        accepted_at: r.try_get::<Option<i64>, _>("accepted_at")?.map(from_ms),
    })
}

/// An invitation about to be stored.
#[derive(Debug, Clone)]
pub struct NewInvitation {
    pub email: Email,
    pub org_id: OrgId,
    pub role: Role,
    pub locale: Locale,
    pub invited_by: Option<UserId>,
    pub expires_at: i64,
}

impl Store {
    /// Stores an invitation and, in the same transaction, the job that mails it.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn create_invitation(
        &self,
        inv: &NewInvitation,
        token_hash: &str,
        mail: Option<&NewJob>,
    ) -> Result<Invitation> {
        let mut tx = self.writer.begin().await?;
        let id = InvitationId::new();
        sqlx::query(
            "INSERT INTO invitations (id, token_hash, email, email_folded, org_id, role, locale, invited_by, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        )
        .bind(id.to_string())
        .bind(token_hash)
        .bind(inv.email.as_str())
        .bind(inv.email.folded())
        .bind(inv.org_id.to_string())
        .bind(inv.role.code())
        .bind(inv.locale.code())
        .bind(inv.invited_by.map(|u| u.to_string()))
        .bind(now_ms())
        .bind(inv.expires_at)
        .execute(&mut *tx)
        .await?;
        if let Some(job) = mail {
            crate::jobs::insert_job(&mut tx, job).await?;
        }
        change_log::record(&mut tx, Entity::Invitation, &id.to_string(), "create").await?;
        tx.commit().await?;
        let sql = format!("SELECT {COLUMNS} FROM invitations WHERE id = $1");
        invitation_from_row(
            &sqlx::query(&sql)
                .bind(id.to_string())
                .fetch_one(&self.writer)
                .await?,
        )
    }

    /// An invitation by its token, whatever its state.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn invitation_by_token(&self, token_hash: &str) -> Result<Invitation> {
        let sql = format!("SELECT {COLUMNS} FROM invitations WHERE token_hash = $1");
        invitation_from_row(
            &sqlx::query(&sql)
                .bind(token_hash)
                .fetch_one(&self.writer)
                .await?,
        )
    }

    /// Invitations of an organisation that are neither used nor expired.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn pending_invitations(&self, org: OrgId) -> Result<Vec<Invitation>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM invitations WHERE org_id = $1 AND accepted_at IS NULL AND expires_at > $2 ORDER BY created_at DESC"
        );
        let rows = sqlx::query(&sql)
            .bind(org.to_string())
            .bind(now_ms())
            .fetch_all(&self.reader)
            .await?;
        rows.iter().map(invitation_from_row).collect()
    }

    /// Uses an invitation once: marks it accepted, creates the account and a
    /// session, all or nothing. `NotFound` when the token is unknown, used or
    /// expired; `Conflict` when the email already has an account.
    /// `data_saver` is the new account's starting setting.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn accept_invitation(
        &self,
        token_hash: &str,
        user: &NewUser,
        data_saver: bool,
        session: (&str, i64),
    ) -> Result<User> {
        let mut tx = self.writer.begin().await?;
        let now = now_ms();
        let (inv_id,): (String,) = sqlx::query_as(
            "UPDATE invitations SET accepted_at = $1 WHERE token_hash = $2 AND accepted_at IS NULL AND expires_at > $1 RETURNING id",
        )
        .bind(now)
        .bind(token_hash)
        .fetch_one(&mut *tx)
        .await?;
        // Someone taken out of an organisation before comes back under the
        // same row, so what they wrote then is still theirs.
        let former: Option<(String,)> = sqlx::query_as(
            "SELECT id FROM users WHERE email_folded = $1 AND removed_at IS NOT NULL",
        )
        .bind(user.email.folded())
        .fetch_optional(&mut *tx)
        .await?;
        let id = match former {
            Some((former,)) => {
                sqlx::query(
                    "UPDATE users SET org_id = $1, email = $2, name = $3, role = $4, locale = $5, \
                     time_zone = $6, password_hash = $7, removed_at = NULL, updated_at = $8 WHERE id = $9",
                )
                .bind(user.org_id.to_string())
                .bind(user.email.as_str())
                .bind(&user.name)
                .bind(user.role.code())
                .bind(user.locale.code())
                .bind(user.time_zone.as_str())
                .bind(&user.password_hash)
                .bind(now)
                .bind(&former)
                .execute(&mut *tx)
                .await?;
                change_log::record(&mut tx, Entity::User, &former, "rejoin").await?;
                crate::row::parse("user id", former.parse())?
            }
            None => {
                let id = UserId::new();
                insert_user(&mut tx, id, user, now).await?;
                id
            }
        };
        sqlx::query("UPDATE users SET data_saver = $1 WHERE id = $2")
            .bind(i64::from(data_saver))
            .bind(id.to_string())
            .execute(&mut *tx)
            .await?;
        insert_session(&mut tx, session.0, id, session.1).await?;
        change_log::record(&mut tx, Entity::Invitation, &inv_id, "accept").await?;
        tx.commit().await?;
        self.user_by_id(id).await
    }
}
