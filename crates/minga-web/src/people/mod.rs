//! /people/{id}: a person's page, for the network's signed-in people.

mod show;

use crate::routes::Routes;
use axum::routing::get;

pub fn router() -> Routes {
    Routes::new().route("/people/{id}", get(show::show))
}
