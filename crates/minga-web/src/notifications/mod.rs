//! Notifications: the reader's page of them (newest first, a page at a
//! time), opening one (marks it read, then goes to its subject), marking
//! them read, and the choice of emails for each kind on the account.

mod list;
mod settings;

use crate::routes::Routes;
use axum::routing::{get, post};

pub fn router() -> Routes {
    Routes::new()
        .route("/notifications", get(list::show))
        .route("/notifications/read", post(list::read_all))
        .route("/notifications/{id}", get(list::open))
        .route("/notifications/{id}/read", post(list::read_one))
        .route(
            "/account/notifications",
            get(settings::show).post(settings::save),
        )
}
