//! Translations (Fluent files under `locales/`, compiled into the binary) and
//! locale-aware formatting of dates and numbers.
//!
//! A key missing in one language falls back to English; a test checks that
//! every key exists in every language, so the fallback is a safety net only.

use chrono::{DateTime, Utc};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use minga_domain::Locale;
use std::borrow::Cow;
use std::sync::LazyLock;

pub use fluent_bundle::FluentValue as Value;

macro_rules! ftl_files {
    ($($file:literal),* $(,)?) => {
        /// The Fluent sources of each locale, in `Locale::ALL` order.
        pub const SOURCES: [(&str, &[(&str, &str)]); 5] = [
            ("en", &[$(($file, include_str!(concat!("../../../locales/en/", $file)))),*]),
            ("es", &[$(($file, include_str!(concat!("../../../locales/es/", $file)))),*]),
            ("fr", &[$(($file, include_str!(concat!("../../../locales/fr/", $file)))),*]),
            ("pt", &[$(($file, include_str!(concat!("../../../locales/pt/", $file)))),*]),
            ("ar", &[$(($file, include_str!(concat!("../../../locales/ar/", $file)))),*]),
        ];
    };
}

ftl_files!(
    "main.ftl",
    "accounts.ftl",
    "orgs.ftl",
    "communities.ftl",
    "email.ftl",
    "capacity.ftl",
    "discussions.ftl",
    "events.ftl",
    "library.ftl",
    "practices.ftl",
    "kel.ftl"
);

pub struct I18n {
    bundles: Vec<FluentBundle<FluentResource>>,
}

static GLOBAL: LazyLock<I18n> =
    LazyLock::new(|| I18n::load().expect("built-in translations must parse"));

impl I18n {
    /// The translations compiled into the binary.
    pub fn global() -> &'static I18n {
        &GLOBAL
    }

    fn load() -> Result<I18n, String> {
        let mut bundles = Vec::new();
        for (code, files) in SOURCES {
            let langid: unic_langid::LanguageIdentifier =
                code.parse().map_err(|e| format!("{code}: {e}"))?;
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            // Unicode isolation marks would leak into email subjects and
            // attributes; the templates isolate user text with <bdi> instead.
            bundle.set_use_isolating(false);
            for (name, src) in files {
                let res = FluentResource::try_new(src.to_string())
                    .map_err(|(_, errs)| format!("{code}/{name}: {errs:?}"))?;
                bundle
                    .add_resource(res)
                    .map_err(|errs| format!("{code}/{name}: {errs:?}"))?;
            }
            bundles.push(bundle);
        }
        Ok(I18n { bundles })
    }

    fn bundle(&self, l: Locale) -> &FluentBundle<FluentResource> {
        &self.bundles[l as usize]
    }

    pub fn has(&self, l: Locale, key: &str) -> bool {
        self.bundle(l).has_message(key)
    }

    /// The message `key` in `locale`, with arguments.
    pub fn format(&self, locale: Locale, key: &str, args: Option<&FluentArgs>) -> String {
        for l in [locale, Locale::En] {
            let bundle = self.bundle(l);
            if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let s = bundle.format_pattern(pattern, args, &mut errors);
                if !errors.is_empty() {
                    tracing::warn!(key, locale = %l, ?errors, "translation error");
                }
                return s.into_owned();
            }
        }
        tracing::warn!(key, %locale, "missing translation");
        key.to_string()
    }

    pub fn t(&self, locale: Locale, key: &str) -> String {
        self.format(locale, key, None)
    }

    /// A message with named arguments: `ta(l, "hello", &[("name", "Ana".into())])`.
    pub fn ta(&self, locale: Locale, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        self.format(locale, key, Some(&fa))
    }

    /// Every message id of a locale (for the completeness test).
    pub fn keys(locale: Locale) -> Vec<String> {
        let mut keys = Vec::new();
        for (code, files) in SOURCES {
            if code != locale.code() {
                continue;
            }
            for (_, src) in files {
                if let Ok(res) = FluentResource::try_new(src.to_string()) {
                    for entry in res.entries() {
                        if let fluent_syntax::ast::Entry::Message(m) = entry {
                            keys.push(m.id.name.to_string());
                        }
                    }
                }
            }
        }
        keys.sort();
        keys
    }
}

/// Text that people wrote, set inside a translated sentence: wrapped in
/// Unicode's first-strong isolate (U+2068 … U+2069) so that English inside
/// an Arabic sentence, or Arabic inside an English one, keeps its own
/// direction and does not carry the sentence's punctuation away.
pub fn isolate(text: &str) -> String {
    format!("\u{2068}{text}\u{2069}")
}

/// Shorthand for a string argument.
pub fn s<'a>(v: impl Into<Cow<'a, str>>) -> FluentValue<'a> {
    FluentValue::String(v.into())
}

fn chrono_locale(l: Locale) -> chrono::Locale {
    match l {
        Locale::En => chrono::Locale::en_GB,
        Locale::Es => chrono::Locale::es_ES,
        Locale::Fr => chrono::Locale::fr_FR,
        Locale::Pt => chrono::Locale::pt_PT,
        Locale::Ar => chrono::Locale::ar_EG,
    }
}

/// A date such as "3 March 2026" / "3 de marzo de 2026", in the reader's zone.
pub fn format_date(l: Locale, t: DateTime<Utc>, tz: chrono_tz::Tz) -> String {
    let local = t.with_timezone(&tz);
    let pattern = match l {
        Locale::Es | Locale::Pt => "%-d de %B de %Y",
        _ => "%-d %B %Y",
    };
    local
        .format_localized(pattern, chrono_locale(l))
        .to_string()
}

/// A calendar day (a milestone's date), with no time zone to apply.
pub fn format_day(l: Locale, d: chrono::NaiveDate) -> String {
    let pattern = match l {
        Locale::Es | Locale::Pt => "%-d de %B de %Y",
        _ => "%-d %B %Y",
    };
    d.format_localized(pattern, chrono_locale(l)).to_string()
}

/// A deadline: the end of a day in the network's time zone, shown as that
/// day with the zone's name, so every reader, wherever they are, reads the
/// date the Secretariat typed ("31 January 2027, end of the day, Africa/Nairobi").
pub fn format_deadline(l: Locale, t: DateTime<Utc>, network: chrono_tz::Tz) -> String {
    I18n::global().ta(
        l,
        "deadline-end-of-day",
        &[
            ("date", s(format_date(l, t, network))),
            ("zone", s(network.name().replace('_', " "))),
        ],
    )
}

/// A date and time with the zone's abbreviation.
pub fn format_datetime(l: Locale, t: DateTime<Utc>, tz: chrono_tz::Tz) -> String {
    let local = t.with_timezone(&tz);
    format!(
        "{} {} {}",
        format_date(l, t, tz),
        local.format("%H:%M"),
        local.format("%Z")
    )
}

fn number_locale(l: Locale) -> num_format::Locale {
    match l {
        Locale::En => num_format::Locale::en,
        Locale::Es => num_format::Locale::es,
        Locale::Fr => num_format::Locale::fr,
        Locale::Pt => num_format::Locale::pt,
        Locale::Ar => num_format::Locale::ar,
    }
}

/// An integer with the locale's digit grouping (1,234 / 1.234 / 1 234).
pub fn format_number(l: Locale, n: i64) -> String {
    use num_format::ToFormattedString;
    n.to_formatted_string(&number_locale(l))
}

/// A number with one decimal in the reader's separators ("3.5", "3,5").
pub fn format_tenths(l: Locale, x: f64) -> String {
    let tenths = (x * 10.0).round() as i64;
    format!(
        "{}{}{}",
        format_number(l, tenths / 10),
        number_locale(l).decimal(),
        (tenths % 10).abs()
    )
}

/// A file size in the reader's units and separators ("340 KB", "1,5 Mo").
pub fn format_file_size(l: Locale, bytes: u64) -> String {
    let i18n = I18n::global();
    if bytes < 1_000_000 {
        let kb = bytes.div_ceil(1_000).max(1) as i64;
        return i18n.ta(l, "file-size-kb", &[("n", s(format_number(l, kb)))]);
    }
    let tenths = (bytes + 50_000) / 100_000;
    let n = if tenths >= 100 || tenths.is_multiple_of(10) {
        format_number(l, (tenths / 10) as i64)
    } else {
        format!(
            "{}{}{}",
            format_number(l, (tenths / 10) as i64),
            number_locale(l).decimal(),
            tenths % 10
        )
    };
    i18n.ta(l, "file-size-mb", &[("n", s(n))])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_sizes_read_naturally() {
        assert_eq!(format_file_size(Locale::En, 1), "1 KB");
        assert_eq!(format_file_size(Locale::En, 340_200), "341 KB");
        assert_eq!(format_file_size(Locale::En, 1_500_000), "1.5 MB");
        assert_eq!(format_file_size(Locale::Fr, 1_500_000), "1,5 Mo");
        assert_eq!(format_file_size(Locale::En, 12_000_000), "12 MB");
    }

    #[test]
    fn every_key_exists_in_every_language() {
        let en = I18n::keys(Locale::En);
        assert!(en.len() > 50, "English has {} keys", en.len());
        for l in Locale::ALL {
            let keys = I18n::keys(l);
            let missing: Vec<_> = en.iter().filter(|k| !keys.contains(k)).collect();
            let extra: Vec<_> = keys.iter().filter(|k| !en.contains(k)).collect();
            assert!(missing.is_empty(), "{l} lacks {missing:?}");
            assert!(extra.is_empty(), "{l} has keys English lacks: {extra:?}");
        }
    }

    #[test]
    fn every_message_formats_without_errors() {
        let i18n = I18n::global();
        for l in Locale::ALL {
            for key in I18n::keys(l) {
                let bundle = i18n.bundle(l);
                let msg = bundle.get_message(&key).expect("listed key");
                if let Some(p) = msg.value() {
                    let mut args = FluentArgs::new();
                    for name in [
                        "name",
                        "org",
                        "email",
                        "role",
                        "link",
                        "network",
                        "page",
                        "pages",
                        "count",
                        "title",
                        "date",
                        "status",
                        "item",
                        "priority",
                        "level",
                        "evidence",
                        "languages",
                        "region",
                        "max",
                        "min",
                        "host",
                        "label",
                        "seeker",
                        "helper",
                        "section",
                        "step",
                        "version",
                        "date",
                        "name",
                        "n",
                        "zone",
                        "quota",
                        "size",
                        "line",
                        "language",
                        "field",
                        "message",
                        "names",
                        "state",
                        "submitted",
                        "total",
                        "total",
                        "message",
                        "message",
                        "person",
                        "seeker",
                        "helper",
                        "country",
                        "city",
                        "offset",
                        "actor",
                        "topic",
                        "community",
                        "event",
                        "text",
                        "list",
                        "all",
                        "settings",
                        "start",
                        "end",
                        "when",
                        "community",
                        "title",
                        "time",
                        // discussions
                        "reason",
                        // the KEL strategy
                        "done",
                        "org",
                        "detail",
                    ] {
                        args.set(name, FluentValue::from("x"));
                    }
                    for name in ["days", "minutes", "hours", "seconds"] {
                        args.set(name, FluentValue::from(2));
                    }
                    let mut errors = Vec::new();
                    let _ = bundle.format_pattern(p, Some(&args), &mut errors);
                    assert!(errors.is_empty(), "{l} {key}: {errors:?}");
                }
            }
        }
    }

    #[test]
    fn dates_and_numbers_are_localised() {
        let t = DateTime::parse_from_rfc3339("2026-03-03T12:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(
            format_date(Locale::Es, t, chrono_tz::UTC),
            "3 de marzo de 2026"
        );
        assert_eq!(format_date(Locale::Fr, t, chrono_tz::UTC), "3 mars 2026");
        assert_eq!(format_number(Locale::En, 1234567), "1,234,567");
        assert_eq!(format_number(Locale::Es, 1234567), "1.234.567");
        assert_ne!(
            format_date(Locale::Ar, t, chrono_tz::UTC),
            format_date(Locale::En, t, chrono_tz::UTC)
        );
    }

    #[test]
    fn counts_follow_each_languages_plural_rules() {
        let i = I18n::global();
        let orgs = |l, n: u64| {
            i.ta(
                l,
                "orgs-count",
                &[
                    ("count", FluentValue::from(n)),
                    ("n", s(format_number(l, n as i64))),
                ],
            )
        };
        assert_eq!(orgs(Locale::En, 1), "1 organisation");
        assert_eq!(orgs(Locale::En, 2), "2 organisations");
        assert_eq!(orgs(Locale::En, 1_234), "1,234 organisations");
        assert_eq!(orgs(Locale::Es, 1), "1 organización");
        assert_eq!(orgs(Locale::Pt, 3), "3 organizações");
        // French counts 0 and 1 alike.
        assert_eq!(orgs(Locale::Fr, 0), "0 organisation");
        let busy = |l, n: i64| i.ta(l, "reason-busy", &[("count", FluentValue::from(n))]);
        assert_eq!(
            busy(Locale::En, 1),
            "Is supporting 1 organisation right now."
        );
        // Arabic: one, two, few (3–10), many (11–99).
        assert_eq!(busy(Locale::Ar, 1), "تدعم حاليًا منظمة واحدة.");
        assert_eq!(busy(Locale::Ar, 2), "تدعم حاليًا منظمتين.");
        assert_eq!(busy(Locale::Ar, 3), "تدعم حاليًا 3 منظمات.");
        assert_eq!(busy(Locale::Ar, 11), "تدعم حاليًا 11 منظمة.");
    }
}
