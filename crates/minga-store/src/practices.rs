//! Best practices (issue 13): the practice with its latest text, every
//! saved version, the Secretariat's comments beside sections, the
//! workflow's state, what it links (themes and capacities, organisations,
//! library resources), and other organisations' "we tried this" records.
//! Every write is a change of `Entity::Practice`.

use crate::row::{from_ms, now_ms, opt, parse, placeholders};
use crate::{change_log, Result, Store, StoreError};
use chrono::{DateTime, Utc};
use minga_domain::capacity::ItemCode;
use minga_domain::library::Lang;
use minga_domain::practice::{PracticeState, PracticeText, Section};
use minga_domain::{Entity, OrgId, ResourceId, UserId};
use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};

/// What a practice links besides its text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PracticeLinks {
    pub items: Vec<ItemCode>,
    /// Other organisations that took part in it.
    pub orgs: Vec<OrgId>,
    pub resources: Vec<ResourceId>,
}

/// A practice about to be stored as its first draft.
#[derive(Debug, Clone)]
pub struct NewPractice {
    pub id: minga_domain::PracticeId,
    pub org: OrgId,
    pub by: UserId,
    pub lang: Lang,
    pub text: PracticeText,
    pub links: PracticeLinks,
}

/// A stored practice, with its latest text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredPractice {
    pub id: minga_domain::PracticeId,
    pub org: OrgId,
    pub created_by: Option<UserId>,
    pub state: PracticeState,
    pub lang: Lang,
    pub text: PracticeText,
    pub version: i64,
    pub replications: i64,
    pub submitted_at: Option<DateTime<Utc>>,
    pub published_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub links: PracticeLinks,
}

/// One saved text of a practice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PracticeVersion {
    pub version: i64,
    pub text: PracticeText,
    pub saved_by: Option<UserId>,
    pub saved_at: DateTime<Utc>,
}

/// A comment of the review beside a section (or a step of the workflow:
/// section `step`, body the step's code).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PracticeComment {
    pub version: i64,
    pub section: String,
    pub body: String,
    pub author: Option<UserId>,
    pub author_name: String,
    pub created_at: DateTime<Utc>,
}

/// Another organisation's "we tried this".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replication {
    pub org: OrgId,
    pub org_name: String,
    pub by: Option<UserId>,
    pub context: String,
    pub results: String,
    pub created_at: DateTime<Utc>,
}

/// A practice as a list shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PracticeCard {
    pub id: minga_domain::PracticeId,
    pub org: OrgId,
    pub org_name: String,
    pub state: PracticeState,
    pub lang: Lang,
    pub title: String,
    /// The start of its context section.
    pub context: String,
    pub replications: i64,
    pub published_at: Option<DateTime<Utc>>,
    pub updated_at: DateTime<Utc>,
}

/// Which practices a list shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PracticeQuery {
    /// Published ones (the public list), or those of one organisation, or
    /// those in one state (the Secretariat's queue).
    pub published: bool,
    pub org: Option<OrgId>,
    pub state: Option<PracticeState>,
    pub item: Option<ItemCode>,
    /// Most tried first, else newest first.
    pub most_tried: bool,
    pub limit: i64,
    pub offset: i64,
}

const SECTION_COLUMNS: &str =
    "title, context, challenge, approach, results, lessons, replicate, contact";

fn text_from_row(r: &AnyRow) -> Result<PracticeText> {
    let mut t = PracticeText {
        title: r.try_get("title")?,
        ..PracticeText::default()
    };
    for s in Section::ALL {
        t.set(s, r.try_get(s.code())?);
    }
    Ok(t)
}

fn opt_ms(r: &AnyRow, col: &str) -> Result<Option<DateTime<Utc>>> {
    Ok(r.try_get::<Option<i64>, _>(col)?.map(from_ms))
}

fn state_of(r: &AnyRow) -> Result<PracticeState> {
    opt(
        "practice state",
        PracticeState::parse(&r.try_get::<String, _>("state")?),
    )
}

fn lang_of(r: &AnyRow) -> Result<Lang> {
    opt("language", Lang::parse(&r.try_get::<String, _>("lang")?))
}

fn practice_from_row(r: &AnyRow) -> Result<StoredPractice> {
    let by: Option<String> = r.try_get("created_by")?;
    Ok(StoredPractice {
        id: parse("practice id", r.try_get::<String, _>("id")?.parse())?,
        org: parse("org id", r.try_get::<String, _>("org_id")?.parse())?,
        created_by: by.map(|u| parse("user id", u.parse())).transpose()?,
        state: state_of(r)?,
        lang: lang_of(r)?,
        text: text_from_row(r)?,
        version: r.try_get("version")?,
        replications: r.try_get("replications")?,
        submitted_at: opt_ms(r, "submitted_at")?,
        published_at: opt_ms(r, "published_at")?,
        created_at: from_ms(r.try_get("created_at")?),
        updated_at: from_ms(r.try_get("updated_at")?),
        links: PracticeLinks::default(),
    })
}

/// Binds the title and the sections, in `SECTION_COLUMNS` order.
fn bind_text<'q>(
    mut q: sqlx::query::Query<'q, Any, sqlx::any::AnyArguments<'q>>,
    t: &'q PracticeText,
) -> sqlx::query::Query<'q, Any, sqlx::any::AnyArguments<'q>> {
    q = q.bind(&t.title);
    for s in Section::ALL {
        q = q.bind(t.get(s));
    }
    q
}

async fn insert_version(
    tx: &mut Transaction<'_, Any>,
    id: &str,
    version: i64,
    t: &PracticeText,
    by: UserId,
    now: i64,
) -> Result<()> {
    let sql = format!(
        "INSERT INTO practice_versions (practice_id, version, {SECTION_COLUMNS}, saved_by, saved_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)"
    );
    let q = sqlx::query(&sql).bind(id).bind(version);
    bind_text(q, t)
        .bind(by.to_string())
        .bind(now)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

async fn set_links(tx: &mut Transaction<'_, Any>, id: &str, l: &PracticeLinks) -> Result<()> {
    for table in ["practice_items", "practice_orgs", "practice_resources"] {
        sqlx::query(&format!("DELETE FROM {table} WHERE practice_id = $1"))
            .bind(id)
            .execute(&mut **tx)
            .await?;
    }
    for item in &l.items {
        sqlx::query("INSERT INTO practice_items (practice_id, item) VALUES ($1, $2)")
            .bind(id)
            .bind(item.as_str())
            .execute(&mut **tx)
            .await?;
    }
    for org in &l.orgs {
        sqlx::query("INSERT INTO practice_orgs (practice_id, org_id) VALUES ($1, $2)")
            .bind(id)
            .bind(org.to_string())
            .execute(&mut **tx)
            .await?;
    }
    for r in &l.resources {
        sqlx::query("INSERT INTO practice_resources (practice_id, resource_id) VALUES ($1, $2)")
            .bind(id)
            .bind(r.to_string())
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

impl Store {
    /// Stores a new practice as a draft, its text as version 1.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn insert_practice(&self, p: &NewPractice) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let now = now_ms();
        let id = p.id.to_string();
        let sql = format!(
            "INSERT INTO practices (id, org_id, created_by, state, lang, {SECTION_COLUMNS}, version, \
             created_at, updated_at) VALUES ($1, $2, $3, 'draft', $4, $5, $6, $7, $8, $9, $10, $11, $12, 1, $13, $13)"
        );
        let q = sqlx::query(&sql)
            .bind(&id)
            .bind(p.org.to_string())
            .bind(p.by.to_string())
            .bind(p.lang.code());
        bind_text(q, &p.text).bind(now).execute(&mut *tx).await?;
        insert_version(&mut tx, &id, 1, &p.text, p.by, now).await?;
        set_links(&mut tx, &id, &p.links).await?;
        change_log::record(&mut tx, Entity::Practice, &id, "create").await?;
        tx.commit().await?;
        Ok(())
    }

    /// Saves a new version of a practice's text and links, while it is in
    /// `state` (`Conflict` when its state changed meanwhile). Returns the
    /// new version's number.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn save_practice(
        &self,
        id: minga_domain::PracticeId,
        state: PracticeState,
        lang: Lang,
        text: &PracticeText,
        links: &PracticeLinks,
        by: UserId,
    ) -> Result<i64> {
        let mut tx = self.writer.begin().await?;
        let now = now_ms();
        let key = id.to_string();
        let row: Option<(i64, String)> =
            sqlx::query_as("SELECT version, state FROM practices WHERE id = $1")
                .bind(&key)
                .fetch_optional(&mut *tx)
                .await?;
        let Some((version, current)) = row else {
            return Err(StoreError::NotFound);
        };
        if current != state.code() {
            return Err(StoreError::Conflict("the practice moved on".into()));
        }
        let next = version + 1;
        let sql = format!(
            "UPDATE practices SET ({SECTION_COLUMNS}) = ($1, $2, $3, $4, $5, $6, $7, $8), \
             lang = $9, version = $10, updated_at = $11 WHERE id = $12"
        );
        bind_text(sqlx::query(&sql), text)
            .bind(lang.code())
            .bind(next)
            .bind(now)
            .bind(&key)
            .execute(&mut *tx)
            .await?;
        insert_version(&mut tx, &key, next, text, by, now).await?;
        set_links(&mut tx, &key, links).await?;
        change_log::record(&mut tx, Entity::Practice, &key, "save").await?;
        tx.commit().await?;
        Ok(next)
    }

    /// Moves a practice from `from` to `to`, with the Secretariat's
    /// comments on its current version (section, text) and the step itself
    /// recorded as a comment. `Conflict` when it is no longer in `from`.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn move_practice(
        &self,
        id: minga_domain::PracticeId,
        from: PracticeState,
        to: PracticeState,
        step: &str,
        comments: &[(Section, String)],
        by: UserId,
    ) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let now = now_ms();
        let key = id.to_string();
        let stamp = match to {
            PracticeState::Submitted => ", submitted_at = $4",
            PracticeState::Published => ", published_at = $4",
            _ => "",
        };
        let n = sqlx::query(&format!(
            "UPDATE practices SET state = $1, updated_at = $4{stamp} WHERE id = $2 AND state = $3"
        ))
        .bind(to.code())
        .bind(&key)
        .bind(from.code())
        .bind(now)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n == 0 {
            return Err(StoreError::Conflict("the practice moved on".into()));
        }
        let (version,): (i64,) = sqlx::query_as("SELECT version FROM practices WHERE id = $1")
            .bind(&key)
            .fetch_one(&mut *tx)
            .await?;
        let mut all: Vec<(&str, &str)> = comments
            .iter()
            .map(|(s, body)| (s.code(), body.as_str()))
            .collect();
        all.push(("step", step));
        for (i, (section, body)) in all.into_iter().enumerate() {
            sqlx::query(
                "INSERT INTO practice_comments (id, practice_id, version, section, body, author_id, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(uuid::Uuid::now_v7().to_string())
            .bind(&key)
            .bind(version)
            .bind(section)
            .bind(body)
            .bind(by.to_string())
            // Steps after their comments, in the order written.
            .bind(now + i as i64)
            .execute(&mut *tx)
            .await?;
        }
        change_log::record(&mut tx, Entity::Practice, &key, step).await?;
        tx.commit().await?;
        Ok(())
    }

    /// A practice with its links.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn practice(&self, id: minga_domain::PracticeId) -> Result<Option<StoredPractice>> {
        let key = id.to_string();
        let Some(row) = sqlx::query("SELECT * FROM practices WHERE id = $1")
            .bind(&key)
            .fetch_optional(&self.reader)
            .await?
        else {
            return Ok(None);
        };
        let mut p = practice_from_row(&row)?;
        let items: Vec<(String,)> =
            sqlx::query_as("SELECT item FROM practice_items WHERE practice_id = $1 ORDER BY item")
                .bind(&key)
                .fetch_all(&self.reader)
                .await?;
        p.links.items = items
            .into_iter()
            .map(|(c,)| parse("item code", ItemCode::parse(&c)))
            .collect::<Result<_>>()?;
        let orgs: Vec<(String,)> =
            sqlx::query_as("SELECT org_id FROM practice_orgs WHERE practice_id = $1")
                .bind(&key)
                .fetch_all(&self.reader)
                .await?;
        p.links.orgs = orgs
            .into_iter()
            .map(|(o,)| parse("org id", o.parse()))
            .collect::<Result<_>>()?;
        let res: Vec<(String,)> =
            sqlx::query_as("SELECT resource_id FROM practice_resources WHERE practice_id = $1")
                .bind(&key)
                .fetch_all(&self.reader)
                .await?;
        p.links.resources = res
            .into_iter()
            .map(|(r,)| parse("resource id", r.parse()))
            .collect::<Result<_>>()?;
        Ok(Some(p))
    }

    /// Every version of a practice, newest first.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn practice_versions(
        &self,
        id: minga_domain::PracticeId,
    ) -> Result<Vec<PracticeVersion>> {
        let sql = format!(
            "SELECT version, {SECTION_COLUMNS}, saved_by, saved_at FROM practice_versions \
             WHERE practice_id = $1 ORDER BY version DESC"
        );
        sqlx::query(&sql)
            .bind(id.to_string())
            .fetch_all(&self.reader)
            .await?
            .iter()
            .map(|r| {
                let by: Option<String> = r.try_get("saved_by")?;
                Ok(PracticeVersion {
                    version: r.try_get("version")?,
                    text: text_from_row(r)?,
                    saved_by: by.map(|u| parse("user id", u.parse())).transpose()?,
                    saved_at: from_ms(r.try_get("saved_at")?),
                })
            })
            .collect()
    }

    /// Who wrote a practice: its creator and whoever saved a version of it.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn practice_authors(&self, id: minga_domain::PracticeId) -> Result<Vec<UserId>> {
        let rows: Vec<(String,)> = sqlx::query_as(
            "SELECT created_by FROM practices WHERE id = $1 AND created_by IS NOT NULL \
             UNION SELECT saved_by FROM practice_versions WHERE practice_id = $1 AND saved_by IS NOT NULL",
        )
        .bind(id.to_string())
        .fetch_all(&self.reader)
        .await?;
        rows.into_iter()
            .map(|(u,)| parse("user id", u.parse()))
            .collect()
    }

    /// The review's comments and steps, oldest first, with their authors' names.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn practice_comments(
        &self,
        id: minga_domain::PracticeId,
    ) -> Result<Vec<PracticeComment>> {
        sqlx::query(
            "SELECT c.version, c.section, c.body, c.author_id, COALESCE(u.name, '') AS author_name, c.created_at \
             FROM practice_comments c LEFT JOIN users u ON u.id = c.author_id \
             WHERE c.practice_id = $1 ORDER BY c.created_at, c.id",
        )
        .bind(id.to_string())
        .fetch_all(&self.reader)
        .await?
        .iter()
        .map(|r| {
            let by: Option<String> = r.try_get("author_id")?;
            Ok(PracticeComment {
                version: r.try_get("version")?,
                section: r.try_get("section")?,
                body: r.try_get("body")?,
                author: by.map(|u| parse("user id", u.parse())).transpose()?,
                author_name: r.try_get("author_name")?,
                created_at: from_ms(r.try_get("created_at")?),
            })
        })
        .collect()
    }

    /// Records that `org` tried a practice; `Conflict` when it has already.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn add_replication(
        &self,
        id: minga_domain::PracticeId,
        org: OrgId,
        by: UserId,
        context: &str,
        results: &str,
    ) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let key = id.to_string();
        sqlx::query(
            "INSERT INTO practice_replications (id, practice_id, org_id, created_by, context, results, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(uuid::Uuid::now_v7().to_string())
        .bind(&key)
        .bind(org.to_string())
        .bind(by.to_string())
        .bind(context)
        .bind(results)
        .bind(now_ms())
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE practices SET replications = (SELECT COUNT(*) FROM practice_replications \
             WHERE practice_id = $1) WHERE id = $1",
        )
        .bind(&key)
        .execute(&mut *tx)
        .await?;
        change_log::record(&mut tx, Entity::Practice, &key, "tried").await?;
        tx.commit().await?;
        Ok(())
    }

    /// The organisations that tried a practice, oldest first.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn replications(&self, id: minga_domain::PracticeId) -> Result<Vec<Replication>> {
        sqlx::query(
            "SELECT r.org_id, o.name AS org_name, r.created_by, r.context, r.results, r.created_at \
             FROM practice_replications r JOIN orgs o ON o.id = r.org_id \
             WHERE r.practice_id = $1 ORDER BY r.created_at",
        )
        .bind(id.to_string())
        .fetch_all(&self.reader)
        .await?
        .iter()
        .map(|r| {
            let by: Option<String> = r.try_get("created_by")?;
            Ok(Replication {
                org: parse("org id", r.try_get::<String, _>("org_id")?.parse())?,
                org_name: r.try_get("org_name")?,
                by: by.map(|u| parse("user id", u.parse())).transpose()?,
                context: r.try_get("context")?,
                results: r.try_get("results")?,
                created_at: from_ms(r.try_get("created_at")?),
            })
        })
        .collect()
    }

    /// A page of practices and how many the query gives in all.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn practice_cards(&self, q: &PracticeQuery) -> Result<(Vec<PracticeCard>, i64)> {
        let mut filter = vec!["1 = 1".to_string()];
        let mut binds: Vec<String> = Vec::new();
        if q.published {
            filter.push("p.state = 'published'".into());
        }
        if let Some(o) = q.org {
            binds.push(o.to_string());
            filter.push(format!("p.org_id = ${}", binds.len()));
        }
        if let Some(s) = q.state {
            binds.push(s.code().to_string());
            filter.push(format!("p.state = ${}", binds.len()));
        }
        if let Some(i) = &q.item {
            binds.push(i.as_str().to_string());
            filter.push(format!(
                "p.id IN (SELECT practice_id FROM practice_items WHERE item = ${})",
                binds.len()
            ));
        }
        let filter = filter.join(" AND ");
        // Published ones by their publication (which the state's index
        // holds in order); an organisation's own and the queue by change.
        let when = if q.published {
            "p.published_at"
        } else {
            "p.updated_at"
        };
        let order = if q.most_tried {
            format!("p.replications DESC, {when} DESC, p.id")
        } else {
            format!("{when} DESC, p.id")
        };
        let sql = format!(
            "SELECT p.id, p.org_id, o.name AS org_name, p.state, p.lang, p.title, \
             SUBSTR(p.context, 1, 300) AS context, p.replications, p.published_at, p.updated_at \
             FROM practices p JOIN orgs o ON o.id = p.org_id WHERE {filter} ORDER BY {order} \
             LIMIT {} OFFSET {}",
            q.limit.max(1),
            q.offset.max(0)
        );
        let mut query = sqlx::query(&sql);
        for b in &binds {
            query = query.bind(b);
        }
        let cards = query
            .fetch_all(&self.reader)
            .await?
            .iter()
            .map(|r| {
                Ok(PracticeCard {
                    id: parse("practice id", r.try_get::<String, _>("id")?.parse())?,
                    org: parse("org id", r.try_get::<String, _>("org_id")?.parse())?,
                    org_name: r.try_get("org_name")?,
                    state: state_of(r)?,
                    lang: lang_of(r)?,
                    title: r.try_get("title")?,
                    context: r.try_get("context")?,
                    replications: r.try_get("replications")?,
                    published_at: opt_ms(r, "published_at")?,
                    updated_at: from_ms(r.try_get("updated_at")?),
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let count_sql = format!("SELECT COUNT(*) FROM practices p WHERE {filter}");
        let mut cq = sqlx::query_as::<_, (i64,)>(&count_sql);
        for b in &binds {
            cq = cq.bind(b);
        }
        let (total,) = cq.fetch_one(&self.reader).await?;
        Ok((cards, total))
    }

    /// The themes and capacities of `ids`, for the cards of a list.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn practice_items_of(
        &self,
        ids: &[minga_domain::PracticeId],
    ) -> Result<Vec<(minga_domain::PracticeId, ItemCode)>> {
        if ids.is_empty() {
            return Ok(vec![]);
        }
        let sql = format!(
            "SELECT practice_id, item FROM practice_items WHERE practice_id IN ({}) ORDER BY item",
            placeholders(1, ids.len())
        );
        let mut q = sqlx::query_as::<_, (String, String)>(&sql);
        for id in ids {
            q = q.bind(id.to_string());
        }
        q.fetch_all(&self.reader)
            .await?
            .into_iter()
            .map(|(p, i)| {
                Ok((
                    parse("practice id", p.parse())?,
                    parse("item code", ItemCode::parse(&i))?,
                ))
            })
            .collect()
    }
}

/// A published practice for generated networks (benchmarks), with the
/// organisations that tried it.
#[derive(Debug, Clone)]
pub struct BulkPractice {
    pub org: OrgId,
    pub by: UserId,
    pub lang: Lang,
    pub text: PracticeText,
    pub items: Vec<ItemCode>,
    pub tried_by: Vec<(OrgId, UserId)>,
}

impl Store {
    /// Stores published practices at once, in transactions of `batch`, as
    /// if published one an hour until now (benchmark data).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn bulk_insert_practices(&self, list: &[BulkPractice], batch: usize) -> Result<()> {
        let start = now_ms() - 3_600_000 * list.len() as i64;
        for (c, chunk) in list.chunks(batch.max(1)).enumerate() {
            let mut tx = self.writer.begin().await?;
            for (k, p) in chunk.iter().enumerate() {
                let at = start + 3_600_000 * (c * batch.max(1) + k + 1) as i64;
                let id = minga_domain::PracticeId::new().to_string();
                let sql = format!(
                    "INSERT INTO practices (id, org_id, created_by, state, lang, {SECTION_COLUMNS}, version, \
                     replications, submitted_at, published_at, created_at, updated_at) \
                     VALUES ($1, $2, $3, 'published', $4, $5, $6, $7, $8, $9, $10, $11, $12, 1, $13, $14, $14, $14, $14)"
                );
                let q = sqlx::query(&sql)
                    .bind(&id)
                    .bind(p.org.to_string())
                    .bind(p.by.to_string())
                    .bind(p.lang.code());
                bind_text(q, &p.text)
                    .bind(p.tried_by.len() as i64)
                    .bind(at)
                    .execute(&mut *tx)
                    .await?;
                insert_version(&mut tx, &id, 1, &p.text, p.by, at).await?;
                let links = PracticeLinks {
                    items: p.items.clone(),
                    ..PracticeLinks::default()
                };
                set_links(&mut tx, &id, &links).await?;
                for (org, by) in &p.tried_by {
                    sqlx::query(
                        "INSERT INTO practice_replications (id, practice_id, org_id, created_by, context, results, created_at) \
                         VALUES ($1, $2, $3, $4, 'Tried in our country.', 'It worked, with changes.', $5)",
                    )
                    .bind(uuid::Uuid::now_v7().to_string())
                    .bind(&id)
                    .bind(org.to_string())
                    .bind(by.to_string())
                    .bind(at)
                    .execute(&mut *tx)
                    .await?;
                }
            }
            change_log::record(&mut tx, Entity::Practice, "bulk", "bulk").await?;
            tx.commit().await?;
        }
        Ok(())
    }
}
