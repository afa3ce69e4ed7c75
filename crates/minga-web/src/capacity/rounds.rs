//! /capacity/rounds: the Secretariat opens mapping rounds and follows their
//! progress by region and kind, sees who is overdue, and exports CSV.

use crate::ctx::SignedIn;
use crate::forms::{or_rerender, CsrfForm};
use crate::kept::keep;
use crate::view::Notice;
use crate::view::{
    group_choices, html, kind_choices, region_choices, Choice, FormErrors, NoticeQuery, PageCtx,
};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use minga_core::capacity::RoundInput;
use minga_domain::capacity::{MappingRound, ProfileStatus, RoundEntry};
use minga_domain::{Entity, Locale, OrgKind, Region, RoundId};
use serde::Deserialize;

pub struct RoundRow {
    pub href: String,
    pub title: String,
    pub state: String,
    pub deadline: String,
}

/// One language's title and message inputs of the round form.
pub struct LangTexts {
    pub code: &'static str,
    pub dir: &'static str,
    pub title_label: String,
    pub message_label: String,
    pub title: String,
    pub message: String,
}

/// The five languages' inputs, as typed.
fn lang_texts(page: &PageCtx, input: &RoundInput) -> Vec<LangTexts> {
    Locale::ALL
        .iter()
        .map(|&l| {
            let (title, message) = input.texts(l);
            LangTexts {
                code: l.code(),
                dir: l.dir(),
                title_label: page.t1("rounds-field-title-in", "language", l.native_name()),
                message_label: page.t1("rounds-field-message-in", "language", l.native_name()),
                title: title.to_string(),
                message: message.to_string(),
            }
        })
        .collect()
}

/// The round form's labels, so that its error summary names each field
/// (and, for a title or message, its language).
fn round_labels(page: &PageCtx) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = lang_texts(page, &RoundInput::default())
        .into_iter()
        .flat_map(|t| {
            [
                (format!("title_{}", t.code), t.title_label),
                (format!("message_{}", t.code), t.message_label),
            ]
        })
        .collect();
    for (f, k) in [
        ("deadline", "rounds-field-deadline"),
        ("region", "field-region"),
        ("kind", "field-kind"),
        ("group", "field-group"),
    ] {
        v.push((f.into(), page.t(k)));
    }
    v
}

#[derive(Template)]
#[template(path = "capacity/rounds.html")]
pub struct RoundsView {
    page: PageCtx,
    rounds: Vec<RoundRow>,
    errors: FormErrors,
    input: RoundInput,
    texts: Vec<LangTexts>,
    regions: Vec<Choice>,
    kinds: Vec<Choice>,
    groups: Vec<Choice>,
    /// "The round closes at the end of this day, Africa/Nairobi time."
    deadline_hint: String,
}

fn state_label(page: &PageCtx, r: &MappingRound) -> String {
    if r.draft {
        page.t("rounds-state-draft")
    } else if !r.is_open() {
        page.t("rounds-state-closed")
    } else if r.overdue(Utc::now()) {
        page.t("rounds-state-overdue")
    } else {
        page.t("rounds-state-open")
    }
}

async fn rounds_view(
    st: &AppState,
    ctx: &crate::Ctx,
    input: RoundInput,
    errors: FormErrors,
) -> Result<RoundsView, AppError> {
    let page = PageCtx::new(st, ctx, "rounds-title");
    let rounds = st
        .core
        .rounds()
        .await?
        .iter()
        .map(|r| RoundRow {
            href: format!("/capacity/rounds/{}", r.id),
            title: r.title_in(page.locale).to_string(),
            state: state_label(&page, r),
            deadline: page.t1(
                "rounds-deadline",
                "date",
                st.core.deadline_text(page.locale, r.deadline),
            ),
        })
        .collect();
    Ok(RoundsView {
        deadline_hint: page.t1(
            "rounds-deadline-hint",
            "zone",
            st.core.settings.time_zone.as_str().replace('_', " "),
        ),
        regions: region_choices(&page, &input.region),
        kinds: kind_choices(&page, &input.kind, true),
        groups: group_choices(&page, &input.group),
        texts: lang_texts(&page, &input),
        errors: errors.labelled(round_labels(&page)),
        page,
        rounds,
        input,
    })
}

pub async fn list(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    st.core.require_administer(&user)?;
    let mut v = rounds_view(
        &st,
        &ctx,
        RoundInput::default(),
        FormErrors::none(ctx.locale),
    )
    .await?;
    v.page = v.page.with_notice(q.notice.as_deref());
    Ok(html(&v)?.into_response())
}

/// POST /capacity/rounds: prepares a draft whose list the Secretariat
/// checks before opening it.
pub async fn prepare(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    CsrfForm(ctx, input): CsrfForm<RoundInput>,
) -> Result<Response, AppError> {
    st.core.require_administer(&user)?;
    or_rerender(
        st.core.prepare_round(&user, &input, Utc::now()).await,
        ctx.locale,
        |id| Notice::RoundPrepared.redirect(&format!("/capacity/rounds/{id}")),
        async |errors| rounds_view(&st, &ctx, input, errors).await,
    )
    .await
}

/// Counts of not started / draft / submitted for one group of organisations.
pub struct ProgressRow {
    pub label: String,
    pub not_started: usize,
    pub draft: usize,
    pub submitted: usize,
    pub total: usize,
}

fn progress<K: PartialEq + Copy>(
    entries: &[RoundEntry],
    keys: &[K],
    key: impl Fn(&RoundEntry) -> K,
    label: impl Fn(K) -> String,
) -> Vec<ProgressRow> {
    keys.iter()
        .map(|k| {
            let of: Vec<&RoundEntry> = entries.iter().filter(|e| key(e) == *k).collect();
            let count = |s: ProfileStatus| of.iter().filter(|e| e.status == s).count();
            ProgressRow {
                label: label(*k),
                not_started: count(ProfileStatus::NotStarted),
                draft: count(ProfileStatus::Draft),
                submitted: count(ProfileStatus::Submitted),
                total: of.len(),
            }
        })
        .filter(|r| r.total > 0)
        .collect()
}

pub struct EntryRow {
    pub id: String,
    pub name: String,
    pub href: String,
    pub region: String,
    pub kind: String,
    pub status: String,
    pub updated: String,
    /// Nobody can fill in its profile or is mailed about it.
    pub nobody: bool,
    /// Where the Secretariat invites someone who can.
    pub invite_href: String,
}

fn entry_row(page: &PageCtx, e: &RoundEntry) -> EntryRow {
    EntryRow {
        id: e.org.id.to_string(),
        name: e.org.name.clone(),
        href: format!("/orgs/{}", e.org.slug),
        region: page.t(&e.org.region.label_key()),
        kind: page.t(&e.org.kind.label_key()),
        status: page.t(e.status.label_key()),
        updated: e.updated_at.map(|t| page.date(&t)).unwrap_or_default(),
        nobody: e.fillers == 0,
        invite_href: format!("/orgs/{}/invite", e.org.slug),
    }
}

/// Organisations whose profile nobody can fill, at most a page of them.
fn nobody_rows(page: &PageCtx, entries: &[RoundEntry]) -> (Vec<EntryRow>, u64) {
    let all: Vec<&RoundEntry> = entries.iter().filter(|e| e.fillers == 0).collect();
    (
        all.iter()
            .take(PER_PAGE)
            .map(|e| entry_row(page, e))
            .collect(),
        all.len() as u64,
    )
}

#[derive(Template)]
#[template(path = "capacity/round.html")]
pub struct RoundView {
    page: PageCtx,
    id: String,
    title: String,
    state: String,
    deadline: String,
    is_open: bool,
    tables: Vec<(String, Vec<ProgressRow>)>,
    overdue: Vec<EntryRow>,
    /// Overdue organisations beyond those listed (all are in the CSV).
    overdue_more: usize,
    /// Organisations that have not submitted (said before closing).
    not_submitted: u64,
    /// The form that opens a closed round again.
    reopen: ReopenForm,
    /// Organisations nobody can answer for, and how many in all.
    nobody: Vec<EntryRow>,
    nobody_count: u64,
    entries: Vec<EntryRow>,
    pages: usize,
    position: String,
    prev_href: Option<String>,
    next_href: Option<String>,
}

/// Organisations listed per page (a round may ask thousands).
const PER_PAGE: usize = 100;

/// What a round's page shows: the round, its organisations' profiles and
/// the organisations themselves (at 10,000 organisations its first render
/// takes a second, so an unrelated write must not throw it away).
const ROUND_DEPS: &[Entity] = &[Entity::Round, Entity::Profile, Entity::Org];

#[derive(Deserialize, Default)]
pub struct RoundQuery {
    notice: Option<String>,
    format: Option<String>,
    page: Option<String>,
    /// A draft's search for organisations to add.
    q: Option<String>,
}

pub async fn show(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<String>,
    Query(q): Query<RoundQuery>,
) -> Result<Response, AppError> {
    let id: RoundId = id.parse().map_err(|_| AppError::NotFound)?;
    if q.format.as_deref() == Some("csv") {
        let (round, entries) = st.core.round_progress(&user, id).await?;
        let page = PageCtx::new(&st, &ctx, "round-title");
        return csv(&page, &round, &entries);
    }
    // Read once: at 10,000 organisations the entries are most of the page's cost.
    let progress = st.core.round_progress(&user, id).await?;
    if progress.0.draft {
        let forms = DraftForms::none(ctx.locale);
        let view = draft_view(&st, &ctx, &user, id, progress, &q, forms).await?;
        return Ok(html(&view)?.into_response());
    }
    let view = round_view(&st, &ctx, id, progress, &q, ReopenForm::none(ctx.locale))?;
    Ok(keep(html(&view)?, ROUND_DEPS))
}

/// The reopen form as typed, with its errors.
pub struct ReopenForm {
    pub deadline: String,
    pub errors: FormErrors,
}

impl ReopenForm {
    fn none(l: minga_domain::Locale) -> ReopenForm {
        ReopenForm {
            deadline: String::new(),
            errors: FormErrors::none(l),
        }
    }
}

/// A round's progress page from its entries (`Core::round_progress`).
fn round_view(
    st: &AppState,
    ctx: &crate::Ctx,
    id: RoundId,
    (round, entries): (MappingRound, Vec<RoundEntry>),
    q: &RoundQuery,
    reopen: ReopenForm,
) -> Result<RoundView, AppError> {
    let page = PageCtx::new(st, ctx, "round-title").with_notice(q.notice.as_deref());
    let row = |e: &RoundEntry| entry_row(&page, e);
    let (nobody, nobody_count) = nobody_rows(&page, &entries);
    let overdue_now = round.overdue(Utc::now());
    let overdue: Vec<&RoundEntry> = entries
        .iter()
        .filter(|e| overdue_now && e.status != ProfileStatus::Submitted)
        .collect();
    let pages = entries.len().div_ceil(PER_PAGE).max(1);
    // Page numbers out of range are clamped rather than refused.
    let number = q
        .page
        .as_deref()
        .and_then(|p| p.parse::<usize>().ok())
        .unwrap_or(1)
        .clamp(1, pages);
    let href = |n: usize| format!("/capacity/rounds/{id}?page={n}");
    let view = RoundView {
        id: id.to_string(),
        title: round.title_in(page.locale).to_string(),
        state: state_label(&page, &round),
        deadline: page.t1(
            "rounds-deadline",
            "date",
            st.core.deadline_text(page.locale, round.deadline),
        ),
        is_open: round.is_open(),
        tables: vec![
            (
                page.t("round-by-region"),
                progress(
                    &entries,
                    &Region::ALL,
                    |e| e.org.region,
                    |r| page.t(&r.label_key()),
                ),
            ),
            (
                page.t("round-by-kind"),
                progress(
                    &entries,
                    &OrgKind::ALL,
                    |e| e.org.kind,
                    |k| page.t(&k.label_key()),
                ),
            ),
        ],
        overdue: overdue.iter().take(PER_PAGE).map(|e| row(e)).collect(),
        overdue_more: overdue.len().saturating_sub(PER_PAGE),
        entries: entries
            .iter()
            .skip((number - 1) * PER_PAGE)
            .take(PER_PAGE)
            .map(row)
            .collect(),
        pages,
        position: minga_i18n::I18n::global().ta(
            page.locale,
            "pager-position",
            &[
                ("page", minga_i18n::s(page.number(&(number as u64)))),
                ("pages", minga_i18n::s(page.number(&(pages as u64)))),
            ],
        ),
        prev_href: (number > 1).then(|| href(number - 1)),
        next_href: (number < pages).then(|| href(number + 1)),
        not_submitted: entries
            .iter()
            .filter(|e| e.status != ProfileStatus::Submitted)
            .count() as u64,
        reopen,
        nobody,
        nobody_count,
        page,
    };
    Ok(view)
}

/// The round as CSV (RFC 4180, written by the `csv` crate), in the reader's
/// language. The body starts with a UTF-8 byte-order mark so that spreadsheets
/// read accents and Arabic, and every cell that a spreadsheet would take for a
/// formula is neutralised (see [`neutralise`]).
use crate::csv_file::{neutralise, BOM};

fn csv(page: &PageCtx, round: &MappingRound, entries: &[RoundEntry]) -> Result<Response, AppError> {
    let header = [
        page.t("field-org-name"),
        page.t("field-country"),
        page.t("field-region"),
        page.t("field-group"),
        page.t("field-kind"),
        "status".into(),
        page.t("round-updated"),
    ];
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::from(BOM.as_bytes()));
    let write_err = AppError::with("writing the round as CSV");
    out.write_record(header.iter().map(|h| neutralise(h).into_owned()))
        .map_err(write_err)?;
    for e in entries {
        let cols = [
            e.org.name.clone(),
            e.org.country.code().to_string(),
            e.org.region.code().to_string(),
            e.org.group.code().to_string(),
            e.org.kind.code().to_string(),
            e.status.code().to_string(),
            e.updated_at.map(|t| t.to_rfc3339()).unwrap_or_default(),
        ];
        out.write_record(cols.iter().map(|c| neutralise(c).into_owned()))
            .map_err(write_err)?;
    }
    let out = out
        .into_inner()
        .map_err(|e| AppError::other("writing the round as CSV", e.into_error()))?;
    let mut res = out.into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    let name: String = round
        .title
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"round-{name}.csv\"")) {
        res.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(res)
}

#[derive(Deserialize)]
pub struct Empty {}

pub async fn close(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<String>,
    CsrfForm(_, _): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    let id: RoundId = id.parse().map_err(|_| AppError::NotFound)?;
    st.core.close_round(&user, id, Utc::now()).await?;
    Ok(Notice::RoundClosed
        .redirect(&format!("/capacity/rounds/{id}"))
        .into_response())
}

#[derive(Deserialize)]
pub struct ReopenInput {
    #[serde(default)]
    deadline: String,
}

/// POST /capacity/rounds/{id}/reopen: a closed round opens again until a
/// new deadline; a wrong date gives the round page back with the error.
pub async fn reopen(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<String>,
    CsrfForm(_, f): CsrfForm<ReopenInput>,
) -> Result<Response, AppError> {
    let id: RoundId = id.parse().map_err(|_| AppError::NotFound)?;
    let result = st
        .core
        .reopen_round(&user, id, &f.deadline, Utc::now())
        .await;
    or_rerender(
        result,
        ctx.locale,
        |_| Notice::RoundReopened.redirect(&format!("/capacity/rounds/{id}")),
        async |errors| {
            let form = ReopenForm {
                deadline: f.deadline.clone(),
                errors,
            };
            let progress = st.core.round_progress(&user, id).await?;
            round_view(&st, &ctx, id, progress, &RoundQuery::default(), form)
        },
    )
    .await
}

/// The forms of a draft's page as typed, with their errors.
pub struct DraftForms {
    pub edit: RoundInput,
    pub edit_errors: FormErrors,
    pub add: RoundInput,
    pub add_errors: FormErrors,
    pub open_errors: FormErrors,
}

impl DraftForms {
    fn none(l: minga_domain::Locale) -> DraftForms {
        DraftForms {
            edit: RoundInput::default(),
            edit_errors: FormErrors::none(l),
            add: RoundInput::default(),
            add_errors: FormErrors::none(l),
            open_errors: FormErrors::none(l),
        }
    }
}

/// A round being prepared: its list of organisations, who would be mailed,
/// which organisations nobody can answer for, and the forms that change it.
#[derive(Template)]
#[template(path = "capacity/round_draft.html")]
pub struct DraftView {
    page: PageCtx,
    id: String,
    title: String,
    deadline: String,
    deadline_hint: String,
    /// "42 organisations; 57 people will be emailed."
    scope_line: String,
    open_label: String,
    nobody: Vec<EntryRow>,
    nobody_count: u64,
    entries: Vec<EntryRow>,
    pages: usize,
    position: String,
    prev_href: Option<String>,
    next_href: Option<String>,
    /// The search for organisations to add, and what it found.
    q: String,
    candidates: Vec<(String, String, String)>,
    searched: bool,
    forms: DraftForms,
    texts: Vec<LangTexts>,
    regions: Vec<Choice>,
    kinds: Vec<Choice>,
    groups: Vec<Choice>,
}

/// A draft's page from its entries (`Core::round_progress`).
async fn draft_view(
    st: &AppState,
    ctx: &crate::Ctx,
    user: &minga_domain::User,
    id: RoundId,
    (round, entries): (MappingRound, Vec<RoundEntry>),
    q: &RoundQuery,
    mut forms: DraftForms,
) -> Result<DraftView, AppError> {
    let page = PageCtx::new(st, ctx, "round-draft-title").with_notice(q.notice.as_deref());
    let search = q.q.clone().unwrap_or_default();
    let candidates = st
        .core
        .round_candidates(user, id, &search)
        .await?
        .into_iter()
        .map(|o| {
            let place = format!(
                "{} · {}",
                o.country.name(page.locale),
                page.t(&o.kind.label_key())
            );
            (o.id.to_string(), o.name, place)
        })
        .collect();
    let (nobody, nobody_count) = nobody_rows(&page, &entries);
    let people: u64 = entries.iter().map(|e| u64::from(e.fillers)).sum();
    let pages = entries.len().div_ceil(PER_PAGE).max(1);
    let number = q
        .page
        .as_deref()
        .and_then(|p| p.parse::<usize>().ok())
        .unwrap_or(1)
        .clamp(1, pages);
    let href = |n: usize| format!("/capacity/rounds/{id}?page={n}");
    if forms.edit_errors.summary().is_none() {
        forms.edit = RoundInput::of(
            &round,
            st.core
                .deadline_day(round.deadline)
                .format("%Y-%m-%d")
                .to_string(),
        );
    }
    forms.edit_errors = std::mem::replace(&mut forms.edit_errors, FormErrors::none(page.locale))
        .labelled(round_labels(&page));
    forms.add_errors = std::mem::replace(&mut forms.add_errors, FormErrors::none(page.locale))
        .labelled(round_labels(&page));
    Ok(DraftView {
        id: id.to_string(),
        title: round.title_in(page.locale).to_string(),
        deadline: page.t1(
            "rounds-deadline",
            "date",
            st.core.deadline_text(page.locale, round.deadline),
        ),
        deadline_hint: page.t1(
            "rounds-deadline-hint",
            "zone",
            st.core.settings.time_zone.as_str().replace('_', " "),
        ),
        scope_line: format!(
            "{} {}",
            page.count("round-draft-orgs", &(entries.len() as u64)),
            page.count("round-draft-people", &people)
        ),
        open_label: page.count("round-open-submit", &people),
        nobody,
        nobody_count,
        entries: entries
            .iter()
            .skip((number - 1) * PER_PAGE)
            .take(PER_PAGE)
            .map(|e| entry_row(&page, e))
            .collect(),
        pages,
        position: minga_i18n::I18n::global().ta(
            page.locale,
            "pager-position",
            &[
                ("page", minga_i18n::s(page.number(&(number as u64)))),
                ("pages", minga_i18n::s(page.number(&(pages as u64)))),
            ],
        ),
        prev_href: (number > 1).then(|| href(number - 1)),
        next_href: (number < pages).then(|| href(number + 1)),
        searched: !search.trim().is_empty(),
        q: search,
        candidates,
        texts: lang_texts(&page, &forms.edit),
        regions: region_choices(&page, &forms.add.region),
        kinds: kind_choices(&page, &forms.add.kind, true),
        groups: group_choices(&page, &forms.add.group),
        forms,
        page,
    })
}

/// Re-renders a draft's page with one form's errors, or redirects.
async fn draft_rerender<T>(
    st: &AppState,
    ctx: &crate::Ctx,
    user: &minga_domain::User,
    id: RoundId,
    result: Result<T, minga_core::CoreError>,
    notice: Notice,
    forms: impl FnOnce(FormErrors) -> DraftForms,
) -> Result<Response, AppError> {
    or_rerender(
        result,
        ctx.locale,
        |_| notice.redirect(&format!("/capacity/rounds/{id}")),
        async |errors| {
            let progress = st.core.round_progress(user, id).await?;
            draft_view(
                st,
                ctx,
                user,
                id,
                progress,
                &RoundQuery::default(),
                forms(errors),
            )
            .await
        },
    )
    .await
}

fn round_id(raw: &str) -> Result<RoundId, AppError> {
    raw.parse().map_err(|_| AppError::NotFound)
}

/// POST /capacity/rounds/{id}/edit: a draft's titles, messages, deadline.
pub async fn edit(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<String>,
    CsrfForm(ctx, input): CsrfForm<RoundInput>,
) -> Result<Response, AppError> {
    let id = round_id(&id)?;
    let result = st.core.edit_round(&user, id, &input, Utc::now()).await;
    draft_rerender(&st, &ctx, &user, id, result, Notice::Saved, |errors| {
        DraftForms {
            edit: input,
            edit_errors: errors,
            ..DraftForms::none(ctx.locale)
        }
    })
    .await
}

/// POST /capacity/rounds/{id}/add-matching: every organisation a filter names.
pub async fn add_matching(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<String>,
    CsrfForm(ctx, input): CsrfForm<RoundInput>,
) -> Result<Response, AppError> {
    let id = round_id(&id)?;
    let result = st.core.add_round_orgs_matching(&user, id, &input).await;
    draft_rerender(&st, &ctx, &user, id, result, Notice::Saved, |errors| {
        DraftForms {
            add: input,
            add_errors: errors,
            ..DraftForms::none(ctx.locale)
        }
    })
    .await
}

#[derive(Deserialize)]
pub struct OrgInput {
    #[serde(default)]
    org: String,
}

/// POST /capacity/rounds/{id}/add: one organisation found by the search.
pub async fn add(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<String>,
    CsrfForm(_, f): CsrfForm<OrgInput>,
) -> Result<Response, AppError> {
    let id = round_id(&id)?;
    let org = f.org.parse().map_err(|_| AppError::NotFound)?;
    st.core.add_round_org(&user, id, org).await?;
    Ok(Notice::Saved
        .redirect(&format!("/capacity/rounds/{id}"))
        .into_response())
}

/// POST /capacity/rounds/{id}/remove: takes one organisation out of a draft.
pub async fn remove(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<String>,
    CsrfForm(_, f): CsrfForm<OrgInput>,
) -> Result<Response, AppError> {
    let id = round_id(&id)?;
    let org = f.org.parse().map_err(|_| AppError::NotFound)?;
    st.core.remove_round_org(&user, id, org).await?;
    Ok(Notice::Saved
        .redirect(&format!("/capacity/rounds/{id}"))
        .into_response())
}

/// POST /capacity/rounds/{id}/open: opens a draft and mails its people.
pub async fn open(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<String>,
    CsrfForm(ctx, _): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    let id = round_id(&id)?;
    let result = st.core.open_round(&user, id, Utc::now()).await;
    draft_rerender(
        &st,
        &ctx,
        &user,
        id,
        result,
        Notice::RoundOpened,
        |errors| DraftForms {
            open_errors: errors,
            ..DraftForms::none(ctx.locale)
        },
    )
    .await
}

/// POST /capacity/rounds/{id}/delete: a draft is deleted.
pub async fn delete(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<String>,
    CsrfForm(_, _): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    let id = round_id(&id)?;
    st.core.delete_round(&user, id).await?;
    Ok(Notice::RoundDeleted
        .redirect("/capacity/rounds")
        .into_response())
}
