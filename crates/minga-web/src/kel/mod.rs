//! The KEL strategy (issue 13): `/kel` shows its objectives with the
//! learning initiatives that serve each; the Secretariat writes objectives
//! (`/kel/objectives/…`) and starts initiatives (`/kel/initiatives/new`).
//! `/kel/initiatives/{id}` is an initiative's page: progress, milestones,
//! contributions offered and answered, outputs and the timeline, with the
//! forms of whoever may act on each.

mod form;
mod home;
mod initiative;

use crate::AppError;
use axum::routing::{get, post};

pub fn router() -> crate::routes::Routes {
    crate::routes::Routes::new()
        .route("/kel", get(home::show))
        .route(
            "/kel/objectives/new",
            get(form::new_objective).post(form::create_objective),
        )
        .route(
            "/kel/objectives/{id}/edit",
            get(form::edit_objective).post(form::save_objective),
        )
        .route(
            "/kel/initiatives/new",
            get(form::new_initiative).post(form::create_initiative),
        )
        .route("/kel/initiatives/{id}", get(initiative::show))
        .route(
            "/kel/initiatives/{id}/edit",
            get(form::edit_initiative).post(form::save_initiative),
        )
        .route(
            "/kel/initiatives/{id}/milestones",
            post(initiative::add_milestone),
        )
        .route(
            "/kel/initiatives/{id}/milestones/{mid}",
            post(initiative::set_milestone),
        )
        .route(
            "/kel/initiatives/{id}/contributions",
            post(initiative::offer),
        )
        .route(
            "/kel/initiatives/{id}/contributions/{cid}",
            post(initiative::answer),
        )
        .route(
            "/kel/initiatives/{id}/outputs",
            post(initiative::add_output),
        )
        .route(
            "/kel/initiatives/{id}/outputs/{oid}/remove",
            post(initiative::remove_output),
        )
}

/// An id in a path; anything else is a page that does not exist.
fn path_id<T: std::str::FromStr>(s: &str) -> Result<T, AppError> {
    s.parse().map_err(|_| AppError::NotFound)
}
