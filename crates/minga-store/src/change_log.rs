use crate::{row, Result, Store};
use sqlx::{Any, Transaction};

/// Appends one entry to the change log inside the caller's transaction.
pub(crate) async fn record(
    tx: &mut Transaction<'_, Any>,
    entity: &str,
    id: &str,
    op: &str,
) -> Result<()> {
    sqlx::query("INSERT INTO change_log (entity, entity_id, op, at) VALUES ($1, $2, $3, $4)")
        .bind(entity)
        .bind(id)
        .bind(op)
        .bind(row::now_ms())
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Ends an UPDATE's transaction: `NotFound` when it touched no row, else
/// logs the change and commits.
pub(crate) async fn commit_change(
    mut tx: Transaction<'_, Any>,
    affected: u64,
    entity: &str,
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
    pub async fn latest_change(&self) -> Result<i64> {
        let (seq,): (i64,) = sqlx::query_as("SELECT COALESCE(MAX(seq), 0) FROM change_log")
            .fetch_one(&self.reader)
            .await?;
        Ok(seq)
    }
}
