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

/// How many of a file's first bytes [`evidence_accepted`] looks at.
pub const SNIFF_BYTES: usize = 8 * 1024;

/// What a file's first bytes must show for an extension.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Expect {
    Pdf,
    Rtf,
    /// Office Open XML and OpenDocument: a ZIP package.
    Package,
    /// Word, Excel and PowerPoint 97–2003: an OLE compound file.
    Compound,
    Image,
    /// Audio or video (containers such as MP4 and Ogg carry either).
    Media,
    PlainText,
}

/// The extensions evidence may have: documents, spreadsheets,
/// presentations, images, audio, video and plain text.
fn expected(ext: &str) -> Option<Expect> {
    use Expect::*;
    Some(match ext {
        "pdf" => Pdf,
        "rtf" => Rtf,
        "docx" | "xlsx" | "pptx" | "odt" | "ods" | "odp" => Package,
        "doc" | "xls" | "ppt" => Compound,
        "png" | "jpg" | "jpeg" | "gif" | "webp" | "tif" | "tiff" | "bmp" | "heic" | "heif"
        | "avif" => Image,
        "mp3" | "wav" | "ogg" | "oga" | "opus" | "m4a" | "aac" | "flac" | "amr" | "mp4" | "m4v"
        | "webm" | "mov" | "avi" | "mkv" | "3gp" | "ogv" => Media,
        "txt" | "md" | "csv" | "tsv" => PlainText,
        _ => return None,
    })
}

/// Whether a file may be kept as evidence, judged by its (cleaned) name's
/// extension and by what its first bytes are ([`SNIFF_BYTES`] of them, or
/// all of a shorter file): both must be a document, spreadsheet,
/// presentation, image, audio, video or plain text, and agree, so a
/// program or a script renamed `.pdf` is refused.
pub fn evidence_accepted(name: &str, head: &[u8]) -> bool {
    let Some(expect) = split_extension(name)
        .1
        .and_then(|e| expected(&e.to_ascii_lowercase()))
    else {
        return false;
    };
    let Some(kind) = infer::get(head) else {
        return expect == Expect::PlainText && looks_like_text(head);
    };
    use infer::MatcherType as M;
    let mime = kind.mime_type();
    match expect {
        Expect::Pdf => mime == "application/pdf",
        Expect::Rtf => mime == "application/rtf",
        Expect::Package => {
            mime == "application/zip"
                || mime.starts_with("application/vnd.openxmlformats-officedocument.")
                || mime.starts_with("application/vnd.oasis.opendocument.")
        }
        Expect::Compound => {
            matches!(
                mime,
                "application/msword" | "application/vnd.ms-excel" | "application/vnd.ms-powerpoint"
            )
        }
        Expect::Image => kind.matcher_type() == M::Image,
        Expect::Media => matches!(kind.matcher_type(), M::Audio | M::Video),
        // Text that sniffs as something (HTML, a `#!` script…) is not plain.
        Expect::PlainText => false,
    }
}

/// Text has no NUL and no control characters but tab, line breaks, form
/// feed and escape (any encoding; UTF-8 is not required of a CSV).
fn looks_like_text(head: &[u8]) -> bool {
    head.iter()
        .all(|&b| b >= 0x20 || matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b))
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
    fn evidence_is_judged_by_its_first_bytes_and_its_extension() {
        let pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj";
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0";
        let exe = b"MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff\0\0\xb8\0\0\0\0\0\0\0@\0";
        let elf = b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0";
        let script = b"#!/bin/sh\nrm -rf ~\n";
        let html = b"<!DOCTYPE html><html><script>alert(1)</script>";
        let ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0\0\0\0\0\0\0";
        let mp3 = b"ID3\x03\0\0\0\0\0\x21TIT2";
        assert!(evidence_accepted("report.pdf", pdf));
        assert!(evidence_accepted("REPORT.PDF", pdf));
        assert!(evidence_accepted("photo.png", png));
        assert!(evidence_accepted("old.doc", ole));
        assert!(evidence_accepted("talk.mp3", mp3));
        assert!(evidence_accepted("notes.txt", "Ñandú — تقرير\n".as_bytes()));
        assert!(evidence_accepted("data.csv", b"a,b\r\n1,2\r\n"));
        // A program or a script under a document's name.
        assert!(!evidence_accepted("report.pdf", exe));
        assert!(!evidence_accepted("report.pdf", elf));
        assert!(!evidence_accepted("report.pdf", script));
        assert!(!evidence_accepted("notes.txt", script));
        assert!(!evidence_accepted("notes.txt", html));
        assert!(!evidence_accepted("notes.txt", b"MZ\0\0binary\0"));
        // A real file with the wrong kind of name, and names that are not evidence.
        assert!(!evidence_accepted("photo.png", pdf));
        assert!(!evidence_accepted("setup.exe", exe));
        assert!(!evidence_accepted("page.html", html));
        assert!(!evidence_accepted("run.sh", script));
        assert!(!evidence_accepted("noextension", pdf));
    }

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
