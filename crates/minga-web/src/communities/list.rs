//! /communities: the communities a reader may find, liveliest first,
//! narrowed by theme, language or "mine", with the invitations waiting for
//! them at the top. Filters are plain GET parameters, so every view has a link.

use super::CommunityLabels;
use crate::ctx::Ctx;
use crate::view::{html, urlencode, Choice, FormErrors, PageCtx};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use minga_domain::capacity::ItemCode;
use minga_domain::community::{CommunityFilter, Standing};
use minga_domain::{can, Action, Locale, Resource};
use serde::Deserialize;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Filters {
    theme: String,
    language: String,
    mine: Option<String>,
    page: Option<String>,
    notice: Option<String>,
}

pub struct Card {
    pub labels: CommunityLabels,
    pub members: String,
    /// Where the reader stands, said in words (empty for outsiders).
    pub standing: String,
}

#[derive(Template)]
#[template(path = "communities/list.html")]
pub struct ListView {
    page: PageCtx,
    no_errors: FormErrors,
    themes: Vec<Choice>,
    languages: Vec<Choice>,
    mine: bool,
    invitations: Vec<Card>,
    cards: Vec<Card>,
    total: u64,
    filtered: bool,
    may_create: bool,
    pages: u32,
    position: String,
    prev_href: Option<String>,
    next_href: Option<String>,
}

fn standing_label(page: &PageCtx, s: Standing) -> String {
    match s {
        Standing::Outsider => String::new(),
        Standing::Requested => page.t("community-standing-requested"),
        Standing::Invited => page.t("community-standing-invited"),
        Standing::Member => page.t("community-standing-member"),
        Standing::Moderator => page.t("community-standing-moderator"),
    }
}

pub async fn list(
    State(st): State<AppState>,
    ctx: Ctx,
    Query(f): Query<Filters>,
) -> Result<Response, AppError> {
    let page = PageCtx::new(&st, &ctx, "communities-title").with_notice(f.notice.as_deref());
    let viewer = ctx.user.as_ref();
    let number = f
        .page
        .as_deref()
        .and_then(|p| p.parse::<u32>().ok())
        .unwrap_or(1)
        .clamp(1, 100_000);
    let filter = CommunityFilter {
        item: ItemCode::parse(f.theme.trim()).ok(),
        language: Locale::parse(f.language.trim()),
        mine: f.mine.is_some() && viewer.is_some(),
        page: number,
    };
    let taxonomy = st.core.taxonomy().await?;
    let result = st.core.communities(viewer, &filter).await?;
    // Invitations wait at the top of the first page, whatever the filters.
    let invited = match viewer {
        Some(u) if number == 1 => st.core.invitations_of(u).await?,
        _ => Vec::new(),
    };
    if viewer.is_none() {
        let v = list_view(&ctx, page, &f, &filter, &taxonomy, &result, &invited);
        return Ok(super::answer(&ctx, html(&v)?));
    }
    // A member's list, kept for members in the same state (see
    // `kept::kept_for`): where they stand in each community it shows.
    let mut state = String::new();
    for c in invited.iter().chain(&result.items) {
        state.push_str(&format!("{}:{:?},", c.community.id, c.standing));
    }
    crate::kept::kept_for(&st, &ctx, state, super::VISITOR_DEPS, async {
        html(&list_view(
            &ctx, page, &f, &filter, &taxonomy, &result, &invited,
        ))
    })
    .await
}

fn list_view(
    ctx: &Ctx,
    page: PageCtx,
    f: &Filters,
    filter: &CommunityFilter,
    taxonomy: &[minga_domain::capacity::TaxonomyItem],
    result: &minga_domain::Page<minga_domain::community::CommunityCard>,
    invited: &[minga_domain::community::CommunityCard],
) -> ListView {
    let viewer = ctx.user.as_ref();
    let card = |c: &minga_domain::community::CommunityCard| Card {
        labels: CommunityLabels::new(&page, &c.community, taxonomy),
        members: page.count("community-members-count", &c.members),
        standing: standing_label(&page, c.standing),
    };
    let invitations = invited.iter().map(card).collect();
    let l = page.locale;
    let link = |n: u32| {
        let mut q = vec![];
        for (k, v) in [("theme", &f.theme), ("language", &f.language)] {
            if !v.is_empty() {
                q.push(format!("{k}={}", urlencode(v)));
            }
        }
        if filter.mine {
            q.push("mine=1".into());
        }
        q.push(format!("page={n}"));
        format!("/communities?{}", q.join("&"))
    };
    let pages = result.pages();
    let themes = Choice::list(
        taxonomy
            .iter()
            .map(|t| (t.code.to_string(), t.label.get(l).to_string())),
        f.theme.trim(),
    );
    let languages = Choice::list(
        Locale::ALL
            .iter()
            .map(|x| (x.code().to_string(), x.native_name().to_string())),
        f.language.trim(),
    );
    ListView {
        no_errors: FormErrors::none(l),
        themes,
        languages,
        mine: filter.mine,
        invitations,
        cards: result.items.iter().map(card).collect(),
        total: result.total,
        filtered: filter.item.is_some() || filter.language.is_some() || filter.mine,
        may_create: can(
            viewer.map(|u| u.actor()).as_ref(),
            Action::Administer,
            Resource::Network,
        ),
        position: minga_i18n::I18n::global().ta(
            l,
            "pager-position",
            &[
                ("page", minga_i18n::s(page.number(&(result.page as u64)))),
                ("pages", minga_i18n::s(page.number(&(pages as u64)))),
            ],
        ),
        prev_href: (result.page > 1).then(|| link(result.page - 1)),
        next_href: (result.page < pages).then(|| link(result.page + 1)),
        pages,
        page,
    }
}
