//! Peer exchanges between members, and their counts for matching.

use crate::notifications::{record_notifications, NewNotification};
use crate::row::{from_ms, now_ms, opt, parse};
use crate::{change_log, Result, Store};
use minga_domain::capacity::ItemCode;
use minga_domain::exchange::{
    Exchange, ExchangeFilter, ExchangeMessage, ExchangeStatus, ExchangeSummary, OpenRequest,
};
use minga_domain::matching::ItemRecord;
use minga_domain::{Entity, ExchangeId, MessageId, Page, User};
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
    /// How each helper's exchanges on each item ended.
    pub on_item: HashMap<(OrgId, ItemCode), ItemRecord>,
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
        let rows: Vec<(String, String, String, String, i64, i64)> = sqlx::query_as(
            "SELECT helper_org, seeker_org, item, status, \
               CASE WHEN seeker_outcome <> '' THEN 1 ELSE 0 END AS learnt, COUNT(*) \
             FROM peer_exchanges GROUP BY helper_org, seeker_org, item, status, \
               CASE WHEN seeker_outcome <> '' THEN 1 ELSE 0 END",
        )
        .fetch_all(&self.reader)
        .await?;
        let mut c = ExchangeCounts::default();
        for (helper, seeker, item, status, learnt, n) in rows {
            let helper: OrgId = parse("org id", helper.parse())?;
            let seeker: OrgId = parse("org id", seeker.parse())?;
            let item = parse("item", ItemCode::parse(&item))?;
            let n = n.max(0) as u32;
            match status.as_str() {
                "requested" | "agreed" | "in_progress" => *c.open.entry(helper).or_default() += n,
                "completed" => {
                    *c.completed.entry(helper).or_default() += n;
                    *c.completed_pairs.entry((helper, seeker)).or_default() += n;
                    let r = c.on_item.entry((helper, item)).or_default();
                    r.completed += n;
                    if learnt == 1 {
                        r.learnt += n;
                    }
                }
                "declined" => c.on_item.entry((helper, item)).or_default().declined += n,
                _ => {}
            }
        }
        Ok(c)
    }
}

const EXCHANGE_COLUMNS: &str =
    "id, item, seeker_org, helper_org, status, message, reply, seeker_outcome, helper_outcome, requested_by, answered_by, created_at, updated_at";

fn user_id(r: &AnyRow, column: &str) -> Result<Option<UserId>> {
    r.try_get::<Option<String>, _>(column)?
        .map(|s| parse("user id", s.parse()))
        .transpose()
}

fn exchange_from_row(r: &AnyRow) -> Result<Exchange> {
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
        requested_by: user_id(r, "requested_by")?,
        answered_by: user_id(r, "answered_by")?,
        created_at: from_ms(r.try_get("created_at")?),
        updated_at: from_ms(r.try_get("updated_at")?),
    })
}

impl Store {
    /// Records a request for an exchange with its notifications (and their mails, which link to `id`).
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
        notes: &[NewNotification],
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
        record_notifications(&mut tx, notes).await?;
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
    pub async fn exchanges_of(&self, org: OrgId) -> Result<Vec<Exchange>> {
        let sql = format!("SELECT {EXCHANGE_COLUMNS} FROM peer_exchanges WHERE seeker_org = $1 OR helper_org = $1 ORDER BY updated_at DESC, id DESC");
        let rows = sqlx::query(&sql)
            .bind(org.to_string())
            .fetch_all(&self.reader)
            .await?;
        rows.iter().map(exchange_from_row).collect()
    }

    /// Moves an exchange from `from` to `to` (only if it is still at `from`,
    /// so two people answering at once cannot both win), with the texts of
    /// this step, and records its notifications (with their mails).
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
        answered_by: Option<UserId>,
        notes: &[NewNotification],
    ) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let done = sqlx::query(
            "UPDATE peer_exchanges SET status = $1, reply = COALESCE($2, reply), seeker_outcome = COALESCE($3, seeker_outcome), \
             helper_outcome = COALESCE($4, helper_outcome), updated_at = $5, answered_by = COALESCE($8, answered_by) \
             WHERE id = $6 AND status = $7",
        )
        .bind(to.code())
        .bind(reply)
        .bind(seeker_outcome)
        .bind(helper_outcome)
        .bind(now_ms())
        .bind(id.to_string())
        .bind(from.code())
        .bind(answered_by.map(|u| u.to_string()))
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 1 {
            record_notifications(&mut tx, notes).await?;
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

impl Store {
    /// The open requests `seeker` has made (to whom, about what), in one read.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn open_requests_of(&self, seeker: OrgId) -> Result<Vec<OpenRequest>> {
        let rows: Vec<(String, String, String, String)> = sqlx::query_as(
            "SELECT id, helper_org, item, status FROM peer_exchanges \
             WHERE seeker_org = $1 AND status IN ('requested', 'agreed', 'in_progress')",
        )
        .bind(seeker.to_string())
        .fetch_all(&self.reader)
        .await?;
        rows.into_iter()
            .map(|(id, helper, item, status)| {
                Ok(OpenRequest {
                    id: parse("exchange id", id.parse())?,
                    helper: parse("org id", helper.parse())?,
                    item: parse("item", ItemCode::parse(&item))?,
                    status: opt("exchange status", ExchangeStatus::parse(&status))?,
                })
            })
            .collect()
    }

    /// Adds a message to an exchange's thread and records its notifications (with their mails).
    #[allow(clippy::too_many_arguments)]
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn add_exchange_message(
        &self,
        id: MessageId,
        exchange: ExchangeId,
        author: UserId,
        author_org: OrgId,
        body: &str,
        body_html: &str,
        notes: &[NewNotification],
    ) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        sqlx::query(
            "INSERT INTO exchange_messages (id, exchange_id, author_id, author_org, body, body_html, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(id.to_string())
        .bind(exchange.to_string())
        .bind(author.to_string())
        .bind(author_org.to_string())
        .bind(body)
        .bind(body_html)
        .bind(now_ms())
        .execute(&mut *tx)
        .await?;
        record_notifications(&mut tx, notes).await?;
        change_log::record(&mut tx, Entity::Exchange, &exchange.to_string(), "message").await?;
        tx.commit().await?;
        Ok(())
    }

    /// An exchange's thread, oldest first, with each author's name and organisation.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn exchange_messages(&self, exchange: ExchangeId) -> Result<Vec<ExchangeMessage>> {
        let rows = sqlx::query(
            "SELECT m.id, m.author_id, u.name AS author_name, m.author_org, o.name AS org_name, \
               m.body, m.body_html, m.created_at \
             FROM exchange_messages m JOIN users u ON u.id = m.author_id JOIN orgs o ON o.id = m.author_org \
             WHERE m.exchange_id = $1 ORDER BY m.created_at, m.id",
        )
        .bind(exchange.to_string())
        .fetch_all(&self.writer)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(ExchangeMessage {
                    id: parse("message id", r.try_get::<String, _>("id")?.parse())?,
                    author: parse("user id", r.try_get::<String, _>("author_id")?.parse())?,
                    author_name: r.try_get("author_name")?,
                    org: parse("org id", r.try_get::<String, _>("author_org")?.parse())?,
                    org_name: r.try_get("org_name")?,
                    body: r.try_get("body")?,
                    body_html: r.try_get("body_html")?,
                    created_at: from_ms(r.try_get("created_at")?),
                })
            })
            .collect()
    }

    /// The people taking part in an exchange: who asked, who answered, who
    /// wrote in its thread, and the admins of both organisations. Only
    /// people of the two organisations (not the Secretariat), by name.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn exchange_people(&self, x: &Exchange) -> Result<Vec<User>> {
        let sql = format!(
            "SELECT {} FROM users u WHERE u.org_id IN ($2, $3) AND ( \
               u.role = 'org_admin' \
               OR u.id IN (SELECT requested_by FROM peer_exchanges WHERE id = $1 AND requested_by IS NOT NULL) \
               OR u.id IN (SELECT answered_by FROM peer_exchanges WHERE id = $1 AND answered_by IS NOT NULL) \
               OR u.id IN (SELECT author_id FROM exchange_messages WHERE exchange_id = $1)) \
             ORDER BY u.name, u.id",
            crate::users::COLUMNS
        );
        let rows = sqlx::query(&sql)
            .bind(x.id.to_string())
            .bind(x.seeker.to_string())
            .bind(x.helper.to_string())
            .fetch_all(&self.writer)
            .await?;
        rows.iter().map(crate::users::user_from_row).collect()
    }

    /// Every exchange that passes `filter`, most recently changed first, a
    /// page of `per_page` at a time, with its organisations' names.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn all_exchanges(
        &self,
        filter: &ExchangeFilter,
        page: u32,
        per_page: u32,
    ) -> Result<Page<ExchangeSummary>> {
        let mut clauses: Vec<String> = Vec::new();
        let mut args: Vec<String> = Vec::new();
        let mut push = |clause: &str, arg: String, args: &mut Vec<String>| {
            args.push(arg);
            clauses.push(clause.replace('?', &format!("${}", args.len())));
        };
        if let Some(st) = filter.status {
            push("x.status = ?", st.code().into(), &mut args);
        }
        if let Some(item) = &filter.item {
            push("x.item = ?", item.as_str().into(), &mut args);
        }
        if let Some(r) = filter.region {
            push("(s.region = ? OR h.region = ?)", r.code().into(), &mut args);
        }
        if let Some(g) = filter.group {
            push("(s.grp = ? OR h.grp = ?)", g.code().into(), &mut args);
        }
        let where_sql = if clauses.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", clauses.join(" AND "))
        };
        let from = "FROM peer_exchanges x JOIN orgs s ON s.id = x.seeker_org JOIN orgs h ON h.id = x.helper_org";
        let per_page = per_page.clamp(1, 200);
        let page = page.max(1);
        let count_sql = format!("SELECT COUNT(*) {from}{where_sql}");
        let mut q = sqlx::query(&count_sql);
        for a in &args {
            q = q.bind(a.as_str());
        }
        let total: i64 = q.fetch_one(&self.reader).await?.try_get(0)?;
        let cols: String = EXCHANGE_COLUMNS
            .split(", ")
            .map(|c| format!("x.{c}"))
            .collect::<Vec<_>>()
            .join(", ");
        let list_sql = format!(
            "SELECT {cols}, s.name AS seeker_name, h.name AS helper_name {from}{where_sql} \
             ORDER BY x.updated_at DESC, x.id DESC LIMIT {per_page} OFFSET {}",
            (page as u64 - 1) * per_page as u64
        );
        let mut q = sqlx::query(&list_sql);
        for a in &args {
            q = q.bind(a.as_str());
        }
        let items = q
            .fetch_all(&self.reader)
            .await?
            .iter()
            .map(|r| {
                Ok(ExchangeSummary {
                    exchange: exchange_from_row(r)?,
                    seeker_name: r.try_get("seeker_name")?,
                    helper_name: r.try_get("helper_name")?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Page {
            items,
            total: total.max(0) as u64,
            page,
            per_page,
        })
    }
}
