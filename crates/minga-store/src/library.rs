//! The resource library (issue 13): resources, their translations (each a
//! file, a link, or for a recording neither), what they are about, their
//! first-page previews and the Secretariat's curation. Every write is a
//! change of `Entity::Resource` and bumps the resource's `updated_at`.

use crate::files::{file_from_row, FILE_COLUMNS};
use crate::jobs::{insert_job, NewJob};
use crate::row::{from_ms, now_ms, opt, parse};
use crate::{change_log, Result, Store, StoreError};
use chrono::{DateTime, Utc};
use minga_domain::capacity::ItemCode;
use minga_domain::files::FileRef;
use minga_domain::library::{Lang, Licence, Origin, PreviewState, Reach, ResourceKind};
use minga_domain::{CommunityId, Country, Entity, FileId, OrgId, ResourceId, UserId};
use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};
use std::collections::HashMap;

/// The kind of job that makes a translation's first-page picture; its
/// payload is "resource id:lang".
pub const PREVIEW_JOB: &str = "library_preview";

/// One language of a resource about to be stored.
#[derive(Debug, Clone)]
pub struct NewTranslation {
    pub lang: Lang,
    pub title: String,
    pub summary: String,
    pub file: Option<FileRef>,
    pub url: Option<String>,
    pub by: Option<UserId>,
}

impl NewTranslation {
    fn preview(&self) -> PreviewState {
        self.file.as_ref().map_or(PreviewState::None, |f| {
            PreviewState::for_content_type(&f.content_type)
        })
    }
}

/// A resource about to be stored, with its first language.
#[derive(Debug, Clone)]
pub struct NewResource {
    pub id: ResourceId,
    pub kind: ResourceKind,
    pub year: Option<i32>,
    pub licence: Licence,
    pub reach: Reach,
    pub community: Option<CommunityId>,
    pub org: OrgId,
    pub by: Option<UserId>,
    pub items: Vec<ItemCode>,
    pub countries: Vec<Country>,
    pub first: NewTranslation,
}

/// What a resource is about and who reads it: the fields its sharer may
/// change after sharing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResourceAbout {
    pub kind: ResourceKind,
    pub year: Option<i32>,
    pub licence: Licence,
    pub reach: Reach,
    pub community: Option<CommunityId>,
    pub items: Vec<ItemCode>,
    pub countries: Vec<Country>,
}

/// One stored language of a resource.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredTranslation {
    pub lang: Lang,
    pub title: String,
    pub summary: String,
    pub file: Option<FileRef>,
    pub url: Option<String>,
    pub preview: PreviewState,
    /// The preview picture's blob and size, once made.
    pub preview_blob: Option<(String, u64)>,
    pub added_by: Option<UserId>,
    pub created_at: DateTime<Utc>,
}

/// A stored resource with its languages (oldest first).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredResource {
    pub id: ResourceId,
    pub about: ResourceAbout,
    pub org: OrgId,
    pub shared_by: Option<UserId>,
    pub origin: Origin,
    pub origin_id: Option<String>,
    pub featured: bool,
    pub archived: bool,
    pub merged_into: Option<ResourceId>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub translations: Vec<StoredTranslation>,
}

const RESOURCE_COLUMNS: &str = "r.id, r.kind, r.year, r.licence, r.visibility, r.community_id, \
     r.org_id, r.shared_by, r.origin, r.origin_id, r.featured, r.archived, r.merged_into, \
     r.created_at, r.updated_at";

fn id_of<T: std::str::FromStr>(what: &str, r: &AnyRow, col: &str) -> Result<T>
where
    T::Err: std::fmt::Display,
{
    parse(what, r.try_get::<String, _>(col)?.parse())
}

fn opt_id<T: std::str::FromStr>(what: &str, r: &AnyRow, col: &str) -> Result<Option<T>>
where
    T::Err: std::fmt::Display,
{
    r.try_get::<Option<String>, _>(col)?
        .map(|s| parse(what, s.parse()))
        .transpose()
}

fn resource_from_row(r: &AnyRow) -> Result<StoredResource> {
    Ok(StoredResource {
        id: id_of("resource id", r, "id")?,
        about: ResourceAbout {
            kind: opt(
                "resource kind",
                ResourceKind::parse(&r.try_get::<String, _>("kind")?),
            )?,
            year: r.try_get::<Option<i64>, _>("year")?.map(|y| y as i32),
            licence: opt(
                "licence",
                Licence::parse(&r.try_get::<String, _>("licence")?),
            )?,
            reach: opt(
                "resource reach",
                Reach::parse(&r.try_get::<String, _>("visibility")?),
            )?,
            community: opt_id("community id", r, "community_id")?,
            items: Vec::new(),
            countries: Vec::new(),
        },
        org: id_of("org id", r, "org_id")?,
        shared_by: opt_id("user id", r, "shared_by")?,
        origin: opt(
            "resource origin",
            Origin::parse(&r.try_get::<String, _>("origin")?),
        )?,
        origin_id: r.try_get("origin_id")?,
        featured: r.try_get::<i64, _>("featured")? != 0,
        archived: r.try_get::<i64, _>("archived")? != 0,
        merged_into: opt_id("resource id", r, "merged_into")?,
        created_at: from_ms(r.try_get("created_at")?),
        updated_at: from_ms(r.try_get("updated_at")?),
        translations: Vec::new(),
    })
}

const TRANSLATION_COLUMNS: &str = "t.resource_id, t.lang, t.title, t.summary, t.url, t.preview, \
     t.preview_blob, t.preview_size, t.added_by, t.created_at, t.file_id";

/// A translation row, with its file's columns (`FILE_COLUMNS`, NULL when
/// it has none) after its own.
fn translation_from_row(r: &AnyRow) -> Result<(ResourceId, StoredTranslation)> {
    let file = match r.try_get::<Option<String>, _>("file_id")? {
        Some(_) => Some(file_from_row(r)?),
        None => None,
    };
    let blob: Option<String> = r.try_get("preview_blob")?;
    let size: Option<i64> = r.try_get("preview_size")?;
    Ok((
        id_of("resource id", r, "resource_id")?,
        StoredTranslation {
            lang: opt("language", Lang::parse(&r.try_get::<String, _>("lang")?))?,
            title: r.try_get("title")?,
            summary: r.try_get("summary")?,
            file,
            url: r.try_get("url")?,
            preview: opt(
                "preview state",
                PreviewState::parse(&r.try_get::<String, _>("preview")?),
            )?,
            preview_blob: blob.zip(size.map(|s| s.max(0) as u64)),
            added_by: opt_id("user id", r, "added_by")?,
            created_at: from_ms(r.try_get("created_at")?),
        },
    ))
}

fn translations_sql(filter: &str) -> String {
    // FILE_COLUMNS names f.id; the LEFT JOIN leaves them NULL without a file.
    format!(
        "SELECT {TRANSLATION_COLUMNS}, {FILE_COLUMNS} FROM resource_translations t \
         LEFT JOIN files f ON f.id = t.file_id {filter} ORDER BY t.created_at, t.lang"
    )
}

async fn insert_translation(
    tx: &mut Transaction<'_, Any>,
    id: ResourceId,
    t: &NewTranslation,
    now: i64,
) -> Result<()> {
    let preview = t.preview();
    sqlx::query(
        "INSERT INTO resource_translations (resource_id, lang, title, summary, file_id, url, \
         preview, added_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(id.to_string())
    .bind(t.lang.code())
    .bind(&t.title)
    .bind(&t.summary)
    .bind(t.file.as_ref().map(|f| f.id.to_string()))
    .bind(t.url.clone())
    .bind(preview.code())
    .bind(t.by.map(|u| u.to_string()))
    .bind(now)
    .execute(&mut **tx)
    .await?;
    if preview == PreviewState::Pending {
        let job = NewJob::now(PREVIEW_JOB, format!("{id}:{}", t.lang.code()));
        insert_job(tx, &job).await?;
    }
    Ok(())
}

async fn set_about_lists(
    tx: &mut Transaction<'_, Any>,
    id: ResourceId,
    items: &[ItemCode],
    countries: &[Country],
) -> Result<()> {
    let id = id.to_string();
    sqlx::query("DELETE FROM resource_items WHERE resource_id = $1")
        .bind(&id)
        .execute(&mut **tx)
        .await?;
    sqlx::query("DELETE FROM resource_countries WHERE resource_id = $1")
        .bind(&id)
        .execute(&mut **tx)
        .await?;
    for item in items {
        sqlx::query("INSERT INTO resource_items (resource_id, item) VALUES ($1, $2)")
            .bind(&id)
            .bind(item.as_str())
            .execute(&mut **tx)
            .await?;
    }
    for c in countries {
        sqlx::query("INSERT INTO resource_countries (resource_id, country) VALUES ($1, $2)")
            .bind(&id)
            .bind(c.code())
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// A shared resource's row and its first language (without what it is
/// about, nor the change log: the callers add those).
async fn insert_shared(tx: &mut Transaction<'_, Any>, r: &NewResource, now: i64) -> Result<()> {
    sqlx::query(
        "INSERT INTO resources (id, kind, year, licence, visibility, community_id, org_id, \
         shared_by, origin, origin_id, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'shared', NULL, $9, $9)",
    )
    .bind(r.id.to_string())
    .bind(r.kind.code())
    .bind(r.year.map(i64::from))
    .bind(r.licence.code())
    .bind(r.reach.code())
    .bind(r.community.map(|c| c.to_string()))
    .bind(r.org.to_string())
    .bind(r.by.map(|u| u.to_string()))
    .bind(now)
    .execute(&mut **tx)
    .await?;
    insert_translation(tx, r.id, &r.first, now).await
}

/// Ends an UPDATE of a resource's rows: `NotFound` when it touched none,
/// else marks the resource changed ([`touch`]) and commits.
async fn commit_touch(
    mut tx: Transaction<'_, Any>,
    affected: u64,
    id: ResourceId,
    op: &str,
) -> Result<()> {
    if affected == 0 {
        return Err(StoreError::NotFound);
    }
    touch(&mut tx, id, op).await?;
    tx.commit().await?;
    Ok(())
}

/// Marks a resource changed: its `updated_at` and the change log.
async fn touch(tx: &mut Transaction<'_, Any>, id: ResourceId, op: &str) -> Result<u64> {
    let n = sqlx::query("UPDATE resources SET updated_at = $1 WHERE id = $2")
        .bind(now_ms())
        .bind(id.to_string())
        .execute(&mut **tx)
        .await?
        .rows_affected();
    change_log::record(tx, Entity::Resource, &id.to_string(), op).await?;
    Ok(n)
}

/// The recording `media` in the library: called in the transaction that
/// stores it (its resource has its id).
pub(crate) async fn add_recording(
    tx: &mut Transaction<'_, Any>,
    m: &crate::NewMedia,
    now: i64,
) -> Result<()> {
    let year = from_ms(now).format("%Y").to_string().parse::<i64>().ok();
    sqlx::query(
        "INSERT INTO resources (id, kind, year, licence, visibility, community_id, org_id, \
         shared_by, origin, origin_id, created_at, updated_at) \
         VALUES ($1, 'recording', $2, 'unknown', $3, $4, $5, $6, 'recording', $1, $7, $7)",
    )
    .bind(m.id.to_string())
    .bind(year)
    .bind(if m.community_id.is_some() {
        Reach::Community.code()
    } else {
        Reach::Members.code()
    })
    .bind(m.community_id.clone())
    .bind(m.org.to_string())
    .bind(m.by.to_string())
    .bind(now)
    .execute(&mut **tx)
    .await?;
    sqlx::query(
        "INSERT INTO resource_translations (resource_id, lang, title, summary, preview, \
         added_by, created_at) VALUES ($1, 'und', $2, $3, 'none', $4, $5)",
    )
    .bind(m.id.to_string())
    .bind(&m.title)
    .bind(&m.description)
    .bind(m.by.to_string())
    .bind(now)
    .execute(&mut **tx)
    .await?;
    change_log::record(tx, Entity::Resource, &m.id.to_string(), "recording").await
}

/// A file a peer exchange produced, in the library (every member reads
/// it, as before): called in the transaction that links it. Its resource
/// has the file's id; a file already in the library stays as it is.
pub(crate) async fn add_exchange_output(
    tx: &mut Transaction<'_, Any>,
    exchange: minga_domain::ExchangeId,
    org: OrgId,
    file: FileId,
    now: i64,
) -> Result<()> {
    let sql = format!("SELECT {FILE_COLUMNS}, f.uploaded_by FROM files f WHERE f.id = $1");
    let Some(row) = sqlx::query(&sql)
        .bind(file.to_string())
        .fetch_optional(&mut **tx)
        .await?
    else {
        return Ok(());
    };
    let f = file_from_row(&row)?;
    let by: Option<UserId> = opt_id("user id", &row, "uploaded_by")?;
    let id = ResourceId(file.0);
    let year = from_ms(now).format("%Y").to_string().parse::<i64>().ok();
    let added = sqlx::query(
        "INSERT INTO resources (id, kind, year, licence, visibility, community_id, org_id, \
         shared_by, origin, origin_id, created_at, updated_at) \
         VALUES ($1, 'other', $2, 'unknown', 'members', NULL, $3, $4, 'exchange', $5, $6, $6) \
         ON CONFLICT (id) DO NOTHING",
    )
    .bind(id.to_string())
    .bind(year)
    .bind(org.to_string())
    .bind(by.map(|u| u.to_string()))
    .bind(exchange.to_string())
    .bind(now)
    .execute(&mut **tx)
    .await?
    .rows_affected();
    if added == 0 {
        return Ok(());
    }
    let t = NewTranslation {
        lang: Lang::OTHER,
        title: f.name.clone(),
        summary: String::new(),
        file: Some(f),
        url: None,
        by,
    };
    insert_translation(tx, id, &t, now).await?;
    sqlx::query(
        "INSERT INTO resource_items (resource_id, item) \
         SELECT $1, item FROM peer_exchanges WHERE id = $2",
    )
    .bind(id.to_string())
    .bind(exchange.to_string())
    .execute(&mut **tx)
    .await?;
    change_log::record(tx, Entity::Resource, &id.to_string(), "exchange").await
}

impl Store {
    /// Stores a new resource with its first language (and, for a PDF or a
    /// picture, the job that makes its preview).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn insert_resource(&self, r: &NewResource) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let now = now_ms();
        insert_shared(&mut tx, r, now).await?;
        set_about_lists(&mut tx, r.id, &r.items, &r.countries).await?;
        change_log::record(&mut tx, Entity::Resource, &r.id.to_string(), "share").await?;
        tx.commit().await?;
        Ok(())
    }

    /// Adds a language to a resource; `Conflict` when it has that language.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn add_translation(&self, id: ResourceId, t: &NewTranslation) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let taken: Option<(i64,)> = sqlx::query_as(
            "SELECT 1 FROM resource_translations WHERE resource_id = $1 AND lang = $2",
        )
        .bind(id.to_string())
        .bind(t.lang.code())
        .fetch_optional(&mut *tx)
        .await?;
        if taken.is_some() {
            return Err(StoreError::Conflict(
                "the resource has this language".into(),
            ));
        }
        insert_translation(&mut tx, id, t, now_ms()).await?;
        if touch(&mut tx, id, "translate").await? == 0 {
            return Err(StoreError::NotFound);
        }
        tx.commit().await?;
        Ok(())
    }

    /// Changes a language's title and summary.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn edit_translation(
        &self,
        id: ResourceId,
        lang: Lang,
        title: &str,
        summary: &str,
    ) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let n = sqlx::query(
            "UPDATE resource_translations SET title = $1, summary = $2 \
             WHERE resource_id = $3 AND lang = $4",
        )
        .bind(title)
        .bind(summary)
        .bind(id.to_string())
        .bind(lang.code())
        .execute(&mut *tx)
        .await?
        .rows_affected();
        commit_touch(tx, n, id, "edit").await
    }

    /// Changes what a resource is about and who reads it.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn set_resource_about(&self, id: ResourceId, a: &ResourceAbout) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let n = sqlx::query(
            "UPDATE resources SET kind = $1, year = $2, licence = $3, visibility = $4, \
             community_id = $5 WHERE id = $6",
        )
        .bind(a.kind.code())
        .bind(a.year.map(i64::from))
        .bind(a.licence.code())
        .bind(a.reach.code())
        .bind(a.community.map(|c| c.to_string()))
        .bind(id.to_string())
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n == 0 {
            return Err(StoreError::NotFound);
        }
        set_about_lists(&mut tx, id, &a.items, &a.countries).await?;
        touch(&mut tx, id, "edit").await?;
        tx.commit().await?;
        Ok(())
    }

    /// Features a resource or not; archives it or not (the Secretariat).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn set_resource_flags(
        &self,
        id: ResourceId,
        featured: Option<bool>,
        archived: Option<bool>,
    ) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let n = sqlx::query(
            "UPDATE resources SET featured = COALESCE($1, featured), \
             archived = COALESCE($2, archived) WHERE id = $3 AND merged_into IS NULL",
        )
        .bind(featured.map(i64::from))
        .bind(archived.map(i64::from))
        .bind(id.to_string())
        .execute(&mut *tx)
        .await?
        .rows_affected();
        commit_touch(tx, n, id, "curate").await
    }

    /// Merges the duplicate `from` into `into`: the languages `into` lacks
    /// move to it, with what `from` is about; `from` then leads to `into`
    /// (as do the duplicates merged into `from` before), and its other
    /// languages stay with it, unseen.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn merge_resources(&self, from: ResourceId, into: ResourceId) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let (f, i) = (from.to_string(), into.to_string());
        let live: Vec<(String,)> =
            sqlx::query_as("SELECT id FROM resources WHERE id IN ($1, $2) AND merged_into IS NULL")
                .bind(&f)
                .bind(&i)
                .fetch_all(&mut *tx)
                .await?;
        if from == into || live.len() != 2 {
            return Err(StoreError::NotFound);
        }
        sqlx::query(
            "UPDATE resource_translations SET resource_id = $1 WHERE resource_id = $2 \
             AND lang NOT IN (SELECT lang FROM resource_translations WHERE resource_id = $1)",
        )
        .bind(&i)
        .bind(&f)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO resource_items (resource_id, item) \
             SELECT $1, item FROM resource_items WHERE resource_id = $2 ON CONFLICT DO NOTHING",
        )
        .bind(&i)
        .bind(&f)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO resource_countries (resource_id, country) \
             SELECT $1, country FROM resource_countries WHERE resource_id = $2 \
             ON CONFLICT DO NOTHING",
        )
        .bind(&i)
        .bind(&f)
        .execute(&mut *tx)
        .await?;
        sqlx::query("UPDATE resources SET merged_into = $1 WHERE id = $2 OR merged_into = $2")
            .bind(&i)
            .bind(&f)
            .execute(&mut *tx)
            .await?;
        touch(&mut tx, from, "merge").await?;
        touch(&mut tx, into, "merge").await?;
        tx.commit().await?;
        Ok(())
    }

    /// A resource with its languages, merged or not.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn resource(&self, id: ResourceId) -> Result<Option<StoredResource>> {
        let sql = format!("SELECT {RESOURCE_COLUMNS} FROM resources r WHERE r.id = $1");
        let Some(row) = sqlx::query(&sql)
            .bind(id.to_string())
            .fetch_optional(&self.reader)
            .await?
        else {
            return Ok(None);
        };
        let mut r = resource_from_row(&row)?;
        let sql = translations_sql("WHERE t.resource_id = $1");
        for row in sqlx::query(&sql)
            .bind(id.to_string())
            .fetch_all(&self.reader)
            .await?
        {
            r.translations.push(translation_from_row(&row)?.1);
        }
        let items: Vec<(String,)> =
            sqlx::query_as("SELECT item FROM resource_items WHERE resource_id = $1 ORDER BY item")
                .bind(id.to_string())
                .fetch_all(&self.reader)
                .await?;
        r.about.items = items
            .into_iter()
            .map(|(c,)| parse("item code", ItemCode::parse(&c)))
            .collect::<Result<_>>()?;
        let countries: Vec<(String,)> = sqlx::query_as(
            "SELECT country FROM resource_countries WHERE resource_id = $1 ORDER BY country",
        )
        .bind(id.to_string())
        .fetch_all(&self.reader)
        .await?;
        r.about.countries = countries
            .into_iter()
            .map(|(c,)| parse("country", Country::parse(&c)))
            .collect::<Result<_>>()?;
        Ok(Some(r))
    }

    /// Every resource not merged into another, with its languages: what the
    /// library's list is made from (four queries, whatever the size).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn all_resources(&self) -> Result<Vec<StoredResource>> {
        self.resources_where("r.merged_into IS NULL", None).await
    }

    /// The resources changed at or after `ms` (merged ones too, so a list
    /// can drop them): the list in memory reads only these after a change.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn resources_changed_since(&self, ms: i64) -> Result<Vec<StoredResource>> {
        self.resources_where("r.updated_at >= $1", Some(ms)).await
    }

    /// Resources whose row passes `filter` (on `resources r`, with `$1`
    /// bound to `at` when given), with their languages, items and countries.
    ///
    /// Two queries, whatever the size: each row costs a hop between
    /// sqlx's SQLite thread and ours, so items and countries come folded
    /// into their resource's row rather than as rows of their own (at
    /// 100,000 resources, 570,000 rows became 220,000).
    async fn resources_where(&self, filter: &str, at: Option<i64>) -> Result<Vec<StoredResource>> {
        // BACKEND-SPECIFIC: the aggregate that joins a column's values.
        let join = |col: &str, table: &str| match self.backend {
            crate::Backend::Sqlite => format!(
                "(SELECT group_concat({col}, ',') FROM {table} x WHERE x.resource_id = r.id)"
            ),
            crate::Backend::Postgres => {
                format!("(SELECT string_agg({col}, ',') FROM {table} x WHERE x.resource_id = r.id)")
            }
        };
        let sql = format!(
            "SELECT {RESOURCE_COLUMNS}, {} AS items, {} AS countries FROM resources r WHERE {filter} \
             ORDER BY r.created_at, r.id",
            join("item", "resource_items"),
            join("country", "resource_countries"),
        );
        let mut q = sqlx::query(&sql);
        if let Some(at) = at {
            q = q.bind(at);
        }
        let mut list: Vec<StoredResource> = Vec::new();
        for row in q.fetch_all(&self.reader).await? {
            let mut r = resource_from_row(&row)?;
            let items: Option<String> = row.try_get("items")?;
            for code in items.iter().flat_map(|s| s.split(',')) {
                r.about
                    .items
                    .push(parse("item code", ItemCode::parse(code))?);
            }
            r.about.items.sort();
            let countries: Option<String> = row.try_get("countries")?;
            for code in countries.iter().flat_map(|s| s.split(',')) {
                r.about
                    .countries
                    .push(parse("country", Country::parse(code))?);
            }
            r.about.countries.sort_by_key(|c| c.code());
            list.push(r);
        }
        if list.is_empty() {
            return Ok(list);
        }
        let at_index: HashMap<ResourceId, usize> =
            list.iter().enumerate().map(|(i, r)| (r.id, i)).collect();
        let sql = format!(
            "SELECT {TRANSLATION_COLUMNS}, {FILE_COLUMNS} FROM resources r \
             JOIN resource_translations t ON t.resource_id = r.id \
             LEFT JOIN files f ON f.id = t.file_id WHERE {filter}"
        );
        let mut q = sqlx::query(&sql);
        if let Some(at) = at {
            q = q.bind(at);
        }
        for row in q.fetch_all(&self.reader).await? {
            let (id, t) = translation_from_row(&row)?;
            if let Some(&i) = at_index.get(&id) {
                list[i].translations.push(t);
            }
        }
        for r in &mut list {
            r.translations.sort_by_key(|t| (t.created_at, t.lang));
        }
        Ok(list)
    }

    /// Records a translation's preview: its state and, once made, its
    /// picture's blob and size.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn set_preview(
        &self,
        id: ResourceId,
        lang: Lang,
        state: PreviewState,
        blob: Option<(&str, u64)>,
    ) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let n = sqlx::query(
            "UPDATE resource_translations SET preview = $1, preview_blob = $2, preview_size = $3 \
             WHERE resource_id = $4 AND lang = $5",
        )
        .bind(state.code())
        .bind(blob.map(|(k, _)| k.to_string()))
        .bind(blob.map(|(_, s)| s as i64))
        .bind(id.to_string())
        .bind(lang.code())
        .execute(&mut *tx)
        .await?
        .rows_affected();
        commit_touch(tx, n, id, "preview").await
    }

    /// Queues the preview job of every translation still waiting for one
    /// without a job (those the migration brought in); returns how many.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn queue_missing_previews(&self) -> Result<usize> {
        let waiting: Vec<(String, String)> = sqlx::query_as(
            "SELECT t.resource_id, t.lang FROM resource_translations t \
             WHERE t.preview = 'pending' AND NOT EXISTS (SELECT 1 FROM jobs j \
             WHERE j.kind = $1 AND j.payload = t.resource_id || ':' || t.lang)",
        )
        .bind(PREVIEW_JOB)
        .fetch_all(&self.reader)
        .await?;
        if waiting.is_empty() {
            return Ok(0);
        }
        let mut tx = self.writer.begin().await?;
        for (id, lang) in &waiting {
            insert_job(&mut tx, &NewJob::now(PREVIEW_JOB, format!("{id}:{lang}"))).await?;
        }
        tx.commit().await?;
        Ok(waiting.len())
    }

    /// The resources whose languages include the file `file`.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn resources_of_file(&self, file: FileId) -> Result<Vec<ResourceId>> {
        let rows: Vec<(String,)> =
            sqlx::query_as("SELECT resource_id FROM resource_translations WHERE file_id = $1")
                .bind(file.to_string())
                .fetch_all(&self.reader)
                .await?;
        rows.into_iter()
            .map(|(id,)| parse("resource id", id.parse()))
            .collect()
    }

    /// How many resources there are (merged ones aside).
    pub async fn count_resources(&self) -> Result<i64> {
        let (n,): (i64,) =
            sqlx::query_as("SELECT COUNT(*) FROM resources WHERE merged_into IS NULL")
                .fetch_one(&self.reader)
                .await?;
        Ok(n)
    }

    /// Stores many resources at once, in transactions of `batch`, as if
    /// shared one a minute until now (benchmark data; no previews are
    /// queued).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn bulk_insert_resources(&self, list: &[NewResource], batch: usize) -> Result<()> {
        // Shared over time: one a minute, the last one now.
        let start = now_ms() - 60_000 * list.len() as i64;
        for (c, chunk) in list.chunks(batch.max(1)).enumerate() {
            let mut tx = self.writer.begin().await?;
            for (k, r) in chunk.iter().enumerate() {
                let now = start + 60_000 * (c * batch.max(1) + k + 1) as i64;
                insert_shared(&mut tx, r, now).await?;
                set_about_lists(&mut tx, r.id, &r.items, &r.countries).await?;
            }
            change_log::record(&mut tx, Entity::Resource, "bulk", "bulk").await?;
            tx.commit().await?;
        }
        Ok(())
    }
}
