//! Form submissions with CSRF protection. Every state-changing request goes
//! through `CsrfForm`: the hidden `csrf` field must match the CSRF cookie
//! (double submit), and a cross-site `Origin` is refused outright.

use crate::ctx::Ctx;
use crate::AppError;
use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::header;
use serde::de::DeserializeOwned;
use serde::Deserialize;

pub struct CsrfForm<T>(pub Ctx, pub T);

#[derive(Deserialize)]
struct Token {
    #[serde(default)]
    csrf: String,
}

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for CsrfForm<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let ctx = req
            .extensions()
            .get::<Ctx>()
            .cloned()
            .ok_or_else(|| AppError::Internal("no context".into()))?;
        if cross_site(&req) {
            return Err(AppError::Csrf);
        }
        let body = Bytes::from_request(req, state)
            .await
            .map_err(|_| AppError::BadRequest)?;
        let token: Token = serde_urlencoded::from_bytes(&body).map_err(|_| AppError::BadRequest)?;
        if !minga_core::tokens::constant_time_eq(token.csrf.as_bytes(), ctx.csrf.as_bytes()) {
            return Err(AppError::Csrf);
        }
        let form: T = serde_urlencoded::from_bytes(&body).map_err(|_| AppError::BadRequest)?;
        Ok(CsrfForm(ctx, form))
    }
}

/// True when the browser says the request comes from another site.
fn cross_site(req: &Request) -> bool {
    let h = req.headers();
    if let Some(site) = h.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        if site == "cross-site" {
            return true;
        }
    }
    match (
        h.get(header::ORIGIN).and_then(|v| v.to_str().ok()),
        h.get(header::HOST).and_then(|v| v.to_str().ok()),
    ) {
        (Some("null"), _) => true,
        (Some(origin), Some(host)) => url::Url::parse(origin)
            .ok()
            .map(|u| {
                let o = match u.port() {
                    Some(p) => format!("{}:{p}", u.host_str().unwrap_or("")),
                    None => u.host_str().unwrap_or("").to_string(),
                };
                o != host
            })
            .unwrap_or(true),
        _ => false,
    }
}
