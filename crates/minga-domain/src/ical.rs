//! A small iCalendar (RFC 5545) writer for events: content lines end in
//! CRLF, are folded at 75 octets (never inside a UTF-8 character), and text
//! values escape `\`, `;`, `,` and newlines. An event's start and end are
//! written in the organiser's zone (`DTSTART;TZID=America/Bogota:…`, RFC 5545
//! §3.3.5 form #3), so a program that moves it keeps it at that zone's wall
//! time; the calendar carries one VTIMEZONE per zone used, made from
//! chrono-tz's data (see `vtimezone`). Events in UTC, and the rare instant
//! whose local time the clocks pass twice, are written in UTC with `Z` (form
//! #2): RFC 5545 says such a local time is the first pass, but ical.js (for
//! one) takes the second, and UTC leaves no reader in doubt.
//!
//! Written here rather than taken from a crate: the few properties an event
//! needs are less code than a dependency, and the property tests below check
//! the two rules programs are strict about (line length and CRLF) and that
//! every text comes back unchanged.

use chrono::{DateTime, Duration, LocalResult, NaiveDateTime, NaiveTime, Offset, TimeZone, Utc};
use chrono_tz::{OffsetComponents, OffsetName, Tz, TzOffset};

/// The longest content line, in octets, not counting its CRLF.
pub const LINE_MAX: usize = 75;

/// One VEVENT.
#[derive(Debug, Clone)]
pub struct IcsEvent {
    /// Stable per event: the event's id at the site's host.
    pub uid: String,
    pub stamp: DateTime<Utc>,
    pub created: DateTime<Utc>,
    pub last_modified: DateTime<Utc>,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    /// The organiser's zone, which the start and end are written in.
    pub zone: Tz,
    pub summary: String,
    pub description: String,
    /// Where it happens (an online link is given here and as URL too).
    pub location: Option<String>,
    /// The event's page.
    pub url: String,
    pub sequence: i64,
    pub cancelled: bool,
}

/// A whole calendar: one event (an .ics file) or a community's feed.
pub fn calendar(name: Option<&str>, events: &[IcsEvent]) -> String {
    let mut out = String::with_capacity(512 + events.len() * 600);
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//Minga//Learning Communities//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    if let Some(name) = name {
        line(&mut out, &format!("X-WR-CALNAME:{}", escape_text(name)));
        line(&mut out, &format!("NAME:{}", escape_text(name)));
        // RFC 7986: how often a subscribed program should look again.
        line(&mut out, "REFRESH-INTERVAL;VALUE=DURATION:PT1H");
        line(&mut out, "X-PUBLISHED-TTL:PT1H");
    }
    // One VTIMEZONE per zone, in the order the events first use it.
    let mut zones: Vec<(Tz, Vec<DateTime<Utc>>)> = Vec::new();
    for e in events.iter().filter(|e| !is_utc(e.zone)) {
        match zones.iter_mut().find(|(tz, _)| *tz == e.zone) {
            Some((_, instants)) => instants.extend([e.start, e.end]),
            None => zones.push((e.zone, vec![e.start, e.end])),
        }
    }
    for (tz, instants) in &zones {
        vtimezone(&mut out, *tz, instants);
    }
    for e in events {
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{}", escape_text(&e.uid)));
        line(&mut out, &format!("DTSTAMP:{}", utc(e.stamp)));
        line(&mut out, &format!("CREATED:{}", utc(e.created)));
        line(&mut out, &format!("LAST-MODIFIED:{}", utc(e.last_modified)));
        line(&mut out, &format!("SEQUENCE:{}", e.sequence.max(0)));
        line(&mut out, &date_time("DTSTART", e.start, e.zone));
        line(&mut out, &date_time("DTEND", e.end, e.zone));
        line(&mut out, &format!("SUMMARY:{}", escape_text(&e.summary)));
        if !e.description.is_empty() {
            line(
                &mut out,
                &format!("DESCRIPTION:{}", escape_text(&e.description)),
            );
        }
        if let Some(l) = &e.location {
            line(&mut out, &format!("LOCATION:{}", escape_text(l)));
        }
        line(&mut out, &format!("URL:{}", uri(&e.url)));
        line(
            &mut out,
            if e.cancelled {
                "STATUS:CANCELLED"
            } else {
                "STATUS:CONFIRMED"
            },
        );
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

/// A time in UTC: `20261201T140000Z`.
pub fn utc(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

/// Zones that are UTC under another name: their times keep the `Z` form.
fn is_utc(tz: Tz) -> bool {
    matches!(
        tz,
        Tz::UTC
            | Tz::UCT
            | Tz::Universal
            | Tz::Zulu
            | Tz::Etc__UTC
            | Tz::Etc__UCT
            | Tz::Etc__Universal
            | Tz::Etc__Zulu
    )
}

/// A DATE-TIME property in `tz`'s local time with its TZID, or in UTC when
/// `tz` is UTC or the clocks pass that local time twice (readers differ on
/// which pass it means).
fn date_time(name: &str, t: DateTime<Utc>, tz: Tz) -> String {
    if !is_utc(tz) {
        let local = t.with_timezone(&tz).naive_local();
        if let LocalResult::Single(_) = tz.from_local_datetime(&local) {
            return format!("{name};TZID={}:{}", tz.name(), local_text(local));
        }
    }
    format!("{name}:{}", utc(t))
}

/// A local DATE-TIME: `20261201T090000`.
fn local_text(t: NaiveDateTime) -> String {
    t.format("%Y%m%dT%H%M%S").to_string()
}

/// A UTC-OFFSET value (§3.3.14): `+0530`, `-0456` with seconds when it has
/// them (`-045616`); zero is `+0000`.
fn utc_offset(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let s = seconds.unsigned_abs();
    let (h, m, sec) = (s / 3600, s / 60 % 60, s % 60);
    if sec == 0 {
        format!("{sign}{h:02}{m:02}")
    } else {
        format!("{sign}{h:02}{m:02}{sec:02}")
    }
}

/// How far before each of a zone's instants its observances are written:
/// a reader takes the offset from the last observance begun by then, so the
/// one in effect at each instant must be there. Windows that overlap merge,
/// so a feed's events within a year or so get every change between them.
const OBSERVANCE_WINDOW_DAYS: i64 = 400;

/// The offset in effect in `tz` at `t`.
fn offset_at(tz: Tz, t: DateTime<Utc>) -> TzOffset {
    tz.offset_from_utc_datetime(&t.naive_utc())
}

/// The instants at which `tz`'s offset (its amount, summer part or name)
/// changes in `(from, to]`: a scan by day, each change bisected to the
/// second. chrono-tz offers no list of transitions, and no zone changes
/// twice within a day.
fn transitions(tz: Tz, from: DateTime<Utc>, to: DateTime<Utc>) -> Vec<DateTime<Utc>> {
    let mut found = Vec::new();
    let mut lo = from;
    let mut before = offset_at(tz, lo);
    while lo < to {
        let hi = lo
            .checked_add_signed(Duration::days(1))
            .map_or(to, |t| t.min(to));
        if offset_at(tz, hi) == before {
            lo = hi;
            continue;
        }
        // offset_at(a) is `before`, offset_at(b) is not.
        let (mut a, mut b) = (lo, hi);
        while b - a > Duration::seconds(1) {
            let mid = a + (b - a) / 2;
            if offset_at(tz, mid) == before {
                a = mid;
            } else {
                b = mid;
            }
        }
        found.push(b);
        before = offset_at(tz, b);
        lo = b;
    }
    found
}

/// A zone's VTIMEZONE, right for each of `instants` (§3.6.5): one STANDARD
/// or DAYLIGHT (when the offset has a summer part) observance per offset
/// change in the window before each instant, plus the observance already in
/// effect where each window begins (whose offset it keeps). An observance's
/// DTSTART is the local time it begins at, told in the offset it replaces,
/// as §3.6.5 has it. No RRULE: every change is written out.
fn vtimezone(out: &mut String, tz: Tz, instants: &[DateTime<Utc>]) {
    let mut sorted: Vec<DateTime<Utc>> = instants.to_vec();
    sorted.sort();
    // Merged windows [instant - window, instant], begun at midnight UTC.
    let mut windows: Vec<(DateTime<Utc>, DateTime<Utc>)> = Vec::new();
    for t in sorted {
        let start = t
            .checked_sub_signed(Duration::days(OBSERVANCE_WINDOW_DAYS))
            .map_or(t, |s| s.date_naive().and_time(NaiveTime::MIN).and_utc());
        match windows.last_mut() {
            Some((_, end)) if start <= *end => *end = t.max(*end),
            _ => windows.push((start, t)),
        }
    }
    line(out, "BEGIN:VTIMEZONE");
    line(out, &format!("TZID:{}", tz.name()));
    for (start, end) in windows {
        let first = offset_at(tz, start);
        observance(out, start, first, first);
        let mut before = first;
        for t in transitions(tz, start, end) {
            let after = offset_at(tz, t);
            observance(out, t, before, after);
            before = after;
        }
    }
    line(out, "END:VTIMEZONE");
}

/// An offset's abbreviation (`CET`); for the zones tzdata names only by
/// their offset, that offset as tzdata writes it (`-05`, `+0530`).
fn abbreviation(o: TzOffset) -> String {
    if let Some(name) = o.abbreviation() {
        return name.to_string();
    }
    let seconds = o.fix().local_minus_utc();
    let sign = if seconds < 0 { '-' } else { '+' };
    let m = seconds.unsigned_abs() / 60;
    match m % 60 {
        0 => format!("{sign}{:02}", m / 60),
        _ => format!("{sign}{:02}{:02}", m / 60, m % 60),
    }
}

/// One observance beginning at `t`, from offset `from` to `to`.
fn observance(out: &mut String, t: DateTime<Utc>, from: TzOffset, to: TzOffset) {
    let kind = if to.dst_offset().is_zero() {
        "STANDARD"
    } else {
        "DAYLIGHT"
    };
    let from_secs = from.fix().local_minus_utc();
    let to_secs = to.fix().local_minus_utc();
    let onset = t
        .naive_utc()
        .checked_add_signed(Duration::seconds(i64::from(from_secs)));
    let onset = onset.unwrap_or(t.naive_utc());
    line(out, &format!("BEGIN:{kind}"));
    line(out, &format!("DTSTART:{}", local_text(onset)));
    line(out, &format!("TZOFFSETFROM:{}", utc_offset(from_secs)));
    line(out, &format!("TZOFFSETTO:{}", utc_offset(to_secs)));
    line(out, &format!("TZNAME:{}", escape_text(&abbreviation(to))));
    line(out, &format!("END:{kind}"));
}

/// A TEXT value (§3.3.11): backslash, semicolon, comma and newlines
/// escaped; other control characters, which TEXT may not hold, dropped.
pub fn escape_text(s: &str) -> String {
    let s = s.replace("\r\n", "\n");
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' | '\r' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A URI value: no escaping applies, so what may not be in one is dropped.
fn uri(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_control() && !c.is_whitespace())
        .collect()
}

/// Appends one content line, folded (§3.1): a line longer than 75 octets
/// continues on the next after CRLF and one space, never splitting a
/// character.
fn line(out: &mut String, content: &str) {
    let mut room = LINE_MAX;
    let mut used = 0;
    for c in content.chars() {
        let n = c.len_utf8();
        if used + n > room {
            out.push_str("\r\n ");
            // The leading space is part of the continuation line.
            room = LINE_MAX - 1;
            used = 0;
        }
        out.push(c);
        used += n;
    }
    out.push_str("\r\n");
}

/// Unfolds a calendar into its content lines (for checking what was written).
pub fn unfold(ics: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for physical in ics.split("\r\n") {
        if let Some(rest) = physical.strip_prefix(' ') {
            if let Some(last) = lines.last_mut() {
                last.push_str(rest);
                continue;
            }
        }
        if !physical.is_empty() {
            lines.push(physical.to_string());
        }
    }
    lines
}

/// Reads a TEXT value back.
pub fn unescape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') | Some('N') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Checks what strict readers insist on: every line ends in CRLF (no bare
/// CR or LF), none is longer than 75 octets, and the calendar's BEGIN and
/// END lines pair up. Returns what is wrong.
pub fn check_strict(ics: &str) -> Result<(), String> {
    if !ics.ends_with("\r\n") {
        return Err("does not end with CRLF".into());
    }
    for (i, physical) in ics[..ics.len() - 2].split("\r\n").enumerate() {
        if physical.contains('\r') || physical.contains('\n') {
            return Err(format!("line {} has a bare CR or LF", i + 1));
        }
        if physical.len() > LINE_MAX {
            return Err(format!(
                "line {} is {} octets: {physical}",
                i + 1,
                physical.len()
            ));
        }
    }
    let mut open: Vec<String> = Vec::new();
    for l in unfold(ics) {
        if let Some(what) = l.strip_prefix("BEGIN:") {
            open.push(what.to_string());
        } else if let Some(what) = l.strip_prefix("END:") {
            if open.pop().as_deref() != Some(what) {
                return Err(format!("END:{what} closes nothing open"));
            }
        } else if !l.contains(':') {
            return Err(format!("no value: {l}"));
        }
    }
    if !open.is_empty() {
        return Err(format!("left open: {open:?}"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::HashMap;

    fn event(summary: &str, description: &str) -> IcsEvent {
        let t = Utc.with_ymd_and_hms(2026, 12, 1, 14, 0, 0).unwrap();
        IcsEvent {
            uid: "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b@minga.test".into(),
            stamp: t,
            created: t,
            last_modified: t,
            start: t,
            end: t + chrono::Duration::hours(2),
            zone: Tz::UTC,
            summary: summary.into(),
            description: description.into(),
            location: Some("https://meet.example.org/a,b;c".into()),
            url: "https://minga.test/communities/x/events/1".into(),
            sequence: 2,
            cancelled: false,
        }
    }

    fn value<'a>(lines: &'a [String], name: &str) -> Option<&'a str> {
        lines
            .iter()
            .find_map(|l| l.strip_prefix(name).and_then(|r| r.strip_prefix(':')))
    }

    #[test]
    fn a_calendar_has_the_required_properties() {
        let ics = calendar(Some("Docentes, juntos"), &[event("Taller; 1", "a\nb")]);
        check_strict(&ics).unwrap();
        let lines = unfold(&ics);
        assert_eq!(lines[0], "BEGIN:VCALENDAR");
        assert_eq!(value(&lines, "VERSION"), Some("2.0"));
        assert_eq!(value(&lines, "X-WR-CALNAME"), Some("Docentes\\, juntos"));
        assert_eq!(value(&lines, "DTSTART"), Some("20261201T140000Z"));
        assert_eq!(value(&lines, "DTEND"), Some("20261201T160000Z"));
        assert_eq!(value(&lines, "DTSTAMP"), Some("20261201T140000Z"));
        assert_eq!(value(&lines, "SEQUENCE"), Some("2"));
        assert_eq!(value(&lines, "SUMMARY"), Some("Taller\\; 1"));
        assert_eq!(value(&lines, "DESCRIPTION"), Some("a\\nb"));
        assert_eq!(
            value(&lines, "LOCATION"),
            Some("https://meet.example.org/a\\,b\\;c")
        );
        assert_eq!(value(&lines, "STATUS"), Some("CONFIRMED"));
        let mut cancelled = event("x", "");
        cancelled.cancelled = true;
        let lines = unfold(&calendar(None, &[cancelled]));
        assert_eq!(value(&lines, "STATUS"), Some("CANCELLED"));
        assert_eq!(value(&lines, "DESCRIPTION"), None);
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        // Arabic letters are two octets each; 100 of them need folding.
        let title = "م".repeat(100);
        let ics = calendar(None, &[event(&title, &"x".repeat(300))]);
        check_strict(&ics).unwrap();
        assert!(ics.contains("\r\n "), "folded");
        let lines = unfold(&ics);
        assert_eq!(
            unescape_text(value(&lines, "SUMMARY").unwrap()),
            title,
            "unfolds to the same text"
        );
    }

    #[test]
    fn the_strict_check_catches_what_readers_refuse() {
        assert!(check_strict("BEGIN:VCALENDAR\nEND:VCALENDAR\n").is_err());
        let long = format!(
            "BEGIN:VCALENDAR\r\nX:{}\r\nEND:VCALENDAR\r\n",
            "a".repeat(80)
        );
        assert!(check_strict(&long).is_err());
        assert!(check_strict("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n").is_err());
    }

    /// One observance as a reader sees it.
    #[derive(Debug)]
    struct Observance {
        daylight: bool,
        start: NaiveDateTime,
        from: i32,
        to: i32,
        name: Option<String>,
    }

    /// What a reader gets back from a calendar.
    #[derive(Debug, Default)]
    struct Read {
        zones: HashMap<String, Vec<Observance>>,
        /// Each event's DTSTART and DTEND: the TZID (if any) and the value.
        events: Vec<[(Option<String>, String); 2]>,
    }

    fn parse_offset(v: &str) -> i32 {
        let sign = match &v[..1] {
            "+" => 1,
            "-" => -1,
            other => panic!("offset sign {other}"),
        };
        let n = |r: std::ops::Range<usize>| v.get(r).map_or(0, |d| d.parse::<i32>().unwrap());
        assert!(v.len() == 5 || v.len() == 7, "offset {v}");
        sign * (n(1..3) * 3600 + n(3..5) * 60 + n(5..7))
    }

    fn parse_local(v: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(v, "%Y%m%dT%H%M%S").unwrap()
    }

    /// A small reader: VTIMEZONEs with their observances, and each
    /// VEVENT's DTSTART and DTEND with their TZID parameter.
    fn read(ics: &str) -> Read {
        let mut r = Read::default();
        let mut tzid = None;
        let mut obs: Option<Observance> = None;
        let mut start = None;
        for l in unfold(ics) {
            let (name, value) = l.split_once(':').unwrap();
            let (name, param) = match name.split_once(';') {
                Some((n, p)) => (n, Some(p)),
                None => (name, None),
            };
            let zone_param = param
                .filter(|_| name == "DTSTART" || name == "DTEND")
                .map(|p| p.strip_prefix("TZID=").expect(p).to_string());
            match (name, value) {
                ("BEGIN", "STANDARD" | "DAYLIGHT") => {
                    obs = Some(Observance {
                        daylight: value == "DAYLIGHT",
                        start: NaiveDateTime::MIN,
                        from: i32::MIN,
                        to: i32::MIN,
                        name: None,
                    })
                }
                ("END", "STANDARD" | "DAYLIGHT") => {
                    let o = obs.take().unwrap();
                    assert!(
                        o.start != NaiveDateTime::MIN && o.from != i32::MIN && o.to != i32::MIN
                    );
                    r.zones.get_mut(tzid.as_ref().unwrap()).unwrap().push(o);
                }
                ("TZID", _) => {
                    assert!(
                        r.zones.insert(value.to_string(), Vec::new()).is_none(),
                        "one VTIMEZONE for {value}"
                    );
                    tzid = Some(value.to_string());
                }
                ("DTSTART", _) if obs.is_some() => obs.as_mut().unwrap().start = parse_local(value),
                ("TZOFFSETFROM", _) => obs.as_mut().unwrap().from = parse_offset(value),
                ("TZOFFSETTO", _) => obs.as_mut().unwrap().to = parse_offset(value),
                ("TZNAME", _) => obs.as_mut().unwrap().name = Some(unescape_text(value)),
                ("DTSTART", _) => start = Some((zone_param, value.to_string())),
                ("DTEND", _) => r
                    .events
                    .push([start.take().unwrap(), (zone_param, value.to_string())]),
                _ => {}
            }
        }
        r
    }

    impl Read {
        /// The instant a DATE-TIME names: a UTC time as it is; a local
        /// time less the offset of the zone's last observance begun by then
        /// (observances begin at a local time in the offset they replace).
        fn instant(&self, (zone, v): &(Option<String>, String)) -> DateTime<Utc> {
            let Some(zone) = zone else {
                let v = v.strip_suffix('Z').expect("a UTC time ends in Z");
                return parse_local(v).and_utc();
            };
            let local = parse_local(v);
            let o = self.zones[zone]
                .iter()
                .filter(|o| o.start <= local)
                .max_by_key(|o| o.start)
                .unwrap_or_else(|| panic!("no observance of {zone} by {local}"));
            (local - Duration::seconds(o.to.into())).and_utc()
        }
    }

    fn zone_event(zone: Tz, start: DateTime<Utc>, end: DateTime<Utc>) -> IcsEvent {
        IcsEvent {
            zone,
            start,
            end,
            ..event("x", "")
        }
    }

    /// Writes `events`, reads them back and checks what a reader gets:
    /// each start and end is its instant, in the event's zone unless that
    /// is UTC or the clocks pass the local time twice; one VTIMEZONE
    /// per zone used, whose every observance agrees with chrono-tz.
    fn round_trip(events: &[IcsEvent]) -> Result<(), TestCaseError> {
        let ics = calendar(Some("c"), events);
        prop_assert!(check_strict(&ics).is_ok(), "{:?}", check_strict(&ics));
        let r = read(&ics);
        prop_assert_eq!(r.events.len(), events.len());
        for (e, [start, end]) in events.iter().zip(&r.events) {
            for (t, written) in [(e.start, start), (e.end, end)] {
                prop_assert_eq!(
                    r.instant(written),
                    t,
                    "{:?} in {}\n{}",
                    written,
                    e.zone,
                    ics
                );
                let local = t.with_timezone(&e.zone).naive_local();
                let twice = matches!(
                    e.zone.from_local_datetime(&local),
                    LocalResult::Ambiguous(..)
                );
                if is_utc(e.zone) || twice {
                    prop_assert!(written.0.is_none(), "{:?}", written);
                } else {
                    prop_assert_eq!(written.0.as_deref(), Some(e.zone.name()));
                }
            }
        }
        let mut used: Vec<&str> = events
            .iter()
            .filter(|e| !is_utc(e.zone))
            .map(|e| e.zone.name())
            .collect();
        used.sort();
        used.dedup();
        let mut zones: Vec<&str> = r.zones.keys().map(String::as_str).collect();
        zones.sort();
        prop_assert_eq!(zones, used);
        for (name, observances) in &r.zones {
            let tz: Tz = name.parse().unwrap();
            prop_assert!(!observances.is_empty());
            for o in observances {
                let onset = (o.start - Duration::seconds(o.from.into())).and_utc();
                let at = offset_at(tz, onset);
                prop_assert_eq!(at.fix().local_minus_utc(), o.to, "{} {:?}", name, o);
                prop_assert_eq!(o.daylight, !at.dst_offset().is_zero());
                let name_wanted = at.abbreviation().map_or_else(
                    || {
                        utc_offset(at.fix().local_minus_utc())
                            .trim_end_matches("00")
                            .to_string()
                    },
                    str::to_string,
                );
                prop_assert_eq!(o.name.as_deref(), Some(name_wanted.as_str()));
                let just_before = offset_at(tz, onset - Duration::seconds(1));
                prop_assert!(
                    o.from == o.to || just_before.fix().local_minus_utc() == o.from,
                    "a change is from the offset before it: {} {:?}",
                    name,
                    o
                );
            }
        }
        Ok(())
    }

    const ZONES: [Tz; 6] = [
        Tz::America__Bogota,
        Tz::Europe__Paris,
        Tz::Australia__Lord_Howe,
        Tz::Asia__Kolkata,
        Tz::Pacific__Chatham,
        Tz::UTC,
    ];

    /// Instants from 1900 to 2100, half of them in the months when
    /// summer time starts or ends somewhere.
    fn instant() -> impl Strategy<Value = DateTime<Utc>> {
        let any = (-2_208_988_800i64..4_102_444_800)
            .prop_map(|s| DateTime::from_timestamp(s, 0).unwrap());
        let seasonal = (
            1970i32..2040,
            prop::sample::select(vec![3u32, 4, 9, 10, 11]),
            1u32..=28,
            0u32..86_400,
        )
            .prop_map(|(y, m, d, s)| {
                Utc.with_ymd_and_hms(y, m, d, 0, 0, 0).unwrap() + Duration::seconds(s.into())
            });
        prop_oneof![any, seasonal]
    }

    fn events() -> impl Strategy<Value = Vec<IcsEvent>> {
        prop::collection::vec(
            (
                prop::sample::select(ZONES.to_vec()),
                instant(),
                0i64..3 * 86_400,
            ),
            1..6,
        )
        .prop_map(|v| {
            v.into_iter()
                .map(|(zone, start, length)| {
                    zone_event(zone, start, start + Duration::seconds(length))
                })
                .collect()
        })
    }

    #[test]
    fn times_are_in_the_organisers_zone_with_its_observances() {
        let paris = Tz::Europe__Paris;
        let at = |y, mo, d, h, mi| Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap();
        let events = [
            // Winter, then summer (clocks forward 29 March 2026 at 01:00 UTC),
            zone_event(paris, at(2026, 3, 1, 9, 0), at(2026, 3, 1, 10, 0)),
            zone_event(paris, at(2026, 3, 29, 0, 30), at(2026, 3, 29, 1, 30)),
            // and the hour passed twice (back 25 October at 01:00 UTC):
            // 02:30 summer, then 02:30 winter: both only in UTC.
            zone_event(paris, at(2026, 10, 25, 0, 30), at(2026, 10, 25, 1, 30)),
            zone_event(
                Tz::America__Bogota,
                at(2026, 12, 1, 15, 0),
                at(2026, 12, 1, 16, 30),
            ),
            zone_event(Tz::UTC, at(2026, 12, 2, 15, 0), at(2026, 12, 2, 16, 0)),
        ];
        round_trip(&events).unwrap();
        let ics = calendar(None, &events);
        let lines = unfold(&ics);
        let has = |l: &str| lines.iter().any(|x| x == l);
        assert!(has("DTSTART;TZID=Europe/Paris:20260301T100000"));
        assert!(has("DTEND;TZID=Europe/Paris:20260329T033000"));
        assert!(has("DTSTART:20261025T003000Z"));
        assert!(has("DTEND:20261025T013000Z"));
        assert!(has("DTSTART;TZID=America/Bogota:20261201T100000"));
        assert!(has("DTSTART:20261202T150000Z"));
        let text = lines.join("\n");
        assert!(text.contains(
            "BEGIN:DAYLIGHT\nDTSTART:20260329T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nTZNAME:CEST\nEND:DAYLIGHT"
        ), "{text}");
        assert!(text.contains(
            "BEGIN:STANDARD\nDTSTART:20261025T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nTZNAME:CET\nEND:STANDARD"
        ), "{text}");
        assert!(
            text.contains("TZID:America/Bogota\nBEGIN:STANDARD\n")
                && text.contains("TZOFFSETTO:-0500\nTZNAME:-05\n"),
            "{text}"
        );
        assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VTIMEZONE").count(), 2);
        assert!(!text.contains("TZID:UTC"));
    }

    #[test]
    fn half_hour_and_odd_offsets_are_written_exactly() {
        assert_eq!(utc_offset(19_800), "+0530");
        assert_eq!(utc_offset(-17_776), "-045616");
        assert_eq!(utc_offset(0), "+0000");
        let at = |y, mo, d| Utc.with_ymd_and_hms(y, mo, d, 12, 0, 0).unwrap();
        // Lord Howe's summer adds half an hour; the Chatham Islands are
        // 12:45 ahead in winter.
        let ics = calendar(
            None,
            &[
                zone_event(Tz::Australia__Lord_Howe, at(2026, 1, 10), at(2026, 6, 10)),
                zone_event(Tz::Pacific__Chatham, at(2026, 6, 10), at(2026, 6, 11)),
            ],
        );
        let lines = unfold(&ics);
        let has = |l: &str| lines.iter().any(|x| x == l);
        assert!(has("TZOFFSETTO:+1030") && has("TZOFFSETTO:+1100"), "{ics}");
        assert!(has("TZNAME:+1030") && has("TZNAME:+11"), "{ics}");
        assert!(has("TZOFFSETTO:+1245") && has("TZOFFSETTO:+1345"), "{ics}");
        assert!(has("DTSTART;TZID=Pacific/Chatham:20260611T004500"), "{ics}");
    }

    proptest! {
        #[test]
        fn every_instant_reads_back_through_its_zone(events in events()) {
            round_trip(&events)?;
        }

        #[test]
        fn any_text_round_trips_within_strict_lines(
            summary in "\\PC{0,200}",
            description in "(\\PC|\n|\r\n|\t|[,;\\\\]){0,400}",
        ) {
            let ics = calendar(Some(&summary), &[event(&summary, &description)]);
            prop_assert!(check_strict(&ics).is_ok(), "{:?}", check_strict(&ics));
            let lines = unfold(&ics);
            prop_assert_eq!(unescape_text(value(&lines, "SUMMARY").unwrap()), summary.clone());
            let want = description.replace("\r\n", "\n");
            if !want.is_empty() {
                prop_assert_eq!(unescape_text(value(&lines, "DESCRIPTION").unwrap()), want);
            }
        }
    }
}
