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
        // From the communities kept in memory, liveliest first: no read per
        // community, however many they are in.
        let theirs = self.standings(Some(&person)).await?;
        let mine = self.standings(Some(viewer)).await?;
        let directory = self.community_directory().await?;
        let mut communities = Vec::new();
        for (id, _) in self.community_activity().await?.iter() {
            let Some(standing) = theirs.get(id).copied().filter(|s| s.is_inside()) else {
                continue;
            };
            let Some((c, _)) = directory.by_id(*id) else {
                continue;
            };
            let my = mine.get(id).copied().unwrap_or(Standing::Outsider);
            if can_in_community(Some(&actor), my, CommunityAction::SeeMembers, c.shape()) {
                communities.push((c.clone(), standing));
            }
        }
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
