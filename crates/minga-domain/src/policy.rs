//! The one permission policy. Every check in Minga asks `can(actor, action,
//! resource)`; nothing else decides who may do what. The whole matrix of roles
//! and actions is pinned down by a table in the tests below.

use crate::{OrgId, Role, UserId, Visibility};

/// A signed-in person as the policy sees them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Actor {
    pub user: UserId,
    pub org: OrgId,
    pub role: Role,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    View,
    ViewContacts,
    Create,
    Edit,
    Archive,
    /// Invite a person with this role.
    Invite(Role),
    /// See the Secretariat's administration pages (rounds, taxonomy).
    Administer,
    /// Rate the organisation's capacities and needs.
    EditCapacity,
    /// Ask the organisation for a peer exchange.
    RequestExchange,
    /// Accept or decline a request (the helper's side).
    Answer,
}

/// What an action is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resource {
    /// The network as a whole (the directory, creating organisations).
    Network,
    Org {
        id: OrgId,
        visibility: Visibility,
        archived: bool,
    },
    /// A peer exchange between two organisations.
    Exchange { seeker: OrgId, helper: OrgId },
    /// A file uploaded for an organisation; `published` once it backs a
    /// submitted profile or is a resource of an exchange.
    File { org: OrgId, published: bool },
}

pub fn can(actor: Option<&Actor>, action: Action, resource: Resource) -> bool {
    use Action::*;
    let role = actor.map(|a| a.role);
    let secretariat = role == Some(Role::Secretariat);
    match (action, resource) {
        (View, Resource::Network) => true,
        (Create | Administer, Resource::Network) => secretariat,
        (Invite(r), Resource::Network) => secretariat && r == Role::Secretariat,
        (_, Resource::Network) => false,

        (_, Resource::Org { archived: true, .. }) if !secretariat => false,
        (View, Resource::Org { visibility, .. }) => {
            visibility == Visibility::Public || actor.is_some()
        }
        (ViewContacts, Resource::Org { .. }) => matches!(
            role,
            Some(Role::Secretariat | Role::OrgAdmin | Role::Member)
        ),
        (Edit, Resource::Org { id, .. }) => secretariat || is_admin_of(actor, id),
        (Archive, Resource::Org { .. }) => secretariat,
        (Invite(r), Resource::Org { id, .. }) => {
            secretariat || (is_admin_of(actor, id) && matches!(r, Role::Member | Role::OrgAdmin))
        }
        (EditCapacity, Resource::Org { id, .. }) => secretariat || is_admin_of(actor, id),
        (RequestExchange, Resource::Org { id, .. }) => actor.is_some_and(|a| {
            a.org != id && matches!(a.role, Role::OrgAdmin | Role::Member | Role::Partner)
        }),
        (Create | Administer | Answer, Resource::Org { .. }) => false,

        // The Secretariat follows every exchange; only the two sides act in it.
        (View, Resource::Exchange { seeker, helper }) => {
            secretariat || in_org(actor, &[seeker, helper])
        }
        (Edit, Resource::Exchange { seeker, helper }) => {
            !secretariat && in_org(actor, &[seeker, helper])
        }
        (Answer, Resource::Exchange { helper, .. }) => !secretariat && in_org(actor, &[helper]),
        (_, Resource::Exchange { .. }) => false,

        // Its own organisation and the Secretariat always; once published,
        // every member of the network (not partners, who see no contacts).
        (View, Resource::File { org, published }) => {
            secretariat
                || in_org(actor, &[org])
                || (published && matches!(role, Some(Role::OrgAdmin | Role::Member)))
        }
        (_, Resource::File { .. }) => false,
    }
}

fn in_org(actor: Option<&Actor>, orgs: &[OrgId]) -> bool {
    actor.is_some_and(|a| orgs.contains(&a.org))
}

fn is_admin_of(actor: Option<&Actor>, org: OrgId) -> bool {
    actor.is_some_and(|a| a.role == Role::OrgAdmin && a.org == org)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Who is asking, relative to the organisation the resource is about.
    #[derive(Debug, Clone, Copy)]
    enum Who {
        Anonymous,
        Secretariat,
        OrgAdminOwn,
        OrgAdminOther,
        MemberOwn,
        MemberOther,
        PartnerOwn,
    }

    const WHO: [Who; 7] = [
        Who::Anonymous,
        Who::Secretariat,
        Who::OrgAdminOwn,
        Who::OrgAdminOther,
        Who::MemberOwn,
        Who::MemberOther,
        Who::PartnerOwn,
    ];

    fn actor(who: Who, own: OrgId) -> Option<Actor> {
        let other = OrgId::new();
        let (role, org) = match who {
            Who::Anonymous => return None,
            Who::Secretariat => (Role::Secretariat, other),
            Who::OrgAdminOwn => (Role::OrgAdmin, own),
            Who::OrgAdminOther => (Role::OrgAdmin, other),
            Who::MemberOwn => (Role::Member, own),
            Who::MemberOther => (Role::Member, other),
            Who::PartnerOwn => (Role::Partner, own),
        };
        Some(Actor {
            user: UserId::new(),
            org,
            role,
        })
    }

    /// Each row: the action, the resource, and the expected answer for
    /// [anonymous, secretariat, org_admin (own), org_admin (other),
    ///  member (own), member (other), partner (own)].
    #[test]
    fn the_whole_matrix() {
        use Action::*;
        let id = OrgId::new();
        let public = Resource::Org {
            id,
            visibility: Visibility::Public,
            archived: false,
        };
        let private = Resource::Org {
            id,
            visibility: Visibility::Members,
            archived: false,
        };
        let archived = Resource::Org {
            id,
            visibility: Visibility::Public,
            archived: true,
        };
        let net = Resource::Network;
        // An exchange that the "own" organisation asked for, and one it was asked for.
        let asked = Resource::Exchange {
            seeker: id,
            helper: OrgId::new(),
        };
        let asked_of = Resource::Exchange {
            seeker: OrgId::new(),
            helper: id,
        };
        let draft_file = Resource::File {
            org: id,
            published: false,
        };
        let published_file = Resource::File {
            org: id,
            published: true,
        };
        #[rustfmt::skip]
        let table: Vec<(Action, Resource, [u8; 7])> = vec![
            //                                     anon sec adm adm' mem mem' par
            (View, net,                            [1,   1,  1,  1,   1,  1,   1]),
            (Create, net,                          [0,   1,  0,  0,   0,  0,   0]),
            (Administer, net,                      [0,   1,  0,  0,   0,  0,   0]),
            (Invite(Role::Secretariat), net,       [0,   1,  0,  0,   0,  0,   0]),
            (Invite(Role::Member), net,            [0,   0,  0,  0,   0,  0,   0]),
            (Edit, net,                            [0,   0,  0,  0,   0,  0,   0]),
            (View, public,                         [1,   1,  1,  1,   1,  1,   1]),
            (View, private,                        [0,   1,  1,  1,   1,  1,   1]),
            (View, archived,                       [0,   1,  0,  0,   0,  0,   0]),
            (ViewContacts, public,                 [0,   1,  1,  1,   1,  1,   0]),
            (ViewContacts, private,                [0,   1,  1,  1,   1,  1,   0]),
            (ViewContacts, archived,               [0,   1,  0,  0,   0,  0,   0]),
            (Edit, public,                         [0,   1,  1,  0,   0,  0,   0]),
            (Edit, private,                        [0,   1,  1,  0,   0,  0,   0]),
            (Edit, archived,                       [0,   1,  0,  0,   0,  0,   0]),
            (Archive, public,                      [0,   1,  0,  0,   0,  0,   0]),
            (Create, public,                       [0,   0,  0,  0,   0,  0,   0]),
            (Administer, public,                   [0,   0,  0,  0,   0,  0,   0]),
            (Invite(Role::Member), public,         [0,   1,  1,  0,   0,  0,   0]),
            (Invite(Role::OrgAdmin), public,       [0,   1,  1,  0,   0,  0,   0]),
            (Invite(Role::Partner), public,        [0,   1,  0,  0,   0,  0,   0]),
            (Invite(Role::Secretariat), public,    [0,   1,  0,  0,   0,  0,   0]),
            (Invite(Role::Member), archived,       [0,   1,  0,  0,   0,  0,   0]),
            (EditCapacity, public,                 [0,   1,  1,  0,   0,  0,   0]),
            (EditCapacity, archived,               [0,   1,  0,  0,   0,  0,   0]),
            (RequestExchange, public,              [0,   0,  0,  1,   0,  1,   0]),
            (RequestExchange, archived,            [0,   0,  0,  0,   0,  0,   0]),
            (Answer, public,                       [0,   0,  0,  0,   0,  0,   0]),
            (EditCapacity, net,                    [0,   0,  0,  0,   0,  0,   0]),
            (View, asked,                          [0,   1,  1,  0,   1,  0,   1]),
            (Edit, asked,                          [0,   0,  1,  0,   1,  0,   1]),
            (Answer, asked,                        [0,   0,  0,  0,   0,  0,   0]),
            (View, asked_of,                       [0,   1,  1,  0,   1,  0,   1]),
            (Edit, asked_of,                       [0,   0,  1,  0,   1,  0,   1]),
            (Answer, asked_of,                     [0,   0,  1,  0,   1,  0,   1]),
            (Archive, asked_of,                    [0,   0,  0,  0,   0,  0,   0]),
            (View, draft_file,                     [0,   1,  1,  0,   1,  0,   1]),
            (View, published_file,                 [0,   1,  1,  1,   1,  1,   1]),
            (Edit, published_file,                 [0,   0,  0,  0,   0,  0,   0]),
        ];
        for (action, resource, expected) in table {
            for (who, want) in WHO.iter().zip(expected) {
                let a = actor(*who, id);
                assert_eq!(
                    can(a.as_ref(), action, resource),
                    want == 1,
                    "{who:?} {action:?} {resource:?}"
                );
            }
        }
    }
}
