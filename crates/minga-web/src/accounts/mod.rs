//! Signing in and out, invitations, password resets, the account page and
//! the language switcher.

mod account;
mod invite;
mod login;
mod password;

use crate::ctx::{cookie, CSRF_COOKIE, CSRF_DAYS, SESSION_COOKIE};
use crate::routes::Routes;
use crate::AppState;
use axum::extract::DefaultBodyLimit;
use axum::handler::Handler;
use axum::routing::{get, post};
use axum_extra::extract::cookie::CookieJar;
use minga_core::accounts::{NewSession, SESSION_DAYS};

pub fn router() -> Routes {
    Routes::new()
        .route("/login", get(login::show).post(login::submit))
        .route("/logout", post(login::logout))
        .route("/lang", post(login::switch_language))
        .route("/invite/{token}", get(invite::show).post(invite::submit))
        .route(
            "/password/forgot",
            get(password::forgot_show).post(password::forgot_submit),
        )
        .route(
            "/password/reset/{token}",
            get(password::reset_show).post(password::reset_submit),
        )
        .route("/account", get(account::show).post(account::update))
        .route("/account/password", post(account::change_password))
        .route("/account/data-saver", post(account::data_saver))
        .route(
            "/account/avatar",
            post(account::avatar_upload.layer(DefaultBodyLimit::disable())),
        )
        .route("/account/avatar/remove", post(account::avatar_remove))
}

/// The session cookie for a new session, and a new CSRF token with it: a
/// token someone planted or read before the sign-in (a shared computer, a
/// cookie set by a sibling subdomain) opens no form of the account. It is
/// made like every CSRF token (43 characters), the width of the slot kept
/// pages leave for it.
fn with_session(st: &AppState, jar: CookieJar, s: &NewSession) -> CookieJar {
    jar.add(cookie(
        SESSION_COOKIE,
        s.token.clone(),
        st.secure_cookies,
        SESSION_DAYS,
    ))
    .add(cookie(
        CSRF_COOKIE,
        minga_core::tokens::new_token(),
        st.secure_cookies,
        CSRF_DAYS,
    ))
}
