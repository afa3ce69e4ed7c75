//! /capacity/matches: for each need of my organisation, who can help and why.

use super::label;
use crate::ctx::SignedIn;
use crate::fragments::FragmentKey;
use crate::kept::keep;
use crate::view::{html, FormErrors, PageCtx};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use minga_domain::capacity::ItemCode;
use minga_domain::exchange::ExchangeStatus;
use minga_domain::matching::Reason;
use minga_domain::{Entity, ExchangeId, OrgId, User};
use minga_i18n::{s, I18n, Value};

/// How many organisations to propose per need.
const PER_NEED: usize = 5;

pub struct MatchRow {
    pub org_id: String,
    /// The request form's text and error when a request for this match failed.
    pub message: String,
    pub failed: bool,
    pub name: String,
    pub href: String,
    pub place: String,
    pub reasons: Vec<String>,
    /// Evidence files the organisation gives for this item.
    pub files: Vec<super::profile::FileRow>,
    /// The open exchange already asked of this organisation for this need
    /// (its page and status): shown instead of a second request.
    pub engaged: Option<(String, String)>,
}

pub struct NeedRow {
    pub item: String,
    pub heading: String,
    pub description: String,
    pub matches: Vec<MatchRow>,
}

#[derive(Template)]
#[template(path = "capacity/matches.html")]
pub struct MatchesView {
    page: PageCtx,
    body: std::sync::Arc<str>,
}

/// The needs and their matches: the same for everyone in an organisation
/// reading in one language, so kept (with a marker for the CSRF token) until
/// the change log moves.
#[derive(Template)]
#[template(path = "capacity/matches_body.html")]
struct MatchesBody<'a> {
    page: &'a PageCtx,
    csrf: &'a str,
    needs: Vec<NeedRow>,
    errors: FormErrors,
    /// The id of the message box whose request failed (the summary links to it).
    failed_field: String,
}

/// What the matches' body is made of: the matches (profiles,
/// organisations, exchanges) and the taxonomy's labels.
pub const MATCHES_BODY_DEPS: &[Entity] = &[
    Entity::Profile,
    Entity::Org,
    Entity::Exchange,
    Entity::Taxonomy,
];

/// A request that failed: helper, item, message and what was wrong.
pub type Failed = (String, String, String, FormErrors);

pub async fn show(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
) -> Result<Response, AppError> {
    Ok(keep(
        html(&view(&st, &ctx, &user, None).await?)?,
        MATCHES_BODY_DEPS,
    ))
}

pub async fn view(
    st: &AppState,
    ctx: &crate::Ctx,
    user: &User,
    failed: Option<Failed>,
) -> Result<MatchesView, AppError> {
    let page = PageCtx::new(st, ctx, "matches-title");
    let l = page.locale;
    let key = FragmentKey::Matches {
        org: user.org_id,
        locale: l,
    };
    // The body shows the matches (profiles, organisations, exchanges) and
    // the taxonomy's labels.
    let seq = ctx.versions.of(MATCHES_BODY_DEPS);
    if failed.is_none() {
        if let Some(body) = st.fragments.get(&key, seq) {
            return Ok(MatchesView { page, body });
        }
    }
    let i18n = I18n::global();
    let taxonomy = st.core.taxonomy().await?;
    let found = st.core.matches_cached(user.org_id, PER_NEED).await?;
    // What this organisation has already asked, and of whom, still open:
    // one read, whatever the number of exchanges.
    let engaged: std::collections::HashMap<(OrgId, ItemCode), (ExchangeId, ExchangeStatus)> = st
        .core
        .open_requests(user)
        .await?
        .into_iter()
        .map(|r| ((r.helper, r.item), (r.id, r.status)))
        .collect();
    let needs = found
        .iter()
        .map(|n| {
            let item = label(&taxonomy, &n.need.item, l);
            NeedRow {
                item: n.need.item.to_string(),
                heading: i18n.ta(
                    l,
                    "matches-need",
                    &[
                        ("item", s(item)),
                        ("priority", s(page.t(&n.need.priority.label_key()))),
                    ],
                ),
                description: n.need.description.clone(),
                matches: n
                    .matches
                    .iter()
                    .map(|(org, m)| {
                        let failed_here = failed.as_ref().is_some_and(|f| {
                            f.0 == org.id.to_string() && f.1 == n.need.item.as_str()
                        });
                        MatchRow {
                            org_id: org.id.to_string(),
                            failed: failed_here,
                            message: failed
                                .as_ref()
                                .filter(|f| {
                                    f.0 == org.id.to_string() && f.1 == n.need.item.as_str()
                                })
                                .map(|f| f.2.clone())
                                .unwrap_or_default(),
                            name: org.name.clone(),
                            href: format!("/orgs/{}", org.slug),
                            // A request that just failed keeps its form (and error) open.
                            engaged: engaged
                                .get(&(org.id, n.need.item.clone()))
                                .filter(|_| !failed_here)
                                .map(|(id, status)| {
                                    (
                                        format!("/capacity/exchanges/{id}"),
                                        page.t(status.label_key()),
                                    )
                                }),
                            files: n
                                .evidence_files
                                .iter()
                                .filter(|(o, _)| *o == org.id)
                                .map(|(_, f)| super::profile::FileRow::new(f, &page))
                                .collect(),
                            place: format!(
                                "{} · {}",
                                org.country.name(l),
                                page.t(&org.region.label_key())
                            ),
                            reasons: m
                                .reasons
                                .iter()
                                .map(|r| match r {
                                    Reason::Strength(level) => page.t1(
                                        "reason-strength",
                                        "level",
                                        page.t(&level.label_key()),
                                    ),
                                    Reason::Evidence(text) => {
                                        let short: String = text.chars().take(160).collect();
                                        page.t1(
                                            "reason-evidence",
                                            "evidence",
                                            minga_i18n::isolate(&short),
                                        )
                                    }
                                    Reason::SharedLanguages(ls) => page.t1(
                                        "reason-languages",
                                        "languages",
                                        ls.iter()
                                            .map(|x| x.native_name())
                                            .collect::<Vec<_>>()
                                            .join(", "),
                                    ),
                                    Reason::SameRegion(region) => page.t1(
                                        "reason-region",
                                        "region",
                                        page.t(&region.label_key()),
                                    ),
                                    Reason::OfficeHoursOverlap(h) => i18n.ta(
                                        l,
                                        "reason-hours",
                                        &[("hours", Value::from(*h as i64))],
                                    ),
                                    Reason::PastExchanges(c) => i18n.ta(
                                        l,
                                        "reason-past",
                                        &[("count", Value::from(*c as i64))],
                                    ),
                                    Reason::WorkedTogether(c) => i18n.ta(
                                        l,
                                        "reason-together",
                                        &[("count", Value::from(*c as i64))],
                                    ),
                                    Reason::CompletedOnItem(c) => i18n.ta(
                                        l,
                                        "reason-item-completed",
                                        &[("count", Value::from(*c as i64))],
                                    ),
                                    Reason::LearntOnItem(c) => i18n.ta(
                                        l,
                                        "reason-item-learnt",
                                        &[("count", Value::from(*c as i64))],
                                    ),
                                    Reason::DeclinedOnItem(c) => i18n.ta(
                                        l,
                                        "reason-item-declined",
                                        &[("count", Value::from(*c as i64))],
                                    ),
                                    Reason::Busy(c) => i18n.ta(
                                        l,
                                        "reason-busy",
                                        &[("count", Value::from(*c as i64))],
                                    ),
                                })
                                .collect(),
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    let keep = failed.is_none();
    let failed_field = failed
        .as_ref()
        .map(|f| format!("msg-{}-{}", f.1, f.0))
        .unwrap_or_default();
    let errors = failed.map(|f| f.3).unwrap_or_else(|| FormErrors::none(l));
    let rendered = MatchesBody {
        page: &page,
        csrf: page.csrf,
        needs,
        errors,
        failed_field,
    }
    .render()
    .map_err(AppError::Template)?;
    let body: std::sync::Arc<str> = rendered.into();
    if keep {
        st.fragments.put(key, seq, body.clone());
    }
    Ok(MatchesView { page, body })
}
