//! The communities kept in memory: every page inside a community begins by
//! finding it and the reader's standing in it, and the list filters all of
//! them. Both are read from the store once per change of the communities
//! (creations, edits, standings: `Entity::Community`), not once per page, and
//! checked against the change log on every use, so none is ever stale.
//!
//! The order "liveliest first" moves with every reply, event and recording;
//! it is kept apart (one light query per change of those) so that a busy
//! discussion does not make every page read the whole directory again.

use crate::derived::{kept_or, lock, Deps, Kept};
use crate::{Core, CoreError, Result};
use chrono::{DateTime, Utc};
use minga_domain::community::{Community, CommunityMember, Standing};
use minga_domain::discussion::{Post, Reaction, Topic, POSTS_PER_PAGE};
use minga_domain::{CommunityId, Entity, PostId, TopicId, User, UserId};
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
/// What a list of topics as everyone sees it, or one topic, is made of.
pub const TOPICS_DEPS: Deps = &[Entity::Topic, Entity::User];
/// What a community's events preview is made of (the organiser's name too).
pub const EVENTS_DEPS: Deps = &[Entity::Event, Entity::User];
/// What a community's newest recordings are made of.
pub const MEDIA_DEPS: Deps = &[Entity::Media, Entity::Community];
/// An events preview is made again at least this often, and as soon as an
/// upcoming event it shows ends.
const EVENTS_MAX_AGE_MS: i64 = 60_000;
/// Lists of topics, topics, previews and visits kept at once.
const LISTS_KEPT: usize = 5_000;
const TOPICS_KEPT: usize = 20_000;
const VISITS_KEPT: usize = 50_000;
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

    /// Every community with its member count.
    pub fn all(&self) -> impl Iterator<Item = &(Community, u64)> {
        self.list.iter()
    }
}

/// Communities liveliest first, with when each was last active.
pub type Activity = Vec<(CommunityId, DateTime<Utc>)>;

/// The first members of a community (moderators first) and how many it has.
pub type Faces = (Vec<CommunityMember>, u64);

/// A page of a topic's posts as everyone sees it.
type PostsPage = Vec<Post>;

/// A page of a community's topics as everyone sees it, and how many it has.
pub type TopicList = (Vec<Topic>, u64);

/// A community's events preview and when it must be made again.
struct EventsPreview {
    until_ms: i64,
    lists: Arc<crate::events::EventLists>,
}

/// A community's newest recordings.
type Recordings = Vec<minga_store::Media>;

/// When a member's current visit began (ms) and when their previous did.
type Visit = (i64, Option<DateTime<Utc>>);

/// A reader's own reactions on a range of a topic's posts.
type OwnReactions = std::collections::HashSet<(PostId, Reaction)>;

/// The kept values (a field of `Derived`).
#[derive(Default)]
pub struct KeptDirectory {
    directory: std::sync::Mutex<Kept<(), Arc<Directory>>>,
    activity: std::sync::Mutex<Kept<(), Arc<Activity>>>,
    standings: std::sync::Mutex<Kept<UserId, Arc<HashMap<CommunityId, Standing>>>>,
    faces: std::sync::Mutex<Kept<CommunityId, Arc<Faces>>>,
    posts: std::sync::Mutex<Kept<(TopicId, u32), Arc<PostsPage>>>,
    /// A reader's own reactions on a kept page of posts.
    own_reactions: std::sync::Mutex<Kept<(TopicId, UserId, u32), Arc<OwnReactions>>>,
    topic_lists: std::sync::Mutex<Kept<(CommunityId, u32, u64), Arc<TopicList>>>,
    topics: std::sync::Mutex<Kept<TopicId, Arc<Topic>>>,
    events: std::sync::Mutex<Kept<(CommunityId, u32), Arc<EventsPreview>>>,
    media: std::sync::Mutex<Kept<(CommunityId, i64), Arc<Recordings>>>,
    /// Each member's current visit of each community: when it began and
    /// when the previous one did (see `Store::record_visit`).
    visits: std::sync::Mutex<Kept<(CommunityId, UserId), Visit>>,
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
        let seq = self.seq_of(ACTIVITY_DEPS).await?;
        kept_or(
            &self.derived.directory.activity,
            seq,
            (),
            usize::MAX,
            async { Ok(Arc::new(self.store.community_activity().await?)) },
        )
        .await
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
        let seq = self.seq_of(DIRECTORY_DEPS).await?;
        let kept = &self.derived.directory.standings;
        kept_or(kept, seq, u.id, STANDINGS_KEPT, async {
            Ok(Arc::new(self.store.standings_of(u.id).await?))
        })
        .await
    }

    /// The first `MEMBERS_PREVIEW` members of a community and its count.
    #[tracing::instrument(level = "debug", skip_all)]
    pub(crate) async fn community_faces(&self, id: CommunityId) -> Result<Arc<Faces>> {
        let seq = self.seq_of(FACES_DEPS).await?;
        kept_or(&self.derived.directory.faces, seq, id, FACES_KEPT, async {
            let inside = [Standing::Moderator, Standing::Member];
            let preview = crate::communities::MEMBERS_PREVIEW;
            Ok(Arc::new(
                self.store.community_people(id, &inside, preview, 0).await?,
            ))
        })
        .await
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
        let shared = kept_or(&kept.posts, seq, (topic, page), POSTS_KEPT, async {
            let offset = u64::from(page.max(1) - 1) * u64::from(POSTS_PER_PAGE);
            let posts = self.store.posts(topic, None, POSTS_PER_PAGE, offset);
            Ok(Arc::new(posts.await?))
        })
        .await?;
        let mut posts = (*shared).clone();
        if let (Some(u), Some(first), Some(last)) = (viewer, posts.first(), posts.last()) {
            // A reaction is a change of its topic, so the reader's own are
            // kept with the page they mark.
            let own_key = (topic, u.id, page);
            let (from, to) = (first.position, last.position);
            let mine = kept_or(&kept.own_reactions, seq, own_key, VISITS_KEPT, async {
                let own = self.store.reactions_of(topic, u.id, from, to).await?;
                Ok(Arc::new(own.into_iter().collect::<OwnReactions>()))
            })
            .await?;
            for p in &mut posts {
                for r in &mut p.reactions {
                    r.2 = mine.contains(&(p.id, r.0));
                }
            }
        }
        Ok(posts)
    }

    /// A page of a community's topics as everyone sees it (`limit` from
    /// `offset`), and how many there are.
    #[tracing::instrument(level = "debug", skip_all)]
    pub(crate) async fn topic_list(
        &self,
        community: CommunityId,
        limit: u32,
        offset: u64,
    ) -> Result<Arc<TopicList>> {
        let seq = self.seq_of(TOPICS_DEPS).await?;
        let kept = &self.derived.directory.topic_lists;
        kept_or(kept, seq, (community, limit, offset), LISTS_KEPT, async {
            Ok(Arc::new(
                self.store.topic_list(community, limit, offset).await?,
            ))
        })
        .await
    }

    /// One topic, as of the latest change.
    #[tracing::instrument(level = "debug", skip_all)]
    pub(crate) async fn kept_topic(&self, id: TopicId) -> Result<Arc<Topic>> {
        let seq = self.seq_of(TOPICS_DEPS).await?;
        kept_or(
            &self.derived.directory.topics,
            seq,
            id,
            TOPICS_KEPT,
            async { Ok(Arc::new(self.store.topic(id).await?)) },
        )
        .await
    }

    /// A community's upcoming and past events, `limit` of each, as of `now`.
    #[tracing::instrument(level = "debug", skip_all)]
    pub(crate) async fn events_preview(
        &self,
        community: CommunityId,
        now: DateTime<Utc>,
        limit: u32,
    ) -> Result<Arc<crate::events::EventLists>> {
        let kept = &self.derived.directory;
        let seq = self.seq_of(EVENTS_DEPS).await?;
        let now_ms = now.timestamp_millis();
        let key = (community, limit);
        let found = lock(&kept.events).get(seq, &key);
        if let Some(p) = found.filter(|p| now_ms < p.until_ms) {
            return Ok(p.lists.clone());
        }
        let (upcoming, upcoming_total) = self
            .store
            .community_events(community, true, now_ms, limit, 0)
            .await?;
        let (past, past_total) = self
            .store
            .community_events(community, false, now_ms, limit, 0)
            .await?;
        // An upcoming event that ends moves to the past: the preview is
        // made again then (or within a minute, for one it does not show).
        let until_ms = upcoming
            .iter()
            .map(|e| e.ends_at.timestamp_millis())
            .fold(now_ms + EVENTS_MAX_AGE_MS, i64::min);
        let lists = Arc::new(crate::events::EventLists {
            upcoming,
            upcoming_total,
            past,
            past_total,
            may_schedule: false,
        });
        let p = Arc::new(EventsPreview {
            until_ms,
            lists: lists.clone(),
        });
        lock(&kept.events).put(seq, key, p, LISTS_KEPT);
        Ok(lists)
    }

    /// A community's newest `limit` recordings.
    #[tracing::instrument(level = "debug", skip_all)]
    pub(crate) async fn community_media(
        &self,
        community: CommunityId,
        limit: i64,
    ) -> Result<Arc<Vec<minga_store::Media>>> {
        let seq = self.seq_of(MEDIA_DEPS).await?;
        let kept = &self.derived.directory.media;
        kept_or(kept, seq, (community, limit), LISTS_KEPT, async {
            let id = community.to_string();
            Ok(Arc::new(self.store.recent_media(Some(&id), limit).await?))
        })
        .await
    }

    /// Records `user`'s visit of a community they are in, and answers when
    /// their previous visit began. Within a visit (page loads less than
    /// `VISIT_GAP_MS` apart) the answer cannot change, so it is kept: only
    /// the first page of a visit reads and writes the store. (Another app
    /// server cannot have begun a newer visit within the gap either.)
    #[tracing::instrument(level = "debug", skip_all)]
    pub(crate) async fn visit(
        &self,
        community: CommunityId,
        user: UserId,
    ) -> Result<Option<DateTime<Utc>>> {
        let kept = &self.derived.directory;
        let seq = self.seq_of(DIRECTORY_DEPS).await?;
        let key = (community, user);
        let now = Utc::now().timestamp_millis();
        let found = lock(&kept.visits).get(seq, &key);
        if let Some((began, prev)) = found {
            if now - began < minga_store::VISIT_GAP_MS {
                return Ok(prev);
            }
        }
        let Some((began, prev)) = self.store.record_visit(community, user).await? else {
            return Ok(None);
        };
        lock(&kept.visits).put(seq, key, (began, prev), VISITS_KEPT);
        Ok(prev)
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
