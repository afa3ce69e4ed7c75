//! The Secretariat prepares a consultation: `/kel/consultations/new` and
//! `/kel/consultations/{id}/edit` (while a draft: the document's text, its
//! file in the library, the deadline, who is asked, the questions — rows
//! without script, more rows on request), `/kel/consultations/{id}/translate`
//! (another language), opening it, moving its deadline, and
//! `/kel/consultations/{id}/synthesis`.

use super::{administer, path_id};
use crate::ctx::SignedIn;
use crate::forms::{or_rerender, CsrfForm, Fields, NoFields};
use crate::view::{html, Choice, FormErrors, Notice, PageCtx};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use minga_core::consultations::{ConsultationForm, StoredConsultation};
use minga_core::CoreError;
use minga_domain::consultation::{QuestionForm, QuestionKind, DOCUMENT_MAX};
use minga_domain::library::Lang;
use minga_domain::{ConsultationId, Locale, OrgFilter, User};
use serde::Deserialize;

/// Blank question rows a new form shows, and how many "more" adds.
const ROWS: usize = 5;

pub struct QuestionRow {
    n: usize,
    kinds: Vec<Choice>,
    prompt: String,
    choices: String,
}

#[derive(Template)]
#[template(path = "kel/consultation_form.html")]
pub struct FormView {
    page: PageCtx,
    errors: FormErrors,
    action: String,
    back: String,
    langs: Vec<Choice>,
    title: String,
    document: String,
    resource: String,
    deadline: String,
    everyone: bool,
    orgs: Vec<Choice>,
    rows: Vec<QuestionRow>,
    max: usize,
}

fn read(pairs: &[(String, String)]) -> (ConsultationForm, usize) {
    let rows: usize = pairs
        .one("rows")
        .parse()
        .unwrap_or(ROWS)
        .clamp(1, minga_domain::consultation::QUESTIONS_MAX);
    let questions = (1..=rows)
        .map(|n| QuestionForm {
            kind: pairs.one(&format!("q{n}_kind")),
            prompt: pairs.one(&format!("q{n}_prompt")),
            choices: pairs.one(&format!("q{n}_choices")),
        })
        .collect();
    (
        ConsultationForm {
            lang: pairs.one("lang"),
            title: pairs.one("title"),
            document: pairs.one("document"),
            resource: pairs.one("resource"),
            deadline: pairs.one("deadline"),
            everyone: pairs.one("audience") != "some",
            orgs: pairs.all("orgs"),
            questions,
        },
        rows,
    )
}

async fn view(
    st: &AppState,
    ctx: &crate::Ctx,
    user: &User,
    editing: Option<ConsultationId>,
    f: &ConsultationForm,
    rows: usize,
    errors: FormErrors,
) -> Result<FormView, AppError> {
    let key = if editing.is_some() {
        "consultation-edit"
    } else {
        "consultation-new"
    };
    let page = PageCtx::new(st, ctx, key);
    let lang = if f.lang.is_empty() {
        Lang::of(page.locale).code().to_string()
    } else {
        f.lang.clone()
    };
    let langs = Choice::list(
        Locale::ALL
            .iter()
            .map(|l| (l.code().to_string(), l.native_name().to_string())),
        &lang,
    );
    let orgs = st
        .core
        .directory_all(
            Some(user),
            OrgFilter {
                locale: page.locale,
                ..OrgFilter::default()
            },
        )
        .await?
        .into_iter()
        .filter(|o| o.kind != minga_domain::OrgKind::Secretariat)
        .map(|o| {
            let id = o.id.to_string();
            Choice {
                selected: f.orgs.contains(&id),
                value: id,
                label: o.name,
            }
        })
        .collect();
    let rows = (0..rows.max(f.questions.len()))
        .map(|i| {
            let q = f.questions.get(i).cloned().unwrap_or_default();
            let kind = if q.kind.is_empty() {
                "open".to_string()
            } else {
                q.kind.clone()
            };
            QuestionRow {
                n: i + 1,
                kinds: Choice::list(
                    QuestionKind::ALL
                        .iter()
                        .map(|k| (k.code().to_string(), page.t(&k.label_key()))),
                    &kind,
                ),
                prompt: q.prompt,
                choices: q.choices,
            }
        })
        .collect();
    Ok(FormView {
        errors,
        action: match editing {
            Some(id) => format!("/kel/consultations/{id}/edit"),
            None => "/kel/consultations/new".into(),
        },
        back: match editing {
            Some(id) => format!("/kel/consultations/{id}"),
            None => "/kel".into(),
        },
        langs,
        title: f.title.clone(),
        document: f.document.clone(),
        resource: f.resource.clone(),
        deadline: f.deadline.clone(),
        everyone: f.everyone,
        orgs,
        rows,
        max: DOCUMENT_MAX,
        page,
    })
}

pub async fn new_form(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
) -> Result<Response, AppError> {
    administer(&user)?;
    let f = ConsultationForm {
        everyone: true,
        ..ConsultationForm::default()
    };
    let v = view(
        &st,
        &ctx,
        &user,
        None,
        &f,
        ROWS,
        FormErrors::none(ctx.locale),
    )
    .await?;
    Ok(html(&v)?.into_response())
}

/// "More questions" re-shows the form with more rows, saving nothing.
fn wants_more(pairs: &[(String, String)]) -> bool {
    pairs.one("action") == "more"
}

pub async fn create(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    CsrfForm(ctx, pairs): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (f, rows) = read(&pairs);
    if wants_more(&pairs) {
        let v = view(
            &st,
            &ctx,
            &user,
            None,
            &f,
            rows + ROWS,
            FormErrors::none(ctx.locale),
        )
        .await?;
        return Ok(html(&v)?.into_response());
    }
    let result = st.core.new_consultation(&user, &f).await;
    or_rerender(
        result,
        ctx.locale,
        |id| Notice::ConsultationSaved.redirect(&format!("/kel/consultations/{id}")),
        async |errors| view(&st, &ctx, &user, None, &f, rows, errors).await,
    )
    .await
}

/// The form filled with a stored draft, in its first language.
fn form_of(c: &StoredConsultation, st: &AppState) -> ConsultationForm {
    let t = c.texts.first();
    let lang = t.map(|t| t.lang).unwrap_or(Lang::of(Locale::En));
    ConsultationForm {
        lang: lang.code().to_string(),
        title: t.map(|t| t.title.clone()).unwrap_or_default(),
        document: t.map(|t| t.document.clone()).unwrap_or_default(),
        resource: c
            .resource
            .map(|r| format!("/library/{r}"))
            .unwrap_or_default(),
        deadline: st
            .core
            .deadline_day(c.deadline)
            .format("%Y-%m-%d")
            .to_string(),
        everyone: c.everyone,
        orgs: c.orgs.iter().map(|o| o.to_string()).collect(),
        questions: c
            .questions
            .iter()
            .map(|q| {
                let text = q.texts.iter().find(|t| t.0 == lang).or(q.texts.first());
                QuestionForm {
                    kind: q.kind.code().to_string(),
                    prompt: text.map(|t| t.1.clone()).unwrap_or_default(),
                    choices: text.map(|t| t.2.join("\n")).unwrap_or_default(),
                }
            })
            .collect(),
    }
}

pub async fn edit_form(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let id: ConsultationId = path_id(&id)?;
    let c = st.core.curated_consultation(&user, id).await?;
    if c.state != minga_domain::consultation::ConsultationState::Draft {
        return Err(AppError::Forbidden);
    }
    let f = form_of(&c, &st);
    let rows = f.questions.len().max(ROWS);
    let v = view(
        &st,
        &ctx,
        &user,
        Some(id),
        &f,
        rows,
        FormErrors::none(ctx.locale),
    )
    .await?;
    Ok(html(&v)?.into_response())
}

pub async fn save(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<String>,
    CsrfForm(ctx, pairs): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let id: ConsultationId = path_id(&id)?;
    let (f, rows) = read(&pairs);
    if wants_more(&pairs) {
        let v = view(
            &st,
            &ctx,
            &user,
            Some(id),
            &f,
            rows + ROWS,
            FormErrors::none(ctx.locale),
        )
        .await?;
        return Ok(html(&v)?.into_response());
    }
    let result = st.core.edit_consultation(&user, id, &f).await;
    if let Err(CoreError::Conflict(_)) = result {
        return Ok(Notice::ConsultationOpenAlready
            .redirect(&format!("/kel/consultations/{id}"))
            .into_response());
    }
    or_rerender(
        result,
        ctx.locale,
        |()| Notice::ConsultationSaved.redirect(&format!("/kel/consultations/{id}")),
        async |errors| view(&st, &ctx, &user, Some(id), &f, rows, errors).await,
    )
    .await
}

/// What a refused translation typed: title, document, and each
/// question's prompt and choices.
type TypedTranslation = (String, String, Vec<(String, String)>);

pub struct TranslateRow {
    n: usize,
    kind: QuestionKind,
    original: String,
    original_choices: Vec<String>,
    original_lang: &'static str,
    prompt: String,
    choices: String,
}

#[derive(Template)]
#[template(path = "kel/consultation_translate.html")]
pub struct TranslateView {
    page: PageCtx,
    errors: FormErrors,
    id: String,
    lang: &'static str,
    lang_name: &'static str,
    /// The other languages: (form's address, code, name).
    others: Vec<(String, &'static str, &'static str)>,
    original_title: String,
    original_lang: &'static str,
    title: String,
    document: String,
    rows: Vec<TranslateRow>,
    max: usize,
}

#[derive(Deserialize)]
pub struct TranslateQuery {
    /// The language written (not `lang`, which switches the page's own).
    #[serde(default)]
    language: String,
}

fn translate_view(
    st: &AppState,
    ctx: &crate::Ctx,
    c: &StoredConsultation,
    lang: Locale,
    typed: Option<TypedTranslation>,
    errors: FormErrors,
) -> TranslateView {
    let page = PageCtx::new(st, ctx, "consultation-translate");
    let l = Lang::of(lang);
    let first = c.texts.iter().find(|t| t.lang != l).or(c.texts.first());
    let existing = c.texts.iter().find(|t| t.lang == l);
    let (title, document, answers) = typed.unwrap_or_else(|| {
        (
            existing.map(|t| t.title.clone()).unwrap_or_default(),
            existing.map(|t| t.document.clone()).unwrap_or_default(),
            c.questions
                .iter()
                .map(|q| {
                    q.texts
                        .iter()
                        .find(|t| t.0 == l)
                        .map(|t| (t.1.clone(), t.2.join("\n")))
                        .unwrap_or_default()
                })
                .collect(),
        )
    });
    let rows = c
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let orig = q.texts.iter().find(|t| t.0 != l).or(q.texts.first());
            let (prompt, choices) = answers.get(i).cloned().unwrap_or_default();
            TranslateRow {
                n: i + 1,
                kind: q.kind,
                original: orig.map(|t| t.1.clone()).unwrap_or_default(),
                original_choices: orig.map(|t| t.2.clone()).unwrap_or_default(),
                original_lang: orig.map(|t| t.0.html_lang()).unwrap_or(""),
                prompt,
                choices,
            }
        })
        .collect();
    TranslateView {
        errors,
        id: c.id.to_string(),
        lang: lang.code(),
        lang_name: lang.native_name(),
        others: Locale::ALL
            .iter()
            .filter(|x| **x != lang)
            .map(|x| {
                (
                    format!(
                        "/kel/consultations/{}/translate?language={}",
                        c.id,
                        x.code()
                    ),
                    x.code(),
                    x.native_name(),
                )
            })
            .collect(),
        original_title: first.map(|t| t.title.clone()).unwrap_or_default(),
        original_lang: first.map(|t| t.lang.html_lang()).unwrap_or(""),
        title,
        document,
        rows,
        max: DOCUMENT_MAX,
        page,
    }
}

fn locale_of(code: &str) -> Result<Locale, AppError> {
    Locale::ALL
        .into_iter()
        .find(|l| l.code() == code)
        .ok_or(AppError::NotFound)
}

pub async fn translate_form(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<String>,
    Query(q): Query<TranslateQuery>,
) -> Result<Response, AppError> {
    let id: ConsultationId = path_id(&id)?;
    let c = st.core.curated_consultation(&user, id).await?;
    let lang = locale_of(&q.language)?;
    let v = translate_view(&st, &ctx, &c, lang, None, FormErrors::none(ctx.locale));
    Ok(html(&v)?.into_response())
}

pub async fn translate(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<String>,
    Query(q): Query<TranslateQuery>,
    CsrfForm(ctx, pairs): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let id: ConsultationId = path_id(&id)?;
    let lang = locale_of(&q.language)?;
    let c = st.core.curated_consultation(&user, id).await?;
    let questions: Vec<(String, String)> = (1..=c.questions.len())
        .map(|n| {
            (
                pairs.one(&format!("q{n}_prompt")),
                pairs.one(&format!("q{n}_choices")),
            )
        })
        .collect();
    let (title, document) = (pairs.one("title"), pairs.one("document"));
    let result = st
        .core
        .translate_consultation(&user, id, lang.code(), &title, &document, &questions)
        .await;
    or_rerender(
        result,
        ctx.locale,
        |()| Notice::ConsultationTranslated.redirect(&format!("/kel/consultations/{id}")),
        async |errors| {
            Ok(translate_view(
                &st,
                &ctx,
                &c,
                lang,
                Some((title.clone(), document.clone(), questions.clone())),
                errors,
            ))
        },
    )
    .await
}

pub async fn open(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<String>,
    CsrfForm(_, _): CsrfForm<NoFields>,
) -> Result<Response, AppError> {
    let id: ConsultationId = path_id(&id)?;
    let to = format!("/kel/consultations/{id}");
    match st.core.open_consultation(&user, id).await {
        Ok(()) => Ok(Notice::ConsultationOpened.redirect(&to).into_response()),
        Err(CoreError::Conflict(_)) => Ok(Notice::ConsultationOpenAlready
            .redirect(&to)
            .into_response()),
        Err(CoreError::Invalid(_)) => Ok(Notice::ConsultationDeadlinePast
            .redirect(&to)
            .into_response()),
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub struct DeadlineForm {
    #[serde(default)]
    deadline: String,
}

pub async fn deadline(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<String>,
    CsrfForm(ctx, f): CsrfForm<DeadlineForm>,
) -> Result<Response, AppError> {
    let id: ConsultationId = path_id(&id)?;
    let result = st
        .core
        .set_consultation_deadline(&user, id, &f.deadline)
        .await;
    or_rerender(
        result,
        ctx.locale,
        |()| Notice::ConsultationDeadlineMoved.redirect(&format!("/kel/consultations/{id}")),
        async |errors| {
            let mut v = super::consultation::page_view(&st, &ctx, &user, id, errors).await?;
            v.typed_deadline = f.deadline.clone();
            Ok(v)
        },
    )
    .await
}

pub struct SynthesisField {
    code: &'static str,
    name: &'static str,
    text: String,
}

#[derive(Template)]
#[template(path = "kel/synthesis_form.html")]
pub struct SynthesisView {
    page: PageCtx,
    errors: FormErrors,
    id: String,
    title: String,
    fields: Vec<SynthesisField>,
    share: bool,
    max: usize,
}

fn synthesis_view(
    st: &AppState,
    ctx: &crate::Ctx,
    c: &StoredConsultation,
    typed: Option<(Vec<(String, String)>, bool)>,
    errors: FormErrors,
) -> SynthesisView {
    let page = PageCtx::new(st, ctx, "consultation-synthesis-write");
    let (texts, share) = typed.unwrap_or_else(|| {
        (
            c.texts
                .iter()
                .map(|t| (t.lang.code().to_string(), t.synthesis.clone()))
                .collect(),
            c.answers_shared,
        )
    });
    SynthesisView {
        errors,
        id: c.id.to_string(),
        title: c.texts.first().map(|t| t.title.clone()).unwrap_or_default(),
        fields: Locale::ALL
            .iter()
            .map(|l| SynthesisField {
                code: l.code(),
                name: l.native_name(),
                text: texts
                    .iter()
                    .find(|(x, _)| x == l.code())
                    .map(|(_, t)| t.clone())
                    .unwrap_or_default(),
            })
            .collect(),
        share,
        max: DOCUMENT_MAX,
        page,
    }
}

pub async fn synthesis_form(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let id: ConsultationId = path_id(&id)?;
    let c = st.core.curated_consultation(&user, id).await?;
    let v = synthesis_view(&st, &ctx, &c, None, FormErrors::none(ctx.locale));
    Ok(html(&v)?.into_response())
}

pub async fn publish_synthesis(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<String>,
    CsrfForm(ctx, pairs): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let id: ConsultationId = path_id(&id)?;
    let c = st.core.curated_consultation(&user, id).await?;
    let texts: Vec<(String, String)> = Locale::ALL
        .iter()
        .map(|l| {
            (
                l.code().to_string(),
                pairs.one(&format!("synthesis_{}", l.code())),
            )
        })
        .collect();
    let share = pairs.one("share") == "1";
    let result = st.core.publish_synthesis(&user, id, &texts, share).await;
    or_rerender(
        result,
        ctx.locale,
        |()| Notice::SynthesisPublished.redirect(&format!("/kel/consultations/{id}")),
        async |errors| {
            Ok(synthesis_view(
                &st,
                &ctx,
                &c,
                Some((texts.clone(), share)),
                errors,
            ))
        },
    )
    .await
}
