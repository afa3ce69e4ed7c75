//! Per-request context: who is signed in, which language to speak, the CSRF
//! token. Resolved once by a middleware and read by handlers as an extractor.

use crate::assets::CssMode;
use crate::error::ErrorPage;
use crate::view::{ErrorView, PageCtx};
use crate::AppState;
use askama::Template;
use axum::extract::{ConnectInfo, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use minga_domain::{Locale, User};
use std::net::SocketAddr;

pub const SESSION_COOKIE: &str = "minga_session";
pub const CSRF_COOKIE: &str = "minga_csrf";
pub const LANG_COOKIE: &str = "minga_lang";
/// Names the stylesheet the browser was sent inline and told to fetch.
pub const CSS_COOKIE: &str = "minga_css";
/// CSRF tokens are 32 random bytes, base64url: 43 characters.
pub const CSRF_LEN: usize = 43;
/// How long the CSRF cookie lasts.
pub const CSRF_DAYS: i64 = 365;

#[derive(Clone, Debug)]
pub struct Ctx {
    pub user: Option<User>,
    pub locale: Locale,
    pub csrf: String,
    pub session_token: Option<String>,
    /// Path and query of this request, to come back to after signing in.
    pub path: String,
    /// The client's address, for rate limits.
    pub client: String,
    /// Versions of everything, read after this request arrived.
    pub versions: std::sync::Arc<minga_core::Versions>,
    /// The browser has (or is fetching) the current stylesheet.
    pub css_cached: bool,
}

impl<S: Send + Sync> FromRequestParts<S> for Ctx {
    type Rejection = crate::AppError;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<Ctx>()
            .cloned()
            .ok_or_else(|| crate::AppError::other("reading the request", "no request context"))
    }
}

/// A signed-in person, or a redirect to the sign-in page.
pub struct SignedIn(pub Ctx, pub User);

impl<S: Send + Sync> FromRequestParts<S> for SignedIn {
    type Rejection = crate::AppError;
    async fn from_request_parts(parts: &mut Parts, s: &S) -> Result<Self, Self::Rejection> {
        let ctx = Ctx::from_request_parts(parts, s).await?;
        match ctx.user.clone() {
            Some(u) => Ok(SignedIn(ctx, u)),
            None => Err(crate::AppError::SignIn(ctx.path.clone())),
        }
    }
}

fn query_lang(req: &Request) -> Option<Locale> {
    let q = req.uri().query()?;
    url::form_urlencoded::parse(q.as_bytes())
        .find(|(k, _)| k == "lang")
        .and_then(|(_, v)| Locale::parse(&v))
}

pub fn cookie(
    name: &'static str,
    value: String,
    secure: bool,
    max_age_days: i64,
) -> Cookie<'static> {
    Cookie::build((name, value))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(secure)
        .max_age(time_days(max_age_days))
        .build()
}

fn time_days(days: i64) -> cookie::time::Duration {
    cookie::time::Duration::days(days)
}

pub async fn context(
    State(st): State<AppState>,
    jar: CookieJar,
    req: Request,
    next: Next,
) -> Response {
    let versions = match st.core.fresh_versions().await {
        Ok(v) => v,
        Err(e) => {
            tracing::error!(error = %e, "reading versions");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    };
    // Everything the request keeps or reads from memory is checked against
    // this one read, until the request itself writes.
    minga_core::versions::as_of(versions.clone(), in_context(st, jar, req, next, versions)).await
}

async fn in_context(
    st: AppState,
    jar: CookieJar,
    mut req: Request,
    next: Next,
    versions: std::sync::Arc<minga_core::Versions>,
) -> Response {
    let session_token = jar
        .get(SESSION_COOKIE)
        .map(|c| c.value().to_string())
        .filter(|t| t.len() <= 128);
    let user = match &session_token {
        Some(t) => st
            .core
            .session_user(t, &versions)
            .await
            .unwrap_or_else(|e| {
                tracing::error!(error = %e, "session lookup");
                None
            }),
        None => None,
    };
    let from_query = query_lang(&req);
    let from_cookie = jar.get(LANG_COOKIE).and_then(|c| Locale::parse(c.value()));
    let from_header = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(Locale::negotiate);
    let locale = user
        .as_ref()
        .map(|u| u.locale)
        .or(from_query)
        .or(from_cookie)
        .or(from_header)
        .unwrap_or_default();

    let existing_csrf = jar
        .get(CSRF_COOKIE)
        .map(|c| c.value().to_string())
        .filter(|v| {
            v.len() == CSRF_LEN
                && v.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        });
    let csrf = existing_csrf
        .clone()
        .unwrap_or_else(minga_core::tokens::new_token);
    let client = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| {
            let forwarded = req
                .headers()
                .get("x-forwarded-for")
                .and_then(|v| v.to_str().ok());
            st.trusted_proxies.client(c.0.ip(), forwarded).to_string()
        })
        .unwrap_or_else(|| "local".into());
    let path = req
        .uri()
        .path_and_query()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "/".into());
    let css_cached = jar
        .get(CSS_COOKIE)
        .is_some_and(|c| c.value() == st.assets.css_version());
    let gzip_ok = crate::kept::accepts_gzip(req.headers());
    let ctx = Ctx {
        user,
        locale,
        csrf,
        session_token: session_token.clone(),
        path,
        client,
        versions,
        css_cached,
    };
    req.extensions_mut().insert(ctx.clone());

    let mut res = next.run(req).await;

    // Errors are rendered here, where the language is known.
    let marker = res
        .extensions()
        .get::<ErrorPage>()
        .copied()
        .or_else(|| plain_error(&res));
    if let Some(err) = marker {
        let mut page = render_error(&st, &ctx, err);
        for v in res.headers().get_all(header::SET_COOKIE) {
            page.headers_mut().append(header::SET_COOKIE, v.clone());
        }
        res = page;
    }

    let mut add = Vec::new();
    // A handler that signed someone in has set a new token already.
    if existing_csrf.is_none() && !sets_cookie(&res, CSRF_COOKIE) {
        add.push(cookie(
            CSRF_COOKIE,
            ctx.csrf.clone(),
            st.secure_cookies,
            CSRF_DAYS,
        ));
    }
    // The stylesheet: linked once the browser has the file, inline before
    // (fetched for later pages from the second page on).
    let css_mode = match (ctx.css_cached, existing_csrf.is_some()) {
        (true, _) => CssMode::Link,
        (false, false) => CssMode::Inline,
        (false, true) => CssMode::InlineFetch,
    };
    if let (Some(l), None) = (from_query, &ctx.user) {
        add.push(cookie(
            LANG_COOKIE,
            l.code().to_string(),
            st.secure_cookies,
            365,
        ));
    }
    if session_token.is_some()
        && ctx.user.is_none()
        && !res.headers().contains_key(header::SET_COOKIE)
    {
        // A stale session cookie: forget it.
        let mut gone = cookie(SESSION_COOKIE, String::new(), st.secure_cookies, 0);
        gone.make_removal();
        add.push(gone);
    }
    for c in add {
        if let Ok(v) = HeaderValue::from_str(&c.to_string()) {
            res.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    // Pages depend on the cookie-borne language and session.
    res.headers_mut().insert(
        header::VARY,
        HeaderValue::from_static("cookie, accept-language"),
    );
    if !res.headers().contains_key(header::CACHE_CONTROL) {
        res.headers_mut().insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, no-cache"),
        );
    }
    let name = ctx
        .user
        .as_ref()
        .map(|u| crate::kept::slots::escape_html(&u.name))
        .unwrap_or_default();
    let is_page = res
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"text/html"));
    let (waiting, unread) = if is_page {
        (waiting_item(&st, &ctx).await, unread_item(&st, &ctx).await)
    } else {
        (String::new(), String::new())
    };
    let home = ctx.path.split('?').next() == Some("/");
    let mine = if is_page && home {
        my_communities(&st, &ctx).await
    } else {
        String::new()
    };
    let values = crate::kept::slots::Values {
        csrf: &ctx.csrf,
        name: &name,
        css: st.assets.css_slot(css_mode).0,
        css_kept: st.assets.css_slot(css_mode).1,
        waiting: &waiting,
        unread: &unread,
        mine: &mine,
    };
    crate::kept::finish(res, &values, gzip_ok).await
}

/// The home page's own communities of the reader: up to
/// [`MY_COMMUNITIES`] they are in or invited to, most active first, and the
/// way to all of them; or, in none, the way to find one. Empty for visitors.
async fn my_communities(st: &AppState, ctx: &Ctx) -> String {
    use crate::kept::slots::escape_html;
    use minga_domain::community::{CommunityFilter, Standing};
    let Some(user) = &ctx.user else {
        return String::new();
    };
    let i18n = minga_i18n::I18n::global();
    let l = ctx.locale;
    let filter = CommunityFilter {
        mine: true,
        ..Default::default()
    };
    // A failure to read leaves the section out rather than failing the page.
    let Ok(page) = st.core.communities(Some(user), &filter).await else {
        return String::new();
    };
    let cards: Vec<_> = page
        .items
        .iter()
        .filter(|c| c.standing.is_inside() || c.standing == Standing::Invited)
        .take(MY_COMMUNITIES)
        .collect();
    let mut out = format!(
        "<section aria-labelledby=\"my-communities-h\">\n<h2 id=\"my-communities-h\">{}</h2>\n",
        escape_html(&i18n.t(l, "home-my-communities"))
    );
    if cards.is_empty() {
        out.push_str(&format!(
            "<p class=\"empty\">{} <a href=\"/communities\">{}</a></p>\n",
            escape_html(&i18n.t(l, "home-my-communities-none")),
            escape_html(&i18n.t(l, "home-my-communities-find"))
        ));
    } else {
        out.push_str("<ul>");
        for c in cards {
            let standing = match c.standing {
                Standing::Invited => format!(
                    " · <strong>{}</strong>",
                    escape_html(&i18n.t(l, "community-standing-invited"))
                ),
                Standing::Moderator => {
                    format!(
                        " · {}",
                        escape_html(&i18n.t(l, "community-standing-moderator"))
                    )
                }
                _ => String::new(),
            };
            out.push_str(&format!(
                "<li><a href=\"/communities/{}\"><bdi>{}</bdi></a>{standing}</li>",
                c.community.slug,
                escape_html(&c.community.title)
            ));
        }
        out.push_str("</ul>\n");
        out.push_str(&format!(
            "<p><a href=\"/communities\">{}</a></p>\n",
            escape_html(&i18n.t(l, "home-my-communities-all"))
        ));
    }
    out.push_str("</section>\n");
    out
}

/// How many of the reader's communities the home page lists.
pub const MY_COMMUNITIES: usize = 6;

/// The navigation's link to requests waiting for the reader's organisation's
/// answer, with their number; empty for visitors and when none wait.
async fn waiting_item(st: &AppState, ctx: &Ctx) -> String {
    let Some(user) = &ctx.user else {
        return String::new();
    };
    // A failure to count leaves the item out rather than failing the page.
    let n = st.core.requests_waiting(user).await.unwrap_or(0);
    if n == 0 {
        return String::new();
    }
    let label = minga_i18n::I18n::global().ta(
        ctx.locale,
        "nav-waiting",
        &[
            ("count", minga_i18n::Value::from(n)),
            (
                "n",
                minga_i18n::s(minga_i18n::format_number(ctx.locale, n as i64)),
            ),
        ],
    );
    let current = if ctx.path == "/capacity/exchanges" {
        " aria-current=\"page\""
    } else {
        ""
    };
    format!(
        "<li><a href=\"/capacity/exchanges\" class=\"waiting\"{current}>{}</a></li>",
        crate::kept::slots::escape_html(&label)
    )
}

/// The navigation's link to the reader's notifications, saying how many are
/// unread; empty for visitors.
async fn unread_item(st: &AppState, ctx: &Ctx) -> String {
    let Some(user) = &ctx.user else {
        return String::new();
    };
    // A failure to count shows the link without a number rather than
    // failing the page.
    let n = st.core.unread_notifications(user).await.unwrap_or(0);
    let i18n = minga_i18n::I18n::global();
    let (label, class) = if n == 0 {
        (i18n.t(ctx.locale, "nav-notifications"), "")
    } else if n >= u64::from(minga_core::notifications::UNREAD_CAP) {
        (
            i18n.t(ctx.locale, "nav-notifications-many"),
            " class=\"unread\"",
        )
    } else {
        (
            i18n.ta(
                ctx.locale,
                "nav-notifications-unread",
                &[
                    ("count", minga_i18n::Value::from(n)),
                    (
                        "n",
                        minga_i18n::s(minga_i18n::format_number(ctx.locale, n as i64)),
                    ),
                ],
            ),
            " class=\"unread\"",
        )
    };
    let path = ctx.path.split('?').next().unwrap_or_default();
    let current = if path == "/notifications" {
        " aria-current=\"page\""
    } else if path.starts_with("/notifications/") {
        " aria-current=\"true\""
    } else {
        ""
    };
    format!(
        "<li><a href=\"/notifications\"{class}{current}>{}</a></li>",
        crate::kept::slots::escape_html(&label)
    )
}

/// Whether the response sets the cookie `name`.
fn sets_cookie(res: &Response, name: &str) -> bool {
    res.headers().get_all(header::SET_COOKIE).iter().any(|v| {
        v.as_bytes()
            .strip_prefix(name.as_bytes())
            .is_some_and(|rest| rest.starts_with(b"="))
    })
}

/// Framework rejections (bad path, bad form, wrong method) arrive as plain
/// text; they get the same translated page as our own errors.
fn plain_error(res: &Response) -> Option<ErrorPage> {
    let status = res.status();
    // A 416 answers a download's Range header: its Content-Range is the message.
    if !(status.is_client_error() || status.is_server_error())
        || status == StatusCode::RANGE_NOT_SATISFIABLE
    {
        return None;
    }
    let is_html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if is_html {
        return None;
    }
    let key = match status {
        StatusCode::NOT_FOUND => "error-404",
        StatusCode::FORBIDDEN => "error-403",
        StatusCode::TOO_MANY_REQUESTS => "error-429",
        StatusCode::PAYLOAD_TOO_LARGE => "error-413",
        s if s.is_server_error() => "error-500",
        _ => "error-400",
    };
    Some(ErrorPage { status, key })
}

fn render_error(st: &AppState, ctx: &Ctx, err: ErrorPage) -> Response {
    let page = PageCtx::new(st, ctx, "error-title");
    let view = ErrorView {
        message: page.t(err.key),
        status: err.status.as_u16(),
        page,
    };
    match view.render() {
        Ok(html) => (err.status, Html(html)).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "rendering the error page");
            err.status.into_response()
        }
    }
}
