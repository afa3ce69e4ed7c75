//! Capacity profiles: ratings, needs and languages per organisation and round.

use super::{languages_from_text, languages_to_text};
use crate::row::{now_ms, opt, parse};
use crate::{change_log, Result, Store};
use minga_domain::capacity::{
    CapacityProfile, ItemCode, Level, MappingRound, Need, Priority, ProfileStatus, Rating,
};
use minga_domain::Entity;
use minga_domain::{OrgId, ProfileId, RoundId, UserId};
use sqlx::Row;
use std::collections::HashMap;

impl Store {
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
            let sql = format!("SELECT profile_id, item, level, evidence, share, answered FROM profile_ratings WHERE profile_id IN ({})", ph.join(","));
            let mut q = sqlx::query_as::<_, (String, String, i64, String, i64, i64)>(&sql);
            for id in chunk {
                q = q.bind(id.as_str());
            }
            for (pid, item, level, evidence, share, answered) in q.fetch_all(&self.reader).await? {
                if let Some(&i) = index.get(&pid) {
                    out[i].2.ratings.push(Rating {
                        item: parse("item", ItemCode::parse(&item))?,
                        level: parse("level", Level::new(level.clamp(0, 255) as u8))?,
                        answered: answered != 0,
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
                        answered: false,
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
            sqlx::query("INSERT INTO profile_ratings (profile_id, item, level, evidence, share, answered) VALUES ($1, $2, $3, $4, $5, $6)")
                .bind(&id)
                .bind(r.item.as_str())
                .bind(r.level.value() as i64)
                .bind(&r.evidence)
                .bind(r.share as i64)
                .bind(r.answered as i64)
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
        // What was typed and kept unsaved is saved now.
        sqlx::query("DELETE FROM profile_drafts WHERE org_id = $1 AND round_id = $2")
            .bind(p.org.to_string())
            .bind(round.to_string())
            .execute(&mut *tx)
            .await?;
        change_log::record(&mut tx, Entity::Profile, &id, p.status.code()).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Keeps what an organisation typed into its profile form without
    /// saving it as its profile (`body` as the caller wrote it), replacing
    /// any kept before. Logged as a profile change, so pages made from the
    /// profile are made again.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn keep_profile_draft(
        &self,
        org: OrgId,
        round: RoundId,
        body: &str,
        by: Option<UserId>,
    ) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        sqlx::query(
            "INSERT INTO profile_drafts (org_id, round_id, body, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (org_id, round_id) DO UPDATE SET body = excluded.body, updated_by = excluded.updated_by, updated_at = excluded.updated_at",
        )
        .bind(org.to_string())
        .bind(round.to_string())
        .bind(body)
        .bind(by.map(|u| u.to_string()))
        .bind(now_ms())
        .execute(&mut *tx)
        .await?;
        change_log::record(&mut tx, Entity::Profile, &org.to_string(), "draft_kept").await?;
        tx.commit().await?;
        Ok(())
    }

    /// What an organisation typed and kept unsaved in a round, if anything.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn profile_draft(&self, org: OrgId, round: RoundId) -> Result<Option<String>> {
        let row: Option<(String,)> =
            sqlx::query_as("SELECT body FROM profile_drafts WHERE org_id = $1 AND round_id = $2")
                .bind(org.to_string())
                .bind(round.to_string())
                .fetch_optional(&self.reader)
                .await?;
        Ok(row.map(|(b,)| b))
    }
}
