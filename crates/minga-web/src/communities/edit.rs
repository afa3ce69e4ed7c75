//! /communities/new and /communities/{slug}/edit: one form for a
//! community's title, purpose (Markdown), themes, languages, visibility and
//! whether partners are admitted; the Secretariat hides a whole community here.

use crate::ctx::SignedIn;
use crate::forms::{or_rerender, CsrfForm};
use crate::view::{html, FormErrors, Notice, PageCtx};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use minga_core::communities::CommunityInput;
use minga_domain::capacity::ItemKind;
use minga_domain::community::{CommunityAction, CommunityVisibility, PURPOSE_MAX, TITLE_MAX};
use minga_domain::{can, Action, Locale, Resource, User};
use serde::Deserialize;

pub struct Check {
    pub value: String,
    pub label: String,
    pub checked: bool,
    /// `lang` of the label (languages name themselves).
    pub lang: &'static str,
}

pub struct ItemGroup {
    pub legend: String,
    pub items: Vec<Check>,
}

pub struct VisibilityChoice {
    pub value: &'static str,
    pub label: String,
    pub hint: String,
    pub checked: bool,
}

#[derive(Template)]
#[template(path = "communities/edit.html")]
pub struct EditView {
    page: PageCtx,
    errors: FormErrors,
    /// None for a new community.
    slug: Option<String>,
    action: String,
    input: CommunityInput,
    groups: Vec<ItemGroup>,
    languages: Vec<Check>,
    visibilities: Vec<VisibilityChoice>,
    title_hint: String,
    purpose_hint: String,
    may_hide: bool,
    hidden: bool,
}

async fn view(
    st: &AppState,
    ctx: &crate::Ctx,
    slug: Option<String>,
    input: CommunityInput,
    errors: FormErrors,
    may_hide: bool,
    hidden: bool,
) -> Result<EditView, AppError> {
    let title = if slug.is_some() {
        "community-edit"
    } else {
        "communities-new"
    };
    let page = PageCtx::new(st, ctx, title);
    let l = page.locale;
    let taxonomy = st.core.taxonomy().await?;
    let groups = ItemKind::ALL
        .iter()
        .map(|&k| ItemGroup {
            legend: page.t(k.plural_key()),
            items: taxonomy
                .iter()
                .filter(|t| t.kind == k)
                .map(|t| Check {
                    value: t.code.to_string(),
                    label: t.label.get(l).to_string(),
                    checked: input.items.iter().any(|i| i == t.code.as_str()),
                    lang: "",
                })
                .collect(),
        })
        .filter(|g| !g.items.is_empty())
        .collect();
    let languages = Locale::ALL
        .iter()
        .map(|x| Check {
            value: x.code().to_string(),
            label: x.native_name().to_string(),
            checked: input.languages.iter().any(|c| c == x.code()),
            lang: x.code(),
        })
        .collect();
    let visibilities = CommunityVisibility::ALL
        .iter()
        .map(|v| VisibilityChoice {
            value: v.code(),
            label: page.t(v.label_key()),
            hint: page.t(&format!("{}-hint", v.label_key())),
            checked: input.visibility == v.code(),
        })
        .collect();
    let labels = vec![
        ("title".to_string(), page.t("community-field-title")),
        ("purpose".to_string(), page.t("community-field-purpose")),
        ("items".to_string(), page.t("community-field-themes")),
        ("languages".to_string(), page.t("community-field-languages")),
        (
            "visibility".to_string(),
            page.t("community-field-visibility"),
        ),
    ];
    Ok(EditView {
        errors: errors.labelled(labels),
        action: match &slug {
            Some(s) => format!("/communities/{s}/edit"),
            None => "/communities/new".to_string(),
        },
        slug,
        input,
        groups,
        languages,
        visibilities,
        title_hint: page.t1(
            "community-chars-hint",
            "max",
            page.number(&(TITLE_MAX as u64)),
        ),
        purpose_hint: page.t1(
            "community-purpose-hint",
            "max",
            page.number(&(PURPOSE_MAX as u64)),
        ),
        may_hide,
        hidden,
        page,
    })
}

/// The form as sent: checkboxes repeat their name, so it is read as pairs.
type Pairs = Vec<(String, String)>;

fn input_from(pairs: &Pairs) -> CommunityInput {
    let mut i = CommunityInput::default();
    for (k, v) in pairs {
        match k.as_str() {
            "title" => i.title = v.clone(),
            "purpose" => i.purpose = v.clone(),
            "visibility" => i.visibility = v.clone(),
            "partners_admitted" => i.partners_admitted = true,
            "items" => i.items.push(v.clone()),
            "languages" => i.languages.push(v.clone()),
            _ => {}
        }
    }
    i
}

fn may_create(user: &User) -> bool {
    can(Some(&user.actor()), Action::Administer, Resource::Network)
}

pub async fn new_show(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
) -> Result<Response, AppError> {
    if !may_create(&user) {
        return Err(AppError::NotFound);
    }
    let input = CommunityInput {
        visibility: CommunityVisibility::Members.code().to_string(),
        languages: vec![ctx.locale.code().to_string()],
        ..Default::default()
    };
    let v = view(
        &st,
        &ctx,
        None,
        input,
        FormErrors::none(ctx.locale),
        false,
        false,
    )
    .await?;
    Ok(html(&v)?.into_response())
}

pub async fn new_submit(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    CsrfForm(ctx, pairs): CsrfForm<Pairs>,
) -> Result<Response, AppError> {
    if !may_create(&user) {
        return Err(AppError::NotFound);
    }
    let input = input_from(&pairs);
    or_rerender(
        st.core.create_community(&user, &input).await,
        ctx.locale,
        |c| Notice::CommunityCreated.redirect(&format!("/communities/{}", c.slug)),
        async |errors| view(&st, &ctx, None, input.clone(), errors, false, false).await,
    )
    .await
}

pub async fn edit_show(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let a = st.core.community_for_edit(&user, &slug).await?;
    let input = CommunityInput::from_community(&a.community);
    let v = view(
        &st,
        &ctx,
        Some(slug),
        input,
        FormErrors::none(ctx.locale),
        a.may(CommunityAction::Appoint),
        a.community.hidden_at.is_some(),
    )
    .await?;
    Ok(html(&v)?.into_response())
}

pub async fn edit_submit(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(slug): Path<String>,
    CsrfForm(ctx, pairs): CsrfForm<Pairs>,
) -> Result<Response, AppError> {
    let a = st.core.community_for_edit(&user, &slug).await?;
    let input = input_from(&pairs);
    or_rerender(
        st.core.edit_community(&user, &slug, &input).await,
        ctx.locale,
        |c| Notice::Saved.redirect(&format!("/communities/{}", c.slug)),
        async |errors| {
            view(
                &st,
                &ctx,
                Some(slug.clone()),
                input.clone(),
                errors,
                a.may(CommunityAction::Appoint),
                a.community.hidden_at.is_some(),
            )
            .await
        },
    )
    .await
}

#[derive(Deserialize)]
pub struct HideForm {
    #[serde(default)]
    hidden: String,
}

pub async fn hide(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(slug): Path<String>,
    CsrfForm(_, f): CsrfForm<HideForm>,
) -> Result<Response, AppError> {
    let hidden = f.hidden == "1";
    st.core.set_community_hidden(&user, &slug, hidden).await?;
    let notice = if hidden {
        Notice::CommunityHidden
    } else {
        Notice::CommunityShown
    };
    Ok(notice
        .redirect(&format!("/communities/{slug}"))
        .into_response())
}
