use super::with_session;
use crate::ctx::{cookie, Ctx, LANG_COOKIE, SESSION_COOKIE};
use crate::forms::CsrfForm;
use crate::view::Notice;
use crate::view::{html, safe_next, with_retry_after, FormErrors, PageCtx};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::CookieJar;
use minga_core::CoreError;
use minga_domain::Locale;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "accounts/login.html")]
pub struct LoginView {
    page: PageCtx,
    errors: FormErrors,
    email: String,
    next: String,
}

#[derive(Deserialize, Default)]
pub struct LoginQuery {
    next: Option<String>,
    notice: Option<String>,
}

pub async fn show(
    State(st): State<AppState>,
    ctx: Ctx,
    Query(q): Query<LoginQuery>,
) -> Result<Response, AppError> {
    if ctx.user.is_some() {
        return Ok(Redirect::to(&safe_next(q.next.as_deref())).into_response());
    }
    let view = LoginView {
        page: PageCtx::new(&st, &ctx, "login-title").with_notice(q.notice.as_deref()),
        errors: FormErrors::none(ctx.locale),
        email: String::new(),
        next: safe_next(q.next.as_deref()),
    };
    Ok(html(&view)?.into_response())
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    next: Option<String>,
}

pub async fn submit(
    State(st): State<AppState>,
    jar: CookieJar,
    CsrfForm(ctx, f): CsrfForm<LoginForm>,
) -> Result<Response, AppError> {
    let next = safe_next(f.next.as_deref());
    let (status, errors, wait) = match st.core.login(&f.email, &f.password, &ctx.client).await {
        Ok((_, session)) => {
            return Ok((with_session(&st, jar, &session), Redirect::to(&next)).into_response());
        }
        Err(CoreError::InvalidCredentials) => (
            StatusCode::UNAUTHORIZED,
            FormErrors::form(ctx.locale, "error-login-failed"),
            None,
        ),
        Err(CoreError::RateLimited { retry_after }) => (
            StatusCode::TOO_MANY_REQUESTS,
            FormErrors::too_many(ctx.locale, retry_after, "error-login-rate-limited"),
            retry_after,
        ),
        Err(CoreError::OrgArchived) => (
            StatusCode::FORBIDDEN,
            FormErrors::form(ctx.locale, "error-login-org-archived"),
            None,
        ),
        Err(e) => return Err(e.into()),
    };
    let view = LoginView {
        page: PageCtx::new(&st, &ctx, "login-title"),
        errors,
        email: f.email,
        next,
    };
    Ok(with_retry_after(
        (status, html(&view)?).into_response(),
        wait,
    ))
}

#[derive(Deserialize)]
pub struct Empty {}

pub async fn logout(
    State(st): State<AppState>,
    jar: CookieJar,
    CsrfForm(ctx, _): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    if let Some(t) = &ctx.session_token {
        st.core.logout(t).await?;
    }
    let mut gone = cookie(SESSION_COOKIE, String::new(), st.secure_cookies, 0);
    gone.make_removal();
    Ok((jar.add(gone), Notice::SignedOut.redirect("/login")).into_response())
}

#[derive(Deserialize)]
pub struct LangForm {
    #[serde(default)]
    lang: String,
    next: Option<String>,
}

/// The switcher: saves the choice on the account, or in a cookie for visitors.
pub async fn switch_language(
    State(st): State<AppState>,
    jar: CookieJar,
    CsrfForm(ctx, f): CsrfForm<LangForm>,
) -> Result<Response, AppError> {
    let locale = Locale::parse(&f.lang).ok_or(AppError::BadRequest)?;
    let next = strip_lang(&safe_next(f.next.as_deref()));
    if let Some(user) = &ctx.user {
        st.core.set_locale(user, locale).await?;
        Ok(Redirect::to(&next).into_response())
    } else {
        let jar = jar.add(cookie(
            LANG_COOKIE,
            locale.code().to_string(),
            st.secure_cookies,
            365,
        ));
        Ok((jar, Redirect::to(&next)).into_response())
    }
}

/// Drops a `lang=` query parameter so it does not override the new choice.
fn strip_lang(path: &str) -> String {
    let Some((p, q)) = path.split_once('?') else {
        return path.to_string();
    };
    let kept: Vec<&str> = q.split('&').filter(|kv| !kv.starts_with("lang=")).collect();
    if kept.is_empty() {
        p.to_string()
    } else {
        format!("{p}?{}", kept.join("&"))
    }
}
