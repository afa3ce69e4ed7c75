//! Forgotten passwords: ask for a link by email, then choose a new password.

use super::with_session;
use crate::ctx::Ctx;
use crate::forms::CsrfForm;
use crate::view::Notice;
use crate::view::{html, FormErrors, PageCtx};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::cookie::CookieJar;
use minga_core::CoreError;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "accounts/forgot.html")]
pub struct ForgotView {
    page: PageCtx,
    errors: FormErrors,
    email: String,
    sent: bool,
}

pub async fn forgot_show(State(st): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    let v = ForgotView {
        page: PageCtx::new(&st, &ctx, "forgot-title"),
        errors: FormErrors::none(ctx.locale),
        email: String::new(),
        sent: false,
    };
    Ok(html(&v)?.into_response())
}

#[derive(Deserialize)]
pub struct ForgotForm {
    #[serde(default)]
    email: String,
}

pub async fn forgot_submit(
    State(st): State<AppState>,
    CsrfForm(ctx, f): CsrfForm<ForgotForm>,
) -> Result<Response, AppError> {
    let page = PageCtx::new(&st, &ctx, "forgot-title");
    let (status, errors, sent) = match st.core.request_password_reset(&f.email, &ctx.client).await {
        Ok(()) => (StatusCode::OK, FormErrors::none(ctx.locale), true),
        Err(CoreError::Invalid(e)) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            FormErrors::new(ctx.locale, e),
            false,
        ),
        Err(CoreError::RateLimited { .. }) => (
            StatusCode::TOO_MANY_REQUESTS,
            FormErrors::form(ctx.locale, "error-429"),
            false,
        ),
        Err(e) => return Err(e.into()),
    };
    Ok((
        status,
        html(&ForgotView {
            page,
            errors,
            email: f.email,
            sent,
        })?,
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "accounts/reset.html")]
pub struct ResetView {
    page: PageCtx,
    errors: FormErrors,
    token: String,
    valid: bool,
}

pub async fn reset_show(
    State(st): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let valid = st.core.reset_link_valid(&token).await?;
    let v = ResetView {
        page: PageCtx::new(&st, &ctx, "reset-title"),
        errors: FormErrors::none(ctx.locale),
        token,
        valid,
    };
    let status = if valid {
        StatusCode::OK
    } else {
        StatusCode::GONE
    };
    Ok((status, html(&v)?).into_response())
}

#[derive(Deserialize)]
pub struct ResetForm {
    #[serde(default)]
    password: String,
    #[serde(default)]
    password_confirm: String,
}

pub async fn reset_submit(
    State(st): State<AppState>,
    jar: CookieJar,
    Path(token): Path<String>,
    CsrfForm(ctx, f): CsrfForm<ResetForm>,
) -> Result<Response, AppError> {
    let (status, errors, valid) = match st
        .core
        .reset_password(&token, &f.password, &f.password_confirm)
        .await
    {
        Ok((_, session)) => {
            return Ok((
                with_session(&st, jar, &session),
                Notice::PasswordChanged.redirect("/account"),
            )
                .into_response())
        }
        Err(CoreError::Invalid(e)) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            FormErrors::new(ctx.locale, e),
            true,
        ),
        Err(CoreError::LinkInvalid) => (StatusCode::GONE, FormErrors::none(ctx.locale), false),
        Err(e) => return Err(e.into()),
    };
    let v = ResetView {
        page: PageCtx::new(&st, &ctx, "reset-title"),
        errors,
        token,
        valid,
    };
    Ok((status, html(&v)?).into_response())
}
