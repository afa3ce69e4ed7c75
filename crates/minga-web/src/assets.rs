//! The stylesheet: one file, named by its content hash so it can be cached
//! forever, gzipped once at start.

use crate::AppState;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};
use std::io::Write;

const CSS: &str = include_str!("static/minga.css");

pub struct Assets {
    pub css_name: String,
    css_gzip: Vec<u8>,
    /// What a page's head holds when the browser has the stylesheet.
    css_link: String,
    /// What it holds on a visitor's very first page: the rules inline, so
    /// nothing waits for a second round trip before the first paint.
    css_inline: crate::kept::gzip::Deflated,
    /// On later pages until the browser has the file: the rules inline and a
    /// hint to fetch the file (whose answer sets `minga_css`).
    css_inline_fetch: crate::kept::gzip::Deflated,
}

/// How a page's head carries the stylesheet (`Assets::css_slot`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CssMode {
    /// The browser has the file (`minga_css` names this build's).
    Link,
    /// The first page of a first visit: inline, nothing else fetched.
    Inline,
    /// Inline, and fetch the file for the pages after this one.
    InlineFetch,
}

impl Assets {
    pub fn build() -> Assets {
        let hash = hex::encode(Sha256::digest(CSS.as_bytes()));
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        // Writing to a Vec cannot fail.
        let _ = gz.write_all(CSS.as_bytes());
        let css_gzip = gz.finish().unwrap_or_default();
        let css_name = format!("minga.{}.css", &hash[..12]);
        let kept = |html: &str| {
            crate::kept::gzip::compress(
                &[crate::kept::gzip::Segment::Text(html)],
                crate::kept::LEVEL,
            )
            .pop()
            .expect("one text, one piece")
        };
        let css_inline = kept(&format!("<style>{CSS}</style>"));
        let css_inline_fetch = kept(&format!(
            "<style>{CSS}</style><link rel=\"prefetch\" href=\"/static/{css_name}\">"
        ));
        Assets {
            css_link: format!("<link rel=\"stylesheet\" href=\"/static/{css_name}\">"),
            css_name,
            css_gzip,
            css_inline,
            css_inline_fetch,
        }
    }

    /// Names this build's stylesheet (the `minga_css` cookie's value).
    pub fn css_version(&self) -> &str {
        &self.css_name[6..18]
    }

    /// The head's stylesheet as text, and kept compressed when inline.
    pub fn css_slot(&self, mode: CssMode) -> (&str, Option<&crate::kept::gzip::Deflated>) {
        match mode {
            CssMode::Link => (&self.css_link, None),
            CssMode::Inline => (&self.css_inline.raw, Some(&self.css_inline)),
            CssMode::InlineFetch => (&self.css_inline_fetch.raw, Some(&self.css_inline_fetch)),
        }
    }
}

/// The Content-Security-Policy: no script at all; styles from this site and
/// the one inline stylesheet, named by its hash; sound, video and their
/// caption tracks (`media-src`) from this site only.
pub fn content_security_policy() -> &'static str {
    static CSP: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    CSP.get_or_init(|| {
        use base64::Engine;
        let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(CSS.as_bytes()));
        format!(
            "default-src 'none'; style-src 'self' 'sha256-{hash}'; img-src 'self' data:; \
             media-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        )
    })
}

pub async fn serve(
    State(st): State<AppState>,
    Path(file): Path<String>,
    headers: HeaderMap,
) -> Response {
    if file != st.assets.css_name {
        return crate::AppError::NotFound.into_response();
    }
    let gzip_ok = headers
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|e| e.trim().starts_with("gzip")));
    let mut res = if gzip_ok {
        let mut r = st.assets.css_gzip.clone().into_response();
        r.headers_mut()
            .insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
        r
    } else {
        CSS.into_response()
    };
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/css; charset=utf-8"),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=31536000, immutable"),
    );
    h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    // The browser now has the file: later pages link it instead of
    // carrying the rules inline.
    let has_it = crate::ctx::cookie(
        crate::ctx::CSS_COOKIE,
        st.assets.css_version().to_string(),
        st.secure_cookies,
        7,
    );
    if let Ok(v) = HeaderValue::from_str(&has_it.to_string()) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    *res.status_mut() = StatusCode::OK;
    res
}
