//! Creating, editing and archiving organisations. An org_admin edits their
//! own organisation's profile; only the Secretariat classifies (kind, region,
//! North/South), creates and archives.

use crate::ctx::SignedIn;
use crate::forms::{or_rerender, CsrfForm};
use crate::view::Notice;
use crate::view::{group_choices, html, kind_choices, region_choices, Choice, FormErrors, PageCtx};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use minga_core::orgs::OrgInput;
use minga_domain::Country;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "orgs/edit.html")]
pub struct EditView {
    page: PageCtx,
    errors: FormErrors,
    action: String,
    cancel: String,
    input: OrgInput,
    classify: bool,
    kinds: Vec<Choice>,
    countries: Vec<Choice>,
    regions: Vec<Choice>,
    groups: Vec<Choice>,
}

/// Where the form is: its title, where it posts, where "cancel" goes.
struct Target {
    title: &'static str,
    action: String,
    cancel: String,
}

impl Target {
    fn edit(slug: &str) -> Target {
        Target {
            title: "org-edit-title",
            action: format!("/orgs/{slug}/edit"),
            cancel: format!("/orgs/{slug}"),
        }
    }
    fn new_org() -> Target {
        Target {
            title: "org-new-title",
            action: "/orgs/new".into(),
            cancel: "/orgs".into(),
        }
    }
}

fn view(
    st: &AppState,
    ctx: &crate::Ctx,
    target: Target,
    input: OrgInput,
    classify: bool,
    errors: FormErrors,
) -> EditView {
    let page = PageCtx::new(st, ctx, target.title);
    EditView {
        kinds: kind_choices(&page, &input.kind, false),
        countries: Choice::list(
            Country::all_sorted(page.locale).map(|c| (c.code().into(), c.name(page.locale).into())),
            &input.country,
        ),
        regions: region_choices(&page, &input.region),
        groups: group_choices(&page, &input.group),
        page,
        errors,
        action: target.action,
        cancel: target.cancel,
        input,
        classify,
    }
}

pub async fn edit_show(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let org = st.core.org_for_edit(&user, &slug).await?;
    let v = view(
        &st,
        &ctx,
        Target::edit(&slug),
        OrgInput::from_org(&org),
        st.core.may_classify(&user),
        FormErrors::none(ctx.locale),
    );
    Ok(html(&v)?.into_response())
}

pub async fn edit_submit(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(slug): Path<String>,
    CsrfForm(ctx, input): CsrfForm<OrgInput>,
) -> Result<Response, AppError> {
    or_rerender(
        st.core.update_org(&user, &slug, &input).await,
        ctx.locale,
        |org| Notice::Saved.redirect(&format!("/orgs/{}", org.slug)),
        async |errors| {
            let classify = st.core.may_classify(&user);
            Ok(view(
                &st,
                &ctx,
                Target::edit(&slug),
                input,
                classify,
                errors,
            ))
        },
    )
    .await
}

pub async fn new_show(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
) -> Result<Response, AppError> {
    st.core.require_create_org(&user)?;
    let input = OrgInput {
        kind: "coalition".into(),
        ..Default::default()
    };
    let v = view(
        &st,
        &ctx,
        Target::new_org(),
        input,
        true,
        FormErrors::none(ctx.locale),
    );
    Ok(html(&v)?.into_response())
}

pub async fn new_submit(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    CsrfForm(ctx, input): CsrfForm<OrgInput>,
) -> Result<Response, AppError> {
    st.core.require_create_org(&user)?;
    or_rerender(
        st.core.create_org(&user, &input).await,
        ctx.locale,
        |org| Notice::Created.redirect(&format!("/orgs/{}", org.slug)),
        async |errors| Ok(view(&st, &ctx, Target::new_org(), input, true, errors)),
    )
    .await
}

#[derive(Deserialize)]
pub struct ArchiveForm {
    #[serde(default)]
    archive: String,
}

pub async fn archive(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(slug): Path<String>,
    CsrfForm(_, f): CsrfForm<ArchiveForm>,
) -> Result<Response, AppError> {
    let archive = f.archive == "1";
    let org = st.core.set_org_archived(&user, &slug, archive).await?;
    let notice = if archive {
        Notice::Archived
    } else {
        Notice::Restored
    };
    Ok(notice
        .redirect(&format!("/orgs/{}", org.slug))
        .into_response())
}
