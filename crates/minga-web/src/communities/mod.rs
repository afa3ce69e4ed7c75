//! Learning Communities: the list, a community's page, its form, and its
//! people (joining, asking, inviting, moderators). Every rule is core's
//! (`Core::community_access`); these handlers only show and ask.

mod edit;
mod list;
mod people;
mod show;

use crate::routes::Routes;
use crate::view::PageCtx;
use axum::routing::{get, post};
use minga_domain::capacity::TaxonomyItem;
use minga_domain::community::{Community, CommunityVisibility};

/// What a visitor's community pages are made of: the communities, their
/// topics, events and recordings, the people and organisations named, the
/// themes. A visitor's page holds nothing personal, so it is kept.
const VISITOR_DEPS: &[minga_domain::Entity] = &[
    minga_domain::Entity::Community,
    minga_domain::Entity::Topic,
    minga_domain::Entity::Event,
    minga_domain::Entity::Media,
    minga_domain::Entity::User,
    minga_domain::Entity::Org,
    minga_domain::Entity::Taxonomy,
];

/// A page kept for visitors (by the kept layer); a member's community page
/// is kept by its handler for members in the same state (`kept::kept_for`).
fn answer(ctx: &crate::Ctx, page: axum::response::Html<String>) -> axum::response::Response {
    use axum::response::IntoResponse;
    if ctx.user.is_none() {
        crate::kept::keep(page, VISITOR_DEPS)
    } else {
        page.into_response()
    }
}

pub fn router() -> Routes {
    Routes::new()
        .route("/communities", get(list::list))
        .route(
            "/communities/new",
            get(edit::new_show).post(edit::new_submit),
        )
        .route("/communities/{slug}", get(show::show))
        .route(
            "/communities/{slug}/edit",
            get(edit::edit_show).post(edit::edit_submit),
        )
        .route("/communities/{slug}/hide", post(edit::hide))
        .route("/communities/{slug}/join", post(show::join))
        .route("/communities/{slug}/leave", post(show::leave))
        .route("/communities/{slug}/request", post(show::request))
        .route("/communities/{slug}/members", get(people::show))
        .route("/communities/{slug}/members/invite", post(people::invite))
        .route(
            "/communities/{slug}/members/{id}/answer",
            post(people::answer),
        )
        .route(
            "/communities/{slug}/members/{id}/remove",
            post(people::remove),
        )
        .route(
            "/communities/{slug}/members/{id}/moderator",
            post(people::moderator),
        )
}

/// What lists and headers say about a community, in the reader's language.
pub struct CommunityLabels {
    pub href: String,
    pub title: String,
    pub visibility: String,
    /// Shown as a badge: members only or invite only.
    pub restricted: bool,
    pub partners: Option<String>,
    pub themes: Vec<String>,
    pub languages: String,
    pub hidden: bool,
}

impl CommunityLabels {
    pub fn new(page: &PageCtx, c: &Community, taxonomy: &[TaxonomyItem]) -> CommunityLabels {
        let l = page.locale;
        CommunityLabels {
            href: format!("/communities/{}", c.slug),
            title: c.title.clone(),
            visibility: page.t(c.visibility.label_key()),
            restricted: c.visibility != CommunityVisibility::Public,
            partners: c
                .partners_admitted
                .then(|| page.t("community-partners-admitted")),
            themes: c
                .items
                .iter()
                .map(|code| {
                    taxonomy
                        .iter()
                        .find(|t| &t.code == code)
                        .map(|t| t.label.get(l).to_string())
                        .unwrap_or_else(|| code.to_string())
                })
                .collect(),
            languages: c
                .languages
                .iter()
                .map(|l| l.native_name())
                .collect::<Vec<_>>()
                .join(" · "),
            hidden: c.hidden_at.is_some(),
        }
    }
}
