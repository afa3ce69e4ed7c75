//! Learning Communities: the communities and where each person stands in them.

use crate::row::{from_ms, now_ms, opt, parse, placeholders};
use crate::{change_log, Result, Store, StoreError};
use minga_domain::capacity::ItemCode;
use minga_domain::community::{
    Community, CommunityFields, CommunityMember, CommunityVisibility, Standing,
};
use minga_domain::people::Picture;
use minga_domain::{CommunityId, Entity, Locale, Role, Slug, UserId};
use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};
use std::collections::HashMap;

/// Page loads closer together than this are one visit.
pub const VISIT_GAP_MS: i64 = 30 * 60 * 1000;

const COLUMNS: &str = "id, slug, title, purpose, purpose_html, visibility, partners_admitted, \
     languages, created_by, created_at, updated_at, active_at, hidden_at";

fn community_from_row(r: &AnyRow, items: Vec<ItemCode>) -> Result<Community> {
    let languages: String = r.try_get("languages")?;
    Ok(Community {
        id: parse("community id", r.try_get::<String, _>("id")?.parse())?,
        slug: parse("slug", Slug::parse(&r.try_get::<String, _>("slug")?))?,
        title: r.try_get("title")?,
        purpose: r.try_get("purpose")?,
        purpose_html: r.try_get("purpose_html")?,
        visibility: opt(
            "community visibility",
            CommunityVisibility::parse(&r.try_get::<String, _>("visibility")?),
        )?,
        partners_admitted: r.try_get::<i64, _>("partners_admitted")? == 1,
        items,
        languages: languages.split(',').filter_map(Locale::parse).collect(),
        created_by: r
            .try_get::<Option<String>, _>("created_by")?
            .map(|s| parse("user id", s.parse()))
            .transpose()?,
        created_at: from_ms(r.try_get("created_at")?),
        updated_at: from_ms(r.try_get("updated_at")?),
        active_at: from_ms(r.try_get("active_at")?),
        hidden_at: r.try_get::<Option<i64>, _>("hidden_at")?.map(from_ms),
    })
}

fn languages_text(languages: &[Locale]) -> String {
    languages
        .iter()
        .map(|l| l.code())
        .collect::<Vec<_>>()
        .join(",")
}

async fn write_items(
    tx: &mut Transaction<'_, Any>,
    id: CommunityId,
    items: &[ItemCode],
) -> Result<()> {
    sqlx::query("DELETE FROM community_items WHERE community_id = $1")
        .bind(id.to_string())
        .execute(&mut **tx)
        .await?;
    for item in items {
        sqlx::query("INSERT INTO community_items (community_id, item) VALUES ($1, $2)")
            .bind(id.to_string())
            .bind(item.as_str())
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// Marks a community active now (a topic, a reply, an event, a recording),
/// inside the caller's transaction, so the list shows the liveliest first.
pub(crate) async fn touch(tx: &mut Transaction<'_, Any>, id: CommunityId, at: i64) -> Result<()> {
    sqlx::query("UPDATE communities SET active_at = $1 WHERE id = $2 AND active_at < $1")
        .bind(at)
        .bind(id.to_string())
        .execute(&mut **tx)
        .await?;
    Ok(())
}

impl Store {
    /// Creates a community; its slug gets `-2`, `-3`… when taken.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn create_community(
        &self,
        f: &CommunityFields,
        purpose_html: &str,
        slug: &Slug,
        by: Option<UserId>,
    ) -> Result<Community> {
        let mut tx = self.writer.begin().await?;
        let id = CommunityId::new();
        let mut candidate = slug.clone();
        let mut n = 1;
        loop {
            let taken: Option<(String,)> =
                sqlx::query_as("SELECT id FROM communities WHERE slug = $1")
                    .bind(candidate.as_str())
                    .fetch_optional(&mut *tx)
                    .await?;
            if taken.is_none() {
                break;
            }
            n += 1;
            candidate = slug.with_suffix(n);
        }
        let now = now_ms();
        sqlx::query(
            "INSERT INTO communities (id, slug, title, purpose, purpose_html, visibility, \
               partners_admitted, languages, created_by, created_at, updated_at, active_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $10)",
        )
        .bind(id.to_string())
        .bind(candidate.as_str())
        .bind(&f.title)
        .bind(&f.purpose)
        .bind(purpose_html)
        .bind(f.visibility.code())
        .bind(i64::from(f.partners_admitted))
        .bind(languages_text(&f.languages))
        .bind(by.map(|u| u.to_string()))
        .bind(now)
        .execute(&mut *tx)
        .await?;
        write_items(&mut tx, id, &f.items).await?;
        change_log::record(&mut tx, Entity::Community, &id.to_string(), "create").await?;
        tx.commit().await?;
        self.community_by_id(id).await
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn update_community(
        &self,
        id: CommunityId,
        f: &CommunityFields,
        purpose_html: &str,
    ) -> Result<Community> {
        let mut tx = self.writer.begin().await?;
        let done = sqlx::query(
            "UPDATE communities SET title = $1, purpose = $2, purpose_html = $3, visibility = $4, \
               partners_admitted = $5, languages = $6, updated_at = $7 WHERE id = $8",
        )
        .bind(&f.title)
        .bind(&f.purpose)
        .bind(purpose_html)
        .bind(f.visibility.code())
        .bind(i64::from(f.partners_admitted))
        .bind(languages_text(&f.languages))
        .bind(now_ms())
        .bind(id.to_string())
        .execute(&mut *tx)
        .await?;
        write_items(&mut tx, id, &f.items).await?;
        change_log::commit_change(
            tx,
            done.rows_affected(),
            Entity::Community,
            &id.to_string(),
            "update",
        )
        .await?;
        self.community_by_id(id).await
    }

    /// Hides (or shows again) a whole community.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn set_community_hidden(&self, id: CommunityId, hidden: bool) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let done = sqlx::query("UPDATE communities SET hidden_at = $1 WHERE id = $2")
            .bind(hidden.then(now_ms))
            .bind(id.to_string())
            .execute(&mut *tx)
            .await?;
        change_log::commit_change(
            tx,
            done.rows_affected(),
            Entity::Community,
            &id.to_string(),
            "hide",
        )
        .await
    }

    async fn items_of(&self, ids: &[String]) -> Result<HashMap<String, Vec<ItemCode>>> {
        let mut out: HashMap<String, Vec<ItemCode>> = HashMap::new();
        if ids.is_empty() {
            return Ok(out);
        }
        let sql = format!(
            "SELECT community_id, item FROM community_items WHERE community_id IN ({}) ORDER BY item",
            placeholders(1, ids.len())
        );
        let mut q = sqlx::query_as::<_, (String, String)>(&sql);
        for id in ids {
            q = q.bind(id);
        }
        for (id, item) in q.fetch_all(&self.reader).await? {
            out.entry(id)
                .or_default()
                .push(parse("item", ItemCode::parse(&item))?);
        }
        Ok(out)
    }

    async fn communities_from_rows(&self, rows: Vec<AnyRow>) -> Result<Vec<Community>> {
        let ids: Vec<String> = rows
            .iter()
            .map(|r| r.try_get::<String, _>("id"))
            .collect::<std::result::Result<_, _>>()?;
        let mut items = self.items_of(&ids).await?;
        rows.iter()
            .zip(&ids)
            .map(|(r, id)| community_from_row(r, items.remove(id).unwrap_or_default()))
            .collect()
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn community_by_slug(&self, slug: &str) -> Result<Community> {
        let row = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM communities WHERE slug = $1"
        ))
        .bind(slug)
        .fetch_optional(&self.reader)
        .await?
        .ok_or(StoreError::NotFound)?;
        let mut v = self.communities_from_rows(vec![row]).await?;
        opt("community", v.pop())
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn community_by_id(&self, id: CommunityId) -> Result<Community> {
        let row = sqlx::query(&format!("SELECT {COLUMNS} FROM communities WHERE id = $1"))
            .bind(id.to_string())
            .fetch_optional(&self.reader)
            .await?
            .ok_or(StoreError::NotFound)?;
        let mut v = self.communities_from_rows(vec![row]).await?;
        opt("community", v.pop())
    }

    /// Where `user` stands in `community` (Outsider without a row).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn standing(&self, community: CommunityId, user: UserId) -> Result<Standing> {
        let s: Option<(String,)> = sqlx::query_as(
            "SELECT standing FROM community_members WHERE community_id = $1 AND user_id = $2",
        )
        .bind(community.to_string())
        .bind(user.to_string())
        .fetch_optional(&self.reader)
        .await?;
        match s {
            None => Ok(Standing::Outsider),
            Some((s,)) => opt("standing", Standing::parse(&s)),
        }
    }

    /// Every community `user` has a row in, with their standing.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn standings_of(&self, user: UserId) -> Result<HashMap<CommunityId, Standing>> {
        let rows: Vec<(String, String)> = sqlx::query_as(
            "SELECT community_id, standing FROM community_members WHERE user_id = $1",
        )
        .bind(user.to_string())
        .fetch_all(&self.reader)
        .await?;
        rows.into_iter()
            .map(|(c, s)| {
                Ok((
                    parse("community id", c.parse())?,
                    opt("standing", Standing::parse(&s))?,
                ))
            })
            .collect()
    }

    /// Sets where `user` stands (`Outsider` removes their row). `by` is who
    /// invited them or answered their request.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn set_standing(
        &self,
        community: CommunityId,
        user: UserId,
        standing: Standing,
        by: Option<UserId>,
        note: &str,
    ) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        if standing == Standing::Outsider {
            sqlx::query("DELETE FROM community_members WHERE community_id = $1 AND user_id = $2")
                .bind(community.to_string())
                .bind(user.to_string())
                .execute(&mut *tx)
                .await?;
        } else {
            sqlx::query(
                "INSERT INTO community_members (community_id, user_id, standing, by_user, note, since) \
                 VALUES ($1, $2, $3, $4, $5, $6) \
                 ON CONFLICT (community_id, user_id) DO UPDATE SET standing = $3, by_user = $4, \
                   note = $5, since = $6",
            )
            .bind(community.to_string())
            .bind(user.to_string())
            .bind(standing.code())
            .bind(by.map(|u| u.to_string()))
            .bind(note)
            .bind(now_ms())
            .execute(&mut *tx)
            .await?;
        }
        change_log::record(
            &mut tx,
            Entity::Community,
            &community.to_string(),
            "standing",
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Records a member's visit and answers when the current visit began
    /// (milliseconds) and when their previous one did (None on a first
    /// visit); None for people without a row. A visit is the page loads
    /// less than `VISIT_GAP_MS` apart: within one nothing is written, and
    /// "new since your last visit" keeps its meaning.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn record_visit(
        &self,
        community: CommunityId,
        user: UserId,
    ) -> Result<Option<(i64, Option<chrono::DateTime<chrono::Utc>>)>> {
        let row: Option<(Option<i64>, Option<i64>)> = sqlx::query_as(
            "SELECT seen_at, prev_seen_at FROM community_members WHERE community_id = $1 AND user_id = $2",
        )
        .bind(community.to_string())
        .bind(user.to_string())
        .fetch_optional(&self.reader)
        .await?;
        let Some((seen, prev)) = row else {
            return Ok(None);
        };
        let now = now_ms();
        if let Some(s) = seen.filter(|s| now - s < VISIT_GAP_MS) {
            return Ok(Some((s, prev.map(from_ms))));
        }
        // A visit is no change any page shows: no change_log entry.
        sqlx::query(
            "UPDATE community_members SET prev_seen_at = seen_at, seen_at = $1 \
             WHERE community_id = $2 AND user_id = $3",
        )
        .bind(now)
        .bind(community.to_string())
        .bind(user.to_string())
        .execute(&self.writer)
        .await?;
        Ok(Some((now, seen.map(from_ms))))
    }

    /// People of a community in the given standings, moderators first then
    /// by when they joined, a page at a time; and how many there are.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn community_people(
        &self,
        community: CommunityId,
        standings: &[Standing],
        limit: u32,
        offset: u64,
    ) -> Result<(Vec<CommunityMember>, u64)> {
        let codes: Vec<&str> = standings.iter().map(|s| s.code()).collect();
        let list = placeholders(2, codes.len());
        let sql = format!(
            "SELECT m.user_id, u.name, u.role, o.name AS org_name, o.slug AS org_slug, m.standing, \
               m.since, m.note, p.small, p.large \
             FROM community_members m JOIN users u ON u.id = m.user_id \
               JOIN orgs o ON o.id = u.org_id LEFT JOIN pictures p ON p.owner_id = u.id \
             WHERE m.community_id = $1 AND m.standing IN ({list}) AND u.removed_at IS NULL \
             ORDER BY CASE m.standing WHEN 'moderator' THEN 0 ELSE 1 END, m.since, m.user_id \
             LIMIT {limit} OFFSET {offset}"
        );
        let mut q = sqlx::query(&sql).bind(community.to_string());
        for c in &codes {
            q = q.bind(*c);
        }
        let rows = q.fetch_all(&self.reader).await?;
        let people = rows
            .iter()
            .map(|r| {
                Ok(CommunityMember {
                    user: parse("user id", r.try_get::<String, _>("user_id")?.parse())?,
                    name: r.try_get("name")?,
                    org_name: r.try_get("org_name")?,
                    org_slug: r.try_get("org_slug")?,
                    role: opt("role", Role::parse(&r.try_get::<String, _>("role")?))?,
                    standing: opt(
                        "standing",
                        Standing::parse(&r.try_get::<String, _>("standing")?),
                    )?,
                    picture: match (
                        r.try_get::<Option<String>, _>("small")?,
                        r.try_get::<Option<String>, _>("large")?,
                    ) {
                        (Some(small), Some(large)) => Some(Picture { small, large }),
                        _ => None,
                    },
                    since: from_ms(r.try_get("since")?),
                    note: r.try_get("note")?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let count_sql = format!(
            "SELECT COUNT(*) FROM community_members m JOIN users u ON u.id = m.user_id \
             WHERE m.community_id = $1 AND m.standing IN ({list}) AND u.removed_at IS NULL"
        );
        let mut q = sqlx::query_as::<_, (i64,)>(&count_sql).bind(community.to_string());
        for c in &codes {
            q = q.bind(*c);
        }
        let (n,) = q.fetch_one(&self.reader).await?;
        Ok((people, n.max(0) as u64))
    }

    /// Every community's id and when it was last active, liveliest first.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn community_activity(
        &self,
    ) -> Result<Vec<(CommunityId, chrono::DateTime<chrono::Utc>)>> {
        let rows: Vec<(String, i64)> = sqlx::query_as(
            "SELECT id, active_at FROM communities ORDER BY active_at DESC, id DESC",
        )
        .fetch_all(&self.reader)
        .await?;
        rows.into_iter()
            .map(|(id, at)| Ok((parse("community id", id.parse())?, from_ms(at))))
            .collect()
    }

    /// Every community, hidden ones too, liveliest first, with its member
    /// count: what core keeps in memory to list and find communities
    /// (three queries, however many communities there are).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn all_communities(&self) -> Result<Vec<(Community, u64)>> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM communities ORDER BY active_at DESC, id DESC"
        ))
        .fetch_all(&self.reader)
        .await?;
        let mut items: HashMap<String, Vec<ItemCode>> = HashMap::new();
        let all: Vec<(String, String)> =
            sqlx::query_as("SELECT community_id, item FROM community_items ORDER BY item")
                .fetch_all(&self.reader)
                .await?;
        for (id, item) in all {
            items
                .entry(id)
                .or_default()
                .push(parse("item", ItemCode::parse(&item))?);
        }
        let counts: HashMap<String, i64> = sqlx::query_as::<_, (String, i64)>(
            "SELECT community_id, COUNT(*) FROM community_members \
             WHERE standing IN ('member', 'moderator') GROUP BY community_id",
        )
        .fetch_all(&self.reader)
        .await?
        .into_iter()
        .collect();
        rows.iter()
            .map(|r| {
                let id: String = r.try_get("id")?;
                let n = counts.get(&id).copied().unwrap_or(0).max(0) as u64;
                Ok((
                    community_from_row(r, items.remove(&id).unwrap_or_default())?,
                    n,
                ))
            })
            .collect()
    }

    /// Many communities in one transaction (benchmark networks), with
    /// distinct slugs given by the caller.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn create_communities_bulk(
        &self,
        communities: &[(CommunityFields, String, Slug)],
        by: Option<UserId>,
    ) -> Result<Vec<CommunityId>> {
        let mut tx = self.writer.begin().await?;
        let now = now_ms();
        let mut ids = Vec::with_capacity(communities.len());
        for (f, html, slug) in communities {
            let id = CommunityId::new();
            sqlx::query(
                "INSERT INTO communities (id, slug, title, purpose, purpose_html, visibility, \
                   partners_admitted, languages, created_by, created_at, updated_at, active_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $10)",
            )
            .bind(id.to_string())
            .bind(slug.as_str())
            .bind(&f.title)
            .bind(&f.purpose)
            .bind(html)
            .bind(f.visibility.code())
            .bind(i64::from(f.partners_admitted))
            .bind(languages_text(&f.languages))
            .bind(by.map(|u| u.to_string()))
            .bind(now)
            .execute(&mut *tx)
            .await?;
            write_items(&mut tx, id, &f.items).await?;
            ids.push(id);
        }
        change_log::record(&mut tx, Entity::Community, "bulk", "create").await?;
        tx.commit().await?;
        Ok(ids)
    }

    /// Many standings in one transaction (benchmark networks); a person
    /// already placed keeps their first standing.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn add_standings_bulk(&self, rows: &[(CommunityId, UserId, Standing)]) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let now = now_ms();
        for (c, u, s) in rows {
            sqlx::query(
                "INSERT INTO community_members (community_id, user_id, standing, since) \
                 VALUES ($1, $2, $3, $4) ON CONFLICT (community_id, user_id) DO NOTHING",
            )
            .bind(c.to_string())
            .bind(u.to_string())
            .bind(s.code())
            .bind(now)
            .execute(&mut *tx)
            .await?;
        }
        change_log::record(&mut tx, Entity::Community, "bulk", "standing").await?;
        tx.commit().await?;
        Ok(())
    }

    /// Marks a community active now; for writes of other features that
    /// happen outside this module's transactions.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn touch_community(&self, id: CommunityId) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        touch(&mut tx, id, now_ms()).await?;
        tx.commit().await?;
        Ok(())
    }
}
