//! Identifiers: UUIDv7 made in Rust, so they sort by creation time and can be
//! made by any app server without asking the database.

use std::fmt;
use std::str::FromStr;

macro_rules! id_type {
    ($($name:ident),* $(,)?) => {$(
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub uuid::Uuid);

        impl $name {
            pub fn new() -> Self {
                Self(uuid::Uuid::now_v7())
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.as_hyphenated().fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                uuid::Uuid::parse_str(s).map(Self)
            }
        }
    )*};
}

id_type!(
    OrgId,
    UserId,
    InvitationId,
    JobId,
    RoundId,
    ProfileId,
    ExchangeId,
    FileId,
    MessageId,
    NotificationId,
    CommunityId,
    TopicId,
    PostId,
    FlagId,
    MediaId
);

// Learning communities: events.
id_type!(EventId);

// The library and best practices (issue 13).
id_type!(ResourceId, PracticeId);

// The KEL strategy: objectives, learning initiatives and their parts.
id_type!(
    ObjectiveId,
    InitiativeId,
    MilestoneId,
    ContributionId,
    OutputId
);

// Consultations.
id_type!(ConsultationId, QuestionId, ResponseId);
