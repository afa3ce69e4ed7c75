//! Organisations.

use crate::row::{from_ms, now_ms, parse};
use crate::{change_log, Result, Store, StoreError};
use minga_domain::text::{fold, keys_version, query_words, sort_key};
use minga_domain::Entity;
use minga_domain::{
    casefold, Country, Group, Locale, Org, OrgFields, OrgFilter, OrgId, OrgKind, Page, Region, Slug,
};
use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};

/// The same columns qualified with the `o` alias, for joins.
pub(crate) const COLUMNS_O: &str = "o.id, o.slug, o.name, o.kind, o.country, o.region, o.grp, o.region_override, \
    o.group_override, o.override_reason, o.description_md, o.description_html, o.website, o.contact_email, o.contact_phone, o.public, \
    o.demo, o.archived_at, o.created_at, o.updated_at";

const COLUMNS: &str = "id, slug, name, kind, country, region, grp, region_override, group_override, \
    override_reason, description_md, description_html, website, contact_email, contact_phone, public, demo, archived_at, \
    created_at, updated_at";

pub(crate) fn org_from_row(r: &AnyRow) -> Result<Org> {
    let country: String = r.try_get("country")?;
    let kind: String = r.try_get("kind")?;
    let region: String = r.try_get("region")?;
    let grp: String = r.try_get("grp")?;
    Ok(Org {
        id: parse("org id", r.try_get::<String, _>("id")?.parse())?,
        slug: parse("slug", Slug::parse(&r.try_get::<String, _>("slug")?))?,
        name: r.try_get("name")?,
        kind: crate::row::opt("org kind", OrgKind::parse(&kind))?,
        country: parse("country", Country::parse(&country))?,
        region: crate::row::opt("region", Region::parse(&region))?,
        group: crate::row::opt("group", Group::parse(&grp))?,
        region_overridden: r.try_get::<Option<String>, _>("region_override")?.is_some(),
        group_overridden: r.try_get::<Option<String>, _>("group_override")?.is_some(),
        override_reason: r.try_get("override_reason")?,
        description_md: r.try_get("description_md")?,
        description_html: r.try_get("description_html")?,
        website: r.try_get("website")?,
        contact_email: r.try_get("contact_email")?,
        contact_phone: r.try_get("contact_phone")?,
        public: r.try_get::<i64, _>("public")? != 0,
        demo: r.try_get::<i64, _>("demo")? != 0,
        archived_at: r.try_get::<Option<i64>, _>("archived_at")?.map(from_ms),
        created_at: from_ms(r.try_get("created_at")?),
        updated_at: from_ms(r.try_get("updated_at")?),
    })
}

/// A value bound to a dynamically built query.
enum Arg {
    Text(String),
    Int(i64),
}

fn bind_args<'q>(mut q: AnyQuery<'q>, args: &'q [Arg]) -> AnyQuery<'q> {
    for a in args {
        q = match a {
            Arg::Text(s) => q.bind(s.as_str()),
            Arg::Int(i) => q.bind(*i),
        };
    }
    q
}

impl Store {
    /// Creates an organisation. The slug is `slug` or, if taken, the first of
    /// `slug-2`, `slug-3`… that is free.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn create_org(&self, fields: &OrgFields, slug: &Slug, demo: bool) -> Result<Org> {
        let mut tx = self.writer.begin().await?;
        let id = OrgId::new();
        let mut candidate = slug.clone();
        let mut n = 1;
        loop {
            let taken: Option<(String,)> = sqlx::query_as("SELECT id FROM orgs WHERE slug = $1")
                .bind(candidate.as_str())
                .fetch_optional(&mut *tx)
                .await?;
            if taken.is_none() {
                break;
            }
            n += 1;
            candidate = slug.with_suffix(n);
        }
        insert_org(&mut tx, id, &candidate, fields, demo, now_ms()).await?;
        change_log::record(&mut tx, Entity::Org, &id.to_string(), "create").await?;
        tx.commit().await?;
        self.org_by_id(id).await
    }

    /// Inserts many organisations in one transaction (demo data, benchmarks).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn create_orgs_bulk(
        &self,
        orgs: &[(OrgFields, Slug)],
        demo: bool,
    ) -> Result<Vec<OrgId>> {
        let mut tx = self.writer.begin().await?;
        let mut ids = Vec::with_capacity(orgs.len());
        let now = now_ms();
        for (fields, slug) in orgs {
            let id = OrgId::new();
            insert_org(&mut tx, id, slug, fields, demo, now).await?;
            change_log::record(&mut tx, Entity::Org, &id.to_string(), "create").await?;
            ids.push(id);
        }
        tx.commit().await?;
        Ok(ids)
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn update_org(&self, id: OrgId, f: &OrgFields) -> Result<Org> {
        let mut tx = self.writer.begin().await?;
        // The map counts the organisation by kind and place: recount it.
        crate::tallies::apply_org(&mut tx, &id.to_string(), -1).await?;
        let sql = format!("UPDATE orgs SET {FIELD_SETS}, updated_at = $23 WHERE id = $24");
        let keys = NameKeys::of(&f.name);
        let done = bind_fields(sqlx::query(&sql), f, &keys)
            .bind(now_ms())
            .bind(id.to_string())
            .execute(&mut *tx)
            .await?;
        crate::tallies::apply_org(&mut tx, &id.to_string(), 1).await?;
        change_log::commit_change(
            tx,
            done.rows_affected(),
            Entity::Org,
            &id.to_string(),
            "update",
        )
        .await?;
        self.org_by_id(id).await
    }

    /// Archives (or restores) an organisation; archived ones leave the directory.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn set_org_archived(&self, id: OrgId, archived: bool) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let at = archived.then(now_ms);
        crate::tallies::apply_org(&mut tx, &id.to_string(), -1).await?;
        let done = sqlx::query("UPDATE orgs SET archived_at = $1, updated_at = $2 WHERE id = $3")
            .bind(at)
            .bind(now_ms())
            .bind(id.to_string())
            .execute(&mut *tx)
            .await?;
        crate::tallies::apply_org(&mut tx, &id.to_string(), 1).await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        change_log::record(
            &mut tx,
            Entity::Org,
            &id.to_string(),
            if archived { "archive" } else { "restore" },
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn org_by_id(&self, id: OrgId) -> Result<Org> {
        let sql = format!("SELECT {COLUMNS} FROM orgs WHERE id = $1");
        let row = sqlx::query(&sql)
            .bind(id.to_string())
            .fetch_one(&self.writer)
            .await?;
        org_from_row(&row)
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn org_by_slug(&self, slug: &str) -> Result<Org> {
        let sql = format!("SELECT {COLUMNS} FROM orgs WHERE slug = $1");
        let row = sqlx::query(&sql).bind(slug).fetch_one(&self.reader).await?;
        org_from_row(&row)
    }

    /// The first organisation of a kind (e.g. the Secretariat), if any.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn first_org_of_kind(&self, kind: OrgKind) -> Result<Option<Org>> {
        let sql =
            format!("SELECT {COLUMNS} FROM orgs WHERE kind = $1 ORDER BY created_at, id LIMIT 1");
        let row = sqlx::query(&sql)
            .bind(kind.code())
            .fetch_optional(&self.reader)
            .await?;
        row.as_ref().map(org_from_row).transpose()
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn count_orgs(&self) -> Result<i64> {
        let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM orgs")
            .fetch_one(&self.reader)
            .await?;
        Ok(n)
    }

    /// One page of the directory, ordered by name.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn list_orgs(
        &self,
        filter: &OrgFilter,
        page: u32,
        per_page: u32,
    ) -> Result<Page<Org>> {
        let mut clauses: Vec<String> = Vec::new();
        let mut args: Vec<Arg> = Vec::new();
        // Each word of the query must be found in the name, in one of the
        // country's names or in a theme the organisation rates or needs in
        // its current profile (labels and synonyms, any language).
        let text = filter.text.as_deref().unwrap_or("").trim();
        let words = query_words(text);
        if !text.is_empty() && words.is_empty() {
            // Only punctuation: nothing can match it.
            clauses.push("1 = 0".into());
        }
        let themes = if words.is_empty() {
            vec![]
        } else {
            self.theme_search_terms().await?
        };
        for word in &words {
            let ph = |arg: Arg, args: &mut Vec<Arg>| {
                args.push(arg);
                format!("${}", args.len())
            };
            let like = ph(Arg::Text(format!("%{}%", escape_like(word))), &mut args);
            let mut ors = vec![format!("search_key LIKE {like} ESCAPE '\\'")];
            let countries: Vec<String> = Country::matching(word)
                .into_iter()
                .map(|c| ph(Arg::Text(c.code().into()), &mut args))
                .collect();
            if !countries.is_empty() {
                ors.push(format!("country IN ({})", countries.join(", ")));
            }
            let items: Vec<&str> = themes
                .iter()
                .filter(|(_, terms)| terms.contains(word.as_str()))
                .map(|(code, _)| code.as_str())
                .collect();
            if !items.is_empty() {
                let a: Vec<String> = items
                    .iter()
                    .map(|c| ph(Arg::Text(c.to_string()), &mut args))
                    .collect();
                let b: Vec<String> = items
                    .iter()
                    .map(|c| ph(Arg::Text(c.to_string()), &mut args))
                    .collect();
                // One pass over the current profiles, each checked on its
                // own keys: at 10,000 organisations 10x faster than joining
                // every rating of the themes (0.11 s against 1.2 s when a
                // word names most themes).
                ors.push(format!(
                    "id IN (SELECT p.org_id FROM capacity_profiles p WHERE p.current = 1 AND (\
                     EXISTS (SELECT 1 FROM profile_ratings r WHERE r.profile_id = p.id AND r.level >= 1 \
                     AND r.item IN ({})) OR EXISTS (SELECT 1 FROM profile_needs n \
                     WHERE n.profile_id = p.id AND n.item IN ({}))))",
                    a.join(", "),
                    b.join(", ")
                ));
            }
            clauses.push(format!("({})", ors.join(" OR ")));
        }
        let mut push = |clause: &str, arg: Arg, args: &mut Vec<Arg>| {
            args.push(arg);
            clauses.push(clause.replace('?', &format!("${}", args.len())));
        };
        if let Some(r) = filter.region {
            push("region = ?", Arg::Text(r.code().into()), &mut args);
        }
        if let Some(c) = filter.country {
            push("country = ?", Arg::Text(c.code().into()), &mut args);
        }
        if let Some(k) = filter.kind {
            push("kind = ?", Arg::Text(k.code().into()), &mut args);
        }
        if let Some(g) = filter.group {
            push("grp = ?", Arg::Text(g.code().into()), &mut args);
        }
        if filter.public_only {
            push("public = ?", Arg::Int(1), &mut args);
        }
        if !filter.include_archived {
            clauses.push("archived_at IS NULL".into());
        }
        let where_sql = if clauses.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", clauses.join(" AND "))
        };
        let per_page = per_page.clamp(1, 200);
        let page = page.max(1);

        let count_sql = format!("SELECT COUNT(*) FROM orgs{where_sql}");
        let count = bind_args(sqlx::query(&count_sql), &args)
            .fetch_one(&self.reader)
            .await?;
        let total: i64 = count.try_get(0)?;

        // Page through ids in the reader's collation (sort keys compare as
        // bytes), then read only the rows shown.
        let sort = sort_column(filter.locale);
        let list_sql = format!(
            "SELECT {COLUMNS} FROM orgs WHERE id IN (\
               SELECT id FROM orgs{where_sql} ORDER BY {sort}, id LIMIT {} OFFSET {}) \
             ORDER BY {sort}, id",
            per_page,
            (page as u64 - 1) * per_page as u64
        );
        let rows = bind_args(sqlx::query(&list_sql), &args)
            .fetch_all(&self.reader)
            .await?;
        let items = rows.iter().map(org_from_row).collect::<Result<Vec<_>>>()?;
        Ok(Page {
            items,
            total: total.max(0) as u64,
            page,
            per_page,
        })
    }
}

/// The editable columns and the keys made from them, in the order
/// `bind_fields` binds them ($1–$22).
const FIELD_COLUMNS: &str =
    "name, name_folded, kind, country, region, grp, region_override, group_override, \
    description_md, description_html, website, contact_email, contact_phone, public, override_reason, \
    search_key, sort_en, sort_es, sort_fr, sort_pt, sort_ar, keys_version";
const FIELD_SETS: &str = "name = $1, name_folded = $2, kind = $3, country = $4, region = $5, grp = $6, \
    region_override = $7, group_override = $8, description_md = $9, description_html = $10, website = $11, \
    contact_email = $12, contact_phone = $13, public = $14, override_reason = $15, search_key = $16, \
    sort_en = $17, sort_es = $18, sort_fr = $19, sort_pt = $20, sort_ar = $21, keys_version = $22";

/// The sort-key column of a language.
fn sort_column(l: Locale) -> &'static str {
    match l {
        Locale::En => "sort_en",
        Locale::Es => "sort_es",
        Locale::Fr => "sort_fr",
        Locale::Pt => "sort_pt",
        Locale::Ar => "sort_ar",
    }
}

/// The search key and the five sort keys of a name.
struct NameKeys {
    search: String,
    sort: [Vec<u8>; 5],
}

impl NameKeys {
    fn of(name: &str) -> NameKeys {
        NameKeys {
            search: fold(name),
            sort: Locale::ALL.map(|l| sort_key(l, name)),
        }
    }
}

type AnyQuery<'q> = sqlx::query::Query<'q, Any, sqlx::any::AnyArguments<'q>>;

/// Binds an organisation's editable fields and keys as $1–$22.
fn bind_fields<'q>(q: AnyQuery<'q>, f: &'q OrgFields, keys: &'q NameKeys) -> AnyQuery<'q> {
    let [en, es, fr, pt, ar] = &keys.sort;
    q.bind(&f.name)
        .bind(casefold(&f.name))
        .bind(f.kind.code())
        .bind(f.country.code())
        .bind(f.region().code())
        .bind(f.group().code())
        .bind(f.region_override.map(|r| r.code()))
        .bind(f.group_override.map(|g| g.code()))
        .bind(&f.description_md)
        .bind(&f.description_html)
        .bind(f.website.as_deref())
        .bind(f.contact_email.as_deref())
        .bind(f.contact_phone.as_deref())
        .bind(f.public as i64)
        .bind(f.override_reason.as_deref())
        .bind(keys.search.as_str())
        .bind(en.as_slice())
        .bind(es.as_slice())
        .bind(fr.as_slice())
        .bind(pt.as_slice())
        .bind(ar.as_slice())
        .bind(keys_version())
}

async fn insert_org(
    tx: &mut Transaction<'_, Any>,
    id: OrgId,
    slug: &Slug,
    f: &OrgFields,
    demo: bool,
    now: i64,
) -> Result<()> {
    let sql = format!(
        "INSERT INTO orgs ({FIELD_COLUMNS}, id, slug, demo, archived_at, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, \
         $21, $22, $23, $24, $25, NULL, $26, $26)"
    );
    let keys = NameKeys::of(&f.name);
    bind_fields(sqlx::query(&sql), f, &keys)
        .bind(id.to_string())
        .bind(slug.as_str())
        .bind(demo as i64)
        .bind(now)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

impl Store {
    /// Each theme's code with its labels and synonyms in every language,
    /// folded (one per line).
    async fn theme_search_terms(&self) -> Result<Vec<(String, String)>> {
        let rows = sqlx::query(
            "SELECT code, label_en, label_es, label_fr, label_pt, label_ar, \
             synonyms_en, synonyms_es, synonyms_fr, synonyms_pt, synonyms_ar \
             FROM taxonomy_items WHERE kind = 'theme'",
        )
        .fetch_all(&self.reader)
        .await?;
        rows.iter()
            .map(|r| {
                let mut terms = Vec::new();
                for i in 1..=10 {
                    let t: String = r.try_get(i)?;
                    terms.extend(t.lines().map(fold));
                }
                Ok((r.try_get::<String, _>(0)?, terms.join("\n")))
            })
            .collect()
    }

    /// Remakes the search and sort keys of organisations whose keys were
    /// made by other code (or none: right after migration 0010). Returns
    /// how many were remade.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn refresh_org_keys(&self) -> Result<u64> {
        let version = keys_version();
        let mut done = 0;
        loop {
            let rows: Vec<(String, String)> = sqlx::query_as(
                "SELECT id, name FROM orgs WHERE keys_version <> $1 ORDER BY id LIMIT 500",
            )
            .bind(&version)
            .fetch_all(&self.writer)
            .await?;
            if rows.is_empty() {
                return Ok(done);
            }
            let mut tx = self.writer.begin().await?;
            for (id, name) in &rows {
                let keys = NameKeys::of(name);
                let [en, es, fr, pt, ar] = &keys.sort;
                sqlx::query(
                    "UPDATE orgs SET search_key = $1, sort_en = $2, sort_es = $3, sort_fr = $4, \
                     sort_pt = $5, sort_ar = $6, keys_version = $7 WHERE id = $8",
                )
                .bind(keys.search.as_str())
                .bind(en.as_slice())
                .bind(es.as_slice())
                .bind(fr.as_slice())
                .bind(pt.as_slice())
                .bind(ar.as_slice())
                .bind(&version)
                .bind(id)
                .execute(&mut *tx)
                .await?;
            }
            tx.commit().await?;
            done += rows.len() as u64;
        }
    }

    /// How many organisations of the directory each country has.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn count_orgs_by_country(&self, public_only: bool) -> Result<Vec<(Country, u64)>> {
        let sql = if public_only {
            "SELECT country, COUNT(*) FROM orgs WHERE archived_at IS NULL AND public = 1 GROUP BY country"
        } else {
            "SELECT country, COUNT(*) FROM orgs WHERE archived_at IS NULL GROUP BY country"
        };
        let rows: Vec<(String, i64)> = sqlx::query_as(sql).fetch_all(&self.reader).await?;
        Ok(rows
            .into_iter()
            .filter_map(|(c, n)| Country::parse(&c).ok().map(|c| (c, n.max(0) as u64)))
            .collect())
    }
}

/// Escapes LIKE's wildcards so user text matches literally.
fn escape_like(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

impl Store {
    /// Organisations in the directory per region (archived ones left out).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn count_orgs_by_region(&self, public_only: bool) -> Result<Vec<(Region, i64)>> {
        let sql = if public_only {
            "SELECT region, COUNT(*) FROM orgs WHERE archived_at IS NULL AND public = 1 GROUP BY region"
        } else {
            "SELECT region, COUNT(*) FROM orgs WHERE archived_at IS NULL GROUP BY region"
        };
        let rows: Vec<(String, i64)> = sqlx::query_as(sql).fetch_all(&self.reader).await?;
        Ok(rows
            .into_iter()
            .filter_map(|(r, n)| Region::parse(&r).map(|r| (r, n)))
            .collect())
    }
}

impl Store {
    /// Every organisation matching `filter`, in name order (no paging).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn all_orgs_matching(&self, filter: &OrgFilter) -> Result<Vec<Org>> {
        let first = self.list_orgs(filter, 1, 1).await?;
        let mut all = Vec::with_capacity(first.total as usize);
        let pages = first.total.div_ceil(200) as u32;
        for page in 1..=pages {
            all.extend(self.list_orgs(filter, page, 200).await?.items);
        }
        Ok(all)
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn orgs_by_ids(&self, ids: &[OrgId]) -> Result<Vec<Org>> {
        let mut out = Vec::with_capacity(ids.len());
        for chunk in ids.chunks(500) {
            let ph: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
            let sql = format!("SELECT {COLUMNS} FROM orgs WHERE id IN ({})", ph.join(","));
            let mut q = sqlx::query(&sql);
            for id in chunk {
                q = q.bind(id.to_string());
            }
            for r in q.fetch_all(&self.reader).await? {
                out.push(org_from_row(&r)?);
            }
        }
        Ok(out)
    }
}
