//! Conversions between stored columns and domain types.

use crate::StoreError;
use chrono::{DateTime, TimeZone, Utc};

pub fn now_ms() -> i64 {
    Utc::now().timestamp_millis()
}

/// `$from, $from+1, …` for `n` bound values (an `IN (…)` list).
pub fn placeholders(from: usize, n: usize) -> String {
    (from..from + n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(",")
}

pub fn from_ms(ms: i64) -> DateTime<Utc> {
    Utc.timestamp_millis_opt(ms).single().unwrap_or_default()
}

pub fn parse<T, E: std::fmt::Display>(
    what: &str,
    r: std::result::Result<T, E>,
) -> Result<T, StoreError> {
    r.map_err(|e| StoreError::Corrupt(format!("{what}: {e}")))
}

pub fn opt<T>(what: &str, v: Option<T>) -> Result<T, StoreError> {
    v.ok_or_else(|| StoreError::Corrupt(what.to_string()))
}
