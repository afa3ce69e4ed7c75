//! An organisation's people, as its admins and the Secretariat manage them:
//! who is in it with which role, the invitations still waiting, changing a
//! role, taking someone out, sending an invitation again or revoking it.
//! Every check is here (the policy's `ManagePeople`, and an organisation
//! never loses its last administrator), none in the web layer.

use crate::{Core, CoreError, Result};
use minga_domain::people::Picture;
use minga_domain::{can, Action, Invitation, InvitationId, Org, Role, User, UserId};
use minga_store::PeopleChange;
use std::collections::HashMap;

/// What the people page shows.
#[derive(Debug, Clone)]
pub struct People {
    pub org: Org,
    pub people: Vec<User>,
    pub invitations: Vec<Invitation>,
    /// The roles the actor may give here (to a person or an invitation).
    pub roles: Vec<Role>,
    /// Avatars of the people who have one, by id.
    pub pictures: HashMap<String, Picture>,
}

impl Core {
    /// The organisation `slug` if `actor` may manage its people: `NotFound`
    /// when they may not even see it, `Forbidden` when they see it only.
    async fn org_for_people(&self, actor: &User, slug: &str) -> Result<Org> {
        let org = self.store.org_by_slug(slug).await?;
        let a = actor.actor();
        if !can(Some(&a), Action::View, org.resource()) {
            return Err(CoreError::NotFound);
        }
        if !can(Some(&a), Action::ManagePeople, org.resource()) {
            return Err(CoreError::Forbidden);
        }
        Ok(org)
    }

    /// Whether `actor` may manage the people of `org` (for links to the page).
    pub fn may_manage_people(&self, actor: &User, org: &Org) -> bool {
        can(Some(&actor.actor()), Action::ManagePeople, org.resource())
    }

    /// The people of an organisation and its waiting invitations.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn people(&self, actor: &User, slug: &str) -> Result<People> {
        let org = self.org_for_people(actor, slug).await?;
        let people = self.store.users_of_org(org.id).await?;
        let ids: Vec<String> = people.iter().map(|u| u.id.to_string()).collect();
        Ok(People {
            invitations: self.store.pending_invitations(org.id).await?,
            roles: self.invitable_roles(actor, &org),
            pictures: self.store.pictures_of(&ids).await?,
            people,
            org,
        })
    }

    /// Gives a person of the organisation another role among those the
    /// actor may give. Errors are named `role-<person's id>`, for the
    /// message beside that person's role.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn change_role(
        &self,
        actor: &User,
        slug: &str,
        person: UserId,
        role: &str,
    ) -> Result<()> {
        let org = self.org_for_people(actor, slug).await?;
        let field = format!("role-{person}");
        let role = Role::parse(role)
            .filter(|r| self.invitable_roles(actor, &org).contains(r))
            .ok_or_else(|| CoreError::field(field.clone(), "error-choose-option"))?;
        match self.store.set_user_role(org.id, person, role).await? {
            PeopleChange::Done => Ok(()),
            PeopleChange::LastAdmin => Err(CoreError::field(field, "error-last-admin-role")),
        }
    }

    /// Takes a person out of the organisation: they can no longer sign in,
    /// and what they wrote stays, under their name.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn remove_person(&self, actor: &User, slug: &str, person: UserId) -> Result<()> {
        let org = self.org_for_people(actor, slug).await?;
        match self.store.remove_user(org.id, person).await? {
            PeopleChange::Done => Ok(()),
            PeopleChange::LastAdmin => Err(CoreError::field(
                format!("remove-{person}"),
                "error-last-admin-remove",
            )),
        }
    }

    /// A waiting invitation of the organisation the actor may send again
    /// or revoke (they must be allowed to invite with its role).
    async fn invitation_to_manage(
        &self,
        actor: &User,
        org: &Org,
        id: InvitationId,
    ) -> Result<Invitation> {
        let inv = self.store.invitation_by_id(id).await?;
        if inv.org_id != org.id {
            return Err(CoreError::NotFound);
        }
        if !can(
            Some(&actor.actor()),
            Action::Invite(inv.role),
            org.resource(),
        ) {
            return Err(CoreError::Forbidden);
        }
        Ok(inv)
    }

    /// Sends a waiting invitation again: a new email with a new link, in the
    /// invitee's language; the old link stops working. Returns the new secret.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn resend_invitation(
        &self,
        actor: &User,
        slug: &str,
        id: InvitationId,
    ) -> Result<String> {
        let org = self.org_for_people(actor, slug).await?;
        let inv = self.invitation_to_manage(actor, &org, id).await?;
        self.renew_invitation(&org, &inv, inv.role, inv.locale, &actor.name)
            .await
    }

    /// Revokes a waiting invitation: its link stops working.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn revoke_invitation(
        &self,
        actor: &User,
        slug: &str,
        id: InvitationId,
    ) -> Result<()> {
        let org = self.org_for_people(actor, slug).await?;
        let inv = self.invitation_to_manage(actor, &org, id).await?;
        Ok(self.store.revoke_invitation(org.id, inv.id).await?)
    }
}
