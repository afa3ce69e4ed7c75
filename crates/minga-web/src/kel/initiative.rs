//! An initiative's page and the forms on it: milestones (the lead's admins
//! and the Secretariat), an offer of a contribution (other organisations)
//! and the lead's answer, outputs (the lead's staff and contributors), and
//! the timeline every member follows.

use super::home::{dates, progress};
use super::path_id;
use crate::ctx::SignedIn;
use crate::forms::{or_rerender, CsrfForm, NoFields};
use crate::view::{html, FormErrors, Notice, PageCtx};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use minga_core::kel::InitiativePage;
use minga_core::CoreError;
use minga_domain::kel::{ContributionForm, ContributionState, MilestoneStatus};
use minga_domain::{ContributionId, InitiativeId, MilestoneId, OutputId, User};
use minga_i18n::{isolate, s};
use serde::Deserialize;

pub struct MilestoneRow {
    id: String,
    title: String,
    due: String,
    status: String,
    /// done | dropped | late | pending: how it is marked.
    class: &'static str,
    done: bool,
    dropped: bool,
}

pub struct ContributionRow {
    id: String,
    org: String,
    org_href: String,
    what: String,
    by_when: String,
    who: String,
    offered_by: String,
    state: String,
    offered: bool,
    declined: bool,
    reason: String,
}

pub struct OutputRow {
    id: String,
    kind: String,
    title: String,
    href: Option<String>,
    org: String,
    may_remove: bool,
}

#[derive(Template)]
#[template(path = "kel/initiative.html")]
pub struct ShowView {
    page: PageCtx,
    id: String,
    title: String,
    lang: &'static str,
    summary: String,
    objective: String,
    objective_lang: &'static str,
    lead: String,
    lead_href: String,
    state: String,
    dates: String,
    done: i64,
    total: i64,
    progress: String,
    milestones: Vec<MilestoneRow>,
    contributors: Vec<(String, String)>,
    contributions: Vec<ContributionRow>,
    outputs: Vec<OutputRow>,
    timeline: Vec<(String, String)>,
    may_edit: bool,
    may_answer: bool,
    may_offer: bool,
    may_add_output: bool,
    partners: bool,
    errors: FormErrors,
    typed: Typed,
}

/// What a refused form typed, to show again.
#[derive(Default)]
pub struct Typed {
    milestone_title: String,
    milestone_due: String,
    what: String,
    by_when: String,
    who: String,
    address: String,
    /// The offer whose answer was refused, and the reason typed.
    answering: String,
    reason: String,
}

fn show_view(page: PageCtx, p: &InitiativePage, typed: Typed, errors: FormErrors) -> ShowView {
    let i = &p.initiative;
    let today = chrono::Utc::now().date_naive();
    let milestones = p
        .milestones
        .iter()
        .map(|m| {
            let late = m.status == MilestoneStatus::Pending && m.due_on < today;
            MilestoneRow {
                id: m.id.to_string(),
                title: m.title.clone(),
                due: page.day(m.due_on),
                status: if late {
                    page.t("kel-milestone-late")
                } else {
                    page.t(&m.status.label_key())
                },
                class: if late { "late" } else { m.status.code() },
                done: m.status == MilestoneStatus::Done,
                dropped: m.status == MilestoneStatus::Dropped,
            }
        })
        .collect();
    let contributions = p
        .contributions
        .iter()
        .map(|c| ContributionRow {
            id: c.id.to_string(),
            org: c.org_name.clone(),
            org_href: format!("/orgs/{}", c.org_slug),
            what: c.what.clone(),
            by_when: page.day(c.by_when),
            who: c.who.clone(),
            offered_by: c.offered_by_name.clone(),
            state: page.t(&c.state.label_key()),
            offered: c.state == ContributionState::Offered,
            declined: c.state == ContributionState::Declined,
            reason: c.reason.clone(),
        })
        .collect();
    let outputs = p
        .outputs
        .iter()
        .map(|o| OutputRow {
            id: o.id.to_string(),
            kind: page.t(&o.kind.label_key()),
            title: o.title.clone(),
            href: o.href.clone(),
            org: o.org_name.clone(),
            may_remove: o.may_remove,
        })
        .collect();
    let i18n = minga_i18n::I18n::global();
    let timeline = p
        .log
        .iter()
        .map(|l| {
            (
                page.datetime(&l.at),
                i18n.ta(
                    page.locale,
                    &format!("kel-log-{}", l.kind.code()),
                    &[
                        ("actor", s(isolate(&l.actor_name))),
                        ("org", s(isolate(&l.org_name))),
                        ("detail", s(isolate(&l.detail))),
                    ],
                ),
            )
        })
        .collect();
    let (objective, objective_lang) = p
        .objective
        .as_ref()
        .map(|o| (o.title.clone(), o.lang.html_lang()))
        .unwrap_or_default();
    ShowView {
        id: i.id.to_string(),
        title: i.fields.title.clone(),
        lang: i.fields.lang.html_lang(),
        summary: i.fields.summary.clone(),
        objective,
        objective_lang,
        lead: i.lead_name.clone(),
        lead_href: format!("/orgs/{}", i.lead_slug),
        state: page.t(&i.fields.state.label_key()),
        dates: dates(&page, i),
        done: i.milestones_done,
        total: i.milestones,
        progress: progress(&page, i.milestones_done, i.milestones),
        milestones,
        contributors: p
            .contributors
            .iter()
            .map(|(_, slug, name)| (format!("/orgs/{slug}"), name.clone()))
            .collect(),
        contributions,
        outputs,
        timeline,
        may_edit: p.may_edit,
        may_answer: p.may_answer,
        may_offer: p.may_offer,
        may_add_output: p.may_add_output,
        partners: i.fields.partners,
        errors,
        typed,
        page: page.about(&i.fields.title),
    }
}

#[derive(Deserialize, Default)]
pub struct ShowQuery {
    #[serde(default)]
    notice: Option<String>,
    /// An output's address just taken off, put back in the form to undo.
    #[serde(default)]
    address: Option<String>,
}

pub async fn show(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<String>,
    Query(q): Query<ShowQuery>,
) -> Result<Response, AppError> {
    let id: InitiativeId = path_id(&id)?;
    let p = st.core.initiative_page(&user, id).await?;
    let page = PageCtx::new(&st, &ctx, "kel-initiative-title").with_notice(q.notice.as_deref());
    let typed = Typed {
        address: q.address.unwrap_or_default(),
        ..Typed::default()
    };
    let v = show_view(page, &p, typed, FormErrors::none(ctx.locale));
    Ok(html(&v)?.into_response())
}

/// The page again with a refused form's errors and what it typed.
async fn refused(
    st: &AppState,
    ctx: &crate::Ctx,
    user: &User,
    id: InitiativeId,
    typed: Typed,
    errors: FormErrors,
) -> Result<ShowView, AppError> {
    let p = st.core.initiative_page(user, id).await?;
    let page = PageCtx::new(st, ctx, "kel-initiative-title");
    Ok(show_view(page, &p, typed, errors))
}

fn back(id: InitiativeId, notice: Notice) -> Redirect {
    notice.redirect(&format!("/kel/initiatives/{id}"))
}

#[derive(Deserialize)]
pub struct MilestoneForm {
    #[serde(default)]
    milestone_title: String,
    #[serde(default)]
    milestone_due: String,
}

pub async fn add_milestone(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<String>,
    CsrfForm(ctx, f): CsrfForm<MilestoneForm>,
) -> Result<Response, AppError> {
    let id: InitiativeId = path_id(&id)?;
    let result = st
        .core
        .add_milestone(&user, id, &f.milestone_title, &f.milestone_due)
        .await;
    or_rerender(
        result,
        ctx.locale,
        |_| back(id, Notice::MilestoneAdded),
        async |errors| {
            let typed = Typed {
                milestone_title: f.milestone_title.clone(),
                milestone_due: f.milestone_due.clone(),
                ..Typed::default()
            };
            refused(&st, &ctx, &user, id, typed, errors).await
        },
    )
    .await
}

#[derive(Deserialize)]
pub struct StatusForm {
    status: String,
}

pub async fn set_milestone(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path((id, mid)): Path<(String, String)>,
    CsrfForm(_, f): CsrfForm<StatusForm>,
) -> Result<Response, AppError> {
    let id: InitiativeId = path_id(&id)?;
    let mid: MilestoneId = path_id(&mid)?;
    let status = MilestoneStatus::parse(&f.status).ok_or(AppError::BadRequest)?;
    st.core.set_milestone(&user, id, mid, status).await?;
    Ok(back(id, Notice::MilestoneChanged).into_response())
}

#[derive(Deserialize)]
pub struct OfferForm {
    #[serde(default)]
    what: String,
    #[serde(default)]
    by_when: String,
    #[serde(default)]
    who: String,
}

pub async fn offer(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<String>,
    CsrfForm(ctx, f): CsrfForm<OfferForm>,
) -> Result<Response, AppError> {
    let id: InitiativeId = path_id(&id)?;
    let form = ContributionForm {
        what: f.what.clone(),
        by_when: f.by_when.clone(),
        who: f.who.clone(),
    };
    let result = st.core.offer_contribution(&user, id, &form).await;
    or_rerender(
        result,
        ctx.locale,
        |_| back(id, Notice::ContributionOffered),
        async |errors| {
            let typed = Typed {
                what: f.what.clone(),
                by_when: f.by_when.clone(),
                who: f.who.clone(),
                ..Typed::default()
            };
            refused(&st, &ctx, &user, id, typed, errors).await
        },
    )
    .await
}

#[derive(Deserialize)]
pub struct AnswerForm {
    answer: String,
    #[serde(default)]
    reason: String,
}

pub async fn answer(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path((id, cid)): Path<(String, String)>,
    CsrfForm(ctx, f): CsrfForm<AnswerForm>,
) -> Result<Response, AppError> {
    let id: InitiativeId = path_id(&id)?;
    let cid: ContributionId = path_id(&cid)?;
    let accept = match f.answer.as_str() {
        "accept" => true,
        "decline" => false,
        _ => return Err(AppError::BadRequest),
    };
    let result = st
        .core
        .answer_contribution(&user, id, cid, accept, &f.reason)
        .await;
    // Someone else answered it meanwhile: the page says how.
    if let Err(CoreError::Conflict(_)) = result {
        return Ok(back(id, Notice::ContributionAlreadyAnswered).into_response());
    }
    or_rerender(
        result,
        ctx.locale,
        |()| back(id, Notice::ContributionAnswered),
        async |errors| {
            let typed = Typed {
                answering: cid.to_string(),
                reason: f.reason.clone(),
                ..Typed::default()
            };
            refused(&st, &ctx, &user, id, typed, errors).await
        },
    )
    .await
}

#[derive(Deserialize)]
pub struct OutputForm {
    #[serde(default)]
    address: String,
}

pub async fn add_output(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<String>,
    CsrfForm(ctx, f): CsrfForm<OutputForm>,
) -> Result<Response, AppError> {
    let id: InitiativeId = path_id(&id)?;
    let result = st.core.add_output(&user, id, &f.address).await;
    or_rerender(
        result,
        ctx.locale,
        |_| back(id, Notice::OutputAdded),
        async |errors| {
            let typed = Typed {
                address: f.address.clone(),
                ..Typed::default()
            };
            refused(&st, &ctx, &user, id, typed, errors).await
        },
    )
    .await
}

pub async fn remove_output(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path((id, oid)): Path<(String, String)>,
    CsrfForm(_, _): CsrfForm<NoFields>,
) -> Result<Response, AppError> {
    let id: InitiativeId = path_id(&id)?;
    let oid: OutputId = path_id(&oid)?;
    let href = st.core.remove_output(&user, id, oid).await?;
    // The removed address waits in the form: one click links it again.
    let to = match href {
        Some(h) => Notice::OutputRemoved.redirect_with(&format!(
            "/kel/initiatives/{id}?address={}",
            crate::view::urlencode(&h)
        )),
        None => back(id, Notice::OutputRemoved),
    };
    Ok(to.into_response())
}
