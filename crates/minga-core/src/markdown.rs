//! Markdown written by members, rendered and sanitised once when saved.
//!
//! Rendering is bounded: a few bytes of Markdown can ask for a lot of HTML
//! (a table row fills in every column of the header, so a 4 KB table once
//! became 1.8 MB), and deep nesting costs the HTML sanitiser dearly. Text
//! whose HTML would pass [`max_html_len`] or nest deeper than [`MAX_DEPTH`]
//! is refused, and rendering stops the moment it passes the bound, so the
//! large page is never even built.

use pulldown_cmark::{html, Event, Options, Parser, Tag, TagEnd};
use std::collections::HashMap;

/// HTML allowed per byte of Markdown: ordinary text (links with their
/// `rel`, escaped quotes, table cells) stays well under it.
pub const HTML_PER_SOURCE_BYTE: usize = 16;
/// HTML allowed whatever the source, so a short text may still hold a link.
pub const HTML_SLACK: usize = 2 * 1024;
/// No rendered text is larger than this, however long its source.
pub const HTML_MAX: usize = 256 * 1024;
/// Blocks and inline elements nested deeper than this are refused.
pub const MAX_DEPTH: usize = 32;

/// Why a text was not rendered; shown to its author as `error-markdown-too-complex`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the text would render to too large or too deeply nested HTML")]
pub struct TooComplex;

/// The most HTML `source_len` bytes of Markdown may become.
pub fn max_html_len(source_len: usize) -> usize {
    source_len
        .saturating_mul(HTML_PER_SOURCE_BYTE)
        .saturating_add(HTML_SLACK)
        .min(HTML_MAX)
}

/// Sanitised HTML for `md`, or `TooComplex` when it would be too large or
/// too deeply nested (see the module's comment).
pub fn render(md: &str) -> Result<String, TooComplex> {
    render_with_mentions(md, &HashMap::new())
}

/// Like [`render`], and each `@handle` found in `links` (lower-cased
/// handle → the address it links to) becomes a link, except in code and
/// inside another link. Handles not in `links` stay text.
pub fn render_with_mentions(
    md: &str,
    links: &HashMap<String, String>,
) -> Result<String, TooComplex> {
    let mut opts = Options::empty();
    opts.insert(Options::ENABLE_TABLES);
    opts.insert(Options::ENABLE_STRIKETHROUGH);
    let limit = max_html_len(md.len());
    let mut raw = Capped::new(limit);
    let mut depth = Depth::default();
    let mut code = 0usize;
    let mut link = 0usize;
    let events = Parser::new_ext(md, opts)
        .map(|e| depth.track(e))
        .flat_map(|e| {
            match &e {
                Event::Start(Tag::CodeBlock(_)) => code += 1,
                Event::End(TagEnd::CodeBlock) => code = code.saturating_sub(1),
                Event::Start(Tag::Link { .. }) => link += 1,
                Event::End(TagEnd::Link) => link = link.saturating_sub(1),
                _ => {}
            }
            match e {
                Event::Text(t) if code == 0 && link == 0 && !links.is_empty() => {
                    link_mentions(&t, links)
                }
                other => vec![other],
            }
        });
    // The writer refuses to grow past the limit, which ends rendering early.
    html::write_html_fmt(&mut raw, events).map_err(|_| TooComplex)?;
    if depth.too_deep {
        return Err(TooComplex);
    }
    let clean = ammonia::Builder::default()
        .link_rel(Some("noopener noreferrer nofollow ugc"))
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .clean(&raw.out)
        .to_string();
    // Sanitising adds `rel` to links, so the result is checked again.
    if clean.len() > limit {
        return Err(TooComplex);
    }
    Ok(clean)
}

/// A text event cut at its resolved mentions, each made a link.
fn link_mentions<'a>(text: &str, links: &HashMap<String, String>) -> Vec<Event<'a>> {
    let mut out = Vec::new();
    let mut from = 0;
    for (at, handle) in minga_domain::discussion::mention_spans(text) {
        let Some(href) = links.get(&handle.to_ascii_lowercase()) else {
            continue;
        };
        if at > from {
            out.push(Event::Text(text[from..at].to_string().into()));
        }
        out.push(Event::InlineHtml(
            format!(
                "<a href=\"{}\">@{}</a>",
                html_escape(href),
                html_escape(handle)
            )
            .into(),
        ));
        from = at + 1 + handle.len();
    }
    if from == 0 {
        return vec![Event::Text(text.to_string().into())];
    }
    if from < text.len() {
        out.push(Event::Text(text[from..].to_string().into()));
    }
    out
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A `fmt::Write` that fails once it would hold more than `limit` bytes.
struct Capped {
    out: String,
    limit: usize,
}

impl Capped {
    fn new(limit: usize) -> Capped {
        Capped {
            out: String::new(),
            limit,
        }
    }
}

impl std::fmt::Write for Capped {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        if self.out.len() + s.len() > self.limit {
            return Err(std::fmt::Error);
        }
        self.out.push_str(s);
        Ok(())
    }
}

/// The nesting of the events seen so far; once too deep, the rest of the
/// document is dropped (it is refused anyway).
#[derive(Default)]
struct Depth {
    now: usize,
    too_deep: bool,
}

impl Depth {
    fn track<'a>(&mut self, e: Event<'a>) -> Event<'a> {
        match &e {
            Event::Start(_) => {
                self.now += 1;
                if self.now > MAX_DEPTH {
                    self.too_deep = true;
                }
            }
            Event::End(_) => self.now = self.now.saturating_sub(1),
            _ => {}
        }
        if self.too_deep {
            Event::Text("".into())
        } else {
            e
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn resolved_mentions_become_links_but_not_in_code_or_links() {
        let links: HashMap<String, String> = [("amal".to_string(), "/orgs/ong".to_string())].into();
        let out = render_with_mentions(
            "Hi @Amal and @nobody. `@amal` [@amal](https://e.org)\n\n    @amal\n",
            &links,
        )
        .unwrap();
        assert!(out.contains("Hi <a href=\"/orgs/ong\" rel=\"noopener noreferrer nofollow ugc\">@Amal</a> and @nobody."), "{out}");
        assert_eq!(out.matches("/orgs/ong").count(), 1, "{out}");
    }

    #[test]
    fn renders_and_sanitises() {
        let out = render(
            "**bold** <script>alert(1)</script> [x](javascript:alert(1)) [y](https://e.org)",
        )
        .unwrap();
        assert!(out.contains("<strong>bold</strong>"));
        assert!(!out.contains("<script"));
        assert!(!out.contains("javascript:"));
        assert!(out.contains("href=\"https://e.org\""));
        assert!(out.contains("nofollow"));
    }

    /// A header of many columns, then rows of one character each: every
    /// row is filled in to the header's width.
    fn amplifying_table(columns: usize, rows: usize) -> String {
        let mut md = "|a".repeat(columns) + "|\n" + &"|-".repeat(columns) + "|\n";
        md.push_str(&"x\n".repeat(rows));
        md
    }

    #[test]
    fn a_table_that_would_amplify_is_refused() {
        let md = amplifying_table(300, 1000);
        assert!(md.len() < 4 * 1024, "{}", md.len());
        assert_eq!(render(&md), Err(TooComplex));
    }

    #[test]
    fn deep_nesting_is_refused_but_ordinary_nesting_renders() {
        // Well within the size bound, but 40 levels deep.
        assert_eq!(render(&">".repeat(40)), Err(TooComplex));
        let list = "- a\n  - b\n    - c\n      > quoted **bold _and em_**\n";
        assert!(render(list).unwrap().contains("<em>and em</em>"));
    }

    #[test]
    fn ordinary_long_texts_render() {
        let para = "Our coalition works with [teachers' unions](https://example.org/unions) \
                    on \"budget tracking\" & *campaigns*.\n\n";
        let table = "| Theme | Region | Since |\n|---|---|---|\n| Finance | Africa | 2019 |\n";
        let md = para.repeat(100) + &table.repeat(20);
        let out = render(&md).unwrap();
        assert!(out.contains("<table>") && out.contains("teachers"));
    }

    proptest! {
        /// Whatever is typed, what is kept is at most a fixed multiple of it.
        #[test]
        fn rendered_html_is_bounded_by_its_source(md in ".{0,400}") {
            if let Ok(html) = render(&md) {
                prop_assert!(html.len() <= HTML_PER_SOURCE_BYTE * md.len() + HTML_SLACK);
            }
        }

        /// The same for text made of Markdown's own punctuation, where
        /// tables, lists and links hide.
        #[test]
        fn markdown_punctuation_is_bounded_too(md in "[|\\-:>*_\\[\\]()#`!<a x\n]{0,600}") {
            if let Ok(html) = render(&md) {
                prop_assert!(html.len() <= HTML_PER_SOURCE_BYTE * md.len() + HTML_SLACK);
            }
        }

        /// Tables of any shape are either refused or within the bound.
        #[test]
        fn tables_of_any_shape_are_bounded(columns in 1usize..400, rows in 0usize..800) {
            let md = amplifying_table(columns, rows);
            if let Ok(html) = render(&md) {
                prop_assert!(html.len() <= HTML_PER_SOURCE_BYTE * md.len() + HTML_SLACK);
            }
        }
    }
}
