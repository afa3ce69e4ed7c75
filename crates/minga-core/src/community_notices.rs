//! What happens inside a community, told to the people it concerns: the
//! audiences come from discussions and events (who may read, who follows,
//! who muted), the telling from notifications (in-app, and email as each
//! reader chose). Told after the write has committed: a failure to notify
//! is logged and never undoes what was written.

use crate::notifications::Notify;
use crate::Core;
use minga_domain::community::Community;
use minga_domain::discussion::page_of;
use minga_domain::notification::{NotificationKind, Param, Params};
use minga_domain::{EventId, PostId, TopicId, User, UserId};

impl Core {
    /// A new post: the people it mentions are told of the mention; the
    /// others it concerns (a new topic: the community's people; a reply:
    /// the topic's followers who did not mute it) of the topic or reply.
    /// Nobody is told twice of one post.
    #[allow(clippy::too_many_arguments)]
    pub(crate) async fn tell_of_post(
        &self,
        actor: &User,
        community: &Community,
        topic: TopicId,
        title: &str,
        post: PostId,
        position: i64,
        first: bool,
    ) {
        let result: crate::Result<()> = async {
            let link = format!(
                "/communities/{}/topics/{topic}?page={}#p{position}",
                community.slug,
                page_of(u64::try_from(position).unwrap_or(1))
            );
            let mut params = Params::new();
            params.insert("topic".into(), Param::text(title));
            params.insert("community".into(), Param::text(&community.title));
            let mentioned = self.mention_audience(post).await?;
            if !mentioned.is_empty() {
                self.notify(&Notify {
                    kind: NotificationKind::Mention,
                    recipients: &mentioned,
                    actor: Some(actor.id),
                    community: Some(community.id),
                    link: &link,
                    params: params.clone(),
                    dedupe: &format!("mention:{post}"),
                })
                .await?;
            }
            let (kind, others) = if first {
                (
                    NotificationKind::NewTopic,
                    self.new_topic_audience(topic).await?,
                )
            } else {
                (
                    NotificationKind::Reply,
                    self.reply_audience(topic, post).await?,
                )
            };
            let others: Vec<UserId> = others
                .into_iter()
                .filter(|u| !mentioned.contains(u))
                .collect();
            if !others.is_empty() {
                self.notify(&Notify {
                    kind,
                    recipients: &others,
                    actor: Some(actor.id),
                    community: Some(community.id),
                    link: &link,
                    params,
                    dedupe: &format!("{}:{post}", kind.code()),
                })
                .await?;
            }
            Ok(())
        }
        .await;
        if let Err(e) = result {
            tracing::warn!(error = %e, post = %post, "could not notify of a post");
        }
    }

    /// A new event: the community's people who may read it.
    pub(crate) async fn tell_of_event(
        &self,
        actor: &User,
        community: &Community,
        event: EventId,
        title: &str,
        link: &str,
    ) {
        let result: crate::Result<()> = async {
            let people: Vec<UserId> = self
                .event_audience(event)
                .await?
                .into_iter()
                .map(|u| u.id)
                .collect();
            if people.is_empty() {
                return Ok(());
            }
            let mut params = Params::new();
            params.insert("title".into(), Param::text(title));
            params.insert("community".into(), Param::text(&community.title));
            self.notify(&Notify {
                kind: NotificationKind::NewEvent,
                recipients: &people,
                actor: Some(actor.id),
                community: Some(community.id),
                link,
                params,
                dedupe: &format!("new_event:{event}"),
            })
            .await?;
            Ok(())
        }
        .await;
        if let Err(e) = result {
            tracing::warn!(error = %e, event = %event, "could not notify of an event");
        }
    }
}
