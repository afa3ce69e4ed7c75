//! Files for spreadsheets: CSV (RFC 4180, written by the `csv` crate) that
//! starts with a UTF-8 byte-order mark, so spreadsheets read accents and
//! Arabic, and whose cells never run as formulas.

use crate::AppError;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};

/// The byte-order mark that tells spreadsheets the file is UTF-8.
pub const BOM: &str = "\u{feff}";

/// A cell that a spreadsheet would read as a formula (it begins with `=`, `+`,
/// `-`, `@`, a tab or a carriage return) gets a leading `'`, as OWASP advises
/// against CSV injection; the quote shows, the formula does not run.
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// A CSV file of `rows` (the first is the header), every cell neutralised,
/// offered for download as `name` (ASCII letters and digits kept).
pub fn download(name: &str, rows: &[Vec<String>]) -> Result<Response, AppError> {
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::from(BOM.as_bytes()));
    let write_err = AppError::with("writing a CSV file");
    for row in rows {
        out.write_record(row.iter().map(|c| neutralise(c).into_owned()))
            .map_err(write_err)?;
    }
    let out = out
        .into_inner()
        .map_err(|e| AppError::other("writing a CSV file", e.into_error()))?;
    let mut res = out.into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    let name: String = name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{name}.csv\"")) {
        res.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(res)
}

#[cfg(test)]
mod tests {
    use super::neutralise;

    #[test]
    fn cells_a_spreadsheet_would_run_get_a_quote() {
        for (cell, out) in [
            ("=1+1", "'=1+1"),
            ("+1", "'+1"),
            ("-2", "'-2"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("a=b", "a=b"),
            ("", ""),
            ("ائتلاف", "ائتلاف"),
        ] {
            assert_eq!(neutralise(cell), out);
        }
    }
}
