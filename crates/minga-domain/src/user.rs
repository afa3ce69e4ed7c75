//! People and their roles.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    Secretariat,
    OrgAdmin,
    Member,
    Partner,
}

impl Role {
    pub const ALL: [Role; 4] = [
        Role::Secretariat,
        Role::OrgAdmin,
        Role::Member,
        Role::Partner,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Role::Secretariat => "secretariat",
            Role::OrgAdmin => "org_admin",
            Role::Member => "member",
            Role::Partner => "partner",
        }
    }
    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.code() == s)
    }
    pub fn label_key(self) -> String {
        format!("role-{}", self.code().replace('_', "-"))
    }
}

use crate::{Email, Locale, OrgId, TimeZone, UserId};
use chrono::{DateTime, Utc};

#[derive(Debug, Clone)]
pub struct User {
    pub id: UserId,
    pub org_id: OrgId,
    pub email: Email,
    pub name: String,
    pub role: Role,
    pub locale: Locale,
    pub time_zone: TimeZone,
    /// Pages load nothing heavy until asked: audio first, the smallest pictures.
    pub data_saver: bool,
    pub created_at: DateTime<Utc>,
}

impl User {
    pub fn actor(&self) -> crate::Actor {
        crate::Actor {
            user: self.id,
            org: self.org_id,
            role: self.role,
        }
    }
}

/// A pending invitation.
#[derive(Debug, Clone)]
pub struct Invitation {
    pub id: crate::InvitationId,
    pub email: Email,
    pub org_id: OrgId,
    pub role: Role,
    pub locale: Locale,
    pub invited_by: Option<UserId>,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub accepted_at: Option<DateTime<Utc>>,
}
