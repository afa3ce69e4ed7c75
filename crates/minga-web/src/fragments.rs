//! Rendered parts of pages that are the same for everyone who asks in a
//! language, whatever their organisation (the map of capacities' heat maps
//! and world map; an organisation's matches), kept at the version of what
//! they are made of (`Versions::of`). Whole pages are kept per viewer
//! (`kept`); these parts are shared between viewers, so the first view of
//! the map by a new organisation does not compute it again.

use minga_domain::{Locale, OrgId};
use std::sync::Arc;

/// Parts kept per app server; the least used go first.
const MAX_ENTRIES: usize = 2_048;

/// What a kept part is: which page's body, for which query and language.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FragmentKey {
    /// The map's body for one query (round, comparison, kind, region, item,
    /// measure, as typed: a page for each URL).
    Map {
        page: MapPage,
        locale: Locale,
        query: [String; 6],
    },
    /// An organisation's matches.
    Matches { org: OrgId, locale: Locale },
}

/// The map's two pages: heat maps (`/capacity`), world map (`/capacity/world`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MapPage {
    Heat,
    World,
}

pub struct Fragments {
    inner: quick_cache::sync::Cache<FragmentKey, (i64, Arc<str>)>,
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
    pub fn get(&self, key: &FragmentKey, seq: i64) -> Option<Arc<str>> {
        self.inner
            .get(key)
            .filter(|(s, _)| *s == seq)
            .map(|(_, html)| html)
    }

    pub fn put(&self, key: FragmentKey, seq: i64, html: Arc<str>) {
        self.inner.insert(key, (seq, html));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(locale: Locale, item: &str) -> FragmentKey {
        let mut query: [String; 6] = Default::default();
        query[4] = item.into();
        FragmentKey::Map {
            page: MapPage::Heat,
            locale,
            query,
        }
    }

    #[test]
    fn a_fragment_lives_until_its_version_moves() {
        let f = Fragments::default();
        f.put(map(Locale::En, ""), 7, Arc::from("<p>7</p>"));
        assert_eq!(f.get(&map(Locale::En, ""), 7).as_deref(), Some("<p>7</p>"));
        assert_eq!(f.get(&map(Locale::En, ""), 8), None);
        assert_eq!(f.get(&map(Locale::Fr, ""), 7), None);
        assert_eq!(f.get(&map(Locale::En, "teachers"), 7), None);
    }

    #[test]
    fn the_least_used_go_first_when_full() {
        let f = Fragments::default();
        for i in 0..(MAX_ENTRIES * 2) {
            f.put(map(Locale::En, &format!("k{i}")), 1, Arc::from("x"));
        }
        assert!(f.inner.len() <= MAX_ENTRIES);
        let last = map(Locale::En, &format!("k{}", MAX_ENTRIES * 2 - 1));
        assert!(f.get(&last, 1).is_some());
    }
}
