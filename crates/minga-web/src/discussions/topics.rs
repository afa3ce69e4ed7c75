//! /communities/{slug}/topics: a community's topics with what is new for
//! the reader; /communities/{slug}/topics/new: starting one.

use crate::capacity::FileRow;
use crate::ctx::{Ctx, SignedIn};
use crate::forms::{discard_if_refused, or_rerender, read_upload_form, CsrfMultipart, Uploads};
use crate::view::{html, FormErrors, PageCtx};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use minga_core::discussions::ReplyInput;
use minga_core::CoreError;
use minga_domain::discussion::TopicLine;
use minga_domain::files::FileRef;
use minga_domain::FileId;
use serde::Deserialize;

pub struct TopicRow {
    pub href: String,
    pub title: String,
    pub author: String,
    pub replies: String,
    pub last: String,
    pub iso: String,
    pub pinned: bool,
    pub locked: bool,
    /// "3 new", linking to the first unread post.
    pub unread: Option<(String, String)>,
}

impl TopicRow {
    pub fn new(page: &PageCtx, slug: &str, l: &TopicLine, signed_in: bool) -> TopicRow {
        let t = &l.topic;
        let href = format!("/communities/{slug}/topics/{}", t.id);
        // The first unread post is `unread` posts from the end.
        // The topic's own address opens on the reader's first unread page.
        let unread = (signed_in && l.unread > 0)
            .then(|| (page.count("topic-new-posts", &l.unread), href.clone()));
        TopicRow {
            title: t.title.clone(),
            author: t.author_name.clone(),
            replies: page.count("topic-replies", &t.posts.saturating_sub(1)),
            last: page.datetime(&t.last_post_at),
            iso: t
                .last_post_at
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            pinned: t.pinned,
            locked: t.locked,
            unread,
            href,
        }
    }
}

#[derive(Template)]
#[template(path = "discussions/topics.html")]
pub struct ListView {
    page: PageCtx,
    slug: String,
    community_title: String,
    rows: Vec<TopicRow>,
    may_post: bool,
    may_moderate: bool,
    pages: u32,
    position: String,
    prev_href: Option<String>,
    next_href: Option<String>,
}

#[derive(Deserialize, Default)]
pub struct ListQuery {
    page: Option<String>,
}

pub async fn list(
    State(st): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(q): Query<ListQuery>,
) -> Result<Response, AppError> {
    let user = ctx.user.as_ref();
    let number = super::page_number(q.page.as_deref()).unwrap_or(1);
    let l = st.core.topics(user, &slug, number).await?;
    if user.is_none() {
        return Ok(super::answer(&ctx, list_page(&st, &ctx, slug, l)?));
    }
    // A member's list, kept for members in the same state (see
    // `kept::kept_for`): what they may do and their unread counts.
    let mut state = format!(
        "{}{}|",
        u8::from(l.access.may(minga_domain::community::CommunityAction::Post)),
        u8::from(
            l.access
                .may(minga_domain::community::CommunityAction::Moderate)
        )
    );
    for t in &l.topics.items {
        state.push_str(&format!("{}:{},", t.topic.id, t.unread));
    }
    crate::kept::kept_for(&st, &ctx, state, super::MEMBER_DEPS, async {
        list_page(&st, &ctx, slug, l)
    })
    .await
}

fn list_page(
    st: &AppState,
    ctx: &Ctx,
    slug: String,
    l: minga_core::discussions::TopicList,
) -> Result<axum::response::Html<String>, AppError> {
    let user = ctx.user.as_ref();
    let page = PageCtx::new(st, ctx, "topics-title");
    let rows = l
        .topics
        .items
        .iter()
        .map(|t| TopicRow::new(&page, &slug, t, user.is_some()))
        .collect();
    let pages = l.topics.pages();
    let here = l.topics.page;
    let link = |n: u32| format!("/communities/{slug}/topics?page={n}");
    let v = ListView {
        community_title: l.access.community.title.clone(),
        may_post: l.access.may(minga_domain::community::CommunityAction::Post),
        may_moderate: l
            .access
            .may(minga_domain::community::CommunityAction::Moderate),
        rows,
        pages,
        position: page.t1("topic-page-of", "page", page.number(&u64::from(here)))
            + " / "
            + &page.number(&u64::from(pages)),
        prev_href: (here > 1).then(|| link(here - 1)),
        next_href: (here < pages).then(|| link(here + 1)),
        slug,
        page,
    };
    html(&v)
}

#[derive(Template)]
#[template(path = "discussions/new.html")]
pub struct NewView {
    page: PageCtx,
    slug: String,
    community_title: String,
    title: String,
    body: String,
    kept: Vec<FileRow>,
    upload_hint: String,
    errors: FormErrors,
}

#[allow(clippy::too_many_arguments)]
async fn new_view(
    st: &AppState,
    ctx: &Ctx,
    user: &minga_domain::User,
    slug: &str,
    title: String,
    body: String,
    kept: &[FileRef],
    errors: FormErrors,
) -> Result<NewView, AppError> {
    let access = st.core.new_topic_form(user, slug).await?;
    let page = PageCtx::new(st, ctx, "topic-new-title");
    Ok(NewView {
        slug: slug.to_string(),
        community_title: access.community.title.clone(),
        title,
        body,
        kept: kept.iter().map(|f| FileRow::new(f, &page)).collect(),
        upload_hint: page.upload_hint(st.core.settings.max_upload_bytes),
        errors,
        page,
    })
}

pub async fn new_show(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let v = new_view(
        &st,
        &ctx,
        &user,
        &slug,
        String::new(),
        String::new(),
        &[],
        FormErrors::none(ctx.locale),
    )
    .await?;
    Ok(html(&v)?.into_response())
}

pub async fn new_submit(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(slug): Path<String>,
    mp: CsrfMultipart,
) -> Result<Response, AppError> {
    let may = st.core.new_topic_form(&user, &slug).await.is_ok();
    let (ctx, form) = read_upload_form(&st.core, &user, Uploads::allowed_if(may), mp).await?;
    let field = |name: &str| {
        form.pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let (title, body) = (field("title"), field("body"));
    let mut files: Vec<FileId> = form
        .pairs
        .iter()
        .filter(|(k, _)| k == "file")
        .filter_map(|(_, v)| v.parse().ok())
        .collect();
    let uploaded = form.uploaded_ids();
    files.extend(&uploaded);
    let input = ReplyInput {
        body: body.clone(),
        reply_to: None,
        files: files.clone(),
    };
    let result = if form.errors.is_empty() {
        st.core.start_topic(&user, &slug, &title, &input).await
    } else {
        Err(CoreError::Invalid(form.errors))
    };
    discard_if_refused(&st.core, &user, &uploaded, &result).await?;
    or_rerender(
        result,
        ctx.locale,
        |id| Redirect::to(&format!("/communities/{slug}/topics/{id}")),
        async |errors| {
            let kept = st.core.own_files(&user, &files).await?;
            new_view(&st, &ctx, &user, &slug, title, body, &kept, errors).await
        },
    )
    .await
}
