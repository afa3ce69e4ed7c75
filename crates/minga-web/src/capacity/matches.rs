//! /capacity/matches: for each need of my organisation, who can help and why.

use super::label;
use crate::ctx::SignedIn;
use crate::view::{html, PageCtx};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use minga_core::CoreError;
use minga_domain::matching::Reason;
use minga_i18n::{s, I18n, Value};

/// How many organisations to propose per need.
const PER_NEED: usize = 5;

pub struct MatchRow {
    pub name: String,
    pub href: String,
    pub place: String,
    pub reasons: Vec<String>,
}

pub struct NeedRow {
    pub heading: String,
    pub description: String,
    pub matches: Vec<MatchRow>,
}

#[derive(Template)]
#[template(path = "capacity/matches.html")]
pub struct MatchesView {
    page: PageCtx,
    needs: Vec<NeedRow>,
}

pub async fn show(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
) -> Result<Response, AppError> {
    let page = PageCtx::new(&st, &ctx, "matches-title");
    let l = page.locale;
    let i18n = I18n::global();
    let taxonomy = st.core.store.taxonomy().await.map_err(CoreError::from)?;
    let found = st.core.matches_for(user.org_id, PER_NEED).await?;
    let needs = found
        .into_iter()
        .map(|n| {
            let item = label(&taxonomy, &n.need.item, l);
            NeedRow {
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
                    .map(|(org, m)| MatchRow {
                        name: org.name.clone(),
                        href: format!("/orgs/{}", org.slug),
                        place: format!(
                            "{} · {}",
                            org.country.name(l),
                            page.t(&org.region.label_key())
                        ),
                        reasons: m
                            .reasons
                            .iter()
                            .map(|r| match r {
                                Reason::Strength(level) => {
                                    page.t1("reason-strength", "level", page.t(&level.label_key()))
                                }
                                Reason::Evidence(text) => {
                                    let short: String = text.chars().take(160).collect();
                                    page.t1("reason-evidence", "evidence", short)
                                }
                                Reason::SharedLanguages(ls) => page.t1(
                                    "reason-languages",
                                    "languages",
                                    ls.iter()
                                        .map(|x| x.native_name())
                                        .collect::<Vec<_>>()
                                        .join(", "),
                                ),
                                Reason::SameRegion(region) => {
                                    page.t1("reason-region", "region", page.t(&region.label_key()))
                                }
                                Reason::OfficeHoursOverlap(h) => {
                                    i18n.ta(l, "reason-hours", &[("hours", Value::from(*h as i64))])
                                }
                                Reason::PastExchanges(c) => {
                                    i18n.ta(l, "reason-past", &[("count", Value::from(*c as i64))])
                                }
                                Reason::WorkedTogether(c) => i18n.ta(
                                    l,
                                    "reason-together",
                                    &[("count", Value::from(*c as i64))],
                                ),
                                Reason::Busy(c) => {
                                    i18n.ta(l, "reason-busy", &[("count", Value::from(*c as i64))])
                                }
                            })
                            .collect(),
                    })
                    .collect(),
            }
        })
        .collect();
    Ok(html(&MatchesView { page, needs })?.into_response())
}
