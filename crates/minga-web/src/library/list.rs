//! /library: the list, filtered by kind, theme or capacity, region,
//! language and year, or by words; sorted by date or title; paged. Each
//! filter's choices say how many resources they would give with the other
//! filters as they are. The filters are plain GET parameters (a link for
//! every view, no script), and the page is kept for every reader with the
//! same reach.

use super::{kind_name, lang_name};
use crate::ctx::Ctx;
use crate::kept::kept_for;
use crate::view::{html, Choice, FormErrors, PageCtx};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{RawQuery, State};
use axum::response::Response;
use minga_core::library::Card;
use minga_domain::library::{Lang, LibraryFilter, Place, ResourceKind, Sort};
use minga_domain::Entity;

/// What the list's page is made of.
const DEPS: &[Entity] = &[Entity::Resource, Entity::Community, Entity::Taxonomy];

pub struct CardRow {
    pub href: String,
    pub title: String,
    pub lang: &'static str,
    pub summary: String,
    pub meta: String,
    /// The other languages: address, language code and name.
    pub others: Vec<(String, &'static str, String)>,
    pub featured: bool,
}

fn rows(page: &PageCtx, cards: &[Card], f: &LibraryFilter) -> Vec<CardRow> {
    cards
        .iter()
        .map(|c| {
            let base = format!("/library/{}", c.id);
            let href = match f.lang {
                Some(l) => format!("{base}?in={}", l.code()),
                None => base.clone(),
            };
            let mut meta = vec![kind_name(page, c.kind, c.origin)];
            if let Some(y) = c.year {
                meta.push(y.to_string());
            }
            meta.push(lang_name(page, c.lang));
            if let Some(file) = &c.file {
                meta.push(page.file_size(file.size));
            } else if let Some(host) = c.url.as_deref().and_then(host_of) {
                meta.push(page.t1("library-link-to", "host", host));
            }
            CardRow {
                href,
                title: c.title.clone(),
                lang: c.lang.html_lang(),
                summary: c.summary.clone(),
                meta: meta.join(" · "),
                others: c
                    .others
                    .iter()
                    .map(|l| {
                        (
                            format!("{base}?in={}", l.code()),
                            l.html_lang(),
                            lang_name(page, *l),
                        )
                    })
                    .collect(),
                featured: c.featured,
            }
        })
        .collect()
}

/// The host a link leads to, shown instead of a size.
pub fn host_of(url: &str) -> Option<String> {
    url::Url::parse(url).ok().and_then(|u| {
        u.host_str()
            .map(|h| h.trim_start_matches("www.").to_string())
    })
}

#[derive(Template)]
#[template(path = "library/list.html")]
pub struct ListView {
    page: PageCtx,
    q: String,
    kinds: Vec<Choice>,
    items: Vec<Choice>,
    places: Vec<Choice>,
    langs: Vec<Choice>,
    years: Vec<Choice>,
    sorts: Vec<Choice>,
    no_errors: FormErrors,
    cards: Vec<CardRow>,
    featured: Vec<CardRow>,
    total: u64,
    narrowed: bool,
    archived: bool,
    may_share: bool,
    may_curate: bool,
    archived_href: String,
    pages: u32,
    position: String,
    prev_href: Option<String>,
    next_href: Option<String>,
    past_end_href: Option<String>,
}

/// "Label (count)" for a choice of a filter.
fn counted(page: &PageCtx, label: String, n: usize) -> String {
    minga_i18n::I18n::global().ta(
        page.locale,
        "library-choice-count",
        &[
            ("label", minga_i18n::s(label)),
            ("n", minga_i18n::s(page.number(&(n as u64)))),
        ],
    )
}

/// A filter's choices with their counts; the current value stays listed
/// (with 0) when nothing matches it, so the form shows what is applied.
fn choices<T: PartialEq + Copy>(
    page: &PageCtx,
    counts: &[(T, usize)],
    current: Option<T>,
    code: impl Fn(T) -> String,
    label: impl Fn(T) -> String,
) -> Vec<Choice> {
    let mut list: Vec<(T, usize)> = counts.to_vec();
    if let Some(c) = current {
        if !list.iter().any(|(v, _)| *v == c) {
            list.insert(0, (c, 0));
        }
    }
    let selected = current.map(&code).unwrap_or_default();
    Choice::list(
        list.into_iter()
            .map(|(v, n)| (code(v), counted(page, label(v), n))),
        &selected,
    )
}

pub async fn list(
    State(st): State<AppState>,
    ctx: Ctx,
    RawQuery(query): RawQuery,
) -> Result<Response, AppError> {
    let pairs: Vec<(String, String)> =
        serde_urlencoded::from_str(query.as_deref().unwrap_or_default()).unwrap_or_default();
    let filter = LibraryFilter::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let reader = st.core.library_reader(ctx.user.as_ref()).await?;
    let state = reader.key();
    let make = async {
        let page = PageCtx::new(&st, &ctx, "library-title");
        let lp = st
            .core
            .library_page(ctx.user.as_ref(), page.locale, filter)
            .await?;
        let f = &lp.filter;
        let taxonomy = st.core.taxonomy().await?;
        let l = page.locale;
        let item_counts: Vec<(usize, usize)> = lp
            .facets
            .items
            .iter()
            .filter_map(|(code, n)| {
                taxonomy
                    .iter()
                    .position(|t| &t.code == code)
                    .map(|i| (i, *n))
            })
            .collect();
        let current_item = f
            .item
            .as_ref()
            .and_then(|c| taxonomy.iter().position(|t| &t.code == c));
        let items = choices(
            &page,
            &item_counts,
            current_item,
            |i| taxonomy[i].code.as_str().to_string(),
            |i| taxonomy[i].label.get(l).to_string(),
        );
        let kinds = choices(
            &page,
            &lp.facets.kinds,
            f.kind,
            |k: ResourceKind| k.code().to_string(),
            |k| page.t(&k.label_key()),
        );
        let places = choices(
            &page,
            &lp.facets.places,
            f.place,
            |p: Place| p.code().to_string(),
            |p| page.t(&p.label_key()),
        );
        let langs = choices(
            &page,
            &lp.facets.langs,
            f.lang,
            |x: Lang| x.code().to_string(),
            |x| lang_name(&page, x),
        );
        let years = choices(
            &page,
            &lp.facets.years,
            f.year,
            |y: i32| y.to_string(),
            |y| y.to_string(),
        );
        let sorts = Choice::list(
            [Sort::Newest, Sort::Title].into_iter().map(|s| {
                (
                    s.code().to_string(),
                    page.t(&format!("library-sort-{}", s.code())),
                )
            }),
            f.sort.code(),
        );
        let pages = lp.pages as u32;
        let at = f.page.min(u32::MAX as usize) as u32;
        let past_end = lp.total > 0 && f.page > lp.pages;
        let view = ListView {
            q: f.q.clone(),
            kinds,
            items,
            places,
            langs,
            years,
            sorts,
            no_errors: FormErrors::none(l),
            cards: rows(&page, &lp.cards, f),
            featured: rows(&page, &lp.featured, f),
            total: lp.total as u64,
            narrowed: f.narrows(),
            archived: f.archived,
            may_share: lp.may_share,
            may_curate: lp.may_curate,
            archived_href: LibraryFilter {
                archived: !f.archived,
                page: 1,
                ..f.clone()
            }
            .href(),
            pages,
            position: minga_i18n::I18n::global().ta(
                l,
                "pager-position",
                &[
                    ("page", minga_i18n::s(page.number(&u64::from(at)))),
                    ("pages", minga_i18n::s(page.number(&u64::from(pages)))),
                ],
            ),
            prev_href: (f.page > 1 && f.page <= lp.pages).then(|| f.at_page(f.page - 1).href()),
            next_href: (f.page < lp.pages).then(|| f.at_page(f.page + 1).href()),
            past_end_href: past_end.then(|| f.at_page(lp.pages).href()),
            page,
        };
        html(&view)
    };
    kept_for(&st, &ctx, state, DEPS, make).await
}
