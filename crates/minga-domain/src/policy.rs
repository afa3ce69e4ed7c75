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
    /// See an organisation's people and pending invitations, change their
    /// roles, take them out, resend or revoke invitations.
    ManagePeople,
    /// Feature, archive and merge what others shared (the library); review
    /// a best practice (comment, ask for changes, publish).
    Curate,
    /// Add to another organisation's work: "we tried this" on a practice.
    Contribute,
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
    /// A recording or video, or (`uploader: None`) one about to be
    /// uploaded. `read` and `post`: whether the actor may read and post in
    /// the community it belongs to, as the communities' rule
    /// (`can_in_community`) answers — a visitor reads a public community's
    /// recordings; for a recording in no community, core passes whether the
    /// actor is signed in (the whole network reads it, visitors do not).
    Media {
        uploader: Option<UserId>,
        read: bool,
        post: bool,
    },
    /// The resource library as a whole: sharing in it.
    Library,
    /// A resource of the library. `read`: whether its reach lets the actor
    /// read it, as core answers from [`crate::library::Reach`] (public:
    /// everyone; members: [`LIBRARY_READERS`]; a community: whoever may read
    /// it). `org` shared it, `sharer` is who did.
    LibraryItem {
        org: OrgId,
        sharer: Option<UserId>,
        read: bool,
    },
    /// Best practices as a whole: writing one.
    Practices,
    /// A best practice of `org`: `published` once reviewed and published,
    /// `editable` while a draft or sent back for changes.
    Practice {
        org: OrgId,
        published: bool,
        editable: bool,
    },
    /// The KEL strategy as a whole: its objectives, starting initiatives.
    Kel,
    /// A learning initiative led by `lead`. `partners`: it admits partner
    /// organisations; `contributing`: the actor's organisation is one of
    /// its accepted contributors (core answers).
    Initiative {
        lead: OrgId,
        partners: bool,
        contributing: bool,
    },
    /// A consultation. `published`: no longer the Secretariat's draft;
    /// `open`: published and before its deadline; `in_audience`: the
    /// actor's organisation is asked (core answers).
    Consultation {
        published: bool,
        open: bool,
        in_audience: bool,
    },
    /// A consultation's answers together (results, exports): `shared` once
    /// the Secretariat shares them with the members.
    ConsultationAnswers { shared: bool },
}

/// Who reads what the library keeps for members, and shares in it: the
/// member organisations and the Secretariat. Partners read what is public
/// and what their communities hold.
pub const LIBRARY_READERS: [Role; 3] = [Role::Secretariat, Role::OrgAdmin, Role::Member];

/// Who fills in, submits and is mailed about their own organisation's
/// capacity profile: its admins, and the staff of a partner organisation
/// (partners have no admins of their own; they speak for their organisation
/// on its profile, and see no contacts). Core mails exactly these people
/// when a round opens, and tells the Secretariat which organisations have
/// none of them.
pub const PROFILE_FILLERS: [Role; 2] = [Role::OrgAdmin, Role::Partner];

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
        (Edit | ManagePeople, Resource::Org { id, .. }) => secretariat || is_admin_of(actor, id),
        (Archive, Resource::Org { .. }) => secretariat,
        (Invite(r), Resource::Org { id, .. }) => {
            secretariat || (is_admin_of(actor, id) && matches!(r, Role::Member | Role::OrgAdmin))
        }
        (EditCapacity, Resource::Org { id, .. }) => {
            secretariat || actor.is_some_and(|a| a.org == id && PROFILE_FILLERS.contains(&a.role))
        }
        (RequestExchange, Resource::Org { id, .. }) => actor.is_some_and(|a| {
            a.org != id && matches!(a.role, Role::OrgAdmin | Role::Member | Role::Partner)
        }),
        (Create | Administer | Answer | Curate | Contribute, Resource::Org { .. }) => false,

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

        // Whoever may read its community reads it (visitors too, in a public
        // one); those who may post there upload; its uploader and the
        // Secretariat edit.
        (View, Resource::Media { read, .. }) => read,
        (Create, Resource::Media { uploader, post, .. }) => {
            actor.is_some() && uploader.is_none() && post
        }
        (Edit, Resource::Media { uploader, read, .. }) => {
            secretariat || (read && uploader.is_some() && actor.map(|a| a.user) == uploader)
        }
        (_, Resource::Media { .. }) => false,

        (Create, Resource::Library) => role.is_some_and(|r| LIBRARY_READERS.contains(&r)),
        (_, Resource::Library) => false,

        // Whoever its reach lets read it; its sharer, their organisation's
        // admins and the Secretariat edit it (add a language, change what it
        // is about); the Secretariat alone curates.
        (View, Resource::LibraryItem { read, .. }) => read,
        (Edit, Resource::LibraryItem { org, sharer, read }) => {
            secretariat
                || (read
                    && (is_admin_of(actor, org)
                        || (sharer.is_some() && actor.map(|a| a.user) == sharer)))
        }
        (Curate, Resource::LibraryItem { .. }) => secretariat,
        (_, Resource::LibraryItem { .. }) => false,

        (Create, Resource::Practices) => role.is_some_and(|r| LIBRARY_READERS.contains(&r)),
        (_, Resource::Practices) => false,

        // Published: everyone reads it, and the staff of other member
        // organisations record that they tried it. Before: its
        // organisation's staff (its authors) and the Secretariat only. Its
        // staff edit it while it is a draft or sent back; the Secretariat
        // reviews and may always correct it.
        (View, Resource::Practice { org, published, .. }) => {
            published || secretariat || is_staff_of(actor, org)
        }
        (Edit, Resource::Practice { org, editable, .. }) => {
            secretariat || (editable && is_staff_of(actor, org))
        }
        (Curate, Resource::Practice { .. }) => secretariat,
        (Contribute, Resource::Practice { org, published, .. }) => {
            published
                && !secretariat
                && actor.is_some_and(|a| a.org != org && LIBRARY_READERS.contains(&a.role))
        }
        (_, Resource::Practice { .. }) => false,

        // Every signed-in person reads the strategy; the Secretariat writes
        // its objectives and starts initiatives.
        (View, Resource::Kel) => actor.is_some(),
        (Create | Administer, Resource::Kel) => secretariat,
        (_, Resource::Kel) => false,

        // Progress is visible to all members (partners where admitted, or
        // once they contribute). The lead's admins and the Secretariat run
        // it and answer offers; other organisations offer contributions;
        // the lead's staff and accepted contributors add outputs.
        (
            View,
            Resource::Initiative {
                partners,
                contributing,
                ..
            },
        ) => match role {
            Some(Role::Secretariat | Role::OrgAdmin | Role::Member) => true,
            Some(Role::Partner) => partners || contributing,
            None => false,
        },
        (Edit | Answer, Resource::Initiative { lead, .. }) => {
            secretariat || is_admin_of(actor, lead)
        }
        (Contribute, r @ Resource::Initiative { lead, .. }) => {
            !secretariat && actor.is_some_and(|a| a.org != lead) && can(actor, View, r)
        }
        (
            Create,
            r @ Resource::Initiative {
                lead, contributing, ..
            },
        ) => secretariat || is_staff_of(actor, lead) || (contributing && can(actor, View, r)),
        (_, Resource::Initiative { .. }) => false,

        // A published consultation is read by the members' staff (and by
        // whoever it asks); each organisation asked answers while it is
        // open: its staff draft, its admins (partners for their own
        // organisation, as for profiles) submit. One organisation never
        // reads another's answers: those are the Secretariat's, and the
        // members' only once it shares them.
        (
            View,
            Resource::Consultation {
                published,
                in_audience,
                ..
            },
        ) => {
            secretariat
                || (published
                    && (matches!(role, Some(Role::OrgAdmin | Role::Member))
                        || (in_audience && actor.is_some())))
        }
        (
            Contribute,
            Resource::Consultation {
                open, in_audience, ..
            },
        ) => {
            open && in_audience
                && matches!(role, Some(Role::OrgAdmin | Role::Member | Role::Partner))
        }
        (
            Answer,
            Resource::Consultation {
                open, in_audience, ..
            },
        ) => open && in_audience && role.is_some_and(|r| PROFILE_FILLERS.contains(&r)),
        (Edit | Curate, Resource::Consultation { .. }) => secretariat,
        (_, Resource::Consultation { .. }) => false,
        (View, Resource::ConsultationAnswers { shared }) => {
            secretariat || (shared && matches!(role, Some(Role::OrgAdmin | Role::Member)))
        }
        (Curate, Resource::ConsultationAnswers { .. }) => secretariat,
        (_, Resource::ConsultationAnswers { .. }) => false,
    }
}

fn in_org(actor: Option<&Actor>, orgs: &[OrgId]) -> bool {
    actor.is_some_and(|a| orgs.contains(&a.org))
}

/// Staff of a member organisation: its admins and members.
fn is_staff_of(actor: Option<&Actor>, org: OrgId) -> bool {
    actor.is_some_and(|a| a.org == org && matches!(a.role, Role::OrgAdmin | Role::Member))
}

fn is_admin_of(actor: Option<&Actor>, org: OrgId) -> bool {
    actor.is_some_and(|a| a.role == Role::OrgAdmin && a.org == org)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    /// The organisation a resource is about, another member organisation,
    /// the Secretariat's own, and the two sides of an exchange.
    fn org(n: u128) -> OrgId {
        OrgId(uuid::Uuid::from_u128(n))
    }
    const OWN: u128 = 1;
    const OTHER: u128 = 2;
    const SECRETARIAT: u128 = 3;
    const SEEKER: u128 = 4;
    const HELPER: u128 = 5;
    const NEITHER: u128 = 6;

    /// The roles a member organisation's people have, in the tables' column order.
    const STAFF: [Role; 3] = [Role::OrgAdmin, Role::Member, Role::Partner];

    fn person(role: Role, org_n: u128) -> Option<Actor> {
        Some(Actor {
            user: UserId::new(),
            org: org(org_n),
            role,
        })
    }

    /// Every action, each `Invite` with every role. The `match` has no
    /// wildcard, so a new action does not compile until it is listed here
    /// (and then the exhaustiveness check below asks for its rows).
    fn all_actions() -> Vec<Action> {
        use Action::*;
        let mut all = vec![
            View,
            ViewContacts,
            Create,
            Edit,
            Archive,
            Administer,
            EditCapacity,
            RequestExchange,
            Answer,
            ManagePeople,
            Curate,
            Contribute,
        ];
        for r in Role::ALL {
            match r {
                Role::Secretariat | Role::OrgAdmin | Role::Member | Role::Partner => {}
            }
            all.push(Invite(r));
        }
        for a in &all {
            match a {
                View | ViewContacts | Create | Edit | Archive | Invite(_) | Administer
                | EditCapacity | RequestExchange | Answer | ManagePeople | Curate | Contribute => {}
            }
        }
        all
    }

    /// Every shape a resource can take, as far as the policy can tell them
    /// apart (who owns it is the actor's side of the question, below).
    fn all_resources() -> Vec<Resource> {
        let mut all = vec![Resource::Network];
        for visibility in [Visibility::Public, Visibility::Members] {
            match visibility {
                Visibility::Public | Visibility::Members => {}
            }
            for archived in [false, true] {
                all.push(Resource::Org {
                    id: org(OWN),
                    visibility,
                    archived,
                });
            }
        }
        all.push(Resource::Exchange {
            seeker: org(SEEKER),
            helper: org(HELPER),
        });
        for published in [false, true] {
            all.push(Resource::File {
                org: org(OWN),
                published,
            });
        }
        for r in &all {
            match r {
                Resource::Network
                | Resource::Org { .. }
                | Resource::Exchange { .. }
                | Resource::File { .. }
                | Resource::Media { .. }
                | Resource::Library
                | Resource::LibraryItem { .. }
                | Resource::Practices
                | Resource::Practice { .. }
                | Resource::Kel
                | Resource::Initiative { .. }
                | Resource::Consultation { .. }
                | Resource::ConsultationAnswers { .. } => {}
            }
        }
        all
    }

    /// Everyone who may ask about `resource`, in the order of its table's
    /// columns: anonymous, the Secretariat, then org_admin, member and
    /// partner of each organisation that relates differently to it.
    fn actors(resource: Resource) -> Vec<(String, Option<Actor>)> {
        let mut v = vec![
            ("anonymous".to_string(), None),
            (
                "secretariat".to_string(),
                person(Role::Secretariat, SECRETARIAT),
            ),
        ];
        let sides: &[(&str, u128)] = match resource {
            Resource::Network => &[("any org", OTHER)],
            Resource::Org { .. } | Resource::File { .. } => {
                &[("own org", OWN), ("another org", OTHER)]
            }
            Resource::Exchange { .. } => &[
                ("the seeker", SEEKER),
                ("the helper", HELPER),
                ("neither side", NEITHER),
            ],
            Resource::Media { .. }
            | Resource::Library
            | Resource::LibraryItem { .. }
            | Resource::Practices
            | Resource::Practice { .. }
            | Resource::Kel
            | Resource::Initiative { .. }
            | Resource::Consultation { .. }
            | Resource::ConsultationAnswers { .. } => &[],
        };
        for (side, n) in sides {
            for role in STAFF {
                v.push((format!("{} of {side}", role.code()), person(role, *n)));
            }
        }
        v
    }

    /// The whole policy, written out: every action on every shape of
    /// resource, for every kind of person. A changed cell, a missing row or
    /// a duplicate fails the test.
    #[test]
    fn the_whole_matrix() {
        use Action::*;
        use Role::{Member as MEM, OrgAdmin as ADM, Partner as PAR, Secretariat as SEC};
        const P: Visibility = Visibility::Public;
        const M: Visibility = Visibility::Members;

        #[rustfmt::skip]
        let network: &[(Action, [u8; 5])] = &[
            //                      anon sec | adm mem par
            (View,                  [1,   1,   1,  1,  1]),
            (ViewContacts,          [0,   0,   0,  0,  0]),
            (Create,                [0,   1,   0,  0,  0]),
            (Edit,                  [0,   0,   0,  0,  0]),
            (Archive,               [0,   0,   0,  0,  0]),
            (Invite(SEC),           [0,   1,   0,  0,  0]),
            (Invite(ADM),           [0,   0,   0,  0,  0]),
            (Invite(MEM),           [0,   0,   0,  0,  0]),
            (Invite(PAR),           [0,   0,   0,  0,  0]),
            (Administer,            [0,   1,   0,  0,  0]),
            (EditCapacity,          [0,   0,   0,  0,  0]),
            (RequestExchange,       [0,   0,   0,  0,  0]),
            (Answer,                [0,   0,   0,  0,  0]),
            (ManagePeople,          [0,   0,   0,  0,  0]),
            (Curate,                [0,   0,   0,  0,  0]),
            (Contribute,            [0,   0,   0,  0,  0]),
        ];

        // An organisation: its visibility, whether it is archived.
        #[rustfmt::skip]
        let orgs: &[(Action, Visibility, bool, [u8; 8])] = &[
            //                              anon sec | own: adm mem par | other: adm mem par
            (View,            P, false,     [1,   1,        1,  1,  1,           1,  1,  1]),
            (View,            M, false,     [0,   1,        1,  1,  1,           1,  1,  1]),
            (View,            P, true,      [0,   1,        0,  0,  0,           0,  0,  0]),
            (View,            M, true,      [0,   1,        0,  0,  0,           0,  0,  0]),
            (ViewContacts,    P, false,     [0,   1,        1,  1,  0,           1,  1,  0]),
            (ViewContacts,    M, false,     [0,   1,        1,  1,  0,           1,  1,  0]),
            (ViewContacts,    P, true,      [0,   1,        0,  0,  0,           0,  0,  0]),
            (ViewContacts,    M, true,      [0,   1,        0,  0,  0,           0,  0,  0]),
            (Create,          P, false,     [0,   0,        0,  0,  0,           0,  0,  0]),
            (Create,          M, false,     [0,   0,        0,  0,  0,           0,  0,  0]),
            (Create,          P, true,      [0,   0,        0,  0,  0,           0,  0,  0]),
            (Create,          M, true,      [0,   0,        0,  0,  0,           0,  0,  0]),
            (Edit,            P, false,     [0,   1,        1,  0,  0,           0,  0,  0]),
            (Edit,            M, false,     [0,   1,        1,  0,  0,           0,  0,  0]),
            (Edit,            P, true,      [0,   1,        0,  0,  0,           0,  0,  0]),
            (Edit,            M, true,      [0,   1,        0,  0,  0,           0,  0,  0]),
            (Archive,         P, false,     [0,   1,        0,  0,  0,           0,  0,  0]),
            (Archive,         M, false,     [0,   1,        0,  0,  0,           0,  0,  0]),
            (Archive,         P, true,      [0,   1,        0,  0,  0,           0,  0,  0]),
            (Archive,         M, true,      [0,   1,        0,  0,  0,           0,  0,  0]),
            // Which roles suit which kind of organisation is core's rule, not the policy's.
            (Invite(SEC),     P, false,     [0,   1,        0,  0,  0,           0,  0,  0]),
            (Invite(SEC),     M, false,     [0,   1,        0,  0,  0,           0,  0,  0]),
            (Invite(SEC),     P, true,      [0,   1,        0,  0,  0,           0,  0,  0]),
            (Invite(SEC),     M, true,      [0,   1,        0,  0,  0,           0,  0,  0]),
            (Invite(ADM),     P, false,     [0,   1,        1,  0,  0,           0,  0,  0]),
            (Invite(ADM),     M, false,     [0,   1,        1,  0,  0,           0,  0,  0]),
            (Invite(ADM),     P, true,      [0,   1,        0,  0,  0,           0,  0,  0]),
            (Invite(ADM),     M, true,      [0,   1,        0,  0,  0,           0,  0,  0]),
            (Invite(MEM),     P, false,     [0,   1,        1,  0,  0,           0,  0,  0]),
            (Invite(MEM),     M, false,     [0,   1,        1,  0,  0,           0,  0,  0]),
            (Invite(MEM),     P, true,      [0,   1,        0,  0,  0,           0,  0,  0]),
            (Invite(MEM),     M, true,      [0,   1,        0,  0,  0,           0,  0,  0]),
            (Invite(PAR),     P, false,     [0,   1,        0,  0,  0,           0,  0,  0]),
            (Invite(PAR),     M, false,     [0,   1,        0,  0,  0,           0,  0,  0]),
            (Invite(PAR),     P, true,      [0,   1,        0,  0,  0,           0,  0,  0]),
            (Invite(PAR),     M, true,      [0,   1,        0,  0,  0,           0,  0,  0]),
            (Administer,      P, false,     [0,   0,        0,  0,  0,           0,  0,  0]),
            (Administer,      M, false,     [0,   0,        0,  0,  0,           0,  0,  0]),
            (Administer,      P, true,      [0,   0,        0,  0,  0,           0,  0,  0]),
            (Administer,      M, true,      [0,   0,        0,  0,  0,           0,  0,  0]),
            // Partners speak for their own organisation's profile (see PROFILE_FILLERS).
            (EditCapacity,    P, false,     [0,   1,        1,  0,  1,           0,  0,  0]),
            (EditCapacity,    M, false,     [0,   1,        1,  0,  1,           0,  0,  0]),
            (EditCapacity,    P, true,      [0,   1,        0,  0,  0,           0,  0,  0]),
            (EditCapacity,    M, true,      [0,   1,        0,  0,  0,           0,  0,  0]),
            // Anyone of another organisation may ask; nobody asks their own.
            (RequestExchange, P, false,     [0,   0,        0,  0,  0,           1,  1,  1]),
            (RequestExchange, M, false,     [0,   0,        0,  0,  0,           1,  1,  1]),
            (RequestExchange, P, true,      [0,   0,        0,  0,  0,           0,  0,  0]),
            (RequestExchange, M, true,      [0,   0,        0,  0,  0,           0,  0,  0]),
            (Answer,          P, false,     [0,   0,        0,  0,  0,           0,  0,  0]),
            (Answer,          M, false,     [0,   0,        0,  0,  0,           0,  0,  0]),
            (Answer,          P, true,      [0,   0,        0,  0,  0,           0,  0,  0]),
            (Answer,          M, true,      [0,   0,        0,  0,  0,           0,  0,  0]),
            // The organisation's own admin and the Secretariat; never another org's admin.
            (ManagePeople,    P, false,     [0,   1,        1,  0,  0,           0,  0,  0]),
            (Curate,          P, false,     [0,   0,        0,  0,  0,           0,  0,  0]),
            (Contribute,      P, false,     [0,   0,        0,  0,  0,           0,  0,  0]),
            (ManagePeople,    M, false,     [0,   1,        1,  0,  0,           0,  0,  0]),
            (Curate,          M, false,     [0,   0,        0,  0,  0,           0,  0,  0]),
            (Contribute,      M, false,     [0,   0,        0,  0,  0,           0,  0,  0]),
            (ManagePeople,    P, true,      [0,   1,        0,  0,  0,           0,  0,  0]),
            (Curate,          P, true,      [0,   0,        0,  0,  0,           0,  0,  0]),
            (Contribute,      P, true,      [0,   0,        0,  0,  0,           0,  0,  0]),
            (ManagePeople,    M, true,      [0,   1,        0,  0,  0,           0,  0,  0]),
            (Curate,          M, true,      [0,   0,        0,  0,  0,           0,  0,  0]),
            (Contribute,      M, true,      [0,   0,        0,  0,  0,           0,  0,  0]),
        ];

        // A peer exchange: the Secretariat follows it, the two sides act in it,
        // only the helper answers.
        #[rustfmt::skip]
        let exchanges: &[(Action, [u8; 11])] = &[
            //                    anon sec | seeker: adm mem par | helper: adm mem par | neither: adm mem par
            (View,                [0,   1,           1,  1,  1,            1,  1,  1,             0,  0,  0]),
            (ViewContacts,        [0,   0,           0,  0,  0,            0,  0,  0,             0,  0,  0]),
            (Create,              [0,   0,           0,  0,  0,            0,  0,  0,             0,  0,  0]),
            (Edit,                [0,   0,           1,  1,  1,            1,  1,  1,             0,  0,  0]),
            (Archive,             [0,   0,           0,  0,  0,            0,  0,  0,             0,  0,  0]),
            (Invite(SEC),         [0,   0,           0,  0,  0,            0,  0,  0,             0,  0,  0]),
            (Invite(ADM),         [0,   0,           0,  0,  0,            0,  0,  0,             0,  0,  0]),
            (Invite(MEM),         [0,   0,           0,  0,  0,            0,  0,  0,             0,  0,  0]),
            (Invite(PAR),         [0,   0,           0,  0,  0,            0,  0,  0,             0,  0,  0]),
            (Administer,          [0,   0,           0,  0,  0,            0,  0,  0,             0,  0,  0]),
            (EditCapacity,        [0,   0,           0,  0,  0,            0,  0,  0,             0,  0,  0]),
            (RequestExchange,     [0,   0,           0,  0,  0,            0,  0,  0,             0,  0,  0]),
            (Answer,              [0,   0,           0,  0,  0,            1,  1,  1,             0,  0,  0]),
            (ManagePeople,        [0,   0,           0,  0,  0,            0,  0,  0,             0,  0,  0]),
            (Curate,              [0,   0,           0,  0,  0,            0,  0,  0,             0,  0,  0]),
            (Contribute,          [0,   0,           0,  0,  0,            0,  0,  0,             0,  0,  0]),
        ];

        // A file: published once it backs a submitted profile or an exchange.
        #[rustfmt::skip]
        let files: &[(Action, bool, [u8; 8])] = &[
            //                           anon sec | own: adm mem par | other: adm mem par
            (View,            false,     [0,   1,        1,  1,  1,           0,  0,  0]),
            (View,            true,      [0,   1,        1,  1,  1,           1,  1,  0]),
            (ViewContacts,    false,     [0,   0,        0,  0,  0,           0,  0,  0]),
            (ViewContacts,    true,      [0,   0,        0,  0,  0,           0,  0,  0]),
            (Create,          false,     [0,   0,        0,  0,  0,           0,  0,  0]),
            (Create,          true,      [0,   0,        0,  0,  0,           0,  0,  0]),
            (Edit,            false,     [0,   0,        0,  0,  0,           0,  0,  0]),
            (Edit,            true,      [0,   0,        0,  0,  0,           0,  0,  0]),
            (Archive,         false,     [0,   0,        0,  0,  0,           0,  0,  0]),
            (Archive,         true,      [0,   0,        0,  0,  0,           0,  0,  0]),
            (Invite(SEC),     false,     [0,   0,        0,  0,  0,           0,  0,  0]),
            (Invite(SEC),     true,      [0,   0,        0,  0,  0,           0,  0,  0]),
            (Invite(ADM),     false,     [0,   0,        0,  0,  0,           0,  0,  0]),
            (Invite(ADM),     true,      [0,   0,        0,  0,  0,           0,  0,  0]),
            (Invite(MEM),     false,     [0,   0,        0,  0,  0,           0,  0,  0]),
            (Invite(MEM),     true,      [0,   0,        0,  0,  0,           0,  0,  0]),
            (Invite(PAR),     false,     [0,   0,        0,  0,  0,           0,  0,  0]),
            (Invite(PAR),     true,      [0,   0,        0,  0,  0,           0,  0,  0]),
            (Administer,      false,     [0,   0,        0,  0,  0,           0,  0,  0]),
            (Administer,      true,      [0,   0,        0,  0,  0,           0,  0,  0]),
            (EditCapacity,    false,     [0,   0,        0,  0,  0,           0,  0,  0]),
            (EditCapacity,    true,      [0,   0,        0,  0,  0,           0,  0,  0]),
            (RequestExchange, false,     [0,   0,        0,  0,  0,           0,  0,  0]),
            (RequestExchange, true,      [0,   0,        0,  0,  0,           0,  0,  0]),
            (Answer,          false,     [0,   0,        0,  0,  0,           0,  0,  0]),
            (Answer,          true,      [0,   0,        0,  0,  0,           0,  0,  0]),
            (ManagePeople,    false,     [0,   0,        0,  0,  0,           0,  0,  0]),
            (Curate,          false,     [0,   0,        0,  0,  0,           0,  0,  0]),
            (Contribute,      false,     [0,   0,        0,  0,  0,           0,  0,  0]),
            (ManagePeople,    true,      [0,   0,        0,  0,  0,           0,  0,  0]),
            (Curate,          true,      [0,   0,        0,  0,  0,           0,  0,  0]),
            (Contribute,      true,      [0,   0,        0,  0,  0,           0,  0,  0]),
        ];

        // One list of (action, resource, expected answers by column).
        let mut table: Vec<(Action, Resource, Vec<u8>)> = Vec::new();
        for (a, want) in network {
            table.push((*a, Resource::Network, want.to_vec()));
        }
        for (a, visibility, archived, want) in orgs {
            let r = Resource::Org {
                id: org(OWN),
                visibility: *visibility,
                archived: *archived,
            };
            table.push((*a, r, want.to_vec()));
        }
        for (a, want) in exchanges {
            let r = Resource::Exchange {
                seeker: org(SEEKER),
                helper: org(HELPER),
            };
            table.push((*a, r, want.to_vec()));
        }
        for (a, published, want) in files {
            let r = Resource::File {
                org: org(OWN),
                published: *published,
            };
            table.push((*a, r, want.to_vec()));
        }

        // Exhaustive: every action on every resource has exactly one row.
        let mut rows: HashMap<String, usize> = HashMap::new();
        for (a, r, _) in &table {
            *rows.entry(format!("{a:?} {r:?}")).or_default() += 1;
        }
        let (actions, resources) = (all_actions(), all_resources());
        for a in &actions {
            for r in &resources {
                let n = rows.remove(&format!("{a:?} {r:?}")).unwrap_or(0);
                assert_eq!(n, 1, "{a:?} on {r:?} has {n} rows, not one");
            }
        }
        assert!(rows.is_empty(), "rows for no known cell: {rows:?}");
        assert_eq!(table.len(), actions.len() * resources.len());
        assert_eq!(table.len(), 16 * 8, "16 actions × 8 shapes of resource");

        // Every cell, for every kind of person.
        let mut checked = 0;
        let mut wrong = Vec::new();
        for (action, resource, want) in &table {
            let who = actors(*resource);
            assert_eq!(who.len(), want.len(), "{action:?} {resource:?}: columns");
            for ((label, actor), want) in who.iter().zip(want) {
                assert!(*want <= 1, "{action:?} {resource:?}: 0 or 1");
                checked += 1;
                if can(actor.as_ref(), *action, *resource) != (*want == 1) {
                    wrong.push(format!("{label}: {action:?} {resource:?} should be {want}"));
                }
            }
        }
        assert!(wrong.is_empty(), "cells that differ:\n{}", wrong.join("\n"));
        assert_eq!(checked, 16 * (5 + 4 * 8 + 11 + 2 * 8));
    }

    /// Checks a table of its own (media, library, practices): every action
    /// on every shape for every actor; a missing row means nobody, two rows
    /// for one cell is an error.
    fn check_table<S: Copy + PartialEq + std::fmt::Debug, const N: usize>(
        actors: &[Option<Actor>],
        shapes: &[S],
        table: &[(Action, S, [u8; N])],
        resource: impl Fn(S) -> Resource,
    ) {
        let mut wrong = Vec::new();
        for action in all_actions() {
            for &shape in shapes {
                let rows: Vec<_> = table
                    .iter()
                    .filter(|(a, s, _)| *a == action && *s == shape)
                    .collect();
                let want: [u8; N] = match rows.as_slice() {
                    [] => [0; N], // every other action: nobody
                    [one] => one.2,
                    _ => panic!("{action:?} {shape:?} has several rows"),
                };
                for (i, actor) in actors.iter().enumerate() {
                    if can(actor.as_ref(), action, resource(shape)) != (want[i] == 1) {
                        wrong.push(format!(
                            "column {i}: {action:?} {shape:?} should be {}",
                            want[i]
                        ));
                    }
                }
            }
        }
        assert!(wrong.is_empty(), "cells that differ:\n{}", wrong.join("\n"));
    }

    /// Recordings, in a table of their own: anonymous, the Secretariat, the
    /// uploader, and an admin, member and partner who did not upload it;
    /// shapes: uploaded or not, and whether the actor may read and post in
    /// its community. Every action has a row per shape.
    #[test]
    fn the_media_matrix() {
        use Action::*;
        let uploader = UserId::new();
        let actors: Vec<Option<Actor>> = vec![
            None,
            person(Role::Secretariat, SECRETARIAT),
            Some(Actor {
                user: uploader,
                org: org(OWN),
                role: Role::Member,
            }),
            person(Role::OrgAdmin, OTHER),
            person(Role::Member, OTHER),
            person(Role::Partner, OTHER),
        ];
        // (uploaded, read, post)
        type Shape = (bool, bool, bool);
        const UP_RP: Shape = (true, true, true);
        const UP_R: Shape = (true, true, false);
        const UP_HIDDEN: Shape = (true, false, false);
        const NEW_RP: Shape = (false, true, true);
        const NEW_R: Shape = (false, true, false);
        const NEW_HIDDEN: Shape = (false, false, false);
        #[rustfmt::skip]
        let table: &[(Action, Shape, [u8; 6])] = &[
            //                          anon sec upl | adm mem par
            // `read` true for a visitor: a public community's recording.
            (View,         UP_RP,      [1,   1,  1,     1,  1,  1]),
            (View,         UP_R,       [1,   1,  1,     1,  1,  1]),
            // `read` is false only for someone core finds may not read the
            // community (for the Secretariat, core says it may).
            (View,         UP_HIDDEN,  [0,   0,  0,     0,  0,  0]),
            (View,         NEW_RP,     [1,   1,  1,     1,  1,  1]),
            (View,         NEW_R,      [1,   1,  1,     1,  1,  1]),
            (View,         NEW_HIDDEN, [0,   0,  0,     0,  0,  0]),
            (Create,       UP_RP,      [0,   0,  0,     0,  0,  0]),
            (Create,       UP_R,       [0,   0,  0,     0,  0,  0]),
            (Create,       UP_HIDDEN,  [0,   0,  0,     0,  0,  0]),
            (Create,       NEW_RP,     [0,   1,  1,     1,  1,  1]),
            (Create,       NEW_R,      [0,   0,  0,     0,  0,  0]),
            (Create,       NEW_HIDDEN, [0,   0,  0,     0,  0,  0]),
            (Edit,         UP_RP,      [0,   1,  1,     0,  0,  0]),
            (Edit,         UP_R,       [0,   1,  1,     0,  0,  0]),
            (Edit,         UP_HIDDEN,  [0,   1,  0,     0,  0,  0]),
            (Edit,         NEW_RP,     [0,   1,  0,     0,  0,  0]),
            (Edit,         NEW_R,      [0,   1,  0,     0,  0,  0]),
            (Edit,         NEW_HIDDEN, [0,   1,  0,     0,  0,  0]),
        ];
        let shapes = [UP_RP, UP_R, UP_HIDDEN, NEW_RP, NEW_R, NEW_HIDDEN];
        let resource = |(up, read, post): Shape| Resource::Media {
            uploader: up.then_some(uploader),
            read,
            post,
        };
        check_table(&actors, &shapes, table, resource);
    }

    /// The library, in a table of its own: anonymous, the Secretariat, the
    /// sharer (a member of the sharing organisation), that organisation's
    /// admin and another member of it, then an admin, member and partner of
    /// another organisation; shapes: the library (sharing in it), and a
    /// resource its reach lets the actor read or not.
    #[test]
    fn the_library_matrix() {
        use Action::*;
        let sharer = UserId::new();
        let actors: Vec<Option<Actor>> = vec![
            None,
            person(Role::Secretariat, SECRETARIAT),
            Some(Actor {
                user: sharer,
                org: org(OWN),
                role: Role::Member,
            }),
            person(Role::OrgAdmin, OWN),
            person(Role::Member, OWN),
            person(Role::OrgAdmin, OTHER),
            person(Role::Member, OTHER),
            person(Role::Partner, OTHER),
        ];
        let item = |read| Resource::LibraryItem {
            org: org(OWN),
            sharer: Some(sharer),
            read,
        };
        #[rustfmt::skip]
        let table: &[(Action, Resource, [u8; 8])] = &[
            //                                anon sec shr adm mem | adm mem par
            (Create,  Resource::Library,      [0,   1,  1,  1,  1,    1,  1,  0]),
            (View,    item(true),             [1,   1,  1,  1,  1,    1,  1,  1]),
            (View,    item(false),            [0,   0,  0,  0,  0,    0,  0,  0]),
            (Edit,    item(true),             [0,   1,  1,  1,  0,    0,  0,  0]),
            // Out of reach (a community the sharer left): only the Secretariat.
            (Edit,    item(false),            [0,   1,  0,  0,  0,    0,  0,  0]),
            (Curate,  item(true),             [0,   1,  0,  0,  0,    0,  0,  0]),
            (Curate,  item(false),            [0,   1,  0,  0,  0,    0,  0,  0]),
        ];
        let shapes = [Resource::Library, item(true), item(false)];
        check_table(&actors, &shapes, table, |r| r);
    }

    /// Best practices, in a table of their own: anonymous, the Secretariat,
    /// an admin, member and partner of the practice's organisation, then an
    /// admin, member and partner of another; shapes: writing one, and a
    /// practice that is a draft (editable), submitted (neither), sent back
    /// (editable) or published.
    #[test]
    fn the_practice_matrix() {
        use Action::*;
        let actors: Vec<Option<Actor>> = vec![
            None,
            person(Role::Secretariat, SECRETARIAT),
            person(Role::OrgAdmin, OWN),
            person(Role::Member, OWN),
            person(Role::Partner, OWN),
            person(Role::OrgAdmin, OTHER),
            person(Role::Member, OTHER),
            person(Role::Partner, OTHER),
        ];
        let practice = |published, editable| Resource::Practice {
            org: org(OWN),
            published,
            editable,
        };
        let draft = practice(false, true);
        let submitted = practice(false, false);
        let published = practice(true, false);
        #[rustfmt::skip]
        let table: &[(Action, Resource, [u8; 8])] = &[
            //                                 anon sec | adm mem par | adm mem par
            (Create,     Resource::Practices,  [0,   1,    1,  1,  0,    1,  1,  0]),
            (View,       draft,                [0,   1,    1,  1,  0,    0,  0,  0]),
            (View,       submitted,            [0,   1,    1,  1,  0,    0,  0,  0]),
            (View,       published,            [1,   1,    1,  1,  1,    1,  1,  1]),
            (Edit,       draft,                [0,   1,    1,  1,  0,    0,  0,  0]),
            (Edit,       submitted,            [0,   1,    0,  0,  0,    0,  0,  0]),
            (Edit,       published,            [0,   1,    0,  0,  0,    0,  0,  0]),
            (Curate,     draft,                [0,   1,    0,  0,  0,    0,  0,  0]),
            (Curate,     submitted,            [0,   1,    0,  0,  0,    0,  0,  0]),
            (Curate,     published,            [0,   1,    0,  0,  0,    0,  0,  0]),
            (Contribute, published,            [0,   0,    0,  0,  0,    1,  1,  0]),
        ];
        let shapes = [Resource::Practices, draft, submitted, published];
        check_table(&actors, &shapes, table, |r| r);
    }

    /// The KEL strategy and its initiatives: anonymous, the Secretariat, an
    /// admin, member and partner of the lead organisation, then of another
    /// organisation; shapes: the strategy, an initiative closed to partners
    /// or open to them, and one the other organisation contributes to.
    #[test]
    fn the_kel_matrix() {
        use Action::*;
        let actors: Vec<Option<Actor>> = vec![
            None,
            person(Role::Secretariat, SECRETARIAT),
            person(Role::OrgAdmin, OWN),
            person(Role::Member, OWN),
            person(Role::Partner, OWN),
            person(Role::OrgAdmin, OTHER),
            person(Role::Member, OTHER),
            person(Role::Partner, OTHER),
        ];
        let initiative = |partners, contributing| Resource::Initiative {
            lead: org(OWN),
            partners,
            contributing,
        };
        let closed = initiative(false, false);
        let open = initiative(true, false);
        let joined = initiative(false, true);
        #[rustfmt::skip]
        let table: &[(Action, Resource, [u8; 8])] = &[
            //                                  anon sec | adm mem par | adm mem par
            (View,       Resource::Kel,         [0,   1,    1,  1,  1,    1,  1,  1]),
            (Create,     Resource::Kel,         [0,   1,    0,  0,  0,    0,  0,  0]),
            (Administer, Resource::Kel,         [0,   1,    0,  0,  0,    0,  0,  0]),
            (View,       closed,                [0,   1,    1,  1,  0,    1,  1,  0]),
            (View,       open,                  [0,   1,    1,  1,  1,    1,  1,  1]),
            (View,       joined,                [0,   1,    1,  1,  1,    1,  1,  1]),
            (Edit,       closed,                [0,   1,    1,  0,  0,    0,  0,  0]),
            (Edit,       open,                  [0,   1,    1,  0,  0,    0,  0,  0]),
            (Edit,       joined,                [0,   1,    1,  0,  0,    0,  0,  0]),
            (Answer,     closed,                [0,   1,    1,  0,  0,    0,  0,  0]),
            (Answer,     open,                  [0,   1,    1,  0,  0,    0,  0,  0]),
            (Answer,     joined,                [0,   1,    1,  0,  0,    0,  0,  0]),
            (Contribute, closed,                [0,   0,    0,  0,  0,    1,  1,  0]),
            (Contribute, open,                  [0,   0,    0,  0,  0,    1,  1,  1]),
            (Contribute, joined,                [0,   0,    0,  0,  0,    1,  1,  1]),
            // Outputs: the lead's staff, the Secretariat, and whoever's
            // organisation is an accepted contributor.
            (Create,     closed,                [0,   1,    1,  1,  0,    0,  0,  0]),
            (Create,     open,                  [0,   1,    1,  1,  0,    0,  0,  0]),
            (Create,     joined,                [0,   1,    1,  1,  1,    1,  1,  1]),
        ];
        let shapes = [Resource::Kel, closed, open, joined];
        check_table(&actors, &shapes, table, |r| r);
    }

    /// Consultations: anonymous, the Secretariat, an admin, member and
    /// partner of an organisation asked, then of one not asked; shapes: a
    /// draft, an open one, one past its deadline, and the answers kept or
    /// shared.
    #[test]
    fn the_consultation_matrix() {
        use Action::*;
        let all: Vec<Option<Actor>> = vec![
            None,
            person(Role::Secretariat, SECRETARIAT),
            person(Role::OrgAdmin, OWN),
            person(Role::Member, OWN),
            person(Role::Partner, OWN),
            person(Role::OrgAdmin, OTHER),
            person(Role::Member, OTHER),
            person(Role::Partner, OTHER),
        ];
        // The organisation asked is OWN: its columns see `in_audience`.
        #[derive(Clone, Copy, PartialEq, Debug)]
        enum Shape {
            Draft,
            Open,
            Past,
            Kept,
            Shared,
        }
        let shape_of = |s: Shape, asked: bool| match s {
            Shape::Draft => Resource::Consultation {
                published: false,
                open: false,
                in_audience: asked,
            },
            Shape::Open => Resource::Consultation {
                published: true,
                open: true,
                in_audience: asked,
            },
            Shape::Past => Resource::Consultation {
                published: true,
                open: false,
                in_audience: asked,
            },
            Shape::Kept => Resource::ConsultationAnswers { shared: false },
            Shape::Shared => Resource::ConsultationAnswers { shared: true },
        };
        #[rustfmt::skip]
        let table: &[(Action, Shape, [u8; 8])] = &[
            //                           anon sec | adm mem par (asked) | adm mem par
            (View,       Shape::Draft,  [0,   1,    0,  0,  0,            0,  0,  0]),
            (View,       Shape::Open,   [0,   1,    1,  1,  1,            1,  1,  0]),
            (View,       Shape::Past,   [0,   1,    1,  1,  1,            1,  1,  0]),
            (Contribute, Shape::Open,   [0,   0,    1,  1,  1,            0,  0,  0]),
            (Answer,     Shape::Open,   [0,   0,    1,  0,  1,            0,  0,  0]),
            (Edit,       Shape::Draft,  [0,   1,    0,  0,  0,            0,  0,  0]),
            (Edit,       Shape::Open,   [0,   1,    0,  0,  0,            0,  0,  0]),
            (Edit,       Shape::Past,   [0,   1,    0,  0,  0,            0,  0,  0]),
            (Curate,     Shape::Draft,  [0,   1,    0,  0,  0,            0,  0,  0]),
            (Curate,     Shape::Open,   [0,   1,    0,  0,  0,            0,  0,  0]),
            (Curate,     Shape::Past,   [0,   1,    0,  0,  0,            0,  0,  0]),
            (View,       Shape::Kept,   [0,   1,    0,  0,  0,            0,  0,  0]),
            (View,       Shape::Shared, [0,   1,    1,  1,  0,            1,  1,  0]),
            (Curate,     Shape::Kept,   [0,   1,    0,  0,  0,            0,  0,  0]),
            (Curate,     Shape::Shared, [0,   1,    0,  0,  0,            0,  0,  0]),
        ];
        let shapes = [
            Shape::Draft,
            Shape::Open,
            Shape::Past,
            Shape::Kept,
            Shape::Shared,
        ];
        // The first five columns' organisation is asked, the last three's
        // is not: check each half with its own view of the audience.
        let asked: Vec<Option<Actor>> = all[..5].to_vec();
        let not_asked: Vec<Option<Actor>> = all[5..].to_vec();
        let first: Vec<(Action, Shape, [u8; 5])> = table
            .iter()
            .map(|(a, s, row)| (*a, *s, [row[0], row[1], row[2], row[3], row[4]]))
            .collect();
        let last: Vec<(Action, Shape, [u8; 3])> = table
            .iter()
            .map(|(a, s, row)| (*a, *s, [row[5], row[6], row[7]]))
            .collect();
        check_table(&asked, &shapes, &first, |s| shape_of(s, true));
        check_table(&not_asked, &shapes, &last, |s| shape_of(s, false));
    }

    /// The Secretariat's answer does not depend on which organisation its
    /// people belong to (even when it is a side of the exchange), and an
    /// org_admin's rights are tied to the organisation, not the role alone.
    #[test]
    fn the_secretariat_is_not_a_side_and_an_admin_is_of_one_org() {
        let sec_on_side = person(Role::Secretariat, SEEKER);
        let ex = Resource::Exchange {
            seeker: org(SEEKER),
            helper: org(HELPER),
        };
        assert!(can(sec_on_side.as_ref(), Action::View, ex));
        assert!(!can(sec_on_side.as_ref(), Action::Edit, ex));
        let sec_helper = person(Role::Secretariat, HELPER);
        assert!(!can(sec_helper.as_ref(), Action::Answer, ex));
        // The Secretariat asks nobody for an exchange, even another organisation.
        let o = Resource::Org {
            id: org(OWN),
            visibility: Visibility::Public,
            archived: false,
        };
        assert!(!can(
            person(Role::Secretariat, SECRETARIAT).as_ref(),
            Action::RequestExchange,
            o
        ));
    }
}
