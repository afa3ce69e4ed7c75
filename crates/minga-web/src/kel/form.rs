//! The Secretariat's forms: an objective in the five languages
//! (`/kel/objectives/new`, `/kel/objectives/{id}/edit`), and an initiative
//! (`/kel/initiatives/new`, and `/kel/initiatives/{id}/edit` for its lead's
//! admins too). A refused form comes back with everything typed.

use super::{administer, path_id};
use crate::ctx::SignedIn;
use crate::forms::{or_rerender, CsrfForm, Fields};
use crate::view::{html, Choice, FormErrors, Notice, PageCtx};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use minga_core::kel::StoredInitiative;
use minga_domain::kel::{InitiativeForm, InitiativeState, ObjectiveText, TEXT_MAX};
use minga_domain::library::Lang;
use minga_domain::{InitiativeId, Locale, ObjectiveId, OrgFilter, User};

pub struct LangFields {
    code: &'static str,
    name: &'static str,
    title: String,
    body: String,
}

#[derive(Template)]
#[template(path = "kel/objective_form.html")]
pub struct ObjectiveView {
    page: PageCtx,
    errors: FormErrors,
    action: String,
    langs: Vec<LangFields>,
    max: usize,
}

fn objective_view(
    st: &AppState,
    ctx: &crate::Ctx,
    editing: Option<ObjectiveId>,
    texts: &[ObjectiveText],
    errors: FormErrors,
) -> ObjectiveView {
    let key = if editing.is_some() {
        "kel-edit-objective"
    } else {
        "kel-new-objective"
    };
    let langs = Locale::ALL
        .iter()
        .map(|l| {
            let typed = texts.iter().find(|t| t.lang == l.code());
            LangFields {
                code: l.code(),
                name: l.native_name(),
                title: typed.map(|t| t.title.clone()).unwrap_or_default(),
                body: typed.map(|t| t.body.clone()).unwrap_or_default(),
            }
        })
        .collect();
    ObjectiveView {
        page: PageCtx::new(st, ctx, key),
        errors,
        action: match editing {
            Some(id) => format!("/kel/objectives/{id}/edit"),
            None => "/kel/objectives/new".into(),
        },
        langs,
        max: TEXT_MAX,
    }
}

fn read_objective(pairs: &[(String, String)]) -> Vec<ObjectiveText> {
    Locale::ALL
        .iter()
        .map(|l| ObjectiveText {
            lang: l.code().to_string(),
            title: pairs.one(&format!("title_{}", l.code())),
            body: pairs.one(&format!("body_{}", l.code())),
        })
        .collect()
}

pub async fn new_objective(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
) -> Result<Response, AppError> {
    administer(&user)?;
    let v = objective_view(&st, &ctx, None, &[], FormErrors::none(ctx.locale));
    Ok(html(&v)?.into_response())
}

pub async fn create_objective(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    CsrfForm(ctx, pairs): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let texts = read_objective(&pairs);
    let result = st.core.save_objective(&user, None, &texts).await;
    or_rerender(
        result,
        ctx.locale,
        |_| Notice::KelObjectiveSaved.redirect("/kel"),
        async |errors| Ok(objective_view(&st, &ctx, None, &texts, errors)),
    )
    .await
}

pub async fn edit_objective(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    administer(&user)?;
    let id: ObjectiveId = path_id(&id)?;
    let o = st
        .core
        .objectives(&user)
        .await?
        .into_iter()
        .find(|o| o.id == id)
        .ok_or(AppError::NotFound)?;
    let texts: Vec<ObjectiveText> = o
        .texts
        .iter()
        .map(|(l, t, b)| ObjectiveText {
            lang: l.code().to_string(),
            title: t.clone(),
            body: b.clone(),
        })
        .collect();
    let v = objective_view(&st, &ctx, Some(id), &texts, FormErrors::none(ctx.locale));
    Ok(html(&v)?.into_response())
}

pub async fn save_objective(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<String>,
    CsrfForm(ctx, pairs): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let id: ObjectiveId = path_id(&id)?;
    let texts = read_objective(&pairs);
    let result = st.core.save_objective(&user, Some(id), &texts).await;
    or_rerender(
        result,
        ctx.locale,
        |_| Notice::KelObjectiveSaved.redirect("/kel"),
        async |errors| Ok(objective_view(&st, &ctx, Some(id), &texts, errors)),
    )
    .await
}

#[derive(Template)]
#[template(path = "kel/initiative_form.html")]
pub struct InitiativeView {
    page: PageCtx,
    errors: FormErrors,
    action: String,
    back: String,
    objectives: Vec<Choice>,
    leads: Vec<Choice>,
    states: Vec<Choice>,
    langs: Vec<Choice>,
    title: String,
    summary: String,
    starts_on: String,
    ends_on: String,
    partners: bool,
    max: usize,
}

async fn initiative_view(
    st: &AppState,
    ctx: &crate::Ctx,
    user: &User,
    editing: Option<InitiativeId>,
    f: &InitiativeForm,
    errors: FormErrors,
) -> Result<InitiativeView, AppError> {
    let key = if editing.is_some() {
        "kel-edit-initiative"
    } else {
        "kel-new-initiative"
    };
    let page = PageCtx::new(st, ctx, key);
    let l = page.locale;
    let objectives = st
        .core
        .kel_page(user)
        .await?
        .objectives
        .into_iter()
        .map(|o| (o.id.to_string(), o.title));
    let orgs = st
        .core
        .directory_all(
            Some(user),
            OrgFilter {
                locale: l,
                ..OrgFilter::default()
            },
        )
        .await?
        .into_iter()
        .map(|o| (o.id.to_string(), o.name));
    let states = InitiativeState::ALL
        .iter()
        .map(|s| (s.code().to_string(), page.t(&s.label_key())));
    let lang = if f.lang.is_empty() {
        Lang::of(l).code().to_string()
    } else {
        f.lang.clone()
    };
    let langs = Lang::ALL
        .iter()
        .map(|x| (x.code().to_string(), crate::library::lang_name(&page, *x)));
    Ok(InitiativeView {
        errors,
        action: match editing {
            Some(id) => format!("/kel/initiatives/{id}/edit"),
            None => "/kel/initiatives/new".into(),
        },
        back: match editing {
            Some(id) => format!("/kel/initiatives/{id}"),
            None => "/kel".into(),
        },
        objectives: Choice::list(objectives, &f.objective),
        leads: Choice::list(orgs, &f.lead),
        states: Choice::list(states, &f.state),
        langs: Choice::list(langs, &lang),
        title: f.title.clone(),
        summary: f.summary.clone(),
        starts_on: f.starts_on.clone(),
        ends_on: f.ends_on.clone(),
        partners: f.partners,
        max: TEXT_MAX,
        page,
    })
}

fn read_initiative(pairs: &[(String, String)]) -> InitiativeForm {
    InitiativeForm {
        objective: pairs.one("objective"),
        lead: pairs.one("lead"),
        state: pairs.one("state"),
        lang: pairs.one("lang"),
        title: pairs.one("title"),
        summary: pairs.one("summary"),
        starts_on: pairs.one("starts_on"),
        ends_on: pairs.one("ends_on"),
        partners: pairs.one("partners") == "1",
    }
}

fn form_of(i: &StoredInitiative) -> InitiativeForm {
    let day = |d: Option<chrono::NaiveDate>| {
        d.map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default()
    };
    InitiativeForm {
        objective: i.objective.to_string(),
        lead: i.lead.to_string(),
        state: i.fields.state.code().to_string(),
        lang: i.fields.lang.code().to_string(),
        title: i.fields.title.clone(),
        summary: i.fields.summary.clone(),
        starts_on: day(i.fields.starts_on),
        ends_on: day(i.fields.ends_on),
        partners: i.fields.partners,
    }
}

pub async fn new_initiative(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
) -> Result<Response, AppError> {
    administer(&user)?;
    let f = InitiativeForm {
        state: InitiativeState::Planned.code().to_string(),
        ..InitiativeForm::default()
    };
    let v = initiative_view(&st, &ctx, &user, None, &f, FormErrors::none(ctx.locale)).await?;
    Ok(html(&v)?.into_response())
}

pub async fn create_initiative(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    CsrfForm(ctx, pairs): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let f = read_initiative(&pairs);
    let result = st.core.new_initiative(&user, &f).await;
    or_rerender(
        result,
        ctx.locale,
        |id| Notice::InitiativeSaved.redirect(&format!("/kel/initiatives/{id}")),
        async |errors| initiative_view(&st, &ctx, &user, None, &f, errors).await,
    )
    .await
}

pub async fn edit_initiative(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let id: InitiativeId = path_id(&id)?;
    let i = st.core.initiative_for_edit(&user, id).await?;
    let v = initiative_view(
        &st,
        &ctx,
        &user,
        Some(id),
        &form_of(&i),
        FormErrors::none(ctx.locale),
    )
    .await?;
    Ok(html(&v)?.into_response())
}

pub async fn save_initiative(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<String>,
    CsrfForm(ctx, pairs): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let id: InitiativeId = path_id(&id)?;
    let f = read_initiative(&pairs);
    let result = st.core.edit_initiative(&user, id, &f).await;
    or_rerender(
        result,
        ctx.locale,
        |()| Notice::InitiativeSaved.redirect(&format!("/kel/initiatives/{id}")),
        async |errors| initiative_view(&st, &ctx, &user, Some(id), &f, errors).await,
    )
    .await
}
