//! Discussions: topics and replies inside a community. Every use case starts
//! from `Core::community_access`, so a reader who may not read inside gets
//! `NotFound` (an invite-only community's topics never leak), and every
//! topic or post named in a request must belong to the community named in
//! its address.
//!
//! Who should be told of each event is computed here, one function per
//! event (`reply_audience`, `mention_audience`, `new_topic_audience`);
//! the notifications feature sends to the lists they return.

use crate::communities::CommunityAccess;
use crate::{Core, CoreError, Result};
use minga_domain::community::{can_in_community, CommunityAction};
use minga_domain::discussion::{
    audience, handle_of, mentions, page_of, quote, Flag, Follow, Mentioned, ModAct, ModEntry,
    NewPost, Post, PostVersion, Reaction, Topic, TopicLine, TopicReader, POST_MAX, REASON_MAX,
    TITLE_MAX, TOPICS_PER_PAGE,
};
use minga_domain::values::required_multiline;
use minga_domain::{
    required_text, CommunityId, FieldErrors, FileId, OrgId, Page, PostId, Role, TopicId, User,
    UserId,
};
use std::collections::HashMap;

/// Topics shown on a community's own page.
pub const RECENT_TOPICS: u32 = 5;
/// Flags and log lines per page.
pub const QUEUE_MAX: u32 = 200;

/// The address a mention of a person links to: their page.
pub fn person_href(user: UserId) -> String {
    format!("/people/{user}")
}

/// A community's list of topics for one reader.
pub struct TopicList {
    pub access: CommunityAccess,
    pub topics: Page<TopicLine>,
}

/// A page of a topic for one reader.
pub struct TopicPage {
    pub access: CommunityAccess,
    pub topic: Topic,
    pub posts: Vec<Post>,
    pub page: u32,
    pub pages: u32,
    /// Where the reader stands (defaults for visitors), read before this
    /// page marked anything read.
    pub reader: TopicReader,
    /// The first post the reader has not read: its page and position.
    pub first_unread: Option<(u32, i64)>,
    /// What the reply form holds: the draft, with a quote added when asked.
    pub reply_text: String,
    pub may_post: bool,
    pub may_moderate: bool,
    /// Posts the reader may edit (their own, or any for moderators).
    pub viewer: Option<UserId>,
    /// The page of each answered post that is not on this page, by position.
    pub answer_pages: HashMap<i64, u32>,
}

impl TopicPage {
    pub fn may_edit(&self, p: &Post) -> bool {
        self.may_moderate || (self.may_post && Some(p.author) == self.viewer)
    }
}

/// A post on its own page: its community, topic, who last edited it, and
/// its earlier texts, newest first.
pub struct PostHistory {
    pub access: CommunityAccess,
    pub topic: Topic,
    pub post: Post,
    pub editor: Option<String>,
    pub versions: Vec<PostVersion>,
}

/// A reply as typed.
#[derive(Debug, Clone, Default)]
pub struct ReplyInput {
    pub body: String,
    /// The position (in the same topic) of the post this answers.
    pub reply_to: Option<i64>,
    /// Files uploaded with this form (or kept from a form that failed).
    pub files: Vec<FileId>,
}

impl Core {
    /// A topic of the community `access` is about, or `NotFound`.
    async fn topic_in(&self, access: &CommunityAccess, id: TopicId) -> Result<Topic> {
        let t = self.kept_topic(id).await?;
        if t.community != access.community.id {
            return Err(CoreError::NotFound);
        }
        Ok((*t).clone())
    }

    /// A post of a topic of the community `access` is about, or `NotFound`.
    async fn post_in(
        &self,
        access: &CommunityAccess,
        id: PostId,
        viewer: Option<&User>,
    ) -> Result<(Topic, Post)> {
        let p = self.store.post(id, viewer.map(|u| u.id)).await?;
        let t = self.topic_in(access, p.topic).await?;
        Ok((t, p))
    }

    /// A community's topics, a page at a time, with the reader's unread counts.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn topics(&self, viewer: Option<&User>, slug: &str, page: u32) -> Result<TopicList> {
        let access = self.community_access(viewer, slug).await?;
        access.require(CommunityAction::Read)?;
        let page = page.max(1);
        let list = self
            .topic_list(
                access.community.id,
                TOPICS_PER_PAGE,
                u64::from(page - 1) * u64::from(TOPICS_PER_PAGE),
            )
            .await?;
        let items = self.lines_for(viewer, &list.0).await?;
        Ok(TopicList {
            access,
            topics: Page {
                items,
                total: list.1,
                page,
                per_page: TOPICS_PER_PAGE,
            },
        })
    }

    /// Topics as lines for `viewer`, with their unread counts: the topics
    /// are kept for everyone, the counts read for the reader in one query
    /// (a visitor has opened nothing).
    async fn lines_for(&self, viewer: Option<&User>, topics: &[Topic]) -> Result<Vec<TopicLine>> {
        let states = match viewer {
            Some(u) => {
                let ids: Vec<TopicId> = topics.iter().map(|t| t.id).collect();
                self.store.read_states(u.id, &ids).await?
            }
            None => HashMap::new(),
        };
        Ok(topics
            .iter()
            .map(|t| {
                // Never opened: every post is unread.
                let (last_read, unread) = match states.get(&t.id) {
                    Some((last, unread)) => (Some(*last), *unread),
                    None => (None, t.posts),
                };
                TopicLine {
                    topic: t.clone(),
                    last_read,
                    unread,
                }
            })
            .collect())
    }

    /// The latest topics of a community for its own page (empty for those
    /// who may not read inside).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn recent_topics(
        &self,
        viewer: Option<&User>,
        access: &CommunityAccess,
    ) -> Result<Vec<TopicLine>> {
        if !access.may(CommunityAction::Read) {
            return Ok(vec![]);
        }
        // The first page's first few, so that both are one kept list.
        let list = self
            .topic_list(access.community.id, TOPICS_PER_PAGE, 0)
            .await?;
        let recent = &list.0[..list.0.len().min(RECENT_TOPICS as usize)];
        self.lines_for(viewer, recent).await
    }

    /// The new topic form, for those who may post.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn new_topic_form(&self, actor: &User, slug: &str) -> Result<CommunityAccess> {
        let access = self.community_access(Some(actor), slug).await?;
        access.require(CommunityAction::Post)?;
        Ok(access)
    }

    /// Checks and renders a post's text, with its mentions resolved.
    async fn prepare_body(
        &self,
        access: &CommunityAccess,
        field: &'static str,
        raw: &str,
    ) -> std::result::Result<(String, String, Vec<Mentioned>), FieldErrors> {
        let mut e = FieldErrors::new();
        let Some(body) = e.check(field, required_multiline(raw, POST_MAX)) else {
            return Err(e);
        };
        let found = self
            .resolve_mentions(access, &body)
            .await
            .unwrap_or_default();
        let links: HashMap<String, String> = found
            .iter()
            .map(|(m, href)| (m.handle().to_string(), href.clone()))
            .collect();
        match crate::markdown::render_with_mentions(&body, &links) {
            Ok(html) => Ok((body, html, found.into_iter().map(|(m, _)| m).collect())),
            Err(_) => {
                e.add(field, "error-markdown-too-complex");
                Err(e)
            }
        }
    }

    /// Each `@handle` of `body` that names exactly one person who may read
    /// the community (the part of their email before `@`), or else an
    /// organisation by its slug, with the address it links to.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn resolve_mentions(
        &self,
        access: &CommunityAccess,
        body: &str,
    ) -> Result<Vec<(Mentioned, String)>> {
        let c = &access.community;
        let mut out = Vec::new();
        for handle in mentions(body) {
            let readers: Vec<User> = self
                .store
                .people_by_handle(&handle, c.id)
                .await?
                .into_iter()
                .filter(|(u, standing)| {
                    handle_of(u.email.as_str()) == handle
                        && can_in_community(
                            Some(&u.actor()),
                            *standing,
                            CommunityAction::Read,
                            c.shape(),
                        )
                })
                .map(|(u, _)| u)
                .collect();
            if let [u] = readers.as_slice() {
                out.push((
                    Mentioned::Person {
                        handle: handle.clone(),
                        user: u.id,
                    },
                    person_href(u.id),
                ));
                continue;
            }
            if readers.is_empty() {
                if let Ok(org) = self.store.org_by_slug(&handle).await {
                    out.push((
                        Mentioned::Org {
                            handle: handle.clone(),
                            org: org.id,
                            slug: org.slug.to_string(),
                        },
                        format!("/orgs/{}", org.slug),
                    ));
                }
            }
        }
        Ok(out)
    }

    /// Starts a topic; returns its id.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn start_topic(
        &self,
        actor: &User,
        slug: &str,
        title: &str,
        input: &ReplyInput,
    ) -> Result<TopicId> {
        let access = self.new_topic_form(actor, slug).await?;
        let mut e = FieldErrors::new();
        let title = e.check("title", required_text(title, TITLE_MAX));
        let body = match self.prepare_body(&access, "body", &input.body).await {
            Ok(b) => Some(b),
            Err(more) => {
                e.extend(more);
                None
            }
        };
        e.into_result()?;
        let (Some(title), Some((body, body_html, mentions))) = (title, body) else {
            return Err(CoreError::Invalid(FieldErrors::new()));
        };
        let topic = TopicId::new();
        let files = self.own_files(actor, &input.files).await?;
        let post = NewPost {
            id: PostId::new(),
            topic,
            community: access.community.id,
            author: actor.id,
            author_org: actor.org_id,
            reply_to: None,
            body,
            body_html,
            mentions,
            files: files.iter().map(|f| f.id).collect(),
        };
        self.store.create_topic(&title, &post).await?;
        self.tell_of_post(actor, &access.community, topic, &title, post.id, 1, true)
            .await;
        Ok(topic)
    }

    /// A page of a topic (`None`: the page of the reader's first unread
    /// post, or the first). Marks what a signed-in reader sees as read.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn topic_page(
        &self,
        viewer: Option<&User>,
        slug: &str,
        id: TopicId,
        page: Option<u32>,
        quote_post: Option<i64>,
    ) -> Result<TopicPage> {
        let access = self.community_access(viewer, slug).await?;
        access.require(CommunityAction::Read)?;
        let topic = self.topic_in(&access, id).await?;
        let reader = match viewer {
            Some(u) => self.store.topic_reader(id, u.id).await?,
            None => TopicReader::default(),
        };
        let first_unread = match viewer {
            Some(_) if reader.last_read < topic.last_position => {
                match self.store.next_position(id, reader.last_read).await? {
                    Some(p) => Some((page_of(self.store.posts_up_to(id, p).await?), p)),
                    None => None,
                }
            }
            _ => None,
        };
        let pages = minga_domain::discussion::pages(topic.posts);
        // Without a page asked for, the reader lands where they stopped reading.
        let page = page
            .or(first_unread.map(|(p, _)| p))
            .unwrap_or(1)
            .clamp(1, pages);
        let mut posts = self.posts_page(id, page, viewer).await?;
        let may_moderate = access.may(CommunityAction::Moderate);
        let mut answer_pages = HashMap::new();
        let shown = |pos: i64| posts.iter().any(|p| p.position == pos);
        let elsewhere: Vec<i64> = posts
            .iter()
            .filter_map(|p| p.reply_to.as_ref())
            .filter(|a| a.same_topic && !shown(a.position))
            .map(|a| a.position)
            .collect();
        for pos in elsewhere {
            if let std::collections::hash_map::Entry::Vacant(e) = answer_pages.entry(pos) {
                e.insert(page_of(self.store.posts_up_to(id, pos).await?));
            }
        }
        for p in &mut posts {
            conceal(p, viewer, may_moderate);
        }
        if let (Some(u), Some(last)) = (viewer, posts.last()) {
            if last.position > reader.last_read {
                self.store.mark_read(id, u.id, last.position).await?;
            }
        }
        let may_post = access.may(CommunityAction::Post) && (!topic.locked || may_moderate);
        let mut reply_text = reader.draft.clone();
        if let (Some(q), true) = (quote_post, may_post) {
            if let Ok(p) = self.store.post_at(id, q).await.map_err(CoreError::from) {
                let p = self.store.post(p, None).await?;
                if p.hidden.is_none() && p.topic == id {
                    if !reply_text.is_empty() && !reply_text.ends_with("\n\n") {
                        reply_text.push_str("\n\n");
                    }
                    reply_text.push_str(&quote(&p.author_name, &p.body));
                }
            }
        }
        Ok(TopicPage {
            may_post,
            may_moderate,
            viewer: viewer.map(|u| u.id),
            access,
            topic,
            posts,
            page,
            pages,
            reader,
            first_unread,
            reply_text,
            answer_pages,
        })
    }

    /// Replies to a topic; returns the new post's position. On invalid
    /// input what was typed is kept as the reader's draft, so a page
    /// reloaded later still has it.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn reply(
        &self,
        actor: &User,
        slug: &str,
        id: TopicId,
        input: &ReplyInput,
    ) -> Result<i64> {
        let access = self.community_access(Some(actor), slug).await?;
        access.require(CommunityAction::Post)?;
        let topic = self.topic_in(&access, id).await?;
        let may_moderate = access.may(CommunityAction::Moderate);
        if topic.locked && !may_moderate {
            // Locked meanwhile: what was typed waits as a draft.
            if !input.body.trim().is_empty() {
                self.store.save_draft(id, actor.id, &input.body).await?;
            }
            return Err(CoreError::Forbidden);
        }
        let (body, body_html, mentions) =
            match self.prepare_body(&access, "body", &input.body).await {
                Ok(b) => b,
                Err(e) => {
                    if !input.body.trim().is_empty() {
                        self.store.save_draft(id, actor.id, &input.body).await?;
                    }
                    return Err(CoreError::Invalid(e));
                }
            };
        let reply_to = match input.reply_to {
            Some(p) => self.store.post_at(id, p).await.ok(),
            None => None,
        };
        let files = self.own_files(actor, &input.files).await?;
        let post = NewPost {
            id: PostId::new(),
            topic: id,
            community: access.community.id,
            author: actor.id,
            author_org: actor.org_id,
            reply_to,
            body,
            body_html,
            mentions,
            files: files.iter().map(|f| f.id).collect(),
        };
        match self.store.add_post(&post, may_moderate).await {
            Ok(p) => {
                self.tell_of_post(
                    actor,
                    &access.community,
                    id,
                    &topic.title,
                    post.id,
                    p,
                    false,
                )
                .await;
                Ok(p)
            }
            Err(e) => {
                self.store.save_draft(id, actor.id, &input.body).await?;
                Err(e.into())
            }
        }
    }

    /// Keeps the reply form's text on the server ("Save draft").
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn save_reply_draft(
        &self,
        actor: &User,
        slug: &str,
        id: TopicId,
        text: &str,
    ) -> Result<()> {
        let access = self.community_access(Some(actor), slug).await?;
        access.require(CommunityAction::Post)?;
        self.topic_in(&access, id).await?;
        let text: String = text.chars().take(POST_MAX * 2).collect();
        Ok(self.store.save_draft(id, actor.id, &text).await?)
    }

    /// Follows, mutes, or goes back to neither.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn set_topic_follow(
        &self,
        actor: &User,
        slug: &str,
        id: TopicId,
        follow: Follow,
    ) -> Result<()> {
        let access = self.community_access(Some(actor), slug).await?;
        access.require(CommunityAction::Read)?;
        self.topic_in(&access, id).await?;
        Ok(self.store.set_follow(id, actor.id, follow).await?)
    }

    /// Gives or takes back a reaction; returns the topic and the post's
    /// position, to go back to it.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn react(
        &self,
        actor: &User,
        slug: &str,
        topic: TopicId,
        position: i64,
        kind: Reaction,
    ) -> Result<(TopicId, i64)> {
        let access = self.community_access(Some(actor), slug).await?;
        access.require(CommunityAction::Post)?;
        let t = self.topic_in(&access, topic).await?;
        let post = self.store.post_at(t.id, position).await?;
        let p = self.store.post(post, None).await?;
        if p.hidden.is_some() {
            return Err(CoreError::NotFound);
        }
        self.store
            .toggle_reaction(post, t.id, actor.id, kind)
            .await?;
        Ok((t.id, p.position))
    }

    /// A post for its edit form: its author (who may still post) or a moderator.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn post_for_edit(
        &self,
        actor: &User,
        slug: &str,
        post: PostId,
    ) -> Result<(CommunityAccess, Topic, Post)> {
        let access = self.community_access(Some(actor), slug).await?;
        access.require(CommunityAction::Post)?;
        let (t, p) = self.post_in(&access, post, Some(actor)).await?;
        let moderator = access.may(CommunityAction::Moderate);
        if !(moderator || (p.author == actor.id && !t.locked && p.hidden.is_none())) {
            return Err(CoreError::Forbidden);
        }
        Ok((access, t, p))
    }

    /// Replaces a post's text; the old one stays in its history.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn edit_post(
        &self,
        actor: &User,
        slug: &str,
        post: PostId,
        body: &str,
    ) -> Result<(TopicId, i64)> {
        let (access, t, p) = self.post_for_edit(actor, slug, post).await?;
        let (body, html, mentions) = self
            .prepare_body(&access, "body", body)
            .await
            .map_err(CoreError::Invalid)?;
        if body == p.body {
            return Ok((t.id, p.position));
        }
        self.store
            .edit_post(
                &p,
                access.community.id,
                actor.id,
                &body,
                &html,
                &mentions,
                p.author != actor.id,
            )
            .await?;
        Ok((t.id, p.position))
    }

    /// A post and its earlier texts, newest first (for anyone who may read
    /// the post itself).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn post_history(
        &self,
        viewer: Option<&User>,
        slug: &str,
        post: PostId,
    ) -> Result<PostHistory> {
        let access = self.community_access(viewer, slug).await?;
        access.require(CommunityAction::Read)?;
        let (t, mut p) = self.post_in(&access, post, viewer).await?;
        let may_moderate = access.may(CommunityAction::Moderate);
        conceal(&mut p, viewer, may_moderate);
        let versions = if p.hidden.is_some() && p.body_html.is_empty() {
            vec![]
        } else {
            self.store.post_versions(post).await?
        };
        let editor = self.store.post_editor(post).await?;
        Ok(PostHistory {
            access,
            topic: t,
            post: p,
            editor,
            versions,
        })
    }

    /// Flags a post for the moderators, with a reason.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn flag_post(
        &self,
        actor: &User,
        slug: &str,
        post: PostId,
        reason: &str,
    ) -> Result<(TopicId, i64)> {
        let access = self.community_access(Some(actor), slug).await?;
        access.require(CommunityAction::Post)?;
        let (t, p) = self.post_in(&access, post, Some(actor)).await?;
        let reason =
            required_multiline(reason, REASON_MAX).map_err(|k| CoreError::field("reason", k))?;
        self.store
            .flag_post(&p, access.community.id, actor.id, &reason)
            .await?;
        Ok((t.id, p.position))
    }

    /// Hides a post with a reason its author sees, or (`None`) shows it again.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn hide_post(
        &self,
        actor: &User,
        slug: &str,
        post: PostId,
        reason: Option<&str>,
    ) -> Result<(TopicId, i64)> {
        let access = self.community_access(Some(actor), slug).await?;
        access.require(CommunityAction::Moderate)?;
        let (t, p) = self.post_in(&access, post, Some(actor)).await?;
        let reason = reason
            .map(|r| required_multiline(r, REASON_MAX).map_err(|k| CoreError::field("reason", k)))
            .transpose()?;
        self.store
            .set_post_hidden(&p, access.community.id, actor.id, reason.as_deref())
            .await?;
        Ok((t.id, p.position))
    }

    /// Dismisses a post's flags without hiding it.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn dismiss_flags(&self, actor: &User, slug: &str, post: PostId) -> Result<()> {
        let access = self.community_access(Some(actor), slug).await?;
        access.require(CommunityAction::Moderate)?;
        let (_, p) = self.post_in(&access, post, Some(actor)).await?;
        Ok(self
            .store
            .dismiss_flags(&p, access.community.id, actor.id)
            .await?)
    }

    /// Locks, unlocks, pins or unpins a topic.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn moderate_topic(
        &self,
        actor: &User,
        slug: &str,
        id: TopicId,
        act: ModAct,
    ) -> Result<()> {
        if !matches!(
            act,
            ModAct::Lock | ModAct::Unlock | ModAct::Pin | ModAct::Unpin
        ) {
            return Err(CoreError::NotFound);
        }
        let access = self.community_access(Some(actor), slug).await?;
        access.require(CommunityAction::Moderate)?;
        let t = self.topic_in(&access, id).await?;
        Ok(self.store.set_topic_flag(&t, actor.id, act, "").await?)
    }

    /// Moves a topic to another community the actor moderates too.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn move_topic(
        &self,
        actor: &User,
        slug: &str,
        id: TopicId,
        to_slug: &str,
    ) -> Result<String> {
        let access = self.community_access(Some(actor), slug).await?;
        access.require(CommunityAction::Moderate)?;
        let t = self.topic_in(&access, id).await?;
        let to = match self.community_access(Some(actor), to_slug.trim()).await {
            Ok(a) if a.may(CommunityAction::Moderate) => a,
            Ok(_) | Err(CoreError::NotFound) => {
                return Err(CoreError::field("to", "error-topic-move-target"))
            }
            Err(e) => return Err(e),
        };
        if to.community.id == access.community.id {
            return Ok(to.community.slug.to_string());
        }
        self.store
            .move_topic(&t, to.community.id, actor.id, "")
            .await?;
        Ok(to.community.slug.to_string())
    }

    /// Splits the replies at `positions` into a new topic titled `title`.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn split_topic(
        &self,
        actor: &User,
        slug: &str,
        id: TopicId,
        positions: &[i64],
        title: &str,
    ) -> Result<TopicId> {
        let access = self.community_access(Some(actor), slug).await?;
        access.require(CommunityAction::Moderate)?;
        let t = self.topic_in(&access, id).await?;
        let mut e = FieldErrors::new();
        let title = e.check("title", required_text(title, TITLE_MAX));
        if !positions.iter().any(|p| *p > 1) {
            e.add("posts", "error-topic-split-none");
        }
        e.into_result()?;
        let title = title.unwrap_or_default();
        self.store
            .split_topic(&t, positions, &title, actor.id)
            .await
            .map_err(|e| match e {
                minga_store::StoreError::NotFound => {
                    CoreError::field("posts", "error-topic-split-none")
                }
                other => other.into(),
            })
    }

    /// The moderators' queue of flags.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn flag_queue(
        &self,
        actor: &User,
        slug: &str,
    ) -> Result<(CommunityAccess, Vec<Flag>)> {
        let access = self.community_access(Some(actor), slug).await?;
        access.require(CommunityAction::Moderate)?;
        let flags = self
            .store
            .open_flags(access.community.id, QUEUE_MAX)
            .await?;
        Ok((access, flags))
    }

    /// The community's moderation log, for its moderators and the Secretariat.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn moderation_log(
        &self,
        actor: &User,
        slug: &str,
    ) -> Result<(CommunityAccess, Vec<ModEntry>)> {
        let access = self.community_access(Some(actor), slug).await?;
        access.require(CommunityAction::Moderate)?;
        let log = self
            .store
            .moderation_log(access.community.id, QUEUE_MAX, 0)
            .await?;
        Ok((access, log))
    }

    // Who should be told: one function per event. Each returns people who
    // may read the community now, never the author, never those who muted
    // the topic. The notifications feature sends to these lists.

    /// A reply at `post` in `topic`: the topic's followers, minus those who
    /// muted it, minus its author, minus people no longer able to read the
    /// community.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn reply_audience(&self, topic: TopicId, post: PostId) -> Result<Vec<UserId>> {
        let t = self.store.topic(topic).await?;
        let p = self.store.post(post, None).await?;
        let followers = self.store.topic_people(topic, Follow::Following).await?;
        let muted = self.store.topic_people(topic, Follow::Muted).await?;
        let list = audience(&followers, &muted, p.author);
        self.still_readers(t.community, list).await
    }

    /// The people a post mentions (and the admins of organisations it
    /// mentions) who may read the community, minus those who muted the
    /// topic, minus its author.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn mention_audience(&self, post: PostId) -> Result<Vec<UserId>> {
        let p = self.store.post(post, None).await?;
        let t = self.store.topic(p.topic).await?;
        let (mut people, orgs) = self.store.post_mentions(post).await?;
        if !orgs.is_empty() {
            let admins: Vec<OrgId> = orgs;
            for u in self
                .store
                .users_with_role_in(&admins, Role::OrgAdmin)
                .await?
            {
                people.push(u.id);
            }
        }
        let muted = self.store.topic_people(p.topic, Follow::Muted).await?;
        let list = audience(&people, &muted, p.author);
        self.still_readers(t.community, list).await
    }

    /// A new topic: the community's members and moderators, minus its author.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn new_topic_audience(&self, topic: TopicId) -> Result<Vec<UserId>> {
        let t = self.store.topic(topic).await?;
        let insiders: Vec<UserId> = self
            .store
            .community_insiders(t.community)
            .await?
            .into_iter()
            .map(|u| u.id)
            .collect();
        let list = audience(&insiders, &[], t.author);
        self.still_readers(t.community, list).await
    }

    /// Those of `people` who may read the community now.
    async fn still_readers(
        &self,
        community: CommunityId,
        people: Vec<UserId>,
    ) -> Result<Vec<UserId>> {
        let c = self.store.community_by_id(community).await?;
        let mut out = Vec::with_capacity(people.len());
        for id in people {
            let Ok(u) = self.store.user_by_id(id).await else {
                continue;
            };
            let standing = self.store.standing(community, id).await?;
            if can_in_community(Some(&u.actor()), standing, CommunityAction::Read, c.shape()) {
                out.push(id);
            }
        }
        Ok(out)
    }

    /// Whether `actor` may download a file attached to a post: `Some` when
    /// the file belongs to a post (then the answer is whether they may read
    /// its community), `None` when it is no post's.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn may_read_post_file(
        &self,
        actor: Option<&User>,
        file: FileId,
    ) -> Result<Option<bool>> {
        let Some(community) = self.store.file_post_community(file).await? else {
            return Ok(None);
        };
        match self.community_access_by_id(actor, community).await {
            Ok(a) => Ok(Some(a.may(CommunityAction::Read))),
            Err(CoreError::NotFound) => Ok(Some(false)),
            Err(e) => Err(e),
        }
    }
}

/// What a reader sees of a hidden post: its author sees it with the reason,
/// moderators see it all, everyone else only that it was hidden.
fn conceal(p: &mut Post, viewer: Option<&User>, moderator: bool) {
    let Some(h) = &mut p.hidden else {
        return;
    };
    let author = viewer.is_some_and(|u| u.id == p.author);
    if moderator || author {
        return;
    }
    h.reason.clear();
    h.by_name.clear();
    p.body.clear();
    p.body_html.clear();
    p.files.clear();
    p.reactions.clear();
}
