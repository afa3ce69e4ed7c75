//! A consultation's page: the discussion document (in the reader's
//! language, its file in the library), the deadline, the synthesis once
//! published, and — for an organisation asked — its one response: any of
//! its staff saves a draft, its admin submits it, and it can be changed
//! until the deadline. The Secretariat prepares, opens and follows it here.

use super::path_id;
use crate::ctx::SignedIn;
use crate::forms::{or_rerender, CsrfForm, Fields};
use crate::view::{html, FormErrors, Notice, NoticeQuery, PageCtx};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use minga_core::consultations::ConsultationPage;
use minga_domain::consultation::{ConsultationState, QuestionKind, ResponseState, SCALE_TOP};
use minga_domain::{ConsultationId, User};
use std::collections::HashMap;

pub struct AnswerOption {
    value: String,
    label: String,
    checked: bool,
}

pub struct QuestionField {
    field: String,
    prompt: String,
    lang: &'static str,
    kind: QuestionKind,
    kind_label: String,
    options: Vec<AnswerOption>,
    text: String,
    /// The answer as read (for a response that cannot be changed).
    shown: String,
}

#[derive(Template)]
#[template(path = "kel/consultation.html")]
pub struct PageView {
    page: PageCtx,
    errors: FormErrors,
    id: String,
    title: String,
    lang: &'static str,
    document: String,
    file: Option<(String, String)>,
    deadline: String,
    draft: bool,
    closed: bool,
    submitted_count: i64,
    synthesis: Option<(&'static str, String)>,
    questions: Vec<QuestionField>,
    in_audience: bool,
    /// not begun | draft | submitted, in words, and by whom when.
    status: String,
    submitted: bool,
    revision: i64,
    may_draft: bool,
    may_submit: bool,
    may_curate: bool,
    may_read_answers: bool,
    pub typed_deadline: String,
    /// The five languages: (form's address, code, name, written already).
    translations: Vec<(String, &'static str, &'static str, bool)>,
}

/// The page, with what a refused form typed (`typed`: the raw answers by
/// question id) and its errors.
fn view(
    page: PageCtx,
    p: &ConsultationPage,
    st: &AppState,
    typed: Option<&HashMap<String, String>>,
    errors: FormErrors,
) -> PageView {
    let c = &p.consultation;
    let stored = |q: &minga_core::consultations::QuestionView| -> String {
        match p.response.as_ref().and_then(|r| r.answers.get(&q.id)) {
            Some((t, None)) => t.clone(),
            Some((_, Some(v))) => v.to_string(),
            None => String::new(),
        }
    };
    let questions = p
        .questions
        .iter()
        .map(|q| {
            let field = format!("a{}", q.position);
            let value = typed
                .map(|t| t.get(&field).cloned().unwrap_or_default())
                .unwrap_or_else(|| stored(q));
            let options: Vec<AnswerOption> = match q.kind {
                QuestionKind::Choice => q
                    .choices
                    .iter()
                    .enumerate()
                    .map(|(i, c)| AnswerOption {
                        value: i.to_string(),
                        label: c.clone(),
                        checked: value == i.to_string(),
                    })
                    .collect(),
                QuestionKind::Scale => (1..=SCALE_TOP)
                    .map(|v| AnswerOption {
                        value: v.to_string(),
                        label: v.to_string(),
                        checked: value == v.to_string(),
                    })
                    .collect(),
                QuestionKind::Open => Vec::new(),
            };
            let shown = match q.kind {
                QuestionKind::Open => value.clone(),
                _ => options
                    .iter()
                    .find(|o| o.checked)
                    .map(|o| o.label.clone())
                    .unwrap_or_default(),
            };
            QuestionField {
                field,
                prompt: q.prompt.clone(),
                lang: q.lang.html_lang(),
                kind: q.kind,
                kind_label: page.t(&format!("consultation-answer-{}", q.kind.code())),
                options,
                text: if q.kind == QuestionKind::Open {
                    value
                } else {
                    String::new()
                },
                shown,
            }
        })
        .collect();
    let status = match &p.response {
        None => page.t("consultation-status-none"),
        Some(r) if r.state == ResponseState::Submitted => minga_i18n::I18n::global().ta(
            page.locale,
            "consultation-status-submitted",
            &[
                (
                    "date",
                    minga_i18n::s(page.datetime(&r.submitted_at.unwrap_or(r.updated_at))),
                ),
                (
                    "name",
                    minga_i18n::s(minga_i18n::isolate(&r.updated_by_name)),
                ),
            ],
        ),
        Some(r) => minga_i18n::I18n::global().ta(
            page.locale,
            "consultation-status-draft",
            &[
                ("date", minga_i18n::s(page.datetime(&r.updated_at))),
                (
                    "name",
                    minga_i18n::s(minga_i18n::isolate(&r.updated_by_name)),
                ),
            ],
        ),
    };
    let written: Vec<_> = c.texts.iter().map(|t| t.lang).collect();
    PageView {
        errors,
        id: c.id.to_string(),
        title: p.text.title.clone(),
        lang: p.text.lang.html_lang(),
        document: p.text.document.clone(),
        file: p.document.clone(),
        deadline: st.core.deadline_text(page.locale, c.deadline),
        draft: c.state == ConsultationState::Draft,
        closed: p.closed,
        submitted_count: c.submitted,
        synthesis: p
            .synthesis
            .as_ref()
            .map(|(l, t)| (l.html_lang(), t.clone())),
        questions,
        in_audience: p.in_audience,
        submitted: p
            .response
            .as_ref()
            .is_some_and(|r| r.state == ResponseState::Submitted),
        revision: p.response.as_ref().map(|r| r.revision).unwrap_or(0),
        status,
        may_draft: p.may_draft,
        may_submit: p.may_submit,
        may_curate: p.may_curate,
        may_read_answers: p.may_read_answers,
        typed_deadline: st
            .core
            .deadline_day(c.deadline)
            .format("%Y-%m-%d")
            .to_string(),
        translations: minga_domain::Locale::ALL
            .iter()
            .map(|l| {
                (
                    format!(
                        "/kel/consultations/{}/translate?language={}",
                        c.id,
                        l.code()
                    ),
                    l.code(),
                    l.native_name(),
                    written.contains(&minga_domain::library::Lang::of(*l)),
                )
            })
            .collect(),
        page: page.about(&p.text.title),
    }
}

/// The page for `user`, with a refused form's errors.
pub async fn page_view(
    st: &AppState,
    ctx: &crate::Ctx,
    user: &User,
    id: ConsultationId,
    errors: FormErrors,
) -> Result<PageView, AppError> {
    let p = st.core.consultation_page(user, id).await?;
    let page = PageCtx::new(st, ctx, "consultation-title");
    Ok(view(page, &p, st, None, errors))
}

pub async fn show(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<String>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let id: ConsultationId = path_id(&id)?;
    let p = st.core.consultation_page(&user, id).await?;
    let page = PageCtx::new(&st, &ctx, "consultation-title").with_notice(q.notice.as_deref());
    let v = view(page, &p, &st, None, FormErrors::none(ctx.locale));
    Ok(html(&v)?.into_response())
}

pub async fn respond(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<String>,
    CsrfForm(ctx, pairs): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let id: ConsultationId = path_id(&id)?;
    let p = st.core.consultation_page(&user, id).await?;
    let typed: HashMap<String, String> = p
        .questions
        .iter()
        .map(|q| {
            let f = format!("a{}", q.position);
            let v = pairs.one(&f);
            (f, v)
        })
        .collect();
    let answers = p
        .questions
        .iter()
        .map(|q| (q.id, typed[&format!("a{}", q.position)].clone()))
        .collect();
    let submit = pairs.one("action") == "submit";
    let revision: i64 = pairs.one("revision").parse().unwrap_or(0);
    let result = st
        .core
        .save_response(&user, id, &answers, submit, revision)
        .await;
    let notice = if submit {
        Notice::ResponseSubmitted
    } else {
        Notice::ResponseSaved
    };
    or_rerender(
        result,
        ctx.locale,
        |()| notice.redirect(&format!("/kel/consultations/{id}")),
        async |errors| {
            // The response as it is now (a colleague's save), with what
            // this person typed on top.
            let p = st.core.consultation_page(&user, id).await?;
            let page = PageCtx::new(&st, &ctx, "consultation-title");
            Ok(view(page, &p, &st, Some(&typed), errors))
        },
    )
    .await
}
