//! Uploaded files' metadata, evidence links and exchange resources.
//! The bytes themselves are in the blob store, keyed by `blob_key`.

use crate::row::{now_ms, parse, placeholders};
use crate::{change_log, Result, Store};
use minga_domain::files::FileRef;
use minga_domain::Entity;
use minga_domain::{ExchangeId, FileId, OrgId, UserId};
use sqlx::any::AnyRow;
use sqlx::Row;

/// A file to record after its bytes are stored.
#[derive(Debug, Clone)]
pub struct NewFile {
    pub id: FileId,
    pub blob_key: String,
    pub name: String,
    pub content_type: String,
    pub size: u64,
    pub org: OrgId,
    pub by: Option<UserId>,
}

/// A file with what the download needs to decide and find it.
#[derive(Debug, Clone)]
pub struct StoredFile {
    pub file: FileRef,
    pub blob_key: String,
    pub org: OrgId,
}

pub(crate) const FILE_COLUMNS: &str = "f.id, f.name, f.content_type, f.size";

pub(crate) fn file_from_row(r: &AnyRow) -> Result<FileRef> {
    Ok(FileRef {
        id: parse("file id", r.try_get::<String, _>("id")?.parse())?,
        name: r.try_get("name")?,
        content_type: r.try_get("content_type")?,
        size: r.try_get::<i64, _>("size")?.max(0) as u64,
    })
}

impl Store {
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn insert_file(&self, f: &NewFile) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        sqlx::query(
            "INSERT INTO files (id, blob_key, name, content_type, size, org_id, uploaded_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(f.id.to_string())
        .bind(&f.blob_key)
        .bind(&f.name)
        .bind(&f.content_type)
        .bind(f.size as i64)
        .bind(f.org.to_string())
        .bind(f.by.map(|u| u.to_string()))
        .bind(now_ms())
        .execute(&mut *tx)
        .await?;
        change_log::record(&mut tx, Entity::File, &f.id.to_string(), "create").await?;
        tx.commit().await?;
        Ok(())
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn file(&self, id: FileId) -> Result<Option<StoredFile>> {
        let sql =
            format!("SELECT {FILE_COLUMNS}, f.blob_key, f.org_id FROM files f WHERE f.id = $1");
        let Some(r) = sqlx::query(&sql)
            .bind(id.to_string())
            .fetch_optional(&self.reader)
            .await?
        else {
            return Ok(None);
        };
        Ok(Some(StoredFile {
            file: file_from_row(&r)?,
            blob_key: r.try_get("blob_key")?,
            org: parse("org id", r.try_get::<String, _>("org_id")?.parse())?,
        }))
    }

    /// Bytes of file space `org` uses: each distinct content once (the blob
    /// store keeps one copy of a file uploaded twice).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn org_file_bytes(&self, org: OrgId) -> Result<u64> {
        let (n,): (i64,) = sqlx::query_as(
            "SELECT CAST(COALESCE(SUM(size), 0) AS BIGINT) FROM \
             (SELECT blob_key, MAX(size) AS size FROM files WHERE org_id = $1 GROUP BY blob_key) t",
        )
        .bind(org.to_string())
        .fetch_one(&self.reader)
        .await?;
        Ok(n.max(0) as u64)
    }

    /// How many files are recorded (tests check that a refused form left none).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn count_files(&self) -> Result<i64> {
        let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM files")
            .fetch_one(&self.reader)
            .await?;
        Ok(n)
    }

    /// Those of `ids` that were uploaded for `org`, in the order asked.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn files_of_org(&self, org: OrgId, ids: &[FileId]) -> Result<Vec<FileRef>> {
        if ids.is_empty() {
            return Ok(vec![]);
        }
        let mut found = Vec::new();
        for chunk in ids.chunks(200) {
            let sql = format!(
                "SELECT {FILE_COLUMNS} FROM files f WHERE f.org_id = $1 AND f.id IN ({})",
                placeholders(2, chunk.len())
            );
            let mut q = sqlx::query(&sql).bind(org.to_string());
            for id in chunk {
                q = q.bind(id.to_string());
            }
            for r in q.fetch_all(&self.reader).await? {
                found.push(file_from_row(&r)?);
            }
        }
        Ok(ids
            .iter()
            .filter_map(|id| found.iter().find(|f| f.id == *id).cloned())
            .collect())
    }

    /// Links files to an exchange as resources it produced.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn add_exchange_resources(
        &self,
        exchange: ExchangeId,
        org: OrgId,
        files: &[FileId],
    ) -> Result<()> {
        if files.is_empty() {
            return Ok(());
        }
        let mut tx = self.writer.begin().await?;
        let now = now_ms();
        for f in files {
            sqlx::query(
                "INSERT INTO exchange_resources (exchange_id, file_id, org_id, added_at) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (exchange_id, file_id) DO NOTHING",
            )
            .bind(exchange.to_string())
            .bind(f.to_string())
            .bind(org.to_string())
            .bind(now)
            .execute(&mut *tx)
            .await?;
            crate::library::add_exchange_output(&mut tx, exchange, org, *f, now).await?;
        }
        change_log::record(
            &mut tx,
            Entity::Exchange,
            &exchange.to_string(),
            "resources",
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The resources an exchange produced, oldest first, with who added each.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn exchange_resources(&self, exchange: ExchangeId) -> Result<Vec<(FileRef, OrgId)>> {
        let sql = format!(
            "SELECT {FILE_COLUMNS}, r.org_id AS added_by_org FROM exchange_resources r JOIN files f ON f.id = r.file_id \
             WHERE r.exchange_id = $1 ORDER BY r.added_at, f.name"
        );
        let rows = sqlx::query(&sql)
            .bind(exchange.to_string())
            .fetch_all(&self.reader)
            .await?;
        rows.iter()
            .map(|r| {
                Ok((
                    file_from_row(r)?,
                    parse("org id", r.try_get::<String, _>("added_by_org")?.parse())?,
                ))
            })
            .collect()
    }

    /// The evidence files behind `item` in the current profiles of `orgs`.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn current_evidence(
        &self,
        item: &minga_domain::capacity::ItemCode,
        orgs: &[OrgId],
    ) -> Result<Vec<(OrgId, FileRef)>> {
        if orgs.is_empty() {
            return Ok(vec![]);
        }
        let sql = format!(
            "SELECT p.org_id AS owner, {FILE_COLUMNS} FROM evidence_files e \
             JOIN capacity_profiles p ON p.id = e.profile_id JOIN files f ON f.id = e.file_id \
             WHERE p.current = 1 AND e.item = $1 AND p.org_id IN ({}) ORDER BY e.position",
            placeholders(2, orgs.len())
        );
        let mut q = sqlx::query(&sql).bind(item.as_str());
        for o in orgs {
            q = q.bind(o.to_string());
        }
        q.fetch_all(&self.reader)
            .await?
            .iter()
            .map(|r| {
                Ok((
                    parse("org id", r.try_get::<String, _>("owner")?.parse())?,
                    file_from_row(r)?,
                ))
            })
            .collect()
    }

    /// Whether `file` is evidence in a submitted profile or a resource of an
    /// exchange (readable by every signed-in member), as opposed to a file
    /// still only in its organisation's draft or unsaved form.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn file_is_published(&self, file: FileId) -> Result<bool> {
        let row: Option<(i64,)> = sqlx::query_as(
            "SELECT 1 FROM evidence_files e JOIN capacity_profiles p ON p.id = e.profile_id \
             WHERE e.file_id = $1 AND p.status = 'submitted' \
             UNION ALL SELECT 1 FROM exchange_resources WHERE file_id = $1 LIMIT 1",
        )
        .bind(file.to_string())
        .fetch_optional(&self.reader)
        .await?;
        Ok(row.is_some())
    }

    /// Forgets files uploaded before `before` (ms) that nothing links to: a
    /// form abandoned after its upload, or evidence unticked and never put
    /// back. Returns the blob keys no remaining file uses, for the caller to
    /// delete from the blob store.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn forget_unattached_files(&self, before: i64, limit: i64) -> Result<Vec<String>> {
        let mut tx = self.writer.begin().await?;
        let rows: Vec<(String, String)> = sqlx::query_as(
            "SELECT f.id, f.blob_key FROM files f WHERE f.created_at < $1 \
             AND NOT EXISTS (SELECT 1 FROM evidence_files e WHERE e.file_id = f.id) \
             AND NOT EXISTS (SELECT 1 FROM exchange_resources r WHERE r.file_id = f.id) \
             AND NOT EXISTS (SELECT 1 FROM post_files pf WHERE pf.file_id = f.id) \
             AND NOT EXISTS (SELECT 1 FROM resource_translations t WHERE t.file_id = f.id) \
             ORDER BY f.created_at LIMIT $2",
        )
        .bind(before)
        .bind(limit)
        .fetch_all(&mut *tx)
        .await?;
        let orphans = forget(&mut tx, &rows).await?;
        tx.commit().await?;
        Ok(orphans)
    }

    /// Forgets those of `ids` that `org` uploaded and nothing links to: the
    /// uploads of a request refused after they arrived. Returns the blob keys
    /// no remaining file uses.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn forget_unattached_files_of(
        &self,
        org: OrgId,
        ids: &[FileId],
    ) -> Result<Vec<String>> {
        let mut tx = self.writer.begin().await?;
        let mut rows: Vec<(String, String)> = Vec::new();
        for id in ids {
            let row: Option<(String, String)> = sqlx::query_as(
                "SELECT f.id, f.blob_key FROM files f WHERE f.id = $1 AND f.org_id = $2 \
                 AND NOT EXISTS (SELECT 1 FROM evidence_files e WHERE e.file_id = f.id) \
                 AND NOT EXISTS (SELECT 1 FROM exchange_resources r WHERE r.file_id = f.id) \
                 AND NOT EXISTS (SELECT 1 FROM post_files pf WHERE pf.file_id = f.id) \
                 AND NOT EXISTS (SELECT 1 FROM resource_translations t WHERE t.file_id = f.id)",
            )
            .bind(id.to_string())
            .bind(org.to_string())
            .fetch_optional(&mut *tx)
            .await?;
            rows.extend(row);
        }
        let orphans = forget(&mut tx, &rows).await?;
        tx.commit().await?;
        Ok(orphans)
    }
}

/// Deletes the files `(id, blob key)` and returns the keys no remaining file
/// (nor recording, nor rendition) uses.
async fn forget(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    rows: &[(String, String)],
) -> Result<Vec<String>> {
    let mut keys: Vec<String> = Vec::new();
    for (id, key) in rows {
        sqlx::query("DELETE FROM files WHERE id = $1")
            .bind(id)
            .execute(&mut **tx)
            .await?;
        change_log::record(tx, Entity::File, id, "forget").await?;
        if !keys.contains(key) {
            keys.push(key.clone());
        }
    }
    let mut orphans = Vec::new();
    for key in keys {
        let still: Option<(i64,)> =
            sqlx::query_as("SELECT 1 FROM files WHERE blob_key = $1 UNION ALL SELECT 1 FROM media_assets WHERE blob_key = $1 UNION ALL SELECT 1 FROM media_renditions WHERE blob_key = $1 UNION ALL SELECT 1 FROM resource_translations WHERE preview_blob = $1 LIMIT 1")
                .bind(&key)
                .fetch_optional(&mut **tx)
                .await?;
        if still.is_none() {
            orphans.push(key);
        }
    }
    Ok(orphans)
}
