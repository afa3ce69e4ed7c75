//! Discussions inside a community: the list of topics, a topic's pages with
//! the reply form, a post's own page (its history, flagging and hiding),
//! editing, and the moderators' queue and log. Every rule is in core
//! (`minga_core::discussions`); handlers read forms and build views.

mod moderation;
mod post;
mod topic;
mod topics;

pub(crate) use topics::TopicRow;

use crate::routes::Routes;
use axum::extract::DefaultBodyLimit;
use axum::handler::Handler;
use axum::routing::{get, post};

pub fn router() -> Routes {
    Routes::new()
        .route("/communities/{slug}/topics", get(topics::list))
        .route(
            "/communities/{slug}/topics/new",
            get(topics::new_show).post(topics::new_submit.layer(DefaultBodyLimit::disable())),
        )
        .route(
            "/communities/{slug}/topics/{id}",
            get(topic::show).post(topic::reply.layer(DefaultBodyLimit::disable())),
        )
        .route(
            "/communities/{slug}/topics/{id}/follow",
            post(topic::follow),
        )
        .route("/communities/{slug}/topics/{id}/react", post(topic::react))
        .route(
            "/communities/{slug}/topics/{id}/moderate",
            post(moderation::topic_act),
        )
        .route(
            "/communities/{slug}/topics/{id}/move",
            post(moderation::move_topic),
        )
        .route(
            "/communities/{slug}/topics/{id}/split",
            post(moderation::split),
        )
        .route("/communities/{slug}/posts/{id}", get(post::show))
        .route(
            "/communities/{slug}/posts/{id}/edit",
            get(post::edit_show).post(post::edit_submit),
        )
        .route("/communities/{slug}/posts/{id}/flag", post(post::flag))
        .route("/communities/{slug}/posts/{id}/hide", post(post::hide))
        .route(
            "/communities/{slug}/posts/{id}/dismiss",
            post(moderation::dismiss),
        )
        .route("/communities/{slug}/flags", get(moderation::flags))
        .route("/communities/{slug}/log", get(moderation::log))
}

/// What a visitor's kept page of discussions is made of: a change to any
/// of these (a reply, a hidden post, a renamed person) makes it again.
pub(crate) const VISITOR_DEPS: &[minga_domain::Entity] = &[
    minga_domain::Entity::Topic,
    minga_domain::Entity::Community,
    minga_domain::Entity::User,
    minga_domain::Entity::Org,
];

/// What a member's kept topic page is made of: a visitor's, and the files
/// attached to posts.
pub(crate) const MEMBER_DEPS: &[minga_domain::Entity] = &[
    minga_domain::Entity::Topic,
    minga_domain::Entity::Community,
    minga_domain::Entity::User,
    minga_domain::Entity::Org,
    minga_domain::Entity::File,
];

/// A page kept for visitors (whose pages hold nothing personal) by the kept
/// layer; a member's topic page and list are kept by their handlers for
/// members in the same state (`kept::kept_for`).
pub(crate) fn answer(
    ctx: &crate::Ctx,
    page: axum::response::Html<String>,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    if ctx.user.is_none() {
        crate::kept::keep(page, VISITOR_DEPS)
    } else {
        page.into_response()
    }
}

/// `?page=` as a page number (anything else is the first page).
pub(crate) fn page_number(raw: Option<&str>) -> Option<u32> {
    raw.and_then(|p| p.parse::<u32>().ok())
        .map(|p| p.clamp(1, 1_000_000))
}
