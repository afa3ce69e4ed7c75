//! Embedded migrations, one folder per backend, applied in order at start.

use crate::{Backend, Result};
use sqlx::{AnyPool, Executor};

const SQLITE: &[(i64, &str)] = &[
    (1, include_str!("../migrations/sqlite/0001_foundation.sql")),
    (2, include_str!("../migrations/sqlite/0002_capacity.sql")),
    (3, include_str!("../migrations/sqlite/0003_files.sql")),
    (4, include_str!("../migrations/sqlite/0004_map_tallies.sql")),
    (
        5,
        include_str!("../migrations/sqlite/0005_entity_versions.sql"),
    ),
];
const POSTGRES: &[(i64, &str)] = &[
    (
        1,
        include_str!("../migrations/postgres/0001_foundation.sql"),
    ),
    (2, include_str!("../migrations/postgres/0002_capacity.sql")),
    (3, include_str!("../migrations/postgres/0003_files.sql")),
    (
        4,
        include_str!("../migrations/postgres/0004_map_tallies.sql"),
    ),
    (
        5,
        include_str!("../migrations/postgres/0005_entity_versions.sql"),
    ),
];

pub async fn run(pool: &AnyPool, backend: Backend) -> Result<()> {
    pool.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, applied_at BIGINT NOT NULL)")
        .await?;
    let steps = match backend {
        Backend::Sqlite => SQLITE,
        Backend::Postgres => POSTGRES,
    };
    for (version, sql) in steps {
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
        if done.is_none() {
            tx.execute(*sql).await?;
            sqlx::query("INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)")
                .bind(version)
                .bind(crate::row::now_ms())
                .execute(&mut *tx)
                .await?;
            tracing::info!(version, "applied migration");
        }
        tx.commit().await?;
    }
    Ok(())
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
