//! People and their roles.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    Secretariat,
    OrgAdmin,
    Member,
    Partner,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Secretariat, Role::OrgAdmin, Role::Member, Role::Partner];

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
