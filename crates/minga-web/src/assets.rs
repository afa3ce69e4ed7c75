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
}

impl Assets {
    pub fn build() -> Assets {
        let hash = hex::encode(Sha256::digest(CSS.as_bytes()));
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        // Writing to a Vec cannot fail.
        let _ = gz.write_all(CSS.as_bytes());
        let css_gzip = gz.finish().unwrap_or_default();
        Assets {
            css_name: format!("minga.{}.css", &hash[..12]),
            css_gzip,
        }
    }

    pub fn css_href(&self) -> String {
        format!("/static/{}", self.css_name)
    }
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
