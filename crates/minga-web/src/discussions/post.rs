//! /communities/{slug}/posts/{id}: one post on its own page, with its
//! earlier texts (who wrote each, and when), the form to flag it, and the
//! moderators' form to hide it (or show it again); its edit form.

use super::topic::PostRow;
use crate::ctx::{Ctx, SignedIn};
use crate::forms::{or_rerender, CsrfForm};
use crate::view::{html, FormErrors, PageCtx};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use minga_domain::community::CommunityAction;
use minga_domain::discussion::page_of;
use minga_domain::{PostId, TopicId};
use serde::Deserialize;

pub struct VersionRow {
    pub who: String,
    pub when: String,
    pub iso: String,
    pub body_html: String,
}

#[derive(Template)]
#[template(path = "discussions/post.html")]
pub struct PostView {
    page: PageCtx,
    slug: String,
    topic_href: String,
    topic_title: String,
    post: PostRow,
    hidden: bool,
    /// Who wrote the current text when it was edited.
    editor: Option<String>,
    versions: Vec<VersionRow>,
    may_flag: bool,
    may_moderate: bool,
    may_react: bool,
    react_action: String,
    page_no: u32,
    flag_reason: String,
    hide_reason: String,
    errors: FormErrors,
}

fn post_id(raw: &str) -> Result<PostId, AppError> {
    raw.parse().map_err(|_| AppError::NotFound)
}

fn post_href(slug: &str, topic: TopicId, position: i64) -> String {
    // Positions are dense unless a split took some away: close enough to
    // land on the right page, and the anchor finds the post.
    format!(
        "/communities/{slug}/topics/{topic}?page={}#p{position}",
        page_of(u64::try_from(position).unwrap_or(1))
    )
}

async fn view(
    st: &AppState,
    ctx: &Ctx,
    slug: &str,
    id: PostId,
    flag_reason: String,
    hide_reason: String,
    errors: FormErrors,
) -> Result<PostView, AppError> {
    let user = ctx.user.as_ref();
    let minga_core::discussions::PostHistory {
        access,
        topic,
        post: p,
        editor,
        versions,
    } = st.core.post_history(user, slug, id).await?;
    let page = PageCtx::new(st, ctx, "post-title").named(&topic.title, &access.community.title);
    let topic_href = format!("/communities/{slug}/topics/{}", topic.id);
    let may_react = access.may(CommunityAction::Post) && !topic.locked;
    let row = PostRow::new(
        &page,
        &p,
        |a| {
            if a.same_topic {
                post_href(slug, topic.id, a.position)
            } else {
                format!("/communities/{slug}/posts/{}", a.post)
            }
        },
        may_react,
        false,
    );
    Ok(PostView {
        slug: slug.to_string(),
        topic_title: topic.title.clone(),
        hidden: p.hidden.is_some(),
        editor: editor.filter(|_| p.edited_at.is_some()),
        versions: versions
            .iter()
            .map(|v| VersionRow {
                who: v.by_name.clone(),
                when: page.datetime(&v.at),
                iso: v.at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                body_html: v.body_html.clone(),
            })
            .collect(),
        may_flag: access.may(CommunityAction::Post) && user.is_some_and(|u| u.id != p.author),
        may_moderate: access.may(CommunityAction::Moderate),
        may_react,
        react_action: format!("/communities/{slug}/topics/{}/react", topic.id),
        page_no: page_of(u64::try_from(p.position).unwrap_or(1)),
        post: row,
        topic_href,
        flag_reason,
        hide_reason,
        errors,
        page,
    })
}

pub async fn show(
    State(st): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let id = post_id(&id)?;
    let v = view(
        &st,
        &ctx,
        &slug,
        id,
        String::new(),
        String::new(),
        FormErrors::none(ctx.locale),
    )
    .await?;
    Ok(super::answer(&ctx, html(&v)?))
}

#[derive(Deserialize)]
pub struct ReasonForm {
    #[serde(default)]
    reason: String,
    #[serde(default)]
    action: String,
}

pub async fn flag(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path((slug, id)): Path<(String, String)>,
    CsrfForm(ctx, f): CsrfForm<ReasonForm>,
) -> Result<Response, AppError> {
    let id = post_id(&id)?;
    or_rerender(
        st.core.flag_post(&user, &slug, id, &f.reason).await,
        ctx.locale,
        |(topic, pos)| {
            Redirect::to(&format!(
                "/communities/{slug}/topics/{topic}?notice={}&page={}#p{pos}",
                crate::view::Notice::Saved.key(),
                page_of(u64::try_from(pos).unwrap_or(1))
            ))
        },
        async |errors| {
            view(
                &st,
                &ctx,
                &slug,
                id,
                f.reason.clone(),
                String::new(),
                errors,
            )
            .await
        },
    )
    .await
}

pub async fn hide(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path((slug, id)): Path<(String, String)>,
    CsrfForm(ctx, f): CsrfForm<ReasonForm>,
) -> Result<Response, AppError> {
    let id = post_id(&id)?;
    let reason = (f.action != "unhide").then_some(f.reason.as_str());
    or_rerender(
        st.core.hide_post(&user, &slug, id, reason).await,
        ctx.locale,
        |(topic, pos)| Redirect::to(&post_href(&slug, topic, pos)),
        async |errors| {
            view(
                &st,
                &ctx,
                &slug,
                id,
                String::new(),
                f.reason.clone(),
                errors,
            )
            .await
        },
    )
    .await
}

#[derive(Template)]
#[template(path = "discussions/edit.html")]
pub struct EditView {
    page: PageCtx,
    action: String,
    topic_href: String,
    topic_title: String,
    body: String,
    errors: FormErrors,
}

async fn edit_view(
    st: &AppState,
    ctx: &Ctx,
    user: &minga_domain::User,
    slug: &str,
    id: PostId,
    body: Option<String>,
    errors: FormErrors,
) -> Result<EditView, AppError> {
    let (_, topic, p) = st.core.post_for_edit(user, slug, id).await?;
    let page = PageCtx::new(st, ctx, "post-edit-title");
    Ok(EditView {
        action: format!("/communities/{slug}/posts/{id}/edit"),
        topic_href: post_href(slug, topic.id, p.position),
        topic_title: topic.title,
        body: body.unwrap_or(p.body),
        errors,
        page,
    })
}

pub async fn edit_show(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let id = post_id(&id)?;
    let v = edit_view(
        &st,
        &ctx,
        &user,
        &slug,
        id,
        None,
        FormErrors::none(ctx.locale),
    )
    .await?;
    Ok(html(&v)?.into_response())
}

#[derive(Deserialize)]
pub struct EditForm {
    #[serde(default)]
    body: String,
}

pub async fn edit_submit(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path((slug, id)): Path<(String, String)>,
    CsrfForm(ctx, f): CsrfForm<EditForm>,
) -> Result<Response, AppError> {
    let id = post_id(&id)?;
    or_rerender(
        st.core.edit_post(&user, &slug, id, &f.body).await,
        ctx.locale,
        |(topic, pos)| Redirect::to(&post_href(&slug, topic, pos)),
        async |errors| edit_view(&st, &ctx, &user, &slug, id, Some(f.body.clone()), errors).await,
    )
    .await
}
