//! Signing in and out, invitations, password resets, the account page and
//! the language switcher.

mod account;
mod invite;
mod login;
mod password;

use crate::ctx::{cookie, SESSION_COOKIE};
use crate::routes::Routes;
use crate::AppState;
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
}

/// The session cookie for a new session.
fn with_session(st: &AppState, jar: CookieJar, s: &NewSession) -> CookieJar {
    jar.add(cookie(
        SESSION_COOKIE,
        s.token.clone(),
        st.secure_cookies,
        SESSION_DAYS,
    ))
}
