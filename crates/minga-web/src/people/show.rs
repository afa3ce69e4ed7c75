//! A person's page: avatar, organisation, role, language, the time where
//! they are, and the communities they take part in (those the reader may see).

use crate::ctx::SignedIn;
use crate::pictures::{Face, Size};
use crate::view::{html, PageCtx};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use minga_domain::community::Standing;
use minga_domain::UserId;

pub struct CommunityLink {
    pub href: String,
    pub title: String,
    pub moderator: bool,
}

#[derive(Template)]
#[template(path = "people/show.html")]
pub struct PersonView {
    page: PageCtx,
    face: Face,
    name: String,
    org_name: String,
    org_href: String,
    role: String,
    language: &'static str,
    language_code: &'static str,
    local_time: String,
    email: Option<String>,
    communities: Vec<CommunityLink>,
}

pub async fn show(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let id: UserId = id.parse().map_err(|_| AppError::NotFound)?;
    let p = st.core.person_page(&user, id).await?;
    let page = PageCtx::new(&st, &ctx, "person-title");
    let u = &p.person;
    let now = chrono::Utc::now();
    let tz = u.time_zone.tz();
    let local_time = minga_i18n::format_datetime(page.locale, now, tz);
    let v = PersonView {
        face: Face::new(
            &u.id.to_string(),
            &u.name,
            p.picture.as_ref(),
            page.face_size(Size::Large),
            String::new(),
        ),
        name: u.name.clone(),
        org_name: p.org.name.clone(),
        org_href: format!("/orgs/{}", p.org.slug),
        role: page.t(&u.role.label_key()),
        language: u.locale.native_name(),
        language_code: u.locale.code(),
        local_time,
        email: p.email.clone(),
        communities: p
            .communities
            .iter()
            .map(|(c, s)| CommunityLink {
                href: format!("/communities/{}", c.slug),
                title: c.title.clone(),
                moderator: *s == Standing::Moderator,
            })
            .collect(),
        page,
    };
    Ok(html(&v)?.into_response())
}
