//! A person's page: who they are, their organisation, and the communities
//! they take part in — as far as the reader may see each of them.

use crate::{Core, CoreError, Result};
use minga_domain::community::{can_in_community, Community, CommunityAction, Standing};
use minga_domain::people::Picture;
use minga_domain::{can, Action, Org, User, UserId};

pub struct PersonPage {
    pub person: User,
    pub org: Org,
    pub picture: Option<Picture>,
    /// Shown only to those who may see their organisation's contacts.
    pub email: Option<String>,
    /// The communities they are in (or moderate) that the reader may see inside.
    pub communities: Vec<(Community, Standing)>,
}

impl Core {
    /// A person's page for a signed-in reader; `NotFound` for a person taken
    /// out, or whose organisation the reader may not see.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn person_page(&self, viewer: &User, id: UserId) -> Result<PersonPage> {
        let person = self.store.active_user(id).await?;
        let org = self.store.org_by_id(person.org_id).await?;
        let actor = viewer.actor();
        if !can(Some(&actor), Action::View, org.resource()) {
            return Err(CoreError::NotFound);
        }
        let email = can(Some(&actor), Action::ViewContacts, org.resource())
            .then(|| person.email.to_string());
        // A fixed number of reads however many communities they are in:
        // both people's standings, then every community of theirs at once.
        let theirs = self.store.standings_of(person.id).await?;
        let mine = self.store.standings_of(viewer.id).await?;
        let inside: Vec<_> = theirs
            .iter()
            .filter(|(_, s)| s.is_inside())
            .map(|(c, _)| *c)
            .collect();
        let mut communities = Vec::new();
        for c in self.store.communities_by_ids(&inside).await? {
            let my = mine.get(&c.id).copied().unwrap_or(Standing::Outsider);
            if can_in_community(Some(&actor), my, CommunityAction::SeeMembers, c.shape()) {
                let standing = theirs[&c.id];
                communities.push((c, standing));
            }
        }
        communities.sort_by(|a, b| {
            b.0.active_at
                .cmp(&a.0.active_at)
                .then(a.0.slug.as_str().cmp(b.0.slug.as_str()))
        });
        let picture = self.store.picture(&person.id.to_string()).await?;
        Ok(PersonPage {
            person,
            org,
            picture,
            email,
            communities,
        })
    }
}
