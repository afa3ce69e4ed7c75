//! What the change log names: the kinds of entity a write changes. Kept
//! values and pages list the entities they are made of, so a typo in a name
//! is a compile error rather than a cache that never notices a change.

/// A kind of entity the change log and `entity_versions` track.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Entity {
    Org,
    User,
    /// Sign-outs (ending a session changes who a cookie belongs to).
    Session,
    Invitation,
    File,
    Taxonomy,
    Round,
    Profile,
    Exchange,
    Community,
    /// A person's notifications (new ones, read ones): their unread count.
    Notification,
    /// Discussions: topics, their posts, reactions, flags and moderation.
    Topic,
    /// Events of learning communities (and their RSVPs).
    Event,
    /// Recordings, their captions and renditions.
    Media,
    /// The library's resources, their translations and previews.
    Resource,
    /// Best practices, their versions, reviews and replications.
    Practice,
    Initiative,
    Consultation,
}

impl Entity {
    pub const ALL: [Entity; 18] = [
        Entity::Org,
        Entity::User,
        Entity::Session,
        Entity::Invitation,
        Entity::File,
        Entity::Taxonomy,
        Entity::Round,
        Entity::Profile,
        Entity::Exchange,
        Entity::Community,
        Entity::Notification,
        Entity::Topic,
        Entity::Event,
        Entity::Media,
        Entity::Resource,
        Entity::Practice,
        Entity::Initiative,
        Entity::Consultation,
    ];

    /// Everything that pages show: all but sessions, whose changes no page
    /// displays (a sign-out must not throw away every kept page), and
    /// notifications, whose count is a slot filled per reader (a reply must
    /// not throw away every kept page either).
    pub const CONTENT: [Entity; 16] = [
        Entity::Org,
        Entity::User,
        Entity::Invitation,
        Entity::File,
        Entity::Taxonomy,
        Entity::Round,
        Entity::Profile,
        Entity::Exchange,
        Entity::Community,
        Entity::Topic,
        Entity::Event,
        Entity::Media,
        Entity::Resource,
        Entity::Practice,
        Entity::Initiative,
        Entity::Consultation,
    ];

    /// The name stored in the database.
    pub fn code(self) -> &'static str {
        match self {
            Entity::Org => "org",
            Entity::User => "user",
            Entity::Session => "session",
            Entity::Invitation => "invitation",
            Entity::File => "file",
            Entity::Taxonomy => "taxonomy",
            Entity::Round => "round",
            Entity::Profile => "profile",
            Entity::Exchange => "exchange",
            Entity::Community => "community",
            Entity::Notification => "notification",
            Entity::Topic => "topic",
            Entity::Event => "event",
            Entity::Media => "media",
            Entity::Resource => "resource",
            Entity::Practice => "practice",
            Entity::Initiative => "initiative",
            Entity::Consultation => "consultation",
        }
    }

    pub fn parse(s: &str) -> Option<Entity> {
        Entity::ALL.into_iter().find(|e| e.code() == s)
    }

    /// Position in `ALL`, for tables indexed by entity.
    pub fn index(self) -> usize {
        self as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_index_matches_all() {
        for (i, e) in Entity::ALL.into_iter().enumerate() {
            assert_eq!(Entity::parse(e.code()), Some(e));
            assert_eq!(e.index(), i);
        }
        assert_eq!(Entity::parse("orgs"), None);
        assert!(!Entity::CONTENT.contains(&Entity::Session));
        // A notification changes one reader's count, a slot: no kept page.
        assert!(!Entity::CONTENT.contains(&Entity::Notification));
        assert_eq!(Entity::CONTENT.len(), Entity::ALL.len() - 2);
    }
}
