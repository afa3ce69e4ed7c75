//! Learning Communities: creating and editing them, joining, leaving, asking
//! and inviting, moderators, and the one question every feature inside a
//! community asks first — `Core::community_access`: may this reader see it,
//! and what may they do there.

use crate::community_notices::MembershipNews;
use crate::{Core, CoreError, Result};
use minga_domain::capacity::ItemCode;
use minga_domain::community::{
    can_in_community, Community, CommunityAction, CommunityCard, CommunityFields, CommunityFilter,
    CommunityMember, CommunityVisibility, Standing, PURPOSE_MAX, TITLE_MAX,
};
use minga_domain::values::required_multiline;
use minga_domain::{
    can, required_text, Action, Actor, CommunityId, Email, FieldErrors, Locale, Page, Resource,
    Role, Slug, User, UserId,
};
use std::collections::HashSet;

/// Communities per page of the list.
pub const PER_PAGE: u32 = 24;
/// Members shown on a community's own page (the rest are one link away).
pub const MEMBERS_PREVIEW: u32 = 12;
/// Members per page of a community's people.
pub const PEOPLE_PER_PAGE: u32 = 50;
/// The longest note a person asking to join may write.
pub const NOTE_MAX: usize = 500;

/// A community as one reader meets it: what it is, where they stand, and
/// so what they may do. Every feature inside a community (topics, events,
/// recordings, calendars) starts from one of these.
#[derive(Debug, Clone)]
pub struct CommunityAccess {
    pub community: Community,
    pub standing: Standing,
    actor: Option<Actor>,
}

impl CommunityAccess {
    pub fn may(&self, action: CommunityAction) -> bool {
        can_in_community(
            self.actor.as_ref(),
            self.standing,
            action,
            self.community.shape(),
        )
    }

    /// `Ok` when the reader may do `action`; otherwise `NotFound` when they
    /// may not even read inside (so a private community's content is not
    /// revealed), else `Forbidden`.
    pub fn require(&self, action: CommunityAction) -> Result<()> {
        if self.may(action) {
            Ok(())
        } else if self.may(CommunityAction::Read) {
            Err(CoreError::Forbidden)
        } else {
            Err(CoreError::NotFound)
        }
    }
}

/// A community's form as typed.
#[derive(Debug, Clone, Default)]
pub struct CommunityInput {
    pub title: String,
    pub purpose: String,
    pub visibility: String,
    pub partners_admitted: bool,
    pub items: Vec<String>,
    pub languages: Vec<String>,
}

impl CommunityInput {
    pub fn from_community(c: &Community) -> CommunityInput {
        CommunityInput {
            title: c.title.clone(),
            purpose: c.purpose.clone(),
            visibility: c.visibility.code().to_string(),
            partners_admitted: c.partners_admitted,
            items: c.items.iter().map(|i| i.to_string()).collect(),
            languages: c.languages.iter().map(|l| l.code().to_string()).collect(),
        }
    }

    fn validate(
        &self,
        known_items: &HashSet<String>,
    ) -> std::result::Result<(CommunityFields, String), FieldErrors> {
        let mut e = FieldErrors::new();
        let title = e.check("title", required_text(&self.title, TITLE_MAX));
        let purpose = e.check("purpose", required_multiline(&self.purpose, PURPOSE_MAX));
        let html = match &purpose {
            Some(p) => e.check(
                "purpose",
                crate::markdown::render(p).map_err(|_| "error-markdown-too-complex"),
            ),
            None => None,
        };
        let visibility = e.check(
            "visibility",
            CommunityVisibility::parse(&self.visibility).ok_or("error-choose-option"),
        );
        let mut items = Vec::new();
        for raw in &self.items {
            match ItemCode::parse(raw) {
                Ok(code) if known_items.contains(code.as_str()) => {
                    if !items.contains(&code) {
                        items.push(code)
                    }
                }
                _ => e.add("items", "error-choose-option"),
            }
        }
        let mut languages = Vec::new();
        for raw in &self.languages {
            match Locale::parse(raw) {
                Some(l) if !languages.contains(&l) => languages.push(l),
                Some(_) => {}
                None => e.add("languages", "error-choose-option"),
            }
        }
        if languages.is_empty() {
            e.add("languages", "error-community-languages-required");
        }
        e.into_result()?;
        // Every check above succeeded, so each value is present.
        match (title, purpose, html, visibility) {
            (Some(title), Some(purpose), Some(html), Some(visibility)) => Ok((
                CommunityFields {
                    title,
                    purpose,
                    visibility,
                    partners_admitted: self.partners_admitted,
                    items,
                    languages,
                },
                html,
            )),
            _ => Err(FieldErrors::new()),
        }
    }
}

/// A community's own page: the community, the reader's standing, a few of
/// its members and when the reader was last here.
pub struct CommunityHome {
    pub access: CommunityAccess,
    pub members: Vec<CommunityMember>,
    pub member_count: u64,
    /// When a member last visited before this visit (None the first time,
    /// and for anyone outside).
    pub last_visit: Option<chrono::DateTime<chrono::Utc>>,
    /// How many people wait for a moderator's answer (moderators only).
    pub requests: u64,
}

/// A community's people as its moderators and members see them.
pub struct CommunityPeople {
    pub access: CommunityAccess,
    pub members: Page<CommunityMember>,
    /// People asking to join, and people invited (moderators only).
    pub requests: Vec<CommunityMember>,
    pub invited: Vec<CommunityMember>,
}

impl Core {
    async fn known_items(&self) -> Result<HashSet<String>> {
        Ok(self
            .taxonomy()
            .await?
            .iter()
            .map(|t| t.code.to_string())
            .collect())
    }

    fn access(
        &self,
        viewer: Option<&User>,
        community: Community,
        standing: Standing,
    ) -> Result<CommunityAccess> {
        let access = CommunityAccess {
            community,
            standing,
            actor: viewer.map(User::actor),
        };
        if access.may(CommunityAction::View) {
            Ok(access)
        } else {
            Err(CoreError::NotFound)
        }
    }

    /// A community as `viewer` meets it; `NotFound` when they may not even
    /// know it exists.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn community_access(
        &self,
        viewer: Option<&User>,
        slug: &str,
    ) -> Result<CommunityAccess> {
        let (community, standing) = self.find_community(viewer, slug).await?;
        self.access(viewer, community, standing)
    }

    /// The same, by id (for what names its community by id: a recording, a
    /// notification).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn community_access_by_id(
        &self,
        viewer: Option<&User>,
        id: CommunityId,
    ) -> Result<CommunityAccess> {
        let (community, standing) = self.find_community_by_id(viewer, id).await?;
        self.access(viewer, community, standing)
    }

    /// A page of the communities `viewer` may find, liveliest first.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn communities(
        &self,
        viewer: Option<&User>,
        f: &CommunityFilter,
    ) -> Result<Page<CommunityCard>> {
        let page = f.page.max(1);
        let directory = self.community_directory().await?;
        let activity = self.community_activity().await?;
        let standings = self.standings(viewer).await?;
        let actor = viewer.map(User::actor);
        let wanted = |c: &Community, standing: Option<Standing>| {
            f.item.as_ref().is_none_or(|i| c.items.contains(i))
                && f.language.is_none_or(|l| c.languages.contains(&l))
                && (!f.mine || standing.is_some())
                && can_in_community(
                    actor.as_ref(),
                    standing.unwrap_or(Standing::Outsider),
                    CommunityAction::View,
                    c.shape(),
                )
        };
        let found: Vec<(&Community, u64, Standing)> = activity
            .iter()
            .filter_map(|(id, _)| directory.by_id(*id))
            .filter_map(|(c, members)| {
                let standing = standings.get(&c.id).copied();
                wanted(c, standing).then_some((c, *members, standing.unwrap_or(Standing::Outsider)))
            })
            .collect();
        let total = found.len() as u64;
        let skip = usize::try_from(u64::from(page - 1) * u64::from(PER_PAGE)).unwrap_or(usize::MAX);
        let items = found
            .into_iter()
            .skip(skip)
            .take(PER_PAGE as usize)
            .map(|(c, members, standing)| CommunityCard {
                community: c.clone(),
                members,
                standing,
            })
            .collect();
        Ok(Page {
            items,
            total,
            page,
            per_page: PER_PAGE,
        })
    }

    /// The communities `viewer` is invited to, liveliest first.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn invitations_of(&self, viewer: &User) -> Result<Vec<CommunityCard>> {
        let standings = self.standings(Some(viewer)).await?;
        if !standings.values().any(|s| *s == Standing::Invited) {
            return Ok(vec![]);
        }
        let directory = self.community_directory().await?;
        let activity = self.community_activity().await?;
        let actor = viewer.actor();
        Ok(activity
            .iter()
            .filter(|(id, _)| standings.get(id) == Some(&Standing::Invited))
            .filter_map(|(id, _)| directory.by_id(*id))
            .filter(|(c, _)| {
                can_in_community(
                    Some(&actor),
                    Standing::Invited,
                    CommunityAction::View,
                    c.shape(),
                )
            })
            .map(|(c, members)| CommunityCard {
                community: c.clone(),
                members: *members,
                standing: Standing::Invited,
            })
            .collect())
    }

    /// A community's own page; records a member's visit.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn community_home(&self, viewer: Option<&User>, slug: &str) -> Result<CommunityHome> {
        let access = self.community_access(viewer, slug).await?;
        let id = access.community.id;
        let (members, member_count) = if access.may(CommunityAction::SeeMembers) {
            let faces = self.community_faces(id).await?;
            (faces.0.clone(), faces.1)
        } else {
            (vec![], 0)
        };
        let last_visit = match viewer {
            Some(u) if access.standing.is_inside() => self.visit(id, u.id).await?,
            _ => None,
        };
        let requests = if access.may(CommunityAction::Moderate) {
            self.store
                .community_people(id, &[Standing::Requested], 0, 0)
                .await?
                .1
        } else {
            0
        };
        Ok(CommunityHome {
            access,
            members,
            member_count,
            last_visit,
            requests,
        })
    }

    /// A community's people: members for those who may see them, and the
    /// requests and invitations waiting for its moderators.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn community_people(
        &self,
        viewer: &User,
        slug: &str,
        page: u32,
    ) -> Result<CommunityPeople> {
        let access = self.community_access(Some(viewer), slug).await?;
        access.require(CommunityAction::SeeMembers)?;
        let id = access.community.id;
        let page = page.max(1);
        let (items, total) = self
            .store
            .community_people(
                id,
                &[Standing::Moderator, Standing::Member],
                PEOPLE_PER_PAGE,
                u64::from(page - 1) * u64::from(PEOPLE_PER_PAGE),
            )
            .await?;
        let (requests, invited) = if access.may(CommunityAction::Moderate) {
            (
                self.store
                    .community_people(id, &[Standing::Requested], 200, 0)
                    .await?
                    .0,
                self.store
                    .community_people(id, &[Standing::Invited], 200, 0)
                    .await?
                    .0,
            )
        } else {
            (vec![], vec![])
        };
        Ok(CommunityPeople {
            access,
            members: Page {
                items,
                total,
                page,
                per_page: PEOPLE_PER_PAGE,
            },
            requests,
            invited,
        })
    }

    /// Creates a community (the Secretariat's to do).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn create_community(
        &self,
        actor: &User,
        input: &CommunityInput,
    ) -> Result<Community> {
        if !can(Some(&actor.actor()), Action::Administer, Resource::Network) {
            return Err(CoreError::Forbidden);
        }
        let (fields, html) = input
            .validate(&self.known_items().await?)
            .map_err(CoreError::Invalid)?;
        let slug = Slug::from_name(&fields.title);
        Ok(self
            .store
            .create_community(&fields, &html, &slug, Some(actor.id))
            .await?)
    }

    /// The community's form, for those who may edit it.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn community_for_edit(&self, actor: &User, slug: &str) -> Result<CommunityAccess> {
        let access = self.community_access(Some(actor), slug).await?;
        access.require(CommunityAction::Edit)?;
        Ok(access)
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn edit_community(
        &self,
        actor: &User,
        slug: &str,
        input: &CommunityInput,
    ) -> Result<Community> {
        let access = self.community_for_edit(actor, slug).await?;
        let (fields, html) = input
            .validate(&self.known_items().await?)
            .map_err(CoreError::Invalid)?;
        Ok(self
            .store
            .update_community(access.community.id, &fields, &html)
            .await?)
    }

    /// Hides a whole community from everyone but the Secretariat, or shows it again.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn set_community_hidden(&self, actor: &User, slug: &str, hidden: bool) -> Result<()> {
        let access = self.community_access(Some(actor), slug).await?;
        access.require(CommunityAction::Appoint)?;
        Ok(self
            .store
            .set_community_hidden(access.community.id, hidden)
            .await?)
    }

    /// Joins at once, or accepts an invitation.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn join_community(&self, actor: &User, slug: &str) -> Result<CommunityAccess> {
        let access = self.community_access(Some(actor), slug).await?;
        if !access.may(CommunityAction::Join) {
            // Already inside: nothing to do.
            if access.standing.is_inside() {
                return Ok(access);
            }
            return Err(CoreError::Forbidden);
        }
        self.store
            .set_standing(access.community.id, actor.id, Standing::Member, None, "")
            .await?;
        self.community_access(Some(actor), slug).await
    }

    /// Asks to join an invite-only community; its moderators answer.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn request_to_join(&self, actor: &User, slug: &str, note: &str) -> Result<()> {
        let access = self.community_access(Some(actor), slug).await?;
        if access.standing == Standing::Requested {
            return Ok(());
        }
        if !access.may(CommunityAction::RequestToJoin) {
            return Err(CoreError::Forbidden);
        }
        let note = note.trim();
        let note = if note.is_empty() {
            String::new()
        } else {
            required_multiline(note, NOTE_MAX).map_err(|k| CoreError::field("note", k))?
        };
        self.store
            .set_standing(
                access.community.id,
                actor.id,
                Standing::Requested,
                None,
                &note,
            )
            .await?;
        self.tell_of_join_request(actor, &access.community).await;
        Ok(())
    }

    /// Leaves, withdraws a request or declines an invitation. A community's
    /// last moderator may leave: the Secretariat still moderates it.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn leave_community(&self, actor: &User, slug: &str) -> Result<()> {
        let access = self.community_access(Some(actor), slug).await?;
        if access.standing == Standing::Outsider {
            return Ok(());
        }
        access.require(CommunityAction::Leave)?;
        self.store
            .set_standing(access.community.id, actor.id, Standing::Outsider, None, "")
            .await?;
        Ok(())
    }

    /// A moderator's answer to a person asking to join.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn answer_join_request(
        &self,
        actor: &User,
        slug: &str,
        person: UserId,
        accept: bool,
    ) -> Result<()> {
        let access = self.community_access(Some(actor), slug).await?;
        access.require(CommunityAction::Moderate)?;
        let id = access.community.id;
        if self.store.standing(id, person).await? != Standing::Requested {
            return Err(CoreError::NotFound);
        }
        let to = if accept {
            Standing::Member
        } else {
            Standing::Outsider
        };
        self.store
            .set_standing(id, person, to, Some(actor.id), "")
            .await?;
        if accept {
            self.tell_of_membership(actor, &access.community, person, MembershipNews::Accepted)
                .await;
        }
        Ok(())
    }

    /// Invites a person of the network, named by their email. They accept
    /// (join) or decline (leave) from the community's page.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn invite_to_community(&self, actor: &User, slug: &str, email: &str) -> Result<User> {
        let access = self.community_access(Some(actor), slug).await?;
        access.require(CommunityAction::Invite)?;
        let email = Email::parse(email).map_err(|k| CoreError::field("email", k))?;
        let person = match self.store.user_auth_by_email(&email).await {
            Ok(a) => a.user,
            Err(minga_store::StoreError::NotFound) => {
                return Err(CoreError::field("email", "error-community-invite-unknown"))
            }
            Err(e) => return Err(e.into()),
        };
        let c = &access.community;
        if person.role == Role::Partner && !c.partners_admitted {
            return Err(CoreError::field(
                "email",
                "error-community-partners-not-admitted",
            ));
        }
        match self.store.standing(c.id, person.id).await? {
            s if s.is_inside() => Err(CoreError::field("email", "error-community-already-member")),
            // Someone who asked is simply let in.
            Standing::Requested => {
                self.store
                    .set_standing(c.id, person.id, Standing::Member, Some(actor.id), "")
                    .await?;
                self.tell_of_membership(actor, c, person.id, MembershipNews::Accepted)
                    .await;
                Ok(person)
            }
            _ => {
                self.store
                    .set_standing(c.id, person.id, Standing::Invited, Some(actor.id), "")
                    .await?;
                self.tell_of_membership(actor, c, person.id, MembershipNews::Invited)
                    .await;
                Ok(person)
            }
        }
    }

    /// Appoints a member as moderator, or makes a moderator a member again
    /// (the Secretariat's to do). A person outside is brought in.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn appoint_moderator(
        &self,
        actor: &User,
        slug: &str,
        person: UserId,
        moderator: bool,
    ) -> Result<()> {
        let access = self.community_access(Some(actor), slug).await?;
        access.require(CommunityAction::Appoint)?;
        let id = access.community.id;
        let standing = self.store.standing(id, person).await?;
        if !standing.is_inside() {
            return Err(CoreError::NotFound);
        }
        let to = if moderator {
            Standing::Moderator
        } else {
            Standing::Member
        };
        self.store
            .set_standing(id, person, to, Some(actor.id), "")
            .await?;
        Ok(())
    }

    /// Takes a member out (moderators and the Secretariat); a moderator is
    /// taken out only by the Secretariat.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn remove_from_community(
        &self,
        actor: &User,
        slug: &str,
        person: UserId,
    ) -> Result<()> {
        let access = self.community_access(Some(actor), slug).await?;
        access.require(CommunityAction::Moderate)?;
        let id = access.community.id;
        match self.store.standing(id, person).await? {
            Standing::Outsider => Err(CoreError::NotFound),
            Standing::Moderator if !access.may(CommunityAction::Appoint) => {
                Err(CoreError::Forbidden)
            }
            _ => {
                self.store
                    .set_standing(id, person, Standing::Outsider, Some(actor.id), "")
                    .await?;
                Ok(())
            }
        }
    }
}
