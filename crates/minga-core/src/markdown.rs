//! Markdown written by members, rendered and sanitised once when saved.

use pulldown_cmark::{html, Options, Parser};

pub fn render(md: &str) -> String {
    let mut opts = Options::empty();
    opts.insert(Options::ENABLE_TABLES);
    opts.insert(Options::ENABLE_STRIKETHROUGH);
    let mut raw = String::new();
    html::push_html(&mut raw, Parser::new_ext(md, opts));
    ammonia::Builder::default()
        .link_rel(Some("noopener noreferrer nofollow ugc"))
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .clean(&raw)
        .to_string()
}

#[cfg(test)]
mod tests {
    #[test]
    fn renders_and_sanitises() {
        let out = super::render(
            "**bold** <script>alert(1)</script> [x](javascript:alert(1)) [y](https://e.org)",
        );
        assert!(out.contains("<strong>bold</strong>"));
        assert!(!out.contains("<script"));
        assert!(!out.contains("javascript:"));
        assert!(out.contains("href=\"https://e.org\""));
        assert!(out.contains("nofollow"));
    }
}
