//! The account page: name, language, time zone and password.

use crate::ctx::SignedIn;
use crate::forms::{or_rerender, read_upload_form, CsrfForm, CsrfMultipart, NoFields, Uploads};
use crate::orgs::edit::{picture_upload, PICTURE_FIELD};
use crate::pictures::{Face, Size};
use crate::view::Notice;
use crate::view::{
    html, locale_choices, time_zone_choices, Choice, FormErrors, NoticeQuery, PageCtx, ZoneChoices,
};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "accounts/account.html")]
pub struct AccountView {
    page: PageCtx,
    profile_errors: FormErrors,
    password_errors: FormErrors,
    email: String,
    org_link: String,
    org_name: String,
    role_label: String,
    name: String,
    locales: Vec<Choice>,
    zones: ZoneChoices,
    avatar_errors: FormErrors,
    face: Face,
    has_avatar: bool,
}

async fn build(
    st: &AppState,
    ctx: &crate::Ctx,
    user: &minga_domain::User,
    form: (&str, &str, &str),
    profile_errors: FormErrors,
    password_errors: FormErrors,
) -> Result<AccountView, AppError> {
    let org = st.core.org_by_id(user.org_id).await?;
    let page = PageCtx::new(st, ctx, "account-title");
    let id = user.id.to_string();
    let picture = st.core.picture(&id).await?;
    Ok(AccountView {
        face: Face::new(
            &id,
            &user.name,
            picture.as_ref(),
            page.face_size(Size::Large),
            page.t1(
                "picture-avatar-alt",
                "name",
                minga_i18n::isolate(&user.name),
            ),
        ),
        has_avatar: picture.is_some(),
        avatar_errors: FormErrors::none(ctx.locale),
        role_label: page.t(&user.role.label_key()),
        page,
        profile_errors,
        password_errors,
        email: user.email.to_string(),
        org_link: format!("/orgs/{}", org.slug),
        org_name: org.name,
        name: form.0.to_string(),
        locales: locale_choices(form.1),
        zones: time_zone_choices(ctx.locale, form.2),
    })
}

pub async fn show(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let none = || FormErrors::none(ctx.locale);
    let mut v = build(
        &st,
        &ctx,
        &user,
        (&user.name, user.locale.code(), user.time_zone.as_str()),
        none(),
        none(),
    )
    .await?;
    v.page = v.page.with_notice(q.notice.as_deref());
    Ok(html(&v)?.into_response())
}

#[derive(Deserialize)]
pub struct ProfileForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    locale: String,
    #[serde(default)]
    time_zone: String,
}

pub async fn update(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    CsrfForm(ctx, f): CsrfForm<ProfileForm>,
) -> Result<Response, AppError> {
    or_rerender(
        st.core
            .update_account(&user, &f.name, &f.locale, &f.time_zone)
            .await,
        ctx.locale,
        |_| Notice::Saved.redirect("/account"),
        async |errors| {
            let form = (f.name.as_str(), f.locale.as_str(), f.time_zone.as_str());
            build(&st, &ctx, &user, form, errors, FormErrors::none(ctx.locale)).await
        },
    )
    .await
}

#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    new_password: String,
    #[serde(default)]
    new_password_confirm: String,
}

pub async fn change_password(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    CsrfForm(ctx, f): CsrfForm<PasswordForm>,
) -> Result<Response, AppError> {
    let session = ctx.session_token.clone().unwrap_or_default();
    let result = st
        .core
        .change_password(
            &user,
            &f.current_password,
            &f.new_password,
            &f.new_password_confirm,
            &session,
        )
        .await;
    or_rerender(
        result,
        ctx.locale,
        |()| Notice::PasswordChanged.redirect("/account"),
        async |errors| {
            let form = (
                user.name.as_str(),
                user.locale.code(),
                user.time_zone.as_str(),
            );
            build(&st, &ctx, &user, form, FormErrors::none(ctx.locale), errors).await
        },
    )
    .await
}

pub async fn avatar_upload(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    mp: CsrfMultipart,
) -> Result<Response, AppError> {
    // Everyone may set their own avatar.
    let (ctx, form) = read_upload_form(&st.core, &user, Uploads::Allowed, mp).await?;
    let result = match picture_upload(&st, &user, form).await {
        Ok(file) => st.core.set_avatar(&user, PICTURE_FIELD, file).await,
        Err(e) => Err(e),
    };
    or_rerender(
        result,
        ctx.locale,
        |_| Notice::PictureSaved.redirect("/account"),
        async |errors| {
            let none = || FormErrors::none(ctx.locale);
            let form = (
                user.name.as_str(),
                user.locale.code(),
                user.time_zone.as_str(),
            );
            let mut v = build(&st, &ctx, &user, form, none(), none()).await?;
            v.avatar_errors = errors;
            Ok(v)
        },
    )
    .await
}

pub async fn avatar_remove(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    CsrfForm(_, _): CsrfForm<NoFields>,
) -> Result<Response, AppError> {
    st.core.remove_avatar(&user).await?;
    Ok(Notice::PictureRemoved.redirect("/account").into_response())
}

#[derive(Deserialize)]
pub struct DataSaverForm {
    /// "on" when the box is ticked; absent when it is not.
    #[serde(default)]
    data_saver: Option<String>,
}

/// Turns data saver on or off (a checkbox: absent means off).
pub async fn data_saver(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    CsrfForm(_, f): CsrfForm<DataSaverForm>,
) -> Result<Response, AppError> {
    st.core
        .set_data_saver(&user, f.data_saver.is_some())
        .await?;
    Ok(Notice::Saved.redirect("/account").into_response())
}
