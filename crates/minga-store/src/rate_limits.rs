//! Fixed-window counters kept in the database, so every app server sees the
//! same count for an account or an address.

use crate::row::now_ms;
use crate::{Result, Store};

impl Store {
    /// Counts one attempt under `key` and returns the attempts in the current
    /// window (including this one).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn rate_limit_hit(&self, key: &str, window_ms: i64) -> Result<i64> {
        let now = now_ms();
        let (hits,): (i64,) = sqlx::query_as(
            "INSERT INTO rate_limits (key, window_start, hits) VALUES ($1, $2, 1) \
             ON CONFLICT (key) DO UPDATE SET \
               hits = CASE WHEN rate_limits.window_start <= $3 THEN 1 ELSE rate_limits.hits + 1 END, \
               window_start = CASE WHEN rate_limits.window_start <= $3 THEN $2 ELSE rate_limits.window_start END \
             RETURNING hits",
        )
        .bind(key)
        .bind(now)
        .bind(now - window_ms)
        .fetch_one(&self.writer)
        .await?;
        Ok(hits)
    }

    /// Attempts so far in the current window, without counting one.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn rate_limit_peek(&self, key: &str, window_ms: i64) -> Result<i64> {
        let row: Option<(i64,)> =
            sqlx::query_as("SELECT hits FROM rate_limits WHERE key = $1 AND window_start > $2")
                .bind(key)
                .bind(now_ms() - window_ms)
                .fetch_optional(&self.writer)
                .await?;
        Ok(row.map(|r| r.0).unwrap_or(0))
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn rate_limit_clear(&self, key: &str) -> Result<()> {
        sqlx::query("DELETE FROM rate_limits WHERE key = $1")
            .bind(key)
            .execute(&self.writer)
            .await?;
        Ok(())
    }
}
