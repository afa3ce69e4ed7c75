//! /orgs: the directory, filtered by region, country, kind, North/South and
//! free text, paginated; the filters are plain GET parameters so every view
//! has a link.

use super::OrgCard;
use crate::ctx::Ctx;
use crate::kept::keep;
use crate::view::{
    group_choices, html, kind_choices, region_choices, urlencode, Choice, FormErrors, PageCtx,
};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use minga_domain::{can, Action, Country, Entity, Group, OrgFilter, OrgKind, Region, Resource};
use serde::Deserialize;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Filters {
    q: String,
    region: String,
    country: String,
    kind: String,
    group: String,
    page: Option<String>,
    archived: Option<String>,
    notice: Option<String>,
}

/// What a page number past the last one shows instead of an empty list.
pub struct PastEnd {
    message: String,
    href: String,
}

#[derive(Template)]
#[template(path = "orgs/list.html")]
pub struct ListView {
    page: PageCtx,
    past_end: Option<PastEnd>,
    q: String,
    regions: Vec<Choice>,
    countries: Vec<Choice>,
    kinds: Vec<Choice>,
    groups: Vec<Choice>,
    cards: Vec<OrgCard>,
    total: u64,
    position: String,
    pages: u32,
    no_errors: FormErrors,
    prev_href: Option<String>,
    next_href: Option<String>,
    filtered: bool,
    may_create: bool,
    show_archived_toggle: bool,
    archived: bool,
}

pub async fn list(
    State(st): State<AppState>,
    ctx: Ctx,
    Query(f): Query<Filters>,
) -> Result<Response, AppError> {
    let page = PageCtx::new(&st, &ctx, "orgs-title").with_notice(f.notice.as_deref());
    let filter = OrgFilter {
        text: Some(f.q.trim().chars().take(100).collect()).filter(|s: &String| !s.is_empty()),
        region: Region::parse(&f.region),
        country: Country::parse(&f.country).ok(),
        kind: OrgKind::parse(&f.kind),
        group: Group::parse(&f.group),
        public_only: false,
        include_archived: f.archived.is_some(),
        locale: page.locale,
    };
    let filtered = filter.text.is_some()
        || filter.region.is_some()
        || filter.country.is_some()
        || filter.kind.is_some()
        || filter.group.is_some();
    // Page numbers out of range are clamped rather than refused.
    let number = f
        .page
        .as_deref()
        .and_then(|p| p.parse::<u32>().ok())
        .unwrap_or(1)
        .clamp(1, 100_000);
    let result = st
        .core
        .directory(ctx.user.as_ref(), filter.clone(), number)
        .await?;
    let ids: Vec<String> = result.items.iter().map(|o| o.id.to_string()).collect();
    let logos = st.core.pictures_of(&ids).await?;
    let actor = ctx.user.as_ref().map(|u| u.actor());
    let administer = can(actor.as_ref(), Action::Administer, Resource::Network);

    let link = |n: u32| {
        let mut q = vec![];
        for (k, v) in [
            ("q", &f.q),
            ("region", &f.region),
            ("country", &f.country),
            ("kind", &f.kind),
            ("group", &f.group),
        ] {
            if !v.is_empty() {
                q.push(format!("{k}={}", urlencode(v)));
            }
        }
        if f.archived.is_some() {
            q.push("archived=1".into());
        }
        q.push(format!("page={n}"));
        format!("/orgs?{}", q.join("&"))
    };
    let pages = result.pages();
    // Only countries with members, with how many, in the reader's order.
    let l = page.locale;
    let current_country = f.country.to_ascii_uppercase();
    let mut counted = st.core.directory_countries(ctx.user.as_ref(), l).await?;
    if let Ok(c) = Country::parse(&current_country) {
        if !counted.iter().any(|(k, _)| *k == c) {
            counted.insert(0, (c, 0));
        }
    }
    let countries = Choice::list(
        counted.iter().map(|(c, n)| {
            let label = minga_i18n::I18n::global().ta(
                l,
                "orgs-country-option",
                &[
                    ("country", minga_i18n::s(c.name(l))),
                    ("count", minga_i18n::s(page.number(n))),
                ],
            );
            (c.code().to_string(), label)
        }),
        &current_country,
    );
    // A page past the end says so and links to the last one.
    let past_end = (result.total > 0 && result.page > pages).then(|| PastEnd {
        message: minga_i18n::I18n::global().ta(
            l,
            "pager-past-end",
            &[("pages", minga_i18n::s(page.number(&(pages as u64))))],
        ),
        href: link(pages),
    });
    let view = ListView {
        past_end,
        regions: region_choices(&page, &f.region),
        countries,
        kinds: kind_choices(&page, &f.kind, false),
        groups: group_choices(&page, &f.group),
        cards: result
            .items
            .iter()
            .map(|o| OrgCard::new(&page, o).with_logo(o, logos.get(&o.id.to_string())))
            .collect(),
        total: result.total,
        position: minga_i18n::I18n::global().ta(
            page.locale,
            "pager-position",
            &[
                ("page", minga_i18n::s(page.number(&(result.page as u64)))),
                ("pages", minga_i18n::s(page.number(&(pages as u64)))),
            ],
        ),
        pages,
        no_errors: FormErrors::none(page.locale),
        prev_href: (result.page > 1 && result.page <= pages).then(|| link(result.page - 1)),
        next_href: (result.page < pages).then(|| link(result.page + 1)),
        q: f.q.clone(),
        filtered,
        may_create: can(actor.as_ref(), Action::Create, Resource::Network),
        show_archived_toggle: administer,
        archived: f.archived.is_some() && administer,
        page,
    };
    // A search also looks in themes and current profiles.
    let made_of: &[Entity] = if f.q.trim().is_empty() {
        &[Entity::Org]
    } else {
        &[Entity::Org, Entity::Taxonomy, Entity::Profile]
    };
    Ok(keep(html(&view)?, made_of))
}
