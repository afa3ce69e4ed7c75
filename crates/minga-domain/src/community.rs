//! Learning Communities: where members learn from each other through
//! discussions, events and recordings. This module holds what a community is,
//! where a person stands in it, and the rule deciding what they may do there
//! (`can_in_community`, with its matrix test).

use crate::capacity::ItemCode;
use crate::{Actor, CommunityId, Locale, Role, Slug, UserId};
use chrono::{DateTime, Utc};

/// Who can find and read a community.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CommunityVisibility {
    /// Anyone, signed in or not, reads it; people of the network join freely.
    Public,
    /// The network's people read it and join freely (partners only when
    /// admitted).
    Members,
    /// Listed for the network's people (so they can ask to join); only its
    /// members read it. People join when invited or when a moderator accepts
    /// their request.
    InviteOnly,
}

impl CommunityVisibility {
    pub const ALL: [CommunityVisibility; 3] = [
        CommunityVisibility::Public,
        CommunityVisibility::Members,
        CommunityVisibility::InviteOnly,
    ];

    pub fn code(self) -> &'static str {
        match self {
            CommunityVisibility::Public => "public",
            CommunityVisibility::Members => "members",
            CommunityVisibility::InviteOnly => "invite_only",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.code() == s)
    }

    /// The translation key of its name.
    pub fn label_key(self) -> &'static str {
        match self {
            CommunityVisibility::Public => "community-visibility-public",
            CommunityVisibility::Members => "community-visibility-members",
            CommunityVisibility::InviteOnly => "community-visibility-invite-only",
        }
    }
}

/// Where a person stands in one community.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Standing {
    Outsider,
    /// Asked to join an invite-only community; a moderator answers.
    Requested,
    /// Invited by a moderator or the Secretariat; the person accepts.
    Invited,
    Member,
    /// A member the Secretariat appointed to moderate.
    Moderator,
}

impl Standing {
    pub const ALL: [Standing; 5] = [
        Standing::Outsider,
        Standing::Requested,
        Standing::Invited,
        Standing::Member,
        Standing::Moderator,
    ];

    /// The stored code (outsiders have no row).
    pub fn code(self) -> &'static str {
        match self {
            Standing::Outsider => "outsider",
            Standing::Requested => "requested",
            Standing::Invited => "invited",
            Standing::Member => "member",
            Standing::Moderator => "moderator",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.code() == s)
    }

    /// A member or moderator: someone inside.
    pub fn is_inside(self) -> bool {
        matches!(self, Standing::Member | Standing::Moderator)
    }
}

/// What a person may do in a community.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CommunityAction {
    /// See it exists: its card in the list, its title and purpose, and the
    /// way to join or ask to join.
    View,
    /// Read what happens inside: topics, events, recordings, calendar feeds.
    Read,
    /// See who its members are.
    SeeMembers,
    /// Join at once (or accept an invitation).
    Join,
    /// Ask to join an invite-only community.
    RequestToJoin,
    /// Leave, withdraw a request or decline an invitation.
    Leave,
    /// Start topics, reply, react, RSVP, upload recordings.
    Post,
    /// Answer requests, hide, lock, pin, move and split; read flags.
    Moderate,
    /// Invite a person of the network.
    Invite,
    /// Change its title, purpose, themes, languages and visibility.
    Edit,
    /// Appoint and remove moderators, hide the whole community.
    Appoint,
}

impl CommunityAction {
    pub const ALL: [CommunityAction; 11] = [
        CommunityAction::View,
        CommunityAction::Read,
        CommunityAction::SeeMembers,
        CommunityAction::Join,
        CommunityAction::RequestToJoin,
        CommunityAction::Leave,
        CommunityAction::Post,
        CommunityAction::Moderate,
        CommunityAction::Invite,
        CommunityAction::Edit,
        CommunityAction::Appoint,
    ];
}

/// A community as the policy sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommunityShape {
    pub visibility: CommunityVisibility,
    pub partners_admitted: bool,
    /// Hidden by the Secretariat: nobody else sees it or anything in it.
    pub hidden: bool,
}

/// The one rule for communities. `standing` is the actor's (Outsider for
/// anonymous visitors). A partner inside a community that no longer admits
/// partners counts as outside it.
pub fn can_in_community(
    actor: Option<&Actor>,
    standing: Standing,
    action: CommunityAction,
    c: CommunityShape,
) -> bool {
    use CommunityAction::*;
    let Some(actor) = actor else {
        // Visitors only look at public communities.
        return !c.hidden
            && c.visibility == CommunityVisibility::Public
            && matches!(action, View | Read);
    };
    if actor.role == Role::Secretariat {
        // The Secretariat coordinates every community; it joins any at once.
        return match action {
            RequestToJoin => false,
            Join => !standing.is_inside(),
            Leave => standing != Standing::Outsider,
            _ => true,
        };
    }
    if c.hidden {
        return false;
    }
    let eligible = actor.role != Role::Partner || c.partners_admitted;
    let inside = eligible && standing.is_inside();
    let reads = inside
        || match c.visibility {
            CommunityVisibility::Public => true,
            CommunityVisibility::Members => eligible,
            CommunityVisibility::InviteOnly => false,
        };
    match action {
        View => reads || eligible,
        Read | SeeMembers => reads,
        Join => {
            eligible
                && match standing {
                    Standing::Outsider => c.visibility != CommunityVisibility::InviteOnly,
                    Standing::Invited => true,
                    _ => false,
                }
        }
        RequestToJoin => {
            eligible
                && standing == Standing::Outsider
                && c.visibility == CommunityVisibility::InviteOnly
        }
        // Anyone may step out of a community, even one that stopped admitting them.
        Leave => standing != Standing::Outsider,
        Post => inside,
        Moderate | Invite | Edit => inside && standing == Standing::Moderator,
        Appoint => false,
    }
}

/// The longest title and purpose.
pub const TITLE_MAX: usize = 120;
pub const PURPOSE_MAX: usize = 5_000;

/// A community as stored.
#[derive(Debug, Clone)]
pub struct Community {
    pub id: CommunityId,
    pub slug: Slug,
    pub title: String,
    /// Markdown as typed, and the HTML made from it when it was written.
    pub purpose: String,
    pub purpose_html: String,
    pub visibility: CommunityVisibility,
    pub partners_admitted: bool,
    /// Themes and capacities of the taxonomy it is about.
    pub items: Vec<ItemCode>,
    /// The languages people write in there.
    pub languages: Vec<Locale>,
    pub created_by: Option<UserId>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// When anything last happened in it (for "recently active" order).
    pub active_at: DateTime<Utc>,
    pub hidden_at: Option<DateTime<Utc>>,
}

impl Community {
    pub fn shape(&self) -> CommunityShape {
        CommunityShape {
            visibility: self.visibility,
            partners_admitted: self.partners_admitted,
            hidden: self.hidden_at.is_some(),
        }
    }
}

/// The editable fields of a community, validated.
#[derive(Debug, Clone, PartialEq)]
pub struct CommunityFields {
    pub title: String,
    pub purpose: String,
    pub visibility: CommunityVisibility,
    pub partners_admitted: bool,
    pub items: Vec<ItemCode>,
    pub languages: Vec<Locale>,
}

/// A member of a community as its pages list them.
#[derive(Debug, Clone)]
pub struct CommunityMember {
    pub user: UserId,
    pub name: String,
    pub org_name: String,
    pub org_slug: String,
    pub role: Role,
    pub standing: Standing,
    /// Their avatar, if they have one.
    pub picture: Option<crate::people::Picture>,
    pub since: DateTime<Utc>,
    /// What a person asking to join wrote.
    pub note: String,
}

/// One line of the list of communities.
#[derive(Debug, Clone)]
pub struct CommunityCard {
    pub community: Community,
    pub members: u64,
    /// The reader's standing in it.
    pub standing: Standing,
}

/// What the list of communities is narrowed to.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CommunityFilter {
    pub item: Option<ItemCode>,
    pub language: Option<Locale>,
    /// Only those the reader is in (or invited to, or asked to join).
    pub mine: bool,
    pub page: u32,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::OrgId;
    use CommunityAction::*;
    use CommunityVisibility::{InviteOnly as I, Members as M, Public as P};

    fn actor(role: Role) -> Option<Actor> {
        Some(Actor {
            user: UserId::new(),
            org: OrgId::new(),
            role,
        })
    }

    /// Columns: anonymous, the Secretariat (as an outsider), then a staff
    /// member (org admin or member) and a partner in each standing:
    /// outsider, requested, invited, member, moderator.
    fn columns() -> Vec<(String, Option<Actor>, Standing)> {
        let mut v = vec![
            ("anonymous".to_string(), None, Standing::Outsider),
            (
                "secretariat".to_string(),
                actor(Role::Secretariat),
                Standing::Outsider,
            ),
        ];
        for role in [Role::Member, Role::Partner] {
            for s in Standing::ALL {
                v.push((format!("{} {}", role.code(), s.code()), actor(role), s));
            }
        }
        v
    }

    /// The whole rule, written out for every action on every kind of
    /// community that is not hidden. A changed cell fails the test.
    #[test]
    fn the_whole_matrix() {
        #[rustfmt::skip]
        let table: &[(CommunityAction, CommunityVisibility, bool, [u8; 12])] = &[
            //  action   vis  partners  anon sec | staff: out req inv mem mod | partner: out req inv mem mod
            (View,          P, false, [1, 1,   1, 1, 1, 1, 1,   1, 1, 1, 1, 1]),
            (View,          P, true,  [1, 1,   1, 1, 1, 1, 1,   1, 1, 1, 1, 1]),
            (View,          M, false, [0, 1,   1, 1, 1, 1, 1,   0, 0, 0, 0, 0]),
            (View,          M, true,  [0, 1,   1, 1, 1, 1, 1,   1, 1, 1, 1, 1]),
            (View,          I, false, [0, 1,   1, 1, 1, 1, 1,   0, 0, 0, 0, 0]),
            (View,          I, true,  [0, 1,   1, 1, 1, 1, 1,   1, 1, 1, 1, 1]),
            (Read,          P, false, [1, 1,   1, 1, 1, 1, 1,   1, 1, 1, 1, 1]),
            (Read,          P, true,  [1, 1,   1, 1, 1, 1, 1,   1, 1, 1, 1, 1]),
            (Read,          M, false, [0, 1,   1, 1, 1, 1, 1,   0, 0, 0, 0, 0]),
            (Read,          M, true,  [0, 1,   1, 1, 1, 1, 1,   1, 1, 1, 1, 1]),
            (Read,          I, false, [0, 1,   0, 0, 0, 1, 1,   0, 0, 0, 0, 0]),
            (Read,          I, true,  [0, 1,   0, 0, 0, 1, 1,   0, 0, 0, 1, 1]),
            // Visitors read a public community's talk but never see its people.
            (SeeMembers,    P, false, [0, 1,   1, 1, 1, 1, 1,   1, 1, 1, 1, 1]),
            (SeeMembers,    P, true,  [0, 1,   1, 1, 1, 1, 1,   1, 1, 1, 1, 1]),
            (SeeMembers,    M, false, [0, 1,   1, 1, 1, 1, 1,   0, 0, 0, 0, 0]),
            (SeeMembers,    M, true,  [0, 1,   1, 1, 1, 1, 1,   1, 1, 1, 1, 1]),
            (SeeMembers,    I, false, [0, 1,   0, 0, 0, 1, 1,   0, 0, 0, 0, 0]),
            (SeeMembers,    I, true,  [0, 1,   0, 0, 0, 1, 1,   0, 0, 0, 1, 1]),
            (Join,          P, false, [0, 1,   1, 0, 1, 0, 0,   0, 0, 0, 0, 0]),
            (Join,          P, true,  [0, 1,   1, 0, 1, 0, 0,   1, 0, 1, 0, 0]),
            (Join,          M, false, [0, 1,   1, 0, 1, 0, 0,   0, 0, 0, 0, 0]),
            (Join,          M, true,  [0, 1,   1, 0, 1, 0, 0,   1, 0, 1, 0, 0]),
            (Join,          I, false, [0, 1,   0, 0, 1, 0, 0,   0, 0, 0, 0, 0]),
            (Join,          I, true,  [0, 1,   0, 0, 1, 0, 0,   0, 0, 1, 0, 0]),
            (RequestToJoin, P, false, [0, 0,   0, 0, 0, 0, 0,   0, 0, 0, 0, 0]),
            (RequestToJoin, P, true,  [0, 0,   0, 0, 0, 0, 0,   0, 0, 0, 0, 0]),
            (RequestToJoin, M, false, [0, 0,   0, 0, 0, 0, 0,   0, 0, 0, 0, 0]),
            (RequestToJoin, M, true,  [0, 0,   0, 0, 0, 0, 0,   0, 0, 0, 0, 0]),
            (RequestToJoin, I, false, [0, 0,   1, 0, 0, 0, 0,   0, 0, 0, 0, 0]),
            (RequestToJoin, I, true,  [0, 0,   1, 0, 0, 0, 0,   1, 0, 0, 0, 0]),
            // Stepping out is always possible, even once partners are no longer admitted.
            (Leave,         P, false, [0, 0,   0, 1, 1, 1, 1,   0, 1, 1, 1, 1]),
            (Leave,         P, true,  [0, 0,   0, 1, 1, 1, 1,   0, 1, 1, 1, 1]),
            (Leave,         M, false, [0, 0,   0, 1, 1, 1, 1,   0, 1, 1, 1, 1]),
            (Leave,         M, true,  [0, 0,   0, 1, 1, 1, 1,   0, 1, 1, 1, 1]),
            (Leave,         I, false, [0, 0,   0, 1, 1, 1, 1,   0, 1, 1, 1, 1]),
            (Leave,         I, true,  [0, 0,   0, 1, 1, 1, 1,   0, 1, 1, 1, 1]),
            (Post,          P, false, [0, 1,   0, 0, 0, 1, 1,   0, 0, 0, 0, 0]),
            (Post,          P, true,  [0, 1,   0, 0, 0, 1, 1,   0, 0, 0, 1, 1]),
            (Post,          M, false, [0, 1,   0, 0, 0, 1, 1,   0, 0, 0, 0, 0]),
            (Post,          M, true,  [0, 1,   0, 0, 0, 1, 1,   0, 0, 0, 1, 1]),
            (Post,          I, false, [0, 1,   0, 0, 0, 1, 1,   0, 0, 0, 0, 0]),
            (Post,          I, true,  [0, 1,   0, 0, 0, 1, 1,   0, 0, 0, 1, 1]),
            (Moderate,      P, false, [0, 1,   0, 0, 0, 0, 1,   0, 0, 0, 0, 0]),
            (Moderate,      P, true,  [0, 1,   0, 0, 0, 0, 1,   0, 0, 0, 0, 1]),
            (Moderate,      M, false, [0, 1,   0, 0, 0, 0, 1,   0, 0, 0, 0, 0]),
            (Moderate,      M, true,  [0, 1,   0, 0, 0, 0, 1,   0, 0, 0, 0, 1]),
            (Moderate,      I, false, [0, 1,   0, 0, 0, 0, 1,   0, 0, 0, 0, 0]),
            (Moderate,      I, true,  [0, 1,   0, 0, 0, 0, 1,   0, 0, 0, 0, 1]),
            (Invite,        P, false, [0, 1,   0, 0, 0, 0, 1,   0, 0, 0, 0, 0]),
            (Invite,        P, true,  [0, 1,   0, 0, 0, 0, 1,   0, 0, 0, 0, 1]),
            (Invite,        M, false, [0, 1,   0, 0, 0, 0, 1,   0, 0, 0, 0, 0]),
            (Invite,        M, true,  [0, 1,   0, 0, 0, 0, 1,   0, 0, 0, 0, 1]),
            (Invite,        I, false, [0, 1,   0, 0, 0, 0, 1,   0, 0, 0, 0, 0]),
            (Invite,        I, true,  [0, 1,   0, 0, 0, 0, 1,   0, 0, 0, 0, 1]),
            (Edit,          P, false, [0, 1,   0, 0, 0, 0, 1,   0, 0, 0, 0, 0]),
            (Edit,          P, true,  [0, 1,   0, 0, 0, 0, 1,   0, 0, 0, 0, 1]),
            (Edit,          M, false, [0, 1,   0, 0, 0, 0, 1,   0, 0, 0, 0, 0]),
            (Edit,          M, true,  [0, 1,   0, 0, 0, 0, 1,   0, 0, 0, 0, 1]),
            (Edit,          I, false, [0, 1,   0, 0, 0, 0, 1,   0, 0, 0, 0, 0]),
            (Edit,          I, true,  [0, 1,   0, 0, 0, 0, 1,   0, 0, 0, 0, 1]),
            // Moderators are the Secretariat's to appoint.
            (Appoint,       P, false, [0, 1,   0, 0, 0, 0, 0,   0, 0, 0, 0, 0]),
            (Appoint,       P, true,  [0, 1,   0, 0, 0, 0, 0,   0, 0, 0, 0, 0]),
            (Appoint,       M, false, [0, 1,   0, 0, 0, 0, 0,   0, 0, 0, 0, 0]),
            (Appoint,       M, true,  [0, 1,   0, 0, 0, 0, 0,   0, 0, 0, 0, 0]),
            (Appoint,       I, false, [0, 1,   0, 0, 0, 0, 0,   0, 0, 0, 0, 0]),
            (Appoint,       I, true,  [0, 1,   0, 0, 0, 0, 0,   0, 0, 0, 0, 0]),
        ];
        assert_eq!(
            table.len(),
            CommunityAction::ALL.len() * 6,
            "one row per action and shape"
        );
        let mut seen = std::collections::HashSet::new();
        let mut wrong = Vec::new();
        for (action, visibility, partners_admitted, want) in table {
            assert!(seen.insert(format!("{action:?} {visibility:?} {partners_admitted}")));
            let c = CommunityShape {
                visibility: *visibility,
                partners_admitted: *partners_admitted,
                hidden: false,
            };
            for ((label, a, standing), want) in columns().iter().zip(want) {
                if can_in_community(a.as_ref(), *standing, *action, c) != (*want == 1) {
                    wrong.push(format!("{label}: {action:?} {visibility:?} partners={partners_admitted} should be {want}"));
                }
            }
        }
        assert!(wrong.is_empty(), "cells that differ:\n{}", wrong.join("\n"));
    }

    /// An org admin has exactly a member's rights here; the Secretariat's
    /// answers do not depend on its standing except for joining and leaving.
    #[test]
    fn org_admins_are_members_here_and_the_secretariat_needs_no_standing() {
        for v in CommunityVisibility::ALL {
            for partners_admitted in [false, true] {
                for hidden in [false, true] {
                    let c = CommunityShape {
                        visibility: v,
                        partners_admitted,
                        hidden,
                    };
                    for s in Standing::ALL {
                        for a in CommunityAction::ALL {
                            assert_eq!(
                                can_in_community(actor(Role::OrgAdmin).as_ref(), s, a, c),
                                can_in_community(actor(Role::Member).as_ref(), s, a, c),
                                "{a:?} {s:?} {c:?}"
                            );
                            if !matches!(a, Join | Leave) {
                                assert_eq!(
                                    can_in_community(actor(Role::Secretariat).as_ref(), s, a, c),
                                    can_in_community(
                                        actor(Role::Secretariat).as_ref(),
                                        Standing::Outsider,
                                        a,
                                        c
                                    ),
                                );
                            }
                        }
                    }
                }
            }
        }
    }

    /// A hidden community is the Secretariat's alone: nobody else may do
    /// anything there, whatever their standing.
    #[test]
    fn a_hidden_community_is_seen_by_the_secretariat_only() {
        for v in CommunityVisibility::ALL {
            let c = CommunityShape {
                visibility: v,
                partners_admitted: true,
                hidden: true,
            };
            for a in CommunityAction::ALL {
                assert!(!can_in_community(None, Standing::Outsider, a, c));
                for role in [Role::OrgAdmin, Role::Member, Role::Partner] {
                    for s in Standing::ALL {
                        assert!(
                            !can_in_community(actor(role).as_ref(), s, a, c),
                            "{role:?} {s:?} {a:?}"
                        );
                    }
                }
            }
            assert!(can_in_community(
                actor(Role::Secretariat).as_ref(),
                Standing::Outsider,
                Read,
                c
            ));
        }
    }
}
