//! The jobs table: background work (mail first) that any app server may
//! pick up. A job is leased, not deleted, while it runs, so a crashed server's
//! job is retried when the lease runs out.

use crate::row::now_ms;
use crate::{Backend, Result, Store};
use minga_domain::JobId;
use sqlx::{Any, Transaction};

/// A job about to be queued.
#[derive(Debug, Clone)]
pub struct NewJob {
    pub kind: String,
    pub payload: String,
    pub run_at: i64,
}

impl NewJob {
    pub fn now(kind: &str, payload: String) -> NewJob {
        NewJob {
            kind: kind.to_string(),
            payload,
            run_at: now_ms(),
        }
    }
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Job {
    pub id: String,
    pub kind: String,
    pub payload: String,
    pub attempts: i64,
}

/// Which jobs a worker loop takes.
#[derive(Debug, Clone, Copy)]
pub enum JobKinds<'a> {
    All,
    Only(&'a [&'a str]),
    AllBut(&'a [&'a str]),
}

/// After this many failures a job is kept for inspection but never retried.
pub const MAX_ATTEMPTS: i64 = 8;

pub(crate) async fn insert_job(tx: &mut Transaction<'_, Any>, job: &NewJob) -> Result<()> {
    sqlx::query(
        "INSERT INTO jobs (id, kind, payload, run_at, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(JobId::new().to_string())
    .bind(&job.kind)
    .bind(&job.payload)
    .bind(job.run_at)
    .bind(now_ms())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

impl Store {
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn enqueue(&self, job: &NewJob) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        insert_job(&mut tx, job).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Leases the next due job for `lease_ms`, or `None` when nothing is due.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn claim_job(&self, lease_ms: i64) -> Result<Option<Job>> {
        self.claim_job_of(lease_ms, JobKinds::All).await
    }

    /// Leases the next due job of the kinds asked (so long jobs, such as
    /// making renditions, run in their own loop and never hold up mail).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn claim_job_of(&self, lease_ms: i64, kinds: JobKinds<'_>) -> Result<Option<Job>> {
        let now = now_ms();
        let (filter, kinds): (String, &[&str]) = match kinds {
            JobKinds::All => (String::new(), &[]),
            JobKinds::Only(k) => (
                format!(" AND kind IN ({})", crate::row::placeholders(3, k.len())),
                k,
            ),
            JobKinds::AllBut(k) => (
                format!(
                    " AND kind NOT IN ({})",
                    crate::row::placeholders(3, k.len())
                ),
                k,
            ),
        };
        // BACKEND-SPECIFIC: PostgreSQL lets concurrent servers skip each
        // other's rows; SQLite's single writer serialises claims anyway.
        let lock = match self.backend {
            Backend::Postgres => " FOR UPDATE SKIP LOCKED",
            Backend::Sqlite => "",
        };
        let sql = format!(
            "UPDATE jobs SET locked_until = $1, attempts = attempts + 1 WHERE id = (\
               SELECT id FROM jobs WHERE dead = 0 AND run_at <= $2 AND (locked_until IS NULL OR locked_until < $2){filter} \
               ORDER BY run_at, id LIMIT 1{lock}) \
             RETURNING id, kind, payload, attempts"
        );
        let mut q = sqlx::query_as(&sql).bind(now + lease_ms).bind(now);
        for k in kinds {
            q = q.bind(*k);
        }
        Ok(q.fetch_optional(&self.writer).await?)
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn complete_job(&self, id: &str) -> Result<()> {
        sqlx::query("DELETE FROM jobs WHERE id = $1")
            .bind(id)
            .execute(&self.writer)
            .await?;
        Ok(())
    }

    /// Keeps a long job (making renditions) leased to this worker for
    /// `lease_ms` more, so no other worker takes it meanwhile.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn extend_lease(&self, id: &str, lease_ms: i64) -> Result<()> {
        sqlx::query("UPDATE jobs SET locked_until = $1 WHERE id = $2")
            .bind(now_ms() + lease_ms)
            .bind(id)
            .execute(&self.writer)
            .await?;
        Ok(())
    }

    /// Records a failure; retries later with exponential back-off, or gives
    /// up after `MAX_ATTEMPTS`.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn fail_job(&self, job: &Job, error: &str) -> Result<()> {
        let backoff = 30_000i64 * (1i64 << job.attempts.clamp(0, 10));
        sqlx::query("UPDATE jobs SET locked_until = NULL, last_error = $1, run_at = $2, dead = $3 WHERE id = $4")
            .bind(error)
            .bind(now_ms() + backoff)
            .bind((job.attempts >= MAX_ATTEMPTS) as i64)
            .bind(&job.id)
            .execute(&self.writer)
            .await?;
        Ok(())
    }

    /// Jobs waiting to run (not dead), for tests and health checks.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn pending_jobs(&self) -> Result<i64> {
        let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM jobs WHERE dead = 0")
            .fetch_one(&self.writer)
            .await?;
        Ok(n)
    }
}

impl Store {
    /// Forgets the emails that building a demo or benchmark network queued
    /// (its people are made up; nobody is to be written to), and marks its
    /// notifications as emailed so no digest goes out for them either.
    /// They stay in the app, unread.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn forget_made_up_mail(&self, mail_kind: &str) -> Result<u64> {
        let mut tx = self.writer.begin().await?;
        let done = sqlx::query("DELETE FROM jobs WHERE kind = $1 AND attempts = 0")
            .bind(mail_kind)
            .execute(&mut *tx)
            .await?;
        sqlx::query("UPDATE notifications SET emailed_at = $1 WHERE emailed_at IS NULL")
            .bind(crate::row::now_ms())
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(done.rows_affected())
    }
}
