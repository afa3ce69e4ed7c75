//! GET /files/{id}/{name}: downloads of uploaded files, for signed-in
//! members, with HTTP range requests so long recordings and large documents
//! can resume and seek.

use crate::ctx::SignedIn;
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

/// The byte range a `Range` header asks for, once the size is known: `None`
/// for the whole file (also when several ranges are asked: the whole file
/// is a valid answer to those), `Err` when it lies outside the file.
fn pick_range(header: Option<&str>, size: u64) -> Result<Option<std::ops::Range<u64>>, ()> {
    let Some(raw) = header else {
        return Ok(None);
    };
    let ranges = http_range_header::parse_range_header(raw)
        .and_then(|r| r.validate(size))
        .map_err(|_| ())?;
    match ranges.as_slice() {
        [one] => Ok(Some(*one.start()..*one.end() + 1)),
        _ => Ok(None),
    }
}

async fn download(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path((id, _name)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let id: FileId = id.parse().map_err(|_| AppError::NotFound)?;
    let range = headers.get(header::RANGE).and_then(|v| v.to_str().ok());
    let (file, reading) = match st
        .core
        .open_file(&user, id, |size| pick_range(range, size))
        .await
    {
        Ok(x) => x,
        Err(CoreError::RangeNotSatisfiable(size)) => {
            return Ok((
                StatusCode::RANGE_NOT_SATISFIABLE,
                [(header::CONTENT_RANGE, format!("bytes */{size}"))],
            )
                .into_response())
        }
        Err(e) => return Err(e.into()),
    };
    let inline = shows_inline(&file.content_type);
    let content_type = if inline {
        file.content_type.as_str()
    } else {
        "application/octet-stream"
    };
    let partial = reading.range.start != 0 || reading.range.end != reading.size;
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
        HeaderValue::from_str(&content_disposition(inline, &file.name))
            .map_err(AppError::with("a Content-Disposition header"))?,
    );
    // A file's bytes never change under its id; only members may fetch it.
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, max-age=31536000, immutable"),
    );
    Ok(res)
}

/// `inline` or `attachment`, with the name in plain ASCII for old browsers
/// and in UTF-8 (RFC 6266 / RFC 8187) for the rest.
fn content_disposition(inline: bool, name: &str) -> String {
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

    #[test]
    fn ranges() {
        assert_eq!(pick_range(None, 10), Ok(None));
        assert_eq!(pick_range(Some("bytes=2-4"), 10), Ok(Some(2..5)));
        assert_eq!(pick_range(Some("bytes=7-"), 10), Ok(Some(7..10)));
        assert_eq!(pick_range(Some("bytes=-3"), 10), Ok(Some(7..10)));
        assert_eq!(pick_range(Some("bytes=20-30"), 10), Err(()));
        assert_eq!(pick_range(Some("bytes=0-1,4-5"), 10), Ok(None));
    }

    #[test]
    fn disposition_keeps_unicode_names() {
        assert_eq!(
            content_disposition(false, "تقرير \"final\".docx"),
            "attachment; filename=\"_____ _final_.docx\"; filename*=UTF-8''%D8%AA%D9%82%D8%B1%D9%8A%D8%B1%20%22final%22.docx"
        );
    }
}
