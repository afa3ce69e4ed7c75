//! Rendered pages for visitors who are not signed in, kept until anything
//! changes (the version of every entity, `Store::version_of(&[])`). Such pages differ only by language and by the visitor's CSRF
//! token, so the token is stored as a marker and put back when serving.
//! Each app server keeps its own cache; asking the database for the newest
//! change on every request keeps them all exact.

use crate::ctx::Ctx;
use crate::AppState;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use minga_domain::Locale;
use std::collections::HashMap;
use std::sync::Mutex;

const MARKER: &str = "\u{1}csrf\u{1}";
const MAX_ENTRIES: usize = 4_096;
const MAX_PAGE_BYTES: usize = 256 * 1024;

#[derive(Default)]
pub struct PageCache {
    pages: Mutex<HashMap<(String, Locale), (i64, String)>>,
}

impl PageCache {
    fn get(&self, key: &(String, Locale), seq: i64) -> Option<String> {
        let pages = self.pages.lock().unwrap_or_else(|e| e.into_inner());
        pages
            .get(key)
            .filter(|(s, _)| *s == seq)
            .map(|(_, html)| html.clone())
    }

    fn put(&self, key: (String, Locale), seq: i64, html: String) {
        let mut pages = self.pages.lock().unwrap_or_else(|e| e.into_inner());
        if pages.len() >= MAX_ENTRIES {
            // Crude but bounded: start afresh rather than grow.
            pages.clear();
        }
        pages.insert(key, (seq, html));
    }
}

/// Only public, read-only pages whose content depends on nothing but the
/// URL and the language.
fn cacheable(req: &Request, ctx: &Ctx) -> bool {
    let path = req.uri().path();
    req.method() == Method::GET
        && ctx.user.is_none()
        && (path == "/"
            || path == "/orgs"
            || (path.starts_with("/orgs/") && path.matches('/').count() == 2))
        && !req.uri().query().is_some_and(|q| q.contains("notice="))
}

pub async fn layer(State(st): State<AppState>, req: Request, next: Next) -> Response {
    let Some(ctx) = req.extensions().get::<Ctx>().cloned() else {
        return next.run(req).await;
    };
    if !cacheable(&req, &ctx) {
        return next.run(req).await;
    }
    let seq = match st.core.store.version_of(&[]).await {
        Ok(s) => s,
        Err(e) => {
            tracing::warn!(error = %e, "page cache: change log unavailable");
            return next.run(req).await;
        }
    };
    let key = (ctx.path.clone(), ctx.locale);
    if let Some(html) = st.page_cache.get(&key, seq) {
        let mut res = html_response(StatusCode::OK, html.replace(MARKER, &ctx.csrf));
        crate::metrics::tag(&mut res, "(page cache)");
        return res;
    }
    let res = next.run(req).await;
    if res.status() != StatusCode::OK {
        return res;
    }
    let (parts, body) = res.into_parts();
    let bytes: Bytes = match axum::body::to_bytes(body, MAX_PAGE_BYTES).await {
        Ok(b) => b,
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    if let Ok(text) = std::str::from_utf8(&bytes) {
        st.page_cache.put(key, seq, text.replace(&ctx.csrf, MARKER));
    }
    Response::from_parts(parts, Body::from(bytes))
}

fn html_response(status: StatusCode, html: String) -> Response {
    let mut res = (status, html).into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    res
}
