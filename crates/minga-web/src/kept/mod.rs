//! Kept pages: a page rendered once for everyone who sees the same thing,
//! stored compressed, and served again while what it is made of is
//! unchanged.
//!
//! A handler opts in with [`keep`], naming the entities its page is made of.
//! Its page must depend on the reader only through their [`Viewer`] (role,
//! organisation, time zone, data saver, language); what is truly per person (the CSRF
//! token, the reader's name, whether their browser has the stylesheet) is
//! written as slots (`slots.rs`) and filled in as the response leaves. A kept
//! page is stored as gzip pieces around those slots (`gzip.rs`), so serving
//! it compresses nothing. Entries are valid at the versions of their
//! entities (`Core::versions`, read after the request arrived), for at most
//! `MAX_AGE` (dates such as "overdue" move with the clock), and the least
//! used go first when the memory budget is spent.

pub mod gzip;
pub mod slots;

use crate::ctx::Ctx;
use crate::AppState;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use gzip::{Chunk, Deflated, Segment};
use minga_domain::{Entity, Locale, OrgId, Role};
use slots::{Part, Slot, Values};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Compression level of kept pages: they are compressed once per change, so
/// the smallest output is worth the time (see bench/RESULTS.md).
pub const LEVEL: u32 = 9;
/// Memory for kept pages per app server (raw and compressed bytes).
const BUDGET_BYTES: u64 = 96 * 1024 * 1024;
/// A kept page is rendered afresh at least this often.
const MAX_AGE: Duration = Duration::from_secs(300);
/// The largest page worth keeping; a larger one is served, not kept.
const MAX_PAGE_BYTES: usize = 2 * 1024 * 1024;

/// The reader as a kept page may see them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Viewer {
    Visitor,
    Person {
        role: Role,
        org: OrgId,
        time_zone: chrono_tz::Tz,
        /// Data saver changes the pictures a page shows.
        data_saver: bool,
    },
}

impl Viewer {
    pub fn of(ctx: &Ctx) -> Viewer {
        match &ctx.user {
            None => Viewer::Visitor,
            Some(u) => Viewer::Person {
                role: u.role,
                org: u.org_id,
                time_zone: u.time_zone.tz(),
                data_saver: u.data_saver,
            },
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Key {
    /// Path and query.
    path: String,
    locale: Locale,
    viewer: Viewer,
    /// For a page kept by its handler ([`kept_for`]): everything of the
    /// reader's own that it shows.
    state: Option<String>,
}

/// A handler's word that its page may be kept, and what it is made of.
#[derive(Clone, Copy)]
pub struct Keep(pub &'static [Entity]);

/// Marks `res` as a page that may be kept (see the module's documentation).
pub fn keep(res: impl IntoResponse, deps: &'static [Entity]) -> Response {
    let mut res = res.into_response();
    res.extensions_mut().insert(Keep(deps));
    res
}

/// A page cut at its slots, each text compressed.
pub struct KeptPage {
    pieces: Vec<Piece>,
    deps: &'static [Entity],
    version: i64,
    made: Instant,
    raw_len: usize,
    gzip_len: usize,
    /// The route pattern, for metrics of the requests it answers.
    route: Option<crate::metrics::RouteTag>,
}

enum Piece {
    Text(Deflated),
    Slot(Slot),
}

impl KeptPage {
    fn new(html: &str, deps: &'static [Entity], version: i64) -> KeptPage {
        let parts = slots::split(html);
        let segments: Vec<Segment<'_>> = parts
            .iter()
            .map(|p| match p {
                Part::Text(t) => Segment::Text(t),
                Part::Slot(s) => Segment::Hole(s.width()),
            })
            .collect();
        let mut texts = gzip::compress(&segments, LEVEL).into_iter();
        let pieces: Vec<Piece> = parts
            .iter()
            .filter_map(|p| match p {
                Part::Text(_) => texts.next().map(Piece::Text),
                Part::Slot(s) => Some(Piece::Slot(*s)),
            })
            .collect();
        let (raw_len, gzip_len) = pieces.iter().fold((0, 0), |(r, g), p| match p {
            Piece::Text(d) => (r + d.raw.len(), g + d.weight() - d.raw.len()),
            Piece::Slot(_) => (r, g),
        });
        KeptPage {
            pieces,
            deps,
            version,
            made: Instant::now(),
            raw_len,
            gzip_len,
            route: None,
        }
    }

    fn current(&self, ctx: &Ctx) -> bool {
        self.version == ctx.versions.of(self.deps) && self.made.elapsed() < MAX_AGE
    }

    fn weight(&self) -> u64 {
        (self.raw_len + self.gzip_len + 64 * self.pieces.len()) as u64
    }

    /// The page for one reader, gzipped.
    pub fn gzip(&self, values: &Values<'_>) -> Vec<u8> {
        let chunks = self.pieces.iter().map(|p| match (p, values.css_kept) {
            (Piece::Text(d), _) => Chunk::Kept(d),
            // The stylesheet inlined before the browser has the file is
            // itself kept compressed.
            (Piece::Slot(Slot::Css), Some(css)) => Chunk::Kept(css),
            (Piece::Slot(s), _) => Chunk::Value(values.get(*s).as_bytes()),
        });
        gzip::join(chunks, self.gzip_len + 256)
    }

    /// The page for one reader, uncompressed.
    pub fn text(&self, values: &Values<'_>) -> String {
        let mut out = String::with_capacity(self.raw_len + 256);
        for p in &self.pieces {
            match p {
                Piece::Text(d) => out.push_str(&d.raw),
                Piece::Slot(s) => out.push_str(values.get(*s)),
            }
        }
        out
    }
}

#[derive(Clone)]
struct ByWeight;

impl quick_cache::Weighter<Key, Arc<KeptPage>> for ByWeight {
    fn weight(&self, _: &Key, page: &Arc<KeptPage>) -> u64 {
        page.weight()
    }
}

/// The kept pages of one app server.
pub struct KeptPages {
    pages: quick_cache::sync::Cache<Key, Arc<KeptPage>, ByWeight>,
    /// One render at a time of a stale page.
    gates: Mutex<HashMap<Key, Gate>>,
}

type Gate = Arc<tokio::sync::Mutex<()>>;

impl Default for KeptPages {
    fn default() -> Self {
        KeptPages {
            pages: quick_cache::sync::Cache::with_weighter(20_000, BUDGET_BYTES, ByWeight),
            gates: Mutex::default(),
        }
    }
}

impl KeptPages {
    fn gate(&self, key: &Key) -> Gate {
        let mut gates = self.gates.lock().unwrap_or_else(|e| e.into_inner());
        gates.entry(key.clone()).or_default().clone()
    }

    /// Forgets the gate once nobody else waits at it.
    fn done(&self, key: &Key, mine: Option<Gate>) {
        drop(mine);
        let mut gates = self.gates.lock().unwrap_or_else(|e| e.into_inner());
        if gates.get(key).is_some_and(|g| Arc::strong_count(g) == 1) {
            gates.remove(key);
        }
    }
}

/// Serves kept pages, and keeps the pages handlers allow.
pub async fn layer(State(st): State<AppState>, req: Request, next: Next) -> Response {
    let Some(ctx) = req.extensions().get::<Ctx>().cloned() else {
        return next.run(req).await;
    };
    if req.method() != Method::GET || ctx.path.contains("notice=") {
        return next.run(req).await;
    }
    let key = Key {
        path: ctx.path.clone(),
        locale: ctx.locale,
        viewer: Viewer::of(&ctx),
        state: None,
    };
    let known = match st.kept.pages.get(&key) {
        Some(page) if page.current(&ctx) => return kept_response(page),
        Some(_) => true,
        None => false,
    };
    // A page kept before and now stale (after a write, under load): one
    // request renders it, the others for the same page wait for its result
    // instead of all rendering it at once.
    let gate = known.then(|| st.kept.gate(&key));
    let _turn = match &gate {
        Some(g) => Some(g.clone().lock_owned().await),
        None => None,
    };
    if gate.is_some() {
        if let Some(page) = st.kept.pages.get(&key).filter(|p| p.current(&ctx)) {
            drop(_turn);
            st.kept.done(&key, gate);
            return kept_response(page);
        }
    }
    let res = serve_and_keep(&st, &ctx, key.clone(), req, next).await;
    drop(_turn);
    if gate.is_some() {
        st.kept.done(&key, gate);
    }
    res
}

async fn serve_and_keep(st: &AppState, ctx: &Ctx, key: Key, req: Request, next: Next) -> Response {
    let res = next.run(req).await;
    let Some(Keep(deps)) = res.extensions().get::<Keep>().copied() else {
        return res;
    };
    if res.status() != StatusCode::OK {
        return res;
    }
    let (parts, body) = res.into_parts();
    let bytes = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(b) => b,
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    // A page too large to keep is served all the same.
    let Some(html) = std::str::from_utf8(&bytes)
        .ok()
        .filter(|h| h.len() <= MAX_PAGE_BYTES)
    else {
        return Response::from_parts(parts, Body::from(bytes));
    };
    // Versions read as this request arrived: a change made while the page
    // was rendered makes it stale rather than wrongly current.
    let mut page = KeptPage::new(html, deps, ctx.versions.of(deps));
    page.route = parts.extensions.get::<crate::metrics::RouteTag>().cloned();
    let page = Arc::new(page);
    st.kept.pages.insert(key, page.clone());
    kept_response(page)
}

/// A signed-in reader's page, kept for every reader in the same state.
///
/// A member's page shows things of their own (their standing, what they
/// have not read, their last visit, their draft); the handler reads those
/// first (cheaply) and names them all in `state`, then `make` renders the
/// page only when no reader with the same [`Viewer`] and `state` has one
/// current. Whatever the page shows of the reader beyond their `Viewer`
/// must be in `state`, or one reader could see another's.
pub async fn kept_for(
    st: &AppState,
    ctx: &Ctx,
    state: String,
    deps: &'static [Entity],
    make: impl std::future::Future<Output = Result<axum::response::Html<String>, crate::AppError>>,
) -> Result<Response, crate::AppError> {
    // A page with a notice is seen once.
    if ctx.path.contains("notice=") {
        return Ok(make.await?.into_response());
    }
    let key = Key {
        path: ctx.path.clone(),
        locale: ctx.locale,
        viewer: Viewer::of(ctx),
        state: Some(state),
    };
    if let Some(page) = st.kept.pages.get(&key).filter(|p| p.current(ctx)) {
        return Ok(kept_response(page));
    }
    let axum::response::Html(html) = make.await?;
    if html.len() > MAX_PAGE_BYTES {
        return Ok(axum::response::Html(html).into_response());
    }
    // Versions read as this request arrived (see `serve_and_keep`).
    let page = Arc::new(KeptPage::new(&html, deps, ctx.versions.of(deps)));
    st.kept.pages.insert(key, page.clone());
    Ok(kept_response(page))
}

/// A response whose body the context layer writes for its reader (`finish`).
fn kept_response(page: Arc<KeptPage>) -> Response {
    let mut res = Response::new(Body::empty());
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    if let Some(tag) = page.route.clone() {
        res.extensions_mut().insert(tag);
    }
    res.extensions_mut().insert(page);
    res
}

/// Whether the client takes gzip (`Accept-Encoding`, q-values honoured).
pub fn accepts_gzip(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|coding| {
            let mut it = coding.split(';');
            let name = it.next().unwrap_or("").trim();
            let q_zero = it.any(|p| {
                p.trim()
                    .strip_prefix("q=")
                    .and_then(|q| q.trim().parse::<f32>().ok())
                    .is_some_and(|q| q <= 0.0)
            });
            (name.eq_ignore_ascii_case("gzip") || name == "*") && !q_zero
        })
}

/// Writes the body of an HTML response for its reader: a kept page joined
/// with the reader's values (gzipped when the client takes it), or any
/// other page with its slots filled.
pub async fn finish(mut res: Response, values: &Values<'_>, gzip_ok: bool) -> Response {
    if let Some(page) = res.extensions_mut().remove::<Arc<KeptPage>>() {
        let (mut parts, _) = res.into_parts();
        let body = if gzip_ok {
            parts
                .headers
                .insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
            page.gzip(values)
        } else {
            page.text(values).into_bytes()
        };
        parts.headers.remove(header::CONTENT_LENGTH);
        return Response::from_parts(parts, Body::from(body));
    }
    let is_html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"text/html"));
    if !is_html || res.headers().contains_key(header::CONTENT_ENCODING) {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    match axum::body::to_bytes(body, usize::MAX).await {
        Ok(bytes) => {
            // Pages are ours and UTF-8: the quick check first.
            let html = match std::str::from_utf8(&bytes) {
                Ok(s) => std::borrow::Cow::Borrowed(s),
                Err(_) => String::from_utf8_lossy(&bytes),
            };
            parts.headers.remove(header::CONTENT_LENGTH);
            Response::from_parts(parts, Body::from(slots::fill(&html, values)))
        }
        Err(e) => {
            tracing::error!(error = %e, "reading a page to fill its slots");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(v: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(header::ACCEPT_ENCODING, HeaderValue::from_str(v).unwrap());
        h
    }

    #[test]
    fn gzip_is_taken_unless_refused() {
        assert!(accepts_gzip(&headers("gzip, deflate, br")));
        assert!(accepts_gzip(&headers("br;q=1.0, GZIP;q=0.5")));
        assert!(accepts_gzip(&headers("*")));
        assert!(!accepts_gzip(&headers("gzip;q=0, br")));
        assert!(!accepts_gzip(&headers("identity")));
        assert!(!accepts_gzip(&HeaderMap::new()));
    }
}
