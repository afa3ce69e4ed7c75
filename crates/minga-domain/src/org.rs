//! Organisations of the network.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OrgKind {
    Coalition,
    International,
    Partner,
    Secretariat,
}

impl OrgKind {
    pub const ALL: [OrgKind; 4] = [OrgKind::Coalition, OrgKind::International, OrgKind::Partner, OrgKind::Secretariat];

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
