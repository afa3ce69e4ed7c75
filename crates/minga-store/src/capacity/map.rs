//! The map's counts, the organisations behind a cell, and helpers for a need.

use super::languages_from_text;
use crate::row::{opt, parse};
use crate::{Result, Store};
use minga_domain::capacity::{ItemCode, Level};
use minga_domain::map::{CellEntry, Helper, MapCount, MapMeasure, MapSource};
use sqlx::Row;

impl Store {
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
            let measure = opt("measure", MapMeasure::parse(&measure))?;
            out.push(map_count(measure, &item, country, region, group, count)?);
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
                out.push(map_count(measure, &item, country, region, group, count)?);
            }
        }
        Ok(out)
    }

    /// What one organisation adds to the map, by source (`"current"` or a
    /// round's id): the rows `map_tallies` holds for it, read from its
    /// profiles. Read before and after a save, the difference is what the
    /// save changed, so kept counts can follow without reading them all.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn org_map_contribution(
        &self,
        org: minga_domain::OrgId,
    ) -> Result<Vec<(String, MapCount)>> {
        let mut out = Vec::new();
        for (measure, table, extra) in [
            (MapMeasure::Strength, "profile_ratings", " AND x.level >= 2"),
            (MapMeasure::Need, "profile_needs", ""),
        ] {
            // The same rule as `tallies::contributions`: a current profile
            // counts as current whatever its status, a submitted one in its round.
            let sql = format!(
                "SELECT p.round_id, p.current, p.status, x.item, o.country, o.region, o.grp FROM {table} x \
                 JOIN capacity_profiles p ON p.id = x.profile_id JOIN orgs o ON o.id = p.org_id \
                 WHERE o.id = $1{extra} AND o.archived_at IS NULL"
            );
            let rows: Vec<(String, i64, String, String, String, String, String)> =
                sqlx::query_as(&sql)
                    .bind(org.to_string())
                    .fetch_all(&self.reader)
                    .await?;
            for (round, current, status, item, country, region, group) in rows {
                let count = map_count(measure, &item, country, region, group, 1)?;
                if current == 1 {
                    out.push((crate::tallies::CURRENT.to_string(), count.clone()));
                }
                if status == "submitted" {
                    out.push((round, count));
                }
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

/// One count of the map, read from a row of either query.
fn map_count(
    measure: MapMeasure,
    item: &str,
    country: String,
    region: String,
    group: String,
    count: i64,
) -> Result<MapCount> {
    Ok(MapCount {
        measure,
        item: parse("item", ItemCode::parse(item))?,
        country,
        region,
        group,
        count,
    })
}
