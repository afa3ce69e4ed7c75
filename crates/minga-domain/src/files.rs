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

/// The name a browser sent, made safe to store and show: no folders, no
/// control characters, not too long, never empty.
pub fn clean_name(raw: &str) -> String {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or("");
    let cleaned: String = base
        .chars()
        .filter(|c| !c.is_control())
        .collect::<String>()
        .trim()
        .trim_start_matches('.')
        .to_string();
    let out = if cleaned.chars().count() <= NAME_MAX {
        cleaned
    } else {
        // Keep a short extension: cut the stem instead.
        match cleaned.rsplit_once('.') {
            Some((stem, ext)) if ext.chars().count() < 10 => {
                let keep = NAME_MAX - ext.chars().count() - 1;
                format!("{}.{ext}", stem.chars().take(keep).collect::<String>())
            }
            _ => cleaned.chars().take(NAME_MAX).collect(),
        }
    };
    if out.is_empty() {
        "file".to_string()
    } else {
        out
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
