//! A community's calendar feed, and the page to subscribe to it: the feed
//! of a public community is open to all; calendar programs carry no cookie,
//! so for the others each person may make a private link with a secret
//! token (only its hash is kept; making a new one or revoking ends the old).

use super::show::calendar_response;
use crate::ctx::SignedIn;
use crate::forms::CsrfForm;
use crate::view::{html, PageCtx};
use crate::{AppError, AppState, Ctx};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use minga_core::events::public_feed;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct FeedQuery {
    #[serde(default)]
    token: Option<String>,
}

pub async fn feed(
    State(st): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(q): Query<FeedQuery>,
) -> Result<Response, AppError> {
    let ics = st
        .core
        .community_calendar(
            ctx.user.as_ref(),
            &slug,
            q.token.as_deref(),
            chrono::Utc::now(),
        )
        .await?;
    let mut res = calendar_response(ics, "calendar.ics");
    // A private feed names its reader's token; keep it out of shared caches.
    res.headers_mut().insert(
        axum::http::header::CACHE_CONTROL,
        axum::http::HeaderValue::from_static("private, max-age=300"),
    );
    Ok(res)
}

#[derive(Template)]
#[template(path = "events/calendar.html")]
pub struct CalendarView {
    page: PageCtx,
    community_title: String,
    slug: String,
    public: bool,
    public_url: String,
    public_webcal: String,
    /// A private link just made (shown once).
    private_url: Option<String>,
    private_webcal: Option<String>,
    has_token: bool,
    revoked: bool,
}

/// The same address with the `webcal` scheme, which calendar programs open
/// as a subscription rather than a one-time import.
fn webcal(url: &str) -> String {
    match url.split_once("://") {
        Some((_, rest)) => format!("webcal://{rest}"),
        None => url.to_string(),
    }
}

async fn build(
    st: &AppState,
    ctx: &Ctx,
    slug: &str,
    private_url: Option<String>,
    revoked: bool,
) -> Result<CalendarView, AppError> {
    let access = st.core.calendar_access(ctx.user.as_ref(), slug).await?;
    let has_token = match &ctx.user {
        Some(u) => st.core.has_calendar_token(u).await?,
        None => false,
    };
    let slug = access.community.slug.to_string();
    Ok(CalendarView {
        page: PageCtx::new(st, ctx, "calendar-title"),
        community_title: access.community.title.clone(),
        public: public_feed(&access),
        public_url: st.core.link(&format!("/communities/{slug}/calendar.ics")),
        public_webcal: webcal(&st.core.link(&format!("/communities/{slug}/calendar.ics"))),
        private_webcal: private_url.as_deref().map(webcal),
        private_url,
        has_token,
        revoked,
        slug,
    })
}

pub async fn show(
    State(st): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let v = build(&st, &ctx, &slug, None, false).await?;
    Ok(html(&v)?.into_response())
}

#[derive(Deserialize)]
pub struct TokenForm {
    #[serde(default)]
    action: String,
}

/// Makes a new private link (shown on the answered page, once) or revokes it.
pub async fn token(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(slug): Path<String>,
    CsrfForm(ctx, f): CsrfForm<TokenForm>,
) -> Result<Response, AppError> {
    // Only someone who may read the community's events gets a link from here.
    st.core.calendar_access(Some(&user), &slug).await?;
    let v = if f.action == "revoke" {
        st.core.revoke_calendar_token(&user).await?;
        build(&st, &ctx, &slug, None, true).await?
    } else {
        let token = st.core.new_calendar_token(&user).await?;
        let url = st
            .core
            .link(&format!("/communities/{slug}/calendar.ics?token={token}"));
        build(&st, &ctx, &slug, Some(url), false).await?
    };
    let mut res = html(&v)?.into_response();
    res.headers_mut().insert(
        axum::http::header::CACHE_CONTROL,
        axum::http::HeaderValue::from_static("no-store"),
    );
    Ok(res)
}
