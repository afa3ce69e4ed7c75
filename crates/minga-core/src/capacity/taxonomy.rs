//! The themes and capacities organisations rate themselves on.

use crate::{Core, CoreError, Result};
use minga_domain::capacity::{ItemCode, ItemKind, Localised, TaxonomyItem};
use minga_domain::{can, required_text, Action, FieldErrors, Locale, Resource, User};
use serde::Deserialize;

#[derive(Deserialize)]
struct SeedItem {
    code: String,
    kind: String,
    label: std::collections::BTreeMap<String, String>,
    description: std::collections::BTreeMap<String, String>,
    synonyms: std::collections::BTreeMap<String, Vec<String>>,
}

/// The taxonomy Minga ships with (`seed/taxonomy.json`).
pub fn seed_taxonomy() -> Result<Vec<TaxonomyItem>> {
    let raw: Vec<SeedItem> = serde_json::from_str(include_str!("../../seed/taxonomy.json"))
        .map_err(CoreError::with("reading the taxonomy seed"))?;
    raw.into_iter()
        .enumerate()
        .map(|(i, it)| {
            let five = |m: &std::collections::BTreeMap<String, String>| {
                Localised(Locale::ALL.map(|l| m.get(l.code()).cloned().unwrap_or_default()))
            };
            Ok(TaxonomyItem {
                code: ItemCode::parse(&it.code)
                    .map_err(CoreError::with("a code in the taxonomy seed"))?,
                kind: ItemKind::parse(&it.kind).ok_or_else(|| {
                    CoreError::other("a kind in the taxonomy seed", it.kind.clone())
                })?,
                label: five(&it.label),
                description: five(&it.description),
                synonyms: Locale::ALL
                    .map(|l| it.synonyms.get(l.code()).cloned().unwrap_or_default()),
                position: i as i64,
            })
        })
        .collect()
}

/// The taxonomy form as typed.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct TaxonomyInput {
    pub code: String,
    pub kind: String,
    pub position: String,
    pub label_en: String,
    pub label_es: String,
    pub label_fr: String,
    pub label_pt: String,
    pub label_ar: String,
    pub description_en: String,
    pub description_es: String,
    pub description_fr: String,
    pub description_pt: String,
    pub description_ar: String,
    pub synonyms_en: String,
    pub synonyms_es: String,
    pub synonyms_fr: String,
    pub synonyms_pt: String,
    pub synonyms_ar: String,
}

impl TaxonomyInput {
    pub fn from_item(t: &TaxonomyItem) -> TaxonomyInput {
        let l = |x: &Localised, i: usize| x.0[i].clone();
        let syn = |i: usize| t.synonyms[i].join(", ");
        TaxonomyInput {
            code: t.code.to_string(),
            kind: t.kind.code().into(),
            position: t.position.to_string(),
            label_en: l(&t.label, 0),
            label_es: l(&t.label, 1),
            label_fr: l(&t.label, 2),
            label_pt: l(&t.label, 3),
            label_ar: l(&t.label, 4),
            description_en: l(&t.description, 0),
            description_es: l(&t.description, 1),
            description_fr: l(&t.description, 2),
            description_pt: l(&t.description, 3),
            description_ar: l(&t.description, 4),
            synonyms_en: syn(0),
            synonyms_es: syn(1),
            synonyms_fr: syn(2),
            synonyms_pt: syn(3),
            synonyms_ar: syn(4),
        }
    }

    /// Every label is required in all five languages; descriptions and
    /// synonyms are optional (a missing description shows the English one).
    pub fn validate(&self) -> Result<TaxonomyItem, FieldErrors> {
        let mut e = FieldErrors::new();
        let code = e.check("code", ItemCode::parse(self.code.trim()));
        let kind = e.check(
            "kind",
            ItemKind::parse(&self.kind).ok_or("error-choose-option"),
        );
        let position = match self.position.trim() {
            "" => Some(0),
            p => e.check(
                "position",
                p.parse::<i64>().map_err(|_| "error-number-invalid"),
            ),
        };
        let labels = [
            ("label_en", &self.label_en),
            ("label_es", &self.label_es),
            ("label_fr", &self.label_fr),
            ("label_pt", &self.label_pt),
            ("label_ar", &self.label_ar),
        ]
        .map(|(f, v)| e.check(f, required_text(v, 120)).unwrap_or_default());
        let descriptions = [
            ("description_en", &self.description_en),
            ("description_es", &self.description_es),
            ("description_fr", &self.description_fr),
            ("description_pt", &self.description_pt),
            ("description_ar", &self.description_ar),
        ]
        .map(|(f, v)| {
            let v = v.trim().to_string();
            if v.chars().count() > 500 {
                e.add(f, "error-too-long");
            }
            v
        });
        let synonyms = [
            &self.synonyms_en,
            &self.synonyms_es,
            &self.synonyms_fr,
            &self.synonyms_pt,
            &self.synonyms_ar,
        ]
        .map(|v| {
            v.split([',', '\n'])
                .map(|x| x.trim().to_string())
                .filter(|x| !x.is_empty())
                .take(30)
                .collect::<Vec<_>>()
        });
        e.into_result()?;
        match (code, kind, position) {
            (Some(code), Some(kind), Some(position)) => Ok(TaxonomyItem {
                code,
                kind,
                label: Localised(labels),
                description: Localised(descriptions),
                synonyms,
                position,
            }),
            _ => Err(FieldErrors::new()),
        }
    }
}

impl Core {
    /// Loads the shipped taxonomy into an empty database.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn ensure_taxonomy(&self) -> Result<()> {
        if self.store.taxonomy().await?.is_empty() {
            self.store.upsert_taxonomy(&seed_taxonomy()?).await?;
        }
        Ok(())
    }

    /// Adds or changes a taxonomy item (the Secretariat).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn save_taxonomy_item(
        &self,
        actor: &User,
        input: &TaxonomyInput,
        existing: Option<&ItemCode>,
    ) -> Result<ItemCode> {
        if !can(Some(&actor.actor()), Action::Administer, Resource::Network) {
            return Err(CoreError::Forbidden);
        }
        let mut fixed = input.clone();
        if let Some(code) = existing {
            // The code is the item's identity: it never changes.
            fixed.code = code.to_string();
        } else if self
            .store
            .taxonomy()
            .await?
            .iter()
            .any(|t| t.code.as_str() == input.code.trim())
        {
            return Err(CoreError::field("code", "error-code-taken"));
        }
        let item = fixed.validate()?;
        self.store
            .upsert_taxonomy(std::slice::from_ref(&item))
            .await?;
        Ok(item.code)
    }
}
