//! The web layer's one error type. Handlers return `Result<_, AppError>` and
//! use `?`; core errors convert here, never matched one by one in handlers.
//! The response carries only the status and a marker: the context middleware,
//! which knows the reader's language, renders the translated page.
//!
//! Policy: what a person can act on has its own variant and page (404, 403,
//! 400, 409, 429, a sign-in redirect); every other failure keeps its cause
//! (`Core`, `Template`, `Other`) and is logged once, with its whole chain of
//! causes, where its 500 answer is made ([`AppError::into_response`]).

use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use minga_core::{BoxError, CoreError};
use thiserror::Error;

#[derive(Debug, Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    #[error("bad request")]
    BadRequest,
    /// A form far larger than any it could be (its fields together).
    #[error("request too large")]
    TooLarge,
    /// The CSRF token was missing or wrong (the form is too old, or forged).
    #[error("CSRF token missing or wrong")]
    Csrf,
    #[error("too many requests")]
    TooManyRequests,
    /// The change collides with one made meanwhile (a name already taken).
    #[error("conflict: {0}")]
    Conflict(String),
    /// Needs a signed-in person; carries the page to come back to.
    #[error("sign in first")]
    SignIn(String),
    /// A use case failed for a reason nobody but an operator can fix.
    #[error("core")]
    Core(#[source] CoreError),
    /// A page's template failed to render.
    #[error("template")]
    Template(#[from] askama::Error),
    /// Anything else: `context` says what was being done.
    #[error("{context}")]
    Other {
        context: &'static str,
        #[source]
        source: BoxError,
    },
}

/// Marks a response whose body the context middleware should render.
#[derive(Debug, Clone, Copy)]
pub struct ErrorPage {
    pub status: StatusCode,
    pub key: &'static str,
}

impl AppError {
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Forbidden | AppError::Csrf => StatusCode::FORBIDDEN,
            AppError::BadRequest => StatusCode::BAD_REQUEST,
            AppError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::SignIn(_) => StatusCode::SEE_OTHER,
            AppError::Core(_) | AppError::Template(_) | AppError::Other { .. } => {
                StatusCode::INTERNAL_SERVER_ERROR
            }
        }
    }

    /// A failure with its cause, and what was being done when it happened.
    pub fn other(context: &'static str, source: impl Into<BoxError>) -> AppError {
        AppError::Other {
            context,
            source: source.into(),
        }
    }

    /// `|e| AppError::other(context, e)`, for `map_err`.
    pub fn with<E: Into<BoxError>>(context: &'static str) -> impl Fn(E) -> AppError + Copy {
        move |e| AppError::other(context, e)
    }
}

/// The error and all its causes on one line: `core: database: pool timed out`.
pub fn chain(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        out.push_str(": ");
        out.push_str(&c.to_string());
        cause = c.source();
    }
    out
}

impl From<CoreError> for AppError {
    fn from(e: CoreError) -> Self {
        match e {
            CoreError::NotFound | CoreError::LinkInvalid => AppError::NotFound,
            CoreError::Forbidden | CoreError::OrgArchived => AppError::Forbidden,
            CoreError::RateLimited { .. } => AppError::TooManyRequests,
            CoreError::Conflict(what) => AppError::Conflict(what),
            // Handlers that take forms deal with these themselves.
            CoreError::Invalid(_)
            | CoreError::InvalidCredentials
            | CoreError::RangeNotSatisfiable(_) => AppError::BadRequest,
            e @ (CoreError::Store(_) | CoreError::Other { .. }) => AppError::Core(e),
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let key = match &self {
            AppError::NotFound => "error-404",
            AppError::Forbidden => "error-403",
            AppError::Csrf => "error-csrf",
            AppError::BadRequest => "error-400",
            AppError::TooLarge => "error-413",
            AppError::TooManyRequests => "error-429",
            AppError::Conflict(what) => {
                tracing::info!(conflict = %what, "conflicting change refused");
                "error-409"
            }
            AppError::SignIn(next) => {
                let to = format!("/login?next={}", crate::view::urlencode(next));
                return Redirect::to(&to).into_response();
            }
            AppError::Core(_) | AppError::Template(_) | AppError::Other { .. } => {
                // The one place an internal failure is logged, with its causes.
                tracing::error!(error = %chain(&self), "internal error");
                "error-500"
            }
        };
        let status = self.status();
        let mut res = status.into_response();
        res.extensions_mut().insert(ErrorPage { status, key });
        res
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use minga_domain::FieldErrors;
    use std::error::Error as _;

    #[test]
    fn internal_failures_keep_their_cause() {
        let io = std::io::Error::other("disk full");
        let e: AppError = CoreError::other("writing to the outbox", io).into();
        assert_eq!(e.status(), StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(chain(&e), "core: writing to the outbox: disk full");
        assert!(e.source().and_then(|c| c.source()).is_some());
    }

    #[test]
    fn conflicts_stay_visible() {
        let e: AppError = CoreError::Conflict("orgs.slug".into()).into();
        assert!(matches!(e, AppError::Conflict(ref w) if w == "orgs.slug"));
        assert_eq!(e.status(), StatusCode::CONFLICT);
        let res = e.into_response();
        assert_eq!(res.status(), StatusCode::CONFLICT);
        assert_eq!(
            res.extensions().get::<ErrorPage>().unwrap().key,
            "error-409"
        );
        let e: AppError = CoreError::Invalid(FieldErrors::new()).into();
        assert_eq!(e.status(), StatusCode::BAD_REQUEST);
    }
}
