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
    /// What it holds on a first visit: the rules inline (no round trip
    /// before the first paint) and a hint to fetch the file for later pages.
    css_inline: crate::kept::gzip::Deflated,
}

impl Assets {
    pub fn build() -> Assets {
        let hash = hex::encode(Sha256::digest(CSS.as_bytes()));
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        // Writing to a Vec cannot fail.
        let _ = gz.write_all(CSS.as_bytes());
        let css_gzip = gz.finish().unwrap_or_default();
        let css_name = format!("minga.{}.css", &hash[..12]);
        let inline =
            format!("<style>{CSS}</style><link rel=\"prefetch\" href=\"/static/{css_name}\">");
        let css_inline = crate::kept::gzip::compress(
            &[crate::kept::gzip::Segment::Text(&inline)],
            crate::kept::LEVEL,
        )
        .pop()
        .expect("one text, one piece");
        Assets {
            css_link: format!("<link rel=\"stylesheet\" href=\"/static/{css_name}\">"),
            css_name,
            css_gzip,
            css_inline,
        }
    }

    /// Names this build's stylesheet (the `minga_css` cookie's value).
    pub fn css_version(&self) -> &str {
        &self.css_name[6..18]
    }

    /// The head's stylesheet: inline on a first visit, else a link.
    pub fn css_slot(&self, inline: bool) -> &str {
        if inline {
            &self.css_inline.raw
        } else {
            &self.css_link
        }
    }

    pub fn inline_css(&self) -> &crate::kept::gzip::Deflated {
        &self.css_inline
    }
}

/// The Content-Security-Policy: no script at all; styles from this site and
/// the one inline stylesheet, named by its hash.
pub fn content_security_policy() -> &'static str {
    static CSP: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    CSP.get_or_init(|| {
        use base64::Engine;
        let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(CSS.as_bytes()));
        format!(
            "default-src 'none'; style-src 'self' 'sha256-{hash}'; img-src 'self' data:; \
             form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
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
    *res.status_mut() = StatusCode::OK;
    res
}
