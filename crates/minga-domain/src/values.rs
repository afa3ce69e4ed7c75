//! Validated values. Each parser returns the Fluent key of its error so the
//! message reaches the user in their language.

use std::fmt;

/// Unicode case folding for case-insensitive lookups (emails, slugs, names).
/// SQLite's `LOWER` only folds ASCII, so the folded form is stored in its own
/// column, computed here.
pub fn casefold(s: &str) -> String {
    caseless::default_case_fold_str(s)
}

/// An email address as the user typed it (trimmed); compare with `folded()`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    pub const MAX_LEN: usize = 254;

    pub fn parse(raw: &str) -> Result<Email, &'static str> {
        let s = raw.trim();
        if s.is_empty() {
            return Err("error-required");
        }
        if s.chars().count() > Self::MAX_LEN {
            return Err("error-email-invalid");
        }
        let (local, domain) = s.rsplit_once('@').ok_or("error-email-invalid")?;
        let domain_ok = !domain.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && domain
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '.');
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !local.chars().any(|c| {
                c.is_whitespace()
                    || c.is_control()
                    || c == '<'
                    || c == '>'
                    || c == '"'
                    || c == '@'
                    || c == ','
            });
        if !domain_ok || !local_ok {
            return Err("error-email-invalid");
        }
        Ok(Email(s.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn folded(&self) -> String {
        casefold(&self.0)
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A URL path segment: lowercase ASCII letters, digits and single hyphens.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Slug(String);

impl Slug {
    pub const MAX_LEN: usize = 80;

    pub fn parse(raw: &str) -> Result<Slug, &'static str> {
        let s = raw.trim();
        if s.is_empty() {
            return Err("error-required");
        }
        let ok = s.len() <= Self::MAX_LEN
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !s.starts_with('-')
            && !s.ends_with('-')
            && !s.contains("--");
        if ok {
            Ok(Slug(s.to_string()))
        } else {
            Err("error-slug-invalid")
        }
    }

    /// Makes a slug from any name: accents dropped to their base letter where
    /// the letter is Latin, other scripts become hyphens; never empty.
    pub fn from_name(name: &str) -> Slug {
        let mut out = String::new();
        for c in name.chars().flat_map(fold_latin) {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
            } else if !out.ends_with('-') && !out.is_empty() {
                out.push('-');
            }
            if out.len() >= Self::MAX_LEN {
                break;
            }
        }
        let trimmed = out.trim_matches('-');
        if trimmed.is_empty() {
            Slug("org".into())
        } else {
            Slug(trimmed.to_string())
        }
    }

    /// The slug with a numeric suffix, for when the plain one is taken.
    pub fn with_suffix(&self, n: u32) -> Slug {
        let suffix = format!("-{n}");
        let keep = Self::MAX_LEN - suffix.len();
        let base: String = self.0.chars().take(keep).collect();
        Slug(format!("{}{}", base.trim_end_matches('-'), suffix))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The common accented Latin letters folded to ASCII for slugs.
fn fold_latin(c: char) -> impl Iterator<Item = char> {
    let mapped: &str = match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' => "a",
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => "e",
        'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ì' | 'Î' | 'Ï' => "i",
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' => "o",
        'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ù' | 'Û' | 'Ü' => "u",
        'ç' | 'Ç' => "c",
        'ñ' | 'Ñ' => "n",
        'œ' | 'Œ' => "oe",
        'æ' | 'Æ' => "ae",
        'ß' => "ss",
        _ => "",
    };
    let single = if mapped.is_empty() { Some(c) } else { None };
    mapped.chars().chain(single)
}

/// A new password. The policy follows NIST SP 800-63B: length matters, not
/// character classes; very long inputs are refused so hashing stays bounded.
pub struct Password(String);

impl Password {
    pub const MIN_CHARS: usize = 10;
    pub const MAX_CHARS: usize = 256;

    pub fn parse(raw: &str) -> Result<Password, &'static str> {
        let n = raw.chars().count();
        if n == 0 {
            Err("error-required")
        } else if n < Self::MIN_CHARS {
            Err("error-password-short")
        } else if n > Self::MAX_CHARS {
            Err("error-password-long")
        } else {
            Ok(Password(raw.to_string()))
        }
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(***)")
    }
}

/// An IANA time zone name, checked against the tz database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeZone(String);

impl TimeZone {
    pub fn parse(raw: &str) -> Result<TimeZone, &'static str> {
        raw.trim()
            .parse::<chrono_tz::Tz>()
            .map(|tz| TimeZone(tz.name().to_string()))
            .map_err(|_| "error-timezone-invalid")
    }
    pub fn utc() -> TimeZone {
        TimeZone("UTC".into())
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    pub fn tz(&self) -> chrono_tz::Tz {
        self.0.parse().unwrap_or(chrono_tz::UTC)
    }
    /// Every canonical zone name, for the account form's list.
    pub fn all_names() -> impl Iterator<Item = &'static str> {
        chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name())
    }
}

/// Trims a required single-line text field and bounds its length.
pub fn required_text(raw: &str, max_chars: usize) -> Result<String, &'static str> {
    let s = raw.trim();
    if s.is_empty() {
        Err("error-required")
    } else if s.chars().count() > max_chars {
        Err("error-too-long")
    } else if s.chars().any(|c| c.is_control()) {
        Err("error-text-invalid")
    } else {
        Ok(s.to_string())
    }
}

/// Like `required_text`, for text of several lines (Markdown, messages):
/// line breaks and tabs are allowed, `\r\n` becomes `\n`, the ends are trimmed.
pub fn required_multiline(raw: &str, max: usize) -> Result<String, &'static str> {
    let flat: String = raw
        .chars()
        .map(|c| {
            if c == '\n' || c == '\r' || c == '\t' {
                ' '
            } else {
                c
            }
        })
        .collect();
    required_text(&flat, max).map(|_| raw.trim().replace("\r\n", "\n"))
}

/// An optional http(s) link; empty input is `None`.
pub fn optional_url(raw: &str) -> Result<Option<String>, &'static str> {
    let s = raw.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
        .ok_or("error-url-invalid")?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.is_empty()
        || !host.contains('.')
        || s.len() > 500
        || s.chars().any(|c| c.is_whitespace() || c.is_control())
    {
        return Err("error-url-invalid");
    }
    Ok(Some(s.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        assert!(Email::parse("a@b.org").is_ok());
        assert_eq!(
            Email::parse("  Ana@Example.ORG ").unwrap().folded(),
            "ana@example.org"
        );
        assert_eq!(Email::parse(""), Err("error-required"));
        for bad in [
            "no-at",
            "a@b",
            "@b.org",
            "a b@c.org",
            "a@.org",
            "a@b..org",
            "a@b.org.",
        ] {
            assert_eq!(Email::parse(bad), Err("error-email-invalid"), "{bad}");
        }
    }

    #[test]
    fn casefold_is_unicode() {
        assert_eq!(casefold("ÉCOLE"), "école");
        assert_eq!(casefold("Straße"), "strasse");
    }

    #[test]
    fn slugs() {
        assert_eq!(
            Slug::from_name("Campaña Nacional por la Educación — Perú").as_str(),
            "campana-nacional-por-la-educacion-peru"
        );
        assert_eq!(Slug::from_name("التحالف العربي").as_str(), "org");
        assert_eq!(Slug::from_name("a").with_suffix(3).as_str(), "a-3");
        assert!(Slug::parse("ok-slug-2").is_ok());
        assert!(Slug::parse("Bad").is_err());
        assert!(Slug::parse("a--b").is_err());
        let long = "x".repeat(200);
        assert!(Slug::from_name(&long).with_suffix(12).as_str().len() <= Slug::MAX_LEN);
    }

    #[test]
    fn passwords_and_zones() {
        assert_eq!(
            Password::parse("short").unwrap_err(),
            "error-password-short"
        );
        assert!(Password::parse("long enough pass").is_ok());
        assert!(TimeZone::parse("Africa/Nairobi").is_ok());
        assert!(TimeZone::parse("Mars/Olympus").is_err());
        assert!(TimeZone::all_names().any(|n| n == "America/Lima"));
    }

    #[test]
    fn urls() {
        assert_eq!(optional_url(""), Ok(None));
        assert!(optional_url("https://example.org/x").unwrap().is_some());
        assert!(optional_url("javascript:alert(1)").is_err());
        assert!(optional_url("https://nodot").is_err());
    }

    #[test]
    fn email_edges() {
        let domain = "@example.org";
        let local64 = "a".repeat(64);
        assert!(Email::parse(&format!("{local64}{domain}")).is_ok());
        let local65 = "a".repeat(65);
        assert_eq!(
            Email::parse(&format!("{local65}{domain}")),
            Err("error-email-invalid")
        );
        // 254 characters in all is the most an address may have.
        let long_domain = format!("{}.org", "d".repeat(254 - 2 - 4));
        assert_eq!(format!("a@{long_domain}").len(), 254);
        assert!(Email::parse(&format!("a@{long_domain}")).is_ok());
        assert_eq!(
            Email::parse(&format!("ab@{long_domain}")),
            Err("error-email-invalid")
        );
        for bad in [
            "a\u{7}@b.org",
            "<a@b.org",
            "a>@b.org",
            "\"a@b.org",
            "a,b@c.org",
            "a@@b.org",
            "a@b_c.org",
            "a@.b.org",
            "a@",
        ] {
            assert_eq!(Email::parse(bad), Err("error-email-invalid"), "{bad:?}");
        }
        for good in ["a.b+c@sub-domain.example.org", "ñ@correo.es", "a@b.c"] {
            assert_eq!(Email::parse(good).unwrap().as_str(), good);
        }
        assert_eq!(Email::parse("  ").unwrap_err(), "error-required");
        assert_eq!(Email::parse("x@y.org").unwrap().to_string(), "x@y.org");
    }

    #[test]
    fn slug_edges() {
        let max = "a".repeat(Slug::MAX_LEN);
        assert_eq!(Slug::parse(&max).unwrap().as_str(), max);
        assert_eq!(Slug::parse(&format!("{max}a")), Err("error-slug-invalid"));
        assert_eq!(Slug::parse(" "), Err("error-required"));
        for bad in ["-a", "a-", "a--b", "a_b", "ä"] {
            assert_eq!(Slug::parse(bad), Err("error-slug-invalid"), "{bad}");
        }
        assert_eq!(Slug::parse(" ok-2 ").unwrap().to_string(), "ok-2");
        // Every folded letter, and what is not folded.
        assert_eq!(
            Slug::from_name("ÁàÂäÃå ÉèÊë ÍìÎï ÓòÔöÕ ÚùÛü Çç Ññ Œœ Ææ ß").as_str(),
            "aaaaaa-eeee-iiii-ooooo-uuuu-cc-nn-oeoe-aeae-ss"
        );
        assert_eq!(
            Slug::from_name("  --Hello,  World!-- ").as_str(),
            "hello-world"
        );
        assert_eq!(Slug::from_name("").as_str(), "org");
        assert_eq!(Slug::from_name("---").as_str(), "org");
        // Long names stop at the limit, never on a hyphen.
        let long = Slug::from_name(&"abc ".repeat(100));
        assert_eq!(long.as_str().len(), Slug::MAX_LEN - 1);
        assert!(!long.as_str().ends_with('-'));
        assert_eq!(
            Slug::from_name(&"x".repeat(200)).as_str().len(),
            Slug::MAX_LEN
        );
        // A suffix replaces the end of a slug too long to take it whole.
        let s = Slug::from_name(&"x".repeat(200)).with_suffix(12);
        assert_eq!(s.as_str().len(), Slug::MAX_LEN);
        assert!(s.as_str().ends_with("x-12"));
        let hy = Slug(format!("{}-yy", "x".repeat(Slug::MAX_LEN - 3)));
        assert_eq!(
            hy.with_suffix(7).as_str(),
            format!("{}-7", "x".repeat(Slug::MAX_LEN - 3))
        );
    }

    #[test]
    fn password_and_text_edges() {
        assert_eq!(Password::parse("").unwrap_err(), "error-required");
        let nine = "é".repeat(Password::MIN_CHARS - 1);
        assert_eq!(Password::parse(&nine).unwrap_err(), "error-password-short");
        let ten = "é".repeat(Password::MIN_CHARS);
        assert_eq!(Password::parse(&ten).unwrap().expose(), ten);
        let max = "é".repeat(Password::MAX_CHARS);
        assert!(Password::parse(&max).is_ok());
        let over = "é".repeat(Password::MAX_CHARS + 1);
        assert_eq!(Password::parse(&over).unwrap_err(), "error-password-long");
        assert_eq!(
            format!("{:?}", Password::parse(&ten).unwrap()),
            "Password(***)"
        );

        assert_eq!(required_text("  hi  ", 2), Ok("hi".to_string()));
        assert_eq!(required_text("ñññ", 3), Ok("ñññ".to_string()));
        assert_eq!(required_text("ñññ", 2), Err("error-too-long"));
        assert_eq!(required_text(" \t ", 5), Err("error-required"));
        assert_eq!(required_text("a\u{0}b", 5), Err("error-text-invalid"));
        assert_eq!(required_text("a\nb", 5), Err("error-text-invalid"));
    }

    #[test]
    fn zone_edges() {
        let z = TimeZone::parse(" Africa/Nairobi ").unwrap();
        assert_eq!(z.as_str(), "Africa/Nairobi");
        assert_eq!(z.tz(), chrono_tz::Africa::Nairobi);
        assert_eq!(TimeZone::utc().as_str(), "UTC");
        assert_eq!(TimeZone::utc().tz(), chrono_tz::UTC);
        assert_eq!(TimeZone::parse("x"), Err("error-timezone-invalid"));
        assert!(TimeZone::all_names().count() > 300);
    }

    #[test]
    fn url_edges() {
        assert_eq!(
            optional_url(" http://example.org "),
            Ok(Some("http://example.org".to_string()))
        );
        for bad in [
            "ftp://example.org",
            "https://",
            "https:///path.x",
            "https://ex ample.org",
            "https://example.org/\u{7}",
            "example.org",
        ] {
            assert_eq!(optional_url(bad), Err("error-url-invalid"), "{bad:?}");
        }
        let long = format!("https://example.org/{}", "p".repeat(480));
        assert_eq!(long.len(), 500);
        assert!(optional_url(&long).is_ok());
        assert_eq!(optional_url(&format!("{long}p")), Err("error-url-invalid"));
        assert!(optional_url("https://example.org?q=a.b").is_ok());
        assert!(optional_url("https://localhost/x.y").is_err());
        assert!(optional_url("https://localhost#a.b").is_err());
    }
}
