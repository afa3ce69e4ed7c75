//! Rules about an organisation's people that are not permissions: an
//! organisation always keeps someone who can administer it, and a person or
//! organisation without a picture is shown by initials on a coloured disc.

use crate::Role;

impl Role {
    /// Whether the role administers its organisation (its people, its
    /// profile): an org_admin, or anyone of the Secretariat in its own.
    pub fn administers(self) -> bool {
        matches!(self, Role::OrgAdmin | Role::Secretariat)
    }
}

/// Whether changing a person from `from` to `to` (`None`: taking them out
/// of the organisation) leaves it with someone to administer it, when it has
/// `admins` administrators now.
pub fn leaves_an_admin(admins: usize, from: Role, to: Option<Role>) -> bool {
    let loses_one = from.administers() && !to.is_some_and(Role::administers);
    !loses_one || admins > 1
}

/// Up to two letters for a disc: the first letter of the first and of the
/// last word ("Ana María Pérez" → "AP"), upper-cased; one for a single word;
/// "?" when the name has no letter. Works for any script (Arabic has no case).
pub fn initials(name: &str) -> String {
    // Words that begin with a letter or digit: "(demo)" or "&" add nothing,
    // unless there is no other word.
    let mut words: Vec<char> = name
        .split_whitespace()
        .filter_map(|w| w.chars().next().filter(|c| c.is_alphanumeric()))
        .collect();
    if words.is_empty() {
        words = name
            .split_whitespace()
            .filter_map(|w| w.chars().find(|c| c.is_alphanumeric()))
            .collect();
    }
    let picked: Vec<char> = match words.as_slice() {
        [] => return "?".into(),
        [one] => vec![*one],
        [first, .., last] => vec![*first, *last],
    };
    picked.into_iter().flat_map(char::to_uppercase).collect()
}

/// How many disc colours there are (the stylesheet's `.disc.c0` … `.c7`,
/// each dark enough for white letters at WCAG AA).
pub const DISC_COLOURS: u8 = 8;

/// The disc colour of an id: the same id always gets the same colour, and
/// ids spread evenly over the colours (FNV-1a over the id's text, whose
/// UUIDv7 time prefix alone would put neighbours on one colour).
pub fn disc_colour(id: &str) -> u8 {
    let mut h: u32 = 0x811c_9dc5;
    for b in id.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    (h % u32::from(DISC_COLOURS)) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_administrator_stays() {
        use Role::*;
        // Demoting or removing the only admin is refused; with two it is not.
        assert!(!leaves_an_admin(1, OrgAdmin, Some(Member)));
        assert!(!leaves_an_admin(1, OrgAdmin, None));
        assert!(!leaves_an_admin(1, Secretariat, None));
        assert!(leaves_an_admin(2, OrgAdmin, Some(Member)));
        assert!(leaves_an_admin(2, OrgAdmin, None));
        // Keeping an admin an admin, or changing someone else, is always fine.
        assert!(leaves_an_admin(1, OrgAdmin, Some(OrgAdmin)));
        assert!(leaves_an_admin(1, Member, None));
        assert!(leaves_an_admin(0, Partner, Some(Member)));
        assert!(leaves_an_admin(1, Member, Some(OrgAdmin)));
    }

    #[test]
    fn initials_in_any_script() {
        assert_eq!(initials("Ana María Pérez"), "AP");
        assert_eq!(initials("  élodie  "), "É");
        assert_eq!(initials("سارة الأحمد"), "سا");
        assert_eq!(initials("Priya Mensah (demo)"), "PM");
        assert_eq!(initials("Casa & Co"), "CC");
        assert_eq!(initials("(Acme)"), "A");
        assert_eq!(initials(" -- "), "?");
        assert_eq!(initials(""), "?");
    }

    #[test]
    fn disc_colours_are_stable_and_spread() {
        assert_eq!(disc_colour("abc"), disc_colour("abc"));
        let mut seen = [0u32; DISC_COLOURS as usize];
        for i in 0..800 {
            let id = format!("0193a1b2-c3d4-7{i:03x}-8000-000000000000");
            seen[disc_colour(&id) as usize] += 1;
        }
        assert!(seen.iter().all(|n| *n > 50), "{seen:?}");
    }
}

/// A logo or an avatar: its two variants, each the file name of its blob
/// (`<sha256>.png` or `<sha256>.jpg`), served at `/pictures/<name>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picture {
    /// `SMALL_PX` square.
    pub small: String,
    /// `LARGE_PX` square.
    pub large: String,
}

/// The sides of the two variants, in CSS pixels.
pub const SMALL_PX: u32 = 40;
pub const LARGE_PX: u32 = 160;

impl Picture {
    pub fn small_url(&self) -> String {
        format!("/pictures/{}", self.small)
    }
    pub fn large_url(&self) -> String {
        format!("/pictures/{}", self.large)
    }
}

/// A variant's file name split into its blob key and content type, when it
/// is one Minga makes (64 hex digits and `.png` or `.jpg`).
pub fn variant_parts(name: &str) -> Option<(&str, &'static str)> {
    let (key, ext) = name.split_once('.')?;
    if key.len() != 64 || !key.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
        return None;
    }
    match ext {
        "png" => Some((key, "image/png")),
        "jpg" => Some((key, "image/jpeg")),
        _ => None,
    }
}
