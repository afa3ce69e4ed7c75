//! The map of capacities: taxonomy, rounds, profiles.

use crate::row::{from_ms, now_ms, opt, parse};
use crate::{change_log, jobs::NewJob, Result, Store};
use minga_domain::capacity::{
    CapacityProfile, ItemCode, ItemKind, Level, Localised, MappingRound, Need, Priority,
    ProfileStatus, Rating, RoundEntry, TaxonomyItem,
};
pub use minga_domain::map::{CellEntry, Helper, MapCount, MapMeasure, MapSource};
use minga_domain::Entity;
use minga_domain::{Locale, OrgId, ProfileId, RoundId, UserId};
use sqlx::any::AnyRow;
use sqlx::Row;
use std::collections::HashMap;

const LANGS: [&str; 5] = ["en", "es", "fr", "pt", "ar"];

fn item_from_row(r: &AnyRow) -> Result<TaxonomyItem> {
    let get5 = |prefix: &str| -> Result<[String; 5]> {
        let mut out: [String; 5] = Default::default();
        for (i, l) in LANGS.iter().enumerate() {
            out[i] = r.try_get(format!("{prefix}_{l}").as_str())?;
        }
        Ok(out)
    };
    let syn = get5("synonyms")?;
    Ok(TaxonomyItem {
        code: parse(
            "item code",
            ItemCode::parse(&r.try_get::<String, _>("code")?),
        )?,
        kind: opt(
            "item kind",
            ItemKind::parse(&r.try_get::<String, _>("kind")?),
        )?,
        label: Localised(get5("label")?),
        description: Localised(get5("description")?),
        synonyms: syn.map(|s| {
            s.lines()
                .map(str::to_string)
                .filter(|l| !l.is_empty())
                .collect()
        }),
        position: r.try_get("position")?,
    })
}

fn round_from_row(r: &AnyRow) -> Result<MappingRound> {
    Ok(MappingRound {
        id: parse("round id", r.try_get::<String, _>("id")?.parse())?,
        title: r.try_get("title")?,
        deadline: from_ms(r.try_get("deadline")?),
        opened_at: from_ms(r.try_get("opened_at")?),
        closed_at: r.try_get::<Option<i64>, _>("closed_at")?.map(from_ms),
    })
}

fn languages_to_text(ls: &[Locale]) -> String {
    ls.iter().map(|l| l.code()).collect::<Vec<_>>().join(",")
}

fn languages_from_text(s: &str) -> Vec<Locale> {
    s.split(',').filter_map(Locale::parse).collect()
}

/// A round about to be opened.
#[derive(Debug, Clone)]
pub struct NewRound {
    pub title: String,
    pub deadline: i64,
    pub orgs: Vec<OrgId>,
    pub created_by: Option<UserId>,
    pub demo: bool,
    /// When it opened; now when `None` (demo data sets past rounds).
    pub opened_at: Option<i64>,
}

/// Counts of peer exchanges per helper, for matching.
#[derive(Debug, Clone, Default)]
pub struct ExchangeCounts {
    pub open: HashMap<OrgId, u32>,
    pub completed: HashMap<OrgId, u32>,
    pub completed_pairs: HashMap<(OrgId, OrgId), u32>,
}

const ROUND_COLUMNS: &str = "id, title, deadline, opened_at, closed_at";

impl Store {
    // --- taxonomy -----------------------------------------------------------

    /// Inserts or updates taxonomy items by code.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn upsert_taxonomy(&self, items: &[TaxonomyItem]) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        for it in items {
            let cols: Vec<String> = ["label", "description", "synonyms"]
                .iter()
                .flat_map(|p| LANGS.iter().map(move |l| format!("{p}_{l}")))
                .collect();
            let placeholders: Vec<String> = (4..4 + cols.len()).map(|i| format!("${i}")).collect();
            let updates: Vec<String> = cols.iter().map(|c| format!("{c} = excluded.{c}")).collect();
            let sql = format!(
                "INSERT INTO taxonomy_items (code, kind, position, {}, updated_at) VALUES ($1, $2, $3, {}, ${}) \
                 ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, position = excluded.position, {}, updated_at = excluded.updated_at",
                cols.join(", "),
                placeholders.join(", "),
                4 + cols.len(),
                updates.join(", ")
            );
            let mut q = sqlx::query(&sql)
                .bind(it.code.as_str())
                .bind(it.kind.code())
                .bind(it.position);
            for v in &it.label.0 {
                q = q.bind(v.as_str());
            }
            for v in &it.description.0 {
                q = q.bind(v.as_str());
            }
            for v in &it.synonyms {
                q = q.bind(v.join("\n"));
            }
            q.bind(now_ms()).execute(&mut *tx).await?;
            change_log::record(&mut tx, Entity::Taxonomy, it.code.as_str(), "upsert").await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The whole taxonomy, themes first, in their set order.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn taxonomy(&self) -> Result<Vec<TaxonomyItem>> {
        let rows = sqlx::query("SELECT * FROM taxonomy_items ORDER BY kind DESC, position, code")
            .fetch_all(&self.reader)
            .await?;
        rows.iter().map(item_from_row).collect()
    }

    // --- rounds ---------------------------------------------------------------

    /// Opens a round for some organisations; queues the given mails with it.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn create_round(&self, r: &NewRound, mails: &[NewJob]) -> Result<RoundId> {
        let mut tx = self.writer.begin().await?;
        let id = RoundId::new();
        sqlx::query("INSERT INTO mapping_rounds (id, title, deadline, opened_at, created_by, demo) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(id.to_string())
            .bind(&r.title)
            .bind(r.deadline)
            .bind(r.opened_at.unwrap_or_else(now_ms))
            .bind(r.created_by.map(|u| u.to_string()))
            .bind(r.demo as i64)
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
        let sql = "SELECT r.id, r.title, r.deadline, r.opened_at, r.closed_at FROM mapping_rounds r \
                   JOIN round_orgs ro ON ro.round_id = r.id WHERE ro.org_id = $1 AND r.closed_at IS NULL \
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
            "SELECT {}, p.status AS profile_status, p.updated_at AS profile_updated FROM round_orgs ro \
             JOIN orgs o ON o.id = ro.org_id \
             LEFT JOIN capacity_profiles p ON p.org_id = ro.org_id AND p.round_id = ro.round_id \
             WHERE ro.round_id = $1 ORDER BY o.region, o.name_folded",
            crate::orgs::COLUMNS_O
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

    // --- profiles -------------------------------------------------------------

    async fn load_profiles(
        &self,
        where_sql: &str,
        arg: Option<String>,
    ) -> Result<Vec<(ProfileId, RoundId, CapacityProfile)>> {
        let sql = format!(
            "SELECT p.id, p.org_id, p.round_id, p.status, p.languages FROM capacity_profiles p {where_sql}"
        );
        let mut q = sqlx::query(&sql);
        if let Some(a) = arg {
            q = q.bind(a);
        }
        let rows = q.fetch_all(&self.reader).await?;
        let mut out = Vec::with_capacity(rows.len());
        let mut index: HashMap<String, usize> = HashMap::new();
        for r in &rows {
            let id: String = r.try_get("id")?;
            index.insert(id.clone(), out.len());
            out.push((
                parse("profile id", id.parse())?,
                parse("round id", r.try_get::<String, _>("round_id")?.parse())?,
                CapacityProfile {
                    org: parse("org id", r.try_get::<String, _>("org_id")?.parse())?,
                    ratings: vec![],
                    needs: vec![],
                    languages: languages_from_text(&r.try_get::<String, _>("languages")?),
                    status: ProfileStatus::parse(&r.try_get::<String, _>("status")?)
                        .unwrap_or(ProfileStatus::Draft),
                },
            ));
        }
        if out.is_empty() {
            return Ok(out);
        }
        let ids: Vec<String> = out.iter().map(|(id, _, _)| id.to_string()).collect();
        // Bind the ids as a JSON-free list: chunks keep the parameter count low.
        for chunk in ids.chunks(500) {
            let ph: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
            let sql = format!("SELECT profile_id, item, level, evidence, share FROM profile_ratings WHERE profile_id IN ({})", ph.join(","));
            let mut q = sqlx::query_as::<_, (String, String, i64, String, i64)>(&sql);
            for id in chunk {
                q = q.bind(id.as_str());
            }
            for (pid, item, level, evidence, share) in q.fetch_all(&self.reader).await? {
                if let Some(&i) = index.get(&pid) {
                    out[i].2.ratings.push(Rating {
                        item: parse("item", ItemCode::parse(&item))?,
                        level: parse("level", Level::new(level.clamp(0, 255) as u8))?,
                        evidence,
                        share: share != 0,
                        files: vec![],
                    });
                }
            }
            let sql = format!("SELECT profile_id, item, priority, description FROM profile_needs WHERE profile_id IN ({})", ph.join(","));
            let mut q = sqlx::query_as::<_, (String, String, String, String)>(&sql);
            for id in chunk {
                q = q.bind(id.as_str());
            }
            for (pid, item, priority, description) in q.fetch_all(&self.reader).await? {
                if let Some(&i) = index.get(&pid) {
                    out[i].2.needs.push(Need {
                        item: parse("item", ItemCode::parse(&item))?,
                        priority: opt("priority", Priority::parse(&priority))?,
                        description,
                    });
                }
            }
        }
        for chunk in ids.chunks(500) {
            let sql = format!(
                "SELECT e.profile_id, e.item, {} FROM evidence_files e JOIN files f ON f.id = e.file_id \
                 WHERE e.profile_id IN ({}) ORDER BY e.position",
                crate::files::FILE_COLUMNS,
                crate::row::placeholders(1, chunk.len())
            );
            let mut q = sqlx::query(&sql);
            for id in chunk {
                q = q.bind(id.as_str());
            }
            for r in q.fetch_all(&self.reader).await? {
                let pid: String = r.try_get("profile_id")?;
                let item: String = r.try_get("item")?;
                let Some(&i) = index.get(&pid) else { continue };
                let file = crate::files::file_from_row(&r)?;
                let ratings = &mut out[i].2.ratings;
                match ratings.iter_mut().find(|x| x.item.as_str() == item) {
                    Some(rating) => rating.files.push(file),
                    None => ratings.push(Rating {
                        item: parse("item", ItemCode::parse(&item))?,
                        level: Level::NONE,
                        evidence: String::new(),
                        share: false,
                        files: vec![file],
                    }),
                }
            }
        }
        for (_, _, p) in &mut out {
            p.ratings.sort_by(|a, b| a.item.cmp(&b.item));
            p.needs
                .sort_by(|a, b| a.priority.cmp(&b.priority).then(a.item.cmp(&b.item)));
        }
        Ok(out)
    }

    /// An organisation's profile in a round.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn profile(&self, org: OrgId, round: RoundId) -> Result<Option<CapacityProfile>> {
        let mut all = self
            .load_profiles("WHERE p.org_id = $1", Some(org.to_string()))
            .await?;
        all.retain(|(_, r, _)| *r == round);
        Ok(all.pop().map(|(_, _, p)| p))
    }

    /// An organisation's most recent submitted profile, with its round.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn latest_submitted_profile(
        &self,
        org: OrgId,
    ) -> Result<Option<(MappingRound, CapacityProfile)>> {
        let all = self
            .load_profiles(
                "WHERE p.org_id = $1 AND p.status = 'submitted'",
                Some(org.to_string()),
            )
            .await?;
        let mut best: Option<(MappingRound, CapacityProfile)> = None;
        for (_, round_id, p) in all {
            let round = self.round(round_id).await?;
            if best
                .as_ref()
                .is_none_or(|(b, _)| round.opened_at > b.opened_at)
            {
                best = Some((round, p));
            }
        }
        Ok(best)
    }

    /// Every organisation's most recently submitted profile.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn latest_submitted_profiles(&self) -> Result<Vec<CapacityProfile>> {
        let all = self.load_profiles("WHERE p.current = 1", None).await?;
        Ok(all.into_iter().map(|(_, _, p)| p).collect())
    }

    /// Organisations whose current profile rates `item` at `min` or more and
    /// that are willing to share, with the facts matching needs.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn helpers_for(&self, item: &ItemCode, min: Level) -> Result<Vec<Helper>> {
        // Only what ranking needs: the page fetches the few organisations it shows.
        let sql = "SELECT o.id, o.region, o.country, r.level, r.evidence, p.languages FROM profile_ratings r \
             JOIN capacity_profiles p ON p.id = r.profile_id \
             JOIN orgs o ON o.id = p.org_id \
             WHERE r.item = $1 AND r.level >= $2 AND p.current = 1 AND r.share = 1 AND o.archived_at IS NULL";
        let rows: Vec<(String, String, String, i64, String, String)> = sqlx::query_as(sql)
            .bind(item.as_str())
            .bind(min.value() as i64)
            .fetch_all(&self.reader)
            .await?;
        rows.into_iter()
            .map(|(id, region, country, level, evidence, languages)| {
                Ok(Helper {
                    org: parse("org id", id.parse())?,
                    region: opt("region", minga_domain::Region::parse(&region))?,
                    country: parse("country", minga_domain::Country::parse(&country))?,
                    level: parse("level", Level::new(level.clamp(0, 255) as u8))?,
                    evidence,
                    languages: languages_from_text(&languages),
                })
            })
            .collect()
    }

    /// Submitted profiles of a round.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn submitted_profiles(&self, round: RoundId) -> Result<Vec<CapacityProfile>> {
        let all = self
            .load_profiles(
                "WHERE p.round_id = $1 AND p.status = 'submitted'",
                Some(round.to_string()),
            )
            .await?;
        Ok(all.into_iter().map(|(_, _, p)| p).collect())
    }

    /// Saves a profile (draft or submitted) for a round, replacing its ratings and needs.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn save_profile(
        &self,
        round: RoundId,
        p: &CapacityProfile,
        by: Option<UserId>,
    ) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let now = now_ms();
        let existing: Option<(String, String)> = sqlx::query_as(
            "SELECT id, status FROM capacity_profiles WHERE org_id = $1 AND round_id = $2",
        )
        .bind(p.org.to_string())
        .bind(round.to_string())
        .fetch_optional(&mut *tx)
        .await?;
        let current: Option<(String,)> =
            sqlx::query_as("SELECT id FROM capacity_profiles WHERE org_id = $1 AND current = 1")
                .bind(p.org.to_string())
                .fetch_optional(&mut *tx)
                .await?;
        let current = current.map(|(id,)| id);
        let submitting = p.status == ProfileStatus::Submitted;
        let round_key = round.to_string();
        // Take this profile's and the current profile's counts off the map
        // before their answers change; they are added back below.
        if let Some((id, status)) = &existing {
            if status == ProfileStatus::Submitted.code() {
                crate::tallies::apply(&mut tx, &round_key, id, -1).await?;
            }
        }
        let existing_id = existing.as_ref().map(|(id, _)| id.clone());
        let recount_current = current
            .as_ref()
            .filter(|c| submitting || Some(*c) == existing_id.as_ref())
            .cloned();
        if let Some(c) = &recount_current {
            crate::tallies::apply(&mut tx, crate::tallies::CURRENT, c, -1).await?;
        }
        let submitted_at = submitting.then_some(now);
        let id = match existing_id {
            Some(id) => {
                sqlx::query(
                    "UPDATE capacity_profiles SET status = $1, languages = $2, updated_at = $3, updated_by = $4, submitted_at = $5 WHERE id = $6",
                )
                .bind(p.status.code())
                .bind(languages_to_text(&p.languages))
                .bind(now)
                .bind(by.map(|u| u.to_string()))
                .bind(submitted_at)
                .bind(&id)
                .execute(&mut *tx)
                .await?;
                sqlx::query("DELETE FROM profile_ratings WHERE profile_id = $1")
                    .bind(&id)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query("DELETE FROM profile_needs WHERE profile_id = $1")
                    .bind(&id)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query("DELETE FROM evidence_files WHERE profile_id = $1")
                    .bind(&id)
                    .execute(&mut *tx)
                    .await?;
                id
            }
            None => {
                let id = ProfileId::new().to_string();
                sqlx::query(
                    "INSERT INTO capacity_profiles (id, org_id, round_id, status, languages, updated_at, updated_by, submitted_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                )
                .bind(&id)
                .bind(p.org.to_string())
                .bind(round.to_string())
                .bind(p.status.code())
                .bind(languages_to_text(&p.languages))
                .bind(now)
                .bind(by.map(|u| u.to_string()))
                .bind(submitted_at)
                .execute(&mut *tx)
                .await?;
                id
            }
        };
        for r in &p.ratings {
            sqlx::query("INSERT INTO profile_ratings (profile_id, item, level, evidence, share) VALUES ($1, $2, $3, $4, $5)")
                .bind(&id)
                .bind(r.item.as_str())
                .bind(r.level.value() as i64)
                .bind(&r.evidence)
                .bind(r.share as i64)
                .execute(&mut *tx)
                .await?;
            for (position, f) in r.files.iter().enumerate() {
                sqlx::query("INSERT INTO evidence_files (profile_id, item, file_id, position) VALUES ($1, $2, $3, $4)")
                    .bind(&id)
                    .bind(r.item.as_str())
                    .bind(f.id.to_string())
                    .bind(position as i64)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        for n in &p.needs {
            sqlx::query("INSERT INTO profile_needs (profile_id, item, priority, description) VALUES ($1, $2, $3, $4)")
                .bind(&id)
                .bind(n.item.as_str())
                .bind(n.priority.code())
                .bind(&n.description)
                .execute(&mut *tx)
                .await?;
        }
        if submitting {
            sqlx::query("UPDATE capacity_profiles SET current = CASE WHEN id = $1 THEN 1 ELSE 0 END WHERE org_id = $2")
                .bind(&id)
                .bind(p.org.to_string())
                .execute(&mut *tx)
                .await?;
            crate::tallies::apply(&mut tx, &round_key, &id, 1).await?;
            crate::tallies::apply(&mut tx, crate::tallies::CURRENT, &id, 1).await?;
        } else if let Some(c) = &recount_current {
            // A current profile taken back to draft still counts as current.
            crate::tallies::apply(&mut tx, crate::tallies::CURRENT, c, 1).await?;
        }
        change_log::record(&mut tx, Entity::Profile, &id, p.status.code()).await?;
        tx.commit().await?;
        Ok(())
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

fn source_clause(source: MapSource) -> (String, Option<String>) {
    match source {
        MapSource::Current => ("p.current = 1".into(), None),
        MapSource::Round(id) => (
            "p.round_id = $1 AND p.status = 'submitted'".into(),
            Some(id.to_string()),
        ),
    }
}

impl Store {
    /// Counts behind the map, by item and country, optionally for one kind of organisation.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn map_counts(
        &self,
        source: MapSource,
        kind: Option<minga_domain::OrgKind>,
    ) -> Result<Vec<MapCount>> {
        let source_key = match source {
            MapSource::Current => crate::tallies::CURRENT.to_string(),
            MapSource::Round(id) => id.to_string(),
        };
        let kind_cond = if kind.is_some() { " AND kind = $2" } else { "" };
        let sql = format!(
            "SELECT measure, item, country, region, grp, CAST(SUM(n) AS BIGINT) FROM map_tallies \
             WHERE source = $1{kind_cond} AND n <> 0 GROUP BY measure, item, country, region, grp"
        );
        let mut q = sqlx::query_as::<_, (String, String, String, String, String, i64)>(&sql)
            .bind(source_key);
        if let Some(k) = kind {
            q = q.bind(k.code());
        }
        let mut out = Vec::new();
        for (measure, item, country, region, group, count) in q.fetch_all(&self.reader).await? {
            if count == 0 {
                continue;
            }
            out.push(MapCount {
                measure: if measure == "need" {
                    MapMeasure::Need
                } else {
                    MapMeasure::Strength
                },
                item: parse("item", ItemCode::parse(&item))?,
                country,
                region,
                group,
                count,
            });
        }
        Ok(out)
    }

    /// The same counts aggregated from the profiles themselves: what
    /// `map_tallies` must always equal (checked by the conformance tests).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn map_counts_recomputed(
        &self,
        source: MapSource,
        kind: Option<minga_domain::OrgKind>,
    ) -> Result<Vec<MapCount>> {
        let (cond, arg) = source_clause(source);
        let kind_cond = match kind {
            Some(k) => format!(" AND o.kind = '{}'", k.code()),
            None => String::new(),
        };
        let mut out = Vec::new();
        for (measure, table, extra) in [
            (MapMeasure::Strength, "profile_ratings", " AND x.level >= 2"),
            (MapMeasure::Need, "profile_needs", ""),
        ] {
            let sql = format!(
                "SELECT x.item, o.country, o.region, o.grp, COUNT(*) FROM {table} x \
                 JOIN capacity_profiles p ON p.id = x.profile_id JOIN orgs o ON o.id = p.org_id \
                 WHERE {cond}{extra}{kind_cond} AND o.archived_at IS NULL GROUP BY x.item, o.country, o.region, o.grp"
            );
            let mut q = sqlx::query_as::<_, (String, String, String, String, i64)>(&sql);
            if let Some(a) = &arg {
                q = q.bind(a.as_str());
            }
            for (item, country, region, group, count) in q.fetch_all(&self.reader).await? {
                out.push(MapCount {
                    measure,
                    item: parse("item", ItemCode::parse(&item))?,
                    country,
                    region,
                    group,
                    count,
                });
            }
        }
        Ok(out)
    }

    /// The organisations behind one cell of the map, with their level and
    /// evidence (strengths) or priority and description (needs).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn map_orgs(
        &self,
        source: MapSource,
        measure: MapMeasure,
        item: &ItemCode,
        filter: &minga_domain::OrgFilter,
    ) -> Result<Vec<CellEntry>> {
        let (cond, arg) = source_clause(source);
        let mut clauses = vec![cond];
        let n = if arg.is_some() { 2 } else { 1 };
        clauses.push(format!("x.item = ${n}"));
        if let Some(r) = filter.region {
            clauses.push(format!("o.region = '{}'", r.code()));
        }
        if let Some(g) = filter.group {
            clauses.push(format!("o.grp = '{}'", g.code()));
        }
        if let Some(k) = filter.kind {
            clauses.push(format!("o.kind = '{}'", k.code()));
        }
        if let Some(c) = filter.country {
            clauses.push(format!("o.country = '{}'", c.code()));
        }
        clauses.push("o.archived_at IS NULL".into());
        let (table, a, b) = match measure {
            MapMeasure::Strength => {
                clauses.push("x.level >= 2".into());
                ("profile_ratings", "CAST(x.level AS TEXT)", "x.evidence")
            }
            MapMeasure::Need => ("profile_needs", "x.priority", "x.description"),
        };
        // The codes above come from enums, never from user text.
        let sql = format!(
            "SELECT {}, {a} AS what, {b} AS detail, p.id AS profile_id FROM {table} x JOIN capacity_profiles p ON p.id = x.profile_id \
             JOIN orgs o ON o.id = p.org_id WHERE {} ORDER BY o.name_folded",
            crate::orgs::COLUMNS_O,
            clauses.join(" AND ")
        );
        let mut q = sqlx::query(&sql);
        if let Some(a) = &arg {
            q = q.bind(a.as_str());
        }
        let rows = q.bind(item.as_str()).fetch_all(&self.reader).await?;
        let mut entries = Vec::with_capacity(rows.len());
        let mut profiles = Vec::with_capacity(rows.len());
        for r in &rows {
            entries.push(CellEntry {
                org: crate::orgs::org_from_row(r)?,
                what: r.try_get("what")?,
                detail: r.try_get("detail")?,
                files: vec![],
            });
            profiles.push(r.try_get::<String, _>("profile_id")?);
        }
        if measure == MapMeasure::Strength {
            // The evidence files behind each strength, in one query per 500.
            for (chunk_no, chunk) in profiles.chunks(500).enumerate() {
                let sql = format!(
                    "SELECT e.profile_id, {} FROM evidence_files e JOIN files f ON f.id = e.file_id \
                     WHERE e.item = $1 AND e.profile_id IN ({}) ORDER BY e.position",
                    crate::files::FILE_COLUMNS,
                    crate::row::placeholders(2, chunk.len())
                );
                let mut q = sqlx::query(&sql).bind(item.as_str());
                for id in chunk {
                    q = q.bind(id.as_str());
                }
                for r in q.fetch_all(&self.reader).await? {
                    let pid: String = r.try_get("profile_id")?;
                    if let Some(i) = chunk.iter().position(|p| *p == pid) {
                        entries[chunk_no * 500 + i]
                            .files
                            .push(crate::files::file_from_row(&r)?);
                    }
                }
            }
        }
        Ok(entries)
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
