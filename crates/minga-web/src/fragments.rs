//! Rendered parts of pages that are the same for everyone who asks in a
//! language, whatever their organisation (the map of capacities' heat maps
//! and world map; an organisation's matches), kept at the version of what
//! they are made of (`Versions::of`). Whole pages are kept per viewer
//! (`kept`); these parts are shared between viewers, so the first view of
//! the map by a new organisation does not compute it again.

use std::sync::Arc;

/// Parts kept per app server; the least used go first.
const MAX_ENTRIES: usize = 2_048;

pub struct Fragments {
    inner: quick_cache::sync::Cache<String, (i64, Arc<str>)>,
}

impl Default for Fragments {
    fn default() -> Self {
        Fragments {
            inner: quick_cache::sync::Cache::new(MAX_ENTRIES),
        }
    }
}

impl Fragments {
    /// The fragment for `key` rendered at version `seq`, if there is one.
    pub fn get(&self, key: &str, seq: i64) -> Option<Arc<str>> {
        self.inner
            .get(key)
            .filter(|(s, _)| *s == seq)
            .map(|(_, html)| html)
    }

    pub fn put(&self, key: String, seq: i64, html: Arc<str>) {
        self.inner.insert(key, (seq, html));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fragment_lives_until_its_version_moves() {
        let f = Fragments::default();
        f.put("map|en".into(), 7, Arc::from("<p>7</p>"));
        assert_eq!(f.get("map|en", 7).as_deref(), Some("<p>7</p>"));
        assert_eq!(f.get("map|en", 8), None);
        assert_eq!(f.get("map|fr", 7), None);
    }

    #[test]
    fn the_least_used_go_first_when_full() {
        let f = Fragments::default();
        for i in 0..(MAX_ENTRIES * 2) {
            f.put(format!("k{i}"), 1, Arc::from("x"));
        }
        assert!(f.inner.len() <= MAX_ENTRIES);
        assert!(f.get(&format!("k{}", MAX_ENTRIES * 2 - 1), 1).is_some());
    }
}
