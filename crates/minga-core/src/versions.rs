//! How current everything is: the version of each kind of entity, read from
//! `entity_versions` in one query and shared by every request that arrived
//! before that read began.
//!
//! Each request needs versions at least as new as its own arrival (a page
//! kept at an older version may miss a write the reader has just made).
//! Reading them once per request costs a database round trip each; instead,
//! a request waits for the next read that *starts* after it arrived, and one
//! read serves every request waiting for it. That is exactly as fresh as a
//! read per request, on any number of app servers, at one read per round
//! trip however many requests arrive.
//!
//! A request reads them once, as it arrives, and runs inside [`as_of`]: the
//! kept values it uses are then checked against that one read rather than
//! each waiting for a read of its own (a page uses several). Once the
//! request itself records a change, that read is too old for it, and each
//! use reads afresh again.

use crate::{Core, Result};
use minga_domain::Entity;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

/// The version of every entity kind at one moment.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Versions {
    of: [i64; Entity::ALL.len()],
}

impl Versions {
    pub fn from_rows(rows: impl IntoIterator<Item = (Entity, i64)>) -> Versions {
        let mut v = Versions::default();
        for (e, n) in rows {
            v.of[e.index()] = n;
        }
        v
    }

    /// The version of what `deps` name: it grows with every committed change
    /// to any of them, so a value kept with it is current while it is equal.
    pub fn of(&self, deps: &[Entity]) -> i64 {
        deps.iter().map(|e| self.of[e.index()]).sum()
    }
}

/// Coalesces reads of the versions (see the module's documentation).
#[derive(Default)]
pub(crate) struct VersionReader {
    /// How many reads have started; a read's number is its count.
    started: AtomicU64,
    /// The newest finished read: its number and what it found.
    latest: Mutex<(u64, Arc<Versions>)>,
    /// One read at a time.
    reading: tokio::sync::Mutex<()>,
}

impl VersionReader {
    fn finished_after(&self, arrival: u64) -> Option<Arc<Versions>> {
        let latest = self.latest.lock().unwrap_or_else(|e| e.into_inner());
        (latest.0 > arrival).then(|| latest.1.clone())
    }
}

tokio::task_local! {
    static AS_OF: Arc<Versions>;
}

/// Runs `f` (a request) with `versions`, read as it arrived, as the answer
/// of [`Core::versions`] until `f` records a change.
pub async fn as_of<F: std::future::Future>(versions: Arc<Versions>, f: F) -> F::Output {
    AS_OF.scope(versions, minga_store::watching_writes(f)).await
}

impl Core {
    /// Versions read after the current request arrived (see [`as_of`]), or
    /// else after this call began.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn versions(&self) -> Result<Arc<Versions>> {
        if !minga_store::recorded() {
            if let Ok(v) = AS_OF.try_with(Arc::clone) {
                return Ok(v);
            }
        }
        self.fresh_versions().await
    }

    /// Versions read after this call began.
    pub async fn fresh_versions(&self) -> Result<Arc<Versions>> {
        let r = &self.versions;
        let arrival = r.started.load(Ordering::SeqCst);
        if let Some(v) = r.finished_after(arrival) {
            return Ok(v);
        }
        let _one = r.reading.lock().await;
        // Another request's read may have started after our arrival and
        // finished while we waited.
        if let Some(v) = r.finished_after(arrival) {
            return Ok(v);
        }
        let number = r.started.fetch_add(1, Ordering::SeqCst) + 1;
        let v = Arc::new(Versions::from_rows(self.store.entity_versions().await?));
        let mut latest = r.latest.lock().unwrap_or_else(|e| e.into_inner());
        if number > latest.0 {
            *latest = (number, v.clone());
        }
        Ok(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_sum_what_they_name() {
        let v = Versions::from_rows([(Entity::Org, 3), (Entity::Profile, 5), (Entity::User, 7)]);
        assert_eq!(v.of(&[Entity::Org, Entity::Profile]), 8);
        assert_eq!(v.of(&[Entity::Exchange]), 0);
        assert_eq!(v.of(&Entity::ALL), 15);
        assert_eq!(v.of(&[]), 0);
    }

    #[test]
    fn only_a_read_that_began_after_arrival_counts() {
        let r = VersionReader::default();
        assert!(r.finished_after(0).is_none(), "nothing read yet");
        *r.latest.lock().unwrap() = (1, Arc::new(Versions::default()));
        assert!(r.finished_after(0).is_some());
        assert!(
            r.finished_after(1).is_none(),
            "read 1 began before this arrival"
        );
    }
}
