//! The themes and capacities organisations rate themselves on.

use super::LANGS;
use crate::row::{now_ms, opt, parse};
use crate::{change_log, Result, Store};
use minga_domain::capacity::{ItemCode, ItemKind, Localised, TaxonomyItem};
use minga_domain::Entity;
use sqlx::any::AnyRow;
use sqlx::Row;

fn item_from_row(r: &AnyRow) -> Result<TaxonomyItem> {
    let get5 = |prefix: &str| -> Result<[String; 5]> {
        let mut out: [String; 5] = Default::default();
        for (i, l) in LANGS.iter().enumerate() {
            out[i] = r.try_get(format!("{prefix}_{l}").as_str())?;
        }
        Ok(out)
    };
    let syn = get5("synonyms")?;
    Ok(TaxonomyItem {
        code: parse(
            "item code",
            ItemCode::parse(&r.try_get::<String, _>("code")?),
        )?,
        kind: opt(
            "item kind",
            ItemKind::parse(&r.try_get::<String, _>("kind")?),
        )?,
        label: Localised(get5("label")?),
        description: Localised(get5("description")?),
        synonyms: syn.map(|s| {
            s.lines()
                .map(str::to_string)
                .filter(|l| !l.is_empty())
                .collect()
        }),
        position: r.try_get("position")?,
    })
}

impl Store {
    /// Inserts or updates taxonomy items by code.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn upsert_taxonomy(&self, items: &[TaxonomyItem]) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        for it in items {
            let cols: Vec<String> = ["label", "description", "synonyms"]
                .iter()
                .flat_map(|p| LANGS.iter().map(move |l| format!("{p}_{l}")))
                .collect();
            let placeholders: Vec<String> = (4..4 + cols.len()).map(|i| format!("${i}")).collect();
            let updates: Vec<String> = cols.iter().map(|c| format!("{c} = excluded.{c}")).collect();
            let sql = format!(
                "INSERT INTO taxonomy_items (code, kind, position, {}, updated_at) VALUES ($1, $2, $3, {}, ${}) \
                 ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, position = excluded.position, {}, updated_at = excluded.updated_at",
                cols.join(", "),
                placeholders.join(", "),
                4 + cols.len(),
                updates.join(", ")
            );
            let mut q = sqlx::query(&sql)
                .bind(it.code.as_str())
                .bind(it.kind.code())
                .bind(it.position);
            for v in &it.label.0 {
                q = q.bind(v.as_str());
            }
            for v in &it.description.0 {
                q = q.bind(v.as_str());
            }
            for v in &it.synonyms {
                q = q.bind(v.join("\n"));
            }
            q.bind(now_ms()).execute(&mut *tx).await?;
            change_log::record(&mut tx, Entity::Taxonomy, it.code.as_str(), "upsert").await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The whole taxonomy, themes first, in their set order.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn taxonomy(&self) -> Result<Vec<TaxonomyItem>> {
        let rows = sqlx::query("SELECT * FROM taxonomy_items ORDER BY kind DESC, position, code")
            .fetch_all(&self.reader)
            .await?;
        rows.iter().map(item_from_row).collect()
    }
}
