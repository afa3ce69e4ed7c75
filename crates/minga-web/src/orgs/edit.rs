//! Creating, editing and archiving organisations. An org_admin edits their
//! own organisation's profile; only the Secretariat classifies (kind, region,
//! North/South), creates and archives.

use crate::ctx::SignedIn;
use crate::forms::{or_rerender, read_upload_form, CsrfForm, CsrfMultipart, Uploads};
use crate::pictures::{Face, Size};
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
    /// The logo's own form, when an existing organisation is edited.
    logo: Option<LogoBlock>,
}

/// The logo form on the edit page: the logo (or initials), upload, remove.
pub struct LogoBlock {
    errors: FormErrors,
    face: Face,
    has: bool,
    action: String,
    remove: String,
}

/// The logo block of the organisation `slug`, with these errors.
async fn logo_block(
    st: &AppState,
    user: &minga_domain::User,
    slug: &str,
    page: &PageCtx,
    errors: FormErrors,
) -> Result<LogoBlock, AppError> {
    let org = st.core.org_for_edit(user, slug).await?;
    let id = org.id.to_string();
    let picture = st.core.picture(&id).await?;
    Ok(LogoBlock {
        errors,
        face: Face::new(
            &id,
            &org.name,
            picture.as_ref(),
            page.face_size(Size::Large),
            page.t1("picture-logo-alt", "org", minga_i18n::isolate(&org.name)),
        ),
        has: picture.is_some(),
        action: format!("/orgs/{slug}/logo"),
        remove: format!("/orgs/{slug}/logo/remove"),
    })
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
        // The summary names the organisation's name as such, not "Name".
        errors: errors.labelled(vec![("name".into(), page.t("field-org-name"))]),
        page,
        action: target.action,
        cancel: target.cancel,
        input,
        classify,
        logo: None,
    }
}

pub async fn edit_show(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let org = st.core.org_for_edit(&user, &slug).await?;
    let mut v = view(
        &st,
        &ctx,
        Target::edit(&slug),
        OrgInput::from_org(&org),
        st.core.may_classify(&user),
        FormErrors::none(ctx.locale),
    );
    v.logo = Some(logo_block(&st, &user, &slug, &v.page, FormErrors::none(ctx.locale)).await?);
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
            let mut v = view(&st, &ctx, Target::edit(&slug), input, classify, errors);
            v.logo =
                Some(logo_block(&st, &user, &slug, &v.page, FormErrors::none(ctx.locale)).await?);
            Ok(v)
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

/// The input a picture comes in by, on both picture forms.
pub const PICTURE_FIELD: &str = "upload_picture";

/// The file a picture form brought, or its refusal (too large, cut off) as
/// the error beside the input.
pub async fn picture_upload(
    st: &AppState,
    user: &minga_domain::User,
    form: crate::forms::UploadForm,
) -> Result<Option<minga_domain::FileId>, minga_core::CoreError> {
    if !form.errors.is_empty() {
        st.core.discard_uploads(user, &form.uploaded_ids()).await?;
        return Err(minga_core::CoreError::Invalid(form.errors));
    }
    Ok(form
        .uploaded
        .iter()
        .find(|(name, _)| name == PICTURE_FIELD)
        .map(|(_, f)| f.id))
}

pub async fn logo_upload(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(slug): Path<String>,
    mp: CsrfMultipart,
) -> Result<Response, AppError> {
    let uploads = Uploads::allowed_if(st.core.may_set_logo(&user, &slug).await?);
    let (ctx, form) = read_upload_form(&st.core, &user, uploads, mp).await?;
    let result = match picture_upload(&st, &user, form).await {
        Ok(file) => {
            st.core
                .set_org_logo(&user, &slug, PICTURE_FIELD, file)
                .await
        }
        Err(e) => Err(e),
    };
    or_rerender(
        result,
        ctx.locale,
        |_| Notice::PictureSaved.redirect(&format!("/orgs/{slug}")),
        async |errors| {
            // The organisation's form as it is stored, the logo's error beside its input.
            let org = st.core.org_for_edit(&user, &slug).await?;
            let mut v = view(
                &st,
                &ctx,
                Target::edit(&slug),
                OrgInput::from_org(&org),
                st.core.may_classify(&user),
                FormErrors::none(ctx.locale),
            );
            v.logo = Some(logo_block(&st, &user, &slug, &v.page, errors).await?);
            Ok(v)
        },
    )
    .await
}

pub async fn logo_remove(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(slug): Path<String>,
    CsrfForm(_, _): CsrfForm<crate::forms::NoFields>,
) -> Result<Response, AppError> {
    st.core.remove_org_logo(&user, &slug).await?;
    Ok(Notice::PictureRemoved
        .redirect(&format!("/orgs/{slug}"))
        .into_response())
}
