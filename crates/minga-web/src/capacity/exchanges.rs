//! /capacity/exchanges: peer exchanges, from request to what was learnt.

use super::label;
use super::profile::FileRow;
use crate::ctx::SignedIn;
use crate::forms::{
    discard_if_refused, or_rerender, read_upload_form, CsrfForm, CsrfMultipart, Uploads,
};
use crate::kept::keep;
use crate::view::Notice;
use crate::view::{html, FormErrors, NoticeQuery, PageCtx};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use minga_core::CoreError;
use minga_domain::exchange::{steps, Step};
use minga_domain::{Entity, ExchangeId};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct RequestForm {
    #[serde(default)]
    helper: String,
    #[serde(default)]
    item: String,
    #[serde(default)]
    message: String,
}

/// POST /capacity/exchanges: a request from the matches page.
pub async fn request(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    CsrfForm(ctx, f): CsrfForm<RequestForm>,
) -> Result<Response, AppError> {
    let helper = f.helper.parse().map_err(|_| AppError::NotFound)?;
    or_rerender(
        st.core
            .request_exchange(&user, helper, &f.item, &f.message)
            .await,
        ctx.locale,
        |id| Notice::ExchangeRequested.redirect(&format!("/capacity/exchanges/{id}")),
        // Show the matches again with the message kept and the error beside it.
        async |errors| {
            let kept = (f.helper.clone(), f.item.clone(), f.message.clone(), errors);
            super::matches::view(&st, &ctx, &user, Some(kept)).await
        },
    )
    .await
}

pub struct ExchangeRow {
    pub href: String,
    pub heading: String,
    pub item: String,
    pub status: String,
    pub updated: String,
}

#[derive(Template)]
#[template(path = "capacity/exchanges.html")]
pub struct ListView {
    page: PageCtx,
    rows: Vec<ExchangeRow>,
}

pub async fn list(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
) -> Result<Response, AppError> {
    let page = PageCtx::new(&st, &ctx, "exchanges-title");
    let taxonomy = st.core.taxonomy().await?;
    let mut rows = Vec::new();
    for (x, other) in st.core.exchanges_of(&user).await? {
        let key = if x.seeker == user.org_id {
            "exchanges-asked"
        } else {
            "exchanges-asked-by"
        };
        rows.push(ExchangeRow {
            href: format!("/capacity/exchanges/{}", x.id),
            heading: page.t1(key, "org", minga_i18n::isolate(&other.name)),
            item: label(&taxonomy, &x.item, page.locale),
            status: page.t(&x.status.label_key()),
            updated: page.date(&x.updated_at),
        });
    }
    Ok(html(&ListView { page, rows })?.into_response())
}

pub struct StepButton {
    pub code: &'static str,
    pub label: String,
}

#[derive(Template)]
#[template(path = "capacity/exchange.html")]
pub struct DetailView {
    page: PageCtx,
    errors: FormErrors,
    id: String,
    seeker_name: String,
    seeker_href: String,
    helper_name: String,
    helper_href: String,
    about: String,
    status: String,
    message: String,
    reply: String,
    seeker_outcome: String,
    helper_outcome: String,
    steps: Vec<StepButton>,
    text_label: String,
    text: String,
    can_record_outcome: bool,
    secretariat_view: bool,
    /// What the exchange produced, with who added each.
    resources: Vec<(FileRow, String)>,
    /// Files uploaded with a form that needs fixing, kept for the next try.
    kept: Vec<FileRow>,
    can_attach: bool,
    upload_hint: String,
}

async fn detail(
    st: &AppState,
    ctx: &crate::Ctx,
    user: &minga_domain::User,
    id: ExchangeId,
    text: String,
    kept: &[minga_domain::files::FileRef],
    errors: FormErrors,
) -> Result<DetailView, AppError> {
    let minga_core::exchanges::ExchangePage {
        exchange: x,
        side,
        seeker,
        helper,
        resources,
    } = st.core.exchange_page(user, id).await?;
    let page = PageCtx::new(st, ctx, "exchange-title");
    let taxonomy = st.core.taxonomy().await?;
    let available = side.map(|s| steps(x.status, s)).unwrap_or_default();
    let resources = resources
        .iter()
        .map(|(f, by)| {
            let name = if *by == seeker.id {
                seeker.name.clone()
            } else {
                helper.name.clone()
            };
            (FileRow::new(f, &page), name)
        })
        .collect();
    let can_record_outcome =
        side.is_some() && x.status == minga_domain::exchange::ExchangeStatus::Completed;
    let text_label = if available.contains(&Step::Complete) {
        page.t("exchange-text-outcome")
    } else {
        page.t("exchange-text-reply")
    };
    Ok(DetailView {
        id: id.to_string(),
        seeker_name: seeker.name.clone(),
        seeker_href: format!("/orgs/{}", seeker.slug),
        helper_name: helper.name.clone(),
        helper_href: format!("/orgs/{}", helper.slug),
        about: page.t1(
            "exchange-about",
            "item",
            label(&taxonomy, &x.item, page.locale),
        ),
        status: page.t(&x.status.label_key()),
        message: x.message.clone(),
        reply: x.reply.clone(),
        seeker_outcome: x.seeker_outcome.clone(),
        helper_outcome: x.helper_outcome.clone(),
        steps: available
            .iter()
            .map(|s| StepButton {
                code: s.code(),
                label: page.t(s.label_key()),
            })
            .collect(),
        text_label,
        text,
        can_attach: can_record_outcome || available.contains(&Step::Complete),
        can_record_outcome,
        secretariat_view: side.is_none(),
        resources,
        kept: kept.iter().map(|f| FileRow::new(f, &page)).collect(),
        upload_hint: page.upload_hint(st.core.settings.max_upload_bytes),
        errors,
        page,
    })
}

pub async fn show(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<String>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let id: ExchangeId = id.parse().map_err(|_| AppError::NotFound)?;
    let mut v = detail(
        &st,
        &ctx,
        &user,
        id,
        String::new(),
        &[],
        FormErrors::none(ctx.locale),
    )
    .await?;
    v.page = v.page.with_notice(q.notice.as_deref());
    Ok(keep(html(&v)?, &Entity::CONTENT))
}

/// POST /capacity/exchanges/{id}: a step (accept, decline, start,
/// complete) or an outcome, with files the exchange produced.
pub async fn step(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<String>,
    mp: CsrfMultipart,
) -> Result<Response, AppError> {
    let id: ExchangeId = id.parse().map_err(|_| AppError::NotFound)?;
    // Only the two sides may post here, and files only once the exchange is
    // under way: both are known before any upload is stored.
    let (x, side) = st.core.exchange_for(&user, id).await?;
    if side.is_none() {
        return Err(AppError::Forbidden);
    }
    let uploads = Uploads::allowed_if(minga_core::exchanges::may_upload_with_step(&user, &x));
    let (ctx, form) = read_upload_form(&st.core, &user, uploads, mp).await?;
    let field = |name: &str| {
        form.pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let (step_code, text) = (field("step"), field("text"));
    let mut files: Vec<minga_domain::FileId> = form
        .pairs
        .iter()
        .filter(|(k, _)| k == "file")
        .filter_map(|(_, v)| v.parse().ok())
        .collect();
    let uploaded = form.uploaded_ids();
    files.extend(&uploaded);
    let result = if !form.errors.is_empty() {
        Err(CoreError::Invalid(form.errors))
    } else if step_code == "outcome" {
        st.core.record_outcome(&user, id, &text).await
    } else if let Some(step) = Step::parse(&step_code) {
        st.core
            .exchange_step(&user, id, step, &text)
            .await
            .map(|_| ())
    } else {
        st.core.discard_uploads(&user, &uploaded).await?;
        return Err(AppError::BadRequest);
    };
    let result = match result {
        Ok(()) if !files.is_empty() => st.core.add_exchange_resources(&user, id, &files).await,
        other => other,
    };
    discard_if_refused(&st.core, &user, &uploaded, &result).await?;
    or_rerender(
        result,
        ctx.locale,
        |()| Notice::ExchangeUpdated.redirect(&format!("/capacity/exchanges/{id}")),
        async |errors| {
            let kept = st.core.own_files(&user, &files).await?;
            detail(&st, &ctx, &user, id, text, &kept, errors).await
        },
    )
    .await
}
