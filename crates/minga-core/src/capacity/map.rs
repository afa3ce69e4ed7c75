//! The map: its figures (totals per theme × region and group, by country
//! for one item, the defaults a page opens on), the organisations behind a
//! cell, needs nobody offers.

use crate::{Core, CoreError, Result};
use minga_domain::capacity::{ItemCode, MappingRound, TaxonomyItem};
use minga_domain::map::{MapCount, MapMeasure, MapSource};
use minga_domain::{can, Action, Country, Group, OrgKind, Region, Resource, User};
use std::collections::HashMap;

/// What a reader of the map asks for, already parsed.
#[derive(Debug, Clone)]
pub struct MapRequest {
    /// Which profiles the map counts.
    pub source: MapSource,
    /// Which profiles the counts are compared with (the change is shown).
    pub compare: Option<MapSource>,
    /// Only organisations of this kind.
    pub kind: Option<OrgKind>,
    /// The world map limited to one region.
    pub region: Option<Region>,
    /// The world map's item, as asked (ignored when not in the taxonomy).
    pub item: Option<ItemCode>,
    /// The world map's measure.
    pub measure: MapMeasure,
}

/// One cell of a heat map: how many organisations of one region.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapCell {
    pub region: Region,
    pub value: i64,
    /// The change since the compared profiles, when comparing.
    pub delta: Option<i64>,
    /// 0 for nothing, then 1–5 by the table's classes.
    pub heat: u8,
}

/// One theme or capacity of a heat map, a cell per column (zeros included).
#[derive(Debug, Clone)]
pub struct MapRow {
    pub item: TaxonomyItem,
    pub cells: Vec<MapCell>,
}

/// One heat map: a measure for one group, a row per taxonomy item in the
/// Secretariat's order, a cell per region of `regions`.
#[derive(Debug, Clone)]
pub struct MapTable {
    pub measure: MapMeasure,
    pub group: Group,
    /// The columns: regions where the group has organisations counted.
    pub regions: Vec<Region>,
    pub rows: Vec<MapRow>,
    /// The shading classes of its cells.
    pub classes: Classes,
}

/// Everything the map shows, with its defaults chosen: the heat maps of the
/// measure asked for (one per group) and the world map's counts by country
/// for one item and that measure.
#[derive(Debug, Clone)]
pub struct MapFigures {
    pub taxonomy: Vec<TaxonomyItem>,
    /// Every round, newest first (to choose from).
    pub rounds: Vec<MappingRound>,
    pub source: MapSource,
    pub compare: Option<MapSource>,
    pub kind: Option<OrgKind>,
    pub region: Option<Region>,
    /// The world map's item: the one asked for when it exists, else
    /// digital advocacy, else the first item (`None` with no taxonomy).
    pub item: Option<ItemCode>,
    pub measure: MapMeasure,
    pub tables: Vec<MapTable>,
    /// Counts by country for the world map's item and measure (countries
    /// with none left out).
    pub countries: Vec<(Country, i64)>,
    /// The world map's shading classes.
    pub country_classes: Classes,
    /// Whether there is nothing to count at all.
    pub empty: bool,
    by_country: HashMap<String, i64>,
}

impl MapFigures {
    /// A country's count on the world map (0 when it has none).
    pub fn country_count(&self, c: Country) -> i64 {
        self.by_country.get(c.code()).copied().unwrap_or(0)
    }
}

/// Shading classes chosen from the data: up to five, each holding about as
/// many of the non-zero values as the others (quantiles), so that when most
/// countries have one or two organisations and a few have fifteen, 2, 8 and
/// 15 fall in different classes rather than all in the darkest.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Classes {
    /// The largest value of each class, ascending.
    uppers: Vec<i64>,
}

impl Classes {
    pub const MAX: usize = 5;

    pub fn from_values(values: impl IntoIterator<Item = i64>) -> Classes {
        let mut v: Vec<i64> = values.into_iter().filter(|n| *n > 0).collect();
        v.sort_unstable();
        let mut distinct = v.clone();
        distinct.dedup();
        if distinct.len() <= Self::MAX {
            return Classes { uppers: distinct };
        }
        let n = v.len();
        let mut uppers: Vec<i64> = Vec::with_capacity(Self::MAX);
        for k in 1..=Self::MAX {
            let upper = v[(k * n).div_ceil(Self::MAX) - 1];
            if uppers.last().is_none_or(|last| upper > *last) {
                uppers.push(upper);
            }
        }
        Classes { uppers }
    }

    /// 0 for nothing, else the class (1 = lightest) of `v`.
    pub fn of(&self, v: i64) -> u8 {
        if v <= 0 {
            return 0;
        }
        let i = self
            .uppers
            .iter()
            .position(|u| v <= *u)
            .unwrap_or(self.uppers.len().saturating_sub(1));
        // Fewer classes than shades spread over the range: 1, 3, 5 for three.
        let steps = Self::MAX.saturating_sub(1) as f64;
        let span = self.uppers.len().saturating_sub(1).max(1) as f64;
        if self.uppers.len() <= 1 {
            return Self::MAX as u8;
        }
        (1.0 + (i as f64) * steps / span).round() as u8
    }

    /// Each class as (shade, lowest, highest) for the legend.
    pub fn legend(&self) -> Vec<(u8, i64, i64)> {
        let mut low = 1;
        self.uppers
            .iter()
            .map(|u| {
                let row = (self.of(*u), low, *u);
                low = u + 1;
                row
            })
            .collect()
    }
}

type Key = (MapMeasure, ItemCode, String, String);

fn totals(counts: &[MapCount]) -> HashMap<Key, i64> {
    let mut m = HashMap::new();
    for c in counts {
        *m.entry((c.measure, c.item.clone(), c.region.clone(), c.group.clone()))
            .or_insert(0) += c.count;
    }
    m
}

/// The item the world map opens on.
fn default_item(taxonomy: &[TaxonomyItem], asked: Option<ItemCode>) -> Option<ItemCode> {
    asked
        .filter(|c| taxonomy.iter().any(|t| &t.code == c))
        .or_else(|| {
            taxonomy
                .iter()
                .find(|t| t.code.as_str() == "digital-advocacy")
                .map(|t| t.code.clone())
        })
        .or_else(|| taxonomy.first().map(|t| t.code.clone()))
}

/// The heat maps of one measure, one for each group, each with the regions
/// where that group has counted organisations (a column of zeros, such as
/// the Global North in Africa, says nothing).
fn heat_tables(
    taxonomy: &[TaxonomyItem],
    measure: MapMeasure,
    now: &HashMap<Key, i64>,
    before: Option<&HashMap<Key, i64>>,
) -> Vec<MapTable> {
    let mut tables = Vec::new();
    for group in Group::ALL {
        let key = |m: MapMeasure, t: &TaxonomyItem, r: Region| {
            (
                m,
                t.code.clone(),
                r.code().to_string(),
                group.code().to_string(),
            )
        };
        let value =
            |t: &TaxonomyItem, r: Region| now.get(&key(measure, t, r)).copied().unwrap_or(0);
        let present = |r: Region| {
            taxonomy.iter().any(|t| {
                MapMeasure::ALL.iter().any(|m| {
                    now.contains_key(&key(*m, t, r))
                        || before.is_some_and(|b| b.contains_key(&key(*m, t, r)))
                })
            })
        };
        let regions: Vec<Region> = Region::ALL.into_iter().filter(|r| present(*r)).collect();
        let classes = Classes::from_values(
            taxonomy
                .iter()
                .flat_map(|t| regions.iter().map(move |r| (t, *r)))
                .map(|(t, r)| value(t, r)),
        );
        let rows = taxonomy
            .iter()
            .map(|t| MapRow {
                item: t.clone(),
                cells: regions
                    .iter()
                    .map(|r| {
                        let v = value(t, *r);
                        MapCell {
                            region: *r,
                            value: v,
                            delta: before
                                .map(|b| v - b.get(&key(measure, t, *r)).copied().unwrap_or(0)),
                            heat: classes.of(v),
                        }
                    })
                    .collect(),
            })
            .collect();
        tables.push(MapTable {
            measure,
            group,
            regions,
            rows,
            classes,
        });
    }
    tables
}

/// A need that nobody in the network offers, with where it comes from.
pub struct Gap {
    pub item: ItemCode,
    pub by_region: Vec<(Region, i64)>,
    pub total: i64,
}

impl Core {
    /// The map's figures for what a reader asks (any signed-in reader).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn map_figures(&self, req: MapRequest) -> Result<MapFigures> {
        let taxonomy = self.store.taxonomy().await?;
        // A draft round has no profiles yet: the map offers opened ones.
        let rounds: Vec<_> = self
            .store
            .rounds()
            .await?
            .into_iter()
            .filter(|r| !r.draft)
            .collect();
        let item = default_item(&taxonomy, req.item);
        let counts = self.map_counts(req.source, req.kind).await?;
        let now = totals(&counts);
        let before = match req.compare {
            Some(c) => Some(totals(&self.map_counts(c, req.kind).await?)),
            None => None,
        };
        let tables = heat_tables(&taxonomy, req.measure, &now, before.as_ref());
        // The world map: one item, one measure, by country.
        let mut by_country: HashMap<String, i64> = HashMap::new();
        if let Some(item) = &item {
            for c in counts.iter().filter(|c| {
                c.measure == req.measure
                    && &c.item == item
                    && req.region.is_none_or(|r| c.region == r.code())
            }) {
                *by_country.entry(c.country.clone()).or_insert(0) += c.count;
            }
        }
        let country_classes = Classes::from_values(by_country.values().copied());
        let countries = by_country
            .iter()
            .filter_map(|(code, n)| Country::parse(code).ok().map(|c| (c, *n)))
            .collect();
        Ok(MapFigures {
            taxonomy,
            rounds,
            source: req.source,
            compare: req.compare,
            kind: req.kind,
            region: req.region,
            item,
            measure: req.measure,
            tables,
            countries,
            country_classes,
            empty: counts.is_empty(),
            by_country,
        })
    }

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

#[cfg(test)]
mod tests {
    use super::{default_item, heat_tables, totals, Classes, Key, MapCell, MapFigures};
    use minga_domain::capacity::{ItemCode, ItemKind, Localised, TaxonomyItem};
    use minga_domain::map::{MapCount, MapMeasure, MapSource};
    use minga_domain::{Country, Group, Region};
    use std::collections::HashMap;

    #[test]
    fn classes_come_from_the_data() {
        // Most countries with one or two, a few with more: 2, 8 and 15 differ.
        let values = [1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 4, 5, 8, 8, 12, 15, 0, 0];
        let c = Classes::from_values(values);
        assert_eq!(c.of(0), 0);
        assert!(c.of(1) < c.of(2), "{c:?}");
        assert!(c.of(2) < c.of(8) && c.of(8) < c.of(15), "{c:?}");
        assert_eq!(c.of(15), 5);
        assert_eq!(c.of(1), 1);
        // The legend covers every value from 1 to the largest, in order.
        let legend = c.legend();
        assert_eq!(legend.first().map(|l| l.1), Some(1));
        assert_eq!(legend.last().map(|l| l.2), Some(15));
        for w in legend.windows(2) {
            assert_eq!(w[0].2 + 1, w[1].1);
            assert!(w[0].0 < w[1].0);
        }
    }

    #[test]
    fn few_distinct_values_each_get_a_class_spread_over_the_shades() {
        let c = Classes::from_values([1, 1, 3, 7]);
        assert_eq!((c.of(1), c.of(3), c.of(7)), (1, 3, 5));
        assert_eq!(c.legend(), vec![(1, 1, 1), (3, 2, 3), (5, 4, 7)]);
        let one = Classes::from_values([4, 4]);
        assert_eq!(one.of(4), 5);
        assert!(Classes::from_values([0, 0]).legend().is_empty());
    }

    fn code(s: &str) -> ItemCode {
        ItemCode::parse(s).unwrap()
    }

    fn item(s: &str) -> TaxonomyItem {
        TaxonomyItem {
            code: code(s),
            kind: ItemKind::Theme,
            label: Localised::default(),
            description: Localised::default(),
            synonyms: Default::default(),
            position: 0,
        }
    }

    fn key(m: MapMeasure, item: &str, r: Region, g: Group) -> Key {
        (m, code(item), r.code().to_string(), g.code().to_string())
    }

    #[test]
    fn the_world_map_opens_on_the_item_asked_else_digital_advocacy_else_the_first() {
        let tax = [item("research"), item("digital-advocacy"), item("media")];
        assert_eq!(default_item(&tax, Some(code("media"))), Some(code("media")));
        assert_eq!(
            default_item(&tax, Some(code("fundraising"))),
            Some(code("digital-advocacy")),
            "an item not in the taxonomy is ignored"
        );
        assert_eq!(default_item(&tax, None), Some(code("digital-advocacy")));
        let no_advocacy = [item("research"), item("media")];
        assert_eq!(default_item(&no_advocacy, None), Some(code("research")));
        assert_eq!(default_item(&[], Some(code("media"))), None);
    }

    #[test]
    fn totals_add_up_the_countries_of_a_region_and_group() {
        let c = |measure, country: &str, count| MapCount {
            measure,
            item: code("media"),
            country: country.into(),
            region: "africa".into(),
            group: "south".into(),
            count,
        };
        let t = totals(&[
            c(MapMeasure::Strength, "KE", 2),
            c(MapMeasure::Strength, "UG", 3),
            c(MapMeasure::Need, "KE", 1),
        ]);
        let south = |m| key(m, "media", Region::Africa, Group::South);
        assert_eq!(
            t,
            HashMap::from([
                (south(MapMeasure::Strength), 5),
                (south(MapMeasure::Need), 1)
            ])
        );
    }

    #[test]
    fn each_group_shows_its_regions_and_the_change_since_the_compared_counts() {
        use MapMeasure::{Need, Strength};
        let tax = [item("media"), item("research")];
        let now: HashMap<Key, i64> = HashMap::from([
            (key(Strength, "media", Region::Africa, Group::South), 4),
            // A need counts as presence on the strengths' table too.
            (key(Need, "research", Region::AsiaPacific, Group::South), 2),
        ]);
        let before: HashMap<Key, i64> = HashMap::from([
            (key(Strength, "media", Region::Africa, Group::South), 1),
            // The North had a member in Europe then, none now.
            (
                key(Strength, "media", Region::EuropeNorthAmerica, Group::North),
                3,
            ),
        ]);
        let tables = heat_tables(&tax, Strength, &now, Some(&before));
        let groups: Vec<Group> = tables.iter().map(|t| t.group).collect();
        assert_eq!(groups, vec![Group::North, Group::South]);
        let (north, south) = (&tables[0], &tables[1]);
        assert_eq!(
            north.regions,
            vec![Region::EuropeNorthAmerica],
            "a region counted only in the compared profiles stays, to show the fall"
        );
        assert_eq!(
            north.rows[0].cells,
            vec![MapCell {
                region: Region::EuropeNorthAmerica,
                value: 0,
                delta: Some(-3),
                heat: 0,
            }]
        );
        assert_eq!(south.regions, vec![Region::Africa, Region::AsiaPacific]);
        assert_eq!(
            south.rows[0].cells,
            vec![
                MapCell {
                    region: Region::Africa,
                    value: 4,
                    delta: Some(3),
                    // The table's only non-zero figure: the top of its classes.
                    heat: 5,
                },
                MapCell {
                    region: Region::AsiaPacific,
                    value: 0,
                    delta: Some(0),
                    heat: 0,
                },
            ]
        );
        // Without a comparison: no change shown, and no column the group
        // has nothing in.
        let plain = heat_tables(&tax, Strength, &now, None);
        assert!(plain[0].regions.is_empty());
        assert_eq!(plain[1].regions, vec![Region::Africa, Region::AsiaPacific]);
        assert_eq!(plain[1].rows[0].cells[0].delta, None);
    }

    #[test]
    fn a_country_without_counts_is_zero_on_the_world_map() {
        let fig = MapFigures {
            taxonomy: vec![],
            rounds: vec![],
            source: MapSource::Current,
            compare: None,
            kind: None,
            region: None,
            item: None,
            measure: MapMeasure::Strength,
            tables: vec![],
            countries: vec![],
            country_classes: Classes::from_values([7]),
            empty: false,
            by_country: HashMap::from([("KE".to_string(), 7)]),
        };
        assert_eq!(fig.country_count(Country::parse("KE").unwrap()), 7);
        assert_eq!(fig.country_count(Country::parse("UG").unwrap()), 0);
    }
}
