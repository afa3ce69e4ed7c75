//! Organisations of the network.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OrgKind {
    Coalition,
    International,
    Partner,
    Secretariat,
}

impl OrgKind {
    pub const ALL: [OrgKind; 4] = [
        OrgKind::Coalition,
        OrgKind::International,
        OrgKind::Partner,
        OrgKind::Secretariat,
    ];

    pub fn code(self) -> &'static str {
        match self {
            OrgKind::Coalition => "coalition",
            OrgKind::International => "international",
            OrgKind::Partner => "partner",
            OrgKind::Secretariat => "secretariat",
        }
    }
    pub fn parse(s: &str) -> Option<OrgKind> {
        OrgKind::ALL.into_iter().find(|k| k.code() == s)
    }
    pub fn label_key(self) -> String {
        format!("kind-{}", self.code())
    }
}

/// Who may see an organisation's profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Visibility {
    /// Anyone, signed in or not.
    Public,
    /// Signed-in people only.
    Members,
}

impl Visibility {
    pub fn from_public(public: bool) -> Self {
        if public {
            Visibility::Public
        } else {
            Visibility::Members
        }
    }
}

use crate::{Country, Group, OrgId, Region, Slug};
use chrono::{DateTime, Utc};

/// An organisation as stored.
#[derive(Debug, Clone)]
pub struct Org {
    pub id: OrgId,
    pub slug: Slug,
    pub name: String,
    pub kind: OrgKind,
    pub country: Country,
    /// Effective region and group: the override when set, else derived.
    pub region: Region,
    pub group: Group,
    pub region_overridden: bool,
    pub group_overridden: bool,
    pub description_md: String,
    pub description_html: String,
    pub website: Option<String>,
    pub contact_email: Option<String>,
    pub contact_phone: Option<String>,
    pub public: bool,
    pub demo: bool,
    pub archived_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Org {
    pub fn visibility(&self) -> Visibility {
        Visibility::from_public(self.public)
    }
    pub fn resource(&self) -> crate::Resource {
        crate::Resource::Org {
            id: self.id,
            visibility: self.visibility(),
            archived: self.archived_at.is_some(),
        }
    }
}

/// The editable fields of an organisation, already validated.
#[derive(Debug, Clone)]
pub struct OrgFields {
    pub name: String,
    pub kind: OrgKind,
    pub country: Country,
    pub region_override: Option<Region>,
    pub group_override: Option<Group>,
    pub description_md: String,
    pub description_html: String,
    pub website: Option<String>,
    pub contact_email: Option<String>,
    pub contact_phone: Option<String>,
    pub public: bool,
}

impl OrgFields {
    pub fn region(&self) -> Region {
        self.region_override.unwrap_or(self.country.region())
    }
    pub fn group(&self) -> Group {
        self.group_override.unwrap_or(self.country.group())
    }
}

/// A directory query. Empty fields do not filter.
#[derive(Debug, Clone, Default)]
pub struct OrgFilter {
    pub text: Option<String>,
    pub region: Option<Region>,
    pub country: Option<Country>,
    pub kind: Option<OrgKind>,
    pub group: Option<Group>,
    /// Anonymous visitors only see public organisations.
    pub public_only: bool,
    pub include_archived: bool,
}

/// One page of results.
#[derive(Debug, Clone)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub total: u64,
    pub page: u32,
    pub per_page: u32,
}

impl<T> Page<T> {
    pub fn pages(&self) -> u32 {
        (self.total.div_ceil(self.per_page.max(1) as u64)).max(1) as u32
    }
}
