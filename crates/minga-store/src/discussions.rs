//! Discussions: topics, posts with a stored position each (so a page of a
//! topic of 2,000 replies is an indexed range), reactions, mentions,
//! attachments, readers (last read, follow, draft), flags and the
//! moderation log. Every write records an `Entity::Topic` change and marks
//! the community active (`communities::touch`) in its transaction.

use crate::communities::touch;
use crate::row::{from_ms, now_ms, parse, placeholders};
use crate::{change_log, Result, Store, StoreError};
use minga_domain::community::Standing;
use minga_domain::discussion::{
    excerpt, Answered, Flag, Follow, Hidden, Mentioned, ModAct, ModEntry, NewPost, Post,
    PostVersion, Reaction, Topic, TopicReader, EXCERPT_CHARS,
};
use minga_domain::files::FileRef;
use minga_domain::{CommunityId, Entity, FlagId, OrgId, PostId, TopicId, User, UserId};
use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};
use std::collections::HashMap;

const TOPIC_COLUMNS: &str = "t.id, t.community_id, t.title, t.author_id, a.name AS author_name, \
     t.created_at, t.last_post_at, t.last_position, t.post_count, t.pinned, t.locked_at";

fn topic_from_row(r: &AnyRow) -> Result<Topic> {
    Ok(Topic {
        id: parse("topic id", r.try_get::<String, _>("id")?.parse())?,
        community: parse(
            "community id",
            r.try_get::<String, _>("community_id")?.parse(),
        )?,
        title: r.try_get("title")?,
        author: parse("user id", r.try_get::<String, _>("author_id")?.parse())?,
        author_name: r.try_get("author_name")?,
        created_at: from_ms(r.try_get("created_at")?),
        last_post_at: from_ms(r.try_get("last_post_at")?),
        last_position: r.try_get("last_position")?,
        posts: u64::try_from(r.try_get::<i64, _>("post_count")?).unwrap_or(0),
        pinned: r.try_get::<i64, _>("pinned")? == 1,
        locked: r.try_get::<Option<i64>, _>("locked_at")?.is_some(),
    })
}

const POST_COLUMNS: &str = "p.id, p.topic_id, p.position, p.author_id, u.name AS author_name, \
     u.email AS author_email, p.author_org, o.name AS org_name, o.slug AS org_slug, p.reply_to, \
     p.body, p.body_html, p.created_at, p.edited_at, p.hidden_at, p.hidden_reason, \
     h.name AS hidden_by_name";
const POST_FROM: &str = "posts p JOIN users u ON u.id = p.author_id \
     JOIN orgs o ON o.id = p.author_org LEFT JOIN users h ON h.id = p.hidden_by";

fn post_from_row(r: &AnyRow) -> Result<(Post, Option<PostId>)> {
    let hidden_at: Option<i64> = r.try_get("hidden_at")?;
    let reply_to: Option<String> = r.try_get("reply_to")?;
    let post = Post {
        id: parse("post id", r.try_get::<String, _>("id")?.parse())?,
        topic: parse("topic id", r.try_get::<String, _>("topic_id")?.parse())?,
        position: r.try_get("position")?,
        author: parse("user id", r.try_get::<String, _>("author_id")?.parse())?,
        author_name: r.try_get("author_name")?,
        author_email: r.try_get("author_email")?,
        org: parse("org id", r.try_get::<String, _>("author_org")?.parse())?,
        org_name: r.try_get("org_name")?,
        org_slug: r.try_get("org_slug")?,
        reply_to: None,
        body: r.try_get("body")?,
        body_html: r.try_get("body_html")?,
        created_at: from_ms(r.try_get("created_at")?),
        edited_at: r.try_get::<Option<i64>, _>("edited_at")?.map(from_ms),
        hidden: match hidden_at {
            Some(at) => Some(Hidden {
                reason: r.try_get("hidden_reason")?,
                by_name: r
                    .try_get::<Option<String>, _>("hidden_by_name")?
                    .unwrap_or_default(),
                at: from_ms(at),
            }),
            None => None,
        },
        reactions: vec![],
        files: vec![],
    };
    let reply_to = reply_to
        .map(|s| parse("post id", s.parse::<PostId>()))
        .transpose()?;
    Ok((post, reply_to))
}

/// Writes a post's mentions and files inside the caller's transaction.
async fn write_post_links(tx: &mut Transaction<'_, Any>, p: &NewPost) -> Result<()> {
    for m in &p.mentions {
        let (user, org) = match m {
            Mentioned::Person { user, .. } => (Some(user.to_string()), None),
            Mentioned::Org { org, .. } => (None, Some(org.to_string())),
        };
        sqlx::query("INSERT INTO post_mentions (post_id, user_id, org_id) VALUES ($1, $2, $3)")
            .bind(p.id.to_string())
            .bind(user)
            .bind(org)
            .execute(&mut **tx)
            .await?;
    }
    for f in &p.files {
        sqlx::query(
            "INSERT INTO post_files (post_id, file_id) SELECT $1, id FROM files \
             WHERE id = $2 AND org_id = $3",
        )
        .bind(p.id.to_string())
        .bind(f.to_string())
        .bind(p.author_org.to_string())
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

async fn insert_post(
    tx: &mut Transaction<'_, Any>,
    p: &NewPost,
    position: i64,
    at: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO posts (id, topic_id, position, author_id, author_org, reply_to, body, \
           body_html, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(p.id.to_string())
    .bind(p.topic.to_string())
    .bind(position)
    .bind(p.author.to_string())
    .bind(p.author_org.to_string())
    .bind(p.reply_to.map(|r| r.to_string()))
    .bind(&p.body)
    .bind(&p.body_html)
    .bind(at)
    .execute(&mut **tx)
    .await?;
    write_post_links(tx, p).await
}

/// The author follows what they wrote in (unless they muted it), has read
/// up to it, and their draft is spent.
async fn after_writing(
    tx: &mut Transaction<'_, Any>,
    topic: TopicId,
    user: UserId,
    position: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO topic_readers (topic_id, user_id, last_read, follow, draft) \
         VALUES ($1, $2, $3, 'following', '') \
         ON CONFLICT (topic_id, user_id) DO UPDATE SET \
           last_read = CASE WHEN topic_readers.last_read > $3 THEN topic_readers.last_read ELSE $3 END, \
           follow = CASE WHEN topic_readers.follow = 'muted' THEN 'muted' ELSE 'following' END, \
           draft = ''",
    )
    .bind(topic.to_string())
    .bind(user.to_string())
    .bind(position)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

async fn log_act(
    tx: &mut Transaction<'_, Any>,
    community: CommunityId,
    actor: UserId,
    act: ModAct,
    topic: Option<TopicId>,
    post: Option<PostId>,
    reason: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO moderation_log (id, community_id, actor_id, act, topic_id, post_id, reason, \
           created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(FlagId::new().to_string())
    .bind(community.to_string())
    .bind(actor.to_string())
    .bind(act.code())
    .bind(topic.map(|t| t.to_string()))
    .bind(post.map(|p| p.to_string()))
    .bind(reason)
    .bind(now_ms())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

impl Store {
    /// Starts a topic with its opening post (position 1).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn create_topic(&self, title: &str, first: &NewPost) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let now = now_ms();
        sqlx::query(
            "INSERT INTO topics (id, community_id, title, author_id, created_at, last_post_at, \
               last_position, post_count) VALUES ($1, $2, $3, $4, $5, $5, 1, 1)",
        )
        .bind(first.topic.to_string())
        .bind(first.community.to_string())
        .bind(title)
        .bind(first.author.to_string())
        .bind(now)
        .execute(&mut *tx)
        .await?;
        insert_post(&mut tx, first, 1, now).await?;
        after_writing(&mut tx, first.topic, first.author, 1).await?;
        touch(&mut tx, first.community, now).await?;
        change_log::record(&mut tx, Entity::Topic, &first.topic.to_string(), "create").await?;
        tx.commit().await?;
        Ok(())
    }

    /// Adds a reply at the topic's next position and returns it. `Conflict`
    /// when the topic was locked (or moved away) meanwhile.
    #[tracing::instrument(level = "debug", skip_all)]
    /// A moderator (`even_if_locked`) may still answer in a locked topic.
    pub async fn add_post(&self, p: &NewPost, even_if_locked: bool) -> Result<i64> {
        let mut tx = self.writer.begin().await?;
        let now = now_ms();
        // The row lock orders writers of one topic, so each takes its own position.
        let done = sqlx::query(
            "UPDATE topics SET last_position = last_position + 1, post_count = post_count + 1, \
               last_post_at = $1 WHERE id = $2 AND community_id = $3 AND (locked_at IS NULL OR $4 = 1)",
        )
        .bind(now)
        .bind(p.topic.to_string())
        .bind(p.community.to_string())
        .bind(i64::from(even_if_locked))
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::Conflict("the topic is locked".into()));
        }
        let (position,): (i64,) = sqlx::query_as("SELECT last_position FROM topics WHERE id = $1")
            .bind(p.topic.to_string())
            .fetch_one(&mut *tx)
            .await?;
        insert_post(&mut tx, p, position, now).await?;
        after_writing(&mut tx, p.topic, p.author, position).await?;
        touch(&mut tx, p.community, now).await?;
        change_log::record(&mut tx, Entity::Topic, &p.topic.to_string(), "reply").await?;
        tx.commit().await?;
        Ok(position)
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn topic(&self, id: TopicId) -> Result<Topic> {
        let sql = format!(
            "SELECT {TOPIC_COLUMNS} FROM topics t JOIN users a ON a.id = t.author_id WHERE t.id = $1"
        );
        let r = sqlx::query(&sql)
            .bind(id.to_string())
            .fetch_optional(&self.reader)
            .await?
            .ok_or(StoreError::NotFound)?;
        topic_from_row(&r)
    }

    /// A page of a community's topics as everyone sees them (pinned first,
    /// then the liveliest), and how many there are; each reader's unread
    /// counts come from [`Store::read_states`].
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn topic_list(
        &self,
        community: CommunityId,
        limit: u32,
        offset: u64,
    ) -> Result<(Vec<Topic>, u64)> {
        let sql = format!(
            "SELECT {TOPIC_COLUMNS} FROM topics t JOIN users a ON a.id = t.author_id \
             WHERE t.community_id = $1 \
             ORDER BY t.pinned DESC, t.last_post_at DESC, t.id LIMIT $2 OFFSET $3"
        );
        let rows = sqlx::query(&sql)
            .bind(community.to_string())
            .bind(i64::from(limit))
            .bind(i64::try_from(offset).unwrap_or(i64::MAX))
            .fetch_all(&self.reader)
            .await?;
        let topics = rows
            .iter()
            .map(topic_from_row)
            .collect::<Result<Vec<_>>>()?;
        let (total,): (i64,) =
            sqlx::query_as("SELECT COUNT(*) FROM topics WHERE community_id = $1")
                .bind(community.to_string())
                .fetch_one(&self.reader)
                .await?;
        Ok((topics, u64::try_from(total).unwrap_or(0)))
    }

    /// Where `reader` stands in each of `topics` they have opened: the last
    /// position read and how many posts came after it (counted only where
    /// something is unread). A topic never opened is absent: all of its
    /// posts are unread.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn read_states(
        &self,
        reader: UserId,
        topics: &[TopicId],
    ) -> Result<HashMap<TopicId, (i64, u64)>> {
        if topics.is_empty() {
            return Ok(HashMap::new());
        }
        let sql = format!(
            "SELECT r.topic_id, r.last_read, \
               CASE WHEN r.last_read >= t.last_position THEN 0 ELSE \
                 (SELECT COUNT(*) FROM posts p WHERE p.topic_id = r.topic_id \
                    AND p.position > r.last_read) END AS unread \
             FROM topic_readers r JOIN topics t ON t.id = r.topic_id \
             WHERE r.user_id = $1 AND r.topic_id IN ({})",
            placeholders(2, topics.len())
        );
        let mut q = sqlx::query_as::<_, (String, i64, i64)>(&sql).bind(reader.to_string());
        for t in topics {
            q = q.bind(t.to_string());
        }
        Ok(q.fetch_all(&self.reader)
            .await?
            .into_iter()
            .filter_map(|(id, last, unread)| {
                Some((id.parse().ok()?, (last, u64::try_from(unread).unwrap_or(0))))
            })
            .collect())
    }

    /// Up to `limit` posts of a topic after skipping `offset`, in order, each
    /// with what it answers, its reactions (and whether `reader` gave each)
    /// and its files. The skip walks the (topic_id, position) index.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn posts(
        &self,
        topic: TopicId,
        reader: Option<UserId>,
        limit: u32,
        offset: u64,
    ) -> Result<Vec<Post>> {
        let sql = format!(
            "SELECT {POST_COLUMNS} FROM {POST_FROM} WHERE p.topic_id = $1 \
             ORDER BY p.position LIMIT $2 OFFSET $3"
        );
        let rows = sqlx::query(&sql)
            .bind(topic.to_string())
            .bind(i64::from(limit))
            .bind(i64::try_from(offset).unwrap_or(i64::MAX))
            .fetch_all(&self.reader)
            .await?;
        let mut posts = Vec::with_capacity(rows.len());
        let mut answers = Vec::new();
        for r in &rows {
            let (p, to) = post_from_row(r)?;
            answers.push(to);
            posts.push(p);
        }
        self.fill_posts(&mut posts, &answers, reader).await?;
        Ok(posts)
    }

    /// The reactions `user` gave to the posts of `topic` between two
    /// positions (a page's own marks, over a page kept for everyone).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn reactions_of(
        &self,
        topic: TopicId,
        user: UserId,
        from: i64,
        to: i64,
    ) -> Result<Vec<(PostId, Reaction)>> {
        let rows: Vec<(String, String)> = sqlx::query_as(
            "SELECT r.post_id, r.kind FROM post_reactions r JOIN posts p ON p.id = r.post_id \
             WHERE r.user_id = $1 AND p.topic_id = $2 AND p.position BETWEEN $3 AND $4",
        )
        .bind(user.to_string())
        .bind(topic.to_string())
        .bind(from)
        .bind(to)
        .fetch_all(&self.reader)
        .await?;
        Ok(rows
            .into_iter()
            .filter_map(|(post, kind)| Some((post.parse().ok()?, Reaction::parse(&kind)?)))
            .collect())
    }

    /// One post, filled like a page's.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn post(&self, id: PostId, reader: Option<UserId>) -> Result<Post> {
        let sql = format!("SELECT {POST_COLUMNS} FROM {POST_FROM} WHERE p.id = $1");
        let r = sqlx::query(&sql)
            .bind(id.to_string())
            .fetch_optional(&self.reader)
            .await?
            .ok_or(StoreError::NotFound)?;
        let (p, to) = post_from_row(&r)?;
        let mut posts = vec![p];
        self.fill_posts(&mut posts, &[to], reader).await?;
        Ok(posts.remove(0))
    }

    async fn fill_posts(
        &self,
        posts: &mut [Post],
        answers: &[Option<PostId>],
        reader: Option<UserId>,
    ) -> Result<()> {
        if posts.is_empty() {
            return Ok(());
        }
        let ids: Vec<String> = posts.iter().map(|p| p.id.to_string()).collect();
        let ph = placeholders(1, ids.len());
        // Reactions: counts, and the reader's own.
        let sql = format!(
            "SELECT post_id, kind, COUNT(*) AS n, \
               SUM(CASE WHEN user_id = ${} THEN 1 ELSE 0 END) AS mine \
             FROM post_reactions WHERE post_id IN ({ph}) GROUP BY post_id, kind",
            ids.len() + 1
        );
        let mut q = sqlx::query(&sql);
        for id in &ids {
            q = q.bind(id);
        }
        let rows = q
            .bind(reader.map(|u| u.to_string()).unwrap_or_default())
            .fetch_all(&self.reader)
            .await?;
        let mut reactions: HashMap<String, Vec<(Reaction, u64, bool)>> = HashMap::new();
        for r in &rows {
            let Some(kind) = Reaction::parse(&r.try_get::<String, _>("kind")?) else {
                continue;
            };
            let mine: i64 = r.try_get("mine")?;
            reactions.entry(r.try_get("post_id")?).or_default().push((
                kind,
                u64::try_from(r.try_get::<i64, _>("n")?).unwrap_or(0),
                mine > 0,
            ));
        }
        // Files.
        let sql = format!(
            "SELECT pf.post_id, f.id, f.name, f.content_type, f.size FROM post_files pf \
             JOIN files f ON f.id = pf.file_id WHERE pf.post_id IN ({ph}) ORDER BY f.name, f.id"
        );
        let mut q = sqlx::query(&sql);
        for id in &ids {
            q = q.bind(id);
        }
        let mut files: HashMap<String, Vec<FileRef>> = HashMap::new();
        for r in q.fetch_all(&self.reader).await? {
            files
                .entry(r.try_get("post_id")?)
                .or_default()
                .push(FileRef {
                    id: parse("file id", r.try_get::<String, _>("id")?.parse())?,
                    name: r.try_get("name")?,
                    content_type: r.try_get("content_type")?,
                    size: u64::try_from(r.try_get::<i64, _>("size")?).unwrap_or(0),
                });
        }
        // What the replies answer.
        let wanted: Vec<String> = answers.iter().flatten().map(|p| p.to_string()).collect();
        let mut answered: HashMap<String, (String, i64, String, String, bool)> = HashMap::new();
        if !wanted.is_empty() {
            let sql = format!(
                "SELECT p.id, p.topic_id, p.position, u.name, p.body, p.hidden_at FROM posts p \
                 JOIN users u ON u.id = p.author_id WHERE p.id IN ({})",
                placeholders(1, wanted.len())
            );
            let mut q = sqlx::query(&sql);
            for id in &wanted {
                q = q.bind(id);
            }
            for r in q.fetch_all(&self.reader).await? {
                let hidden = r.try_get::<Option<i64>, _>("hidden_at")?.is_some();
                let body: String = r.try_get("body")?;
                answered.insert(
                    r.try_get("id")?,
                    (
                        r.try_get("topic_id")?,
                        r.try_get("position")?,
                        r.try_get("name")?,
                        if hidden {
                            String::new()
                        } else {
                            excerpt(&body, EXCERPT_CHARS)
                        },
                        hidden,
                    ),
                );
            }
        }
        for (p, to) in posts.iter_mut().zip(answers) {
            let key = p.id.to_string();
            let mut rs = reactions.remove(&key).unwrap_or_default();
            rs.sort_by_key(|(k, _, _)| *k);
            p.reactions = rs;
            p.files = files.remove(&key).unwrap_or_default();
            if let Some(to) = to {
                if let Some((topic, position, name, text, _)) = answered.get(&to.to_string()) {
                    p.reply_to = Some(Answered {
                        post: *to,
                        position: *position,
                        author_name: name.clone(),
                        excerpt: text.clone(),
                        same_topic: *topic == p.topic.to_string(),
                    });
                }
            }
        }
        Ok(())
    }

    /// How many posts of a topic come at or before `position`: where it
    /// falls among the posts, for the page that shows it.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn posts_up_to(&self, topic: TopicId, position: i64) -> Result<u64> {
        let (n,): (i64,) =
            sqlx::query_as("SELECT COUNT(*) FROM posts WHERE topic_id = $1 AND position <= $2")
                .bind(topic.to_string())
                .bind(position)
                .fetch_one(&self.reader)
                .await?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// The post at `position` in a topic.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn post_at(&self, topic: TopicId, position: i64) -> Result<PostId> {
        let row: Option<(String,)> =
            sqlx::query_as("SELECT id FROM posts WHERE topic_id = $1 AND position = $2")
                .bind(topic.to_string())
                .bind(position)
                .fetch_optional(&self.reader)
                .await?;
        let (id,) = row.ok_or(StoreError::NotFound)?;
        parse("post id", id.parse())
    }

    /// The first position after `after` in a topic, if any.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn next_position(&self, topic: TopicId, after: i64) -> Result<Option<i64>> {
        let row: Option<(i64,)> = sqlx::query_as(
            "SELECT position FROM posts WHERE topic_id = $1 AND position > $2 \
             ORDER BY position LIMIT 1",
        )
        .bind(topic.to_string())
        .bind(after)
        .fetch_optional(&self.reader)
        .await?;
        Ok(row.map(|r| r.0))
    }

    /// Where `user` stands in a topic (defaults when they never opened it).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn topic_reader(&self, topic: TopicId, user: UserId) -> Result<TopicReader> {
        let row: Option<(i64, String, String)> = sqlx::query_as(
            "SELECT last_read, follow, draft FROM topic_readers WHERE topic_id = $1 AND user_id = $2",
        )
        .bind(topic.to_string())
        .bind(user.to_string())
        .fetch_optional(&self.writer)
        .await?;
        Ok(match row {
            None => TopicReader::default(),
            Some((last_read, follow, draft)) => TopicReader {
                last_read,
                follow: Follow::parse(&follow).unwrap_or(Follow::Neutral),
                draft,
            },
        })
    }

    /// Records that `user` read a topic up to `position` (never backwards).
    /// Only the reader's own state: no change is logged.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn mark_read(&self, topic: TopicId, user: UserId, position: i64) -> Result<()> {
        sqlx::query(
            "INSERT INTO topic_readers (topic_id, user_id, last_read) VALUES ($1, $2, $3) \
             ON CONFLICT (topic_id, user_id) DO UPDATE SET last_read = $3 \
             WHERE topic_readers.last_read < $3",
        )
        .bind(topic.to_string())
        .bind(user.to_string())
        .bind(position)
        .execute(&self.writer)
        .await?;
        Ok(())
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn set_follow(&self, topic: TopicId, user: UserId, follow: Follow) -> Result<()> {
        sqlx::query(
            "INSERT INTO topic_readers (topic_id, user_id, follow) VALUES ($1, $2, $3) \
             ON CONFLICT (topic_id, user_id) DO UPDATE SET follow = $3",
        )
        .bind(topic.to_string())
        .bind(user.to_string())
        .bind(follow.code())
        .execute(&self.writer)
        .await?;
        Ok(())
    }

    /// Keeps the reply form's text for `user` in this topic.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn save_draft(&self, topic: TopicId, user: UserId, text: &str) -> Result<()> {
        sqlx::query(
            "INSERT INTO topic_readers (topic_id, user_id, draft) VALUES ($1, $2, $3) \
             ON CONFLICT (topic_id, user_id) DO UPDATE SET draft = $3",
        )
        .bind(topic.to_string())
        .bind(user.to_string())
        .bind(text)
        .execute(&self.writer)
        .await?;
        Ok(())
    }

    /// Gives or takes back one reaction; true when it is now given.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn toggle_reaction(
        &self,
        post: PostId,
        topic: TopicId,
        user: UserId,
        kind: Reaction,
    ) -> Result<bool> {
        let mut tx = self.writer.begin().await?;
        let gone = sqlx::query(
            "DELETE FROM post_reactions WHERE post_id = $1 AND kind = $2 AND user_id = $3",
        )
        .bind(post.to_string())
        .bind(kind.code())
        .bind(user.to_string())
        .execute(&mut *tx)
        .await?;
        let given = gone.rows_affected() == 0;
        if given {
            sqlx::query(
                "INSERT INTO post_reactions (post_id, kind, user_id, created_at) \
                 VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
            )
            .bind(post.to_string())
            .bind(kind.code())
            .bind(user.to_string())
            .bind(now_ms())
            .execute(&mut *tx)
            .await?;
        }
        change_log::record(&mut tx, Entity::Topic, &topic.to_string(), "react").await?;
        tx.commit().await?;
        Ok(given)
    }

    /// Replaces a post's text, keeping the text it had (with who wrote it
    /// and when) as a version; `moderator` logs the edit when it is not the
    /// author's own.
    #[tracing::instrument(level = "debug", skip_all)]
    #[allow(clippy::too_many_arguments)]
    pub async fn edit_post(
        &self,
        post: &Post,
        community: CommunityId,
        by: UserId,
        body: &str,
        body_html: &str,
        mentions: &[Mentioned],
        moderator: bool,
    ) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let prev: (String, String, Option<String>, Option<i64>, String, i64) = sqlx::query_as(
            "SELECT body, body_html, edited_by, edited_at, author_id, created_at FROM posts WHERE id = $1",
        )
        .bind(post.id.to_string())
        .fetch_one(&mut *tx)
        .await?;
        let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM post_versions WHERE post_id = $1")
            .bind(post.id.to_string())
            .fetch_one(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO post_versions (post_id, version, body, body_html, by_user, at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(post.id.to_string())
        .bind(n + 1)
        .bind(&prev.0)
        .bind(&prev.1)
        .bind(prev.2.unwrap_or(prev.4))
        .bind(prev.3.unwrap_or(prev.5))
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE posts SET body = $1, body_html = $2, edited_at = $3, edited_by = $4 WHERE id = $5",
        )
        .bind(body)
        .bind(body_html)
        .bind(now_ms())
        .bind(by.to_string())
        .bind(post.id.to_string())
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM post_mentions WHERE post_id = $1")
            .bind(post.id.to_string())
            .execute(&mut *tx)
            .await?;
        let links = NewPost {
            id: post.id,
            topic: post.topic,
            community,
            author: post.author,
            author_org: post.org,
            reply_to: None,
            body: String::new(),
            body_html: String::new(),
            mentions: mentions.to_vec(),
            files: vec![],
        };
        write_post_links(&mut tx, &links).await?;
        if moderator {
            log_act(
                &mut tx,
                community,
                by,
                ModAct::Edit,
                Some(post.topic),
                Some(post.id),
                "",
            )
            .await?;
        }
        change_log::record(&mut tx, Entity::Topic, &post.topic.to_string(), "edit").await?;
        tx.commit().await?;
        Ok(())
    }

    /// A post's earlier texts, newest first.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn post_versions(&self, post: PostId) -> Result<Vec<PostVersion>> {
        let rows = sqlx::query(
            "SELECT v.body_html, u.name, v.at FROM post_versions v JOIN users u ON u.id = v.by_user \
             WHERE v.post_id = $1 ORDER BY v.version DESC",
        )
        .bind(post.to_string())
        .fetch_all(&self.reader)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(PostVersion {
                    body_html: r.try_get("body_html")?,
                    by_name: r.try_get("name")?,
                    at: from_ms(r.try_get("at")?),
                })
            })
            .collect()
    }

    /// Who last wrote a post's current text (its author, or an editor).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn post_editor(&self, post: PostId) -> Result<Option<String>> {
        let row: Option<(String,)> = sqlx::query_as(
            "SELECT u.name FROM posts p JOIN users u ON u.id = p.edited_by WHERE p.id = $1",
        )
        .bind(post.to_string())
        .fetch_optional(&self.reader)
        .await?;
        Ok(row.map(|r| r.0))
    }

    /// Hides a post with a reason (or shows it again), resolving its open
    /// flags, and logs the act.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn set_post_hidden(
        &self,
        post: &Post,
        community: CommunityId,
        by: UserId,
        hidden: Option<&str>,
    ) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let now = now_ms();
        sqlx::query(
            "UPDATE posts SET hidden_at = $1, hidden_by = $2, hidden_reason = $3 WHERE id = $4",
        )
        .bind(hidden.map(|_| now))
        .bind(hidden.map(|_| by.to_string()))
        .bind(hidden.unwrap_or(""))
        .bind(post.id.to_string())
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE post_flags SET resolved_at = $1, resolved_by = $2 \
             WHERE post_id = $3 AND resolved_at IS NULL",
        )
        .bind(now)
        .bind(by.to_string())
        .bind(post.id.to_string())
        .execute(&mut *tx)
        .await?;
        let act = if hidden.is_some() {
            ModAct::Hide
        } else {
            ModAct::Unhide
        };
        log_act(
            &mut tx,
            community,
            by,
            act,
            Some(post.topic),
            Some(post.id),
            hidden.unwrap_or(""),
        )
        .await?;
        change_log::record(&mut tx, Entity::Topic, &post.topic.to_string(), act.code()).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Locks or pins a topic (or undoes it), and logs the act.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn set_topic_flag(
        &self,
        topic: &Topic,
        by: UserId,
        act: ModAct,
        reason: &str,
    ) -> Result<()> {
        let (sql, value) = match act {
            ModAct::Lock => (
                "UPDATE topics SET locked_at = $1 WHERE id = $2",
                Some(now_ms()),
            ),
            ModAct::Unlock => ("UPDATE topics SET locked_at = $1 WHERE id = $2", None),
            ModAct::Pin => ("UPDATE topics SET pinned = $1 WHERE id = $2", Some(1)),
            ModAct::Unpin => ("UPDATE topics SET pinned = $1 WHERE id = $2", Some(0)),
            _ => return Err(StoreError::Conflict("not a topic act".into())),
        };
        let mut tx = self.writer.begin().await?;
        sqlx::query(sql)
            .bind(value)
            .bind(topic.id.to_string())
            .execute(&mut *tx)
            .await?;
        log_act(
            &mut tx,
            topic.community,
            by,
            act,
            Some(topic.id),
            None,
            reason,
        )
        .await?;
        change_log::record(&mut tx, Entity::Topic, &topic.id.to_string(), act.code()).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Moves a topic to another community; both logs record it.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn move_topic(
        &self,
        topic: &Topic,
        to: CommunityId,
        by: UserId,
        reason: &str,
    ) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let now = now_ms();
        sqlx::query("UPDATE topics SET community_id = $1 WHERE id = $2")
            .bind(to.to_string())
            .bind(topic.id.to_string())
            .execute(&mut *tx)
            .await?;
        sqlx::query("UPDATE post_flags SET community_id = $1 WHERE post_id IN (SELECT id FROM posts WHERE topic_id = $2)")
            .bind(to.to_string())
            .bind(topic.id.to_string())
            .execute(&mut *tx)
            .await?;
        log_act(
            &mut tx,
            topic.community,
            by,
            ModAct::Move,
            Some(topic.id),
            None,
            reason,
        )
        .await?;
        log_act(&mut tx, to, by, ModAct::Move, Some(topic.id), None, reason).await?;
        touch(&mut tx, to, now).await?;
        change_log::record(&mut tx, Entity::Topic, &topic.id.to_string(), "move").await?;
        tx.commit().await?;
        Ok(())
    }

    /// Takes the posts at `positions` (not the opening post) out of a topic
    /// into a new one titled `title`, numbered from 1 in their order; the
    /// first of them becomes its opening post. Returns the new topic.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn split_topic(
        &self,
        topic: &Topic,
        positions: &[i64],
        title: &str,
        by: UserId,
    ) -> Result<TopicId> {
        let mut positions: Vec<i64> = positions.iter().copied().filter(|p| *p > 1).collect();
        positions.sort_unstable();
        positions.dedup();
        if positions.is_empty() {
            return Err(StoreError::NotFound);
        }
        let mut tx = self.writer.begin().await?;
        let sql = format!(
            "SELECT id, author_id, created_at FROM posts WHERE topic_id = $1 AND position IN ({}) \
             ORDER BY position",
            placeholders(2, positions.len())
        );
        let mut q = sqlx::query_as::<_, (String, String, i64)>(&sql).bind(topic.id.to_string());
        for p in &positions {
            q = q.bind(*p);
        }
        let moving = q.fetch_all(&mut *tx).await?;
        let (Some(first), Some(last)) = (moving.first().cloned(), moving.last().cloned()) else {
            return Err(StoreError::NotFound);
        };
        let new = TopicId::new();
        let n = i64::try_from(moving.len()).unwrap_or(i64::MAX);
        sqlx::query(
            "INSERT INTO topics (id, community_id, title, author_id, created_at, last_post_at, \
               last_position, post_count) VALUES ($1, $2, $3, $4, $5, $6, $7, $7)",
        )
        .bind(new.to_string())
        .bind(topic.community.to_string())
        .bind(title)
        .bind(&first.1)
        .bind(first.2)
        .bind(last.2)
        .bind(n)
        .execute(&mut *tx)
        .await?;
        for (i, (id, _, _)) in moving.iter().enumerate() {
            sqlx::query("UPDATE posts SET topic_id = $1, position = $2 WHERE id = $3")
                .bind(new.to_string())
                .bind(i64::try_from(i).unwrap_or(0) + 1)
                .bind(id)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query(
            "UPDATE topics SET post_count = post_count - $1, \
               last_post_at = COALESCE((SELECT MAX(created_at) FROM posts WHERE topic_id = $2), last_post_at) \
             WHERE id = $2",
        )
        .bind(n)
        .bind(topic.id.to_string())
        .execute(&mut *tx)
        .await?;
        log_act(
            &mut tx,
            topic.community,
            by,
            ModAct::Split,
            Some(topic.id),
            None,
            "",
        )
        .await?;
        change_log::record(&mut tx, Entity::Topic, &topic.id.to_string(), "split").await?;
        change_log::record(&mut tx, Entity::Topic, &new.to_string(), "create").await?;
        tx.commit().await?;
        Ok(new)
    }

    /// Flags a post for the community's moderators.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn flag_post(
        &self,
        post: &Post,
        community: CommunityId,
        by: UserId,
        reason: &str,
    ) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        // One open flag per person and post: flagging again changes nothing.
        sqlx::query(
            "INSERT INTO post_flags (id, post_id, community_id, by_user, reason, created_at) \
             SELECT $1, $2, $3, $4, $5, $6 WHERE NOT EXISTS (SELECT 1 FROM post_flags \
               WHERE post_id = $2 AND by_user = $4 AND resolved_at IS NULL)",
        )
        .bind(FlagId::new().to_string())
        .bind(post.id.to_string())
        .bind(community.to_string())
        .bind(by.to_string())
        .bind(reason)
        .bind(now_ms())
        .execute(&mut *tx)
        .await?;
        change_log::record(&mut tx, Entity::Topic, &post.topic.to_string(), "flag").await?;
        tx.commit().await?;
        Ok(())
    }

    /// Flags waiting in a community's queue, oldest first.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn open_flags(&self, community: CommunityId, limit: u32) -> Result<Vec<Flag>> {
        let rows = sqlx::query(
            "SELECT f.id, f.post_id, p.topic_id, t.title, p.position, u.name, f.reason, p.body, \
               f.created_at FROM post_flags f JOIN posts p ON p.id = f.post_id \
             JOIN topics t ON t.id = p.topic_id JOIN users u ON u.id = f.by_user \
             WHERE f.community_id = $1 AND f.resolved_at IS NULL \
             ORDER BY f.created_at, f.id LIMIT $2",
        )
        .bind(community.to_string())
        .bind(i64::from(limit))
        .fetch_all(&self.reader)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(Flag {
                    id: parse("flag id", r.try_get::<String, _>("id")?.parse())?,
                    post: parse("post id", r.try_get::<String, _>("post_id")?.parse())?,
                    topic: parse("topic id", r.try_get::<String, _>("topic_id")?.parse())?,
                    topic_title: r.try_get("title")?,
                    position: r.try_get("position")?,
                    by_name: r.try_get("name")?,
                    reason: r.try_get("reason")?,
                    excerpt: excerpt(&r.try_get::<String, _>("body")?, EXCERPT_CHARS),
                    at: from_ms(r.try_get("created_at")?),
                })
            })
            .collect()
    }

    /// Dismisses a post's open flags without hiding it; logs the act.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn dismiss_flags(
        &self,
        post: &Post,
        community: CommunityId,
        by: UserId,
    ) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let done = sqlx::query(
            "UPDATE post_flags SET resolved_at = $1, resolved_by = $2 \
             WHERE post_id = $3 AND resolved_at IS NULL",
        )
        .bind(now_ms())
        .bind(by.to_string())
        .bind(post.id.to_string())
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        log_act(
            &mut tx,
            community,
            by,
            ModAct::Dismiss,
            Some(post.topic),
            Some(post.id),
            "",
        )
        .await?;
        change_log::record(&mut tx, Entity::Topic, &post.topic.to_string(), "dismiss").await?;
        tx.commit().await?;
        Ok(())
    }

    /// A community's moderation log, newest first.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn moderation_log(
        &self,
        community: CommunityId,
        limit: u32,
        offset: u64,
    ) -> Result<Vec<ModEntry>> {
        let rows = sqlx::query(
            "SELECT l.act, u.name, l.topic_id, t.title, p.position, l.reason, l.created_at \
             FROM moderation_log l JOIN users u ON u.id = l.actor_id \
             LEFT JOIN topics t ON t.id = l.topic_id LEFT JOIN posts p ON p.id = l.post_id \
             WHERE l.community_id = $1 ORDER BY l.created_at DESC, l.id DESC LIMIT $2 OFFSET $3",
        )
        .bind(community.to_string())
        .bind(i64::from(limit))
        .bind(i64::try_from(offset).unwrap_or(i64::MAX))
        .fetch_all(&self.reader)
        .await?;
        let mut out = Vec::new();
        for r in &rows {
            let Some(act) = ModAct::parse(&r.try_get::<String, _>("act")?) else {
                continue;
            };
            out.push(ModEntry {
                act,
                actor_name: r.try_get("name")?,
                topic: r
                    .try_get::<Option<String>, _>("topic_id")?
                    .map(|s| parse("topic id", s.parse()))
                    .transpose()?,
                topic_title: r.try_get::<Option<String>, _>("title")?.unwrap_or_default(),
                position: r.try_get("position")?,
                reason: r.try_get("reason")?,
                at: from_ms(r.try_get("created_at")?),
            });
        }
        Ok(out)
    }

    /// People of a topic by how they follow it.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn topic_people(&self, topic: TopicId, follow: Follow) -> Result<Vec<UserId>> {
        let rows: Vec<(String,)> = sqlx::query_as(
            "SELECT user_id FROM topic_readers WHERE topic_id = $1 AND follow = $2 ORDER BY user_id",
        )
        .bind(topic.to_string())
        .bind(follow.code())
        .fetch_all(&self.reader)
        .await?;
        rows.into_iter()
            .map(|(u,)| parse("user id", u.parse()))
            .collect()
    }

    /// People (not removed) whose email begins with `handle@`, with their
    /// standing in `community`.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn people_by_handle(
        &self,
        handle: &str,
        community: CommunityId,
    ) -> Result<Vec<(User, Standing)>> {
        let pattern = format!(
            "{}@%",
            handle
                .replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_")
        );
        let sql = format!(
            "SELECT {}, m.standing FROM users u LEFT JOIN community_members m \
               ON m.user_id = u.id AND m.community_id = $2 \
             WHERE u.email_folded LIKE $1 ESCAPE '\\' AND u.removed_at IS NULL ORDER BY u.created_at, u.id LIMIT 20",
            crate::users::COLUMNS
        );
        let rows = sqlx::query(&sql)
            .bind(pattern)
            .bind(community.to_string())
            .fetch_all(&self.reader)
            .await?;
        let mut out = Vec::new();
        for r in &rows {
            let standing = r
                .try_get::<Option<String>, _>("standing")?
                .and_then(|s| Standing::parse(&s))
                .unwrap_or(Standing::Outsider);
            out.push((crate::users::user_from_row(r)?, standing));
        }
        Ok(out)
    }

    /// The people and organisations a post mentions.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn post_mentions(&self, post: PostId) -> Result<(Vec<UserId>, Vec<OrgId>)> {
        let rows: Vec<(Option<String>, Option<String>)> =
            sqlx::query_as("SELECT user_id, org_id FROM post_mentions WHERE post_id = $1")
                .bind(post.to_string())
                .fetch_all(&self.reader)
                .await?;
        let mut users = Vec::new();
        let mut orgs = Vec::new();
        for (u, o) in rows {
            if let Some(u) = u {
                users.push(parse("user id", u.parse())?);
            }
            if let Some(o) = o {
                orgs.push(parse("org id", o.parse())?);
            }
        }
        Ok((users, orgs))
    }

    /// The community (and its topic) a file is attached to through a post.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn file_post_community(
        &self,
        file: minga_domain::FileId,
    ) -> Result<Option<CommunityId>> {
        let row: Option<(String,)> = sqlx::query_as(
            "SELECT t.community_id FROM post_files pf JOIN posts p ON p.id = pf.post_id \
             JOIN topics t ON t.id = p.topic_id WHERE pf.file_id = $1 AND p.hidden_at IS NULL LIMIT 1",
        )
        .bind(file.to_string())
        .fetch_optional(&self.reader)
        .await?;
        row.map(|(c,)| parse("community id", c.parse())).transpose()
    }
}

/// One topic of a benchmark network: its community, title, and the people
/// (with their organisations) who write its posts in turn.
pub struct BulkTopic {
    pub community: CommunityId,
    pub title: String,
    pub posts: u32,
}

impl Store {
    /// Many topics and posts at once (benchmark networks): multi-row inserts
    /// in one transaction per call, authors taken in turn from `authors`,
    /// every post the same short Markdown.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn add_topics_bulk(
        &self,
        topics: &[BulkTopic],
        authors: &[(UserId, OrgId)],
        body: &str,
        body_html: &str,
    ) -> Result<Vec<TopicId>> {
        let mut tx = self.writer.begin().await?;
        let now = now_ms();
        let mut ids = Vec::with_capacity(topics.len());
        let mut rows: Vec<(String, String, i64, UserId, OrgId, i64)> = Vec::new();
        let mut k = 0usize;
        for t in topics {
            let id = TopicId::new();
            let first = authors[k % authors.len().max(1)];
            sqlx::query(
                "INSERT INTO topics (id, community_id, title, author_id, created_at, last_post_at, \
                   last_position, post_count) VALUES ($1, $2, $3, $4, $5, $5, $6, $6)",
            )
            .bind(id.to_string())
            .bind(t.community.to_string())
            .bind(&t.title)
            .bind(first.0.to_string())
            .bind(now)
            .bind(i64::from(t.posts))
            .execute(&mut *tx)
            .await?;
            for position in 1..=i64::from(t.posts) {
                let (author, org) = authors[k % authors.len().max(1)];
                k += 1;
                rows.push((
                    PostId::new().to_string(),
                    id.to_string(),
                    position,
                    author,
                    org,
                    now - 1000 * (i64::from(t.posts) - position),
                ));
            }
            ids.push(id);
        }
        // Eight values a row; 500 rows a statement stays far below every
        // database's limit on bound values.
        for chunk in rows.chunks(500) {
            let values: Vec<String> = (0..chunk.len())
                .map(|i| {
                    let b = i * 8;
                    format!(
                        "(${}, ${}, ${}, ${}, ${}, ${}, ${}, ${})",
                        b + 1,
                        b + 2,
                        b + 3,
                        b + 4,
                        b + 5,
                        b + 6,
                        b + 7,
                        b + 8
                    )
                })
                .collect();
            let sql = format!(
                "INSERT INTO posts (id, topic_id, position, author_id, author_org, body, body_html, created_at) VALUES {}",
                values.join(", ")
            );
            let mut q = sqlx::query(&sql);
            for (id, topic, position, author, org, at) in chunk {
                q = q
                    .bind(id)
                    .bind(topic)
                    .bind(*position)
                    .bind(author.to_string())
                    .bind(org.to_string())
                    .bind(body)
                    .bind(body_html)
                    .bind(*at);
            }
            q.execute(&mut *tx).await?;
        }
        change_log::record(&mut tx, Entity::Topic, "bulk", "create").await?;
        tx.commit().await?;
        Ok(ids)
    }
}
