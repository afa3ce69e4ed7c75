//! GET /files/{id}/{name}: downloads of uploaded files (for signed-in
//! members, and for visitors the attachments of a public community's posts;
//! core decides), with HTTP range requests so long recordings and large documents
//! can resume and seek.

use crate::{AppError, AppState};
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use minga_core::CoreError;
use minga_domain::files::shows_inline;
use minga_domain::FileId;

pub fn router() -> crate::routes::Routes {
    crate::routes::Routes::new().route("/files/{id}/{name}", axum::routing::get(download))
}

/// The byte range to send once the file's size and entity tag are known.
/// `Ok(None)` sends the whole file: when there is no `Range`, when it cannot
/// be parsed or is not in bytes (RFC 9110 §14.2 says to ignore it), when it
/// asks for several ranges or overlapping ones (the whole file answers those
/// too), and when `If-Range` names another version of the file. `Err` (416)
/// only when a well-formed range lies wholly outside the file.
fn pick_range(
    range: Option<&str>,
    if_range: Option<&str>,
    etag: &str,
    size: u64,
) -> Result<Option<std::ops::Range<u64>>, ()> {
    let Some(raw) = range else {
        return Ok(None);
    };
    // Only our strong tag matches; we send no Last-Modified, so a date never does.
    if if_range.is_some_and(|v| v.trim() != etag) {
        return Ok(None);
    }
    let Ok(parsed) = http_range_header::parse_range_header(raw) else {
        return Ok(None);
    };
    match parsed.validate(size) {
        Ok(ranges) => match ranges.as_slice() {
            [one] => Ok(Some(*one.start()..*one.end() + 1)),
            _ => Ok(None),
        },
        Err(http_range_header::RangeUnsatisfiableError::Unsatisfiable) => Err(()),
        Err(_) => Ok(None),
    }
}

async fn download(
    State(st): State<AppState>,
    ctx: crate::Ctx,
    Path((id, _name)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let id: FileId = id.parse().map_err(|_| AppError::NotFound)?;
    let ask = RangeAsk::of(&headers);
    let minga_core::files::OpenFile {
        file,
        etag,
        reading,
    } = match st.core.open_file(ctx.user.as_ref(), id, ask.picker()).await {
        Ok(x) => x,
        Err(CoreError::RangeNotSatisfiable(size)) => return Ok(not_satisfiable(size)),
        Err(e) => return Err(e.into()),
    };
    let inline = shows_inline(&file.content_type);
    let content_type = if inline {
        file.content_type.as_str()
    } else {
        "application/octet-stream"
    };
    // A file's bytes never change under its id; only members may fetch it.
    ranged_response(
        reading,
        ask.honoured(),
        &etag,
        content_type,
        &content_disposition(inline, &file.name),
    )
}

/// What a request asks of a download: its `Range` and `If-Range` headers,
/// and (once core has picked) whether a range is being answered.
pub(crate) struct RangeAsk {
    range: Option<String>,
    if_range: Option<String>,
    honoured: std::sync::atomic::AtomicBool,
}

impl RangeAsk {
    pub(crate) fn of(headers: &HeaderMap) -> RangeAsk {
        let text = |name| {
            headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        RangeAsk {
            range: text(header::RANGE),
            if_range: text(header::IF_RANGE),
            honoured: std::sync::atomic::AtomicBool::new(false),
        }
    }

    /// Whether the picker chose a range: the answer is then 206 with
    /// `Content-Range`, even when the range is the whole file (`bytes=0-`,
    /// the first thing a browser's player asks; Safari will not play a
    /// recording answered 200).
    pub(crate) fn honoured(&self) -> bool {
        self.honoured.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// What core calls, once the size and entity tag are known, to choose
    /// the bytes to send ([`pick_range`]).
    pub(crate) fn picker(
        &self,
    ) -> impl FnOnce(u64, &str) -> Result<Option<std::ops::Range<u64>>, ()> + '_ {
        move |size, etag| {
            let picked = pick_range(self.range.as_deref(), self.if_range.as_deref(), etag, size);
            if matches!(picked, Ok(Some(_))) {
                self.honoured
                    .store(true, std::sync::atomic::Ordering::Relaxed);
            }
            picked
        }
    }
}

/// 416, with the size in `Content-Range` (its own message).
pub(crate) fn not_satisfiable(size: u64) -> Response {
    (
        StatusCode::RANGE_NOT_SATISFIABLE,
        [(header::CONTENT_RANGE, format!("bytes */{size}"))],
    )
        .into_response()
}

/// The answer to a download: the bytes read (all, or the range asked, as
/// 206 with `Content-Range`; `ranged` when one was, [`RangeAsk::honoured`]),
/// their type and entity tag, `Accept-Ranges`, and a year of private
/// caching (the bytes never change under their URL).
pub(crate) fn ranged_response(
    reading: minga_core::Reading,
    ranged: bool,
    etag: &str,
    content_type: &str,
    disposition: &str,
) -> Result<Response, AppError> {
    let partial = ranged || reading.range.start != 0 || reading.range.end != reading.size;
    let mut res = Response::new(Body::from_stream(reading.body));
    *res.status_mut() = if partial {
        StatusCode::PARTIAL_CONTENT
    } else {
        StatusCode::OK
    };
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(content_type)
            .unwrap_or(HeaderValue::from_static("application/octet-stream")),
    );
    h.insert(
        header::CONTENT_LENGTH,
        HeaderValue::from(reading.range.end - reading.range.start),
    );
    h.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    // The tag a client sends back in If-Range to resume this very file.
    h.insert(
        header::ETAG,
        HeaderValue::from_str(etag).map_err(AppError::with("an ETag header"))?,
    );
    if partial {
        h.insert(
            header::CONTENT_RANGE,
            HeaderValue::from_str(&format!(
                "bytes {}-{}/{}",
                reading.range.start,
                reading.range.end - 1,
                reading.size
            ))
            .map_err(AppError::with("a Content-Range header"))?,
        );
    }
    h.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(disposition)
            .map_err(AppError::with("a Content-Disposition header"))?,
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, max-age=31536000, immutable"),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    Ok(res)
}

/// `inline` or `attachment`, with the name in plain ASCII for old browsers
/// and in UTF-8 (RFC 6266 / RFC 8187) for the rest.
pub(crate) fn content_disposition(inline: bool, name: &str) -> String {
    let kind = if inline { "inline" } else { "attachment" };
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let mut encoded = String::new();
    for b in name.bytes() {
        if b.is_ascii_alphanumeric() || b"!#$&+-.^_`|~".contains(&b) {
            encoded.push(b as char);
        } else {
            encoded.push_str(&format!("%{b:02X}"));
        }
    }
    format!("{kind}; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

#[cfg(test)]
mod tests {
    use super::*;

    const TAG: &str = "\"abc\"";

    fn pick(range: &str) -> Result<Option<std::ops::Range<u64>>, ()> {
        pick_range(Some(range), None, TAG, 10)
    }

    #[test]
    fn ranges() {
        assert_eq!(pick_range(None, None, TAG, 10), Ok(None));
        assert_eq!(pick("bytes=2-4"), Ok(Some(2..5)));
        assert_eq!(pick("bytes=7-"), Ok(Some(7..10)));
        assert_eq!(pick("bytes=-3"), Ok(Some(7..10)));
        assert_eq!(pick("bytes=5-20"), Ok(Some(5..10)));
        assert_eq!(pick("bytes=20-30"), Err(()));
        assert_eq!(pick("bytes=0-1,4-5"), Ok(None));
    }

    #[test]
    fn unparsable_or_foreign_ranges_are_ignored() {
        for raw in [
            "",
            "bytes",
            "bytes=",
            "bytes=x-y",
            "bytes=4-2",
            "items=0-1",
            "pages=1",
            "bytes=0-1,0-2,0-3,1-4",
        ] {
            assert_eq!(pick(raw), Ok(None), "{raw:?}");
        }
    }

    #[test]
    fn if_range_must_name_this_file() {
        assert_eq!(
            pick_range(Some("bytes=2-4"), Some(TAG), TAG, 10),
            Ok(Some(2..5))
        );
        for other in ["\"old\"", "W/\"abc\"", "Wed, 21 Oct 2015 07:28:00 GMT", ""] {
            assert_eq!(
                pick_range(Some("bytes=2-4"), Some(other), TAG, 10),
                Ok(None)
            );
            // A stale validator also sends the whole file instead of a 416.
            assert_eq!(
                pick_range(Some("bytes=20-"), Some(other), TAG, 10),
                Ok(None)
            );
        }
    }

    proptest::proptest! {
        /// Whatever the headers say, the answer is the whole file, a range
        /// inside it, or a 416 for a well-formed range outside it.
        #[test]
        fn any_range_header_gives_a_range_inside_the_file(
            raw in "(bytes=)?[0-9, =-]{0,20}|.{0,30}",
            size in 1u64..1000,
        ) {
            match pick_range(Some(&raw), None, TAG, size) {
                Ok(Some(r)) => proptest::prop_assert!(r.start < r.end && r.end <= size),
                Ok(None) => {}
                Err(()) => proptest::prop_assert!(raw.to_ascii_lowercase().starts_with("bytes=")),
            }
        }
    }

    #[test]
    fn disposition_keeps_unicode_names() {
        assert_eq!(
            content_disposition(false, "تقرير \"final\".docx"),
            "attachment; filename=\"_____ _final_.docx\"; filename*=UTF-8''%D8%AA%D9%82%D8%B1%D9%8A%D8%B1%20%22final%22.docx"
        );
    }
}
