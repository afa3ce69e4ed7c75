//! Uploaded files as the rest of Minga sees them: a name, a type, a size.
//! The bytes live in the blob store under their content hash.

use crate::FileId;

/// A file someone uploaded, as listed beside what it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileRef {
    pub id: FileId,
    pub name: String,
    pub content_type: String,
    pub size: u64,
}

impl FileRef {
    /// The address that downloads it; the name makes saved files sensible.
    pub fn href(&self) -> String {
        format!("/files/{}/{}", self.id, url_segment(&self.name))
    }
}

/// Longest file name kept, in characters.
pub const NAME_MAX: usize = 120;
/// Longest extension kept apart when a long name is cut, in characters.
pub const EXTENSION_MAX: usize = 10;

/// Characters a file name never keeps: controls, line and paragraph
/// separators, and the invisible format characters (Unicode category Cf).
/// Cf holds the bidirectional controls (U+202A–U+202E, U+2066–U+2069,
/// U+200E/U+200F, U+061C) that make "report\u{202E}fdp.exe" show as
/// "reportexe.pdf", and zero-width characters that make two names look alike.
pub fn is_invisible(c: char) -> bool {
    use unicode_properties::{GeneralCategory as G, UnicodeGeneralCategory};
    matches!(
        c.general_category(),
        G::Control | G::Format | G::LineSeparator | G::ParagraphSeparator
    )
}

/// What a name may not start with: a leading dot hides a file on many systems.
fn dot_or_space(c: char) -> bool {
    c == '.' || c.is_whitespace()
}

/// A name's stem and extension: the extension is what follows the last dot
/// when it is 1 to `EXTENSION_MAX` letters or digits and something comes
/// before the dot (".profile" has no extension).
pub fn split_extension(name: &str) -> (&str, Option<&str>) {
    match name.rsplit_once('.') {
        Some((stem, ext))
            if (1..=EXTENSION_MAX).contains(&ext.chars().count())
                && ext.chars().all(char::is_alphanumeric)
                && !stem.trim_start_matches(dot_or_space).trim().is_empty() =>
        {
            (stem, Some(ext))
        }
        _ => (name, None),
    }
}

/// The name a browser sent, made safe to store and show: no folders, no
/// invisible characters ([`is_invisible`]), no leading dot, not too long
/// (a long stem is cut, its extension kept), never empty ("file").
pub fn clean_name(raw: &str) -> String {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or("");
    let visible: String = base.chars().filter(|c| !is_invisible(*c)).collect();
    let (stem, ext) = split_extension(visible.trim());
    let stem = stem.trim_start_matches(dot_or_space);
    match ext {
        // `split_extension` saw something before the dot, so the stem is not empty.
        Some(ext) => {
            let room = NAME_MAX - ext.chars().count() - 1;
            format!("{}.{ext}", stem.chars().take(room).collect::<String>())
        }
        None => match stem.chars().take(NAME_MAX).collect::<String>().trim_end() {
            "" => "file".to_string(),
            s => s.to_string(),
        },
    }
}

/// Types a browser may show in place; everything else downloads.
pub fn shows_inline(content_type: &str) -> bool {
    matches!(
        content_type,
        "application/pdf"
            | "image/png"
            | "image/jpeg"
            | "image/gif"
            | "image/webp"
            | "text/plain"
            | "audio/mpeg"
            | "audio/ogg"
            | "video/mp4"
            | "video/webm"
    )
}

fn url_segment(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for b in name.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn names_lose_folders_and_control_characters() {
        assert_eq!(
            clean_name("C:\\Users\\ana\\informe final.pdf"),
            "informe final.pdf"
        );
        assert_eq!(clean_name("../../etc/passwd"), "passwd");
        assert_eq!(clean_name("a\u{0}b\n.txt"), "ab.txt");
        assert_eq!(clean_name(".hidden"), "hidden");
        assert_eq!(clean_name("   "), "file");
        assert_eq!(clean_name("تقرير.pdf"), "تقرير.pdf");
    }

    #[test]
    fn long_names_keep_their_extension() {
        let long = format!("{}.docx", "x".repeat(300));
        let c = clean_name(&long);
        assert_eq!(c.chars().count(), NAME_MAX);
        assert!(c.ends_with(".docx"));
    }

    #[test]
    fn names_lose_bidi_controls_and_invisible_characters() {
        assert_eq!(clean_name("invoice\u{202E}fdp.exe"), "invoicefdp.exe");
        assert_eq!(
            clean_name("\u{2066}تقرير\u{2069}\u{200F}.pdf\u{061C}"),
            "تقرير.pdf"
        );
        assert_eq!(clean_name("a\u{200B}b\u{FEFF}\u{2028}.txt"), "ab.txt");
        assert_eq!(clean_name("\u{202A}\u{202B}\u{202C}\u{202D}"), "file");
        assert_eq!(clean_name(". .pdf"), "pdf");
        assert_eq!(clean_name("notes."), "notes.");
    }

    /// Invisible characters as they might be slipped into a name.
    fn invisible() -> impl Strategy<Value = char> {
        prop_oneof![
            prop::sample::select(vec![
                '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}',
                '\u{2068}', '\u{2069}', '\u{200E}', '\u{200F}', '\u{061C}', '\u{200B}', '\u{200D}',
                '\u{FEFF}', '\u{00AD}', '\u{2028}', '\u{0}', '\u{1B}', '\u{7F}', '\u{85}',
            ]),
            // Tag characters (Cf) and the C1 controls.
            prop::char::range('\u{E0020}', '\u{E007F}'),
            prop::char::range('\u{80}', '\u{9F}'),
        ]
    }

    /// `visible` with an invisible character after some of its characters.
    fn sprinkled(visible: &'static str) -> impl Strategy<Value = (String, String)> {
        prop::collection::vec((visible, prop::option::of(invisible())), 1..8).prop_map(|parts| {
            let plain: String = parts.iter().map(|(v, _)| v.as_str()).collect();
            let mixed: String = parts
                .iter()
                .flat_map(|(v, i)| v.chars().chain(*i))
                .collect();
            (plain, mixed)
        })
    }

    proptest! {
        /// Whatever a browser sends, the stored name is visible, flat,
        /// short, never empty, and cleaning it again changes nothing.
        #[test]
        fn any_name_is_made_safe(raw in any::<String>()) {
            let name = clean_name(&raw);
            prop_assert!(!name.is_empty());
            prop_assert!(!name.chars().any(is_invisible), "{name:?}");
            prop_assert!(!name.contains(['/', '\\']));
            prop_assert!(name.chars().count() <= NAME_MAX);
            prop_assert!(!name.starts_with(dot_or_space) && !name.ends_with(char::is_whitespace));
            prop_assert_eq!(clean_name(&name), name);
        }

        /// A name with an extension keeps it, whatever is hidden in it and
        /// however long its stem.
        #[test]
        fn the_extension_is_kept(
            (_, stem) in sprinkled("[^/\\\\]{0,40}"),
            lead in "[a-zA-Z0-9\u{0621}-\u{064A}]",
            (ext, mixed_ext) in sprinkled("[a-zA-Z0-9]"),
        ) {
            let raw = format!("{lead}{stem}.{mixed_ext}");
            let name = clean_name(&raw);
            prop_assert!(name.ends_with(&format!(".{ext}")), "{raw:?} -> {name:?}");
            prop_assert!(!name.chars().any(is_invisible));
        }
    }

    #[test]
    fn hrefs_are_escaped() {
        let f = FileRef {
            id: "0192b3a4-0000-7000-8000-000000000001".parse().unwrap(),
            name: "plan d'action 2026.pdf".into(),
            content_type: "application/pdf".into(),
            size: 10,
        };
        assert_eq!(
            f.href(),
            "/files/0192b3a4-0000-7000-8000-000000000001/plan%20d%27action%202026.pdf"
        );
    }
}
