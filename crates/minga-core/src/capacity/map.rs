//! The map: the organisations behind a cell, needs nobody offers.

use crate::{Core, CoreError, Result};
use minga_domain::capacity::ItemCode;
use minga_domain::{can, Action, Region, Resource, User};

/// A need that nobody in the network offers, with where it comes from.
pub struct Gap {
    pub item: ItemCode,
    pub by_region: Vec<(Region, i64)>,
    pub total: i64,
}

impl Core {
    /// The organisations behind one cell of the map (any signed-in reader).
    #[tracing::instrument(skip_all)]
    pub async fn map_orgs(
        &self,
        source: minga_domain::map::MapSource,
        measure: minga_domain::map::MapMeasure,
        item: &ItemCode,
        filter: &minga_domain::OrgFilter,
    ) -> Result<Vec<minga_domain::map::CellEntry>> {
        Ok(self.store.map_orgs(source, measure, item, filter).await?)
    }

    /// Needs that nobody offers (no organisation rates the item 2 or more
    /// and shares it), by region, for the Secretariat.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn gaps(&self, actor: &User) -> Result<Vec<Gap>> {
        if !can(Some(&actor.actor()), Action::Administer, Resource::Network) {
            return Err(CoreError::Forbidden);
        }
        let counts = self
            .map_counts(minga_store::MapSource::Current, None)
            .await?;
        let mut gaps: Vec<Gap> = Vec::new();
        for t in self.store.taxonomy().await? {
            let needs: Vec<&minga_store::MapCount> = counts
                .iter()
                .filter(|c| c.measure == minga_store::MapMeasure::Need && c.item == t.code)
                .collect();
            if needs.is_empty() || !self.helpers_cached(&t.code).await?.helpers.is_empty() {
                continue;
            }
            let by_region: Vec<(Region, i64)> = Region::ALL
                .iter()
                .map(|r| {
                    (
                        *r,
                        needs
                            .iter()
                            .filter(|c| c.region == r.code())
                            .map(|c| c.count)
                            .sum(),
                    )
                })
                .filter(|(_, n)| *n > 0)
                .collect();
            let total = by_region.iter().map(|(_, n)| n).sum();
            gaps.push(Gap {
                item: t.code,
                by_region,
                total,
            });
        }
        gaps.sort_by(|a, b| b.total.cmp(&a.total).then(a.item.cmp(&b.item)));
        Ok(gaps)
    }
}
