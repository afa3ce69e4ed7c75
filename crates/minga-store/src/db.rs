use crate::{migrate, Result};
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, Executor};
use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Handle on the database: a writer and a reader pool. On SQLite the writer
/// has one connection (SQLite allows one writer; queuing in the pool beats
/// `SQLITE_BUSY`) and readers use WAL snapshots; on PostgreSQL both are the
/// same pool.
#[derive(Clone, Debug)]
pub struct Store {
    pub(crate) backend: Backend,
    pub(crate) writer: AnyPool,
    pub(crate) reader: AnyPool,
}

impl Store {
    /// Opens the database at `url`, or a SQLite file `minga.db` in `data_dir`
    /// when `url` is `None`, and applies pending migrations.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn open(url: Option<&str>, data_dir: &Path) -> Result<Store> {
        sqlx::any::install_default_drivers();
        let url = match url {
            Some(u) => u.to_string(),
            None => {
                let path = data_dir.join("minga.db");
                format!("sqlite://{}?mode=rwc", path.display())
            }
        };
        let store = if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let opts = AnyConnectOptions::from_str(&url)?;
            let pool = AnyPoolOptions::new()
                .max_connections(16)
                .acquire_timeout(Duration::from_secs(10))
                .connect_with(opts)
                .await?;
            Store {
                backend: Backend::Postgres,
                writer: pool.clone(),
                reader: pool,
            }
        } else if url.starts_with("sqlite:") {
            let opts = AnyConnectOptions::from_str(&url)?;
            let writer = sqlite_pool(opts.clone(), 1).await?;
            // Create the schema before readers open, so they see WAL mode.
            migrate::run(&writer, Backend::Sqlite).await?;
            let reader = sqlite_pool(opts, 8).await?;
            return Ok(Store {
                backend: Backend::Sqlite,
                writer,
                reader,
            });
        } else {
            return Err(crate::StoreError::Corrupt(format!(
                "unsupported database URL (expected sqlite: or postgres://): {}",
                redact(&url)
            )));
        };
        migrate::run(&store.writer, store.backend).await?;
        Ok(store)
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// A cheap query, for readiness checks.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn ping(&self) -> Result<()> {
        sqlx::query("SELECT 1").execute(&self.reader).await?;
        Ok(())
    }

    /// Refreshes the query planner's statistics: after bulk loads, and from
    /// time to time as the tables grow (statistics taken while a table was
    /// small make SQLite scan it whole later).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn optimize(&self) -> Result<()> {
        // BACKEND-SPECIFIC: each database's own statistics command.
        let sql = match self.backend {
            // A bounded sample per index: quick however large the tables.
            Backend::Sqlite => "PRAGMA analysis_limit=1000; PRAGMA optimize=0x10002",
            Backend::Postgres => "ANALYZE",
        };
        self.writer.execute(sql).await?;
        Ok(())
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn close(&self) {
        self.writer.close().await;
        self.reader.close().await;
    }
}

async fn sqlite_pool(opts: AnyConnectOptions, max: u32) -> Result<AnyPool> {
    Ok(AnyPoolOptions::new()
        .max_connections(max)
        .min_connections(1)
        // A SQLite connection is a file handle on this machine: nothing can
        // drop it, and the ping sqlx sends before lending each one would
        // double every query's round trip to the connection's thread.
        .test_before_acquire(false)
        .acquire_timeout(Duration::from_secs(30))
        .after_connect(|conn, _meta| {
            Box::pin(async move {
                // BACKEND-SPECIFIC: SQLite's connection settings. Reads map
                // the file (256 MB) so every connection shares the OS's page
                // cache instead of a 2 MB cache of its own.
                conn.execute(
                    "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
                     PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; \
                     PRAGMA mmap_size = 268435456;",
                )
                .await?;
                Ok(())
            })
        })
        .connect_with(opts)
        .await?)
}

/// Hides a password in a database URL for messages and logs.
pub fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("***"));
            u.to_string()
        }
        _ => url.to_string(),
    }
}
