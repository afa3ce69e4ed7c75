//! The map of capacities: the taxonomy of themes and technical capacities,
//! strength levels, needs and profiles.

use crate::{Locale, OrgId};
use std::fmt;

/// A theme (thematic knowledge) or a technical capacity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ItemKind {
    Theme,
    Capacity,
}

impl ItemKind {
    pub const ALL: [ItemKind; 2] = [ItemKind::Theme, ItemKind::Capacity];
    /// "Themes" / "Technical capacities": the translation key.
    pub fn plural_key(self) -> &'static str {
        match self {
            ItemKind::Theme => "kind-theme-plural",
            ItemKind::Capacity => "kind-capacity-plural",
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            ItemKind::Theme => "theme",
            ItemKind::Capacity => "capacity",
        }
    }
    pub fn parse(s: &str) -> Option<ItemKind> {
        ItemKind::ALL.into_iter().find(|k| k.code() == s)
    }
}

/// A taxonomy code such as `digital-advocacy`: lowercase ASCII, digits, hyphens.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ItemCode(String);

impl ItemCode {
    pub fn parse(s: &str) -> Result<ItemCode, &'static str> {
        let ok = !s.is_empty()
            && s.len() <= 60
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !s.starts_with('-')
            && !s.ends_with('-');
        if ok {
            Ok(ItemCode(s.to_string()))
        } else {
            Err("error-code-invalid")
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ItemCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Text in each of the five languages.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Localised(pub [String; 5]);

impl Localised {
    pub fn get(&self, l: Locale) -> &str {
        let s = &self.0[l as usize];
        if s.is_empty() {
            &self.0[Locale::En as usize]
        } else {
            s
        }
    }
}

/// One entry of the taxonomy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaxonomyItem {
    pub code: ItemCode,
    pub kind: ItemKind,
    pub label: Localised,
    pub description: Localised,
    /// Search terms per language.
    pub synonyms: [Vec<String>; 5],
    pub position: i64,
}

/// How strong an organisation is in a theme or capacity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Level(u8);

impl Level {
    pub const NONE: Level = Level(0);
    pub const BASIC: Level = Level(1);
    pub const STRONG: Level = Level(2);
    pub const LEADS: Level = Level(3);
    pub const ALL: [Level; 4] = [Level::NONE, Level::BASIC, Level::STRONG, Level::LEADS];

    pub fn new(n: u8) -> Result<Level, &'static str> {
        if n <= 3 {
            Ok(Level(n))
        } else {
            Err("error-level-range")
        }
    }
    pub fn parse(s: &str) -> Result<Level, &'static str> {
        s.trim()
            .parse::<u8>()
            .map_err(|_| "error-level-range")
            .and_then(Level::new)
    }
    pub fn value(self) -> u8 {
        self.0
    }
    /// Level 2 and up: enough to help a peer.
    pub fn can_support(self) -> bool {
        self.0 >= 2
    }
    pub fn label_key(self) -> String {
        format!("level-{}", self.0)
    }
}

/// How urgent a need is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Priority {
    High,
    Medium,
    Low,
}

impl Priority {
    pub const ALL: [Priority; 3] = [Priority::High, Priority::Medium, Priority::Low];
    pub fn code(self) -> &'static str {
        match self {
            Priority::High => "high",
            Priority::Medium => "medium",
            Priority::Low => "low",
        }
    }
    pub fn parse(s: &str) -> Option<Priority> {
        Priority::ALL.into_iter().find(|p| p.code() == s)
    }
    pub fn label_key(self) -> String {
        format!("priority-{}", self.code())
    }
}

/// An organisation's rating of one item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rating {
    pub item: ItemCode,
    /// The level given; `Level::NONE` ("0 — none") when `answered` is false.
    pub level: Level,
    /// Whether a level was chosen at all: "0 — none" is an answer, an item
    /// with only evidence or files and no level is not.
    pub answered: bool,
    pub evidence: String,
    /// The organisation is willing to support peers in this item.
    pub share: bool,
    /// Documents that back the level up.
    pub files: Vec<crate::files::FileRef>,
}

/// Something an organisation wants to learn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Need {
    pub item: ItemCode,
    pub priority: Priority,
    pub description: String,
}

/// Where a profile stands in a mapping round.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ProfileStatus {
    NotStarted,
    Draft,
    Submitted,
}

impl ProfileStatus {
    pub const ALL: [ProfileStatus; 3] = [
        ProfileStatus::NotStarted,
        ProfileStatus::Draft,
        ProfileStatus::Submitted,
    ];
    /// The status in words: the translation key.
    pub fn label_key(self) -> &'static str {
        match self {
            ProfileStatus::NotStarted => "status-not_started",
            ProfileStatus::Draft => "status-draft",
            ProfileStatus::Submitted => "status-submitted",
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            ProfileStatus::NotStarted => "not_started",
            ProfileStatus::Draft => "draft",
            ProfileStatus::Submitted => "submitted",
        }
    }
    pub fn parse(s: &str) -> Option<ProfileStatus> {
        [
            ProfileStatus::NotStarted,
            ProfileStatus::Draft,
            ProfileStatus::Submitted,
        ]
        .into_iter()
        .find(|p| p.code() == s)
    }
}

/// An organisation's capacity profile in one round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CapacityProfile {
    pub org: OrgId,
    pub ratings: Vec<Rating>,
    pub needs: Vec<Need>,
    pub languages: Vec<Locale>,
    pub status: ProfileStatus,
}

impl CapacityProfile {
    pub fn level(&self, item: &ItemCode) -> Level {
        self.ratings
            .iter()
            .find(|r| &r.item == item)
            .map(|r| r.level)
            .unwrap_or(Level::NONE)
    }
    pub fn rating(&self, item: &ItemCode) -> Option<&Rating> {
        self.ratings.iter().find(|r| &r.item == item)
    }
}

/// A mapping round: the Secretariat asks organisations to update their profiles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MappingRound {
    pub id: crate::RoundId,
    /// The title shown to a reader whose language has none of its own: the
    /// first one written, in the order of [`crate::Locale::ALL`].
    pub title: String,
    /// The title and message in each language the Secretariat wrote them in.
    pub texts: RoundTexts,
    pub deadline: chrono::DateTime<chrono::Utc>,
    /// When it opened (for a draft, when it was prepared).
    pub opened_at: chrono::DateTime<chrono::Utc>,
    pub closed_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Prepared, its list of organisations being checked, not yet opened:
    /// nobody is asked or mailed until it opens.
    pub draft: bool,
}

/// A round's title and message in one language.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct RoundText {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub message: String,
}

/// A round's texts by language code (`en`, `ar`…), kept as JSON with the round.
pub type RoundTexts = std::collections::BTreeMap<String, RoundText>;

impl MappingRound {
    /// Open: opened, not closed (a draft is not open).
    pub fn is_open(&self) -> bool {
        self.closed_at.is_none() && !self.draft
    }
    /// The title in the reader's language, or the round's first title.
    pub fn title_in(&self, l: crate::Locale) -> &str {
        self.texts
            .get(l.code())
            .map(|t| t.title.trim())
            .filter(|t| !t.is_empty())
            .unwrap_or(&self.title)
    }
    /// The message in the reader's language, or else the first message
    /// written (in the order of [`crate::Locale::ALL`]); empty when none.
    pub fn message_in(&self, l: crate::Locale) -> &str {
        std::iter::once(l)
            .chain(crate::Locale::ALL)
            .filter_map(|l| self.texts.get(l.code()))
            .map(|t| t.message.trim())
            .find(|m| !m.is_empty())
            .unwrap_or("")
    }
    pub fn overdue(&self, now: chrono::DateTime<chrono::Utc>) -> bool {
        self.is_open() && now > self.deadline
    }
}

/// One organisation's place in a round, for the progress page.
#[derive(Debug, Clone)]
pub struct RoundEntry {
    pub org: crate::Org,
    pub status: ProfileStatus,
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// How many of its people fill in and are mailed about its profile
    /// ([`crate::PROFILE_FILLERS`]); 0 is an organisation nobody can answer for.
    pub fillers: u32,
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone, Utc};

    #[test]
    fn item_codes() {
        for ok in ["digital-advocacy", "a", "x1-2", &"a".repeat(60)] {
            assert_eq!(ItemCode::parse(ok).unwrap().as_str(), ok);
        }
        for bad in [
            "",
            "Digital",
            "digital advocacy",
            "-lead",
            "trail-",
            "é",
            "a_b",
            &"a".repeat(61),
        ] {
            assert_eq!(ItemCode::parse(bad), Err("error-code-invalid"), "{bad:?}");
        }
        assert_eq!(ItemCode::parse("x-1").unwrap().to_string(), "x-1");
    }

    #[test]
    fn kinds_levels_priorities_statuses() {
        for k in ItemKind::ALL {
            assert_eq!(ItemKind::parse(k.code()), Some(k));
        }
        assert_eq!(ItemKind::Theme.code(), "theme");
        assert_eq!(ItemKind::parse("Theme"), None);
        for (n, can) in [(0, false), (1, false), (2, true), (3, true)] {
            let l = Level::new(n).unwrap();
            assert_eq!(l.value(), n);
            assert_eq!(l.can_support(), can, "level {n}");
            assert_eq!(l.label_key(), format!("level-{n}"));
            assert_eq!(Level::parse(&format!(" {n} ")), Ok(l));
        }
        assert_eq!(Level::new(4), Err("error-level-range"));
        assert_eq!(Level::parse("4"), Err("error-level-range"));
        assert_eq!(Level::parse("two"), Err("error-level-range"));
        assert_eq!(Level::parse("-1"), Err("error-level-range"));
        assert_eq!(Level::ALL.map(Level::value), [0, 1, 2, 3]);
        for p in Priority::ALL {
            assert_eq!(Priority::parse(p.code()), Some(p));
            assert_eq!(p.label_key(), format!("priority-{}", p.code()));
        }
        assert_eq!(Priority::parse("urgent"), None);
        assert_eq!(Priority::ALL.map(Priority::code), ["high", "medium", "low"]);
        for s in [
            ProfileStatus::NotStarted,
            ProfileStatus::Draft,
            ProfileStatus::Submitted,
        ] {
            assert_eq!(ProfileStatus::parse(s.code()), Some(s));
        }
        assert_eq!(ProfileStatus::NotStarted.code(), "not_started");
        assert_eq!(ProfileStatus::parse("done"), None);
    }

    #[test]
    fn localised_text_falls_back_to_english() {
        let mut t = Localised::default();
        t.0[Locale::En as usize] = "Teachers".into();
        t.0[Locale::Fr as usize] = "Enseignants".into();
        assert_eq!(t.get(Locale::Fr), "Enseignants");
        assert_eq!(t.get(Locale::Es), "Teachers");
        assert_eq!(t.get(Locale::En), "Teachers");
    }

    #[test]
    fn a_profile_answers_for_its_items() {
        let da = ItemCode::parse("digital-advocacy").unwrap();
        let other = ItemCode::parse("teachers").unwrap();
        let p = CapacityProfile {
            org: OrgId::new(),
            ratings: vec![Rating {
                item: da.clone(),
                level: Level::STRONG,
                answered: true,
                evidence: "e".into(),
                share: true,
                files: vec![],
            }],
            needs: vec![],
            languages: vec![],
            status: ProfileStatus::Draft,
        };
        assert_eq!(p.level(&da), Level::STRONG);
        assert_eq!(p.rating(&da).map(|r| r.evidence.as_str()), Some("e"));
        assert_eq!(p.level(&other), Level::NONE);
        assert!(p.rating(&other).is_none());
    }

    #[test]
    fn a_round_is_overdue_only_while_open_and_past_its_deadline() {
        let deadline = Utc.with_ymd_and_hms(2026, 3, 1, 12, 0, 0).unwrap();
        let mut r = MappingRound {
            id: crate::RoundId::new(),
            title: "t".into(),
            texts: RoundTexts::new(),
            deadline,
            opened_at: deadline - Duration::days(30),
            closed_at: None,
            draft: false,
        };
        assert!(r.is_open());
        assert!(!r.overdue(deadline - Duration::seconds(1)));
        assert!(!r.overdue(deadline), "due at the deadline, not overdue");
        assert!(r.overdue(deadline + Duration::seconds(1)));
        r.closed_at = Some(deadline);
        assert!(!r.is_open());
        assert!(!r.overdue(deadline + Duration::days(1)));
    }

    #[test]
    fn a_draft_is_not_open() {
        let deadline = Utc.with_ymd_and_hms(2026, 3, 1, 12, 0, 0).unwrap();
        let r = MappingRound {
            id: crate::RoundId::new(),
            title: "t".into(),
            texts: RoundTexts::new(),
            deadline,
            opened_at: deadline - Duration::days(30),
            closed_at: None,
            draft: true,
        };
        assert!(!r.is_open());
        assert!(!r.overdue(deadline + Duration::days(1)));
    }

    #[test]
    fn a_reader_sees_the_round_in_their_language_or_the_first_one_written() {
        use crate::Locale;
        let text = |title: &str, message: &str| RoundText {
            title: title.into(),
            message: message.into(),
        };
        let r = MappingRound {
            id: crate::RoundId::new(),
            title: "Mapping 2027".into(),
            texts: RoundTexts::from([
                ("en".into(), text("Mapping 2027", "")),
                ("es".into(), text("Mapeo 2027", "Por favor")),
                ("ar".into(), text("  ", "رسالة")),
            ]),
            deadline: Utc::now(),
            opened_at: Utc::now(),
            closed_at: None,
            draft: false,
        };
        assert_eq!(r.title_in(Locale::Es), "Mapeo 2027");
        assert_eq!(r.title_in(Locale::Fr), "Mapping 2027");
        assert_eq!(
            r.title_in(Locale::Ar),
            "Mapping 2027",
            "a blank title falls back"
        );
        assert_eq!(r.message_in(Locale::Ar), "رسالة");
        assert_eq!(r.message_in(Locale::Es), "Por favor");
        assert_eq!(
            r.message_in(Locale::En),
            "Por favor",
            "the first message written"
        );
    }
}
