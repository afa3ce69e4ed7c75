//! The web layer's one error type. Handlers return `Result<_, AppError>` and
//! use `?`; core errors convert here, never matched one by one in handlers.
//! The response carries only the status and a marker: the context middleware,
//! which knows the reader's language, renders the translated page.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use minga_core::CoreError;

#[derive(Debug)]
pub enum AppError {
    NotFound,
    Forbidden,
    BadRequest,
    /// The CSRF token was missing or wrong (the form is too old, or forged).
    Csrf,
    TooManyRequests,
    /// Needs a signed-in person; carries the page to come back to.
    SignIn(String),
    Internal(String),
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
            AppError::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            AppError::SignIn(_) => StatusCode::SEE_OTHER,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl From<CoreError> for AppError {
    fn from(e: CoreError) -> Self {
        match e {
            CoreError::NotFound | CoreError::LinkInvalid => AppError::NotFound,
            CoreError::Forbidden => AppError::Forbidden,
            CoreError::RateLimited => AppError::TooManyRequests,
            // Handlers that take forms deal with these themselves.
            CoreError::Invalid(_)
            | CoreError::InvalidCredentials
            | CoreError::RangeNotSatisfiable(_) => AppError::BadRequest,
            CoreError::Internal(msg) => AppError::Internal(msg),
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
            AppError::TooManyRequests => "error-429",
            AppError::SignIn(next) => {
                let to = format!("/login?next={}", crate::view::urlencode(next));
                return Redirect::to(&to).into_response();
            }
            AppError::Internal(msg) => {
                tracing::error!(error = %msg, "internal error");
                "error-500"
            }
        };
        let status = self.status();
        let mut res = status.into_response();
        res.extensions_mut().insert(ErrorPage { status, key });
        res
    }
}
