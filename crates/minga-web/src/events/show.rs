//! An event's page (or its .ics file), answering it, cancelling it.

use super::reader_zone;
use crate::ctx::SignedIn;
use crate::forms::CsrfForm;
use crate::view::{html, urlencode, NoticeQuery, PageCtx};
use crate::{AppError, AppState, Ctx, Notice};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Redirect, Response};
use minga_core::events::when_text;
use minga_domain::event::Rsvp;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "events/show.html")]
pub struct EventView {
    page: PageCtx,
    community_title: String,
    community_link: String,
    title: String,
    description_html: String,
    when_reader: String,
    /// The organiser's zone, when it is not the reader's.
    when_organiser: Option<String>,
    organiser: String,
    online_url: Option<String>,
    places: String,
    recording: Option<String>,
    cancelled: bool,
    open: bool,
    rsvp_text: String,
    answered: bool,
    full: bool,
    may_rsvp: bool,
    may_manage: bool,
    /// People going: their page and name.
    going: Vec<(String, String)>,
    base: String,
    sign_in: String,
}

/// An iCalendar response (`text/calendar; charset=utf-8`), offered as a file.
pub(crate) fn calendar_response(body: String, file: &str) -> Response {
    let mut res = body.into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/calendar; charset=utf-8"),
    );
    if let Ok(v) = HeaderValue::from_str(&format!("inline; filename=\"{file}\"")) {
        res.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    res
}

pub async fn show(
    State(st): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, String)>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    if let Some(id) = id.strip_suffix(".ics") {
        let ics = st.core.event_ics(ctx.user.as_ref(), &slug, id).await?;
        return Ok(calendar_response(ics, "event.ics"));
    }
    let now = chrono::Utc::now();
    let p = st.core.event_page(ctx.user.as_ref(), &slug, &id).await?;
    let page = PageCtx::new(&st, &ctx, "event-title")
        .with_notice(q.notice.as_deref())
        .named(&p.event.title, &p.access.community.title);
    let e = &p.event;
    let tz = reader_zone(&st, &page);
    let organiser_tz = e.time_zone.tz();
    let places = match e.places_left() {
        Some(left) => format!(
            "{} {}",
            page.count("event-places-left", &left),
            page.count("event-going", &e.going)
        ),
        None => page.count("event-going", &e.going),
    };
    let places = if e.waiting > 0 {
        format!("{places} {}", page.count("event-waiting", &e.waiting))
    } else {
        places
    };
    let rsvp_text = match p.rsvp {
        Rsvp::Going => page.t("event-rsvp-going"),
        Rsvp::Waiting(n) => page.t1("event-rsvp-waiting", "n", page.number(&n)),
        Rsvp::None => page.t("event-rsvp-none"),
    };
    let base = format!("/communities/{}/events/{}", p.access.community.slug, e.id);
    let v = EventView {
        community_title: p.access.community.title.clone(),
        community_link: format!("/communities/{}", p.access.community.slug),
        title: e.title.clone(),
        description_html: e.description_html.clone(),
        when_reader: when_text(page.locale, e.starts_at, e.ends_at, tz),
        when_organiser: (organiser_tz != tz)
            .then(|| when_text(page.locale, e.starts_at, e.ends_at, organiser_tz)),
        organiser: e.organiser_name.clone(),
        online_url: e.online_url.clone(),
        places,
        recording: e.recording_media_id.clone(),
        cancelled: e.is_cancelled(),
        open: !e.is_cancelled() && !e.is_past(now),
        rsvp_text,
        answered: p.rsvp != Rsvp::None,
        full: e.places_left() == Some(0),
        may_rsvp: p.may_rsvp,
        may_manage: p.may_manage,
        going: p
            .going
            .iter()
            .map(|u| (format!("/people/{}", u.id), u.name.clone()))
            .collect(),
        sign_in: format!("/login?next={}", urlencode(&base)),
        base,
        page,
    };
    Ok(html(&v)?.into_response())
}

#[derive(Deserialize)]
pub struct RsvpForm {
    #[serde(default)]
    going: String,
}

pub async fn rsvp(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path((slug, id)): Path<(String, String)>,
    CsrfForm(_, f): CsrfForm<RsvpForm>,
) -> Result<Response, AppError> {
    let (path, _) = st
        .core
        .rsvp_event(&user, &slug, &id, f.going == "yes", chrono::Utc::now())
        .await?;
    Ok(Redirect::to(&format!("{path}#rsvp-h")).into_response())
}

pub async fn cancel(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path((slug, id)): Path<(String, String)>,
    CsrfForm(_, _f): CsrfForm<crate::forms::NoFields>,
) -> Result<Response, AppError> {
    let path = st.core.cancel_event(&user, &slug, &id).await?;
    Ok(Notice::Saved.redirect(&path).into_response())
}
