//! Minga's use cases — invite a person, sign in, edit an organisation — written
//! against the store. Business rules live here; the web layer only parses
//! requests and renders answers.

pub mod accounts;
pub mod capacity;
pub mod communities;
pub mod community_directory;
mod community_notices;
pub mod consultations;
pub mod demo;
mod demo_capacity;
pub mod demo_communities;
mod demo_consultations;
mod demo_discussions;
mod demo_kel;
pub mod demo_library;
mod demo_practices;
mod derived;
pub mod discussions;
mod error;
pub mod events;
pub mod files;
pub mod jobs;
pub mod kel;
pub mod library;
pub mod mail;
pub mod markdown;
pub mod media;
pub mod notifications;
pub mod orgs;
pub mod passwords;
pub mod people;
pub mod person_page;
pub mod pictures;
pub mod practices;
mod sessions;
pub mod throttle;
pub mod tokens;
pub mod versions;

pub use capacity::exchanges;
pub use error::{BoxError, CoreError};
pub use mail::{Mailer, OutgoingMail};
pub use versions::Versions;

pub use minga_blobs::{Blobs, Reading};
use minga_store::Store;
use std::sync::Arc;

pub type Result<T, E = CoreError> = std::result::Result<T, E>;

/// Settings the use cases need.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The public address of the site, used in links sent by email.
    pub base_url: String,
    /// The sender of Minga's email.
    pub mail_from: String,
    /// The network's name, shown in emails.
    pub network_name: String,
    /// The largest file anyone may upload, in bytes.
    pub max_upload_bytes: u64,
    /// The network's time zone: a deadline is the end of a day there.
    pub time_zone: minga_domain::TimeZone,
    /// The most file space one organisation may use, in bytes.
    pub org_quota_bytes: u64,
    /// The largest recording or video anyone may upload, in bytes.
    pub max_media_bytes: u64,
    /// The ffmpeg program (a name on PATH or a path); ffprobe is looked for
    /// beside it. Renditions are not made when it cannot be run.
    pub ffmpeg: String,
    /// The pdftoppm program (poppler) that draws a PDF's first page for the
    /// library's previews; PDFs get none when it cannot be run.
    pub pdftoppm: String,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            base_url: "http://127.0.0.1:8080".into(),
            mail_from: "Minga <minga@localhost>".into(),
            network_name: "Minga".into(),
            max_upload_bytes: 20_000_000,
            time_zone: minga_domain::TimeZone::utc(),
            org_quota_bytes: 200_000_000,
            max_media_bytes: 1_024_000_000,
            ffmpeg: "ffmpeg".into(),
            pdftoppm: "pdftoppm".into(),
        }
    }
}

/// The application core: cheap to clone, shared by every request.
#[derive(Clone)]
pub struct Core {
    pub(crate) store: Store,
    pub blobs: Blobs,
    pub mailer: Arc<Mailer>,
    pub settings: Arc<Settings>,
    derived: Arc<derived::Derived>,
    versions: Arc<versions::VersionReader>,
    sessions: Arc<sessions::SessionCache>,
}

impl Core {
    /// A deadline as every reader sees it: the day typed, in the network's
    /// time zone, with the zone.
    pub fn deadline_text(
        &self,
        l: minga_domain::Locale,
        deadline: chrono::DateTime<chrono::Utc>,
    ) -> String {
        minga_i18n::format_deadline(l, deadline, self.settings.time_zone.tz())
    }

    pub fn new(store: Store, blobs: Blobs, mailer: Mailer, settings: Settings) -> Core {
        Core {
            store,
            blobs,
            mailer: Arc::new(mailer),
            settings: Arc::new(settings),
            derived: Arc::default(),
            versions: Arc::default(),
            sessions: Arc::default(),
        }
    }

    /// The same core with nothing kept in memory, as another app server
    /// would start (tests compare what each serves).
    pub fn cold_twin(&self) -> Core {
        Core {
            store: self.store.clone(),
            blobs: self.blobs.clone(),
            mailer: self.mailer.clone(),
            settings: self.settings.clone(),
            derived: Arc::default(),
            versions: Arc::default(),
            sessions: Arc::default(),
        }
    }

    /// Whether the database answers.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn ping(&self) -> Result<()> {
        Ok(self.store.ping().await?)
    }

    /// Jobs waiting to run, and the newest change's number (for metrics).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn queue_figures(&self) -> Result<(i64, i64)> {
        Ok((
            self.store.pending_jobs().await?,
            self.store.latest_change().await?,
        ))
    }

    /// Closes the database's connections (at shutdown).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn close(&self) {
        self.store.close().await;
    }

    /// A link into the site, for emails.
    pub fn link(&self, path: &str) -> String {
        format!("{}{}", self.settings.base_url.trim_end_matches('/'), path)
    }
}
