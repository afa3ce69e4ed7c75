//! The time zones a person chooses from: the canonical IANA zones (no
//! backward-compatible aliases such as `W-SU`, `Zulu` or `Asia/Calcutta`),
//! grouped by their area, each with its current offset from UTC.
//!
//! Which names are canonical comes from ICU4X (`icu_time`, CLDR's data),
//! which also gives each zone's BCP-47 id; those ids are UN/LOCODEs whose
//! first two letters are the ISO 3166 country (`kenbo` is Nairobi), which is
//! how a country finds its zones. Offsets come from chrono-tz. Aliases stay
//! valid values ([`crate::TimeZone::parse`] takes any name chrono-tz knows).

use crate::Country;
use chrono::{DateTime, Offset, TimeZone as _, Utc};
use std::sync::LazyLock;

/// The areas of the IANA names, in the order the picker shows them.
pub const AREAS: [&str; 10] = [
    "Africa",
    "America",
    "Antarctica",
    "Arctic",
    "Asia",
    "Atlantic",
    "Australia",
    "Europe",
    "Indian",
    "Pacific",
];

/// A canonical zone.
#[derive(Debug, Clone)]
pub struct Zone {
    /// Its IANA name, e.g. `America/Argentina/Buenos_Aires`.
    pub name: &'static str,
    /// The first part of the name, one of [`AREAS`].
    pub area: &'static str,
    /// The rest, readable: `Argentina/Buenos Aires`.
    pub city: String,
    /// The country the zone belongs to, when its id names one.
    pub country: Option<&'static str>,
    tz: chrono_tz::Tz,
}

impl Zone {
    /// Seconds east of UTC at `now`.
    pub fn offset_seconds(&self, now: DateTime<Utc>) -> i32 {
        self.tz
            .offset_from_utc_datetime(&now.naive_utc())
            .fix()
            .local_minus_utc()
    }
}

static ZONES: LazyLock<Vec<Zone>> = LazyLock::new(|| {
    let parser = icu_time::zone::iana::IanaParserExtended::new();
    let mut zones: Vec<Zone> = parser
        .iter()
        .filter_map(|z| {
            let name: &'static str = z.canonical;
            let (area, rest) = name.split_once('/')?;
            let area = AREAS.into_iter().find(|a| *a == area)?;
            // Only what chrono-tz can give offsets for.
            let tz: chrono_tz::Tz = name.parse().ok()?;
            let id = z.time_zone.as_str();
            let country = (id.len() >= 5 && id.bytes().all(|b| b.is_ascii_lowercase()))
                .then(|| Country::parse(&id[..2]).ok().map(|c| c.code()))
                .flatten();
            Some(Zone {
                name,
                area,
                city: rest.replace('_', " "),
                country,
                tz,
            })
        })
        .collect();
    zones.sort_by(|a, b| a.name.cmp(b.name));
    zones.dedup_by(|a, b| a.name == b.name);
    zones
});

/// Every canonical zone, sorted by name.
pub fn all() -> &'static [Zone] {
    &ZONES
}

/// Whether `name` is a canonical zone of the picker.
pub fn is_canonical(name: &str) -> bool {
    ZONES.binary_search_by(|z| z.name.cmp(name)).is_ok()
}

/// The zones grouped by area, in [`AREAS`] order, each sorted by city.
pub fn grouped() -> Vec<(&'static str, Vec<&'static Zone>)> {
    AREAS
        .into_iter()
        .map(|area| {
            let mut zs: Vec<&Zone> = ZONES.iter().filter(|z| z.area == area).collect();
            zs.sort_by(|a, b| a.city.cmp(&b.city));
            (area, zs)
        })
        .filter(|(_, zs)| !zs.is_empty())
        .collect()
}

/// `UTC+03:00`, `UTC-05:30`, `UTC+00:00`.
pub fn format_offset(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let m = seconds.unsigned_abs() / 60;
    format!("UTC{sign}{:02}:{:02}", m / 60, m % 60)
}

/// The zones of a country, sorted by name.
pub fn of_country(country: Country) -> Vec<&'static Zone> {
    ZONES
        .iter()
        .filter(|z| z.country == Some(country.code()))
        .collect()
}

/// A good first guess of a country's zone: of its zones, the one whose
/// offset now is nearest the sun's time at the country's centre (so the
/// United States gets a central zone, not Adak); UTC for a country with
/// none.
pub fn default_for(country: Country, now: DateTime<Utc>) -> &'static str {
    let solar = country.solar_offset_hours() * 3600;
    of_country(country)
        .into_iter()
        .min_by_key(|z| ((z.offset_seconds(now) - solar).abs(), z.name))
        .map(|z| z.name)
        .unwrap_or("UTC")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(y: i32, m: u32, d: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, 12, 0, 0).unwrap()
    }

    #[test]
    fn only_canonical_zones_are_offered() {
        let names: Vec<&str> = all().iter().map(|z| z.name).collect();
        assert!(names.contains(&"Africa/Nairobi"));
        assert!(names.contains(&"Asia/Kolkata"));
        assert!(names.contains(&"America/Argentina/Buenos_Aires"));
        for alias in [
            "W-SU",
            "Zulu",
            "US/Eastern",
            "Asia/Calcutta",
            "Europe/Kiev",
            "Etc/GMT+3",
            "GB",
        ] {
            assert!(!is_canonical(alias), "{alias}");
            // Still a valid stored value.
            assert!(crate::TimeZone::parse(alias).is_ok(), "{alias}");
        }
        assert!(is_canonical("Europe/Kyiv"));
        // Far fewer than the ~600 names chrono-tz knows.
        assert!(names.len() > 300 && names.len() < 480, "{}", names.len());
        assert!(chrono_tz::TZ_VARIANTS.len() > names.len() + 100);
    }

    #[test]
    fn grouped_by_area_and_sorted_by_city() {
        let groups = grouped();
        let areas: Vec<&str> = groups.iter().map(|(a, _)| *a).collect();
        assert_eq!(areas.first(), Some(&"Africa"));
        assert!(areas.contains(&"Europe") && areas.contains(&"Pacific"));
        for (area, zones) in &groups {
            assert!(zones.iter().all(|z| z.area == *area));
            assert!(zones.windows(2).all(|w| w[0].city <= w[1].city), "{area}");
        }
        let africa = &groups[0].1;
        assert!(africa.iter().any(|z| z.city == "Nairobi"));
    }

    #[test]
    fn offsets_follow_summer_time() {
        let ny = all().iter().find(|z| z.name == "America/New_York").unwrap();
        assert_eq!(
            format_offset(ny.offset_seconds(at(2026, 1, 15))),
            "UTC-05:00"
        );
        assert_eq!(
            format_offset(ny.offset_seconds(at(2026, 7, 15))),
            "UTC-04:00"
        );
        let k = all().iter().find(|z| z.name == "Asia/Kolkata").unwrap();
        assert_eq!(
            format_offset(k.offset_seconds(at(2026, 7, 15))),
            "UTC+05:30"
        );
        assert_eq!(format_offset(0), "UTC+00:00");
        assert_eq!(format_offset(-9000), "UTC-02:30");
    }

    #[test]
    fn a_country_suggests_its_zone() {
        let now = at(2026, 3, 1);
        let c = |code| Country::parse(code).unwrap();
        assert_eq!(default_for(c("KE"), now), "Africa/Nairobi");
        assert_eq!(default_for(c("PE"), now), "America/Lima");
        assert_eq!(default_for(c("SN"), now), "Africa/Dakar");
        assert_eq!(default_for(c("IN"), now), "Asia/Kolkata");
        assert_eq!(default_for(c("JO"), now), "Asia/Amman");
        // Several zones: one near the middle of the country.
        let us = default_for(c("US"), now);
        assert!(
            ["America/Chicago", "America/Denver"].contains(&us)
                || us.starts_with("America/Indiana")
                || us.starts_with("America/North_Dakota")
                || us.starts_with("America/Kentucky")
                || us == "America/Menominee",
            "{us}"
        );
        assert!(of_country(c("US")).len() > 10);
        assert!(of_country(c("KE")).iter().all(|z| z.country == Some("KE")));
    }
}
