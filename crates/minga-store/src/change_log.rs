use crate::{row, Result, Store};
use minga_domain::Entity;
use sqlx::{Any, Transaction};

tokio::task_local! {
    /// Set when the task inside [`watching_writes`] records a change.
    static RECORDED: std::cell::Cell<bool>;
}

/// Runs `f`, noting whether it records any change (see [`recorded`]): a
/// request that has written must not trust versions read before it did.
pub async fn watching_writes<F: std::future::Future>(f: F) -> F::Output {
    RECORDED.scope(std::cell::Cell::new(false), f).await
}

/// Whether the task has recorded a change inside [`watching_writes`]
/// (true outside it, where nothing is known).
pub fn recorded() -> bool {
    RECORDED.try_with(|r| r.get()).unwrap_or(true)
}

/// Appends one entry to the change log inside the caller's transaction.
pub(crate) async fn record(
    tx: &mut Transaction<'_, Any>,
    entity: Entity,
    id: &str,
    op: &str,
) -> Result<()> {
    // Marked before the write: a change that may have committed counts.
    let _ = RECORDED.try_with(|r| r.set(true));
    let entity = entity.code();
    sqlx::query("INSERT INTO change_log (entity, entity_id, op, at) VALUES ($1, $2, $3, $4)")
        .bind(entity)
        .bind(id)
        .bind(op)
        .bind(row::now_ms())
        .execute(&mut **tx)
        .await?;
    sqlx::query(
        "INSERT INTO entity_versions (entity, version) VALUES ($1, 1) \
         ON CONFLICT (entity) DO UPDATE SET version = entity_versions.version + 1",
    )
    .bind(entity)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Ends an UPDATE's transaction: `NotFound` when it touched no row, else
/// logs the change and commits.
pub(crate) async fn commit_change(
    mut tx: Transaction<'_, Any>,
    affected: u64,
    entity: Entity,
    id: &str,
    op: &str,
) -> Result<()> {
    if affected == 0 {
        return Err(crate::StoreError::NotFound);
    }
    record(&mut tx, entity, id, op).await?;
    tx.commit().await?;
    Ok(())
}

/// One entry of the change log.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Change {
    pub seq: i64,
    pub entity: String,
    pub entity_id: String,
    pub op: String,
}

impl Store {
    /// Entries after `seq`, oldest first, for followers of the log.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn changes_since(&self, seq: i64, limit: i64) -> Result<Vec<Change>> {
        Ok(sqlx::query_as("SELECT seq, entity, entity_id, op FROM change_log WHERE seq > $1 ORDER BY seq LIMIT $2")
            .bind(seq)
            .bind(limit)
            .fetch_all(&self.reader)
            .await?)
    }
}

impl Store {
    /// The sequence number of the newest change (0 when there is none).
    /// The version of everything made of `entities` (all of them when
    /// empty): it grows with every committed change to any of them, so a
    /// value kept with the version it was made at is current while the
    /// version is unchanged. See `entity_versions` in the migrations.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn version_of(&self, entities: &[Entity]) -> Result<i64> {
        let sql = if entities.is_empty() {
            "SELECT CAST(COALESCE(SUM(version), 0) AS BIGINT) FROM entity_versions".to_string()
        } else {
            format!(
                "SELECT CAST(COALESCE(SUM(version), 0) AS BIGINT) FROM entity_versions WHERE entity IN ({})",
                row::placeholders(1, entities.len())
            )
        };
        let mut q = sqlx::query_as::<_, (i64,)>(&sql);
        for e in entities {
            q = q.bind(e.code());
        }
        Ok(q.fetch_one(&self.reader).await?.0)
    }

    /// The version of every entity kind, in one read (kinds never written
    /// are absent; rows this build does not know are skipped).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn entity_versions(&self) -> Result<Vec<(Entity, i64)>> {
        let rows: Vec<(String, i64)> =
            sqlx::query_as("SELECT entity, version FROM entity_versions")
                .fetch_all(&self.reader)
                .await?;
        Ok(rows
            .into_iter()
            .filter_map(|(e, v)| Entity::parse(&e).map(|e| (e, v)))
            .collect())
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn latest_change(&self) -> Result<i64> {
        let (seq,): (i64,) = sqlx::query_as("SELECT COALESCE(MAX(seq), 0) FROM change_log")
            .fetch_one(&self.reader)
            .await?;
        Ok(seq)
    }
}
