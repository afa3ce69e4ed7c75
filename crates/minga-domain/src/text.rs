//! Text for search and sorting in every language: a folded search key
//! (accents, case and Arabic vowel marks ignored) and each language's
//! collation (ICU4X, CLDR data compiled in).

use crate::locale::Locale;
use icu_collator::options::CollatorOptions;
use icu_collator::{CollatorBorrowed, CollatorPreferences};
use std::cmp::Ordering;
use std::sync::LazyLock;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// The search form of a text: compatibility decomposition (NFKD), every
/// combining mark dropped (é → e, ç → c, Arabic harakat and the hamza or
/// madda over alef → bare alef), Unicode case folding, a few Arabic letters
/// written interchangeably made one (alef wasla → alef, alef maqsura → yeh,
/// teh marbuta → heh), tatweel and punctuation dropped, and runs of
/// anything that is not a letter or digit made one space. Idempotent.
pub fn fold(s: &str) -> String {
    if s.is_ascii() {
        return fold_ascii(s);
    }
    // Case folding can make what decomposition takes apart again (İ → i̇):
    // go on until nothing changes.
    let mut out = fold_once(s);
    for _ in 0..4 {
        let again = fold_once(&out);
        if again == out {
            break;
        }
        out = again;
    }
    out
}

/// [`fold`] of ASCII text, which needs neither decomposition nor Unicode
/// case folding (the same result, without their cost: lists fold every
/// title they hold).
fn fold_ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = true;
    for b in s.bytes() {
        match b {
            b'\'' | b'`' => {}
            b if b.is_ascii_alphanumeric() => {
                out.push(b.to_ascii_lowercase() as char);
                space = false;
            }
            _ if !space => {
                out.push(' ');
                space = true;
            }
            _ => {}
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

fn fold_once(s: &str) -> String {
    use caseless::Caseless;
    let mut out = String::with_capacity(s.len());
    let mut space = true;
    for c in s.nfkd() {
        if is_combining_mark(c) {
            continue;
        }
        for c in std::iter::once(c).default_case_fold() {
            let c = match c {
                '\u{0671}' | '\u{0672}' | '\u{0673}' | '\u{0675}' => '\u{0627}',
                '\u{0649}' => '\u{064A}',
                '\u{0629}' => '\u{0647}',
                '\u{0640}' => continue,
                // Apostrophes of every kind join their word: "d'Ivoire" and
                // "d’Ivoire" both fold to "divoire".
                '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' => continue,
                c => c,
            };
            if c.is_alphanumeric() {
                out.push(c);
                space = false;
            } else if !space {
                out.push(' ');
                space = true;
            }
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// The words of a query, folded: each must match for a result to count.
pub fn query_words(q: &str) -> Vec<String> {
    fold(q)
        .split(' ')
        .filter(|w| !w.is_empty())
        .take(8)
        .map(str::to_string)
        .collect()
}

static COLLATORS: LazyLock<[CollatorBorrowed<'static>; 5]> = LazyLock::new(|| {
    Locale::ALL.map(|l| {
        let prefs = l
            .code()
            .parse::<icu_locale_core::Locale>()
            .map(|loc| CollatorPreferences::from(&loc))
            .unwrap_or_default();
        CollatorBorrowed::try_new(prefs, CollatorOptions::default())
            .or_else(|_| {
                CollatorBorrowed::try_new(CollatorPreferences::default(), Default::default())
            })
            .expect("the root collation is compiled in")
    })
});

/// Compares two texts as `locale` sorts them.
pub fn collate(locale: Locale, a: &str, b: &str) -> Ordering {
    COLLATORS[locale as usize].compare(a, b)
}

/// A sort key: comparing the bytes of two keys (as SQLite and PostgreSQL
/// compare BLOB/BYTEA) orders the texts as [`collate`] does.
pub fn sort_key(locale: Locale, s: &str) -> Vec<u8> {
    let mut k = Vec::with_capacity(s.len() * 3);
    let _ = COLLATORS[locale as usize].write_sort_key_to(s, &mut k);
    k
}

/// Names what the stored keys were made with: changes when ICU's collation
/// data or the fold change, so keys made by an older build are remade at
/// start (stored sort keys are only comparable within one version).
pub fn keys_version() -> String {
    static V: LazyLock<String> = LazyLock::new(|| {
        use std::hash::{Hash, Hasher};
        // FNV-1a over a probe of scripts and marks; std's hasher is not
        // stable across Rust releases.
        struct Fnv(u64);
        impl Hasher for Fnv {
            fn finish(&self) -> u64 {
                self.0
            }
            fn write(&mut self, bytes: &[u8]) {
                for b in bytes {
                    self.0 = (self.0 ^ *b as u64).wrapping_mul(0x100_0000_01b3);
                }
            }
        }
        let probe = "Côte d’Ivoire Ñandú Œuvre Straße ÆØÅ ǅ İı ﬁ Ωμέγα Жёлтый \
                     الأُمَّة إِسلام آمنة مكتبةٌ ى ٱ 中文 한국어 ひらがな १२३ ０ x\u{301}";
        let mut h = Fnv(0xcbf2_9ce4_8422_2325);
        fold(probe).hash(&mut h);
        for l in Locale::ALL {
            sort_key(l, probe).hash(&mut h);
            for w in probe.split(' ') {
                sort_key(l, w).hash(&mut h);
            }
        }
        format!("{:016x}", h.finish())
    });
    V.clone()
}

#[cfg(test)]
mod tests {
    #[test]
    fn ascii_folds_as_the_general_path_does() {
        for s in [
            "Hello, World!",
            "  d'Ivoire -- 2024 `x`  ",
            "ABC_def\tghi\n12.5%",
            "",
            "''",
            "a  b",
        ] {
            let mut general = super::fold_once(s);
            for _ in 0..4 {
                general = super::fold_once(&general);
            }
            assert_eq!(super::fold(s), general, "{s:?}");
        }
    }

    use super::*;
    use proptest::prelude::*;

    #[test]
    fn folds_accents_case_and_arabic_marks() {
        assert_eq!(fold("Educação"), "educacao");
        assert_eq!(fold("CÔTE D’IVOIRE"), "cote divoire");
        assert_eq!(fold("Côte d'Ivoire"), fold("cote d'ivoire"));
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("  Ñandú,  (Perú)  "), "nandu peru");
        // Harakat, hamza and madda on alef, tatweel, teh marbuta.
        assert_eq!(fold("الأُمَّة"), fold("الامه"));
        assert_eq!(fold("إسلام"), fold("اسلام"));
        assert_eq!(fold("آمنة"), "امنه");
        assert_eq!(fold("مـكـتـبة"), "مكتبه");
        assert_eq!(fold("مستشفى"), "مستشفي");
        assert_eq!(fold("ﬁ"), "fi");
        assert_eq!(query_words(" Côte, d'Ivoire "), vec!["cote", "divoire"]);
        assert!(query_words(" ,;- ").is_empty());
    }

    #[test]
    fn each_language_sorts_its_own_way() {
        // Arabic names are not all last in Arabic.
        let mut names = vec!["Zeta", "ألف", "Alpha", "باء"];
        names.sort_by(|a, b| collate(Locale::Ar, a, b));
        assert_eq!(names, vec!["ألف", "باء", "Alpha", "Zeta"]);
        names.sort_by(|a, b| collate(Locale::En, a, b));
        assert_eq!(names, vec!["Alpha", "Zeta", "ألف", "باء"]);
        // Accents and case do not put a name at the end.
        let mut names = vec!["Zambia", "Égypte", "eau", "Estonie"];
        names.sort_by(|a, b| collate(Locale::Fr, a, b));
        assert_eq!(names, vec!["eau", "Égypte", "Estonie", "Zambia"]);
        // Spanish: ñ after n.
        let mut names = vec!["Ñandú", "Oro", "Nube"];
        names.sort_by(|a, b| collate(Locale::Es, a, b));
        assert_eq!(names, vec!["Nube", "Ñandú", "Oro"]);
        assert!(!keys_version().is_empty());
    }

    proptest! {
        #[test]
        fn fold_is_idempotent(s in "\\PC{0,40}") {
            let once = fold(&s);
            prop_assert_eq!(fold(&once), once.clone());
        }

        #[test]
        fn fold_ignores_case_and_accents(s in "[a-zA-Z ]{0,30}") {
            // Each letter with an accent added, in either case.
            let accented: String = s.chars().flat_map(|c| [c, '\u{301}']).collect();
            prop_assert_eq!(fold(&accented.to_uppercase()), fold(&s));
            prop_assert_eq!(fold(&s.to_lowercase()), fold(&s.to_uppercase()));
        }

        #[test]
        fn sort_keys_order_as_the_collator(a in "\\PC{0,12}", b in "\\PC{0,12}", l in 0usize..5) {
            let l = Locale::ALL[l];
            prop_assert_eq!(sort_key(l, &a).cmp(&sort_key(l, &b)), collate(l, &a, &b));
        }
    }
}
