//! The KEL strategy (issue 13): `/kel` shows its objectives with the
//! learning initiatives that serve each; the Secretariat writes objectives
//! (`/kel/objectives/…`) and starts initiatives (`/kel/initiatives/new`).
//! `/kel/initiatives/{id}` is an initiative's page: progress, milestones,
//! contributions offered and answered, outputs and the timeline, with the
//! forms of whoever may act on each. `/kel/consultations/{id}` is a
//! consultation: its document, and the response of the reader's
//! organisation; the Secretariat prepares it and reads the answers
//! together (`/results`, `/results.csv`, `/questions/{n}`).

mod consultation;
mod form;
mod home;
mod initiative;
mod prepare;
mod results;

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
        .route(
            "/kel/consultations/new",
            get(prepare::new_form).post(prepare::create),
        )
        .route("/kel/consultations/{id}", get(consultation::show))
        .route(
            "/kel/consultations/{id}/edit",
            get(prepare::edit_form).post(prepare::save),
        )
        .route(
            "/kel/consultations/{id}/translate",
            get(prepare::translate_form).post(prepare::translate),
        )
        .route("/kel/consultations/{id}/open", post(prepare::open))
        .route("/kel/consultations/{id}/deadline", post(prepare::deadline))
        .route(
            "/kel/consultations/{id}/synthesis",
            get(prepare::synthesis_form).post(prepare::publish_synthesis),
        )
        .route(
            "/kel/consultations/{id}/response",
            post(consultation::respond),
        )
        .route("/kel/consultations/{id}/results", get(results::results))
        .route("/kel/consultations/{id}/results.csv", get(results::csv))
        .route(
            "/kel/consultations/{id}/questions/{n}",
            get(results::question),
        )
}

/// An id in a path; anything else is a page that does not exist.
fn path_id<T: std::str::FromStr>(s: &str) -> Result<T, AppError> {
    s.parse().map_err(|_| AppError::NotFound)
}

/// The Secretariat's forms (objectives, initiatives, consultations): anyone
/// else is refused before a form is shown.
fn administer(user: &minga_domain::User) -> Result<(), AppError> {
    if user.role == minga_domain::Role::Secretariat {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}
