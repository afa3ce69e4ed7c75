//! Command line and environment: every flag has a `MINGA_*` fallback.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser)]
#[command(
    name = "minga",
    version,
    about = "Minga — a Learning Hub for networks of civil-society organisations"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Serve the hub.
    Serve(ServerArgs),
    /// Fill an empty data folder (or database) with the demo network, then serve it.
    Demo {
        #[command(flatten)]
        server: ServerArgs,
        /// The password of every demo account.
        #[arg(long, env = "MINGA_DEMO_PASSWORD", default_value = minga_core::demo::DEFAULT_PASSWORD)]
        demo_password: String,
    },
    /// Apply database migrations and exit.
    Migrate {
        #[command(flatten)]
        server: ServerArgs,
    },
    /// Administration without the web interface.
    Admin {
        #[command(flatten)]
        server: ServerArgs,
        #[command(subcommand)]
        command: AdminCommand,
    },
    /// Generate a network of any size (benchmarks).
    Generate {
        #[command(flatten)]
        server: ServerArgs,
        #[arg(long, default_value_t = 10_000)]
        orgs: usize,
        #[arg(long, default_value_t = 100_000)]
        users: usize,
        /// Learning Communities to add (each with up to 40 members).
        #[arg(long, default_value_t = 0)]
        communities: usize,
        /// Posts in those communities (topics of 50, and one of 201 in the first).
        #[arg(long, default_value_t = 0)]
        posts: usize,
        /// Resources in the library (links, one in five in two languages).
        #[arg(long, default_value_t = 0)]
        resources: usize,
        /// Published best practices, each tried by up to four organisations.
        #[arg(long, default_value_t = 0)]
        practices: usize,
        /// Questions of a consultation asking every member organisation,
        /// answered by each one that has staff (0: none).
        #[arg(long, default_value_t = 0)]
        consultation_questions: usize,
        #[arg(long, default_value = minga_core::demo::DEFAULT_PASSWORD)]
        password: String,
    },
}

#[derive(Subcommand)]
pub enum AdminCommand {
    /// Print a one-time invitation link (and mail it when SMTP is set).
    Invite {
        #[arg(long)]
        email: String,
        /// secretariat, org_admin, member or partner
        #[arg(long, default_value = "secretariat")]
        role: String,
        /// The organisation's slug (not needed for the Secretariat).
        #[arg(long)]
        org: Option<String>,
        /// Language of the invitation email.
        #[arg(long, default_value = "en")]
        locale: String,
        /// Country of the Secretariat, when a fresh install has none yet.
        #[arg(long)]
        country: Option<String>,
    },
}

#[derive(Args, Clone)]
pub struct ServerArgs {
    /// Address to listen on.
    #[arg(long, env = "MINGA_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: String,
    /// Folder for the SQLite database, the outbox and uploaded files.
    #[arg(long, env = "MINGA_DATA_DIR", default_value = "./data")]
    pub data_dir: PathBuf,
    /// postgres://… to use PostgreSQL; default: SQLite in the data folder.
    #[arg(long, env = "MINGA_DATABASE_URL", hide_env_values = true)]
    pub database_url: Option<String>,
    /// smtp://host:port, smtps://user:pass@host, or smtp://…?tls=required; without it mail goes to DATA_DIR/outbox.
    #[arg(long, env = "MINGA_SMTP_URL", hide_env_values = true)]
    pub smtp_url: Option<String>,
    /// Sender of Minga's email.
    #[arg(
        long,
        env = "MINGA_MAIL_FROM",
        default_value = "Minga <minga@localhost>"
    )]
    pub mail_from: String,
    /// Public address of the site, for links in email (default: http://LISTEN).
    #[arg(long, env = "MINGA_BASE_URL")]
    pub base_url: Option<String>,
    /// The network's name, used in emails.
    #[arg(long, env = "MINGA_NETWORK_NAME", default_value = "Minga")]
    pub network_name: String,
    /// Where uploaded files live: file:///path (default: DATA_DIR/files) or memory:.
    #[arg(long, env = "MINGA_BLOBS_URL")]
    pub blobs_url: Option<String>,
    /// Reverse proxies (addresses or networks, comma-separated) whose
    /// X-Forwarded-For names the client, for rate limits: e.g. 127.0.0.1.
    #[arg(long, env = "MINGA_TRUSTED_PROXIES", default_value = "")]
    pub trusted_proxies: String,
    /// Serve Prometheus metrics at http://ADDRESS/metrics (off by default;
    /// keep it on a private address such as 127.0.0.1:9187).
    #[arg(long, env = "MINGA_METRICS_LISTEN")]
    pub metrics_listen: Option<String>,
    /// The largest file anyone may upload, in megabytes.
    #[arg(long, env = "MINGA_MAX_UPLOAD_MB", default_value_t = 20)]
    pub max_upload_mb: u64,
    /// The network's time zone (an IANA name such as Africa/Nairobi): a
    /// round's deadline is the end of that day there.
    #[arg(long, env = "MINGA_TIME_ZONE", default_value = "UTC")]
    pub time_zone: String,
    /// The most file space one organisation's uploads may take, in megabytes.
    #[arg(long, env = "MINGA_ORG_QUOTA_MB", default_value_t = 200)]
    pub org_quota_mb: u64,
    /// The largest recording or video anyone may upload, in megabytes.
    #[arg(long, env = "MINGA_MAX_MEDIA_MB", default_value_t = 1024)]
    pub max_media_mb: u64,
    /// The ffmpeg program that makes recordings' light renditions (ffprobe
    /// is looked for beside it); without it, recordings are served as uploaded.
    #[arg(long, env = "MINGA_FFMPEG", default_value = "ffmpeg")]
    pub ffmpeg: String,
    /// The pdftoppm program (poppler-utils) that draws the first page of a
    /// PDF in the library as its preview; without it PDFs have none.
    #[arg(long, env = "MINGA_PDFTOPPM", default_value = "pdftoppm")]
    pub pdftoppm: String,
}

const KNOWN_ENV: [&str; 19] = [
    "MINGA_PDFTOPPM",
    "MINGA_MAX_MEDIA_MB",
    "MINGA_FFMPEG",
    "MINGA_LISTEN",
    "MINGA_DATA_DIR",
    "MINGA_DATABASE_URL",
    "MINGA_SMTP_URL",
    "MINGA_MAIL_FROM",
    "MINGA_BASE_URL",
    "MINGA_NETWORK_NAME",
    "MINGA_BLOBS_URL",
    "MINGA_MAX_UPLOAD_MB",
    "MINGA_ORG_QUOTA_MB",
    "MINGA_TIME_ZONE",
    "MINGA_TRUSTED_PROXIES",
    "MINGA_METRICS_LISTEN",
    "MINGA_DEMO_PASSWORD",
    "MINGA_LOG",
    "MINGA_TEST_DATABASE_URL",
];

/// A misspelt variable silently does nothing; say so.
pub fn warn_unknown_env() {
    for (k, _) in std::env::vars() {
        if k.starts_with("MINGA_") && !KNOWN_ENV.contains(&k.as_str()) {
            tracing::warn!(variable = %k, "unknown MINGA_ environment variable (ignored)");
        }
    }
}
