//! Minga's plain types: identifiers, validated values, the geography of the
//! network, the permission policy. Nothing here does I/O, so every rule can be
//! unit-tested without a database or a server.

/// Codes with a fixed list of values: `ALL`, `code` and `parse`.
macro_rules! coded {
    ($name:ident { $($variant:ident = $code:literal),* $(,)? }) => {
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),* }
            }
            pub fn parse(s: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.code() == s)
            }
        }
    };
}

pub mod capacity;
pub mod change;
pub mod community;
pub mod consultation;
pub mod country;
pub mod discussion;
pub mod error;
pub mod event;
pub mod exchange;
pub mod files;
pub mod ical;
pub mod ids;
pub mod kel;
pub mod library;
pub mod locale;
pub mod map;
pub mod matching;
pub mod media;
pub mod notification;
pub mod org;
pub mod people;
pub mod policy;
pub mod practice;
pub mod text;
pub mod user;
pub mod values;
pub mod zones;

pub use change::Entity;
pub use country::{Country, Group, Region};
pub use error::{FieldError, FieldErrors};
pub use ids::*;
pub use locale::Locale;
pub use org::{Classification, Org, OrgFields, OrgFilter, OrgKind, Page, Visibility};
pub use policy::{can, Action, Actor, Resource, LIBRARY_READERS, PROFILE_FILLERS};
pub use user::{Invitation, Role, User};
pub use values::{casefold, optional_url, required_text, Email, Password, Slug, TimeZone};
