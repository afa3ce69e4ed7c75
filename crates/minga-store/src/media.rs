//! Recordings and videos, their captions and renditions (issue 12). The
//! bytes are in the blob store under `blob_key`; captions are small and kept
//! here as text.

use crate::jobs::{insert_job, NewJob};
use crate::row::{from_ms, now_ms, opt, parse};
use crate::{change_log, Result, Store};
use chrono::{DateTime, Utc};
use minga_domain::media::{MediaKind, Rendition, RenditionState};
use minga_domain::{Entity, Locale, MediaId, OrgId, UserId};
use sqlx::any::AnyRow;
use sqlx::Row;

/// A recording about to be stored (its bytes already are).
#[derive(Debug, Clone)]
pub struct NewMedia {
    pub id: MediaId,
    pub community_id: Option<String>,
    pub org: OrgId,
    pub by: UserId,
    pub title: String,
    pub description: String,
    pub chapters: String,
    pub kind: MediaKind,
    pub content_type: String,
    pub blob_key: String,
    pub size: u64,
    pub renditions: RenditionState,
}

/// A stored recording.
#[derive(Debug, Clone)]
pub struct Media {
    pub id: MediaId,
    pub community_id: Option<String>,
    pub org: OrgId,
    pub uploaded_by: Option<UserId>,
    pub title: String,
    pub description: String,
    pub chapters: String,
    pub kind: MediaKind,
    pub content_type: String,
    pub blob_key: String,
    pub size: u64,
    pub duration_ms: Option<u64>,
    pub renditions: RenditionState,
    pub created_at: DateTime<Utc>,
}

/// A lighter copy of a recording.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredRendition {
    pub kind: Rendition,
    pub content_type: String,
    pub blob_key: String,
    pub size: u64,
}

const COLUMNS: &str = "id, community_id, org_id, uploaded_by, title, description, chapters, kind, \
     content_type, blob_key, size, duration_ms, renditions, created_at";

fn media_from_row(r: &AnyRow) -> Result<Media> {
    let uploaded_by: Option<String> = r.try_get("uploaded_by")?;
    Ok(Media {
        id: parse("media id", r.try_get::<String, _>("id")?.parse())?,
        community_id: r.try_get("community_id")?,
        org: parse("org id", r.try_get::<String, _>("org_id")?.parse())?,
        uploaded_by: uploaded_by
            .map(|u| parse("user id", u.parse()))
            .transpose()?,
        title: r.try_get("title")?,
        description: r.try_get("description")?,
        chapters: r.try_get("chapters")?,
        kind: opt(
            "media kind",
            MediaKind::parse(&r.try_get::<String, _>("kind")?),
        )?,
        content_type: r.try_get("content_type")?,
        blob_key: r.try_get("blob_key")?,
        size: r.try_get::<i64, _>("size")?.max(0) as u64,
        duration_ms: r
            .try_get::<Option<i64>, _>("duration_ms")?
            .map(|d| d.max(0) as u64),
        renditions: opt(
            "rendition state",
            RenditionState::parse(&r.try_get::<String, _>("renditions")?),
        )?,
        created_at: from_ms(r.try_get("created_at")?),
    })
}

impl Store {
    /// Records a recording and, in the same transaction, the job that makes
    /// its renditions (when `job` is given).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn insert_media(&self, m: &NewMedia, job: Option<&NewJob>) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let now = now_ms();
        sqlx::query(
            "INSERT INTO media_assets (id, community_id, org_id, uploaded_by, title, description, chapters, \
             kind, content_type, blob_key, size, duration_ms, renditions, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, NULL, $12, $13, $13)",
        )
        .bind(m.id.to_string())
        .bind(m.community_id.clone())
        .bind(m.org.to_string())
        .bind(m.by.to_string())
        .bind(&m.title)
        .bind(&m.description)
        .bind(&m.chapters)
        .bind(m.kind.code())
        .bind(&m.content_type)
        .bind(&m.blob_key)
        .bind(m.size as i64)
        .bind(m.renditions.code())
        .bind(now)
        .execute(&mut *tx)
        .await?;
        crate::library::add_recording(&mut tx, m, now).await?;
        if let Some(job) = job {
            insert_job(&mut tx, job).await?;
        }
        change_log::record(&mut tx, Entity::Media, &m.id.to_string(), "create").await?;
        tx.commit().await?;
        Ok(())
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn media(&self, id: MediaId) -> Result<Option<Media>> {
        let sql = format!("SELECT {COLUMNS} FROM media_assets WHERE id = $1");
        sqlx::query(&sql)
            .bind(id.to_string())
            .fetch_optional(&self.reader)
            .await?
            .map(|r| media_from_row(&r))
            .transpose()
    }

    /// The newest recordings of a community, or of all when `community` is
    /// `None`, newest first.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn recent_media(&self, community: Option<&str>, limit: i64) -> Result<Vec<Media>> {
        let rows = match community {
            Some(c) => {
                let sql = format!(
                    "SELECT {COLUMNS} FROM media_assets WHERE community_id = $1 \
                     ORDER BY created_at DESC, id DESC LIMIT $2"
                );
                sqlx::query(&sql)
                    .bind(c)
                    .bind(limit)
                    .fetch_all(&self.reader)
                    .await?
            }
            None => {
                let sql = format!(
                    "SELECT {COLUMNS} FROM media_assets ORDER BY created_at DESC, id DESC LIMIT $1"
                );
                sqlx::query(&sql)
                    .bind(limit)
                    .fetch_all(&self.reader)
                    .await?
            }
        };
        rows.iter().map(media_from_row).collect()
    }

    /// Sets the chapters (already checked) of a recording.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn set_media_chapters(&self, id: MediaId, chapters: &str) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let done =
            sqlx::query("UPDATE media_assets SET chapters = $1, updated_at = $2 WHERE id = $3")
                .bind(chapters)
                .bind(now_ms())
                .bind(id.to_string())
                .execute(&mut *tx)
                .await?;
        change_log::commit_change(
            tx,
            done.rows_affected(),
            Entity::Media,
            &id.to_string(),
            "chapters",
        )
        .await
    }

    /// Where the renditions stand, and the duration when known.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn set_media_renditions(
        &self,
        id: MediaId,
        state: RenditionState,
        duration_ms: Option<u64>,
        made: &[StoredRendition],
    ) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        for r in made {
            sqlx::query("DELETE FROM media_renditions WHERE media_id = $1 AND kind = $2")
                .bind(id.to_string())
                .bind(r.kind.code())
                .execute(&mut *tx)
                .await?;
            sqlx::query(
                "INSERT INTO media_renditions (media_id, kind, content_type, blob_key, size) \
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(id.to_string())
            .bind(r.kind.code())
            .bind(&r.content_type)
            .bind(&r.blob_key)
            .bind(r.size as i64)
            .execute(&mut *tx)
            .await?;
        }
        let done = sqlx::query(
            "UPDATE media_assets SET renditions = $1, duration_ms = COALESCE($2, duration_ms), \
             updated_at = $3 WHERE id = $4",
        )
        .bind(state.code())
        .bind(duration_ms.map(|d| d as i64))
        .bind(now_ms())
        .bind(id.to_string())
        .execute(&mut *tx)
        .await?;
        change_log::commit_change(
            tx,
            done.rows_affected(),
            Entity::Media,
            &id.to_string(),
            "renditions",
        )
        .await
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn media_renditions(&self, id: MediaId) -> Result<Vec<StoredRendition>> {
        let rows = sqlx::query(
            "SELECT kind, content_type, blob_key, size FROM media_renditions WHERE media_id = $1 ORDER BY kind",
        )
        .bind(id.to_string())
        .fetch_all(&self.reader)
        .await?;
        let mut out = rows
            .iter()
            .map(|r| {
                Ok(StoredRendition {
                    kind: opt(
                        "rendition kind",
                        Rendition::parse(&r.try_get::<String, _>("kind")?),
                    )?,
                    content_type: r.try_get("content_type")?,
                    blob_key: r.try_get("blob_key")?,
                    size: r.try_get::<i64, _>("size")?.max(0) as u64,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        out.sort_by_key(|r| r.kind);
        Ok(out)
    }

    /// Adds or replaces the captions of one language.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn put_caption(&self, id: MediaId, lang: Locale, body: &str) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        sqlx::query("DELETE FROM media_captions WHERE media_id = $1 AND lang = $2")
            .bind(id.to_string())
            .bind(lang.code())
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO media_captions (media_id, lang, body, created_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(id.to_string())
        .bind(lang.code())
        .bind(body)
        .bind(now_ms())
        .execute(&mut *tx)
        .await?;
        change_log::record(&mut tx, Entity::Media, &id.to_string(), "caption").await?;
        tx.commit().await?;
        Ok(())
    }

    /// The languages a recording has captions in.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn caption_languages(&self, id: MediaId) -> Result<Vec<Locale>> {
        let rows: Vec<(String,)> =
            sqlx::query_as("SELECT lang FROM media_captions WHERE media_id = $1 ORDER BY lang")
                .bind(id.to_string())
                .fetch_all(&self.reader)
                .await?;
        Ok(rows
            .into_iter()
            .filter_map(|(l,)| Locale::parse(&l))
            .collect())
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn caption(&self, id: MediaId, lang: Locale) -> Result<Option<String>> {
        let row: Option<(String,)> =
            sqlx::query_as("SELECT body FROM media_captions WHERE media_id = $1 AND lang = $2")
                .bind(id.to_string())
                .bind(lang.code())
                .fetch_optional(&self.reader)
                .await?;
        Ok(row.map(|(b,)| b))
    }

    /// How many recordings are stored (for tests that check nothing is left).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn count_media(&self) -> Result<i64> {
        let (n,): (i64,) = sqlx::query_as("SELECT CAST(COUNT(*) AS BIGINT) FROM media_assets")
            .fetch_one(&self.reader)
            .await?;
        Ok(n)
    }
}
