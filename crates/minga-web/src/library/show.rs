//! /library/{id}: a resource in the reader's language (or the one asked
//! for), its other languages, what it is about, where it came from, and its
//! download with the size; the Secretariat's curation. /library/{id}/preview
//! shows the first page as a small picture (made by the worker), and
//! /library/{id}/pictures/{lang} is that picture.

use super::list::host_of;
use super::{kind_name, lang_name, resource_id};
use crate::ctx::{Ctx, SignedIn};
use crate::forms::CsrfForm;
use crate::view::{html, FormErrors, Notice, PageCtx};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Redirect, Response};
use minga_core::library::{Curation, Opened, ResourcePage};
use minga_core::CoreError;
use minga_domain::library::{Lang, Origin, PreviewState, Reach};
use serde::Deserialize;

/// `in=`: the language of the resource to show (`lang=` switches the
/// page's own language).
#[derive(Deserialize, Default)]
pub struct ShowQuery {
    #[serde(default, rename = "in")]
    lang: Option<String>,
    #[serde(default)]
    notice: Option<String>,
}

impl ShowQuery {
    fn lang(&self) -> Option<Lang> {
        self.lang.as_deref().and_then(Lang::parse)
    }
}

/// Another language of the resource: its address, code and name.
pub struct OtherLang {
    href: String,
    lang: &'static str,
    name: String,
}

#[derive(Template)]
#[template(path = "library/show.html")]
pub struct ShowView {
    page: PageCtx,
    id: String,
    title: String,
    lang: &'static str,
    summary: String,
    meta: String,
    others: Vec<OtherLang>,
    licence: String,
    licence_href: Option<&'static str>,
    /// Download: address, file name and "PDF, 1.2 MB".
    download: Option<(String, String, String)>,
    link: Option<(String, String)>,
    preview_href: Option<String>,
    preview_waiting: bool,
    recording_href: Option<String>,
    items: Vec<String>,
    countries: Vec<String>,
    reach: String,
    org_name: String,
    org_href: String,
    shared_on: String,
    origin: Option<String>,
    origin_href: Option<String>,
    archived: bool,
    featured: bool,
    may_translate: bool,
    may_edit: bool,
    /// The language shown, for the edit link.
    lang_code: &'static str,
    may_curate: bool,
    merge_errors: FormErrors,
    merge_into: String,
}

/// What kind of file it is, for the download's label ("PDF").
fn file_kind(name: &str) -> String {
    minga_domain::files::split_extension(name)
        .1
        .map(|e| e.to_uppercase())
        .unwrap_or_default()
}

fn show_view(
    page: PageCtx,
    p: &ResourcePage,
    merge_into: String,
    merge_errors: FormErrors,
) -> ShowView {
    let r = &p.res;
    let t = &r.translations[p.shown];
    let id = r.id.to_string();
    let l = page.locale;
    let mut meta = vec![kind_name(&page, r.about.kind, r.origin)];
    if let Some(y) = r.about.year {
        meta.push(y.to_string());
    }
    meta.push(lang_name(&page, t.lang));
    let download = t.file.as_ref().map(|f| {
        let kind = file_kind(&f.name);
        let size = page.file_size(f.size);
        let label = if kind.is_empty() {
            size
        } else {
            format!("{kind}, {size}")
        };
        (f.href(), f.name.clone(), label)
    });
    let (origin, origin_href) = match (r.origin, &p.exchange, &p.community) {
        (Origin::Exchange, Some((a, b, href)), _) => (
            Some(minga_i18n::I18n::global().ta(
                l,
                "library-origin-exchange",
                &[
                    ("seeker", minga_i18n::s(minga_i18n::isolate(a))),
                    ("helper", minga_i18n::s(minga_i18n::isolate(b))),
                ],
            )),
            href.clone(),
        ),
        (Origin::Recording, _, Some((slug, title))) => (
            Some(page.t1(
                "library-origin-recording",
                "community",
                minga_i18n::isolate(title),
            )),
            Some(format!("/communities/{slug}")),
        ),
        (Origin::Recording, _, None) => (Some(page.t("library-origin-recording-network")), None),
        _ => (None, None),
    };
    let reach = match (r.about.reach, &p.community) {
        (Reach::Community, Some((_, title))) => page.t1(
            "library-reach-community-named",
            "community",
            minga_i18n::isolate(title),
        ),
        (reach, _) => page.t(&reach.label_key()),
    };
    ShowView {
        title: t.title.clone(),
        lang: t.lang.html_lang(),
        summary: t.summary.clone(),
        meta: meta.join(" · "),
        others: r
            .translations
            .iter()
            .filter(|x| x.lang != t.lang)
            .map(|x| OtherLang {
                href: format!("/library/{id}?in={}", x.lang.code()),
                lang: x.lang.html_lang(),
                name: lang_name(&page, x.lang),
            })
            .collect(),
        licence: page.t(&r.about.licence.label_key()),
        licence_href: r.about.licence.href(),
        download,
        link: t
            .url
            .as_ref()
            .map(|u| (u.clone(), host_of(u).unwrap_or_else(|| u.clone()))),
        preview_href: (t.preview == PreviewState::Done)
            .then(|| format!("/library/{id}/preview?in={}", t.lang.code())),
        preview_waiting: t.preview == PreviewState::Pending,
        recording_href: (r.origin == Origin::Recording).then(|| format!("/media/{id}")),
        items: p.items.clone(),
        countries: r
            .about
            .countries
            .iter()
            .map(|c| c.name(l).to_string())
            .collect(),
        reach,
        org_name: p.org_name.clone(),
        org_href: format!("/orgs/{}", p.org_slug),
        shared_on: page.date(&r.created_at),
        origin,
        origin_href,
        archived: r.archived,
        featured: r.featured,
        may_translate: p.may_edit && !p.missing.is_empty(),
        may_edit: p.may_edit,
        lang_code: t.lang.code(),
        may_curate: p.may_curate,
        merge_errors,
        merge_into,
        id,
        page: page.about(&t.title),
    }
}

pub async fn show(
    State(st): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(q): Query<ShowQuery>,
) -> Result<Response, AppError> {
    let id = resource_id(&id)?;
    match st
        .core
        .resource_page(ctx.user.as_ref(), ctx.locale, id, q.lang())
        .await?
    {
        Opened::Merged(into) => {
            Ok(Redirect::permanent(&format!("/library/{into}")).into_response())
        }
        Opened::Page(p) => {
            let page = PageCtx::new(&st, &ctx, "library-title").with_notice(q.notice.as_deref());
            let v = show_view(page, &p, String::new(), FormErrors::none(ctx.locale));
            Ok(html(&v)?.into_response())
        }
    }
}

#[derive(Template)]
#[template(path = "library/preview.html")]
pub struct PreviewView {
    page: PageCtx,
    back: String,
    title: String,
    lang: &'static str,
    src: String,
    alt: String,
    download: Option<(String, String)>,
}

pub async fn preview(
    State(st): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(q): Query<ShowQuery>,
) -> Result<Response, AppError> {
    let id = resource_id(&id)?;
    let Opened::Page(p) = st
        .core
        .resource_page(ctx.user.as_ref(), ctx.locale, id, q.lang())
        .await?
    else {
        return Err(AppError::NotFound);
    };
    let t = &p.res.translations[p.shown];
    if t.preview != PreviewState::Done {
        return Err(AppError::NotFound);
    }
    let page = PageCtx::new(&st, &ctx, "library-preview-title");
    let v = PreviewView {
        back: format!("/library/{id}?in={}", t.lang.code()),
        title: t.title.clone(),
        lang: t.lang.html_lang(),
        src: format!("/library/{id}/pictures/{}", t.lang.code()),
        alt: page.t1(
            "library-preview-alt",
            "title",
            minga_i18n::isolate(&t.title),
        ),
        download: t.file.as_ref().map(|f| {
            (
                f.href(),
                format!("{}, {}", file_kind(&f.name), page.file_size(f.size)),
            )
        }),
        page: page.about(&t.title),
    };
    Ok(html(&v)?.into_response())
}

pub async fn picture(
    State(st): State<AppState>,
    ctx: Ctx,
    Path((id, lang)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let id = resource_id(&id)?;
    let lang = Lang::parse(&lang).ok_or(AppError::NotFound)?;
    let (etag, bytes) = st
        .core
        .resource_preview(ctx.user.as_ref(), id, lang)
        .await?;
    let mut h = HeaderMap::new();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("image/jpeg"));
    // Whom a resource is for may change: the browser keeps it, but asks.
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-cache"),
    );
    if let Ok(v) = HeaderValue::from_str(&etag) {
        h.insert(header::ETAG, v);
    }
    if headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v == etag)
    {
        return Ok((axum::http::StatusCode::NOT_MODIFIED, h).into_response());
    }
    Ok((h, bytes).into_response())
}

#[derive(Deserialize)]
pub struct CurateForm {
    action: String,
}

pub async fn curate(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<String>,
    CsrfForm(_, form): CsrfForm<CurateForm>,
) -> Result<Response, AppError> {
    let id = resource_id(&id)?;
    let (c, notice) = match form.action.as_str() {
        "feature" => (Curation::Feature(true), Notice::ResourceFeatured),
        "unfeature" => (Curation::Feature(false), Notice::ResourceUnfeatured),
        "archive" => (Curation::Archive(true), Notice::ResourceArchived),
        "restore" => (Curation::Archive(false), Notice::ResourceRestored),
        _ => return Err(AppError::BadRequest),
    };
    st.core.curate_resource(&user, id, c).await?;
    Ok(notice.redirect(&format!("/library/{id}")).into_response())
}

#[derive(Deserialize)]
pub struct MergeForm {
    #[serde(default)]
    into: String,
}

pub async fn merge(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<String>,
    CsrfForm(ctx, form): CsrfForm<MergeForm>,
) -> Result<Response, AppError> {
    let id = resource_id(&id)?;
    match st.core.merge_resource(&user, id, &form.into).await {
        Ok(into) => Ok(Notice::ResourceMerged
            .redirect(&format!("/library/{into}"))
            .into_response()),
        Err(CoreError::Invalid(errors)) => {
            let Opened::Page(p) = st
                .core
                .resource_page(Some(&user), ctx.locale, id, None)
                .await?
            else {
                return Err(AppError::NotFound);
            };
            let page = PageCtx::new(&st, &ctx, "library-title");
            let v = show_view(page, &p, form.into, FormErrors::new(ctx.locale, errors));
            let mut res = html(&v)?.into_response();
            *res.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
            Ok(res)
        }
        Err(e) => Err(e.into()),
    }
}
