//! The answers together (the Secretariat; members once it shares them):
//! `/kel/consultations/{id}/results?by=region|kind|group` counts choices and
//! scales per group (with bars) and sets open answers side by side, and
//! names who has not answered; `/results.csv` exports every submitted
//! response; `/questions/{n}` is one question's answers as a document to
//! read or print.

use super::path_id;
use crate::ctx::SignedIn;
use crate::kept::keep;
use crate::view::{html, Choice, PageCtx};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use minga_core::consultations::{QuestionResult, Results};
use minga_domain::consultation::{GroupBy, QuestionKind, ResponseState};
use minga_domain::{ConsultationId, Entity, Group, OrgKind, Region};
use serde::Deserialize;

/// What the answers' pages are made of. They show nothing of the reader's
/// own, and who may see them follows from the reader's role and
/// organisation (part of a kept page's key) and the consultation, so they
/// are kept pages: made once per change, served compressed.
const ANSWERS_DEPS: &[Entity] = &[Entity::Consultation, Entity::Org];

/// A group's name in the reader's language.
fn group_label(page: &PageCtx, by: GroupBy, code: &str) -> String {
    let key = match by {
        GroupBy::Region => Region::parse(code).map(|r| r.label_key()),
        GroupBy::Kind => OrgKind::parse(code).map(|k| k.label_key()),
        GroupBy::Group => Group::parse(code).map(|g| g.label_key()),
    };
    key.map(|k| page.t(&k)).unwrap_or_else(|| code.to_string())
}

pub struct Cell {
    n: usize,
    of: usize,
}

pub struct CountRow {
    label: String,
    cells: Vec<Cell>,
    total: Cell,
}

pub struct QuestionBlock {
    n: i64,
    href: String,
    prompt: String,
    lang: &'static str,
    kind: QuestionKind,
    rows: Vec<CountRow>,
    means: Vec<String>,
    mean: String,
    /// Per group with answers: (group, [(organisation, text)]).
    texts: Vec<(String, Vec<(String, String)>)>,
}

#[derive(Template)]
#[template(path = "kel/results.html")]
pub struct ResultsView {
    page: PageCtx,
    id: String,
    title: String,
    lang: &'static str,
    bys: Vec<Choice>,
    groups: Vec<String>,
    answered: Vec<usize>,
    /// "12 of 126 organisations asked have answered".
    answered_of: String,
    missing: Vec<(String, String, bool)>,
    questions: Vec<QuestionBlock>,
    may_curate: bool,
}

fn number(page: &PageCtx, x: Option<f64>) -> String {
    x.map(|m| minga_i18n::format_tenths(page.locale, m))
        .unwrap_or_else(|| "–".into())
}

fn block(page: &PageCtx, id: &str, res: &Results, q: &QuestionResult) -> QuestionBlock {
    let per_group = &res.answered;
    let all: usize = per_group.iter().sum();
    QuestionBlock {
        n: q.question.position,
        href: format!("/kel/consultations/{id}/questions/{}", q.question.position),
        prompt: q.question.prompt.clone(),
        lang: q.question.lang.html_lang(),
        kind: q.question.kind,
        rows: q
            .counts
            .iter()
            .map(|(label, per, total)| CountRow {
                label: label.clone(),
                cells: per
                    .iter()
                    .zip(per_group)
                    .map(|(n, of)| Cell { n: *n, of: *of })
                    .collect(),
                total: Cell { n: *total, of: all },
            })
            .collect(),
        means: q.means.iter().map(|m| number(page, *m)).collect(),
        mean: number(page, q.mean),
        texts: q
            .texts
            .iter()
            .zip(&res.groups)
            .filter(|(t, _)| !t.is_empty())
            .map(|(t, g)| (group_label(page, res.by, g), t.clone()))
            .collect(),
    }
}

#[derive(Deserialize, Default)]
pub struct ByQuery {
    #[serde(default)]
    by: String,
}

pub async fn results(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<String>,
    Query(q): Query<ByQuery>,
) -> Result<Response, AppError> {
    let id: ConsultationId = path_id(&id)?;
    let by = GroupBy::parse(&q.by).unwrap_or_default();
    let res = st.core.consultation_results(&user, id, by).await?;
    let page = PageCtx::new(&st, &ctx, "consultation-results");
    let key = id.to_string();
    let v = ResultsView {
        bys: Choice::list(
            GroupBy::ALL.iter().map(|b| {
                (
                    b.code().to_string(),
                    page.t(&format!("consultation-by-{}", b.code())),
                )
            }),
            by.code(),
        ),
        groups: res
            .groups
            .iter()
            .map(|g| group_label(&page, by, g))
            .collect(),
        answered: res.answered.clone(),
        answered_of: minga_i18n::I18n::global().ta(
            page.locale,
            "consultation-answered-of",
            &[
                (
                    "n",
                    minga_i18n::Value::from(res.answered.iter().sum::<usize>()),
                ),
                ("total", minga_i18n::Value::from(res.audience)),
            ],
        ),
        missing: res.missing.clone(),
        questions: res
            .questions
            .iter()
            .map(|q| block(&page, &key, &res, q))
            .collect(),
        title: res.text.title.clone(),
        lang: res.text.lang.html_lang(),
        may_curate: res.may_curate,
        id: key,
        page: page.about(&res.text.title),
    };
    Ok(keep(html(&v)?, ANSWERS_DEPS))
}

pub async fn csv(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let id: ConsultationId = path_id(&id)?;
    let res = st
        .core
        .consultation_results(&user, id, GroupBy::Region)
        .await?;
    let page = PageCtx::new(&st, &ctx, "consultation-results");
    let mut header = vec![
        page.t("field-org-name"),
        page.t("field-country"),
        page.t("field-region"),
        page.t("field-group"),
        page.t("field-kind"),
        page.t("consultation-submitted-at"),
    ];
    header.extend(
        res.questions
            .iter()
            .map(|q| format!("{}. {}", q.question.position, q.question.prompt)),
    );
    let mut rows = vec![header];
    for r in res
        .responses
        .iter()
        .filter(|r| r.state == ResponseState::Submitted)
    {
        let mut row = vec![
            r.org_name.clone(),
            r.country.clone(),
            page.t(&r.region.label_key()),
            page.t(&r.group.label_key()),
            page.t(&r.kind.label_key()),
            r.submitted_at.map(|t| t.to_rfc3339()).unwrap_or_default(),
        ];
        for q in &res.questions {
            let cell = match (q.question.kind, r.answers.get(&q.question.id)) {
                (_, None) => String::new(),
                (QuestionKind::Open, Some((t, _))) => t.clone(),
                (QuestionKind::Choice, Some((_, Some(v)))) => q
                    .question
                    .choices
                    .get(*v as usize)
                    .cloned()
                    .unwrap_or_default(),
                (_, Some((_, v))) => v.map(|v| v.to_string()).unwrap_or_default(),
            };
            row.push(cell);
        }
        rows.push(row);
    }
    crate::csv_file::download(&format!("consultation-{}", res.text.title), &rows)
}

#[derive(Template)]
#[template(path = "kel/question.html")]
pub struct QuestionView {
    page: PageCtx,
    id: String,
    title: String,
    lang: &'static str,
    n: i64,
    prompt: String,
    prompt_lang: &'static str,
    kind: QuestionKind,
    /// (organisation, country, answer), by name.
    answers: Vec<(String, String, String)>,
    counts: Vec<(String, usize)>,
    mean: String,
    printed: String,
}

pub async fn question(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path((id, n)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let id: ConsultationId = path_id(&id)?;
    let n: i64 = path_id(&n)?;
    let res = st
        .core
        .consultation_results(&user, id, GroupBy::Region)
        .await?;
    let q = res
        .questions
        .iter()
        .find(|q| q.question.position == n)
        .ok_or(AppError::NotFound)?;
    let page = PageCtx::new(&st, &ctx, "consultation-question-title");
    let answers = res
        .responses
        .iter()
        .filter(|r| r.state == ResponseState::Submitted)
        .filter_map(|r| {
            let (t, v) = r.answers.get(&q.question.id)?;
            let text = match (q.question.kind, v) {
                (QuestionKind::Open, _) => t.clone(),
                (QuestionKind::Choice, Some(v)) => q
                    .question
                    .choices
                    .get(*v as usize)
                    .cloned()
                    .unwrap_or_default(),
                (_, v) => v.map(|v| v.to_string()).unwrap_or_default(),
            };
            (!text.is_empty()).then(|| (r.org_name.clone(), r.country.clone(), text))
        })
        .collect();
    let v = QuestionView {
        id: id.to_string(),
        title: res.text.title.clone(),
        lang: res.text.lang.html_lang(),
        n,
        prompt: q.question.prompt.clone(),
        prompt_lang: q.question.lang.html_lang(),
        kind: q.question.kind,
        answers,
        counts: q.counts.iter().map(|(l, _, t)| (l.clone(), *t)).collect(),
        mean: number(&page, q.mean),
        printed: page.datetime(&chrono::Utc::now()),
        page: page.about(&q.question.prompt),
    };
    Ok(keep(html(&v)?, ANSWERS_DEPS))
}
