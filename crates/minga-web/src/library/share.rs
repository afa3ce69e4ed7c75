//! /library/new: share a resource — one language of it, as a file (streamed
//! to the blob store, judged by its first bytes and its name like evidence)
//! or a link — with what it is about and who reads it.
//! /library/{id}/translate: add another language of it.
//!
//! A refused form comes back with everything typed, and an uploaded file is
//! kept (ticked, beside the file input) so it is not sent again.

use super::{lang_name, resource_id};
use crate::capacity::profile::FileRow;
use crate::ctx::SignedIn;
use crate::forms::{
    discard_if_refused, or_rerender, read_upload_form, CsrfMultipart, Fields, UploadForm, Uploads,
};
use crate::view::{html, Choice, FormErrors, Notice, PageCtx};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use minga_domain::capacity::ItemKind;
use minga_domain::files::FileRef;
use minga_domain::library::{Lang, Licence, Reach, ResourceForm, ResourceKind};
use minga_domain::{Country, FileId, ResourceId, User};

/// The form's text fields read back from a submission.
fn read_form(form: &UploadForm) -> (ResourceForm, Option<FileId>) {
    let one = |name: &str| form.pairs.one(name);
    let all = |name: &str| form.pairs.all(name);
    // A new upload replaces the one kept from an earlier try.
    let file = form
        .uploaded
        .first()
        .map(|(_, f)| f.id)
        .or_else(|| one("file").parse().ok());
    (
        ResourceForm {
            lang: one("lang"),
            title: one("title"),
            summary: one("summary"),
            url: one("url"),
            kind: one("kind"),
            licence: one("licence"),
            year: one("year"),
            reach: one("reach"),
            community: one("community"),
            items: all("items"),
            countries: all("countries"),
        },
        file,
    )
}

pub struct ItemBox {
    code: String,
    label: String,
    checked: bool,
}

#[derive(Template)]
#[template(path = "library/new.html")]
pub struct NewView {
    page: PageCtx,
    errors: FormErrors,
    /// The form's address.
    action: String,
    /// Adding a language to this resource (its title), or sharing a new one.
    translating: Option<String>,
    /// Changing a shared resource (one language's text and what it is about).
    editing: bool,
    langs: Vec<Choice>,
    title: String,
    summary: String,
    url: String,
    kept: Option<FileRow>,
    upload_hint: String,
    kinds: Vec<Choice>,
    licences: Vec<Choice>,
    year: String,
    reaches: Vec<Choice>,
    communities: Vec<Choice>,
    themes: Vec<ItemBox>,
    capacities: Vec<ItemBox>,
    countries: Vec<Choice>,
}

async fn form_view(
    st: &AppState,
    ctx: &crate::Ctx,
    user: &User,
    translating: Option<(ResourceId, String, Vec<Lang>)>,
    f: &ResourceForm,
    file: Option<FileId>,
    errors: FormErrors,
) -> Result<NewView, AppError> {
    let title_key = if translating.is_some() {
        "library-translate-title"
    } else {
        "library-new-title"
    };
    let page = PageCtx::new(st, ctx, title_key);
    let l = page.locale;
    let kept: Option<FileRef> = match file {
        Some(id) => st.core.own_files(user, &[id]).await?.into_iter().next(),
        None => None,
    };
    let offered: Vec<Lang> = match &translating {
        Some((_, _, missing)) => missing.clone(),
        None => Lang::ALL.to_vec(),
    };
    let current_lang = if f.lang.is_empty() && offered.contains(&Lang::of(l)) {
        Lang::of(l).code().to_string()
    } else {
        f.lang.clone()
    };
    let langs = Choice::list(
        offered
            .iter()
            .map(|x| (x.code().to_string(), lang_name(&page, *x))),
        &current_lang,
    );
    let (action, translating) = match translating {
        Some((id, title, _)) => (format!("/library/{id}/translate"), Some(title)),
        None => ("/library/new".to_string(), None),
    };
    let mut v = NewView {
        errors,
        action,
        langs,
        title: f.title.clone(),
        summary: f.summary.clone(),
        url: f.url.clone(),
        kept: kept.as_ref().map(|k| FileRow::new(k, &page)),
        upload_hint: page.upload_hint(st.core.settings.max_upload_bytes),
        kinds: Vec::new(),
        licences: Vec::new(),
        year: f.year.clone(),
        reaches: Vec::new(),
        communities: Vec::new(),
        themes: Vec::new(),
        capacities: Vec::new(),
        countries: Vec::new(),
        page,
        translating: translating.clone(),
        editing: false,
    };
    if translating.is_some() {
        return Ok(v);
    }
    let page = &v.page;
    v.kinds = Choice::list(
        ResourceKind::ALL
            .iter()
            .filter(|k| **k != ResourceKind::Recording)
            .map(|k| (k.code().to_string(), page.t(&k.label_key()))),
        &f.kind,
    );
    v.licences = Choice::list(
        Licence::ALL
            .iter()
            .map(|k| (k.code().to_string(), page.t(&k.label_key()))),
        if f.licence.is_empty() {
            "cc-by"
        } else {
            &f.licence
        },
    );
    v.reaches = Choice::list(
        Reach::ALL
            .iter()
            .map(|k| (k.code().to_string(), page.t(&k.label_key()))),
        if f.reach.is_empty() {
            "members"
        } else {
            &f.reach
        },
    );
    v.communities = Choice::list(st.core.library_communities(user).await?, &f.community);
    let taxonomy = st.core.taxonomy().await?;
    for t in taxonomy.iter() {
        let b = ItemBox {
            code: t.code.as_str().to_string(),
            label: t.label.get(l).to_string(),
            checked: f.items.iter().any(|c| c == t.code.as_str()),
        };
        match t.kind {
            ItemKind::Theme => v.themes.push(b),
            ItemKind::Capacity => v.capacities.push(b),
        }
    }
    v.countries = Country::all_sorted(l)
        .map(|c| {
            let code = c.code().to_string();
            Choice {
                selected: f.countries.contains(&code),
                label: c.name(l).to_string(),
                value: code,
            }
        })
        .collect();
    Ok(v)
}

pub async fn new_form(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
) -> Result<Response, AppError> {
    if !st.core.may_share(&user) {
        return Err(AppError::Forbidden);
    }
    let v = form_view(
        &st,
        &ctx,
        &user,
        None,
        &ResourceForm::default(),
        None,
        FormErrors::none(ctx.locale),
    )
    .await?;
    Ok(html(&v)?.into_response())
}

pub async fn share(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    mp: CsrfMultipart,
) -> Result<Response, AppError> {
    // Decided before a byte is read: a refused request stores nothing.
    let may = st.core.may_share(&user);
    let uploads = if may {
        Uploads::Evidence
    } else {
        Uploads::Refused
    };
    let (ctx, form) = read_upload_form(&st.core, &user, uploads, mp).await?;
    if !may {
        return Err(AppError::Forbidden);
    }
    let (input, file) = read_form(&form);
    let uploaded = form.uploaded_ids();
    let result = st
        .core
        .share_resource(&user, &input, file, form.errors.clone())
        .await;
    discard_if_refused(&st.core, &user, &uploaded, &result).await?;
    or_rerender(
        result,
        ctx.locale,
        |id| Notice::ResourceShared.redirect(&format!("/library/{id}")),
        async |errors| form_view(&st, &ctx, &user, None, &input, file, errors).await,
    )
    .await
}

/// The resource a language is added to: its id, title and the languages
/// it lacks.
async fn translating(
    st: &AppState,
    user: &User,
    id: ResourceId,
) -> Result<(ResourceId, String, Vec<Lang>), AppError> {
    let r = st.core.translation_form(user, id).await?;
    let title = r
        .translations
        .first()
        .map(|t| t.title.clone())
        .unwrap_or_default();
    let missing: Vec<Lang> = Lang::ALL
        .into_iter()
        .filter(|l| r.translations.iter().all(|t| t.lang != *l))
        .collect();
    if missing.is_empty() {
        return Err(AppError::NotFound);
    }
    Ok((id, title, missing))
}

pub async fn translate_form(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let id = resource_id(&id)?;
    let t = translating(&st, &user, id).await?;
    let v = form_view(
        &st,
        &ctx,
        &user,
        Some(t),
        &ResourceForm::default(),
        None,
        FormErrors::none(ctx.locale),
    )
    .await?;
    Ok(html(&v)?.into_response())
}

pub async fn translate(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<String>,
    mp: CsrfMultipart,
) -> Result<Response, AppError> {
    let id = resource_id(&id)?;
    let may = st.core.translation_form(&user, id).await.is_ok();
    let uploads = if may {
        Uploads::Evidence
    } else {
        Uploads::Refused
    };
    let (ctx, form) = read_upload_form(&st.core, &user, uploads, mp).await?;
    let t = translating(&st, &user, id).await?;
    let (input, file) = read_form(&form);
    let uploaded = form.uploaded_ids();
    let result = st
        .core
        .add_resource_translation(&user, id, &input, file, form.errors.clone())
        .await;
    discard_if_refused(&st.core, &user, &uploaded, &result).await?;
    or_rerender(
        result,
        ctx.locale,
        |lang| Notice::TranslationAdded.redirect_with(&format!("/library/{id}?in={}", lang.code())),
        async |errors| form_view(&st, &ctx, &user, Some(t), &input, file, errors).await,
    )
    .await
}

/// `in=`: the language whose text is changed.
#[derive(serde::Deserialize, Default)]
pub struct EditQuery {
    #[serde(default, rename = "in")]
    lang: Option<String>,
}

/// The language asked for, or the resource's first.
fn edit_lang(r: &minga_core::library::StoredResource, q: &EditQuery) -> Option<Lang> {
    q.lang
        .as_deref()
        .and_then(Lang::parse)
        .filter(|l| r.translations.iter().any(|t| t.lang == *l))
        .or_else(|| r.translations.first().map(|t| t.lang))
}

/// The edit form: the share form without the language, file and link,
/// filled from the resource.
async fn edit_view(
    st: &AppState,
    ctx: &crate::Ctx,
    user: &User,
    id: ResourceId,
    lang: Lang,
    f: &ResourceForm,
    errors: FormErrors,
) -> Result<NewView, AppError> {
    let mut v = form_view(st, ctx, user, None, f, None, errors).await?;
    v.editing = true;
    v.action = format!("/library/{id}/edit?in={}", lang.code());
    v.page.title_key = "library-edit-title";
    Ok(v)
}

pub async fn edit_form(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<String>,
    axum::extract::Query(q): axum::extract::Query<EditQuery>,
) -> Result<Response, AppError> {
    let id = resource_id(&id)?;
    let r = st.core.translation_form(&user, id).await?;
    if r.origin != minga_domain::library::Origin::Shared {
        return Err(AppError::NotFound);
    }
    let lang = edit_lang(&r, &q).ok_or(AppError::NotFound)?;
    let t = r
        .translations
        .iter()
        .find(|t| t.lang == lang)
        .ok_or(AppError::NotFound)?;
    let a = &r.about;
    let community = match a.community {
        Some(c) => st
            .core
            .community_directory()
            .await?
            .by_id(c)
            .map(|(c, _)| c.slug.to_string())
            .unwrap_or_default(),
        None => String::new(),
    };
    let f = ResourceForm {
        lang: lang.code().into(),
        title: t.title.clone(),
        summary: t.summary.clone(),
        url: String::new(),
        kind: a.kind.code().into(),
        licence: a.licence.code().into(),
        year: a.year.map(|y| y.to_string()).unwrap_or_default(),
        reach: a.reach.code().into(),
        community,
        items: a.items.iter().map(|i| i.as_str().to_string()).collect(),
        countries: a.countries.iter().map(|c| c.code().to_string()).collect(),
    };
    let v = edit_view(&st, &ctx, &user, id, lang, &f, FormErrors::none(ctx.locale)).await?;
    Ok(html(&v)?.into_response())
}

pub async fn edit(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<String>,
    axum::extract::Query(q): axum::extract::Query<EditQuery>,
    crate::forms::CsrfForm(ctx, pairs): crate::forms::CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let id = resource_id(&id)?;
    let r = st.core.translation_form(&user, id).await?;
    let lang = edit_lang(&r, &q).ok_or(AppError::NotFound)?;
    let form = UploadForm {
        pairs,
        uploaded: Vec::new(),
        errors: Default::default(),
    };
    let (input, _) = read_form(&form);
    let result = st.core.edit_resource(&user, id, lang, &input).await;
    or_rerender(
        result,
        ctx.locale,
        |()| Notice::ResourceEdited.redirect_with(&format!("/library/{id}?in={}", lang.code())),
        async |errors| edit_view(&st, &ctx, &user, id, lang, &input, errors).await,
    )
    .await
}
