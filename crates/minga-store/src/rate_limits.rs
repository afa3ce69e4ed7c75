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

    /// Takes back one attempt counted by [`Store::rate_limit_hit`] (one that
    /// turned out not to count, such as a correct sign-in).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn rate_limit_refund(&self, key: &str) -> Result<()> {
        sqlx::query("UPDATE rate_limits SET hits = hits - 1 WHERE key = $1 AND hits > 0")
            .bind(key)
            .execute(&self.writer)
            .await?;
        Ok(())
    }

    /// Counts one failure in a streak under `key` and returns the streak's
    /// length. A streak is failures less than `memory_ms` apart: for these
    /// keys `window_start` holds the time of the latest failure, so a quiet
    /// spell of `memory_ms` forgets them.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn streak_hit(&self, key: &str, memory_ms: i64) -> Result<i64> {
        let now = now_ms();
        let (hits,): (i64,) = sqlx::query_as(
            "INSERT INTO rate_limits (key, window_start, hits) VALUES ($1, $2, 1) \
             ON CONFLICT (key) DO UPDATE SET \
               hits = CASE WHEN rate_limits.window_start <= $3 THEN 1 ELSE rate_limits.hits + 1 END, \
               window_start = $2 \
             RETURNING hits",
        )
        .bind(key)
        .bind(now)
        .bind(now - memory_ms)
        .fetch_one(&self.writer)
        .await?;
        Ok(hits)
    }

    /// The streak under `key` (its length and its latest failure's time in
    /// ms), unless it is forgotten; and the time now, on the same clock.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn streak(&self, key: &str, memory_ms: i64) -> Result<(Option<(i64, i64)>, i64)> {
        let now = now_ms();
        let row: Option<(i64, i64)> = sqlx::query_as(
            "SELECT hits, window_start FROM rate_limits WHERE key = $1 AND window_start > $2",
        )
        .bind(key)
        .bind(now - memory_ms)
        .fetch_optional(&self.writer)
        .await?;
        Ok((row, now))
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
