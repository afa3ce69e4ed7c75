//! The home page: what Minga is, the network in numbers, and for a signed-in
//! person their organisation and next steps.

use crate::ctx::Ctx;
use crate::kept::keep;
use crate::routes::Routes;
use crate::view::{html, NoticeQuery, PageCtx};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use axum::routing::get;
use minga_domain::Entity;

pub fn router() -> Routes {
    Routes::new().route("/", get(home))
}

pub struct RegionStat {
    pub label: String,
    pub count: String,
    pub href: String,
}

#[derive(Template)]
#[template(path = "home/home.html")]
pub struct HomeView {
    page: PageCtx,
    total: u64,
    regions: Vec<RegionStat>,
    org_href: Option<String>,
    org_name: Option<String>,
    may_edit_org: bool,
    may_invite: bool,
}

pub async fn home(
    State(st): State<AppState>,
    ctx: Ctx,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let page = PageCtx::new(&st, &ctx, "home-title").with_notice(q.notice.as_deref());
    let viewer = ctx.user.as_ref();
    let mut regions = Vec::new();
    let mut total = 0;
    for (r, n) in st.core.network_counts(viewer).await? {
        total += n;
        regions.push(RegionStat {
            label: page.t(&r.label_key()),
            count: page.number(&n),
            href: format!("/orgs?region={}", r.code()),
        });
    }
    let (mut org_href, mut org_name, mut may_edit_org, mut may_invite) = (None, None, false, false);
    if let Some(u) = viewer {
        let org = st.core.org_by_id(u.org_id).await?;
        let p = st.core.org_profile(Some(u), org.slug.as_str()).await?;
        may_edit_org = p.may_edit;
        may_invite = p.may_invite;
        org_href = Some(format!("/orgs/{}", org.slug));
        org_name = Some(org.name);
    }
    let view = HomeView {
        total,
        page,
        regions,
        org_href,
        org_name,
        may_edit_org,
        may_invite,
    };
    // Counts and the reader's organisation; the greeting's name is a slot.
    Ok(keep(html(&view)?, &[Entity::Org]))
}
