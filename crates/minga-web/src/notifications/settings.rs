//! `/account/notifications`: for each kind of notification, no email, an
//! email at once, or the daily summary.

use crate::ctx::SignedIn;
use crate::forms::CsrfForm;
use crate::view::{html, Notice, NoticeQuery, PageCtx};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use minga_domain::notification::{Delivery, NotificationKind};
use std::collections::HashMap;

pub struct KindRow {
    pub code: &'static str,
    pub label: String,
    pub options: Vec<(&'static str, String, bool)>,
}

#[derive(Template)]
#[template(path = "notifications/settings.html")]
pub struct SettingsView {
    page: PageCtx,
    kinds: Vec<KindRow>,
}

pub async fn show(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let prefs = st.core.notification_prefs(&user).await?;
    let page =
        PageCtx::new(&st, &ctx, "notifications-settings-title").with_notice(q.notice.as_deref());
    let kinds = prefs
        .all()
        .into_iter()
        .map(|(k, chosen)| KindRow {
            code: k.code(),
            label: page.t(k.label_key()),
            options: Delivery::ALL
                .into_iter()
                .map(|d| (d.code(), page.t(d.label_key()), d == chosen))
                .collect(),
        })
        .collect();
    Ok(html(&SettingsView { page, kinds })?.into_response())
}

/// Saves the choices sent: one radio group per kind (a kind missing or
/// with a value no button has is left as it was).
pub async fn save(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    CsrfForm(_, f): CsrfForm<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let choices: Vec<(NotificationKind, Delivery)> = NotificationKind::ALL
        .into_iter()
        .filter_map(|k| Some((k, Delivery::parse(f.get(k.code())?)?)))
        .collect();
    st.core.set_notification_prefs(&user, &choices).await?;
    Ok(Notice::Saved
        .redirect("/account/notifications")
        .into_response())
}
