//! The lists of practices: published (everyone), an organisation's own
//! (its staff), and those waiting for review (the Secretariat). Published
//! ones are kept pages: everyone sees the same list.

use crate::ctx::{Ctx, SignedIn};
use crate::kept::keep;
use crate::view::{html, Choice, FormErrors, PageCtx};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use minga_core::practices::{PracticeList, PracticeListKind};
use minga_domain::capacity::ItemCode;
use minga_domain::practice::PracticeState;
use minga_domain::Entity;
use serde::Deserialize;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListQuery {
    item: String,
    sort: String,
    page: Option<String>,
    notice: Option<String>,
}

impl ListQuery {
    fn page(&self) -> usize {
        self.page
            .as_deref()
            .and_then(|p| p.parse().ok())
            .filter(|p| *p >= 1)
            .unwrap_or(1)
    }
    fn href(&self, base: &str, page: usize) -> String {
        let mut q = Vec::new();
        if !self.item.is_empty() {
            q.push(format!("item={}", crate::view::urlencode(&self.item)));
        }
        if self.sort == "tried" {
            q.push("sort=tried".into());
        }
        if page > 1 {
            q.push(format!("page={page}"));
        }
        if q.is_empty() {
            base.to_string()
        } else {
            format!("{base}?{}", q.join("&"))
        }
    }
}

pub struct Card {
    href: String,
    title: String,
    lang: &'static str,
    org: String,
    context: String,
    meta: String,
    state: Option<String>,
}

#[derive(Template)]
#[template(path = "practices/list.html")]
pub struct ListView {
    page: PageCtx,
    heading: String,
    base: &'static str,
    cards: Vec<Card>,
    total: u64,
    items: Vec<Choice>,
    sorts: Vec<Choice>,
    no_errors: FormErrors,
    filtered: bool,
    may_write: bool,
    signed_in_staff: bool,
    is_secretariat: bool,
    pages: u32,
    position: String,
    prev_href: Option<String>,
    next_href: Option<String>,
}

async fn view(
    st: &AppState,
    ctx: &Ctx,
    q: &ListQuery,
    which: PracticeListKind,
) -> Result<ListView, AppError> {
    let (title_key, base) = match which {
        PracticeListKind::Published => ("practices-title", "/practices"),
        PracticeListKind::Ours => ("practices-ours-title", "/practices/ours"),
        PracticeListKind::ToReview => ("practices-review-title", "/practices/review"),
    };
    let page = PageCtx::new(st, ctx, title_key).with_notice(q.notice.as_deref());
    let l = page.locale;
    let item = ItemCode::parse(&q.item).ok();
    let n = q.page();
    let PracticeList {
        cards,
        total,
        pages,
    } = st
        .core
        .practice_list(ctx.user.as_ref(), which, item, q.sort == "tried", n)
        .await?;
    let taxonomy = st.core.taxonomy().await?;
    let label = |c: &ItemCode| {
        taxonomy
            .iter()
            .find(|t| &t.code == c)
            .map(|t| t.label.get(l).to_string())
            .unwrap_or_default()
    };
    let cards = cards
        .into_iter()
        .map(|(c, items)| {
            let mut meta: Vec<String> = items.iter().map(&label).collect();
            if c.state == PracticeState::Published {
                meta.push(page.count("practices-tried-count", &(c.replications.max(0) as u64)));
            }
            Card {
                href: format!("/practices/{}", c.id),
                title: c.title,
                lang: c.lang.html_lang(),
                org: c.org_name,
                context: c.context,
                meta: meta.join(" · "),
                state: (which != PracticeListKind::Published).then(|| page.t(&c.state.label_key())),
            }
        })
        .collect();
    let items = Choice::list(
        taxonomy
            .iter()
            .map(|t| (t.code.as_str().to_string(), t.label.get(l).to_string())),
        &q.item,
    );
    let sorts = Choice::list(
        [
            ("newest", "practices-sort-newest"),
            ("tried", "practices-sort-tried"),
        ]
        .into_iter()
        .map(|(v, k)| (v.to_string(), page.t(k))),
        if q.sort == "tried" { "tried" } else { "newest" },
    );
    let user = ctx.user.as_ref();
    let pages = pages as u32;
    Ok(ListView {
        heading: page.t(title_key),
        base,
        cards,
        total: total.max(0) as u64,
        items,
        sorts,
        no_errors: FormErrors::none(l),
        filtered: !q.item.is_empty() || q.sort == "tried",
        may_write: user.is_some_and(|u| st.core.may_write_practice(u)),
        signed_in_staff: user.is_some_and(|u| {
            matches!(
                u.role,
                minga_domain::Role::OrgAdmin | minga_domain::Role::Member
            )
        }),
        is_secretariat: user.is_some_and(|u| u.role == minga_domain::Role::Secretariat),
        position: minga_i18n::I18n::global().ta(
            l,
            "pager-position",
            &[
                ("page", minga_i18n::s(page.number(&(n as u64)))),
                ("pages", minga_i18n::s(page.number(&u64::from(pages)))),
            ],
        ),
        prev_href: (n > 1 && n <= pages as usize).then(|| q.href(base, n - 1)),
        next_href: (n < pages as usize).then(|| q.href(base, n + 1)),
        pages,
        page,
    })
}

pub async fn published(
    State(st): State<AppState>,
    ctx: Ctx,
    Query(q): Query<ListQuery>,
) -> Result<Response, AppError> {
    let v = view(&st, &ctx, &q, PracticeListKind::Published).await?;
    Ok(keep(
        html(&v)?,
        &[Entity::Practice, Entity::Org, Entity::Taxonomy],
    ))
}

pub async fn ours(
    State(st): State<AppState>,
    SignedIn(ctx, _): SignedIn,
    Query(q): Query<ListQuery>,
) -> Result<Response, AppError> {
    let v = view(&st, &ctx, &q, PracticeListKind::Ours).await?;
    Ok(html(&v)?.into_response())
}

pub async fn to_review(
    State(st): State<AppState>,
    SignedIn(ctx, _): SignedIn,
    Query(q): Query<ListQuery>,
) -> Result<Response, AppError> {
    let v = view(&st, &ctx, &q, PracticeListKind::ToReview).await?;
    Ok(html(&v)?.into_response())
}
