//! /communities/{slug}/members: a community's members for those who may
//! see them; for its moderators also the people asking to join (accept or
//! decline), those invited, an invitation form and taking people out; for
//! the Secretariat, appointing moderators.

use super::show::MemberChip;
use crate::ctx::SignedIn;
use crate::forms::{or_rerender, CsrfForm, NoFields};
use crate::view::{html, FormErrors, Notice, PageCtx};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use minga_domain::community::{CommunityAction, CommunityMember, Standing};
use minga_domain::{User, UserId};
use serde::Deserialize;

pub struct PersonRow {
    pub id: String,
    pub chip: MemberChip,
    pub since: String,
    /// What a person asking to join wrote.
    pub note: String,
    pub may_remove: bool,
}

#[derive(Template)]
#[template(path = "communities/people.html")]
pub struct PeopleView {
    page: PageCtx,
    errors: FormErrors,
    slug: String,
    title: String,
    heading: String,
    members: Vec<PersonRow>,
    requests: Vec<PersonRow>,
    invited: Vec<PersonRow>,
    moderate: bool,
    appoint: bool,
    email: String,
    pages: u32,
    position: String,
    prev_href: Option<String>,
    next_href: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PageQuery {
    page: Option<String>,
    notice: Option<String>,
}

async fn view(
    st: &AppState,
    ctx: &crate::Ctx,
    user: &User,
    slug: &str,
    number: u32,
    errors: FormErrors,
    email: String,
) -> Result<PeopleView, AppError> {
    let p = st.core.community_people(user, slug, number).await?;
    let page = PageCtx::new(st, ctx, "community-members-title");
    let moderate = p.access.may(CommunityAction::Moderate);
    let appoint = p.access.may(CommunityAction::Appoint);
    let row = |m: &CommunityMember| PersonRow {
        id: m.user.to_string(),
        chip: MemberChip::new(m),
        since: page.date(&m.since),
        note: m.note.clone(),
        // A moderator is taken out by the Secretariat only; nobody takes themselves out here.
        may_remove: moderate && m.user != user.id && (m.standing != Standing::Moderator || appoint),
    };
    let pages = p.members.pages();
    let l = page.locale;
    let link = |n: u32| format!("/communities/{slug}/members?page={n}");
    Ok(PeopleView {
        errors,
        slug: p.access.community.slug.to_string(),
        title: p.access.community.title.clone(),
        heading: page.count("community-members-count", &p.members.total),
        members: p.members.items.iter().map(row).collect(),
        requests: p.requests.iter().map(row).collect(),
        invited: p.invited.iter().map(row).collect(),
        moderate,
        appoint,
        email,
        position: minga_i18n::I18n::global().ta(
            l,
            "pager-position",
            &[
                ("page", minga_i18n::s(page.number(&(p.members.page as u64)))),
                ("pages", minga_i18n::s(page.number(&(pages as u64)))),
            ],
        ),
        prev_href: (p.members.page > 1).then(|| link(p.members.page - 1)),
        next_href: (p.members.page < pages).then(|| link(p.members.page + 1)),
        pages,
        page,
    })
}

pub async fn show(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(slug): Path<String>,
    Query(q): Query<PageQuery>,
) -> Result<Response, AppError> {
    let number = q
        .page
        .as_deref()
        .and_then(|p| p.parse::<u32>().ok())
        .unwrap_or(1)
        .clamp(1, 100_000);
    let mut v = view(
        &st,
        &ctx,
        &user,
        &slug,
        number,
        FormErrors::none(ctx.locale),
        String::new(),
    )
    .await?;
    v.page = v.page.with_notice(q.notice.as_deref());
    Ok(html(&v)?.into_response())
}

fn person_id(id: &str) -> Result<UserId, AppError> {
    id.parse().map_err(|_| AppError::NotFound)
}

fn back(slug: &str) -> String {
    format!("/communities/{slug}/members")
}

#[derive(Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    email: String,
}

pub async fn invite(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(slug): Path<String>,
    CsrfForm(ctx, f): CsrfForm<InviteForm>,
) -> Result<Response, AppError> {
    or_rerender(
        st.core.invite_to_community(&user, &slug, &f.email).await,
        ctx.locale,
        |_| Notice::CommunityInvited.redirect(&back(&slug)),
        async |errors| view(&st, &ctx, &user, &slug, 1, errors, f.email.clone()).await,
    )
    .await
}

#[derive(Deserialize)]
pub struct AnswerForm {
    #[serde(default)]
    accept: String,
}

pub async fn answer(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path((slug, id)): Path<(String, String)>,
    CsrfForm(ctx, f): CsrfForm<AnswerForm>,
) -> Result<Response, AppError> {
    let person = person_id(&id)?;
    or_rerender(
        st.core
            .answer_join_request(&user, &slug, person, f.accept == "1")
            .await,
        ctx.locale,
        |()| Notice::CommunityAnswered.redirect(&back(&slug)),
        async |errors| view(&st, &ctx, &user, &slug, 1, errors, String::new()).await,
    )
    .await
}

pub async fn remove(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path((slug, id)): Path<(String, String)>,
    CsrfForm(ctx, _): CsrfForm<NoFields>,
) -> Result<Response, AppError> {
    let person = person_id(&id)?;
    or_rerender(
        st.core.remove_from_community(&user, &slug, person).await,
        ctx.locale,
        |()| Notice::PersonRemoved.redirect(&back(&slug)),
        async |errors| view(&st, &ctx, &user, &slug, 1, errors, String::new()).await,
    )
    .await
}

#[derive(Deserialize)]
pub struct ModeratorForm {
    #[serde(default)]
    moderator: String,
}

pub async fn moderator(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path((slug, id)): Path<(String, String)>,
    CsrfForm(ctx, f): CsrfForm<ModeratorForm>,
) -> Result<Response, AppError> {
    let person = person_id(&id)?;
    or_rerender(
        st.core
            .appoint_moderator(&user, &slug, person, f.moderator == "1")
            .await,
        ctx.locale,
        |()| Notice::RoleChanged.redirect(&back(&slug)),
        async |errors| view(&st, &ctx, &user, &slug, 1, errors, String::new()).await,
    )
    .await
}
