//! /capacity/taxonomy: the Secretariat edits the themes and capacities, with
//! their labels, descriptions and synonyms in the five languages.

use crate::ctx::SignedIn;
use crate::forms::{or_rerender, CsrfForm};
use crate::view::Notice;
use crate::view::{html, Choice, FormErrors, NoticeQuery, PageCtx};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use minga_core::capacity::TaxonomyInput;
use minga_domain::capacity::{ItemCode, ItemKind};
use minga_domain::{Locale, User};

pub struct Row {
    pub href: String,
    pub label: String,
    pub kind: String,
    pub code: String,
}

#[derive(Template)]
#[template(path = "capacity/taxonomy.html")]
pub struct ListView {
    page: PageCtx,
    rows: Vec<Row>,
}

pub async fn list(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    st.core.require_administer(&user)?;
    let page = PageCtx::new(&st, &ctx, "taxonomy-title").with_notice(q.notice.as_deref());
    let rows = st
        .core
        .taxonomy()
        .await?
        .iter()
        .map(|t| Row {
            href: format!("/capacity/taxonomy/{}", t.code),
            label: t.label.get(page.locale).to_string(),
            kind: page.t(t.kind.plural_key()),
            code: t.code.to_string(),
        })
        .collect();
    Ok(html(&ListView { page, rows })?.into_response())
}

/// One language's three fields, for the form.
pub struct LangFields {
    pub code: &'static str,
    pub name: &'static str,
    pub label: String,
    pub description: String,
    pub synonyms: String,
}

#[derive(Template)]
#[template(path = "capacity/taxonomy_edit.html")]
pub struct EditView {
    page: PageCtx,
    errors: FormErrors,
    action: String,
    is_new: bool,
    code: String,
    position: String,
    kinds: Vec<Choice>,
    langs: Vec<LangFields>,
}

fn edit_view(
    st: &AppState,
    ctx: &crate::Ctx,
    input: &TaxonomyInput,
    is_new: bool,
    errors: FormErrors,
) -> EditView {
    let page = PageCtx::new(st, ctx, "taxonomy-edit-title");
    let get = |l: Locale| match l {
        Locale::En => (&input.label_en, &input.description_en, &input.synonyms_en),
        Locale::Es => (&input.label_es, &input.description_es, &input.synonyms_es),
        Locale::Fr => (&input.label_fr, &input.description_fr, &input.synonyms_fr),
        Locale::Pt => (&input.label_pt, &input.description_pt, &input.synonyms_pt),
        Locale::Ar => (&input.label_ar, &input.description_ar, &input.synonyms_ar),
    };
    EditView {
        kinds: Choice::list(
            ItemKind::ALL
                .iter()
                .map(|k| (k.code().into(), page.t(k.plural_key()))),
            &input.kind,
        ),
        langs: Locale::ALL
            .iter()
            .map(|l| {
                let (a, b, c) = get(*l);
                LangFields {
                    code: l.code(),
                    name: l.native_name(),
                    label: a.clone(),
                    description: b.clone(),
                    synonyms: c.clone(),
                }
            })
            .collect(),
        action: if is_new {
            "/capacity/taxonomy/new".into()
        } else {
            format!("/capacity/taxonomy/{}", input.code)
        },
        code: input.code.clone(),
        position: input.position.clone(),
        is_new,
        errors,
        page,
    }
}

pub async fn new_show(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
) -> Result<Response, AppError> {
    st.core.require_administer(&user)?;
    let input = TaxonomyInput {
        kind: "capacity".into(),
        position: "100".into(),
        ..Default::default()
    };
    Ok(html(&edit_view(
        &st,
        &ctx,
        &input,
        true,
        FormErrors::none(ctx.locale),
    ))?
    .into_response())
}

pub async fn edit_show(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(code): Path<String>,
) -> Result<Response, AppError> {
    st.core.require_administer(&user)?;
    let taxonomy = st.core.taxonomy().await?;
    let item = taxonomy
        .iter()
        .find(|t| t.code.as_str() == code)
        .ok_or(AppError::NotFound)?;
    Ok(html(&edit_view(
        &st,
        &ctx,
        &TaxonomyInput::from_item(item),
        false,
        FormErrors::none(ctx.locale),
    ))?
    .into_response())
}

async fn save(
    st: &AppState,
    user: &User,
    ctx: &crate::Ctx,
    input: TaxonomyInput,
    existing: Option<ItemCode>,
) -> Result<Response, AppError> {
    or_rerender(
        st.core
            .save_taxonomy_item(user, &input, existing.as_ref())
            .await,
        ctx.locale,
        |_| Notice::Saved.redirect("/capacity/taxonomy"),
        async |errors| {
            let mut input = input;
            if let Some(code) = existing.as_ref() {
                input.code = code.to_string();
            }
            Ok(edit_view(st, ctx, &input, existing.is_none(), errors))
        },
    )
    .await
}

pub async fn new_submit(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    CsrfForm(ctx, input): CsrfForm<TaxonomyInput>,
) -> Result<Response, AppError> {
    st.core.require_administer(&user)?;
    save(&st, &user, &ctx, input, None).await
}

pub async fn edit_submit(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(code): Path<String>,
    CsrfForm(ctx, input): CsrfForm<TaxonomyInput>,
) -> Result<Response, AppError> {
    st.core.require_administer(&user)?;
    let code = ItemCode::parse(&code).map_err(|_| AppError::NotFound)?;
    if !st.core.taxonomy().await?.iter().any(|t| t.code == code) {
        return Err(AppError::NotFound);
    }
    save(&st, &user, &ctx, input, Some(code)).await
}
