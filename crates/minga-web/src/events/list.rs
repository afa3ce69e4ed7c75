//! A community's upcoming or past events, a page at a time.

use super::{reader_zone, EventCard};
use crate::view::{html, PageCtx};
use crate::{AppError, AppState, Ctx};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "events/list.html")]
pub struct EventListView {
    page: PageCtx,
    community_title: String,
    slug: String,
    past: bool,
    cards: Vec<EventCard>,
    pages: u32,
    position: String,
    prev_href: Option<String>,
    next_href: Option<String>,
    may_schedule: bool,
}

#[derive(Deserialize)]
pub struct ListQuery {
    #[serde(default)]
    past: Option<String>,
    #[serde(default)]
    page: Option<u32>,
}

pub async fn show(
    State(st): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(q): Query<ListQuery>,
) -> Result<Response, AppError> {
    let past = q.past.as_deref().is_some_and(|p| p == "1");
    let (access, result, may_schedule) = st
        .core
        .community_event_page(
            ctx.user.as_ref(),
            &slug,
            past,
            q.page.unwrap_or(1),
            chrono::Utc::now(),
        )
        .await?;
    let page = PageCtx::new(
        &st,
        &ctx,
        if past {
            "events-past"
        } else {
            "events-upcoming"
        },
    );
    let tz = reader_zone(&st, &page);
    let slug = access.community.slug.to_string();
    let pages = result.pages();
    let link = |n: u32| {
        format!(
            "/communities/{slug}/events?{}page={n}",
            if past { "past=1&" } else { "" }
        )
    };
    let v = EventListView {
        cards: result
            .items
            .iter()
            .map(|e| EventCard::new(&page, tz, &slug, e))
            .collect(),
        position: minga_i18n::I18n::global().ta(
            page.locale,
            "pager-position",
            &[
                ("page", minga_i18n::s(page.number(&(result.page as u64)))),
                ("pages", minga_i18n::s(page.number(&(pages as u64)))),
            ],
        ),
        prev_href: (result.page > 1 && result.page <= pages).then(|| link(result.page - 1)),
        next_href: (result.page < pages).then(|| link(result.page + 1)),
        pages,
        community_title: access.community.title.clone(),
        past,
        may_schedule,
        slug,
        page,
    };
    Ok(html(&v)?.into_response())
}
