//! /orgs/{slug}/invite: the Secretariat or the organisation's admin invites a
//! person by email with a role.

use crate::ctx::SignedIn;
use crate::forms::{or_rerender, CsrfForm};
use crate::view::Notice;
use crate::view::{html, locale_choices, Choice, FormErrors, PageCtx};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use minga_core::accounts::InviteInput;
use minga_domain::{Org, User};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "orgs/invite.html")]
pub struct InviteView {
    page: PageCtx,
    errors: FormErrors,
    slug: String,
    org_name: String,
    email: String,
    roles: Vec<Choice>,
    locales: Vec<Choice>,
}

async fn org_for_invite(st: &AppState, user: &User, slug: &str) -> Result<Org, AppError> {
    let p = st.core.org_profile(Some(user), slug).await?;
    if !p.may_invite {
        return Err(AppError::Forbidden);
    }
    Ok(p.org)
}

fn view(
    st: &AppState,
    ctx: &crate::Ctx,
    user: &User,
    org: &Org,
    input: &InviteInput,
    errors: FormErrors,
) -> InviteView {
    let page = PageCtx::new(st, ctx, "org-invite-title");
    let roles = st.core.invitable_roles(user, org);
    InviteView {
        roles: Choice::list(
            roles
                .iter()
                .map(|r| (r.code().to_string(), page.t(&r.label_key()))),
            &input.role,
        ),
        locales: locale_choices(&input.locale),
        page,
        errors,
        slug: org.slug.to_string(),
        org_name: org.name.clone(),
        email: input.email.clone(),
    }
}

pub async fn show(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let org = org_for_invite(&st, &user, &slug).await?;
    let input = InviteInput {
        locale: ctx.locale.code().into(),
        role: "member".into(),
        ..Default::default()
    };
    Ok(html(&view(
        &st,
        &ctx,
        &user,
        &org,
        &input,
        FormErrors::none(ctx.locale),
    ))?
    .into_response())
}

#[derive(Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    locale: String,
}

pub async fn submit(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(slug): Path<String>,
    CsrfForm(ctx, f): CsrfForm<InviteForm>,
) -> Result<Response, AppError> {
    let org = org_for_invite(&st, &user, &slug).await?;
    let input = InviteInput {
        email: f.email,
        role: f.role,
        locale: f.locale,
    };
    or_rerender(
        st.core.invite_or_resend(Some(&user), org.id, &input).await,
        ctx.locale,
        |done| {
            let notice = if done.resent {
                Notice::InvitationResent
            } else {
                Notice::Invited
            };
            notice.redirect(&format!("/orgs/{}", org.slug))
        },
        async |errors| Ok(view(&st, &ctx, &user, &org, &input, errors)),
    )
    .await
}
