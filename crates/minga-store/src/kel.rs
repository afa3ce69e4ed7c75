//! The KEL strategy (issue 13): objectives with their texts per language,
//! learning initiatives with milestones, contributions, outputs and the
//! timeline. Every write is a change of `Entity::Initiative` and (but for
//! objectives) a line of the initiative's timeline, in one transaction.

use crate::row::{from_ms, now_ms, opt, parse};
use crate::{change_log, Result, Store, StoreError};
use chrono::{DateTime, NaiveDate, Utc};
use minga_domain::kel::{
    ContributionState, InitiativeFields, InitiativeState, LogKind, MilestoneStatus, OutputKind,
};
use minga_domain::library::Lang;
use minga_domain::{
    ContributionId, Entity, InitiativeId, MilestoneId, ObjectiveId, OrgId, OutputId, UserId,
};
use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};

/// An objective of the strategy with its texts, in the order written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredObjective {
    pub id: ObjectiveId,
    pub position: i64,
    /// (language, title, text).
    pub texts: Vec<(Lang, String, String)>,
}

/// An initiative's own fields, with its lead's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredInitiative {
    pub id: InitiativeId,
    pub objective: ObjectiveId,
    pub lead: OrgId,
    pub lead_name: String,
    pub lead_slug: String,
    pub fields: InitiativeFields,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Milestones done and all milestones but dropped ones.
    pub milestones_done: i64,
    pub milestones: i64,
    /// Organisations whose contribution was accepted.
    pub contributors: i64,
    /// Contributions waiting for the lead's answer.
    pub offers: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Milestone {
    pub id: MilestoneId,
    pub title: String,
    pub due_on: NaiveDate,
    pub status: MilestoneStatus,
    pub done_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contribution {
    pub id: ContributionId,
    pub org: OrgId,
    pub org_name: String,
    pub org_slug: String,
    pub offered_by: Option<UserId>,
    pub offered_by_name: String,
    pub what: String,
    pub by_when: NaiveDate,
    pub who: String,
    pub state: ContributionState,
    pub reason: String,
    pub answered_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    pub id: OutputId,
    pub kind: OutputKind,
    pub target: String,
    pub org: OrgId,
    pub org_name: String,
    pub created_at: DateTime<Utc>,
}

/// A line of the timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogLine {
    pub kind: LogKind,
    /// The organisation the line is about (who offered, added…).
    pub org: Option<OrgId>,
    pub actor_name: String,
    pub org_name: String,
    pub detail: String,
    pub at: DateTime<Utc>,
}

/// Everything an initiative's page shows besides its own fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InitiativeParts {
    pub milestones: Vec<Milestone>,
    pub contributions: Vec<Contribution>,
    /// Accepted contributors: (id, slug, name).
    pub contributors: Vec<(OrgId, String, String)>,
    pub outputs: Vec<Output>,
    pub log: Vec<LogLine>,
}

fn date(raw: &str) -> Result<NaiveDate> {
    parse("date", NaiveDate::parse_from_str(raw, "%Y-%m-%d"))
}

fn opt_date(r: &AnyRow, col: &str) -> Result<Option<NaiveDate>> {
    r.try_get::<Option<String>, _>(col)?
        .map(|d| date(&d))
        .transpose()
}

fn day(d: Option<NaiveDate>) -> Option<String> {
    d.map(|d| d.format("%Y-%m-%d").to_string())
}

fn id_of<T: std::str::FromStr>(r: &AnyRow, col: &str) -> Result<T>
where
    T::Err: std::fmt::Display,
{
    parse(col, r.try_get::<String, _>(col)?.parse())
}

const INITIATIVE_COLUMNS: &str = "i.*, o.name AS lead_name, o.slug AS lead_slug, \
    (SELECT COUNT(*) FROM initiative_milestones m WHERE m.initiative_id = i.id AND m.status = 'done') AS m_done, \
    (SELECT COUNT(*) FROM initiative_milestones m WHERE m.initiative_id = i.id AND m.status <> 'dropped') AS m_all, \
    (SELECT COUNT(*) FROM initiative_orgs c WHERE c.initiative_id = i.id) AS n_orgs, \
    (SELECT COUNT(*) FROM initiative_contributions c WHERE c.initiative_id = i.id AND c.state = 'offered') AS n_offers";

fn initiative_from_row(r: &AnyRow) -> Result<StoredInitiative> {
    Ok(StoredInitiative {
        id: id_of(r, "id")?,
        objective: id_of(r, "objective_id")?,
        lead: id_of(r, "lead_org_id")?,
        lead_name: r.try_get("lead_name")?,
        lead_slug: r.try_get("lead_slug")?,
        fields: InitiativeFields {
            state: opt(
                "initiative state",
                InitiativeState::parse(&r.try_get::<String, _>("state")?),
            )?,
            lang: opt("language", Lang::parse(&r.try_get::<String, _>("lang")?))?,
            title: r.try_get("title")?,
            summary: r.try_get("summary")?,
            starts_on: opt_date(r, "starts_on")?,
            ends_on: opt_date(r, "ends_on")?,
            partners: r.try_get::<i64, _>("admits_partners")? != 0,
        },
        created_at: from_ms(r.try_get("created_at")?),
        updated_at: from_ms(r.try_get("updated_at")?),
        milestones_done: r.try_get("m_done")?,
        milestones: r.try_get("m_all")?,
        contributors: r.try_get("n_orgs")?,
        offers: r.try_get("n_offers")?,
    })
}

/// Writes a line of the timeline and the change, in `tx`.
async fn log(
    tx: &mut Transaction<'_, Any>,
    initiative: InitiativeId,
    kind: LogKind,
    by: Option<UserId>,
    org: Option<OrgId>,
    detail: &str,
) -> Result<()> {
    let key = initiative.to_string();
    sqlx::query(
        "INSERT INTO initiative_log (id, initiative_id, kind, actor_id, org_id, detail, at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(uuid::Uuid::now_v7().to_string())
    .bind(&key)
    .bind(kind.code())
    .bind(by.map(|u| u.to_string()))
    .bind(org.map(|o| o.to_string()))
    .bind(detail)
    .bind(now_ms())
    .execute(&mut **tx)
    .await?;
    sqlx::query("UPDATE initiatives SET updated_at = $1 WHERE id = $2")
        .bind(now_ms())
        .bind(&key)
        .execute(&mut **tx)
        .await?;
    change_log::record(tx, Entity::Initiative, &key, kind.code()).await?;
    Ok(())
}

impl Store {
    /// The strategy's objectives, in their order.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn objectives(&self) -> Result<Vec<StoredObjective>> {
        let rows = sqlx::query(
            "SELECT o.id, o.position, t.lang, t.title, t.body FROM kel_objectives o \
             JOIN kel_objective_texts t ON t.objective_id = o.id ORDER BY o.position, o.id, t.lang",
        )
        .fetch_all(&self.reader)
        .await?;
        let mut out: Vec<StoredObjective> = Vec::new();
        for r in &rows {
            let id: ObjectiveId = id_of(r, "id")?;
            let text = (
                opt("language", Lang::parse(&r.try_get::<String, _>("lang")?))?,
                r.try_get("title")?,
                r.try_get("body")?,
            );
            match out.last_mut() {
                Some(o) if o.id == id => o.texts.push(text),
                _ => out.push(StoredObjective {
                    id,
                    position: r.try_get("position")?,
                    texts: vec![text],
                }),
            }
        }
        Ok(out)
    }

    /// Writes an objective's texts (all of them: a language left out is
    /// removed), adding it at the end when it is new.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn save_objective(
        &self,
        id: ObjectiveId,
        texts: &[(Lang, String, String)],
    ) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let now = now_ms();
        let key = id.to_string();
        sqlx::query(
            "INSERT INTO kel_objectives (id, position, created_at, updated_at) \
             VALUES ($1, (SELECT COALESCE(MAX(position), 0) + 1 FROM kel_objectives), $2, $2) \
             ON CONFLICT (id) DO UPDATE SET updated_at = $2",
        )
        .bind(&key)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM kel_objective_texts WHERE objective_id = $1")
            .bind(&key)
            .execute(&mut *tx)
            .await?;
        for (lang, title, body) in texts {
            sqlx::query(
                "INSERT INTO kel_objective_texts (objective_id, lang, title, body) VALUES ($1, $2, $3, $4)",
            )
            .bind(&key)
            .bind(lang.code())
            .bind(title)
            .bind(body)
            .execute(&mut *tx)
            .await?;
        }
        change_log::record(&mut tx, Entity::Initiative, &key, "objective").await?;
        tx.commit().await?;
        Ok(())
    }

    /// Starts an initiative.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn insert_initiative(
        &self,
        id: InitiativeId,
        objective: ObjectiveId,
        lead: OrgId,
        f: &InitiativeFields,
        by: UserId,
    ) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let now = now_ms();
        sqlx::query(
            "INSERT INTO initiatives (id, objective_id, lead_org_id, state, lang, title, summary, \
             starts_on, ends_on, admits_partners, created_by, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12)",
        )
        .bind(id.to_string())
        .bind(objective.to_string())
        .bind(lead.to_string())
        .bind(f.state.code())
        .bind(f.lang.code())
        .bind(&f.title)
        .bind(&f.summary)
        .bind(day(f.starts_on))
        .bind(day(f.ends_on))
        .bind(i64::from(f.partners))
        .bind(by.to_string())
        .bind(now)
        .execute(&mut *tx)
        .await?;
        log(
            &mut tx,
            id,
            LogKind::Created,
            Some(by),
            Some(lead),
            &f.title,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Changes an initiative's fields, objective and lead.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn update_initiative(
        &self,
        id: InitiativeId,
        objective: ObjectiveId,
        lead: OrgId,
        f: &InitiativeFields,
        by: UserId,
    ) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let n = sqlx::query(
            "UPDATE initiatives SET objective_id = $1, lead_org_id = $2, state = $3, lang = $4, \
             title = $5, summary = $6, starts_on = $7, ends_on = $8, admits_partners = $9 WHERE id = $10",
        )
        .bind(objective.to_string())
        .bind(lead.to_string())
        .bind(f.state.code())
        .bind(f.lang.code())
        .bind(&f.title)
        .bind(&f.summary)
        .bind(day(f.starts_on))
        .bind(day(f.ends_on))
        .bind(i64::from(f.partners))
        .bind(id.to_string())
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n == 0 {
            return Err(StoreError::NotFound);
        }
        log(&mut tx, id, LogKind::Edited, Some(by), None, f.state.code()).await?;
        tx.commit().await?;
        Ok(())
    }

    /// An initiative with its counts.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn initiative(&self, id: InitiativeId) -> Result<Option<StoredInitiative>> {
        sqlx::query(&format!(
            "SELECT {INITIATIVE_COLUMNS} FROM initiatives i JOIN orgs o ON o.id = i.lead_org_id WHERE i.id = $1"
        ))
        .bind(id.to_string())
        .fetch_optional(&self.reader)
        .await?
        .map(|r| initiative_from_row(&r))
        .transpose()
    }

    /// Every initiative, newest first within each objective.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn initiatives(&self) -> Result<Vec<StoredInitiative>> {
        sqlx::query(&format!(
            "SELECT {INITIATIVE_COLUMNS} FROM initiatives i JOIN orgs o ON o.id = i.lead_org_id \
             ORDER BY i.objective_id, i.created_at DESC"
        ))
        .fetch_all(&self.reader)
        .await?
        .iter()
        .map(initiative_from_row)
        .collect()
    }

    /// The initiatives `org` leads or contributes to.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn initiatives_of(&self, org: OrgId) -> Result<Vec<InitiativeId>> {
        let rows: Vec<(String,)> = sqlx::query_as(
            "SELECT id FROM initiatives WHERE lead_org_id = $1 \
             UNION SELECT initiative_id FROM initiative_orgs WHERE org_id = $1",
        )
        .bind(org.to_string())
        .fetch_all(&self.reader)
        .await?;
        rows.into_iter()
            .map(|(i,)| parse("initiative id", i.parse()))
            .collect()
    }

    /// An initiative's milestones, contributions, contributors, outputs
    /// and timeline (newest first).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn initiative_parts(&self, id: InitiativeId) -> Result<InitiativeParts> {
        let key = id.to_string();
        let milestones = sqlx::query(
            "SELECT id, title, due_on, status, done_at FROM initiative_milestones \
             WHERE initiative_id = $1 ORDER BY due_on, created_at",
        )
        .bind(&key)
        .fetch_all(&self.reader)
        .await?
        .iter()
        .map(|r| {
            Ok(Milestone {
                id: id_of(r, "id")?,
                title: r.try_get("title")?,
                due_on: date(&r.try_get::<String, _>("due_on")?)?,
                status: opt(
                    "milestone status",
                    MilestoneStatus::parse(&r.try_get::<String, _>("status")?),
                )?,
                done_at: r.try_get::<Option<i64>, _>("done_at")?.map(from_ms),
            })
        })
        .collect::<Result<Vec<_>>>()?;
        let contributions = sqlx::query(
            "SELECT c.*, o.name AS org_name, o.slug AS org_slug, COALESCE(u.name, '') AS by_name \
             FROM initiative_contributions c JOIN orgs o ON o.id = c.org_id \
             LEFT JOIN users u ON u.id = c.offered_by \
             WHERE c.initiative_id = $1 ORDER BY c.created_at",
        )
        .bind(&key)
        .fetch_all(&self.reader)
        .await?
        .iter()
        .map(|r| {
            let by: Option<String> = r.try_get("offered_by")?;
            Ok(Contribution {
                id: id_of(r, "id")?,
                org: id_of(r, "org_id")?,
                org_name: r.try_get("org_name")?,
                org_slug: r.try_get("org_slug")?,
                offered_by: by.map(|u| parse("user id", u.parse())).transpose()?,
                offered_by_name: r.try_get("by_name")?,
                what: r.try_get("what")?,
                by_when: date(&r.try_get::<String, _>("by_when")?)?,
                who: r.try_get("who")?,
                state: opt(
                    "contribution state",
                    ContributionState::parse(&r.try_get::<String, _>("state")?),
                )?,
                reason: r.try_get("reason")?,
                answered_at: r.try_get::<Option<i64>, _>("answered_at")?.map(from_ms),
                created_at: from_ms(r.try_get("created_at")?),
            })
        })
        .collect::<Result<Vec<_>>>()?;
        let contributors = sqlx::query(
            "SELECT o.id, o.slug, o.name FROM initiative_orgs c JOIN orgs o ON o.id = c.org_id \
             WHERE c.initiative_id = $1 ORDER BY c.since",
        )
        .bind(&key)
        .fetch_all(&self.reader)
        .await?
        .iter()
        .map(|r| Ok((id_of(r, "id")?, r.try_get("slug")?, r.try_get("name")?)))
        .collect::<Result<Vec<_>>>()?;
        let outputs = sqlx::query(
            "SELECT x.id, x.kind, x.target, x.org_id, o.name AS org_name, x.created_at \
             FROM initiative_outputs x JOIN orgs o ON o.id = x.org_id \
             WHERE x.initiative_id = $1 ORDER BY x.created_at",
        )
        .bind(&key)
        .fetch_all(&self.reader)
        .await?
        .iter()
        .map(|r| {
            Ok(Output {
                id: id_of(r, "id")?,
                kind: opt(
                    "output kind",
                    OutputKind::parse(&r.try_get::<String, _>("kind")?),
                )?,
                target: r.try_get("target")?,
                org: id_of(r, "org_id")?,
                org_name: r.try_get("org_name")?,
                created_at: from_ms(r.try_get("created_at")?),
            })
        })
        .collect::<Result<Vec<_>>>()?;
        let log = sqlx::query(
            "SELECT l.kind, l.org_id, l.detail, l.at, COALESCE(u.name, '') AS actor_name, \
             COALESCE(o.name, '') AS org_name FROM initiative_log l \
             LEFT JOIN users u ON u.id = l.actor_id LEFT JOIN orgs o ON o.id = l.org_id \
             WHERE l.initiative_id = $1 ORDER BY l.at DESC, l.id DESC",
        )
        .bind(&key)
        .fetch_all(&self.reader)
        .await?
        .iter()
        .map(|r| {
            Ok(LogLine {
                kind: opt("log kind", LogKind::parse(&r.try_get::<String, _>("kind")?))?,
                org: r
                    .try_get::<Option<String>, _>("org_id")?
                    .map(|o| parse("org id", o.parse()))
                    .transpose()?,
                actor_name: r.try_get("actor_name")?,
                org_name: r.try_get("org_name")?,
                detail: r.try_get("detail")?,
                at: from_ms(r.try_get("at")?),
            })
        })
        .collect::<Result<Vec<_>>>()?;
        Ok(InitiativeParts {
            milestones,
            contributions,
            contributors,
            outputs,
            log,
        })
    }

    /// Whether `org` is an accepted contributor of an initiative.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn contributes_to(&self, id: InitiativeId, org: OrgId) -> Result<bool> {
        let row: Option<(i64,)> = sqlx::query_as(
            "SELECT 1 FROM initiative_orgs WHERE initiative_id = $1 AND org_id = $2",
        )
        .bind(id.to_string())
        .bind(org.to_string())
        .fetch_optional(&self.reader)
        .await?;
        Ok(row.is_some())
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn add_milestone(
        &self,
        id: InitiativeId,
        title: &str,
        due: NaiveDate,
        by: UserId,
    ) -> Result<MilestoneId> {
        let mut tx = self.writer.begin().await?;
        let mid = MilestoneId::new();
        sqlx::query(
            "INSERT INTO initiative_milestones (id, initiative_id, title, due_on, status, created_at) \
             VALUES ($1, $2, $3, $4, 'pending', $5)",
        )
        .bind(mid.to_string())
        .bind(id.to_string())
        .bind(title)
        .bind(due.format("%Y-%m-%d").to_string())
        .bind(now_ms())
        .execute(&mut *tx)
        .await?;
        log(&mut tx, id, LogKind::MilestoneAdded, Some(by), None, title).await?;
        tx.commit().await?;
        Ok(mid)
    }

    /// Sets a milestone's status; `NotFound` when it is not the
    /// initiative's, `Conflict` when it already has that status.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn set_milestone(
        &self,
        id: InitiativeId,
        milestone: MilestoneId,
        status: MilestoneStatus,
        by: UserId,
    ) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let row: Option<(String, String)> = sqlx::query_as(
            "SELECT title, status FROM initiative_milestones WHERE id = $1 AND initiative_id = $2",
        )
        .bind(milestone.to_string())
        .bind(id.to_string())
        .fetch_optional(&mut *tx)
        .await?;
        let Some((title, current)) = row else {
            return Err(StoreError::NotFound);
        };
        if current == status.code() {
            return Err(StoreError::Conflict("the milestone has that status".into()));
        }
        sqlx::query("UPDATE initiative_milestones SET status = $1, done_at = $2 WHERE id = $3")
            .bind(status.code())
            .bind((status == MilestoneStatus::Done).then(now_ms))
            .bind(milestone.to_string())
            .execute(&mut *tx)
            .await?;
        let kind = match status {
            MilestoneStatus::Done => LogKind::MilestoneDone,
            MilestoneStatus::Dropped => LogKind::MilestoneDropped,
            MilestoneStatus::Pending => LogKind::MilestoneReopened,
        };
        log(&mut tx, id, kind, Some(by), None, &title).await?;
        tx.commit().await?;
        Ok(())
    }

    /// `org` offers a contribution.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn offer_contribution(
        &self,
        id: InitiativeId,
        org: OrgId,
        by: UserId,
        what: &str,
        by_when: NaiveDate,
        who: &str,
    ) -> Result<ContributionId> {
        let mut tx = self.writer.begin().await?;
        let cid = ContributionId::new();
        sqlx::query(
            "INSERT INTO initiative_contributions (id, initiative_id, org_id, offered_by, what, \
             by_when, who, state, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, 'offered', $8)",
        )
        .bind(cid.to_string())
        .bind(id.to_string())
        .bind(org.to_string())
        .bind(by.to_string())
        .bind(what)
        .bind(by_when.format("%Y-%m-%d").to_string())
        .bind(who)
        .bind(now_ms())
        .execute(&mut *tx)
        .await?;
        log(&mut tx, id, LogKind::Offered, Some(by), Some(org), what).await?;
        tx.commit().await?;
        Ok(cid)
    }

    /// The lead's answer to an offer still waiting for one (`Conflict`
    /// otherwise); accepting makes its organisation a contributor.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn answer_contribution(
        &self,
        id: InitiativeId,
        contribution: ContributionId,
        accept: bool,
        reason: &str,
        by: UserId,
    ) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let now = now_ms();
        let to = if accept {
            ContributionState::Accepted
        } else {
            ContributionState::Declined
        };
        let row: Option<(String, String)> = sqlx::query_as(
            "UPDATE initiative_contributions SET state = $1, reason = $2, answered_by = $3, \
             answered_at = $4 WHERE id = $5 AND initiative_id = $6 AND state = 'offered' \
             RETURNING org_id, what",
        )
        .bind(to.code())
        .bind(reason)
        .bind(by.to_string())
        .bind(now)
        .bind(contribution.to_string())
        .bind(id.to_string())
        .fetch_optional(&mut *tx)
        .await?;
        let Some((org, what)) = row else {
            return Err(StoreError::Conflict("the offer was answered".into()));
        };
        let org: OrgId = parse("org id", org.parse())?;
        if accept {
            sqlx::query(
                "INSERT INTO initiative_orgs (initiative_id, org_id, since) VALUES ($1, $2, $3) \
                 ON CONFLICT (initiative_id, org_id) DO NOTHING",
            )
            .bind(id.to_string())
            .bind(org.to_string())
            .bind(now)
            .execute(&mut *tx)
            .await?;
        }
        let kind = if accept {
            LogKind::Accepted
        } else {
            LogKind::Declined
        };
        log(&mut tx, id, kind, Some(by), Some(org), &what).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Links an output; `Conflict` when the initiative links it already.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn add_output(
        &self,
        id: InitiativeId,
        kind: OutputKind,
        target: &str,
        title: &str,
        org: OrgId,
        by: UserId,
    ) -> Result<OutputId> {
        let mut tx = self.writer.begin().await?;
        let oid = OutputId::new();
        sqlx::query(
            "INSERT INTO initiative_outputs (id, initiative_id, kind, target, org_id, added_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(oid.to_string())
        .bind(id.to_string())
        .bind(kind.code())
        .bind(target)
        .bind(org.to_string())
        .bind(by.to_string())
        .bind(now_ms())
        .execute(&mut *tx)
        .await?;
        log(
            &mut tx,
            id,
            LogKind::OutputAdded,
            Some(by),
            Some(org),
            title,
        )
        .await?;
        tx.commit().await?;
        Ok(oid)
    }

    /// An output of an initiative, or `NotFound`.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn output(&self, id: InitiativeId, output: OutputId) -> Result<Output> {
        let r = sqlx::query(
            "SELECT x.id, x.kind, x.target, x.org_id, o.name AS org_name, x.created_at \
             FROM initiative_outputs x JOIN orgs o ON o.id = x.org_id \
             WHERE x.id = $1 AND x.initiative_id = $2",
        )
        .bind(output.to_string())
        .bind(id.to_string())
        .fetch_optional(&self.reader)
        .await?
        .ok_or(StoreError::NotFound)?;
        Ok(Output {
            id: id_of(&r, "id")?,
            kind: opt(
                "output kind",
                OutputKind::parse(&r.try_get::<String, _>("kind")?),
            )?,
            target: r.try_get("target")?,
            org: id_of(&r, "org_id")?,
            org_name: r.try_get("org_name")?,
            created_at: from_ms(r.try_get("created_at")?),
        })
    }

    /// Takes an output off an initiative (the thing itself stays).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn remove_output(
        &self,
        id: InitiativeId,
        output: OutputId,
        title: &str,
        by: UserId,
    ) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let n = sqlx::query("DELETE FROM initiative_outputs WHERE id = $1 AND initiative_id = $2")
            .bind(output.to_string())
            .bind(id.to_string())
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if n == 0 {
            return Err(StoreError::NotFound);
        }
        log(&mut tx, id, LogKind::OutputRemoved, Some(by), None, title).await?;
        tx.commit().await?;
        Ok(())
    }
}
