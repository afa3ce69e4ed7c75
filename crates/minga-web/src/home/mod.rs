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
use minga_core::capacity::dashboard::{Dashboard, MemberDashboard, SecretariatDashboard};
use minga_domain::Entity;

pub fn router() -> Routes {
    Routes::new().route("/", get(home))
}

pub struct RegionStat {
    pub label: String,
    pub count: String,
    pub href: String,
}

/// A line of a dashboard: text, and where it leads.
pub struct Line {
    pub text: String,
    pub href: String,
}

/// The dashboard of a member organisation's staff.
pub struct MemberHome {
    /// "Round: … Deadline: …", and where the profile stands.
    pub round: Option<(String, String)>,
    pub may_edit: bool,
    pub to_answer: Vec<Line>,
    pub under_way: u64,
    pub needs: Vec<Line>,
}

/// The Secretariat's dashboard.
pub struct SecretariatHome {
    pub rounds: Vec<Line>,
    pub exchanges: Vec<String>,
    /// Organisations nobody can answer for: their page and where to invite.
    pub nobody: Vec<(Line, String)>,
    pub nobody_total: u64,
}

#[derive(Template)]
#[template(path = "home/home.html")]
pub struct HomeView {
    member: Option<MemberHome>,
    secretariat: Option<SecretariatHome>,
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
    let (mut member, mut secretariat) = (None, None);
    if let Some(u) = viewer {
        match st.core.dashboard(u).await? {
            Dashboard::Member(d) => member = Some(member_home(&st, &page, d).await?),
            Dashboard::Secretariat(d) => secretariat = Some(secretariat_home(&st, &page, d)),
        }
        let org = st.core.org_by_id(u.org_id).await?;
        let p = st.core.org_profile(Some(u), org.slug.as_str()).await?;
        may_edit_org = p.may_edit;
        may_invite = p.may_invite;
        org_href = Some(format!("/orgs/{}", org.slug));
        org_name = Some(org.name);
    }
    let view = HomeView {
        member,
        secretariat,
        total,
        page,
        regions,
        org_href,
        org_name,
        may_edit_org,
        may_invite,
    };
    // Counts, the reader's organisation and its dashboard (kept per role and
    // organisation); the greeting's name is a slot.
    Ok(keep(html(&view)?, HOME_DEPS))
}

/// What the home page is made of.
const HOME_DEPS: &[Entity] = &[
    Entity::Org,
    Entity::User,
    Entity::Round,
    Entity::Profile,
    Entity::Exchange,
    Entity::Taxonomy,
];

async fn member_home(
    st: &AppState,
    page: &PageCtx,
    d: MemberDashboard,
) -> Result<MemberHome, AppError> {
    let l = page.locale;
    let taxonomy = st.core.taxonomy().await?;
    let label = |code: &minga_domain::capacity::ItemCode| {
        taxonomy
            .iter()
            .find(|t| &t.code == code)
            .map(|t| t.label.get(l).to_string())
            .unwrap_or_else(|| code.to_string())
    };
    let i18n = minga_i18n::I18n::global();
    Ok(MemberHome {
        round: d.round.as_ref().map(|(r, status)| {
            (
                i18n.ta(
                    l,
                    "profile-round",
                    &[
                        ("title", minga_i18n::s(minga_i18n::isolate(r.title_in(l)))),
                        ("date", minga_i18n::s(st.core.deadline_text(l, r.deadline))),
                    ],
                ),
                i18n.ta(
                    l,
                    "profile-status",
                    &[("status", minga_i18n::s(page.t(status.label_key())))],
                ),
            )
        }),
        may_edit: d.may_edit,
        to_answer: d
            .to_answer
            .iter()
            .map(|(x, other)| Line {
                text: i18n.ta(
                    l,
                    "home-asks-about",
                    &[
                        ("org", minga_i18n::s(minga_i18n::isolate(&other.name))),
                        ("item", minga_i18n::s(label(&x.item))),
                    ],
                ),
                href: format!("/capacity/exchanges/{}", x.id),
            })
            .collect(),
        under_way: d.under_way as u64,
        needs: d
            .needs
            .iter()
            .map(|(item, org)| Line {
                text: i18n.ta(
                    l,
                    "home-need-match",
                    &[
                        ("item", minga_i18n::s(label(item))),
                        ("org", minga_i18n::s(minga_i18n::isolate(&org.name))),
                    ],
                ),
                href: format!("/capacity/matches#need-{item}"),
            })
            .collect(),
    })
}

fn secretariat_home(st: &AppState, page: &PageCtx, d: SecretariatDashboard) -> SecretariatHome {
    let l = page.locale;
    let i18n = minga_i18n::I18n::global();
    SecretariatHome {
        rounds: d
            .rounds
            .iter()
            .map(|(r, c)| {
                let state = if r.draft {
                    page.t("rounds-state-draft")
                } else {
                    page.t1(
                        "rounds-deadline",
                        "date",
                        st.core.deadline_text(l, r.deadline),
                    )
                };
                let mut text = i18n.ta(
                    l,
                    "home-round-line",
                    &[
                        ("title", minga_i18n::s(minga_i18n::isolate(r.title_in(l)))),
                        ("state", minga_i18n::s(state)),
                        ("submitted", minga_i18n::s(page.number(&c.submitted))),
                        ("total", minga_i18n::s(page.number(&c.total))),
                    ],
                );
                if c.nobody > 0 {
                    text = format!("{text} {}", page.count("home-round-nobody", &c.nobody));
                }
                Line {
                    text,
                    href: format!("/capacity/rounds/{}", r.id),
                }
            })
            .collect(),
        exchanges: d
            .exchanges
            .iter()
            .map(|(s, n)| format!("{}: {}", page.t(s.label_key()), page.number(n)))
            .collect(),
        nobody: d
            .nobody
            .iter()
            .map(|o| {
                (
                    Line {
                        text: o.name.clone(),
                        href: format!("/orgs/{}", o.slug),
                    },
                    format!("/orgs/{}/invite", o.slug),
                )
            })
            .collect(),
        nobody_total: d.nobody_total,
    }
}
