//! The web front end: axum routes, server-rendered askama pages that work
//! without JavaScript, sessions and CSRF protection, translated errors.
//!
//! Each feature folder holds its handlers, its `router()` and its templates
//! side by side; `router()` below merges them and adds the shared layers.

mod accounts;
mod assets;
mod capacity;
mod client_addr;
mod communities;
mod csv_file;
mod ctx;
mod discussions;
mod error;
mod events;
mod files;
mod forms;
mod fragments;
mod home;
mod kel;
mod kept;
mod library;
mod media;
pub mod metrics;
mod notifications;
mod orgs;
mod people;
mod pictures;
mod practices;
mod routes;
mod security;
mod view;

pub use assets::Assets;
pub use client_addr::TrustedProxies;
pub use ctx::{Ctx, CSRF_COOKIE, SESSION_COOKIE};
pub use error::AppError;
pub use routes::route_patterns;
pub use view::Notice;

use axum::Router;
use minga_core::Core;
use std::sync::Arc;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub core: Core,
    pub assets: Arc<Assets>,
    /// The site is served over https (its base URL says so): cookies get
    /// `Secure`, and responses Strict-Transport-Security.
    pub secure_cookies: bool,
    pub kept: Arc<kept::KeptPages>,
    pub fragments: Arc<fragments::Fragments>,
    /// Reverse proxies whose `X-Forwarded-For` names the client.
    pub trusted_proxies: Arc<TrustedProxies>,
    pub metrics: Arc<metrics::Metrics>,
}

impl AppState {
    pub fn new(core: Core) -> AppState {
        let secure_cookies = core.settings.base_url.starts_with("https://");
        AppState {
            core,
            assets: Arc::new(Assets::build()),
            secure_cookies,
            kept: Arc::default(),
            fragments: Arc::default(),
            trusted_proxies: Arc::default(),
            metrics: Arc::default(),
        }
    }

    /// Believe `X-Forwarded-For` from these proxies (rate limits key on the client).
    pub fn with_trusted_proxies(mut self, proxies: TrustedProxies) -> AppState {
        self.trusted_proxies = Arc::new(proxies);
        self
    }
}

/// The whole application.
pub fn router(state: AppState) -> Router {
    routes::all()
        .into_router()
        .route_layer(axum::middleware::from_fn(metrics::tag_route))
        .fallback(|| async { AppError::NotFound })
        .layer(tower_http::catch_panic::CatchPanicLayer::new())
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            kept::layer,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            ctx::context,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            security::headers,
        ))
        .layer(
            // Pages made per request are compressed at level 3: about 9%
            // larger than level 6 and about half the time; kept pages are
            // compressed once, at 9 (bench/RESULTS.md).
            tower_http::compression::CompressionLayer::new()
                .quality(tower_http::compression::CompressionLevel::Precise(3))
                .gzip(true)
                .compress_when(no_gzip_for_media()),
        )
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            metrics::measure,
        ))
        .with_state(state)
}

/// What tower-http compresses by default, less sound and video: they are
/// compressed already, and gzip would drop their length and range support
/// (a 500 MB recording downloaded with a browser's `Accept-Encoding: gzip`
/// would be deflated for nothing, with no progress shown).
fn no_gzip_for_media() -> impl tower_http::compression::Predicate {
    use tower_http::compression::predicate::{DefaultPredicate, NotForContentType, Predicate};
    DefaultPredicate::new()
        .and(NotForContentType::const_new("video/"))
        .and(NotForContentType::const_new("audio/"))
}

async fn healthz(
    axum::extract::State(st): axum::extract::State<AppState>,
) -> Result<&'static str, AppError> {
    st.core.ping().await?;
    Ok("ok")
}
