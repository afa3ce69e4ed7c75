//! Security headers on every response: a Content-Security-Policy that allows
//! no inline script (and no script at all yet), no framing, no sniffing; and,
//! when the site is served over https, Strict-Transport-Security.

use crate::AppState;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

/// A year, subdomains included: once a browser has seen the site over https
/// it never tries plain http again, so nobody on the way can strip the TLS.
const HSTS: &str = "max-age=31536000; includeSubDomains";

pub async fn headers(State(st): State<AppState>, req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    // Only for an https base URL: over plain http the header is ignored at
    // best, and a site that cannot answer https would lock browsers out.
    if st.secure_cookies {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static(HSTS),
        );
    }
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(crate::assets::content_security_policy()),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    h.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=()"),
    );
    h.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    res
}
