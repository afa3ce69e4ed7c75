//! The member directory, organisation profiles, editing and inviting staff.

pub(crate) mod edit;
mod invite;
mod list;
mod people;
mod show;

pub use show::{show_view, FailedRequest};

use crate::routes::Routes;
use axum::extract::DefaultBodyLimit;
use axum::handler::Handler;
use axum::routing::{get, post};

pub fn router() -> Routes {
    Routes::new()
        .route("/orgs", get(list::list))
        .route("/orgs/new", get(edit::new_show).post(edit::new_submit))
        .route("/orgs/{slug}", get(show::show))
        .route(
            "/orgs/{slug}/edit",
            get(edit::edit_show).post(edit::edit_submit),
        )
        .route("/orgs/{slug}/archive", post(edit::archive))
        .route(
            "/orgs/{slug}/invite",
            get(invite::show).post(invite::submit),
        )
        .route(
            "/orgs/{slug}/logo",
            post(edit::logo_upload.layer(DefaultBodyLimit::disable())),
        )
        .route("/orgs/{slug}/logo/remove", post(edit::logo_remove))
        .route("/orgs/{slug}/people", get(people::show))
        .route("/orgs/{slug}/people/{id}/role", post(people::change_role))
        .route("/orgs/{slug}/people/{id}/remove", post(people::remove))
        .route(
            "/orgs/{slug}/people/invitations/{id}/resend",
            post(people::resend),
        )
        .route(
            "/orgs/{slug}/people/invitations/{id}/revoke",
            post(people::revoke),
        )
}

/// Localised labels of an organisation for lists and profiles.
pub struct OrgCard {
    pub href: String,
    pub name: String,
    pub kind: String,
    pub country: String,
    pub region: String,
    pub group: String,
    pub archived: bool,
    /// The logo (small), or the initials; beside the name, so no alt text.
    pub face: crate::pictures::Face,
}

impl OrgCard {
    pub fn new(page: &crate::view::PageCtx, o: &minga_domain::Org) -> OrgCard {
        OrgCard {
            href: format!("/orgs/{}", o.slug),
            name: o.name.clone(),
            kind: page.t(&o.kind.label_key()),
            country: o.country.name(page.locale).to_string(),
            region: page.t(&o.region.label_key()),
            group: page.t(&o.group.label_key()),
            archived: o.archived_at.is_some(),
            face: crate::pictures::Face::new(
                &o.id.to_string(),
                &o.name,
                None,
                crate::pictures::Size::Small,
                String::new(),
            ),
        }
    }

    /// The card with the organisation's logo, when it has one.
    pub fn with_logo(
        mut self,
        o: &minga_domain::Org,
        logo: Option<&minga_domain::people::Picture>,
    ) -> OrgCard {
        if logo.is_some() {
            self.face = crate::pictures::Face::new(
                &o.id.to_string(),
                &o.name,
                logo,
                crate::pictures::Size::Small,
                String::new(),
            );
        }
        self
    }
}
