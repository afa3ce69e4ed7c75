//! /orgs/{slug}: an organisation's profile. Contacts and staff only for
//! signed-in members; a page the viewer may not see answers 404.

use super::OrgCard;
use crate::ctx::Ctx;
use crate::kept::keep;
use crate::pictures::{Face, Size};
use crate::view::{html, FormErrors, NoticeQuery, PageCtx};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use minga_domain::Entity;

/// A strength or need on the organisation's page.
pub struct CapacityRow {
    pub label: String,
    /// Its level (strengths) or priority (needs).
    pub grade: String,
    /// Offers to help peers with it (strengths).
    pub shares: bool,
    /// Evidence or description, as written.
    pub detail: String,
}

/// A need of the reader's organisation this one offers to help with.
pub struct HelpRow {
    pub item: String,
    pub label: String,
    /// The request's message when it was just refused, and why.
    pub message: String,
    pub error: Option<String>,
}

/// A request for an exchange made from this page and refused: shown again
/// with its message and the error beside it.
pub struct FailedRequest {
    pub item: String,
    pub message: String,
    pub errors: FormErrors,
}

/// The capacities section: strengths and needs, and where to ask.
pub struct CapacitiesView {
    pub strengths: Vec<CapacityRow>,
    pub needs: Vec<CapacityRow>,
    pub help: Vec<HelpRow>,
}

pub struct StaffRow {
    pub face: Face,
    pub name: String,
    pub email: String,
    pub role: String,
}

#[derive(Template)]
#[template(path = "orgs/show.html")]
pub struct ShowView {
    pub(crate) page: PageCtx,
    slug: String,
    card: OrgCard,
    description_html: String,
    website: Option<String>,
    contact_email: Option<String>,
    contact_phone: Option<String>,
    staff: Option<Vec<StaffRow>>,
    public: bool,
    demo: bool,
    may_edit: bool,
    may_invite: bool,
    may_archive: bool,
    override_reason: Option<String>,
    may_manage_people: bool,
    logo: Face,
    updated: String,
    /// For signed-in readers once the organisation has submitted a profile.
    capacities: Option<CapacitiesView>,
    org_id: String,
    /// The errors of a request just refused (for the summary).
    request_errors: FormErrors,
    failed_item: String,
}

pub async fn show(
    State(st): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let mut view = show_view(&st, &ctx, &slug, None).await?;
    view.page = view.page.with_notice(q.notice.as_deref());
    // The organisation, its people and the profiles (its own and the reader's).
    Ok(keep(
        html(&view)?,
        &[Entity::Org, Entity::User, Entity::Profile, Entity::Taxonomy],
    ))
}

/// The page, with a refused request for an exchange shown again if there is one.
pub async fn show_view(
    st: &AppState,
    ctx: &Ctx,
    slug: &str,
    failed: Option<FailedRequest>,
) -> Result<ShowView, AppError> {
    let p = st.core.org_profile(ctx.user.as_ref(), slug).await?;
    let page = PageCtx::new(st, ctx, "org-title");
    let contacts = p.staff.is_some();
    let capacities = match &p.capacities {
        Some(c) => {
            let taxonomy = st.core.taxonomy().await?;
            let l = page.locale;
            let name = |code: &minga_domain::capacity::ItemCode| {
                crate::capacity::label(&taxonomy, code, l)
            };
            Some(CapacitiesView {
                strengths: c
                    .profile
                    .ratings
                    .iter()
                    .filter(|r| r.level >= minga_domain::capacity::Level::STRONG)
                    .map(|r| CapacityRow {
                        label: name(&r.item),
                        grade: page.t(&r.level.label_key()),
                        shares: r.share,
                        detail: r.evidence.clone(),
                    })
                    .collect(),
                needs: c
                    .profile
                    .needs
                    .iter()
                    .map(|n| CapacityRow {
                        label: name(&n.item),
                        grade: page.t(&n.priority.label_key()),
                        shares: false,
                        detail: n.description.clone(),
                    })
                    .collect(),
                help: c
                    .could_help_reader
                    .iter()
                    .map(|i| {
                        let here = failed.as_ref().filter(|f| f.item == i.as_str());
                        HelpRow {
                            item: i.to_string(),
                            label: page.t1("org-could-help", "item", name(i)),
                            message: here.map(|f| f.message.clone()).unwrap_or_default(),
                            error: here
                                .and_then(|f| f.errors.list().into_iter().next().map(|(_, m)| m)),
                        }
                    })
                    .collect(),
            })
        }
        None => None,
    };
    let view = ShowView {
        slug: p.org.slug.to_string(),
        card: OrgCard::new(&page, &p.org),
        description_html: p.org.description_html.clone(),
        website: p.org.website.clone(),
        contact_email: p.org.contact_email.clone().filter(|_| contacts),
        contact_phone: p.org.contact_phone.clone().filter(|_| contacts),
        staff: p.staff.map(|list| {
            list.iter()
                .map(|u| StaffRow {
                    face: {
                        let id = u.id.to_string();
                        Face::new(
                            &id,
                            &u.name,
                            p.pictures.get(&id),
                            Size::Small,
                            String::new(),
                        )
                    },
                    name: u.name.clone(),
                    email: u.email.to_string(),
                    role: page.t(&u.role.label_key()),
                })
                .collect()
        }),
        public: p.org.public,
        demo: p.org.demo,
        may_edit: p.may_edit,
        may_invite: p.may_invite,
        may_archive: p.may_archive,
        override_reason: p.override_reason.clone(),
        may_manage_people: p.may_manage_people,
        logo: {
            let id = p.org.id.to_string();
            Face::new(
                &id,
                &p.org.name,
                p.pictures.get(&id),
                page.face_size(Size::Large),
                page.t1("picture-logo-alt", "org", minga_i18n::isolate(&p.org.name)),
            )
        },
        updated: page.date(&p.org.updated_at),
        capacities,
        org_id: p.org.id.to_string(),
        failed_item: failed.as_ref().map(|f| f.item.clone()).unwrap_or_default(),
        request_errors: failed
            .map(|f| f.errors)
            .unwrap_or_else(|| FormErrors::none(page.locale)),
        page,
    };
    Ok(view)
}
