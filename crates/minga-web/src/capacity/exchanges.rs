//! /capacity/exchanges: peer exchanges, from request to what was learnt.

use super::label;
use super::profile::FileRow;
use crate::ctx::SignedIn;
use crate::forms::{
    discard_if_refused, or_rerender, read_upload_form, CsrfForm, CsrfMultipart, Uploads,
};
use crate::kept::keep;
use crate::view::Notice;
use crate::view::{
    group_choices, html, region_choices, urlencode, Choice, FormErrors, NoticeQuery, PageCtx,
};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use minga_core::CoreError;
use minga_domain::exchange::{steps, Step};
use minga_domain::{Entity, ExchangeId};
use minga_i18n::{s, I18n};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct RequestForm {
    #[serde(default)]
    helper: String,
    #[serde(default)]
    item: String,
    #[serde(default)]
    message: String,
    /// The organisation page the request was made from (its slug), when it
    /// was not the matches page: a refused request is shown there again.
    #[serde(default)]
    from_org: String,
}

/// POST /capacity/exchanges: a request from the matches page or from the
/// helper's own page.
pub async fn request(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    CsrfForm(ctx, f): CsrfForm<RequestForm>,
) -> Result<Response, AppError> {
    let helper = f.helper.parse().map_err(|_| AppError::NotFound)?;
    let result = st
        .core
        .request_exchange(&user, helper, &f.item, &f.message)
        .await;
    let done = |id| Notice::ExchangeRequested.redirect(&format!("/capacity/exchanges/{id}"));
    // A refused request shows the page it came from again, with the message
    // kept and the error beside it.
    if f.from_org.is_empty() {
        or_rerender(result, ctx.locale, done, async |errors| {
            let kept = (f.helper.clone(), f.item.clone(), f.message.clone(), errors);
            super::matches::view(&st, &ctx, &user, Some(kept)).await
        })
        .await
    } else {
        or_rerender(result, ctx.locale, done, async |errors| {
            let failed = crate::orgs::FailedRequest {
                item: f.item.clone(),
                message: f.message.clone(),
                errors,
            };
            crate::orgs::show_view(&st, &ctx, &f.from_org, Some(failed)).await
        })
        .await
    }
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
    /// The Secretariat's view of the whole network, with its filters.
    network: Option<NetworkFilters>,
}

pub struct NetworkFilters {
    statuses: Vec<Choice>,
    regions: Vec<Choice>,
    groups: Vec<Choice>,
    items: Vec<Choice>,
    filtered: bool,
    total: u64,
    pages: u32,
    position: String,
    prev_href: Option<String>,
    next_href: Option<String>,
    no_errors: FormErrors,
}

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    status: String,
    #[serde(default)]
    region: String,
    #[serde(default)]
    group: String,
    #[serde(default)]
    item: String,
    page: Option<String>,
}

/// GET /capacity/exchanges: the exchanges of the reader's organisation; for
/// the Secretariat (never a side), every exchange in the network, filtered
/// by status, region or group (of either side) and capacity, a page at a time.
pub async fn list(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Query(q): Query<ListQuery>,
) -> Result<Response, AppError> {
    let page = PageCtx::new(&st, &ctx, "exchanges-title");
    let taxonomy = st.core.taxonomy().await?;
    if st.core.may_classify(&user) {
        return network_list(&st, page, &user, &taxonomy, q).await;
    }
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
            status: page.t(x.status.label_key()),
            updated: page.date(&x.updated_at),
        });
    }
    Ok(html(&ListView {
        page,
        rows,
        network: None,
    })?
    .into_response())
}

async fn network_list(
    st: &AppState,
    page: PageCtx,
    user: &minga_domain::User,
    taxonomy: &[minga_domain::capacity::TaxonomyItem],
    q: ListQuery,
) -> Result<Response, AppError> {
    use minga_domain::exchange::{ExchangeFilter, ExchangeStatus};
    use minga_domain::{Group, Region};
    let filter = ExchangeFilter {
        status: ExchangeStatus::parse(&q.status),
        region: Region::parse(&q.region),
        group: Group::parse(&q.group),
        item: minga_domain::capacity::ItemCode::parse(&q.item).ok(),
    };
    let filtered = filter != ExchangeFilter::default();
    // Page numbers out of range are clamped rather than refused.
    let number = q
        .page
        .as_deref()
        .and_then(|p| p.parse::<u32>().ok())
        .unwrap_or(1)
        .clamp(1, 100_000);
    let result = st.core.network_exchanges(user, &filter, number).await?;
    let link = |n: u32| {
        let mut parts = vec![];
        for (k, v) in [
            ("status", &q.status),
            ("region", &q.region),
            ("group", &q.group),
            ("item", &q.item),
        ] {
            if !v.is_empty() {
                parts.push(format!("{k}={}", urlencode(v)));
            }
        }
        parts.push(format!("page={n}"));
        format!("/capacity/exchanges?{}", parts.join("&"))
    };
    let rows = result
        .items
        .iter()
        .map(|x| ExchangeRow {
            href: format!("/capacity/exchanges/{}", x.exchange.id),
            heading: I18n::global().ta(
                page.locale,
                "exchanges-between",
                &[
                    ("seeker", s(minga_i18n::isolate(&x.seeker_name))),
                    ("helper", s(minga_i18n::isolate(&x.helper_name))),
                ],
            ),
            item: label(taxonomy, &x.exchange.item, page.locale),
            status: page.t(x.exchange.status.label_key()),
            updated: page.date(&x.exchange.updated_at),
        })
        .collect();
    let pages = result.pages();
    let network = NetworkFilters {
        statuses: Choice::list(
            ExchangeStatus::ALL
                .iter()
                .map(|x| (x.code().into(), page.t(x.label_key()))),
            &q.status,
        ),
        regions: region_choices(&page, &q.region),
        groups: group_choices(&page, &q.group),
        items: Choice::list(
            taxonomy
                .iter()
                .map(|t| (t.code.to_string(), t.label.get(page.locale).to_string())),
            &q.item,
        ),
        filtered,
        total: result.total,
        position: I18n::global().ta(
            page.locale,
            "pager-position",
            &[
                ("page", s(page.number(&(result.page as u64)))),
                ("pages", s(page.number(&(pages as u64)))),
            ],
        ),
        pages,
        prev_href: (result.page > 1).then(|| link(result.page - 1)),
        next_href: (result.page < pages).then(|| link(result.page + 1)),
        no_errors: FormErrors::none(page.locale),
    };
    Ok(html(&ListView {
        page,
        rows,
        network: Some(network),
    })?
    .into_response())
}

pub struct StepButton {
    pub code: &'static str,
    pub label: String,
}

pub struct MessageRow {
    pub id: String,
    pub author: String,
    pub org: String,
    pub time: String,
    pub iso: String,
    pub body_html: String,
}

pub struct ContactRow {
    pub name: String,
    pub email: String,
    pub org: String,
}

/// The thread's form as sent, kept when it needs fixing.
pub struct ThreadForm {
    pub body: String,
    pub errors: FormErrors,
}

impl ThreadForm {
    fn empty(l: minga_domain::Locale) -> ThreadForm {
        ThreadForm {
            body: String::new(),
            errors: FormErrors::none(l),
        }
    }
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
    /// Who asked (person and organisation), and who answered.
    asked: String,
    answered: Option<String>,
    message: String,
    reply: String,
    seeker_outcome: String,
    helper_outcome: String,
    steps: Vec<StepButton>,
    can_withdraw: bool,
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
    contacts: Vec<ContactRow>,
    thread: Vec<MessageRow>,
    may_write: bool,
    body: String,
    thread_errors: FormErrors,
}

#[allow(clippy::too_many_arguments)]
async fn detail(
    st: &AppState,
    ctx: &crate::Ctx,
    user: &minga_domain::User,
    id: ExchangeId,
    text: String,
    kept: &[minga_domain::files::FileRef],
    errors: FormErrors,
    thread_form: ThreadForm,
) -> Result<DetailView, AppError> {
    let minga_core::exchanges::ExchangePage {
        exchange: x,
        side,
        seeker,
        helper,
        resources,
        requested_by,
        answered_by,
        contacts,
        messages,
        may_write,
    } = st.core.exchange_page(user, id).await?;
    let page = PageCtx::new(st, ctx, "exchange-title");
    let taxonomy = st.core.taxonomy().await?;
    let mut available = side.map(|s| steps(x.status, s)).unwrap_or_default();
    // Withdrawing is asked for apart, behind a confirmation.
    let can_withdraw = available.contains(&Step::Withdraw);
    available.retain(|s| *s != Step::Withdraw);
    let org_name = |org: minga_domain::OrgId| {
        if org == seeker.id {
            seeker.name.clone()
        } else {
            helper.name.clone()
        }
    };
    let resources = resources
        .iter()
        .map(|(f, by)| (FileRow::new(f, &page), org_name(*by)))
        .collect();
    let someone = |key: &str, who: &minga_domain::exchange::Contact| {
        I18n::global().ta(
            page.locale,
            key,
            &[
                ("person", s(minga_i18n::isolate(&who.name))),
                ("org", s(minga_i18n::isolate(&org_name(who.org)))),
            ],
        )
    };
    let asked = match &requested_by {
        Some(who) => someone("exchange-person-of", who),
        None => seeker.name.clone(),
    };
    let answered = match (&answered_by, x.status) {
        (Some(who), _) => Some(someone("exchange-person-of", who)),
        (None, minga_domain::exchange::ExchangeStatus::Requested) => None,
        (None, minga_domain::exchange::ExchangeStatus::Withdrawn) => None,
        (None, _) => Some(helper.name.clone()),
    };
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
        status: page.t(x.status.label_key()),
        asked,
        answered,
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
        can_withdraw,
        text_label,
        text,
        can_attach: can_record_outcome || available.contains(&Step::Complete),
        can_record_outcome,
        secretariat_view: side.is_none(),
        resources,
        kept: kept.iter().map(|f| FileRow::new(f, &page)).collect(),
        upload_hint: page.upload_hint(st.core.settings.max_upload_bytes),
        contacts: contacts
            .iter()
            .map(|c| ContactRow {
                name: c.name.clone(),
                email: c.email.clone(),
                org: org_name(c.org),
            })
            .collect(),
        thread: messages
            .iter()
            .map(|m| MessageRow {
                id: m.id.to_string(),
                author: m.author_name.clone(),
                org: m.org_name.clone(),
                time: page.datetime(&m.created_at),
                iso: m
                    .created_at
                    .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                body_html: m.body_html.clone(),
            })
            .collect(),
        may_write,
        body: thread_form.body,
        thread_errors: thread_form.errors,
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
        ThreadForm::empty(ctx.locale),
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
            detail(
                &st,
                &ctx,
                &user,
                id,
                text,
                &kept,
                errors,
                ThreadForm::empty(ctx.locale),
            )
            .await
        },
    )
    .await
}

#[derive(Deserialize)]
pub struct MessageForm {
    #[serde(default)]
    body: String,
}

/// POST /capacity/exchanges/{id}/messages: a message in the thread.
pub async fn message(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<String>,
    CsrfForm(ctx, f): CsrfForm<MessageForm>,
) -> Result<Response, AppError> {
    let id: ExchangeId = id.parse().map_err(|_| AppError::NotFound)?;
    or_rerender(
        st.core.post_exchange_message(&user, id, &f.body).await,
        ctx.locale,
        |m| {
            axum::response::Redirect::to(&format!(
                "/capacity/exchanges/{id}?notice={}#m-{m}",
                Notice::MessageSent.key()
            ))
        },
        async |errors| {
            detail(
                &st,
                &ctx,
                &user,
                id,
                String::new(),
                &[],
                FormErrors::none(ctx.locale),
                ThreadForm {
                    body: f.body.clone(),
                    errors,
                },
            )
            .await
        },
    )
    .await
}
