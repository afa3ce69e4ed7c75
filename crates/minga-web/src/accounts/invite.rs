//! Accepting an invitation: choose name, password and language, and you are in.

use super::with_session;
use crate::ctx::Ctx;
use crate::forms::{or_rerender, CsrfForm};
use crate::view::Notice;
use crate::view::{
    html, locale_choices, time_zone_choices, Choice, FormErrors, PageCtx, ZoneChoices,
};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::cookie::CookieJar;
use minga_core::accounts::{AcceptInput, InvitationState};
use minga_core::CoreError;
use minga_domain::Invitation;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "accounts/invite.html")]
pub struct InviteView {
    page: PageCtx,
    errors: FormErrors,
    token: String,
    email: String,
    org_name: String,
    role_label: String,
    name: String,
    locales: Vec<Choice>,
    zones: ZoneChoices,
}

#[derive(Template)]
#[template(path = "accounts/invite_closed.html")]
pub struct ClosedView {
    page: PageCtx,
    reason_key: &'static str,
}

async fn open_invitation(
    st: &AppState,
    ctx: &Ctx,
    token: &str,
) -> Result<Result<Invitation, Response>, AppError> {
    let reason_key = match st.core.invitation_state(token).await? {
        InvitationState::Open(inv) => return Ok(Ok(inv)),
        InvitationState::Used => "invite-used",
        InvitationState::Expired => "invite-expired",
        InvitationState::Unknown => "invite-unknown",
    };
    let view = ClosedView {
        page: PageCtx::new(st, ctx, "invite-closed-title"),
        reason_key,
    };
    Ok(Err((StatusCode::GONE, html(&view)?).into_response()))
}

fn view(
    st: &AppState,
    ctx: &Ctx,
    inv: &Invitation,
    org_name: String,
    token: String,
    input: &AcceptInput,
    errors: FormErrors,
) -> InviteView {
    let page = PageCtx::new(st, ctx, "invite-title");
    InviteView {
        role_label: page.t(&inv.role.label_key()),
        page,
        errors,
        token,
        email: inv.email.to_string(),
        org_name,
        name: input.name.clone(),
        locales: locale_choices(&input.locale),
        zones: time_zone_choices(ctx.locale, &input.time_zone),
    }
}

pub async fn show(
    State(st): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let inv = match open_invitation(&st, &ctx, &token).await? {
        Ok(inv) => inv,
        Err(page) => return Ok(page),
    };
    let org = st.core.org_by_id(inv.org_id).await?;
    let input = AcceptInput {
        locale: inv.locale.code().into(),
        // A first guess from the organisation's country.
        time_zone: minga_domain::zones::default_for(org.country, chrono::Utc::now()).into(),
        ..Default::default()
    };
    let v = view(
        &st,
        &ctx,
        &inv,
        org.name,
        token,
        &input,
        FormErrors::none(ctx.locale),
    );
    Ok(html(&v)?.into_response())
}

#[derive(Deserialize)]
pub struct AcceptForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    password_confirm: String,
    #[serde(default)]
    locale: String,
    #[serde(default)]
    time_zone: String,
}

pub async fn submit(
    State(st): State<AppState>,
    jar: CookieJar,
    Path(token): Path<String>,
    CsrfForm(ctx, f): CsrfForm<AcceptForm>,
) -> Result<Response, AppError> {
    let inv = match open_invitation(&st, &ctx, &token).await? {
        Ok(inv) => inv,
        Err(page) => return Ok(page),
    };
    let input = AcceptInput {
        name: f.name,
        password: f.password,
        password_confirm: f.password_confirm,
        locale: f.locale,
        time_zone: f.time_zone,
    };
    let result = st.core.accept_invitation(&token, &input).await;
    if let Err(CoreError::LinkInvalid) = result {
        return match open_invitation(&st, &ctx, &token).await? {
            Err(page) => Ok(page),
            Ok(_) => Err(AppError::NotFound),
        };
    }
    or_rerender(
        result,
        ctx.locale,
        |(_, session)| {
            (
                with_session(&st, jar, &session),
                Notice::Welcome.redirect("/"),
            )
        },
        async |errors| {
            let org = st.core.org_by_id(inv.org_id).await?;
            Ok(view(&st, &ctx, &inv, org.name, token, &input, errors))
        },
    )
    .await
}
