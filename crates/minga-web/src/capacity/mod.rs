//! The map of capacities: an organisation's profile, its peer matches, the
//! Secretariat's mapping rounds, and the map.

mod exchanges;
mod map;
mod matches;
pub(crate) mod profile;
pub(crate) use profile::FileRow;
mod rounds;
mod taxonomy;

use crate::routes::Routes;
use axum::extract::DefaultBodyLimit;
use axum::handler::Handler;
use axum::routing::{get, post};
use minga_domain::capacity::{ItemCode, TaxonomyItem};
use minga_domain::Locale;

pub fn router() -> Routes {
    Routes::new()
        .route("/capacity", get(map::show))
        .route("/capacity/world", get(map::world))
        .route("/capacity/orgs", get(map::cell))
        // Forms with files: each file is limited as it streams in
        // (`read_upload_form`), so the whole body needs no fixed cap.
        .route(
            "/capacity/profile",
            get(profile::show).post(profile::save.layer(DefaultBodyLimit::disable())),
        )
        .route("/capacity/matches", get(matches::show))
        .route("/capacity/rounds", get(rounds::list).post(rounds::prepare))
        .route(
            "/capacity/exchanges",
            get(exchanges::list).post(exchanges::request),
        )
        .route(
            "/capacity/exchanges/{id}",
            get(exchanges::show).post(exchanges::step.layer(DefaultBodyLimit::disable())),
        )
        .route(
            "/capacity/exchanges/{id}/messages",
            post(exchanges::message),
        )
        .route("/capacity/rounds/{id}", get(rounds::show))
        .route("/capacity/rounds/{id}/close", post(rounds::close))
        .route("/capacity/rounds/{id}/open", post(rounds::open))
        .route("/capacity/rounds/{id}/edit", post(rounds::edit))
        .route("/capacity/rounds/{id}/add", post(rounds::add))
        .route(
            "/capacity/rounds/{id}/add-matching",
            post(rounds::add_matching),
        )
        .route("/capacity/rounds/{id}/remove", post(rounds::remove))
        .route("/capacity/rounds/{id}/delete", post(rounds::delete))
        .route("/capacity/rounds/{id}/reopen", post(rounds::reopen))
        .route("/capacity/taxonomy", get(taxonomy::list))
        .route(
            "/capacity/taxonomy/new",
            get(taxonomy::new_show).post(taxonomy::new_submit),
        )
        .route(
            "/capacity/taxonomy/{code}",
            get(taxonomy::edit_show).post(taxonomy::edit_submit),
        )
}

/// Rounds and the taxonomy are the Secretariat's.
/// An item's label in `l`, or its code when the taxonomy no longer has it.
pub fn label(taxonomy: &[TaxonomyItem], code: &ItemCode, l: Locale) -> String {
    taxonomy
        .iter()
        .find(|t| &t.code == code)
        .map(|t| t.label.get(l).to_string())
        .unwrap_or_else(|| code.to_string())
}
