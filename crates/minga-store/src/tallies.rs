//! `map_tallies`: the map of capacities' counts, kept by every write that can
//! change them (a profile saved, an organisation edited, archived or
//! restored), in that write's transaction. A profile's contribution is taken
//! away before the write and added back after it, so the tallies always
//! equal what aggregating the profiles would give (a conformance test
//! checks exactly that on both databases).

use crate::{Result, Store};
use sqlx::{Any, Transaction};

/// Where a profile's contribution counts: every organisation's latest
/// submitted profile, or one round's submitted profiles.
pub(crate) const CURRENT: &str = "current";

/// Adds (`sign` = 1) or takes away (-1) one profile's strengths and needs in
/// `source`. Archived organisations count for nothing.
pub(crate) async fn apply(
    tx: &mut Transaction<'_, Any>,
    source: &str,
    profile_id: &str,
    sign: i64,
) -> Result<()> {
    for (measure, table, extra) in [
        ("strength", "profile_ratings", " AND x.level >= 2"),
        ("need", "profile_needs", ""),
    ] {
        // One row per item of one profile, so no key is touched twice.
        let sql = format!(
            "INSERT INTO map_tallies (source, measure, item, kind, country, region, grp, n) \
             SELECT $1, '{measure}', x.item, o.kind, o.country, o.region, o.grp, $2 FROM {table} x \
             JOIN capacity_profiles p ON p.id = x.profile_id JOIN orgs o ON o.id = p.org_id \
             WHERE x.profile_id = $3{extra} AND o.archived_at IS NULL \
             ON CONFLICT (source, measure, item, kind, country, region, grp) DO UPDATE SET n = map_tallies.n + excluded.n"
        );
        sqlx::query(&sql)
            .bind(source)
            .bind(sign)
            .bind(profile_id)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// Every (source, profile) through which an organisation counts.
pub(crate) async fn contributions(
    tx: &mut Transaction<'_, Any>,
    org: &str,
) -> Result<Vec<(String, String)>> {
    let rows: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT id, round_id, current FROM capacity_profiles WHERE org_id = $1 AND status = 'submitted'",
    )
    .bind(org)
    .fetch_all(&mut **tx)
    .await?;
    let mut out = Vec::new();
    for (id, round, current) in rows {
        if current == 1 {
            out.push((CURRENT.to_string(), id.clone()));
        }
        out.push((round, id));
    }
    // A current profile that was taken back to draft still counts as current.
    let drafts: Vec<(String,)> = sqlx::query_as(
        "SELECT id FROM capacity_profiles WHERE org_id = $1 AND current = 1 AND status <> 'submitted'",
    )
    .bind(org)
    .fetch_all(&mut **tx)
    .await?;
    out.extend(drafts.into_iter().map(|(id,)| (CURRENT.to_string(), id)));
    Ok(out)
}

/// Takes an organisation's whole contribution away (`sign` -1) before a
/// change to what it is (kind, country, region, archived) and adds it back
/// (1) after.
pub(crate) async fn apply_org(tx: &mut Transaction<'_, Any>, org: &str, sign: i64) -> Result<()> {
    for (source, profile) in contributions(tx, org).await? {
        apply(tx, &source, &profile, sign).await?;
    }
    Ok(())
}

impl Store {
    /// Drops tallies that have fallen to zero (kept small; safe at any time).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn prune_map_tallies(&self) -> Result<u64> {
        Ok(sqlx::query("DELETE FROM map_tallies WHERE n = 0")
            .execute(&self.writer)
            .await?
            .rows_affected())
    }
}
