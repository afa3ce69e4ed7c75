//! What happens inside a community, told to the people it concerns: the
//! audiences come from discussions and events (who may read, who follows,
//! who muted), the telling from notifications (in-app, and email as each
//! reader chose). Told after the write has committed: a failure to notify
//! is logged and never undoes what was written.

use crate::notifications::Notify;
use crate::Core;
use minga_domain::community::{Community, Standing};
use minga_domain::discussion::page_of;
use minga_domain::event::Event;
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

/// What [`Core::tell_of_membership`] reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MembershipNews {
    /// A moderator or the Secretariat invited the person.
    Invited,
    /// Their request to join was accepted.
    Accepted,
}

impl Core {
    /// A request to join: the community's moderators are told, or the
    /// Secretariat's people when it has none, with a link to the requests on
    /// its members page.
    pub(crate) async fn tell_of_join_request(&self, actor: &User, community: &Community) {
        let result: crate::Result<()> = async {
            let (moderators, _) = self
                .store
                .community_people(community.id, &[Standing::Moderator], 500, 0)
                .await?;
            let mut people: Vec<UserId> = moderators.into_iter().map(|m| m.user).collect();
            if people.is_empty() {
                people = self.secretariat_people().await?;
            }
            let mut params = Params::new();
            params.insert("community".into(), Param::text(&community.title));
            self.notify(&Notify {
                kind: NotificationKind::JoinRequest,
                recipients: &people,
                actor: Some(actor.id),
                community: Some(community.id),
                link: &format!("/communities/{}/members#requests", community.slug),
                params,
                dedupe: &format!(
                    "join_request:{}:{}:{}",
                    community.id,
                    actor.id,
                    chrono::Utc::now().timestamp_millis()
                ),
            })
            .await?;
            Ok(())
        }
        .await;
        if let Err(e) = result {
            tracing::warn!(error = %e, "could not notify of a request to join");
        }
    }

    /// An invitation, or a request accepted: the person is told, with a link
    /// to the community's page (where they accept or decline an invitation).
    /// An invitation names only the community, which its invitee may see:
    /// it is not tied to reading inside (they cannot yet), and nothing of a
    /// hidden community is ever sent.
    pub(crate) async fn tell_of_membership(
        &self,
        actor: &User,
        community: &Community,
        person: UserId,
        news: MembershipNews,
    ) {
        if community.hidden_at.is_some() {
            return;
        }
        let result: crate::Result<()> = async {
            let (event, inside) = match news {
                MembershipNews::Invited => ("invited", None),
                MembershipNews::Accepted => ("accepted", Some(community.id)),
            };
            let mut params = Params::new();
            params.insert("community".into(), Param::text(&community.title));
            params.insert("event".into(), Param::code(event));
            self.notify(&Notify {
                kind: NotificationKind::Membership,
                recipients: &[person],
                actor: Some(actor.id),
                community: inside,
                link: &format!("/communities/{}", community.slug),
                params,
                dedupe: &format!(
                    "{event}:{}:{person}:{}",
                    community.id,
                    chrono::Utc::now().timestamp_millis()
                ),
            })
            .await?;
            Ok(())
        }
        .await;
        if let Err(e) = result {
            tracing::warn!(error = %e, "could not notify of an invitation or acceptance");
        }
    }

    /// An event whose start, end or place changed: the people going and
    /// waiting are told (not the editor, nor anyone who may no longer read
    /// the community).
    pub(crate) async fn tell_of_event_change(
        &self,
        actor: &User,
        community: &Community,
        event: &Event,
    ) {
        let result: crate::Result<()> = async {
            let people = self.store.event_rsvped(event.id).await?;
            if people.is_empty() {
                return Ok(());
            }
            let mut params = Params::new();
            params.insert("title".into(), Param::text(&event.title));
            params.insert("community".into(), Param::text(&community.title));
            self.notify(&Notify {
                kind: NotificationKind::EventChange,
                recipients: &people,
                actor: Some(actor.id),
                community: Some(community.id),
                link: &Core::event_path(community, event.id),
                params,
                dedupe: &format!(
                    "event_change:{}:{}",
                    event.id,
                    chrono::Utc::now().timestamp_millis()
                ),
            })
            .await?;
            Ok(())
        }
        .await;
        if let Err(e) = result {
            tracing::warn!(error = %e, event = %event.id, "could not notify of a moved event");
        }
    }

    /// The Secretariat's people (who coordinate a community with no
    /// moderator).
    pub(crate) async fn secretariat_people(&self) -> crate::Result<Vec<UserId>> {
        let Some(org) = self
            .store
            .first_org_of_kind(minga_domain::OrgKind::Secretariat)
            .await?
        else {
            return Ok(vec![]);
        };
        Ok(self
            .store
            .users_with_role_in(&[org.id], minga_domain::Role::Secretariat)
            .await?
            .into_iter()
            .map(|u| u.id)
            .collect())
    }
}
