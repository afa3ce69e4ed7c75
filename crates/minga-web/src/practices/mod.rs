//! Best practices (issue 13): `/practices` lists the published ones (by
//! theme, newest or most tried, with how many organisations tried each);
//! `/practices/ours` an organisation's own in every state and
//! `/practices/review` the Secretariat's queue; `/practices/new` and
//! `/practices/{id}/edit` write one in the template (each save a version);
//! `/practices/{id}` reads it, with the review's comments beside each
//! section for its authors and the Secretariat, the review form, and
//! "we tried this"; `/practices/{id}/versions` lists every version.

mod form;
mod list;
mod show;

use crate::AppError;
use axum::routing::{get, post};
use minga_domain::PracticeId;

pub fn router() -> crate::routes::Routes {
    crate::routes::Routes::new()
        .route("/practices", get(list::published))
        .route("/practices/ours", get(list::ours))
        .route("/practices/review", get(list::to_review))
        .route("/practices/new", get(form::new_form).post(form::create))
        .route("/practices/{id}", get(show::show))
        .route(
            "/practices/{id}/edit",
            get(form::edit_form).post(form::save),
        )
        .route("/practices/{id}/versions", get(show::versions))
        .route("/practices/{id}/submit", post(show::submit))
        .route("/practices/{id}/review", post(show::review))
        .route("/practices/{id}/tried", post(show::tried))
}

fn practice_id(s: &str) -> Result<PracticeId, AppError> {
    s.parse().map_err(|_| AppError::NotFound)
}
