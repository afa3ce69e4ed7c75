//! Events of learning communities: what one is, who may schedule, change,
//! cancel and answer one (`can_on_event`, built on the community rule, with
//! its matrix test), and the places and waiting list.

use crate::community::{can_in_community, CommunityAction, CommunityShape, Standing};
use crate::{Actor, CommunityId, EventId, TimeZone, UserId};
use chrono::{DateTime, Utc};

/// The longest title and description.
pub const TITLE_MAX: usize = 160;
pub const DESCRIPTION_MAX: usize = 10_000;
/// The most places an event may have.
pub const CAPACITY_MAX: u64 = 100_000;

/// What a person may do about events.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EventAction {
    /// See a community's events, their .ics files and its calendar feed.
    Read,
    /// Schedule a new event.
    Schedule,
    /// Say they are going, or no longer going.
    Rsvp,
    /// Change, cancel or attach the recording of an event.
    Manage,
}

impl EventAction {
    pub const ALL: [EventAction; 4] = [
        EventAction::Read,
        EventAction::Schedule,
        EventAction::Rsvp,
        EventAction::Manage,
    ];
}

/// The rule for events. Events are how members learn from each other, so
/// any member who may post in a community may schedule one there (not only
/// its moderators); the organiser and the community's moderators (and the
/// Secretariat) change and cancel it. `organiser` is whether the actor
/// scheduled this event (false when asking about scheduling a new one).
pub fn can_on_event(
    actor: Option<&Actor>,
    standing: Standing,
    action: EventAction,
    community: CommunityShape,
    organiser: bool,
) -> bool {
    let may = |a| can_in_community(actor, standing, a, community);
    match action {
        EventAction::Read => may(CommunityAction::Read),
        EventAction::Schedule | EventAction::Rsvp => may(CommunityAction::Post),
        EventAction::Manage => {
            may(CommunityAction::Moderate) || (organiser && may(CommunityAction::Post))
        }
    }
}

/// An event as stored.
#[derive(Debug, Clone)]
pub struct Event {
    pub id: EventId,
    pub community_id: CommunityId,
    pub title: String,
    /// Markdown as typed, and the HTML made from it when it was written.
    pub description: String,
    pub description_html: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// The zone the organiser typed the times in.
    pub time_zone: TimeZone,
    /// An https link to join online.
    pub online_url: Option<String>,
    /// Places; `None` when anyone may come.
    pub capacity: Option<u64>,
    /// The recording's media id (`/media/{id}`), after the event.
    pub recording_media_id: Option<String>,
    pub created_by: Option<UserId>,
    pub organiser_name: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// iCalendar's SEQUENCE: bumped by every change and by cancelling.
    pub sequence: i64,
    pub cancelled_at: Option<DateTime<Utc>>,
    /// People going, and waiting for a place.
    pub going: u64,
    pub waiting: u64,
}

impl Event {
    /// Places still free (`None` when there is no limit).
    pub fn places_left(&self) -> Option<u64> {
        self.capacity.map(|c| c.saturating_sub(self.going))
    }

    pub fn is_cancelled(&self) -> bool {
        self.cancelled_at.is_some()
    }

    /// Over (it has ended) at `now`.
    pub fn is_past(&self, now: DateTime<Utc>) -> bool {
        self.ends_at <= now
    }
}

/// Where a person stands for one event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rsvp {
    /// No answer, or not going.
    None,
    Going,
    /// On the waiting list, at this position (1 is next).
    Waiting(u64),
}

/// The fields of an event, validated.
#[derive(Debug, Clone, PartialEq)]
pub struct EventFields {
    pub title: String,
    pub description: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub time_zone: TimeZone,
    pub online_url: Option<String>,
    pub capacity: Option<u64>,
    pub recording_media_id: Option<String>,
}

/// The https link to join an event online; empty is none.
pub fn online_link(raw: &str) -> Result<Option<String>, &'static str> {
    let s = raw.trim();
    if s.is_empty() {
        return Ok(None);
    }
    if !s
        .get(..8)
        .is_some_and(|p| p.eq_ignore_ascii_case("https://"))
    {
        return Err("error-event-link-https");
    }
    crate::optional_url(s).map_err(|_| "error-event-link-https")
}

/// The recording, given as its `/media/{id}` link (with or without the
/// site's address) or its id alone: the id, checked for its shape.
pub fn recording_id(raw: &str) -> Result<Option<String>, &'static str> {
    let s = raw.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let path = match s.find("://") {
        Some(i) => {
            let rest = &s[i + 3..];
            rest.find('/').map(|j| &rest[j..]).unwrap_or("")
        }
        None => s,
    };
    let path = path.split(['?', '#']).next().unwrap_or("");
    let id = path
        .strip_prefix("/media/")
        .or_else(|| path.strip_prefix("media/"))
        .unwrap_or(path)
        .trim_end_matches('/');
    uuid::Uuid::parse_str(id)
        .ok()
        .filter(|_| id.len() == 36)
        .map(|u| Some(u.as_hyphenated().to_string()))
        .ok_or("error-event-recording-invalid")
}

/// Places: empty is no limit; otherwise a whole number from 1.
pub fn capacity(raw: &str) -> Result<Option<u64>, &'static str> {
    let s = raw.trim();
    if s.is_empty() {
        return Ok(None);
    }
    match s.parse::<u64>() {
        Ok(n) if (1..=CAPACITY_MAX).contains(&n) => Ok(Some(n)),
        _ => Err("error-event-capacity"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::community::CommunityVisibility;
    use crate::{OrgId, Role};

    fn actor(role: Role) -> Actor {
        Actor {
            user: UserId::new(),
            org: OrgId::new(),
            role,
        }
    }

    /// Who may read, schedule, answer and manage events, for every role,
    /// standing, visibility and whether the actor organises the event.
    #[test]
    fn event_rule_matrix() {
        use EventAction::*;
        for visibility in CommunityVisibility::ALL {
            for partners_admitted in [false, true] {
                for hidden in [false, true] {
                    let c = CommunityShape {
                        visibility,
                        partners_admitted,
                        hidden,
                    };
                    // Visitors read public events only, and do nothing else.
                    for a in EventAction::ALL {
                        let want =
                            a == Read && !hidden && visibility == CommunityVisibility::Public;
                        assert_eq!(
                            can_on_event(None, Standing::Outsider, a, c, false),
                            want,
                            "visitor {a:?} {c:?}"
                        );
                    }
                    for role in [
                        Role::Member,
                        Role::OrgAdmin,
                        Role::Partner,
                        Role::Secretariat,
                    ] {
                        let who = actor(role);
                        for standing in Standing::ALL {
                            for organiser in [false, true] {
                                let secretariat = role == Role::Secretariat;
                                let eligible = role != Role::Partner || partners_admitted;
                                let inside = !hidden && eligible && standing.is_inside();
                                let reads = secretariat
                                    || inside
                                    || (!hidden
                                        && match visibility {
                                            CommunityVisibility::Public => true,
                                            CommunityVisibility::Members => eligible,
                                            CommunityVisibility::InviteOnly => false,
                                        });
                                let posts = secretariat || inside;
                                let moderates =
                                    secretariat || (inside && standing == Standing::Moderator);
                                let expect = |a: EventAction| match a {
                                    Read => reads,
                                    Schedule | Rsvp => posts,
                                    Manage => moderates || (organiser && posts),
                                };
                                for a in EventAction::ALL {
                                    assert_eq!(
                                        can_on_event(Some(&who), standing, a, c, organiser),
                                        expect(a),
                                        "{role:?} {standing:?} organiser={organiser} {a:?} {c:?}"
                                    );
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn a_member_who_leaves_cannot_manage_the_event_they_organised() {
        let c = CommunityShape {
            visibility: CommunityVisibility::Public,
            partners_admitted: false,
            hidden: false,
        };
        let m = actor(Role::Member);
        assert!(can_on_event(
            Some(&m),
            Standing::Member,
            EventAction::Manage,
            c,
            true
        ));
        assert!(!can_on_event(
            Some(&m),
            Standing::Outsider,
            EventAction::Manage,
            c,
            true
        ));
        assert!(!can_on_event(
            Some(&m),
            Standing::Member,
            EventAction::Manage,
            c,
            false
        ));
    }

    #[test]
    fn links_must_be_https() {
        assert_eq!(online_link(""), Ok(None));
        assert_eq!(
            online_link("https://meet.example.org/abc"),
            Ok(Some("https://meet.example.org/abc".into()))
        );
        assert_eq!(
            online_link("http://meet.example.org/abc"),
            Err("error-event-link-https")
        );
        assert!(online_link("javascript:alert(1)").is_err());
        assert!(online_link("https://nodot").is_err());
    }

    #[test]
    fn recordings_are_named_by_link_or_id() {
        let id = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";
        for raw in [
            id.to_string(),
            format!("/media/{id}"),
            format!("https://minga.example.org/media/{id}"),
            format!("https://minga.example.org/media/{id}?t=3#x"),
            format!(" {} ", id.to_uppercase()),
        ] {
            assert_eq!(recording_id(&raw), Ok(Some(id.to_string())), "{raw}");
        }
        assert_eq!(recording_id(""), Ok(None));
        for bad in [
            "/media/42",
            "/files/0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b/x",
            "0193a1b2c3d47e5f8a9b0c1d2e3f4a5b",
            "<script>",
        ] {
            assert!(recording_id(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn capacity_is_empty_or_a_positive_number() {
        assert_eq!(capacity(""), Ok(None));
        assert_eq!(capacity(" 12 "), Ok(Some(12)));
        for bad in ["0", "-3", "2.5", "many", "100001"] {
            assert!(capacity(bad).is_err(), "{bad}");
        }
    }
}
