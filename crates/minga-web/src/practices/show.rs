//! A practice's page: its sections (with the review's comments beside each
//! for its authors and the Secretariat), what it links, the organisations
//! that tried it; the forms to send it for review, to review it, and to
//! record "we tried this". `/practices/{id}/versions` lists every saved
//! version and shows one (`?v=3`).

use super::practice_id;
use crate::ctx::{Ctx, SignedIn};
use crate::forms::{or_rerender, CsrfForm, Fields};
use crate::view::{html, FormErrors, Notice, PageCtx};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use minga_core::practices::PracticePage;
use minga_core::CoreError;
use minga_domain::practice::{PracticeState, Section, Step};
use minga_domain::PracticeId;
use serde::Deserialize;

/// A review comment as shown beside its section.
pub struct CommentRow {
    author: String,
    when: String,
    version: i64,
    body: String,
}

pub struct SectionRow {
    code: &'static str,
    /// The name of its comment box in the review form.
    comment_field: String,
    label: String,
    text: String,
    comments: Vec<CommentRow>,
    /// What the reviewer typed in this section's box (kept on a refusal).
    draft: String,
}

pub struct TriedRow {
    org: String,
    when: String,
    context: String,
    results: String,
}

#[derive(Template)]
#[template(path = "practices/show.html")]
pub struct ShowView {
    page: PageCtx,
    id: String,
    title: String,
    lang: &'static str,
    org_name: String,
    org_href: String,
    state: String,
    published: bool,
    state_note: Option<String>,
    sections: Vec<SectionRow>,
    /// The workflow's steps so far: who, when, what.
    history: Vec<String>,
    items: Vec<String>,
    orgs: Vec<(String, String)>,
    resources: Vec<(String, String)>,
    tried: Vec<TriedRow>,
    tried_count: u64,
    versions: usize,
    show_review: bool,
    may_edit: bool,
    may_submit: bool,
    may_review: bool,
    may_try: bool,
    errors: FormErrors,
    tried_context: String,
    tried_results: String,
}

/// What a refused form typed, to show again.
#[derive(Default)]
struct Typed {
    comments: Vec<(Section, String)>,
    tried_context: String,
    tried_results: String,
}

fn show_view(page: PageCtx, p: &PracticePage, typed: Typed, errors: FormErrors) -> ShowView {
    let pr = &p.practice;
    let id = pr.id.to_string();
    let show_review = p.may_edit || p.may_review || p.may_submit;
    let comment_rows = |code: &str| -> Vec<CommentRow> {
        if !show_review {
            return Vec::new();
        }
        p.comments
            .iter()
            .filter(|c| c.section == code)
            .map(|c| CommentRow {
                author: c.author_name.clone(),
                when: page.date(&c.created_at),
                version: c.version,
                body: c.body.clone(),
            })
            .collect()
    };
    let sections = Section::ALL
        .iter()
        .map(|s| SectionRow {
            code: s.code(),
            comment_field: format!("comment_{}", s.code()),
            label: page.t(&s.label_key()),
            text: pr.text.get(*s).to_string(),
            comments: comment_rows(s.code()),
            draft: typed
                .comments
                .iter()
                .find(|(x, _)| x == s)
                .map(|(_, t)| t.clone())
                .unwrap_or_default(),
        })
        .collect();
    let history = if show_review {
        p.comments
            .iter()
            .filter(|c| c.section == "step")
            .map(|c| {
                minga_i18n::I18n::global().ta(
                    page.locale,
                    "practices-history-line",
                    &[
                        (
                            "step",
                            minga_i18n::s(page.t(&format!("practices-step-{}", c.body))),
                        ),
                        ("name", minga_i18n::s(minga_i18n::isolate(&c.author_name))),
                        ("date", minga_i18n::s(page.date(&c.created_at))),
                        ("version", minga_i18n::s(c.version.to_string())),
                    ],
                )
            })
            .collect()
    } else {
        Vec::new()
    };
    let state_note = match pr.state {
        PracticeState::Published => None,
        s => Some(page.t(&format!("practices-note-{}", s.code()))),
    };
    ShowView {
        title: pr.text.title.clone(),
        lang: pr.lang.html_lang(),
        org_name: p.org_name.clone(),
        org_href: format!("/orgs/{}", p.org_slug),
        state: page.t(&pr.state.label_key()),
        published: pr.state == PracticeState::Published,
        state_note,
        sections,
        history,
        items: p.items.clone(),
        orgs: p
            .orgs
            .iter()
            .map(|(slug, name)| (format!("/orgs/{slug}"), name.clone()))
            .collect(),
        resources: p
            .resources
            .iter()
            .map(|(rid, title)| (format!("/library/{rid}"), title.clone()))
            .collect(),
        tried: p
            .replications
            .iter()
            .map(|r| TriedRow {
                org: r.org_name.clone(),
                when: page.date(&r.created_at),
                context: r.context.clone(),
                results: r.results.clone(),
            })
            .collect(),
        tried_count: p.replications.len() as u64,
        versions: p.versions,
        show_review,
        may_edit: p.may_edit,
        may_submit: p.may_submit,
        may_review: p.may_review,
        may_try: p.may_try,
        errors,
        tried_context: typed.tried_context,
        tried_results: typed.tried_results,
        id,
        page: page.about(&pr.text.title),
    }
}

#[derive(Deserialize, Default)]
pub struct ShowQuery {
    #[serde(default)]
    notice: Option<String>,
}

pub async fn show(
    State(st): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(q): Query<ShowQuery>,
) -> Result<Response, AppError> {
    let id = practice_id(&id)?;
    let p = st.core.practice_page(ctx.user.as_ref(), id).await?;
    let page = PageCtx::new(&st, &ctx, "practices-title").with_notice(q.notice.as_deref());
    let v = show_view(page, &p, Typed::default(), FormErrors::none(ctx.locale));
    Ok(html(&v)?.into_response())
}

/// The page again with the errors of a refused form and what it typed.
async fn refused(
    st: &AppState,
    ctx: &Ctx,
    id: PracticeId,
    typed: Typed,
    errors: FormErrors,
) -> Result<ShowView, AppError> {
    let p = st.core.practice_page(ctx.user.as_ref(), id).await?;
    let page = PageCtx::new(st, ctx, "practices-title");
    Ok(show_view(page, &p, typed, errors))
}

/// A step answered with a conflict (someone else moved the practice
/// meanwhile): its page, saying so.
fn moved_on(id: PracticeId) -> Response {
    axum::response::Redirect::to(&format!("/practices/{id}?notice=notice-practice-moved-on"))
        .into_response()
}

pub async fn submit(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<String>,
    CsrfForm(ctx, _): CsrfForm<crate::forms::NoFields>,
) -> Result<Response, AppError> {
    let id = practice_id(&id)?;
    let result = st.core.take_step(&user, id, Step::Submit, &[]).await;
    if let Err(CoreError::Conflict(_)) = result {
        return Ok(moved_on(id));
    }
    or_rerender(
        result,
        ctx.locale,
        |()| Notice::PracticeSubmitted.redirect(&format!("/practices/{id}")),
        async |errors| refused(&st, &ctx, id, Typed::default(), errors).await,
    )
    .await
}

pub async fn review(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<String>,
    CsrfForm(ctx, pairs): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let id = practice_id(&id)?;
    let field = |name: &str| pairs.one(name);
    let step = match field("step").as_str() {
        "request-changes" => Step::RequestChanges,
        "publish" => Step::Publish,
        _ => return Err(AppError::BadRequest),
    };
    let comments: Vec<(Section, String)> = Section::ALL
        .iter()
        .map(|s| (*s, field(&format!("comment_{}", s.code()))))
        .collect();
    let result = st.core.take_step(&user, id, step, &comments).await;
    if let Err(CoreError::Conflict(_)) = result {
        return Ok(moved_on(id));
    }
    let notice = match step {
        Step::Publish => Notice::PracticePublished,
        _ => Notice::PracticeChangesRequested,
    };
    or_rerender(
        result,
        ctx.locale,
        |()| notice.redirect(&format!("/practices/{id}")),
        async |errors| {
            let typed = Typed {
                comments,
                ..Typed::default()
            };
            refused(&st, &ctx, id, typed, errors).await
        },
    )
    .await
}

#[derive(Deserialize)]
pub struct TriedForm {
    #[serde(default)]
    tried_context: String,
    #[serde(default)]
    tried_results: String,
}

pub async fn tried(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<String>,
    CsrfForm(ctx, form): CsrfForm<TriedForm>,
) -> Result<Response, AppError> {
    let id = practice_id(&id)?;
    let result = st
        .core
        .record_replication(&user, id, &form.tried_context, &form.tried_results)
        .await;
    or_rerender(
        result,
        ctx.locale,
        |()| Notice::PracticeTried.redirect(&format!("/practices/{id}")),
        async |errors| {
            let typed = Typed {
                tried_context: form.tried_context.clone(),
                tried_results: form.tried_results.clone(),
                ..Typed::default()
            };
            refused(&st, &ctx, id, typed, errors).await
        },
    )
    .await
}

#[derive(Deserialize, Default)]
pub struct VersionsQuery {
    #[serde(default)]
    v: Option<i64>,
}

pub struct VersionRow {
    href: String,
    number: i64,
    when: String,
    current: bool,
}

#[derive(Template)]
#[template(path = "practices/versions.html")]
pub struct VersionsView {
    page: PageCtx,
    back: String,
    title: String,
    rows: Vec<VersionRow>,
    shown: i64,
    sections: Vec<(String, String)>,
    shown_title: String,
}

pub async fn versions(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<String>,
    Query(q): Query<VersionsQuery>,
) -> Result<Response, AppError> {
    let id = practice_id(&id)?;
    let (p, versions) = st.core.practice_versions(&user, id).await?;
    let page = PageCtx::new(&st, &ctx, "practices-versions-title");
    let shown = q.v.unwrap_or(p.version);
    let v = versions
        .iter()
        .find(|v| v.version == shown)
        .ok_or(AppError::NotFound)?;
    let view = VersionsView {
        back: format!("/practices/{id}"),
        title: p.text.title.clone(),
        rows: versions
            .iter()
            .map(|x| VersionRow {
                href: format!("/practices/{id}/versions?v={}", x.version),
                number: x.version,
                when: page.datetime(&x.saved_at),
                current: x.version == shown,
            })
            .collect(),
        shown,
        shown_title: v.text.title.clone(),
        sections: Section::ALL
            .iter()
            .map(|s| (page.t(&s.label_key()), v.text.get(*s).to_string()))
            .collect(),
        page: page.about(&p.text.title),
    };
    Ok(html(&view)?.into_response())
}
