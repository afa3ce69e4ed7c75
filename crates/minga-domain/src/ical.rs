//! A small iCalendar (RFC 5545) writer for events: content lines end in
//! CRLF, are folded at 75 octets (never inside a UTF-8 character), and text
//! values escape `\`, `;`, `,` and newlines. Times are written in UTC with
//! `Z` (RFC 5545 §3.3.5, form #2), which every calendar program shows in its
//! own zone, so no VTIMEZONE is needed.
//!
//! Written here rather than taken from a crate: the few properties an event
//! needs are less code than a dependency, and the property tests below check
//! the two rules programs are strict about (line length and CRLF) and that
//! every text comes back unchanged.

use chrono::{DateTime, Utc};

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
    for e in events {
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{}", escape_text(&e.uid)));
        line(&mut out, &format!("DTSTAMP:{}", utc(e.stamp)));
        line(&mut out, &format!("CREATED:{}", utc(e.created)));
        line(&mut out, &format!("LAST-MODIFIED:{}", utc(e.last_modified)));
        line(&mut out, &format!("SEQUENCE:{}", e.sequence.max(0)));
        line(&mut out, &format!("DTSTART:{}", utc(e.start)));
        line(&mut out, &format!("DTEND:{}", utc(e.end)));
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
    use chrono::TimeZone;
    use proptest::prelude::*;

    fn event(summary: &str, description: &str) -> IcsEvent {
        let t = Utc.with_ymd_and_hms(2026, 12, 1, 14, 0, 0).unwrap();
        IcsEvent {
            uid: "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b@minga.test".into(),
            stamp: t,
            created: t,
            last_modified: t,
            start: t,
            end: t + chrono::Duration::hours(2),
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

    proptest! {
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
