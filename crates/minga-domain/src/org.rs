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
    /// Why the Secretariat set the region or group against the country's.
    pub override_reason: Option<String>,
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
    /// Required with an override, and only then.
    pub override_reason: Option<String>,
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
    /// Whose collation orders the results.
    pub locale: crate::Locale,
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

/// An organisation's region and North/South group: the country's unless
/// the Secretariat sets them otherwise, with a reason.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Classification {
    pub region_override: Option<Region>,
    pub group_override: Option<Group>,
    pub reason: Option<String>,
}

impl Classification {
    pub const REASON_MAX: usize = 500;

    /// Decides what the form asked for. A choice equal to what the country
    /// gives is no override. An override needs the Secretariat
    /// (`may_override`) and a reason. Errors are (field, Fluent key).
    pub fn decide(
        country: Country,
        region: Option<Region>,
        group: Option<Group>,
        reason: &str,
        may_override: bool,
    ) -> Result<Classification, (&'static str, &'static str)> {
        let region = region.filter(|r| *r != country.region());
        let group = group.filter(|g| *g != country.group());
        if region.is_none() && group.is_none() {
            return Ok(Classification::default());
        }
        if !may_override {
            let field = if region.is_some() { "region" } else { "group" };
            return Err((field, "error-override-forbidden"));
        }
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(("override_reason", "error-override-reason-required"));
        }
        if reason.chars().count() > Self::REASON_MAX {
            return Err(("override_reason", "error-too-long"));
        }
        if reason
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\r')
        {
            return Err(("override_reason", "error-text-invalid"));
        }
        Ok(Classification {
            region_override: region,
            group_override: group,
            reason: Some(reason.to_string()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_country_decides_unless_the_secretariat_says_why() {
        let ke = Country::parse("KE").unwrap();
        // Nothing chosen, or the country's own values: no override.
        assert_eq!(
            Classification::decide(ke, None, None, "", false),
            Ok(Classification::default())
        );
        assert_eq!(
            Classification::decide(ke, Some(Region::Africa), Some(Group::South), "", false),
            Ok(Classification::default())
        );
        // Kenya in Europe and North America, Global North: refused without a reason.
        let r = Some(Region::EuropeNorthAmerica);
        let g = Some(Group::North);
        assert_eq!(
            Classification::decide(ke, r, g, "  ", true),
            Err(("override_reason", "error-override-reason-required"))
        );
        // Refused to anyone but the Secretariat, reason or not.
        assert_eq!(
            Classification::decide(ke, r, None, "Because", false),
            Err(("region", "error-override-forbidden"))
        );
        assert_eq!(
            Classification::decide(ke, None, g, "Because", false),
            Err(("group", "error-override-forbidden"))
        );
        let ok = Classification::decide(
            ke,
            r,
            Some(Group::South),
            " Member of the European chapter ",
            true,
        )
        .unwrap();
        assert_eq!(ok.region_override, r);
        assert_eq!(ok.group_override, None);
        assert_eq!(ok.reason.as_deref(), Some("Member of the European chapter"));
        let long = "x".repeat(Classification::REASON_MAX + 1);
        assert_eq!(
            Classification::decide(ke, r, None, &long, true),
            Err(("override_reason", "error-too-long"))
        );
    }
}
