//! /orgs/{slug}/people: an organisation's admins (and the Secretariat) see
//! its people and waiting invitations, change roles, take people out, and
//! send invitations again or revoke them. Every rule is in core; a refused
//! change comes back as the page with the message beside that person.

use crate::ctx::SignedIn;
use crate::forms::{or_rerender, CsrfForm, NoFields};
use crate::pictures::{Face, Size};
use crate::view::{html, Choice, FormErrors, Notice, NoticeQuery, PageCtx};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use minga_domain::{InvitationId, User, UserId};
use serde::Deserialize;

pub struct PersonRow {
    pub id: String,
    pub name: String,
    pub email: String,
    pub role: String,
    pub face: Face,
    /// The roles they could be given (empty when there is no other choice).
    pub roles: Vec<Choice>,
    pub role_field: String,
    pub remove_field: String,
    /// "Role of …" and the removal's warning, the name isolated.
    pub role_label: String,
    pub remove_warning: String,
}

pub struct InvitationRow {
    pub id: String,
    pub email: String,
    pub role: String,
    pub expires: String,
}

#[derive(Template)]
#[template(path = "orgs/people.html")]
pub struct PeopleView {
    page: PageCtx,
    errors: FormErrors,
    slug: String,
    org_name: String,
    people: Vec<PersonRow>,
    invitations: Vec<InvitationRow>,
    people_count: u64,
}

async fn view(
    st: &AppState,
    ctx: &crate::Ctx,
    user: &User,
    slug: &str,
    errors: FormErrors,
) -> Result<PeopleView, AppError> {
    let p = st.core.people(user, slug).await?;
    let page = PageCtx::new(st, ctx, "people-title");
    let people = p
        .people
        .iter()
        .map(|u| {
            let id = u.id.to_string();
            let roles = if p.roles.len() > 1 {
                Choice::list(
                    p.roles
                        .iter()
                        .map(|r| (r.code().to_string(), page.t(&r.label_key()))),
                    u.role.code(),
                )
            } else {
                Vec::new()
            };
            PersonRow {
                face: Face::new(
                    &id,
                    &u.name,
                    p.pictures.get(&id),
                    Size::Small,
                    String::new(),
                ),
                role_field: format!("role-{id}"),
                remove_field: format!("remove-{id}"),
                role_label: page.t1("people-role-of", "name", minga_i18n::isolate(&u.name)),
                remove_warning: page.t1(
                    "people-remove-confirm",
                    "name",
                    minga_i18n::isolate(&u.name),
                ),
                name: u.name.clone(),
                email: u.email.to_string(),
                role: page.t(&u.role.label_key()),
                roles,
                id,
            }
        })
        .collect::<Vec<_>>();
    let invitations = p
        .invitations
        .iter()
        .map(|i| InvitationRow {
            id: i.id.to_string(),
            email: i.email.to_string(),
            role: page.t(&i.role.label_key()),
            expires: page.date(&i.expires_at),
        })
        .collect();
    Ok(PeopleView {
        people_count: people.len() as u64,
        page,
        errors,
        slug: p.org.slug.to_string(),
        org_name: p.org.name.clone(),
        people,
        invitations,
    })
}

pub async fn show(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(slug): Path<String>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let mut v = view(&st, &ctx, &user, &slug, FormErrors::none(ctx.locale)).await?;
    v.page = v.page.with_notice(q.notice.as_deref());
    Ok(html(&v)?.into_response())
}

fn person_id(id: &str) -> Result<UserId, AppError> {
    id.parse().map_err(|_| AppError::NotFound)
}

fn invitation_id(id: &str) -> Result<InvitationId, AppError> {
    id.parse().map_err(|_| AppError::NotFound)
}

#[derive(Deserialize)]
pub struct RoleForm {
    #[serde(default)]
    role: String,
}

pub async fn change_role(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path((slug, id)): Path<(String, String)>,
    CsrfForm(ctx, f): CsrfForm<RoleForm>,
) -> Result<Response, AppError> {
    let person = person_id(&id)?;
    or_rerender(
        st.core.change_role(&user, &slug, person, &f.role).await,
        ctx.locale,
        |()| Notice::RoleChanged.redirect(&format!("/orgs/{slug}/people")),
        async |errors| view(&st, &ctx, &user, &slug, errors).await,
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
        st.core.remove_person(&user, &slug, person).await,
        ctx.locale,
        |()| Notice::PersonRemoved.redirect(&format!("/orgs/{slug}/people")),
        async |errors| view(&st, &ctx, &user, &slug, errors).await,
    )
    .await
}

pub async fn resend(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path((slug, id)): Path<(String, String)>,
    CsrfForm(ctx, _): CsrfForm<NoFields>,
) -> Result<Response, AppError> {
    let inv = invitation_id(&id)?;
    or_rerender(
        st.core.resend_invitation(&user, &slug, inv).await,
        ctx.locale,
        |_| Notice::InvitationResent.redirect(&format!("/orgs/{slug}/people")),
        async |errors| view(&st, &ctx, &user, &slug, errors).await,
    )
    .await
}

pub async fn revoke(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path((slug, id)): Path<(String, String)>,
    CsrfForm(ctx, _): CsrfForm<NoFields>,
) -> Result<Response, AppError> {
    let inv = invitation_id(&id)?;
    or_rerender(
        st.core.revoke_invitation(&user, &slug, inv).await,
        ctx.locale,
        |()| Notice::InvitationRevoked.redirect(&format!("/orgs/{slug}/people")),
        async |errors| view(&st, &ctx, &user, &slug, errors).await,
    )
    .await
}
