//! Countries (ISO 3166-1, names in our five languages from the keshvar
//! dataset), the network's five regions and the North/South grouping.
//!
//! Region and group are derived from the dataset's UN geoscheme; an
//! organisation can override both, so the rule only has to be a good default.

use crate::locale::Locale;
use keshvar::{Alpha2, SubRegion};
use std::fmt;
use std::sync::LazyLock;

/// The network's regions (the campaign's own grouping, close to UNESCO's).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Region {
    Africa,
    AsiaPacific,
    LatinAmericaCaribbean,
    MiddleEastNorthAfrica,
    EuropeNorthAmerica,
}

impl Region {
    pub const ALL: [Region; 5] = [
        Region::Africa,
        Region::AsiaPacific,
        Region::LatinAmericaCaribbean,
        Region::MiddleEastNorthAfrica,
        Region::EuropeNorthAmerica,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Region::Africa => "africa",
            Region::AsiaPacific => "asia-pacific",
            Region::LatinAmericaCaribbean => "latin-america-caribbean",
            Region::MiddleEastNorthAfrica => "mena",
            Region::EuropeNorthAmerica => "europe-north-america",
        }
    }

    pub fn parse(s: &str) -> Option<Region> {
        Region::ALL.into_iter().find(|r| r.code() == s)
    }

    /// Fluent key of the region's name.
    pub fn label_key(self) -> String {
        format!("region-{}", self.code())
    }
}

/// Global North or Global South.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Group {
    North,
    South,
}

impl Group {
    pub const ALL: [Group; 2] = [Group::North, Group::South];
    pub fn code(self) -> &'static str {
        match self {
            Group::North => "north",
            Group::South => "south",
        }
    }
    pub fn parse(s: &str) -> Option<Group> {
        Group::ALL.into_iter().find(|g| g.code() == s)
    }
    pub fn label_key(self) -> String {
        format!("group-{}", self.code())
    }
}

#[derive(Debug)]
pub struct CountryInfo {
    code: String,
    names: [String; 5],
    region: Region,
    group: Group,
    /// Which of our five languages are official there, per the dataset.
    languages: Vec<Locale>,
    /// Hours from UTC of the sun at the country's centre (longitude / 15).
    solar_offset_hours: i32,
    /// ISO 3166-1 numeric code, three digits.
    numeric: String,
    /// Its names in the five languages, folded for search, one per line.
    search: String,
}

struct Table {
    /// Sorted by code.
    by_code: Vec<CountryInfo>,
    /// For each locale, indexes into `by_code` sorted by the localised name.
    sorted: [Vec<usize>; 5],
}

static TABLE: LazyLock<Table> = LazyLock::new(build_table);

fn build_table() -> Table {
    let mut by_code: Vec<CountryInfo> = keshvar::SUPPORTED_ALPHA2_LIST
        .iter()
        .filter_map(|a| {
            let c = a.to_country();
            let region = derive_region(*a, &c)?;
            let group = derive_group(*a, &c);
            let tr = c.translations();
            let names = Locale::ALL.map(|l| {
                tr.get(l.code())
                    .or_else(|| tr.get("en"))
                    .map(|s| s.to_string())
                    .unwrap_or_else(|| c.iso_short_name().to_string())
            });
            let languages = c
                .maybe_official_language_list()
                .unwrap_or_default()
                .iter()
                .filter_map(|code| Locale::parse(code))
                .collect();
            let solar_offset_hours = (c.geo().longitude() / 15.0).round() as i32;
            Some(CountryInfo {
                code: a.to_string(),
                region,
                group,
                languages,
                solar_offset_hours,
                numeric: c.number().to_string(),
                search: names
                    .iter()
                    .map(|n| crate::text::fold(n))
                    .collect::<Vec<_>>()
                    .join("\n"),
                names,
            })
        })
        .collect();
    by_code.sort_by(|a, b| a.code.cmp(&b.code));
    let sorted = Locale::ALL.map(|l| {
        let i = l as usize;
        let mut idx: Vec<usize> = (0..by_code.len()).collect();
        idx.sort_by(|&a, &b| crate::text::collate(l, &by_code[a].names[i], &by_code[b].names[i]));
        idx
    });
    Table { by_code, sorted }
}

fn derive_region(a: Alpha2, c: &keshvar::Country) -> Option<Region> {
    use keshvar::Region as K;
    let code = a.to_string();
    // UNESCO counts these Western Asian states in Europe and North America.
    const WEST_ASIA_IN_EUROPE: [&str; 6] = ["AM", "AZ", "CY", "GE", "IL", "TR"];
    Some(match (c.maybe_region()?, c.maybe_subregion()) {
        (K::Africa, Some(SubRegion::NorthernAfrica)) if code != "SS" => {
            Region::MiddleEastNorthAfrica
        }
        (K::Africa, _) => Region::Africa,
        (K::Asia, Some(SubRegion::WesternAsia)) if WEST_ASIA_IN_EUROPE.contains(&code.as_str()) => {
            Region::EuropeNorthAmerica
        }
        (K::Asia, Some(SubRegion::WesternAsia)) => Region::MiddleEastNorthAfrica,
        (K::Asia, _) | (K::Oceania, _) => Region::AsiaPacific,
        (K::Europe, _) => Region::EuropeNorthAmerica,
        (K::Americas, Some(SubRegion::NorthernAmerica)) => Region::EuropeNorthAmerica,
        (K::Americas, _) => Region::LatinAmericaCaribbean,
        (K::Antarctica, _) => return None,
    })
}

fn derive_group(a: Alpha2, c: &keshvar::Country) -> Group {
    // The UN's former "developed regions", plus the few high-income states
    // the network has always counted as North.
    const ALSO_NORTH: [&str; 4] = ["JP", "KR", "IL", "CY"];
    let north = matches!(c.maybe_region(), Some(keshvar::Region::Europe))
        || matches!(
            c.maybe_subregion(),
            Some(SubRegion::NorthernAmerica | SubRegion::AustraliaAndNewZealand)
        )
        || ALSO_NORTH.contains(&a.to_string().as_str());
    if north {
        Group::North
    } else {
        Group::South
    }
}

/// A country, validated against the dataset.
#[derive(Clone, Copy)]
pub struct Country(&'static CountryInfo);

impl Country {
    /// Accepts an ISO 3166-1 alpha-2 code in any case.
    pub fn parse(code: &str) -> Result<Country, &'static str> {
        let up = code.trim().to_ascii_uppercase();
        if up.is_empty() {
            return Err("error-required");
        }
        let t = &*TABLE;
        t.by_code
            .binary_search_by(|c| c.code.as_str().cmp(&up))
            .map(|i| Country(&t.by_code[i]))
            .map_err(|_| "error-country-invalid")
    }

    pub fn code(&self) -> &'static str {
        &self.0.code
    }
    pub fn name(&self, locale: Locale) -> &'static str {
        &self.0.names[locale as usize]
    }
    pub fn region(&self) -> Region {
        self.0.region
    }
    pub fn group(&self) -> Group {
        self.0.group
    }
    /// Roughly how many hours from UTC the country's working day is: the
    /// sun's time at its centre. Good enough to tell whether two offices
    /// share working hours; not a time zone.
    pub fn solar_offset_hours(&self) -> i32 {
        self.0.solar_offset_hours
    }

    /// Official languages of the country that Minga speaks.
    pub fn languages(&self) -> &'static [Locale] {
        &self.0.languages
    }

    /// The country with this ISO 3166-1 numeric code ("404" is Kenya).
    pub fn by_numeric(code: &str) -> Option<Country> {
        TABLE
            .by_code
            .iter()
            .find(|c| c.numeric == code)
            .map(Country)
    }

    pub fn numeric(&self) -> &'static str {
        &self.0.numeric
    }

    /// All countries, sorted by their name in `locale`.
    pub fn all_sorted(locale: Locale) -> impl Iterator<Item = Country> {
        let t = &*TABLE;
        t.sorted[locale as usize]
            .iter()
            .map(move |&i| Country(&t.by_code[i]))
    }

    pub fn all() -> impl Iterator<Item = Country> {
        TABLE.by_code.iter().map(Country)
    }

    /// The countries one of whose names, in any of the five languages,
    /// contains `word` (already folded with [`crate::text::fold`]).
    pub fn matching(word: &str) -> Vec<Country> {
        if word.is_empty() {
            return vec![];
        }
        TABLE
            .by_code
            .iter()
            .filter(|c| c.search.contains(word))
            .map(Country)
            .collect()
    }
}

impl PartialEq for Country {
    fn eq(&self, other: &Self) -> bool {
        self.0.code == other.0.code
    }
}
impl Eq for Country {}

impl fmt::Debug for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Country({})", self.0.code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_come_in_five_languages() {
        let ke = Country::parse("ke").unwrap();
        assert_eq!(ke.name(Locale::En), "Kenya");
        assert_eq!(ke.name(Locale::Es), "Kenia");
        assert_eq!(ke.name(Locale::Ar), "كينيا");
        assert_eq!(Country::parse("ZZ").unwrap_err(), "error-country-invalid");
        assert!(Country::all().count() > 240);
        assert_eq!(Country::parse("SN").unwrap().languages(), &[Locale::Fr]);
        assert!(Country::parse("EG")
            .unwrap()
            .languages()
            .contains(&Locale::Ar));
    }

    #[test]
    fn regions_and_groups() {
        let cases = [
            ("KE", Region::Africa, Group::South),
            ("EG", Region::MiddleEastNorthAfrica, Group::South),
            ("JO", Region::MiddleEastNorthAfrica, Group::South),
            ("PE", Region::LatinAmericaCaribbean, Group::South),
            ("BD", Region::AsiaPacific, Group::South),
            ("NZ", Region::AsiaPacific, Group::North),
            ("JP", Region::AsiaPacific, Group::North),
            ("US", Region::EuropeNorthAmerica, Group::North),
            ("SE", Region::EuropeNorthAmerica, Group::North),
            ("TR", Region::EuropeNorthAmerica, Group::South),
            ("SS", Region::Africa, Group::South),
        ];
        for (code, region, group) in cases {
            let c = Country::parse(code).unwrap();
            assert_eq!((c.region(), c.group()), (region, group), "{code}");
        }
    }

    #[test]
    fn every_country_has_a_name_in_every_language() {
        for c in Country::all() {
            for l in Locale::ALL {
                assert!(!c.name(l).is_empty(), "{} {l}", c.code());
            }
        }
        let first_es = Country::all_sorted(Locale::Es).next().unwrap();
        assert_eq!(first_es.code(), "AF");
        // Arabic names in Arabic order; accented names not last in French.
        let first_ar = Country::all_sorted(Locale::Ar).next().unwrap();
        let first = first_ar.name(Locale::Ar);
        assert!(crate::text::fold(first).starts_with('ا'), "{first}");
        let fr: Vec<&str> = Country::all_sorted(Locale::Fr).map(|c| c.code()).collect();
        let pos = |code| fr.iter().position(|c| *c == code).unwrap();
        assert!(pos("EG") < pos("ES"), "Égypte before Espagne");
    }

    #[test]
    fn countries_are_found_by_any_of_their_names() {
        use crate::text::fold;
        let codes = |w: &str| {
            Country::matching(&fold(w))
                .iter()
                .map(|c| c.code())
                .collect::<Vec<_>>()
        };
        assert!(codes("cote d'ivoire").contains(&"CI"));
        assert!(codes("costa de marfil").contains(&"CI"));
        assert!(codes("كينيا").contains(&"KE"));
        assert!(codes("QUENIA").contains(&"KE"), "pt Quênia");
        assert!(codes("").is_empty());
    }
}
