//! `/kel`: the strategy's objectives, each with its initiatives (their
//! lead, state and progress), and the Secretariat's ways to add to them.

use crate::ctx::SignedIn;
use crate::view::{html, NoticeQuery, PageCtx};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use minga_core::kel::StoredInitiative;
use minga_domain::consultation::{ConsultationState, ResponseState};

pub struct Card {
    href: String,
    title: String,
    lang: &'static str,
    lead: String,
    state: String,
    dates: String,
    done: i64,
    total: i64,
    progress: String,
    contributors: String,
}

pub struct ObjectiveRow {
    title: String,
    lang: &'static str,
    body: String,
    edit: String,
    cards: Vec<Card>,
}

pub struct ConsultationRow {
    href: String,
    title: String,
    lang: &'static str,
    /// Open, closed or draft, in words.
    state: String,
    deadline: String,
    /// The reader's organisation's response, in words, when it is asked.
    ours: Option<String>,
    /// Whether it waits for the reader's organisation.
    waiting: bool,
    synthesis: bool,
}

#[derive(Template)]
#[template(path = "kel/home.html")]
pub struct HomeView {
    page: PageCtx,
    objectives: Vec<ObjectiveRow>,
    consultations: Vec<ConsultationRow>,
    may_administer: bool,
}

/// "from – to" of an initiative, as far as it has dates.
pub fn dates(page: &PageCtx, i: &StoredInitiative) -> String {
    let d = |x: chrono::NaiveDate| page.day(x);
    match (i.fields.starts_on, i.fields.ends_on) {
        (Some(s), Some(e)) => format!("{} – {}", d(s), d(e)),
        (Some(s), None) => page.t1("kel-from", "date", d(s)),
        (None, Some(e)) => page.t1("kel-until", "date", d(e)),
        (None, None) => String::new(),
    }
}

/// "2 of 5 milestones done".
pub fn progress(page: &PageCtx, done: i64, total: i64) -> String {
    minga_i18n::I18n::global().ta(
        page.locale,
        "kel-progress",
        &[
            ("done", minga_i18n::Value::from(done)),
            ("total", minga_i18n::Value::from(total)),
        ],
    )
}

pub async fn show(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let kel = st.core.kel_page(&user).await?;
    let page = PageCtx::new(&st, &ctx, "kel-title").with_notice(q.notice.as_deref());
    let objectives = kel
        .objectives
        .iter()
        .map(|o| ObjectiveRow {
            title: o.title.clone(),
            lang: o.lang.html_lang(),
            body: o.body.clone(),
            edit: format!("/kel/objectives/{}/edit", o.id),
            cards: o
                .initiatives
                .iter()
                .map(|i| Card {
                    href: format!("/kel/initiatives/{}", i.id),
                    title: i.fields.title.clone(),
                    lang: i.fields.lang.html_lang(),
                    lead: i.lead_name.clone(),
                    state: page.t(&i.fields.state.label_key()),
                    dates: dates(&page, i),
                    done: i.milestones_done,
                    total: i.milestones,
                    progress: progress(&page, i.milestones_done, i.milestones),
                    contributors: page.count("kel-contributors-count", &(i.contributors as u64)),
                })
                .collect(),
        })
        .collect();
    let consultations = st
        .core
        .consultation_cards(&user)
        .await?
        .into_iter()
        .map(|c| {
            let state = if c.state == ConsultationState::Draft {
                "consultation-draft"
            } else if c.closed {
                "consultation-closed"
            } else {
                "consultation-open"
            };
            let ours = c.ours.map(|r| match r {
                None => "consultation-ours-none",
                Some(ResponseState::Draft) => "consultation-ours-draft",
                Some(ResponseState::Submitted) => "consultation-ours-submitted",
            });
            ConsultationRow {
                href: format!("/kel/consultations/{}", c.id),
                title: c.title,
                lang: c.lang.html_lang(),
                state: page.t(state),
                deadline: page.t1(
                    "consultation-deadline",
                    "date",
                    st.core.deadline_text(page.locale, c.deadline),
                ),
                waiting: c.state == ConsultationState::Open
                    && !c.closed
                    && c.ours.is_some_and(|r| r != Some(ResponseState::Submitted)),
                ours: ours.map(|k| page.t(k)),
                synthesis: c.synthesis,
            }
        })
        .collect();
    let v = HomeView {
        objectives,
        consultations,
        may_administer: kel.may_administer,
        page,
    };
    Ok(html(&v)?.into_response())
}
