//! What the map of capacities and matching read: which profiles, counts per
//! country, the organisations behind a cell, who can help. Plain read models,
//! so the store returns them and the pages show them without either knowing
//! the other.

use crate::capacity::{ItemCode, Level};
use crate::{Locale, OrgId, RoundId};

/// Which profiles a map reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MapSource {
    /// Every organisation's most recently submitted profile.
    Current,
    /// The profiles submitted in one round.
    Round(RoundId),
}

/// Strengths (level 2 and up) or needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MapMeasure {
    Strength,
    Need,
}

impl MapMeasure {
    pub const ALL: [MapMeasure; 2] = [MapMeasure::Strength, MapMeasure::Need];
    /// Its value in the map's URLs.
    pub fn code(self) -> &'static str {
        match self {
            MapMeasure::Strength => "strength",
            MapMeasure::Need => "need",
        }
    }
    pub fn parse(code: &str) -> Option<MapMeasure> {
        MapMeasure::ALL.into_iter().find(|m| m.code() == code)
    }
    /// "Strengths" / "Needs": the translation key.
    pub fn title_key(self) -> &'static str {
        match self {
            MapMeasure::Strength => "map-strengths",
            MapMeasure::Need => "map-needs",
        }
    }
}

/// One organisation behind a cell of the map: its level (strengths) or
/// priority (needs), the evidence or description, and evidence files.
#[derive(Debug, Clone)]
pub struct CellEntry {
    pub org: crate::Org,
    pub what: String,
    pub detail: String,
    pub files: Vec<crate::files::FileRef>,
}

/// How many organisations of one country have a strength or need in one item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapCount {
    pub measure: MapMeasure,
    pub item: ItemCode,
    pub country: String,
    pub region: String,
    pub group: String,
    pub count: i64,
}

/// An organisation able to help with one item.
#[derive(Debug, Clone)]
pub struct Helper {
    pub org: OrgId,
    pub region: crate::Region,
    pub country: crate::Country,
    pub level: Level,
    pub evidence: String,
    pub languages: Vec<Locale>,
}
