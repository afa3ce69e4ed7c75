//! /capacity: the map of capacities. Heat maps of strengths and needs by
//! theme × region, split Global North and Global South (the discussion
//! paper's questions 1a and 1b), a world choropleth drawn as inline SVG, and
//! the organisations behind every cell. Works without JavaScript; every
//! graphic has a table beside it.

use super::label;
use crate::ctx::SignedIn;
use crate::fragments::{FragmentKey, MapPage};
use crate::kept::keep;
use crate::view::{html, kind_choices, region_choices, urlencode, Choice, FormErrors, PageCtx};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use minga_core::capacity::{Classes, MapFigures, MapRequest};
use minga_domain::capacity::{ItemCode, ItemKind, Level, Priority};
use minga_domain::map::{MapMeasure, MapSource};
use minga_domain::{Country, Entity, Group, OrgFilter, OrgKind, Region};
use serde::Deserialize;
use std::sync::LazyLock;

#[derive(Deserialize)]
struct WorldFile {
    #[serde(rename = "viewBox")]
    view_box: String,
    countries: Vec<WorldShape>,
}

#[derive(Deserialize)]
struct WorldShape {
    id: String,
    d: String,
}

/// Natural Earth shapes (world-atlas, simplified by tools/worldmap), by country.
struct World {
    view_box: String,
    shapes: Vec<(Country, String)>,
}

static WORLD: LazyLock<World> = LazyLock::new(|| {
    let file: WorldFile = serde_json::from_str(include_str!("world.json")).unwrap_or(WorldFile {
        view_box: "0 0 960 424".into(),
        countries: vec![],
    });
    World {
        view_box: file.view_box,
        shapes: file
            .countries
            .into_iter()
            .filter_map(|s| Country::by_numeric(&s.id).map(|c| (c, s.d)))
            .collect(),
    }
});

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MapQuery {
    round: String,
    compare: String,
    kind: String,
    /// Limits the world map and its table to one region.
    region: String,
    item: String,
    measure: String,
}

pub struct HeatCell {
    pub text: String,
    pub href: String,
    pub heat: u8,
}

pub struct HeatRow {
    pub label: String,
    /// The item on the world map.
    pub world_href: String,
    pub cells: Vec<HeatCell>,
}

pub struct HeatTable {
    pub id: String,
    pub title: String,
    /// Region names, one per cell of each row.
    pub columns: Vec<String>,
    pub rows: Vec<HeatRow>,
    pub legend: Vec<LegendRow>,
}

pub struct Shape {
    pub d: String,
    pub heat: u8,
    pub title: String,
    /// The organisations there, when it has any.
    pub href: Option<String>,
}

pub struct GapRow {
    pub label: String,
    pub count: String,
    pub regions: String,
}

pub struct CountryRow {
    pub name: String,
    pub count: i64,
    pub href: String,
}

#[derive(Template)]
#[template(path = "capacity/map.html")]
pub struct MapView {
    page: PageCtx,
    /// For the Secretariat: needs that nobody offers.
    gaps: Option<Vec<GapRow>>,
    /// The filters, the world map and the heat maps, rendered once per
    /// language and query until the change log moves (`Fragments`).
    body: std::sync::Arc<str>,
}

#[derive(Template)]
#[template(path = "capacity/world.html")]
pub struct WorldView {
    page: PageCtx,
    /// The heat maps with the same round and kind.
    back: String,
    /// The filters, the choropleth and its table (`Fragments`, as the map's).
    body: std::sync::Arc<str>,
}

/// /capacity's body: the filters and the heat maps of one measure.
#[derive(Template)]
#[template(path = "capacity/map_body.html")]
pub struct MapBody<'a> {
    page: &'a PageCtx,
    no_errors: FormErrors,
    rounds: Vec<Choice>,
    compares: Vec<Choice>,
    kinds: Vec<Choice>,
    measures: Vec<Choice>,
    tables: Vec<HeatTable>,
    /// The world map of the default item, same round, kind and measure.
    world_href: String,
    empty: bool,
}

/// /capacity/world's body: the filters, the choropleth and its table.
#[derive(Template)]
#[template(path = "capacity/world_body.html")]
pub struct WorldBody<'a> {
    page: &'a PageCtx,
    no_errors: FormErrors,
    rounds: Vec<Choice>,
    kinds: Vec<Choice>,
    regions: Vec<Choice>,
    items: Vec<Choice>,
    measures: Vec<Choice>,
    view_box: String,
    shapes: Vec<Shape>,
    legend: Vec<LegendRow>,
    map_title: String,
    country_rows: Vec<CountryRow>,
    empty: bool,
}

/// "Strengths" / "Needs" for a measure's code in the map's URLs.
fn measure_title(code: &str) -> &'static str {
    MapMeasure::ALL
        .into_iter()
        .find(|m| m.code() == code)
        .unwrap_or(MapMeasure::Strength)
        .title_key()
}

fn parse_source(s: &str) -> Option<MapSource> {
    match s {
        "" | "current" => Some(MapSource::Current),
        id => id.parse().ok().map(MapSource::Round),
    }
}

fn source_code(s: MapSource) -> String {
    match s {
        MapSource::Current => "current".into(),
        MapSource::Round(id) => id.to_string(),
    }
}

/// What the map's body is made of: counts (profiles, organisations), the
/// rounds to choose from and the taxonomy's labels.
/// The bodies show counts (profiles, organisations), the rounds to choose
/// from and the taxonomy's labels.
const MAP_BODY_DEPS: &[Entity] = &[
    Entity::Profile,
    Entity::Org,
    Entity::Round,
    Entity::Taxonomy,
];

/// /capacity: the heat maps, and for the Secretariat the needs nobody offers.
pub async fn show(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Query(q): Query<MapQuery>,
) -> Result<Response, AppError> {
    let page = PageCtx::new(&st, &ctx, "map-title");
    let l = page.locale;
    let seq = ctx.versions.of(MAP_BODY_DEPS);
    let body = body(&st, &page, seq, &q, MapPage::Heat).await?;
    let gaps = if page.is_secretariat() {
        let taxonomy = st.core.taxonomy().await?;
        Some(
            st.core
                .gaps(&user)
                .await?
                .into_iter()
                .map(|g| GapRow {
                    label: label(&taxonomy, &g.item, l),
                    count: page.count("gaps-count", &(g.total as u64)),
                    regions: g
                        .by_region
                        .iter()
                        .map(|(r, n)| {
                            format!("{} ({})", page.t(&r.label_key()), page.number(&(*n as u64)))
                        })
                        .collect::<Vec<_>>()
                        .join(", "),
                })
                .collect(),
        )
    } else {
        None
    };
    let view = MapView { gaps, body, page };
    Ok(keep(html(&view)?, MAP_BODY_DEPS))
}

/// /capacity/world: one item on the world map, by country. Its own page, so
/// that the heat maps' first view stays within one round trip of a slow
/// link (the shapes are 10 KB compressed).
pub async fn world(
    State(st): State<AppState>,
    SignedIn(ctx, _user): SignedIn,
    Query(q): Query<MapQuery>,
) -> Result<Response, AppError> {
    let page = PageCtx::new(&st, &ctx, "world-title");
    let seq = ctx.versions.of(MAP_BODY_DEPS);
    let body = body(&st, &page, seq, &q, MapPage::World).await?;
    let back = format!(
        "/capacity?{}",
        map_params(&q.round, &q.kind, &q.measure, "")
    );
    let view = WorldView { back, body, page };
    Ok(keep(html(&view)?, MAP_BODY_DEPS))
}

/// The body of either page for one query, rendered once per language and
/// query until the change log moves.
async fn body(
    st: &AppState,
    page: &PageCtx,
    seq: i64,
    q: &MapQuery,
    which: MapPage,
) -> Result<std::sync::Arc<str>, AppError> {
    let key = FragmentKey::Map {
        page: which,
        locale: page.locale,
        query: [
            q.round.clone(),
            q.compare.clone(),
            q.kind.clone(),
            q.region.clone(),
            q.item.clone(),
            q.measure.clone(),
        ],
    };
    if let Some(b) = st.fragments.get(&key, seq) {
        return Ok(b);
    }
    let b: std::sync::Arc<str> = render_body(st, page, q, which).await?.into();
    st.fragments.put(key, seq, b.clone());
    Ok(b)
}

/// The query string of a map page: round, kind, measure and item, the
/// defaults left out.
fn map_params(round: &str, kind: &str, measure: &str, item: &str) -> String {
    [
        ("round", round),
        ("kind", kind),
        ("measure", measure),
        ("item", item),
    ]
    .iter()
    .filter(|(k, v)| !(v.is_empty() || (*k == "round" && *v == "current")))
    .map(|(k, v)| format!("{k}={}", urlencode(v)))
    .collect::<Vec<_>>()
    .join("&")
}

async fn render_body(
    st: &AppState,
    page: &PageCtx,
    q: &MapQuery,
    which: MapPage,
) -> Result<String, AppError> {
    let l = page.locale;
    let source = parse_source(&q.round).unwrap_or(MapSource::Current);
    let compare = match (which, q.compare.is_empty()) {
        (MapPage::Heat, false) => parse_source(&q.compare),
        _ => None,
    };
    let measure = if q.measure == "need" {
        MapMeasure::Need
    } else {
        MapMeasure::Strength
    };
    let fig = st
        .core
        .map_figures(MapRequest {
            source,
            compare,
            kind: OrgKind::parse(&q.kind),
            region: Region::parse(&q.region),
            item: ItemCode::parse(&q.item).ok(),
            measure,
        })
        .await?;
    let base = cell_link(&fig);
    let mkey = measure.code();
    let round_choices = |current: &str, with_none: bool| {
        let mut v: Vec<(String, String)> = Vec::new();
        if with_none {
            v.push((String::new(), page.t("map-compare-none")));
        }
        v.push(("current".into(), page.t("map-current")));
        v.extend(
            fig.rounds
                .iter()
                .map(|r| (r.id.to_string(), r.title_in(page.locale).to_string())),
        );
        Choice::list(v, current)
    };
    let measures = Choice::list(
        [
            ("strength".to_string(), page.t("map-strengths")),
            ("need".to_string(), page.t("map-needs")),
        ],
        mkey,
    );
    let round = source_code(fig.source);
    let kind = fig.kind.map(|k| k.code()).unwrap_or("");
    let world_href =
        |item: &str| format!("/capacity/world?{}", map_params(&round, kind, mkey, item));
    let view = match which {
        MapPage::Heat => MapBody {
            no_errors: FormErrors::none(l),
            rounds: round_choices(&round, false),
            compares: round_choices(&fig.compare.map(source_code).unwrap_or_default(), true),
            kinds: kind_choices(page, &q.kind, true),
            measures,
            empty: fig.empty,
            tables: heat_tables(page, &fig, &base, &world_href),
            world_href: world_href(""),
            page,
        }
        .render(),
        MapPage::World => {
            let item_label = fig
                .item
                .as_ref()
                .map(|i| label(&fig.taxonomy, i, l))
                .unwrap_or_default();
            WorldBody {
                no_errors: FormErrors::none(l),
                rounds: round_choices(&round, false),
                regions: region_choices(page, &q.region),
                kinds: kind_choices(page, &q.kind, true),
                items: Choice::list(
                    ItemKind::ALL
                        .iter()
                        .flat_map(|k| fig.taxonomy.iter().filter(move |t| t.kind == *k))
                        .map(|t| (t.code.to_string(), t.label.get(l).to_string())),
                    fig.item.as_ref().map(|i| i.as_str()).unwrap_or(""),
                ),
                measures,
                empty: fig.empty,
                view_box: WORLD.view_box.clone(),
                shapes: world_shapes(page, &fig, &base),
                legend: legend(page, &fig.country_classes),
                map_title: format!("{} · {}", page.t(measure.title_key()), item_label),
                country_rows: country_rows(page, &fig, &base),
                page,
            }
            .render()
        }
    };
    view.map_err(AppError::Template)
}

/// Links to the organisations behind a cell of the map, keeping its round
/// and kind of organisation; `extra` names the cell.
fn cell_link(fig: &MapFigures) -> impl Fn(&str) -> String {
    let mut p = vec![format!("round={}", source_code(fig.source))];
    if let Some(k) = fig.kind {
        p.push(format!("kind={}", k.code()));
    }
    let p = p.join("&");
    move |extra: &str| format!("/capacity/orgs?{p}&{extra}")
}

/// The heat maps as tables: counts (and changes when comparing) with links.
fn heat_tables(
    page: &PageCtx,
    fig: &MapFigures,
    base: &impl Fn(&str) -> String,
    world_href: &impl Fn(&str) -> String,
) -> Vec<HeatTable> {
    let l = page.locale;
    fig.tables
        .iter()
        .map(|table| {
            let (mkey, group) = (table.measure.code(), table.group.code());
            let rows = table
                .rows
                .iter()
                .map(|row| HeatRow {
                    label: row.item.label.get(l).to_string(),
                    world_href: world_href(row.item.code.as_str()),
                    cells: row
                        .cells
                        .iter()
                        .map(|c| HeatCell {
                            text: match c.delta {
                                Some(d) if d != 0 => {
                                    format!("{} ({:+})", page.number(&(c.value as u64)), d)
                                }
                                _ => page.number(&(c.value as u64)),
                            },
                            href: base(&format!(
                                "measure={mkey}&item={}&region={}&group={group}",
                                row.item.code,
                                c.region.code(),
                            )),
                            heat: c.heat,
                        })
                        .collect(),
                })
                .collect();
            HeatTable {
                id: format!("{mkey}-{group}"),
                title: format!(
                    "{} · {}",
                    page.t(table.measure.title_key()),
                    page.t(&table.group.label_key())
                ),
                columns: table
                    .regions
                    .iter()
                    .map(|r| page.t(&r.label_key()))
                    .collect(),
                rows,
                legend: legend(page, &table.classes),
            }
        })
        .collect()
}

/// The choropleth's shapes: every country drawn, shaded by its class; those
/// with organisations link to them.
fn world_shapes(page: &PageCtx, fig: &MapFigures, base: &impl Fn(&str) -> String) -> Vec<Shape> {
    let l = page.locale;
    let item = fig.item.as_ref().map(|i| i.as_str()).unwrap_or("");
    WORLD
        .shapes
        .iter()
        .map(|(c, d)| {
            let v = fig.country_count(*c);
            Shape {
                d: d.clone(),
                heat: fig.country_classes.of(v),
                title: format!("{}: {}", c.name(l), page.number(&(v as u64))),
                href: (v > 0).then(|| {
                    base(&format!(
                        "measure={}&item={item}&country={}",
                        fig.measure.code(),
                        c.code()
                    ))
                }),
            }
        })
        .collect()
}

/// A legend entry: the shade and the counts it stands for ("3–5").
pub struct LegendRow {
    pub heat: u8,
    pub range: String,
}

fn legend(page: &PageCtx, classes: &Classes) -> Vec<LegendRow> {
    classes
        .legend()
        .into_iter()
        .map(|(heat, low, high)| LegendRow {
            heat,
            range: if low == high {
                page.number(&(high as u64))
            } else {
                format!(
                    "{}–{}",
                    page.number(&(low as u64)),
                    page.number(&(high as u64))
                )
            },
        })
        .collect()
}

/// The table beside the choropleth: countries with a count, most first.
fn country_rows(
    page: &PageCtx,
    fig: &MapFigures,
    base: &impl Fn(&str) -> String,
) -> Vec<CountryRow> {
    let l = page.locale;
    let mkey = fig.measure.code();
    let mut rows: Vec<CountryRow> = fig
        .countries
        .iter()
        .map(|(c, n)| CountryRow {
            name: c.name(l).to_string(),
            count: *n,
            href: base(&format!(
                "measure={mkey}&item={}&country={}",
                fig.item.as_ref().map(|i| i.as_str()).unwrap_or(""),
                c.code()
            )),
        })
        .collect();
    rows.sort_by(|a, b| b.count.cmp(&a.count).then(a.name.cmp(&b.name)));
    rows
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CellQuery {
    round: String,
    kind: String,
    measure: String,
    item: String,
    region: String,
    group: String,
    country: String,
}

pub struct CellRow {
    /// Evidence files behind a strength.
    pub files: Vec<super::profile::FileRow>,
    pub name: String,
    pub href: String,
    pub place: String,
    pub what: String,
    pub detail: String,
}

#[derive(Template)]
#[template(path = "capacity/cell.html")]
pub struct CellView {
    page: PageCtx,
    heading: String,
    back: String,
    rows: Vec<CellRow>,
}

/// /capacity/orgs: the organisations behind one cell or country of the map.
pub async fn cell(
    State(st): State<AppState>,
    SignedIn(ctx, _): SignedIn,
    Query(q): Query<CellQuery>,
) -> Result<Response, AppError> {
    let page = PageCtx::new(&st, &ctx, "map-cell-title");
    let l = page.locale;
    let taxonomy = st.core.taxonomy().await?;
    let item = ItemCode::parse(&q.item).map_err(|_| AppError::NotFound)?;
    if !taxonomy.iter().any(|t| t.code == item) {
        return Err(AppError::NotFound);
    }
    let source = parse_source(&q.round).ok_or(AppError::NotFound)?;
    let measure = if q.measure == "need" {
        MapMeasure::Need
    } else {
        MapMeasure::Strength
    };
    let filter = OrgFilter {
        region: Region::parse(&q.region),
        group: Group::parse(&q.group),
        kind: OrgKind::parse(&q.kind),
        country: Country::parse(&q.country).ok(),
        ..Default::default()
    };
    let found = st.core.map_orgs(source, measure, &item, &filter).await?;
    let mut scope: Vec<String> = vec![label(&taxonomy, &item, l)];
    if let Some(r) = filter.region {
        scope.push(page.t(&r.label_key()));
    }
    if let Some(g) = filter.group {
        scope.push(page.t(&g.label_key()));
    }
    if let Some(c) = filter.country {
        scope.push(c.name(l).to_string());
    }
    let mkey = if measure == MapMeasure::Need {
        "need"
    } else {
        "strength"
    };
    let rows = found
        .into_iter()
        .map(|e| (e.org, e.what, e.detail, e.files))
        .map(|(org, what, detail, files)| CellRow {
            files: files
                .iter()
                .map(|f| super::profile::FileRow::new(f, &page))
                .collect(),
            href: format!("/orgs/{}", org.slug),
            place: format!(
                "{} · {}",
                org.country.name(l),
                page.t(&org.region.label_key())
            ),
            what: match measure {
                MapMeasure::Strength => what
                    .parse::<u8>()
                    .ok()
                    .and_then(|v| Level::new(v).ok())
                    .map(|l| page.t(&l.label_key()))
                    .unwrap_or(what),
                MapMeasure::Need => Priority::parse(&what)
                    .map(|p| page.t(&p.label_key()))
                    .unwrap_or(what),
            },
            name: org.name,
            detail,
        })
        .collect();
    let back = format!(
        "/capacity?round={}&item={}&measure={mkey}&kind={}",
        urlencode(&q.round),
        urlencode(&q.item),
        urlencode(&q.kind)
    );
    let heading = format!("{} · {}", page.t(measure_title(mkey)), scope.join(" · "));
    Ok(html(&CellView {
        page,
        heading,
        back,
        rows,
    })?
    .into_response())
}
