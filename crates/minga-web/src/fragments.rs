//! Rendered parts of signed-in pages that are the same for everyone who asks
//! in a language (the map of capacities' heat maps and world map, an
//! organisation's matches), kept at the version of what they are made of
//! (`AppState::version_of`). The page around them (name, navigation, CSRF
//! token) is rendered per request; the costly middle is not.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

const MAX_ENTRIES: usize = 1_024;

#[derive(Default)]
pub struct Fragments {
    inner: Mutex<HashMap<String, (i64, Arc<str>)>>,
}

impl Fragments {
    /// The fragment for `key` rendered at version `seq`, if there is one.
    pub fn get(&self, key: &str, seq: i64) -> Option<Arc<str>> {
        let map = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        map.get(key)
            .filter(|(s, _)| *s == seq)
            .map(|(_, html)| html.clone())
    }

    pub fn put(&self, key: String, seq: i64, html: Arc<str>) {
        let mut map = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        if map.len() >= MAX_ENTRIES && !map.contains_key(&key) {
            // Bounded: start afresh rather than grow.
            map.clear();
        }
        map.insert(key, (seq, html));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fragment_lives_until_the_log_moves() {
        let f = Fragments::default();
        f.put("map|en".into(), 7, Arc::from("<p>7</p>"));
        assert_eq!(f.get("map|en", 7).as_deref(), Some("<p>7</p>"));
        assert_eq!(f.get("map|en", 8), None);
        assert_eq!(f.get("map|fr", 7), None);
    }
}
