//! `/notifications`: the reader's notifications, newest first, 30 a page
//! with a link to older ones; each links through `/notifications/{id}`,
//! which marks it read and goes on to its subject.

use crate::ctx::SignedIn;
use crate::forms::CsrfForm;
use crate::view::{html, PageCtx};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use minga_core::notifications::notification_text;
use minga_domain::NotificationId;
use serde::Deserialize;

pub struct Row {
    pub id: String,
    pub text: String,
    pub unread: bool,
    pub when: String,
    pub iso: String,
}

#[derive(Template)]
#[template(path = "notifications/list.html")]
pub struct ListView {
    page: PageCtx,
    rows: Vec<Row>,
    any_unread: bool,
    /// This page's cursor (empty on the first page), kept by the forms.
    before: String,
    /// The next (older) page's link, if there is one.
    older: Option<String>,
}

#[derive(Deserialize, Default)]
pub struct PageQuery {
    #[serde(default)]
    before: String,
}

fn cursor(raw: &str) -> Result<Option<NotificationId>, AppError> {
    if raw.is_empty() {
        return Ok(None);
    }
    raw.parse().map(Some).map_err(|_| AppError::NotFound)
}

fn id(raw: &str) -> Result<NotificationId, AppError> {
    raw.parse().map_err(|_| AppError::NotFound)
}

/// Where to come back to after a form: the page it was sent from.
fn back(before: &str) -> String {
    match cursor(before) {
        Ok(Some(b)) => format!("/notifications?before={b}"),
        _ => "/notifications".into(),
    }
}

pub async fn show(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Query(q): Query<PageQuery>,
) -> Result<Response, AppError> {
    let before = cursor(&q.before)?;
    let found = st.core.notifications_page(&user, before).await?;
    let page = PageCtx::new(&st, &ctx, "notifications-title");
    let rows: Vec<Row> = found
        .items
        .iter()
        .map(|n| Row {
            id: n.id.to_string(),
            text: notification_text(ctx.locale, n, true),
            unread: !n.is_read(),
            when: page.datetime(&n.created_at),
            iso: n.created_at.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
        })
        .collect();
    let view = ListView {
        any_unread: rows.iter().any(|r| r.unread),
        rows,
        before: before.map(|b| b.to_string()).unwrap_or_default(),
        older: found.next.map(|n| format!("/notifications?before={n}")),
        page,
    };
    Ok(html(&view)?.into_response())
}

/// Opens a notification: marks it read and goes to its subject.
pub async fn open(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(raw): Path<String>,
) -> Result<Response, AppError> {
    let link = st.core.open_notification(&user, id(&raw)?).await?;
    Ok(Redirect::to(&link).into_response())
}

#[derive(Deserialize)]
pub struct BackForm {
    #[serde(default)]
    before: String,
}

pub async fn read_one(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(raw): Path<String>,
    CsrfForm(_, f): CsrfForm<BackForm>,
) -> Result<Response, AppError> {
    st.core.mark_notification_read(&user, id(&raw)?).await?;
    Ok(Redirect::to(&back(&f.before)).into_response())
}

pub async fn read_all(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    CsrfForm(_, f): CsrfForm<BackForm>,
) -> Result<Response, AppError> {
    st.core.mark_all_notifications_read(&user).await?;
    Ok(Redirect::to(&back(&f.before)).into_response())
}
