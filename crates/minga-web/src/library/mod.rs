//! The resource library (issue 13): `/library` lists resources with
//! filters that show how many each choice gives; `/library/new` shares one
//! (a file streamed to the blob store, or a link); `/library/{id}` reads it
//! in the reader's language with the others listed; `/library/{id}/translate`
//! adds a language; `/library/{id}/preview` shows a PDF's or a picture's
//! first page within the page budget; the Secretariat features, archives
//! and merges duplicates from the resource's page.

mod list;
mod share;
mod show;

use crate::view::PageCtx;
use crate::AppError;
use axum::extract::DefaultBodyLimit;
use axum::handler::Handler;
use axum::routing::{get, post};
use minga_domain::library::{Lang, Origin, ResourceKind};
use minga_domain::ResourceId;

pub fn router() -> crate::routes::Routes {
    crate::routes::Routes::new()
        .route("/library", get(list::list))
        .route(
            "/library/new",
            get(share::new_form).post(share::share.layer(DefaultBodyLimit::disable())),
        )
        .route("/library/{id}", get(show::show))
        .route(
            "/library/{id}/translate",
            get(share::translate_form).post(share::translate.layer(DefaultBodyLimit::disable())),
        )
        .route(
            "/library/{id}/edit",
            get(share::edit_form).post(share::edit),
        )
        .route("/library/{id}/preview", get(show::preview))
        .route("/library/{id}/pictures/{lang}", get(show::picture))
        .route("/library/{id}/curate", post(show::curate))
        .route("/library/{id}/merge", post(show::merge))
}

fn resource_id(s: &str) -> Result<ResourceId, AppError> {
    s.parse().map_err(|_| AppError::NotFound)
}

/// A language's name as a reader sees it: its own name, or "another
/// language" in theirs.
pub fn lang_name(page: &PageCtx, l: Lang) -> String {
    l.native_name()
        .map(str::to_string)
        .unwrap_or_else(|| page.t("library-lang-other"))
}

/// What a resource is, in the reader's words: its kind, or where it came
/// from when that says more.
pub fn kind_name(page: &PageCtx, kind: ResourceKind, origin: Origin) -> String {
    match origin {
        Origin::Exchange => page.t("library-origin-exchange-short"),
        _ => page.t(&kind.label_key()),
    }
}
