//! Peer exchanges between members, and their counts for matching.

use crate::row::{from_ms, now_ms, opt, parse};
use crate::{change_log, jobs::NewJob, Result, Store};
use minga_domain::capacity::ItemCode;
use minga_domain::Entity;
use minga_domain::{OrgId, UserId};
use sqlx::any::AnyRow;
use sqlx::Row;
use std::collections::HashMap;

/// Counts of peer exchanges per helper, for matching.
#[derive(Debug, Clone, Default)]
pub struct ExchangeCounts {
    pub open: HashMap<OrgId, u32>,
    pub completed: HashMap<OrgId, u32>,
    pub completed_pairs: HashMap<(OrgId, OrgId), u32>,
}

impl Store {
    /// How many requests wait for `org`'s answer (it is the helper).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn requests_waiting(&self, org: OrgId) -> Result<u64> {
        let (n,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM peer_exchanges WHERE helper_org = $1 AND status = 'requested'",
        )
        .bind(org.to_string())
        .fetch_one(&self.reader)
        .await?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// Open and completed exchanges per helper, for matching.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn exchange_counts(&self) -> Result<ExchangeCounts> {
        let rows: Vec<(String, String, String, i64)> = sqlx::query_as(
            "SELECT helper_org, seeker_org, status, COUNT(*) FROM peer_exchanges GROUP BY helper_org, seeker_org, status",
        )
        .fetch_all(&self.reader)
        .await?;
        let mut c = ExchangeCounts::default();
        for (helper, seeker, status, n) in rows {
            let helper: OrgId = parse("org id", helper.parse())?;
            let seeker: OrgId = parse("org id", seeker.parse())?;
            let n = n.max(0) as u32;
            match status.as_str() {
                "requested" | "agreed" | "in_progress" => *c.open.entry(helper).or_default() += n,
                "completed" => {
                    *c.completed.entry(helper).or_default() += n;
                    *c.completed_pairs.entry((helper, seeker)).or_default() += n;
                }
                _ => {}
            }
        }
        Ok(c)
    }
}

const EXCHANGE_COLUMNS: &str =
    "id, item, seeker_org, helper_org, status, message, reply, seeker_outcome, helper_outcome, created_at, updated_at";

fn exchange_from_row(r: &AnyRow) -> Result<minga_domain::exchange::Exchange> {
    use minga_domain::exchange::{Exchange, ExchangeStatus};
    Ok(Exchange {
        id: parse("exchange id", r.try_get::<String, _>("id")?.parse())?,
        item: parse("item", ItemCode::parse(&r.try_get::<String, _>("item")?))?,
        seeker: parse("org id", r.try_get::<String, _>("seeker_org")?.parse())?,
        helper: parse("org id", r.try_get::<String, _>("helper_org")?.parse())?,
        status: opt(
            "exchange status",
            ExchangeStatus::parse(&r.try_get::<String, _>("status")?),
        )?,
        message: r.try_get("message")?,
        reply: r.try_get("reply")?,
        seeker_outcome: r.try_get("seeker_outcome")?,
        helper_outcome: r.try_get("helper_outcome")?,
        created_at: from_ms(r.try_get("created_at")?),
        updated_at: from_ms(r.try_get("updated_at")?),
    })
}

impl Store {
    /// Records a request for an exchange and queues its mails (which link to `id`).
    #[allow(clippy::too_many_arguments)]
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn create_exchange(
        &self,
        id: minga_domain::ExchangeId,
        item: &ItemCode,
        seeker: OrgId,
        helper: OrgId,
        message: &str,
        by: UserId,
        mails: &[NewJob],
    ) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let now = now_ms();
        sqlx::query(
            "INSERT INTO peer_exchanges (id, item, seeker_org, helper_org, status, message, requested_by, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, 'requested', $5, $6, $7, $7)",
        )
        .bind(id.to_string())
        .bind(item.as_str())
        .bind(seeker.to_string())
        .bind(helper.to_string())
        .bind(message)
        .bind(by.to_string())
        .bind(now)
        .execute(&mut *tx)
        .await?;
        for m in mails {
            crate::jobs::insert_job(&mut tx, m).await?;
        }
        change_log::record(&mut tx, Entity::Exchange, &id.to_string(), "create").await?;
        tx.commit().await?;
        Ok(())
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn exchange(
        &self,
        id: minga_domain::ExchangeId,
    ) -> Result<minga_domain::exchange::Exchange> {
        let sql = format!("SELECT {EXCHANGE_COLUMNS} FROM peer_exchanges WHERE id = $1");
        exchange_from_row(
            &sqlx::query(&sql)
                .bind(id.to_string())
                .fetch_one(&self.writer)
                .await?,
        )
    }

    /// Exchanges an organisation takes part in, newest first.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn exchanges_of(&self, org: OrgId) -> Result<Vec<minga_domain::exchange::Exchange>> {
        let sql = format!("SELECT {EXCHANGE_COLUMNS} FROM peer_exchanges WHERE seeker_org = $1 OR helper_org = $1 ORDER BY updated_at DESC, id DESC");
        let rows = sqlx::query(&sql)
            .bind(org.to_string())
            .fetch_all(&self.reader)
            .await?;
        rows.iter().map(exchange_from_row).collect()
    }

    /// Moves an exchange from `from` to `to` (only if it is still at `from`,
    /// so two people answering at once cannot both win), with the texts of
    /// this step, and queues its mails.
    #[allow(clippy::too_many_arguments)]
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn update_exchange(
        &self,
        id: minga_domain::ExchangeId,
        from: minga_domain::exchange::ExchangeStatus,
        to: minga_domain::exchange::ExchangeStatus,
        reply: Option<&str>,
        seeker_outcome: Option<&str>,
        helper_outcome: Option<&str>,
        mails: &[NewJob],
    ) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let done = sqlx::query(
            "UPDATE peer_exchanges SET status = $1, reply = COALESCE($2, reply), seeker_outcome = COALESCE($3, seeker_outcome), \
             helper_outcome = COALESCE($4, helper_outcome), updated_at = $5 WHERE id = $6 AND status = $7",
        )
        .bind(to.code())
        .bind(reply)
        .bind(seeker_outcome)
        .bind(helper_outcome)
        .bind(now_ms())
        .bind(id.to_string())
        .bind(from.code())
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 1 {
            for m in mails {
                crate::jobs::insert_job(&mut tx, m).await?;
            }
        }
        change_log::commit_change(
            tx,
            done.rows_affected(),
            Entity::Exchange,
            &id.to_string(),
            to.code(),
        )
        .await
    }
}
