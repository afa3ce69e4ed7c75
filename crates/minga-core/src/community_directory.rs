//! The communities kept in memory: every page inside a community begins by
//! finding it and the reader's standing in it, and the list filters all of
//! them. Both are read from the store once per change of the communities
//! (creations, edits, standings: `Entity::Community`), not once per page, and
//! checked against the change log on every use, so none is ever stale.
//!
//! The order "liveliest first" moves with every reply, event and recording;
//! it is kept apart (one light query per change of those) so that a busy
//! discussion does not make every page read the whole directory again.

use crate::derived::{lock, Deps, Kept};
use crate::{Core, CoreError, Result};
use chrono::{DateTime, Utc};
use minga_domain::community::{Community, CommunityMember, Standing};
use minga_domain::discussion::{Post, POSTS_PER_PAGE};
use minga_domain::{CommunityId, Entity, TopicId, User, UserId};
use std::collections::HashMap;
use std::sync::Arc;

/// What the directory is made of: communities, their items and standings.
pub const DIRECTORY_DEPS: Deps = &[Entity::Community];
/// What moves a community up the list (`communities.active_at`).
pub const ACTIVITY_DEPS: Deps = &[
    Entity::Community,
    Entity::Topic,
    Entity::Event,
    Entity::Media,
];
/// What the members shown on a community's page are made of (their names,
/// pictures and organisations too).
pub const FACES_DEPS: Deps = &[Entity::Community, Entity::User, Entity::Org];
/// What a page of posts as everyone sees it is made of.
pub const POSTS_DEPS: Deps = &[Entity::Topic, Entity::User, Entity::Org, Entity::File];
/// Pages of posts kept at once (50 posts each: about 100 KB).
const POSTS_KEPT: usize = 1_000;
/// Communities whose faces are kept at once.
const FACES_KEPT: usize = 5_000;
/// People whose standings are kept at once; past this the kept ones go.
const STANDINGS_KEPT: usize = 20_000;

/// Every community with its member count.
pub struct Directory {
    list: Vec<(Community, u64)>,
    by_slug: HashMap<String, usize>,
    by_id: HashMap<CommunityId, usize>,
}

impl Directory {
    fn new(list: Vec<(Community, u64)>) -> Directory {
        let by_slug = list
            .iter()
            .enumerate()
            .map(|(i, (c, _))| (c.slug.to_string(), i))
            .collect();
        let by_id = list
            .iter()
            .enumerate()
            .map(|(i, (c, _))| (c.id, i))
            .collect();
        Directory {
            list,
            by_slug,
            by_id,
        }
    }

    pub fn by_slug(&self, slug: &str) -> Option<&(Community, u64)> {
        self.by_slug.get(slug).map(|&i| &self.list[i])
    }

    pub fn by_id(&self, id: CommunityId) -> Option<&(Community, u64)> {
        self.by_id.get(&id).map(|&i| &self.list[i])
    }
}

/// Communities liveliest first, with when each was last active.
pub type Activity = Vec<(CommunityId, DateTime<Utc>)>;

/// The first members of a community (moderators first) and how many it has.
pub type Faces = (Vec<CommunityMember>, u64);

/// A page of a topic's posts as everyone sees it.
type PostsPage = Vec<Post>;

/// The kept values (a field of `Derived`).
#[derive(Default)]
pub struct KeptDirectory {
    directory: std::sync::Mutex<Kept<(), Arc<Directory>>>,
    activity: std::sync::Mutex<Kept<(), Arc<Activity>>>,
    standings: std::sync::Mutex<Kept<UserId, Arc<HashMap<CommunityId, Standing>>>>,
    faces: std::sync::Mutex<Kept<CommunityId, Arc<Faces>>>,
    posts: std::sync::Mutex<Kept<(TopicId, u32), Arc<PostsPage>>>,
    /// One read of the directory at a time (the others wait for it).
    reading: tokio::sync::Mutex<()>,
}

impl Core {
    /// Every community, as of the latest change.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn community_directory(&self) -> Result<Arc<Directory>> {
        let kept = &self.derived.directory;
        let seq = self.seq_of(DIRECTORY_DEPS).await?;
        if let Some(d) = lock(&kept.directory).get(seq, &()) {
            return Ok(d);
        }
        let _one = kept.reading.lock().await;
        if let Some(d) = lock(&kept.directory).get(seq, &()) {
            return Ok(d);
        }
        let d = Arc::new(Directory::new(self.store.all_communities().await?));
        lock(&kept.directory).put(seq, (), d.clone(), usize::MAX);
        Ok(d)
    }

    /// Communities liveliest first.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn community_activity(&self) -> Result<Arc<Activity>> {
        let kept = &self.derived.directory;
        let seq = self.seq_of(ACTIVITY_DEPS).await?;
        if let Some(a) = lock(&kept.activity).get(seq, &()) {
            return Ok(a);
        }
        let a = Arc::new(self.store.community_activity().await?);
        lock(&kept.activity).put(seq, (), a.clone(), usize::MAX);
        Ok(a)
    }

    /// Where `viewer` stands in each community they have a row in.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn standings(
        &self,
        viewer: Option<&User>,
    ) -> Result<Arc<HashMap<CommunityId, Standing>>> {
        let Some(u) = viewer else {
            return Ok(Arc::default());
        };
        let kept = &self.derived.directory;
        let seq = self.seq_of(DIRECTORY_DEPS).await?;
        if let Some(s) = lock(&kept.standings).get(seq, &u.id) {
            return Ok(s);
        }
        let s = Arc::new(self.store.standings_of(u.id).await?);
        lock(&kept.standings).put(seq, u.id, s.clone(), STANDINGS_KEPT);
        Ok(s)
    }

    /// The first `MEMBERS_PREVIEW` members of a community and its count.
    #[tracing::instrument(level = "debug", skip_all)]
    pub(crate) async fn community_faces(&self, id: CommunityId) -> Result<Arc<Faces>> {
        let kept = &self.derived.directory;
        let seq = self.seq_of(FACES_DEPS).await?;
        if let Some(f) = lock(&kept.faces).get(seq, &id) {
            return Ok(f);
        }
        let f = Arc::new(
            self.store
                .community_people(
                    id,
                    &[Standing::Moderator, Standing::Member],
                    crate::communities::MEMBERS_PREVIEW,
                    0,
                )
                .await?,
        );
        lock(&kept.faces).put(seq, id, f.clone(), FACES_KEPT);
        Ok(f)
    }

    /// Page `page` of a topic's posts with `viewer`'s own reactions marked:
    /// the posts are read once per change for every reader, the marks for
    /// each (concealing hidden posts is the caller's).
    #[tracing::instrument(level = "debug", skip_all)]
    pub(crate) async fn posts_page(
        &self,
        topic: TopicId,
        page: u32,
        viewer: Option<&User>,
    ) -> Result<Vec<Post>> {
        let kept = &self.derived.directory;
        let seq = self.seq_of(POSTS_DEPS).await?;
        let key = (topic, page);
        let found = lock(&kept.posts).get(seq, &key);
        let shared = match found {
            Some(p) => p,
            None => {
                let offset = u64::from(page.max(1) - 1) * u64::from(POSTS_PER_PAGE);
                let p = Arc::new(
                    self.store
                        .posts(topic, None, POSTS_PER_PAGE, offset)
                        .await?,
                );
                lock(&kept.posts).put(seq, key, p.clone(), POSTS_KEPT);
                p
            }
        };
        let mut posts = (*shared).clone();
        if let (Some(u), Some(first), Some(last)) = (viewer, posts.first(), posts.last()) {
            let mine: std::collections::HashSet<_> = self
                .store
                .reactions_of(topic, u.id, first.position, last.position)
                .await?
                .into_iter()
                .collect();
            for p in &mut posts {
                for r in &mut p.reactions {
                    r.2 = mine.contains(&(p.id, r.0));
                }
            }
        }
        Ok(posts)
    }

    /// One community by its slug and where `viewer` stands in it.
    pub(crate) async fn find_community(
        &self,
        viewer: Option<&User>,
        slug: &str,
    ) -> Result<(Community, Standing)> {
        let d = self.community_directory().await?;
        let (c, _) = d.by_slug(slug).ok_or(CoreError::NotFound)?;
        let standing = self.standings(viewer).await?.get(&c.id).copied();
        Ok((c.clone(), standing.unwrap_or(Standing::Outsider)))
    }

    /// The same, by id.
    pub(crate) async fn find_community_by_id(
        &self,
        viewer: Option<&User>,
        id: CommunityId,
    ) -> Result<(Community, Standing)> {
        let d = self.community_directory().await?;
        let (c, _) = d.by_id(id).ok_or(CoreError::NotFound)?;
        let standing = self.standings(viewer).await?.get(&c.id).copied();
        Ok((c.clone(), standing.unwrap_or(Standing::Outsider)))
    }
}
