//! Embedded migrations, one folder per backend, applied in order at start.

use crate::{Backend, Result, StoreError};
use sha2::{Digest, Sha256};
use sqlx::{AnyPool, Executor};

/// One migration: its version, its file's name and its SQL.
type Step = (i64, &'static str, &'static str);

macro_rules! steps {
    ($dir:literal: $($v:literal $name:literal),* $(,)?) => {
        &[$(($v, $name, include_str!(concat!("../migrations/", $dir, "/", $name, ".sql")))),*]
    };
}

const SQLITE: &[Step] = steps!["sqlite":
    1 "0001_foundation",
    2 "0002_capacity",
    3 "0003_files",
    4 "0004_map_tallies",
    5 "0005_entity_versions",
    6 "0006_map_cells_index",
    7 "0007_round_drafts",
    8 "0008_people_images",
    9 "0009_exchange_threads",
    10 "0010_directory_search",
    11 "0011_profile_answers_drafts",
    12 "0012_communities",
    13 "0013_notifications",
    14 "0014_media",
    15 "0015_discussions",
    16 "0016_events",
    17 "0017_library",
    18 "0018_practices",
    19 "0019_kel",
    20 "0020_consultations",
];
const POSTGRES: &[Step] = steps!["postgres":
    1 "0001_foundation",
    2 "0002_capacity",
    3 "0003_files",
    4 "0004_map_tallies",
    5 "0005_entity_versions",
    6 "0006_map_cells_index",
    7 "0007_round_drafts",
    8 "0008_people_images",
    9 "0009_exchange_threads",
    10 "0010_directory_search",
    11 "0011_profile_answers_drafts",
    12 "0012_communities",
    13 "0013_notifications",
    14 "0014_media",
    15 "0015_discussions",
    16 "0016_events",
    17 "0017_library",
    18 "0018_practices",
    19 "0019_kel",
    20 "0020_consultations",
];

/// SHA-256 of a migration's SQL, hex; line endings are normalised so that a
/// checkout with CRLF endings gives the same sum.
pub fn checksum(sql: &str) -> String {
    hex::encode(Sha256::digest(sql.replace("\r\n", "\n").as_bytes()))
}

/// Applies the migrations this database has not seen, in order, and refuses
/// to start if one it has seen was edited since ([`StoreError::MigrationChanged`]).
///
/// `schema_migrations` records what was applied; `schema_migration_checksums`
/// the SHA-256 of each one's SQL. That table came after the first migrations:
/// a database that applied them without sums gets the sums of the embedded
/// files on its first start with this code, and is checked from then on.
pub async fn run(pool: &AnyPool, backend: Backend) -> Result<()> {
    pool.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, applied_at BIGINT NOT NULL)")
        .await?;
    pool.execute("CREATE TABLE IF NOT EXISTS schema_migration_checksums (version BIGINT PRIMARY KEY, checksum TEXT NOT NULL)")
        .await?;
    let steps = match backend {
        Backend::Sqlite => SQLITE,
        Backend::Postgres => POSTGRES,
    };
    for (version, name, sql) in steps {
        let sum = checksum(sql);
        let mut tx = pool.begin().await?;
        // Several app servers may start at once: on PostgreSQL the advisory
        // lock makes the others wait for the first to finish.
        if backend == Backend::Postgres {
            // BACKEND-SPECIFIC
            tx.execute("SELECT pg_advisory_xact_lock(7263512)").await?;
        }
        let done: Option<(i64,)> =
            sqlx::query_as("SELECT version FROM schema_migrations WHERE version = $1")
                .bind(version)
                .fetch_optional(&mut *tx)
                .await?;
        let recorded: Option<(String,)> =
            sqlx::query_as("SELECT checksum FROM schema_migration_checksums WHERE version = $1")
                .bind(version)
                .fetch_optional(&mut *tx)
                .await?;
        match (done, recorded) {
            (Some(_), Some((recorded,))) if recorded != sum => {
                return Err(StoreError::MigrationChanged {
                    name: format!("{}/{name}.sql", backend_dir(backend)),
                    recorded,
                    embedded: sum,
                });
            }
            (Some(_), Some(_)) => {}
            (Some(_), None) => {
                // Applied before checksums were recorded: trust it once.
                record(&mut tx, *version, &sum).await?;
                tracing::info!(version, "recorded the checksum of an applied migration");
            }
            (None, _) => {
                tx.execute(*sql).await?;
                sqlx::query("INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)")
                    .bind(version)
                    .bind(crate::row::now_ms())
                    .execute(&mut *tx)
                    .await?;
                sqlx::query("DELETE FROM schema_migration_checksums WHERE version = $1")
                    .bind(version)
                    .execute(&mut *tx)
                    .await?;
                record(&mut tx, *version, &sum).await?;
                tracing::info!(version, "applied migration");
            }
        }
        tx.commit().await?;
    }
    Ok(())
}

async fn record(tx: &mut sqlx::Transaction<'_, sqlx::Any>, version: i64, sum: &str) -> Result<()> {
    sqlx::query("INSERT INTO schema_migration_checksums (version, checksum) VALUES ($1, $2)")
        .bind(version)
        .bind(sum)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

fn backend_dir(backend: Backend) -> &'static str {
    match backend {
        Backend::Sqlite => "migrations/sqlite",
        Backend::Postgres => "migrations/postgres",
    }
}

#[cfg(test)]
mod tests {
    /// A migration file that is not listed above would silently never run.
    #[test]
    fn every_migration_file_is_listed() {
        for (dir, listed) in [
            ("sqlite", super::SQLITE.len()),
            ("postgres", super::POSTGRES.len()),
        ] {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("migrations")
                .join(dir);
            let files = std::fs::read_dir(path)
                .unwrap()
                .filter(|e| {
                    e.as_ref()
                        .unwrap()
                        .path()
                        .extension()
                        .is_some_and(|x| x == "sql")
                })
                .count();
            assert_eq!(files, listed, "{dir}");
        }
    }
}
