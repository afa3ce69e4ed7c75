//! Derived data kept in memory until the change log moves: what many people
//! ask for and nobody's request changes (who can help with an item, the
//! counts behind the map). Each app server keeps its own copy and checks the
//! newest change on every use, so none is ever stale.

use crate::capacity::NeedMatches;
use crate::{Core, Result};
use minga_domain::capacity::{CapacityProfile, ItemCode, Level, ProfileStatus, Rating};
use minga_domain::{OrgId, OrgKind};
use minga_store::{Helper, MapCount, MapSource};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

#[derive(Default)]
pub struct Derived {
    inner: Mutex<State>,
    // One computation of each kind at a time: when the log moves under
    // load, the first request recomputes and the others wait for its result
    // instead of all computing the same thing at once.
    helpers_lock: tokio::sync::Mutex<()>,
    maps_lock: tokio::sync::Mutex<()>,
    matches_lock: tokio::sync::Mutex<()>,
}

#[derive(Default)]
struct State {
    seq: i64,
    helpers: HashMap<ItemCode, Arc<HelperSet>>,
    maps: HashMap<(String, Option<OrgKind>), Arc<Vec<MapCount>>>,
    matches: HashMap<(OrgId, usize), Arc<Vec<NeedMatches>>>,
}

/// Organisations' match lists kept at once; past this the list starts afresh
/// (each holds a few dozen organisations: a few megabytes in all).
const MATCHES_KEPT: usize = 2_000;

impl Derived {
    /// The state for `seq`, emptied first when the log has moved.
    fn at(&self, seq: i64) -> std::sync::MutexGuard<'_, State> {
        let mut s = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        if s.seq != seq {
            *s = State {
                seq,
                ..Default::default()
            };
        }
        s
    }
}

/// The organisations able to help with one item, with the one-item profile
/// matching reads, built once per change of the log.
pub struct HelperSet {
    pub helpers: Vec<Helper>,
    pub profiles: Vec<CapacityProfile>,
}

fn source_key(s: MapSource) -> String {
    match s {
        MapSource::Current => "current".into(),
        MapSource::Round(id) => id.to_string(),
    }
}

impl Core {
    /// Organisations able to help with `item` (level 2 and up, willing to share).
    pub async fn helpers_cached(&self, item: &ItemCode) -> Result<Arc<HelperSet>> {
        let seq = self.store.latest_change().await?;
        if let Some(h) = self.derived.at(seq).helpers.get(item) {
            return Ok(h.clone());
        }
        let _one = self.derived.helpers_lock.lock().await;
        if let Some(h) = self.derived.at(seq).helpers.get(item) {
            return Ok(h.clone());
        }
        let helpers = self.store.helpers_for(item, Level::STRONG).await?;
        let profiles = helpers
            .iter()
            .map(|h| CapacityProfile {
                org: h.org,
                ratings: vec![Rating {
                    item: item.clone(),
                    level: h.level,
                    evidence: h.evidence.clone(),
                    share: true,
                    files: vec![],
                }],
                needs: vec![],
                languages: h.languages.clone(),
                status: ProfileStatus::Submitted,
            })
            .collect();
        let h = Arc::new(HelperSet { helpers, profiles });
        self.derived.at(seq).helpers.insert(item.clone(), h.clone());
        Ok(h)
    }

    /// `matches_for`, kept until the change log moves: every input of the
    /// ranking (profiles, exchanges, organisations) is a logged change.
    pub async fn matches_cached(
        &self,
        org: OrgId,
        per_need: usize,
    ) -> Result<Arc<Vec<NeedMatches>>> {
        let seq = self.store.latest_change().await?;
        if let Some(m) = self.derived.at(seq).matches.get(&(org, per_need)) {
            return Ok(m.clone());
        }
        let _one = self.derived.matches_lock.lock().await;
        if let Some(m) = self.derived.at(seq).matches.get(&(org, per_need)) {
            return Ok(m.clone());
        }
        let m = Arc::new(self.matches_for(org, per_need).await?);
        let mut state = self.derived.at(seq);
        if state.matches.len() >= MATCHES_KEPT {
            state.matches.clear();
        }
        state.matches.insert((org, per_need), m.clone());
        Ok(m)
    }

    /// The counts behind the map of capacities.
    pub async fn map_counts(
        &self,
        source: MapSource,
        kind: Option<OrgKind>,
    ) -> Result<Arc<Vec<MapCount>>> {
        let seq = self.store.latest_change().await?;
        let key = (source_key(source), kind);
        if let Some(m) = self.derived.at(seq).maps.get(&key) {
            return Ok(m.clone());
        }
        let _one = self.derived.maps_lock.lock().await;
        if let Some(m) = self.derived.at(seq).maps.get(&key) {
            return Ok(m.clone());
        }
        let m = Arc::new(self.store.map_counts(source, kind).await?);
        self.derived.at(seq).maps.insert(key, m.clone());
        Ok(m)
    }
}
