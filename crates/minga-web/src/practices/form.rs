//! Writing a practice: `/practices/new` and `/practices/{id}/edit`. The
//! form saves a draft (a new version each time, so a dropped connection or
//! a closed tab loses at most what was typed since the last save) or sends
//! it for review, which needs every required section: a missing one is
//! named beside its field and nothing typed is lost.

use super::practice_id;
use crate::ctx::SignedIn;
use crate::forms::{or_rerender, CsrfForm, Fields};
use crate::view::{html, Choice, FormErrors, Notice, PageCtx};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use minga_core::practices::PracticeForm;
use minga_domain::capacity::ItemKind;
use minga_domain::library::Lang;
use minga_domain::practice::{PracticeText, Section, SECTION_MAX};
use minga_domain::{OrgFilter, PracticeId, User};

pub struct SectionField {
    code: &'static str,
    label: String,
    hint: String,
    text: String,
    required: bool,
}

pub struct ItemBox {
    code: String,
    label: String,
    checked: bool,
}

#[derive(Template)]
#[template(path = "practices/form.html")]
pub struct FormView {
    page: PageCtx,
    errors: FormErrors,
    action: String,
    /// Where "cancel" leads: the practice, or the list for a new one.
    back: String,
    langs: Vec<Choice>,
    title: String,
    sections: Vec<SectionField>,
    themes: Vec<ItemBox>,
    capacities: Vec<ItemBox>,
    orgs: Vec<Choice>,
    resources: String,
    max: usize,
}

/// The form's fields as posted (urlencoded; repeated names for the lists).
fn read(pairs: &[(String, String)]) -> (PracticeForm, String) {
    let one = |name: &str| pairs.one(name);
    let all = |name: &str| pairs.all(name);
    let mut text = PracticeText {
        title: one("title"),
        ..PracticeText::default()
    };
    for s in Section::ALL {
        text.set(s, one(s.code()));
    }
    (
        PracticeForm {
            lang: one("lang"),
            text,
            items: all("items"),
            orgs: all("orgs"),
            resources: one("resources"),
        },
        one("action"),
    )
}

async fn view(
    st: &AppState,
    ctx: &crate::Ctx,
    user: &User,
    editing: Option<PracticeId>,
    f: &PracticeForm,
    errors: FormErrors,
) -> Result<FormView, AppError> {
    let title_key = if editing.is_some() {
        "practices-edit-title"
    } else {
        "practices-new-title"
    };
    let page = PageCtx::new(st, ctx, title_key);
    let l = page.locale;
    let current_lang = if f.lang.is_empty() {
        Lang::of(l).code().to_string()
    } else {
        f.lang.clone()
    };
    let langs = Choice::list(
        Lang::ALL.iter().map(|x| {
            (
                x.code().to_string(),
                super::super::library::lang_name(&page, *x),
            )
        }),
        &current_lang,
    );
    let sections = Section::ALL
        .iter()
        .map(|s| SectionField {
            code: s.code(),
            label: page.t(&s.label_key()),
            hint: page.t(&s.hint_key()),
            text: f.text.get(*s).to_string(),
            required: s.required(),
        })
        .collect();
    let taxonomy = st.core.taxonomy().await?;
    let (mut themes, mut capacities) = (Vec::new(), Vec::new());
    for t in taxonomy.iter() {
        let b = ItemBox {
            code: t.code.as_str().to_string(),
            label: t.label.get(l).to_string(),
            checked: f.items.iter().any(|c| c == t.code.as_str()),
        };
        match t.kind {
            ItemKind::Theme => themes.push(b),
            ItemKind::Capacity => capacities.push(b),
        }
    }
    let filter = OrgFilter {
        locale: l,
        ..OrgFilter::default()
    };
    let orgs = st
        .core
        .directory_all(Some(user), filter)
        .await?
        .into_iter()
        .filter(|o| o.id != user.org_id)
        .map(|o| {
            let id = o.id.to_string();
            Choice {
                selected: f.orgs.contains(&id),
                value: id,
                label: o.name,
            }
        })
        .collect();
    Ok(FormView {
        errors,
        action: match editing {
            Some(id) => format!("/practices/{id}/edit"),
            None => "/practices/new".into(),
        },
        back: match editing {
            Some(id) => format!("/practices/{id}"),
            None => "/practices".into(),
        },
        langs,
        title: f.text.title.clone(),
        sections,
        themes,
        capacities,
        orgs,
        resources: f.resources.clone(),
        max: SECTION_MAX,
        page,
    })
}

pub async fn new_form(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
) -> Result<Response, AppError> {
    if !st.core.may_write_practice(&user) {
        return Err(AppError::Forbidden);
    }
    let v = view(
        &st,
        &ctx,
        &user,
        None,
        &PracticeForm::default(),
        FormErrors::none(ctx.locale),
    )
    .await?;
    Ok(html(&v)?.into_response())
}

pub async fn create(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    CsrfForm(ctx, pairs): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (f, action) = read(&pairs);
    let submit = action == "submit";
    let result = st.core.new_practice(&user, &f, submit).await;
    or_rerender(
        result,
        ctx.locale,
        |id| {
            if submit {
                Notice::PracticeSubmitted.redirect(&format!("/practices/{id}"))
            } else {
                Notice::PracticeSaved.redirect(&format!("/practices/{id}/edit"))
            }
        },
        async |errors| view(&st, &ctx, &user, None, &f, errors).await,
    )
    .await
}

/// The form filled with a stored practice.
fn form_of(p: &minga_core::practices::StoredPractice) -> PracticeForm {
    PracticeForm {
        lang: p.lang.code().to_string(),
        text: p.text.clone(),
        items: p
            .links
            .items
            .iter()
            .map(|i| i.as_str().to_string())
            .collect(),
        orgs: p.links.orgs.iter().map(|o| o.to_string()).collect(),
        resources: p
            .links
            .resources
            .iter()
            .map(|r| format!("/library/{r}"))
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

pub async fn edit_form(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<String>,
    axum::extract::Query(q): axum::extract::Query<crate::view::NoticeQuery>,
) -> Result<Response, AppError> {
    let id = practice_id(&id)?;
    let p = st.core.editable_practice(&user, id).await?;
    let mut v = view(
        &st,
        &ctx,
        &user,
        Some(id),
        &form_of(&p),
        FormErrors::none(ctx.locale),
    )
    .await?;
    v.page = v.page.with_notice(q.notice.as_deref());
    Ok(html(&v)?.into_response())
}

pub async fn save(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<String>,
    CsrfForm(ctx, pairs): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let id = practice_id(&id)?;
    let (f, action) = read(&pairs);
    let submit = action == "submit";
    let result = st.core.save_practice(&user, id, &f, submit).await;
    or_rerender(
        result,
        ctx.locale,
        |_| {
            if submit {
                Notice::PracticeSubmitted.redirect(&format!("/practices/{id}"))
            } else {
                Notice::PracticeSaved.redirect(&format!("/practices/{id}/edit"))
            }
        },
        async |errors| view(&st, &ctx, &user, Some(id), &f, errors).await,
    )
    .await
}
