//! The map of capacities, one file per aggregate: the taxonomy, mapping
//! rounds, profiles, the map's counts and peer exchanges.

mod exchanges;
mod map;
mod profiles;
mod rounds;
mod taxonomy;

pub use exchanges::ExchangeCounts;
pub use minga_domain::map::{CellEntry, Helper, MapCount, MapMeasure, MapSource};
pub use rounds::{NewRound, RoundCounts};

use minga_domain::Locale;

pub(super) const LANGS: [&str; 5] = ["en", "es", "fr", "pt", "ar"];

pub(super) fn languages_to_text(ls: &[Locale]) -> String {
    ls.iter().map(|l| l.code()).collect::<Vec<_>>().join(",")
}

pub(super) fn languages_from_text(s: &str) -> Vec<Locale> {
    s.split(',').filter_map(Locale::parse).collect()
}
