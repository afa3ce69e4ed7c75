//! Derived data kept in memory while what it is made of is unchanged: who
//! can help with an item, the counts behind the map, each organisation's
//! ranked matches. Each kind names the change-log entities it is made of
//! (`Deps`) and is kept until a change to one of them is logged, so a new
//! account or an uploaded file does not throw away the map. Each app server
//! keeps its own copy and asks the log on every use, so none is ever stale.

use crate::capacity::NeedMatches;
use crate::{Core, Result};
use minga_domain::capacity::{CapacityProfile, ItemCode, Level, ProfileStatus, Rating};
use minga_domain::{Entity, OrgId, OrgKind};
use minga_store::{Helper, MapCount, MapMeasure, MapSource};
use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, Mutex};

/// Change-log entities a derived value is made of.
pub type Deps = &'static [Entity];

/// Who can help: current profiles, and the organisations' place and state.
pub const HELPERS_DEPS: Deps = &[Entity::Profile, Entity::Org];
/// The map's counts: the same.
pub const MAP_DEPS: Deps = &[Entity::Profile, Entity::Org];
/// Ranked matches: helpers, plus exchanges (load and past outcomes).
pub const MATCHES_DEPS: Deps = &[Entity::Profile, Entity::Org, Entity::Exchange];

type MapKey = (String, Option<OrgKind>);
type MatchesKey = (OrgId, usize);

#[derive(Default)]
pub struct Derived {
    helpers: Mutex<Kept<ItemCode, Arc<HelperSet>>>,
    maps: Mutex<Kept<MapKey, Arc<Vec<MapCount>>>>,
    /// Requests waiting for each organisation's answer (every page's
    /// navigation shows the reader's).
    waiting: Mutex<Kept<OrgId, u64>>,
    /// Each person's unread notifications (every page's navigation).
    unread: Mutex<Kept<minga_domain::UserId, u64>>,
    /// The communities and each reader's standings in them.
    pub(crate) directory: crate::community_directory::KeptDirectory,
    /// The library's list.
    pub(crate) library: crate::library::KeptLibrary,
    /// Each consultation's responses and the organisations it asks (its
    /// answers read together).
    pub(crate) consultation_responses:
        Mutex<Kept<minga_domain::ConsultationId, Arc<Vec<minga_store::ResponseRow>>>>,
    pub(crate) consultation_audiences:
        Mutex<Kept<minga_domain::ConsultationId, Arc<Vec<minga_domain::Org>>>>,
    /// The themes and capacities (most pages' filters and labels).
    taxonomy: Mutex<Kept<(), Arc<Vec<minga_domain::capacity::TaxonomyItem>>>>,
    /// Each organisation's matches with the version they were made at; the
    /// least used go first when full.
    matches: MatchesCache,
    // One computation of each kind at a time: when the log moves under
    // load, the first request recomputes and the others wait for its result
    // instead of all computing the same thing at once.
    helpers_lock: tokio::sync::Mutex<()>,
    maps_lock: tokio::sync::Mutex<()>,
    matches_lock: tokio::sync::Mutex<()>,
    /// How many times the map's counts were read from the store (tests
    /// check that a save patches them instead).
    map_reads: std::sync::atomic::AtomicU64,
    /// How many times a helper set was read from the store (the same, for
    /// the helpers behind the matches).
    helper_reads: std::sync::atomic::AtomicU64,
}

/// Values valid at one sequence number of their dependencies.
pub(crate) struct Kept<K, V> {
    seq: i64,
    values: HashMap<K, V>,
}

impl<K, V> Default for Kept<K, V> {
    fn default() -> Self {
        Kept {
            seq: i64::MIN,
            values: HashMap::new(),
        }
    }
}

impl<K: Hash + Eq, V: Clone> Kept<K, V> {
    pub(crate) fn get(&self, seq: i64, key: &K) -> Option<V> {
        (self.seq == seq).then(|| self.values.get(key).cloned())?
    }

    /// Keeps `value` for `seq`. A newer sequence empties the rest; a value
    /// computed for an older one (a slow request) is not kept.
    pub(crate) fn put(&mut self, seq: i64, key: K, value: V, max: usize) {
        if seq > self.seq {
            self.seq = seq;
            self.values.clear();
        }
        if seq == self.seq {
            if self.values.len() >= max {
                self.values.clear();
            }
            self.values.insert(key, value);
        }
    }
}

/// The value kept under `key` at `seq`, or else what `read` finds, kept
/// for the next use (at most `max` values at once). `read` runs only on a
/// miss, with no lock held.
pub(crate) async fn kept_or<K, V>(
    kept: &Mutex<Kept<K, V>>,
    seq: i64,
    key: K,
    max: usize,
    read: impl std::future::Future<Output = Result<V>>,
) -> Result<V>
where
    K: Hash + Eq,
    V: Clone,
{
    if let Some(v) = lock(kept).get(seq, &key) {
        return Ok(v);
    }
    let v = read.await?;
    lock(kept).put(seq, key, v.clone(), max);
    Ok(v)
}

pub(crate) fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Organisations' match lists kept at once; past this the least used go
/// (each holds a few dozen organisations: a few megabytes in all).
const MATCHES_KEPT: usize = 2_000;

struct MatchesCache(quick_cache::sync::Cache<MatchesKey, (i64, Arc<Vec<NeedMatches>>)>);

impl Default for MatchesCache {
    fn default() -> Self {
        MatchesCache(quick_cache::sync::Cache::new(MATCHES_KEPT))
    }
}
const UNBOUNDED: usize = usize::MAX;

/// The organisations able to help with one item, with the one-item profile
/// matching reads, built once per change of the log.
pub struct HelperSet {
    pub helpers: Vec<Helper>,
    pub profiles: Vec<CapacityProfile>,
}

/// The one-item profile matching reads for a helper.
fn one_item_profile(item: &ItemCode, h: &Helper) -> CapacityProfile {
    CapacityProfile {
        org: h.org,
        ratings: vec![Rating {
            item: item.clone(),
            level: h.level,
            answered: true,
            evidence: h.evidence.clone(),
            share: true,
            files: vec![],
        }],
        needs: vec![],
        languages: h.languages.clone(),
        status: ProfileStatus::Submitted,
    }
}

fn source_key(s: MapSource) -> String {
    match s {
        MapSource::Current => "current".into(),
        MapSource::Round(id) => id.to_string(),
    }
}

/// What the waiting-requests count is made of.
pub const WAITING_DEPS: Deps = &[Entity::Exchange];
/// What the unread-notifications count is made of.
/// (Communities too: leaving one hides its notifications.)
pub const UNREAD_DEPS: Deps = &[Entity::Notification, Entity::Community];
/// Organisations (or people) whose count is kept at once.
const WAITING_KEPT: usize = 10_000;

impl Core {
    /// How many peer-exchange requests wait for the actor's organisation's
    /// answer (0 for the Secretariat, who answers none); kept until an
    /// exchange changes.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn requests_waiting(&self, actor: &minga_domain::User) -> Result<u64> {
        if actor.role == minga_domain::Role::Secretariat {
            return Ok(0);
        }
        let seq = self.seq_of(WAITING_DEPS).await?;
        if let Some(n) = lock(&self.derived.waiting).get(seq, &actor.org_id) {
            return Ok(n);
        }
        let n = self.store.requests_waiting(actor.org_id).await?;
        lock(&self.derived.waiting).put(seq, actor.org_id, n, WAITING_KEPT);
        Ok(n)
    }

    /// How many of the reader's notifications are unread (those from
    /// communities they may not read left out); kept until a notification
    /// is recorded or read, so a page costs no query while nothing changed.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn unread_notifications(&self, reader: &minga_domain::User) -> Result<u64> {
        let seq = self.seq_of(UNREAD_DEPS).await?;
        if let Some(n) = lock(&self.derived.unread).get(seq, &reader.id) {
            return Ok(n);
        }
        let n = self.count_unread(reader).await?;
        lock(&self.derived.unread).put(seq, reader.id, n, WAITING_KEPT);
        Ok(n)
    }

    /// The themes and capacities, in the Secretariat's order.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn taxonomy(&self) -> Result<Arc<Vec<minga_domain::capacity::TaxonomyItem>>> {
        let seq = self.seq_of(&[Entity::Taxonomy]).await?;
        if let Some(t) = lock(&self.derived.taxonomy).get(seq, &()) {
            return Ok(t);
        }
        let t = Arc::new(self.store.taxonomy().await?);
        lock(&self.derived.taxonomy).put(seq, (), t.clone(), UNBOUNDED);
        Ok(t)
    }

    /// The version of what `deps` name: a value made of them is current
    /// while it is unchanged.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn seq_of(&self, deps: Deps) -> Result<i64> {
        Ok(self.versions().await?.of(deps))
    }

    /// Organisations able to help with `item` (level 2 and up, willing to share).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn helpers_cached(&self, item: &ItemCode) -> Result<Arc<HelperSet>> {
        let seq = self.seq_of(HELPERS_DEPS).await?;
        if let Some(h) = lock(&self.derived.helpers).get(seq, item) {
            return Ok(h);
        }
        let _one = self.derived.helpers_lock.lock().await;
        if let Some(h) = lock(&self.derived.helpers).get(seq, item) {
            return Ok(h);
        }
        self.derived
            .helper_reads
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let helpers = self.store.helpers_for(item, Level::STRONG).await?;
        let profiles = helpers.iter().map(|h| one_item_profile(item, h)).collect();
        let h = Arc::new(HelperSet { helpers, profiles });
        lock(&self.derived.helpers).put(seq, item.clone(), h.clone(), UNBOUNDED);
        Ok(h)
    }

    /// After this server saved `org`'s profile: brings the kept helper sets
    /// to the new version by replacing that organisation's entries, instead
    /// of asking the database again for every item on the next view. Only
    /// when the save is the one change since they were kept (the version
    /// moved by exactly one); otherwise they are computed afresh when next
    /// asked, as on any other app server.
    #[tracing::instrument(level = "debug", skip_all)]
    pub(crate) async fn after_profile_saved(
        &self,
        org: OrgId,
        map_before: Vec<(String, MapCount)>,
    ) -> Result<()> {
        let now = self.seq_of(HELPERS_DEPS).await?;
        let place = self.store.org_by_id(org).await?;
        self.patch_maps(&place, now, map_before).await?;
        let kept_seq = lock(&self.derived.helpers).seq;
        if now != kept_seq + 1 {
            return Ok(());
        }
        let current = match place.archived_at {
            Some(_) => None,
            None => self
                .store
                .latest_submitted_profile(org)
                .await?
                .map(|(_, p)| p),
        };
        let before: Vec<(ItemCode, Arc<HelperSet>)> = lock(&self.derived.helpers)
            .values
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        let mut after = HashMap::with_capacity(before.len());
        for (item, set) in before {
            let rating = current.as_ref().and_then(|p| {
                p.ratings
                    .iter()
                    .find(|r| r.item == item && r.level >= Level::STRONG && r.share)
            });
            let present = set.helpers.iter().any(|h| h.org == org);
            if !present && rating.is_none() {
                after.insert(item, set);
                continue;
            }
            let mut helpers = Vec::with_capacity(set.helpers.len() + 1);
            let mut profiles = Vec::with_capacity(set.helpers.len() + 1);
            for (h, p) in set.helpers.iter().zip(&set.profiles) {
                if h.org != org {
                    helpers.push(h.clone());
                    profiles.push(p.clone());
                }
            }
            if let (Some(r), Some(p)) = (rating, current.as_ref()) {
                let h = Helper {
                    org,
                    region: place.region,
                    country: place.country,
                    level: r.level,
                    evidence: r.evidence.clone(),
                    languages: p.languages.clone(),
                };
                profiles.push(one_item_profile(&item, &h));
                helpers.push(h);
            }
            after.insert(item, Arc::new(HelperSet { helpers, profiles }));
        }
        let mut kept = lock(&self.derived.helpers);
        if kept.seq == kept_seq {
            kept.seq = now;
            kept.values = after;
        }
        Ok(())
    }

    /// `matches_for`, kept while its inputs (profiles, organisations,
    /// exchanges) are unchanged.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn matches_cached(
        &self,
        org: OrgId,
        per_need: usize,
    ) -> Result<Arc<Vec<NeedMatches>>> {
        let seq = self.seq_of(MATCHES_DEPS).await?;
        let key = (org, per_need);
        let kept = |key: &MatchesKey| {
            self.derived
                .matches
                .0
                .get(key)
                .filter(|(s, _)| *s == seq)
                .map(|(_, m)| m)
        };
        if let Some(m) = kept(&key) {
            return Ok(m);
        }
        let _one = self.derived.matches_lock.lock().await;
        if let Some(m) = kept(&key) {
            return Ok(m);
        }
        let m = Arc::new(self.matches_for(org, per_need).await?);
        self.derived.matches.0.insert(key, (seq, m.clone()));
        Ok(m)
    }

    /// The counts behind the map of capacities.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn map_counts(
        &self,
        source: MapSource,
        kind: Option<OrgKind>,
    ) -> Result<Arc<Vec<MapCount>>> {
        let seq = self.seq_of(MAP_DEPS).await?;
        let key = (source_key(source), kind);
        if let Some(m) = lock(&self.derived.maps).get(seq, &key) {
            return Ok(m);
        }
        let _one = self.derived.maps_lock.lock().await;
        if let Some(m) = lock(&self.derived.maps).get(seq, &key) {
            return Ok(m);
        }
        self.derived
            .map_reads
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let m = Arc::new(self.store.map_counts(source, kind).await?);
        lock(&self.derived.maps).put(seq, key, m.clone(), UNBOUNDED);
        Ok(m)
    }

    /// How many times this server has read the map's counts from the store.
    pub fn map_count_reads(&self) -> u64 {
        self.derived
            .map_reads
            .load(std::sync::atomic::Ordering::Relaxed)
    }

    /// How many times this server has read a helper set from the store.
    pub fn helper_set_reads(&self) -> u64 {
        self.derived
            .helper_reads
            .load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Brings the kept map counts to version `now` by adding what the save
    /// changed for `org` (its contribution after, less `before`), when the
    /// save is the one change since they were kept. At 10,000 organisations
    /// this turns a 65 ms read of every count into two reads of one
    /// organisation's rows.
    async fn patch_maps(
        &self,
        org: &minga_domain::Org,
        now: i64,
        before: Vec<(String, MapCount)>,
    ) -> Result<()> {
        let kept_seq = lock(&self.derived.maps).seq;
        if now != kept_seq + 1 {
            return Ok(());
        }
        let after = self.store.org_map_contribution(org.id).await?;
        let delta = contribution_delta(before, after);
        let patched: HashMap<MapKey, Arc<Vec<MapCount>>> = lock(&self.derived.maps)
            .values
            .iter()
            .map(|((source, kind), counts)| {
                let mine = kind.is_none_or(|k| k == org.kind);
                let changes = delta.get(source).filter(|_| mine);
                let counts = match changes {
                    Some(ch) => Arc::new(apply_delta(counts, ch)),
                    None => counts.clone(),
                };
                ((source.clone(), *kind), counts)
            })
            .collect();
        let mut kept = lock(&self.derived.maps);
        if kept.seq == kept_seq {
            kept.seq = now;
            kept.values = patched;
        }
        Ok(())
    }
}

/// A count's place on the map: measure, item, country, region, group.
type CountKey = (MapMeasure, ItemCode, String, String, String);

fn count_key(c: &MapCount) -> CountKey {
    (
        c.measure,
        c.item.clone(),
        c.country.clone(),
        c.region.clone(),
        c.group.clone(),
    )
}

/// By source: how each count changes from `before` to `after` (changes of
/// zero left out).
fn contribution_delta(
    before: Vec<(String, MapCount)>,
    after: Vec<(String, MapCount)>,
) -> HashMap<String, HashMap<CountKey, i64>> {
    let mut delta: HashMap<String, HashMap<CountKey, i64>> = HashMap::new();
    let signed = before
        .into_iter()
        .map(|(s, c)| (s, c, -1))
        .chain(after.into_iter().map(|(s, c)| (s, c, 1)));
    for (source, c, sign) in signed {
        *delta
            .entry(source)
            .or_default()
            .entry(count_key(&c))
            .or_insert(0) += sign * c.count;
    }
    for d in delta.values_mut() {
        d.retain(|_, n| *n != 0);
    }
    delta.retain(|_, d| !d.is_empty());
    delta
}

/// `counts` with `changes` added: counts falling to zero leave, new places
/// join at the end (readers aggregate, so order does not matter).
fn apply_delta(counts: &[MapCount], changes: &HashMap<CountKey, i64>) -> Vec<MapCount> {
    let mut left = changes.clone();
    let mut out: Vec<MapCount> = counts
        .iter()
        .filter_map(|c| {
            let n = c.count + left.remove(&count_key(c)).unwrap_or(0);
            (n != 0).then(|| MapCount {
                count: n,
                ..c.clone()
            })
        })
        .collect();
    out.extend(left.into_iter().filter(|(_, n)| *n != 0).map(
        |((measure, item, country, region, group), count)| MapCount {
            measure,
            item,
            country,
            region,
            group,
            count,
        },
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::{apply_delta, contribution_delta, Kept};
    use minga_domain::capacity::ItemCode;
    use minga_store::{MapCount, MapMeasure};

    #[test]
    fn kept_values_follow_the_newest_sequence() {
        let mut k: Kept<&str, i32> = Kept::default();
        k.put(5, "a", 1, 10);
        assert_eq!(k.get(5, &"a"), Some(1));
        assert_eq!(k.get(6, &"a"), None);
        // A slow request's value for an older sequence is not kept.
        k.put(4, "b", 2, 10);
        assert_eq!(k.get(4, &"b"), None);
        assert_eq!(k.get(5, &"a"), Some(1));
        // A newer sequence starts afresh.
        k.put(7, "c", 3, 10);
        assert_eq!(k.get(7, &"a"), None);
        assert_eq!(k.get(7, &"c"), Some(3));
        // Bounded.
        k.put(7, "d", 4, 1);
        assert_eq!(k.get(7, &"c"), None);
        assert_eq!(k.get(7, &"d"), Some(4));
    }

    #[test]
    fn values_kept_for_one_sequence_stay_together() {
        let mut k: Kept<&str, i32> = Kept::default();
        k.put(5, "a", 1, 10);
        k.put(5, "b", 2, 10);
        assert_eq!(
            k.get(5, &"a"),
            Some(1),
            "a second value does not empty the first"
        );
        assert_eq!(k.get(5, &"b"), Some(2));
    }

    fn count(item: &str, country: &str, n: i64) -> MapCount {
        MapCount {
            measure: MapMeasure::Strength,
            item: ItemCode::parse(item).unwrap(),
            country: country.into(),
            region: "africa".into(),
            group: "south".into(),
            count: n,
        }
    }

    #[test]
    fn a_saved_contribution_moves_only_what_changed() {
        let cur = |c: MapCount| ("current".to_string(), c);
        let before = vec![
            cur(count("policy", "KE", 1)),
            cur(count("research", "KE", 1)),
        ];
        let after = vec![cur(count("policy", "KE", 1)), cur(count("media", "KE", 1))];
        let delta = contribution_delta(before, after);
        let d = &delta["current"];
        assert_eq!(d.len(), 2, "policy is unchanged: {d:?}");
        let kept = vec![
            count("policy", "KE", 3),
            count("research", "KE", 1),
            count("research", "UG", 2),
        ];
        let mut patched = apply_delta(&kept, d);
        patched.sort_by(|a, b| (a.item.as_str(), &a.country).cmp(&(b.item.as_str(), &b.country)));
        assert_eq!(
            patched,
            vec![
                count("media", "KE", 1),
                count("policy", "KE", 3),
                count("research", "UG", 2),
            ],
            "research in Kenya falls to zero and leaves; media joins"
        );
        assert!(contribution_delta(vec![], vec![]).is_empty());
    }

    #[test]
    fn counts_above_one_move_by_the_difference() {
        let cur = |c: MapCount| ("current".to_string(), c);
        let delta = contribution_delta(
            vec![cur(count("policy", "KE", 2))],
            vec![cur(count("policy", "KE", 5))],
        );
        let d = &delta["current"];
        assert_eq!(d.values().copied().collect::<Vec<_>>(), vec![3]);
        assert_eq!(
            apply_delta(&[count("policy", "KE", 4)], d),
            vec![count("policy", "KE", 7)],
            "a count that moves keeps its place with the new number"
        );
    }
}
