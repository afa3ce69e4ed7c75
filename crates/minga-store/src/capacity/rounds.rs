//! Mapping rounds: opening, closing, who stands where, reminders.

use crate::row::{from_ms, now_ms, parse};
use crate::{change_log, jobs::NewJob, Result, Store};
use minga_domain::capacity::{MappingRound, ProfileStatus, RoundEntry, RoundTexts};
use minga_domain::Entity;
use minga_domain::{OrgId, RoundId, UserId};
use sqlx::any::AnyRow;
use sqlx::Row;

fn round_from_row(r: &AnyRow) -> Result<MappingRound> {
    Ok(MappingRound {
        id: parse("round id", r.try_get::<String, _>("id")?.parse())?,
        title: r.try_get("title")?,
        deadline: from_ms(r.try_get("deadline")?),
        opened_at: from_ms(r.try_get("opened_at")?),
        closed_at: r.try_get::<Option<i64>, _>("closed_at")?.map(from_ms),
        draft: r.try_get::<i64, _>("draft")? != 0,
        texts: parse_texts(&r.try_get::<String, _>("texts")?)?,
    })
}

fn parse_texts(json: &str) -> Result<RoundTexts> {
    serde_json::from_str(json)
        .map_err(|e| crate::StoreError::Corrupt(format!("a round's texts: {e}")))
}

fn texts_json(texts: &RoundTexts) -> String {
    // A map of strings always serialises.
    serde_json::to_string(texts).unwrap_or_else(|_| "{}".into())
}

/// `IN (…)` list of the roles that fill their organisation's profile: fixed
/// codes, never user input.
fn fillers_in() -> String {
    minga_domain::PROFILE_FILLERS
        .iter()
        .map(|r| format!("'{}'", r.code()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A round about to be opened.
#[derive(Debug, Clone)]
pub struct NewRound {
    pub title: String,
    pub texts: RoundTexts,
    /// Prepared, not opened: nobody is asked or mailed yet.
    pub draft: bool,
    pub deadline: i64,
    pub orgs: Vec<OrgId>,
    pub created_by: Option<UserId>,
    pub demo: bool,
    /// When it opened; now when `None` (demo data sets past rounds).
    pub opened_at: Option<i64>,
}

const ROUND_COLUMNS: &str = "id, title, deadline, opened_at, closed_at, draft, texts";

impl Store {
    /// Opens a round for some organisations; queues the given mails with it.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn create_round(&self, r: &NewRound, mails: &[NewJob]) -> Result<RoundId> {
        let mut tx = self.writer.begin().await?;
        let id = RoundId::new();
        sqlx::query("INSERT INTO mapping_rounds (id, title, deadline, opened_at, created_by, demo, draft, texts) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
            .bind(id.to_string())
            .bind(&r.title)
            .bind(r.deadline)
            .bind(r.opened_at.unwrap_or_else(now_ms))
            .bind(r.created_by.map(|u| u.to_string()))
            .bind(r.demo as i64)
            .bind(r.draft as i64)
            .bind(texts_json(&r.texts))
            .execute(&mut *tx)
            .await?;
        for org in &r.orgs {
            sqlx::query("INSERT INTO round_orgs (round_id, org_id) VALUES ($1, $2)")
                .bind(id.to_string())
                .bind(org.to_string())
                .execute(&mut *tx)
                .await?;
        }
        for m in mails {
            crate::jobs::insert_job(&mut tx, m).await?;
        }
        change_log::record(&mut tx, Entity::Round, &id.to_string(), "create").await?;
        tx.commit().await?;
        Ok(id)
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn close_round(&self, id: RoundId, at: i64) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let done = sqlx::query(
            "UPDATE mapping_rounds SET closed_at = $1 WHERE id = $2 AND closed_at IS NULL",
        )
        .bind(at)
        .bind(id.to_string())
        .execute(&mut *tx)
        .await?;
        change_log::commit_change(
            tx,
            done.rows_affected(),
            Entity::Round,
            &id.to_string(),
            "close",
        )
        .await
    }

    /// Opens a closed round again with a new deadline (`NotFound` when it
    /// is not closed).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn reopen_round(&self, id: RoundId, deadline: i64) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let done = sqlx::query(
            "UPDATE mapping_rounds SET closed_at = NULL, deadline = $1 WHERE id = $2 AND closed_at IS NOT NULL",
        )
        .bind(deadline)
        .bind(id.to_string())
        .execute(&mut *tx)
        .await?;
        change_log::commit_change(
            tx,
            done.rows_affected(),
            Entity::Round,
            &id.to_string(),
            "reopen",
        )
        .await
    }

    /// Changes a draft's title, texts and deadline (`NotFound` once it opened).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn update_draft_round(
        &self,
        id: RoundId,
        title: &str,
        texts: &RoundTexts,
        deadline: i64,
    ) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let done = sqlx::query(
            "UPDATE mapping_rounds SET title = $1, texts = $2, deadline = $3 WHERE id = $4 AND draft = 1",
        )
        .bind(title)
        .bind(texts_json(texts))
        .bind(deadline)
        .bind(id.to_string())
        .execute(&mut *tx)
        .await?;
        change_log::commit_change(
            tx,
            done.rows_affected(),
            Entity::Round,
            &id.to_string(),
            "edit",
        )
        .await
    }

    /// Adds organisations to a draft (those already in it stay as they
    /// are); returns how many were new. `NotFound` once it opened.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn add_round_orgs(&self, id: RoundId, orgs: &[OrgId]) -> Result<u64> {
        let mut tx = self.writer.begin().await?;
        let draft: Option<(i64,)> =
            sqlx::query_as("SELECT draft FROM mapping_rounds WHERE id = $1")
                .bind(id.to_string())
                .fetch_optional(&mut *tx)
                .await?;
        if draft != Some((1,)) {
            return Err(crate::StoreError::NotFound);
        }
        let mut added = 0;
        for org in orgs {
            added += sqlx::query(
                "INSERT INTO round_orgs (round_id, org_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            )
            .bind(id.to_string())
            .bind(org.to_string())
            .execute(&mut *tx)
            .await?
            .rows_affected();
        }
        change_log::record(&mut tx, Entity::Round, &id.to_string(), "add orgs").await?;
        tx.commit().await?;
        Ok(added)
    }

    /// Takes an organisation out of a draft (`NotFound` once it opened or
    /// when it was not in it).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn remove_round_org(&self, id: RoundId, org: OrgId) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let done = sqlx::query(
            "DELETE FROM round_orgs WHERE round_id = $1 AND org_id = $2 \
             AND round_id IN (SELECT id FROM mapping_rounds WHERE id = $1 AND draft = 1)",
        )
        .bind(id.to_string())
        .bind(org.to_string())
        .execute(&mut *tx)
        .await?;
        change_log::commit_change(
            tx,
            done.rows_affected(),
            Entity::Round,
            &id.to_string(),
            "remove org",
        )
        .await
    }

    /// Opens a draft at `at` and records its notifications (and queues their
    /// mails) in the same transaction
    /// (`NotFound` when it is not a draft: opened twice, nothing is sent twice).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn open_draft_round(
        &self,
        id: RoundId,
        at: i64,
        notes: &[crate::NewNotification],
    ) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let done = sqlx::query(
            "UPDATE mapping_rounds SET draft = 0, opened_at = $1 WHERE id = $2 AND draft = 1",
        )
        .bind(at)
        .bind(id.to_string())
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 1 {
            crate::notifications::record_notifications(&mut tx, notes).await?;
        }
        change_log::commit_change(
            tx,
            done.rows_affected(),
            Entity::Round,
            &id.to_string(),
            "open",
        )
        .await
    }

    /// Deletes a draft and its list (`NotFound` once it opened).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn delete_draft_round(&self, id: RoundId) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        sqlx::query(
            "DELETE FROM round_orgs WHERE round_id IN (SELECT id FROM mapping_rounds WHERE id = $1 AND draft = 1)",
        )
        .bind(id.to_string())
        .execute(&mut *tx)
        .await?;
        let done = sqlx::query("DELETE FROM mapping_rounds WHERE id = $1 AND draft = 1")
            .bind(id.to_string())
            .execute(&mut *tx)
            .await?;
        change_log::commit_change(
            tx,
            done.rows_affected(),
            Entity::Round,
            &id.to_string(),
            "delete",
        )
        .await
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn rounds(&self) -> Result<Vec<MappingRound>> {
        let sql =
            format!("SELECT {ROUND_COLUMNS} FROM mapping_rounds ORDER BY opened_at DESC, id DESC");
        let rows = sqlx::query(&sql).fetch_all(&self.reader).await?;
        rows.iter().map(round_from_row).collect()
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn round(&self, id: RoundId) -> Result<MappingRound> {
        let sql = format!("SELECT {ROUND_COLUMNS} FROM mapping_rounds WHERE id = $1");
        round_from_row(
            &sqlx::query(&sql)
                .bind(id.to_string())
                .fetch_one(&self.reader)
                .await?,
        )
    }

    /// The newest open round that includes `org`.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn open_round_for(&self, org: OrgId) -> Result<Option<MappingRound>> {
        let sql = "SELECT r.id, r.title, r.deadline, r.opened_at, r.closed_at, r.draft, r.texts FROM mapping_rounds r \
                   JOIN round_orgs ro ON ro.round_id = r.id WHERE ro.org_id = $1 AND r.closed_at IS NULL AND r.draft = 0 \
                   ORDER BY r.opened_at DESC LIMIT 1";
        let row = sqlx::query(sql)
            .bind(org.to_string())
            .fetch_optional(&self.writer)
            .await?;
        row.as_ref().map(round_from_row).transpose()
    }

    /// Every organisation of a round with where its profile stands.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn round_entries(&self, id: RoundId) -> Result<Vec<RoundEntry>> {
        let sql = format!(
            "SELECT {}, p.status AS profile_status, p.updated_at AS profile_updated, \
             (SELECT COUNT(*) FROM users u WHERE u.org_id = ro.org_id AND u.removed_at IS NULL AND u.role IN ({})) AS fillers \
             FROM round_orgs ro \
             JOIN orgs o ON o.id = ro.org_id \
             LEFT JOIN capacity_profiles p ON p.org_id = ro.org_id AND p.round_id = ro.round_id \
             WHERE ro.round_id = $1 ORDER BY o.region, o.name_folded",
            crate::orgs::COLUMNS_O,
            fillers_in()
        );
        let rows = sqlx::query(&sql)
            .bind(id.to_string())
            .fetch_all(&self.reader)
            .await?;
        rows.iter()
            .map(|r| {
                let status = r
                    .try_get::<Option<String>, _>("profile_status")?
                    .and_then(|s| ProfileStatus::parse(&s))
                    .unwrap_or(ProfileStatus::NotStarted);
                Ok(RoundEntry {
                    org: crate::orgs::org_from_row(r)?,
                    status,
                    updated_at: r.try_get::<Option<i64>, _>("profile_updated")?.map(from_ms),
                    fillers: u32::try_from(r.try_get::<i64, _>("fillers")?).unwrap_or(u32::MAX),
                })
            })
            .collect()
    }

    /// Organisations of an open round that have not submitted and were not
    /// reminded since `reminded_before`.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn round_orgs_to_remind(
        &self,
        id: RoundId,
        reminded_before: i64,
    ) -> Result<Vec<OrgId>> {
        let rows: Vec<(String,)> = sqlx::query_as(
            "SELECT ro.org_id FROM round_orgs ro \
             LEFT JOIN capacity_profiles p ON p.org_id = ro.org_id AND p.round_id = ro.round_id \
             WHERE ro.round_id = $1 AND (p.status IS NULL OR p.status <> 'submitted') \
               AND (ro.reminded_at IS NULL OR ro.reminded_at < $2)",
        )
        .bind(id.to_string())
        .bind(reminded_before)
        .fetch_all(&self.writer)
        .await?;
        rows.into_iter()
            .map(|(s,)| parse("org id", s.parse()))
            .collect()
    }

    /// Claims the reminder of each organisation not reminded since `since`
    /// (one conditional update per organisation, so two app servers never
    /// remind the same one) and returns those claimed.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn claim_reminders(
        &self,
        id: RoundId,
        orgs: &[OrgId],
        since: i64,
    ) -> Result<Vec<OrgId>> {
        let mut claimed = Vec::new();
        for org in orgs {
            let done = sqlx::query(
                "UPDATE round_orgs SET reminded_at = $1 WHERE round_id = $2 AND org_id = $3 \
                 AND (reminded_at IS NULL OR reminded_at < $4)",
            )
            .bind(now_ms())
            .bind(id.to_string())
            .bind(org.to_string())
            .bind(since)
            .execute(&self.writer)
            .await?;
            if done.rows_affected() == 1 {
                claimed.push(*org);
            }
        }
        Ok(claimed)
    }

    /// Queues many jobs in one transaction.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn enqueue_all(&self, jobs: &[NewJob]) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        for j in jobs {
            crate::jobs::insert_job(&mut tx, j).await?;
        }
        tx.commit().await?;
        Ok(())
    }
}

/// A round's progress in numbers, for dashboards.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RoundCounts {
    pub total: u64,
    pub submitted: u64,
    /// Organisations nobody can fill in the profile of.
    pub nobody: u64,
}

impl Store {
    /// How many organisations a round asks, how many submitted, and how many
    /// have nobody to fill in their profile: one aggregate query.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn round_counts(&self, id: RoundId) -> Result<RoundCounts> {
        let sql = format!(
            "SELECT COUNT(*) AS total, \
             COALESCE(SUM(CASE WHEN p.status = 'submitted' THEN 1 ELSE 0 END), 0) AS submitted, \
             COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM users u WHERE u.org_id = ro.org_id AND u.removed_at IS NULL AND u.role IN ({})) THEN 0 ELSE 1 END), 0) AS nobody \
             FROM round_orgs ro \
             LEFT JOIN capacity_profiles p ON p.org_id = ro.org_id AND p.round_id = ro.round_id \
             WHERE ro.round_id = $1",
            fillers_in()
        );
        let r = sqlx::query(&sql)
            .bind(id.to_string())
            .fetch_one(&self.reader)
            .await?;
        let n =
            |c: &str| -> Result<u64> { Ok(u64::try_from(r.try_get::<i64, _>(c)?).unwrap_or(0)) };
        Ok(RoundCounts {
            total: n("total")?,
            submitted: n("submitted")?,
            nobody: n("nobody")?,
        })
    }

    /// Member organisations (not archived, not the Secretariat's own) that
    /// nobody can fill in the profile of, by name, at most `limit`, and how
    /// many there are in all.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn orgs_without_fillers(&self, limit: i64) -> Result<(Vec<minga_domain::Org>, u64)> {
        let filter = format!(
            "FROM orgs o WHERE o.archived_at IS NULL AND o.kind <> 'secretariat' \
             AND NOT EXISTS (SELECT 1 FROM users u WHERE u.org_id = o.id \
             AND u.removed_at IS NULL AND u.role IN ({}))",
            fillers_in()
        );
        let (total,): (i64,) = sqlx::query_as(&format!("SELECT COUNT(*) {filter}"))
            .fetch_one(&self.reader)
            .await?;
        let rows = sqlx::query(&format!(
            "SELECT {} {filter} ORDER BY o.name_folded, o.id LIMIT $1",
            crate::orgs::COLUMNS_O
        ))
        .bind(limit)
        .fetch_all(&self.reader)
        .await?;
        let orgs = rows
            .iter()
            .map(crate::orgs::org_from_row)
            .collect::<Result<Vec<_>>>()?;
        Ok((orgs, u64::try_from(total).unwrap_or(0)))
    }

    /// Every exchange in the network counted by status code.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn exchanges_by_status(&self) -> Result<Vec<(String, i64)>> {
        Ok(sqlx::query_as(
            "SELECT status, COUNT(*) FROM peer_exchanges GROUP BY status ORDER BY status",
        )
        .fetch_all(&self.reader)
        .await?)
    }
}
