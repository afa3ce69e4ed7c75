//! Runs queued background work. Every app server runs a worker; the jobs
//! table hands each job to one of them.

use crate::mail::OutgoingMail;
use crate::{Core, CoreError, Result};
use minga_store::{Job, JobKinds, NewJob};
use std::time::Duration;

pub const MAIL: &str = "mail";
const LEASE_MS: i64 = 5 * 60 * 1000;
/// Jobs that run programs (ffmpeg, pdftoppm) and may take minutes: they run
/// in a loop of their own, so mail never waits behind them.
const SLOW: &[&str] = &[crate::media::RENDITIONS_JOB, minga_store::PREVIEW_JOB];

pub fn mail_job(mail: &OutgoingMail) -> NewJob {
    NewJob::now(MAIL, serde_json::to_string(mail).unwrap_or_default())
}

impl Core {
    /// Queues a message for the worker.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn queue_mail(&self, mail: &OutgoingMail) -> Result<()> {
        self.store.enqueue(&mail_job(mail)).await?;
        Ok(())
    }

    /// Runs every job that is due now; returns how many ran (failed or not).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn run_due_jobs(&self) -> Result<usize> {
        self.run_due_jobs_of(JobKinds::All).await
    }

    /// Runs the due jobs of the kinds asked.
    async fn run_due_jobs_of(&self, kinds: JobKinds<'_>) -> Result<usize> {
        let mut n = 0;
        while let Some(job) = self.store.claim_job_of(LEASE_MS, kinds).await? {
            n += 1;
            if let Err(e) = self.run_job(&job).await {
                tracing::warn!(job = %job.id, kind = %job.kind, attempt = job.attempts, error = %e, "job failed");
                self.store.fail_job(&job, &e.to_string()).await?;
            } else {
                self.store.complete_job(&job.id).await?;
            }
        }
        Ok(n)
    }

    async fn run_job(&self, job: &Job) -> Result<()> {
        match job.kind.as_str() {
            MAIL => {
                let mail: OutgoingMail = serde_json::from_str(&job.payload)
                    .map_err(CoreError::with("reading a queued mail"))?;
                self.mailer.send(&mail).await
            }
            crate::accounts::RESET_JOB => self.send_reset_link(&job.payload).await,
            crate::media::RENDITIONS_JOB => {
                // ffmpeg may take long: no other worker takes the job meanwhile.
                let lease = crate::media::FFMPEG_TIMEOUT.as_millis() as i64 * 4 + LEASE_MS;
                self.store.extend_lease(&job.id, lease).await?;
                let id = job
                    .payload
                    .parse()
                    .map_err(CoreError::with("reading a recording's id"))?;
                self.make_renditions(id).await
            }
            minga_store::PREVIEW_JOB => self.make_preview(&job.payload).await,
            other => Err(CoreError::other(
                "running a job",
                format!("unknown job kind {other}"),
            )),
        }
    }

    /// The worker loop: polls the jobs table until the process ends, and
    /// once a minute queues the reminders that mapping rounds and events call
    /// for; every five minutes queues the daily notification digests that are
    /// due; once an hour forgets uploads nothing links to. Renditions (ffmpeg,
    /// minutes for a long recording) run in a loop of their own, so mail never
    /// waits behind them.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn run_worker(self, poll: Duration) {
        let media = self.clone();
        match self.queue_missing_previews().await {
            Ok(0) => {}
            Ok(n) => tracing::info!(previews = n, "queued the library's missing previews"),
            Err(e) => tracing::error!(error = %e, "queueing previews"),
        }
        tokio::spawn(async move {
            loop {
                if let Err(e) = media.run_due_jobs_of(JobKinds::Only(SLOW)).await {
                    tracing::error!(error = %e, "renditions worker");
                }
                tokio::time::sleep(poll).await;
            }
        });
        let mut last_reminders: Option<std::time::Instant> = None;
        let mut last_sweep: Option<std::time::Instant> = None;
        let mut last_digests: Option<std::time::Instant> = None;
        let mut last_statistics: Option<std::time::Instant> = None;
        loop {
            if last_statistics.is_none_or(|t| t.elapsed() >= Duration::from_secs(6 * 3600)) {
                last_statistics = Some(std::time::Instant::now());
                if let Err(e) = self.store.optimize().await {
                    tracing::error!(error = %e, "refreshing the planner's statistics");
                }
            }
            if last_sweep.is_none_or(|t| t.elapsed() >= Duration::from_secs(3600)) {
                last_sweep = Some(std::time::Instant::now());
                match self.sweep_files(chrono::Utc::now()).await {
                    Ok(0) => {}
                    Ok(n) => tracing::info!(blobs = n, "forgot unattached uploads"),
                    Err(e) => tracing::error!(error = %e, "sweeping uploads"),
                }
                // A week and a day before a consultation's deadline: an
                // hour's delay does not matter, and each is sent once.
                if let Err(e) = self.send_consultation_reminders(chrono::Utc::now()).await {
                    tracing::error!(error = %e, "consultation reminders");
                }
            }
            if last_reminders.is_none_or(|t| t.elapsed() >= Duration::from_secs(60)) {
                last_reminders = Some(std::time::Instant::now());
                if let Err(e) = self.send_round_reminders(chrono::Utc::now()).await {
                    tracing::error!(error = %e, "round reminders");
                }
                if let Err(e) = self.send_event_reminders(chrono::Utc::now()).await {
                    tracing::error!(error = %e, "event reminders");
                }
            }
            if last_digests.is_none_or(|t| t.elapsed() >= Duration::from_secs(300)) {
                last_digests = Some(std::time::Instant::now());
                match self.send_notification_digests(chrono::Utc::now()).await {
                    Ok(0) => {}
                    Ok(n) => tracing::info!(digests = n, "queued daily notification digests"),
                    Err(e) => tracing::error!(error = %e, "notification digests"),
                }
            }
            if let Err(e) = self.run_due_jobs_of(JobKinds::AllBut(SLOW)).await {
                tracing::error!(error = %e, "job worker");
            }
            tokio::time::sleep(poll).await;
        }
    }
}
