//! Per-request values in rendered pages. Templates write a marker where the
//! reader's CSRF token, name or stylesheet goes; the marker is filled in as
//! the response leaves (`fill`), so the rest of a page can be kept and
//! served to everyone who sees the same thing (`KeptPage`).
//!
//! A marker is `\u{1}` + a random word chosen at start + the slot's letter +
//! `\u{1}`: text that people write cannot forge one.

use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// The reader's CSRF token: always 43 URL-safe characters.
    Csrf,
    /// The signed-in reader's name, HTML-escaped.
    Name,
    /// The stylesheet: a link, or the rules themselves on a first visit.
    Css,
    /// The navigation's item for requests waiting for the reader's
    /// organisation's answer (empty when none wait).
    Waiting,
    /// The navigation's item for the reader's notifications, with how many
    /// are unread.
    Unread,
    /// The home page's list of the reader's own communities (empty
    /// elsewhere and for visitors).
    Mine,
}

impl Slot {
    const ALL: [Slot; 6] = [
        Slot::Csrf,
        Slot::Name,
        Slot::Css,
        Slot::Waiting,
        Slot::Unread,
        Slot::Mine,
    ];

    fn letter(self) -> char {
        match self {
            Slot::Csrf => 'c',
            Slot::Name => 'n',
            Slot::Css => 's',
            Slot::Waiting => 'w',
            Slot::Unread => 'u',
            Slot::Mine => 'm',
        }
    }

    /// The value's width in bytes when every value has the same.
    pub fn width(self) -> Option<usize> {
        match self {
            Slot::Csrf => Some(crate::ctx::CSRF_LEN),
            Slot::Name | Slot::Css | Slot::Waiting | Slot::Unread | Slot::Mine => None,
        }
    }

    /// What a template writes in the value's place.
    pub fn marker(self) -> &'static str {
        &markers()[self as usize]
    }
}

fn nonce() -> &'static str {
    static NONCE: OnceLock<String> = OnceLock::new();
    NONCE.get_or_init(|| minga_core::tokens::new_token()[..12].replace(['-', '_'], "x"))
}

fn markers() -> &'static [String; 6] {
    static MARKERS: OnceLock<[String; 6]> = OnceLock::new();
    MARKERS.get_or_init(|| Slot::ALL.map(|s| format!("\u{1}{}{}\u{1}", nonce(), s.letter())))
}

/// A rendered page cut at its markers.
#[derive(Debug, PartialEq, Eq)]
pub enum Part<'a> {
    Text(&'a str),
    Slot(Slot),
}

/// Cuts `html` into text and slots, in order (empty texts left out).
pub fn split(html: &str) -> Vec<Part<'_>> {
    let mut parts = Vec::new();
    let (mut text_from, mut search_from) = (0, 0);
    while let Some(found) = html[search_from..].find('\u{1}') {
        let at = search_from + found;
        let slot = Slot::ALL
            .into_iter()
            .find(|s| html[at..].starts_with(s.marker()));
        match slot {
            Some(s) => {
                if at > text_from {
                    parts.push(Part::Text(&html[text_from..at]));
                }
                parts.push(Part::Slot(s));
                text_from = at + s.marker().len();
                search_from = text_from;
            }
            // A stray \u{1} is ordinary text.
            None => search_from = at + 1,
        }
    }
    if html.len() > text_from {
        parts.push(Part::Text(&html[text_from..]));
    }
    parts
}

/// The values of one request.
pub struct Values<'a> {
    pub csrf: &'a str,
    /// Already escaped for HTML.
    pub name: &'a str,
    pub css: &'a str,
    /// The same stylesheet kept compressed, when `css` is the inline one.
    pub css_kept: Option<&'a super::gzip::Deflated>,
    /// HTML, already escaped.
    pub waiting: &'a str,
    /// HTML, already escaped.
    pub unread: &'a str,
    /// HTML, already escaped.
    pub mine: &'a str,
}

impl Values<'_> {
    pub fn get(&self, slot: Slot) -> &str {
        match slot {
            Slot::Csrf => self.csrf,
            Slot::Name => self.name,
            Slot::Css => self.css,
            Slot::Waiting => self.waiting,
            Slot::Unread => self.unread,
            Slot::Mine => self.mine,
        }
    }
}

/// `html` with every marker replaced by its value.
pub fn fill(html: &str, values: &Values<'_>) -> String {
    let mut out = String::with_capacity(html.len() + 256);
    for p in split(html) {
        match p {
            Part::Text(t) => out.push_str(t),
            Part::Slot(s) => out.push_str(values.get(s)),
        }
    }
    out
}

/// Escapes text for an HTML text node or a quoted attribute.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_are_cut_out_and_filled_in() {
        let html = format!(
            "<head>{}</head><p>Hi {}</p><input value=\"{}\">\u{1}x",
            Slot::Css.marker(),
            Slot::Name.marker(),
            Slot::Csrf.marker()
        );
        let parts = split(&html);
        assert_eq!(parts[0], Part::Text("<head>"));
        assert_eq!(parts[1], Part::Slot(Slot::Css));
        assert_eq!(parts[3], Part::Slot(Slot::Name));
        assert_eq!(parts[5], Part::Slot(Slot::Csrf));
        let v = Values {
            csrf: "T",
            name: "Ama &amp; co",
            css: "<link>",
            css_kept: None,
            waiting: "",
            unread: "",
            mine: "",
        };
        assert_eq!(
            fill(&html, &v),
            "<head><link></head><p>Hi Ama &amp; co</p><input value=\"T\">\u{1}x"
        );
    }

    #[test]
    fn a_marker_written_by_hand_without_the_nonce_is_text() {
        let html = "<p>\u{1}c\u{1}</p>";
        let v = Values {
            csrf: "T",
            name: "",
            css: "",
            css_kept: None,
            waiting: "",
            unread: "",
            mine: "",
        };
        assert_eq!(fill(html, &v), html);
    }

    #[test]
    fn escaping_covers_markup_and_quotes() {
        assert_eq!(
            escape_html("<b>\"O'Neil\" & co</b>"),
            "&lt;b&gt;&quot;O&#x27;Neil&quot; &amp; co&lt;/b&gt;"
        );
    }
}
