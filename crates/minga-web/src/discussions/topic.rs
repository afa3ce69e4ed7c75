//! /communities/{slug}/topics/{id}: a page of a topic (50 posts), each post
//! with what it answers, its reactions, files and links to reply, quote,
//! edit and its own page; the reply form (with attachments and "Save
//! draft"); following and muting; the moderators' tools.

use crate::capacity::FileRow;
use crate::ctx::{Ctx, SignedIn};
use crate::forms::{
    discard_if_refused, or_rerender, read_upload_form, CsrfForm, CsrfMultipart, Uploads,
};
use crate::view::{html, FormErrors, Notice, PageCtx};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use minga_core::discussions::{ReplyInput, TopicPage};
use minga_core::CoreError;
use minga_domain::discussion::{handle_of, Follow, Post, Reaction};
use minga_domain::files::FileRef;
use minga_domain::{FileId, TopicId};
use serde::Deserialize;

pub struct AnswerRow {
    pub href: String,
    pub who: String,
    pub excerpt: String,
}

pub struct ReactionRow {
    pub value: String,
    pub emoji: &'static str,
    pub label: String,
    pub count: u64,
    pub pressed: bool,
}

pub struct PostRow {
    pub id: String,
    pub position: i64,
    pub author: String,
    pub author_href: String,
    pub handle: String,
    pub org: String,
    pub org_href: String,
    pub time: String,
    pub iso: String,
    pub edited: bool,
    pub body_html: String,
    pub answers: Option<AnswerRow>,
    /// "Hidden by a moderator", with the reason for its author and moderators.
    pub hidden: Option<String>,
    pub reactions: Vec<ReactionRow>,
    pub files: Vec<FileRow>,
    pub may_edit: bool,
}

impl PostRow {
    pub fn new(
        page: &PageCtx,
        p: &Post,
        answer_href: impl Fn(&minga_domain::discussion::Answered) -> String,
        all_kinds: bool,
        may_edit: bool,
    ) -> PostRow {
        let hidden = p.hidden.as_ref().map(|h| {
            if h.reason.is_empty() {
                page.t("post-hidden")
            } else {
                page.t1(
                    "post-hidden-reason",
                    "reason",
                    minga_i18n::isolate(&h.reason),
                )
            }
        });
        let reactions = Reaction::ALL
            .into_iter()
            .filter_map(|r| {
                let (count, mine) = p
                    .reactions
                    .iter()
                    .find(|(k, _, _)| *k == r)
                    .map(|(_, n, m)| (*n, *m))
                    .unwrap_or((0, false));
                (all_kinds || count > 0).then(|| ReactionRow {
                    value: format!("{}.{}", p.position, r.code()),
                    emoji: r.emoji(),
                    label: page.t(r.label_key()),
                    count,
                    pressed: mine,
                })
            })
            .collect();
        PostRow {
            id: p.id.to_string(),
            position: p.position,
            author: p.author_name.clone(),
            author_href: format!("/people/{}", p.author),
            handle: handle_of(&p.author_email),
            org: p.org_name.clone(),
            org_href: format!("/orgs/{}", p.org_slug),
            time: page.datetime(&p.created_at),
            iso: p
                .created_at
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            edited: p.edited_at.is_some(),
            body_html: p.body_html.clone(),
            answers: p.reply_to.as_ref().map(|a| AnswerRow {
                href: answer_href(a),
                who: a.author_name.clone(),
                excerpt: if a.excerpt.is_empty() {
                    page.t("post-hidden")
                } else {
                    a.excerpt.clone()
                },
            }),
            hidden,
            reactions: if p.hidden.is_some() && p.body_html.is_empty() {
                vec![]
            } else {
                reactions
            },
            files: p.files.iter().map(|f| FileRow::new(f, page)).collect(),
            may_edit,
        }
    }
}

/// The reply form as sent, when it needs fixing.
pub struct ReplyKept {
    pub body: String,
    pub reply_to: Option<i64>,
    pub files: Vec<FileRef>,
    pub errors: FormErrors,
}

#[derive(Template)]
#[template(path = "discussions/topic.html")]
pub struct TopicView {
    page: PageCtx,
    slug: String,
    community_title: String,
    id: String,
    title: String,
    pinned: bool,
    locked: bool,
    replies: String,
    first_unread: Option<String>,
    signed_in: bool,
    follow: &'static str,
    may_post: bool,
    may_moderate: bool,
    posts: Vec<PostRow>,
    pages: u32,
    here: u32,
    login_href: String,
    position: String,
    prev_href: Option<String>,
    next_href: Option<String>,
    /// The reply form.
    body: String,
    reply_to: Option<(i64, String)>,
    kept: Vec<FileRow>,
    upload_hint: String,
    /// Handles of the people on this page, to mention them.
    handles: String,
    errors: FormErrors,
    mod_errors: FormErrors,
    move_to: String,
    split_title: String,
    split_posts: String,
}

#[derive(Deserialize, Default)]
pub struct TopicQuery {
    page: Option<String>,
    quote: Option<String>,
    reply: Option<String>,
    notice: Option<String>,
}

/// What a failed moderators' form brings back.
#[derive(Default)]
pub struct ModKept {
    pub errors: Option<FormErrors>,
    pub move_to: String,
    pub split_title: String,
    pub split_posts: String,
}

#[allow(clippy::too_many_arguments)]
pub async fn view(
    st: &AppState,
    ctx: &Ctx,
    slug: &str,
    id: TopicId,
    page_no: Option<u32>,
    quote: Option<i64>,
    reply: Option<i64>,
    kept: Option<ReplyKept>,
    modk: ModKept,
) -> Result<TopicView, AppError> {
    let t: TopicPage = st
        .core
        .topic_page(ctx.user.as_ref(), slug, id, page_no, quote.or(reply))
        .await?;
    view_of(st, ctx, slug, id, t, quote, reply, kept, modk)
}

/// Everything of the reader's own a topic page shows beyond their `Viewer`
/// (see `kept::kept_for`): what they may do, following, where they stopped
/// reading, the reply form's text, their own posts and reactions.
fn reader_state(t: &TopicPage) -> String {
    use std::fmt::Write;
    let mut s = format!(
        "{}{}|{}|{:?}|",
        u8::from(t.may_post),
        u8::from(t.may_moderate),
        t.reader.follow.code(),
        t.first_unread
    );
    for p in &t.posts {
        if Some(p.author) == t.viewer || t.may_edit(p) {
            let _ = write!(s, "{}{},", p.position, if t.may_edit(p) { "e" } else { "" });
        }
        for r in p.reactions.iter().filter(|r| r.2) {
            let _ = write!(s, "{}:{},", p.position, r.0.code());
        }
    }
    let _ = write!(s, "|{}|{}", t.reply_text.len(), t.reply_text);
    s
}

#[allow(clippy::too_many_arguments)]
fn view_of(
    st: &AppState,
    ctx: &Ctx,
    slug: &str,
    id: TopicId,
    t: TopicPage,
    quote: Option<i64>,
    reply: Option<i64>,
    kept: Option<ReplyKept>,
    modk: ModKept,
) -> Result<TopicView, AppError> {
    let user = ctx.user.as_ref();
    let page =
        PageCtx::new(st, ctx, "topic-title").named(&t.topic.title, &t.access.community.title);
    let base = format!("/communities/{slug}/topics/{id}");
    let here = t.page;
    let answer_href = |a: &minga_domain::discussion::Answered| {
        let pos = a.position;
        match t.answer_pages.get(&pos) {
            // Split away into another topic: its own page.
            _ if !a.same_topic => format!("/communities/{slug}/posts/{}", a.post),
            Some(p) => format!("{base}?page={p}#p{pos}"),
            None => format!("#p{pos}"),
        }
    };
    let posts: Vec<PostRow> = t
        .posts
        .iter()
        .map(|p| {
            // Only reactions given show here (each a button to add one's
            // own); all four kinds are on the post's own page.
            PostRow::new(&page, p, answer_href, false, t.may_edit(p))
        })
        .collect();
    let reply_to_pos = kept.as_ref().and_then(|k| k.reply_to).or(quote).or(reply);
    let reply_to = match reply_to_pos {
        Some(pos) => t
            .posts
            .iter()
            .find(|p| p.position == pos)
            .map(|p| (pos, p.author_name.clone()))
            .or(Some((pos, String::new()))),
        None => None,
    };
    let mut seen: Vec<String> = Vec::new();
    for p in &t.posts {
        let h = handle_of(&p.author_email);
        if Some(p.author) != t.viewer && !h.is_empty() && !seen.contains(&h) {
            seen.push(h);
        }
    }
    let handles = seen
        .iter()
        .map(|h| format!("@{h}"))
        .collect::<Vec<_>>()
        .join(" ");
    let link = |n: u32| format!("{base}?page={n}");
    let (body, errors, kept_files) = match kept {
        Some(k) => (k.body, k.errors, k.files),
        None => (t.reply_text.clone(), FormErrors::none(ctx.locale), vec![]),
    };
    let first_unread = t
        .first_unread
        .map(|(p, pos)| format!("{base}?page={p}#p{pos}"));
    Ok(TopicView {
        slug: slug.to_string(),
        community_title: t.access.community.title.clone(),
        id: id.to_string(),
        title: t.topic.title.clone(),
        pinned: t.topic.pinned,
        locked: t.topic.locked,
        replies: page.count("topic-replies", &t.topic.posts.saturating_sub(1)),
        first_unread,
        signed_in: user.is_some(),
        follow: t.reader.follow.code(),
        may_post: t.may_post,
        may_moderate: t.may_moderate,
        posts,
        pages: t.pages,
        here,
        login_href: format!("/login?next={}", crate::view::urlencode(&ctx.path)),
        position: page.t1("topic-page-of", "page", page.number(&u64::from(here)))
            + " / "
            + &page.number(&u64::from(t.pages)),
        prev_href: (here > 1).then(|| link(here - 1)),
        next_href: (here < t.pages).then(|| link(here + 1)),
        body,
        reply_to,
        kept: kept_files.iter().map(|f| FileRow::new(f, &page)).collect(),
        upload_hint: page.upload_hint(st.core.settings.max_upload_bytes),
        handles,
        errors,
        mod_errors: modk.errors.unwrap_or_else(|| FormErrors::none(ctx.locale)),
        move_to: modk.move_to,
        split_title: modk.split_title,
        split_posts: modk.split_posts,
        page: page.with_notice(None),
    })
}

pub(crate) fn topic_id(raw: &str) -> Result<TopicId, AppError> {
    raw.parse().map_err(|_| AppError::NotFound)
}

/// GET: a page of the topic (`?page=N`), with `?quote=P` or `?reply=P`
/// preparing the reply form to answer the post at position P.
pub async fn show(
    State(st): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, String)>,
    Query(q): Query<TopicQuery>,
) -> Result<Response, AppError> {
    let id = topic_id(&id)?;
    let pos = |s: &Option<String>| s.as_deref().and_then(|v| v.parse::<i64>().ok());
    let (quote, reply) = (pos(&q.quote), pos(&q.reply));
    let t: TopicPage = st
        .core
        .topic_page(
            ctx.user.as_ref(),
            &slug,
            id,
            super::page_number(q.page.as_deref()),
            quote.or(reply),
        )
        .await?;
    let render = |t: TopicPage| -> Result<axum::response::Html<String>, AppError> {
        let mut v = view_of(
            &st,
            &ctx,
            &slug,
            id,
            t,
            quote,
            reply,
            None,
            ModKept::default(),
        )?;
        v.page = v.page.with_notice(q.notice.as_deref());
        html(&v)
    };
    if ctx.user.is_none() {
        return Ok(super::answer(&ctx, render(t)?));
    }
    // A member's page, kept for members in the same state.
    let state = reader_state(&t);
    crate::kept::kept_for(&st, &ctx, state, super::MEMBER_DEPS, async { render(t) }).await
}

/// POST: a reply (`action=reply`, with files) or "Save draft" (`action=draft`).
pub async fn reply(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path((slug, id)): Path<(String, String)>,
    mp: CsrfMultipart,
) -> Result<Response, AppError> {
    let id = topic_id(&id)?;
    // Files only from those who may post here, known before any is stored.
    let may = st.core.new_topic_form(&user, &slug).await.is_ok();
    let (ctx, form) = read_upload_form(&st.core, &user, Uploads::allowed_if(may), mp).await?;
    let field = |name: &str| {
        form.pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let body = field("body");
    let reply_to = field("reply_to").parse::<i64>().ok();
    let mut files: Vec<FileId> = form
        .pairs
        .iter()
        .filter(|(k, _)| k == "file")
        .filter_map(|(_, v)| v.parse().ok())
        .collect();
    let uploaded = form.uploaded_ids();
    files.extend(&uploaded);
    let base = format!("/communities/{slug}/topics/{id}");
    if field("action") == "draft" {
        st.core.discard_uploads(&user, &uploaded).await?;
        st.core.save_reply_draft(&user, &slug, id, &body).await?;
        let q = reply_to.map(|p| format!("&reply={p}")).unwrap_or_default();
        return Ok(
            Redirect::to(&format!("{base}?notice={}{q}#reply", Notice::Saved.key()))
                .into_response(),
        );
    }
    let input = ReplyInput {
        body: body.clone(),
        reply_to,
        files: files.clone(),
    };
    let result = if form.errors.is_empty() {
        st.core.reply(&user, &slug, id, &input).await
    } else {
        // Keep what was typed while the refused upload is fixed.
        if !body.trim().is_empty() {
            st.core.save_reply_draft(&user, &slug, id, &body).await?;
        }
        Err(CoreError::Invalid(form.errors))
    };
    discard_if_refused(&st.core, &user, &uploaded, &result).await?;
    let page_ctx = ctx.clone();
    or_rerender(
        result,
        ctx.locale,
        |pos| {
            Redirect::to(&format!(
                "{base}?page={}#p{pos}",
                minga_domain::discussion::page_of(u64::try_from(pos).unwrap_or(1))
            ))
        },
        async |errors| {
            let kept = st.core.own_files(&user, &files).await?;
            view(
                &st,
                &page_ctx,
                &slug,
                id,
                Some(u32::MAX),
                None,
                None,
                Some(ReplyKept {
                    body,
                    reply_to,
                    files: kept,
                    errors,
                }),
                ModKept::default(),
            )
            .await
        },
    )
    .await
}

#[derive(Deserialize)]
pub struct FollowForm {
    #[serde(default)]
    follow: String,
}

/// POST …/follow: follow, mute, or neither.
pub async fn follow(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path((slug, id)): Path<(String, String)>,
    CsrfForm(_, f): CsrfForm<FollowForm>,
) -> Result<Response, AppError> {
    let id = topic_id(&id)?;
    let follow = Follow::parse(&f.follow).ok_or(AppError::BadRequest)?;
    st.core.set_topic_follow(&user, &slug, id, follow).await?;
    Ok(Notice::Saved
        .redirect(&format!("/communities/{slug}/topics/{id}"))
        .into_response())
}

#[derive(Deserialize)]
pub struct ReactForm {
    /// `{position}.{kind}`
    #[serde(default)]
    r: String,
    #[serde(default)]
    page: String,
}

/// POST …/react: gives or takes back a reaction, back to the post.
pub async fn react(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path((slug, id)): Path<(String, String)>,
    CsrfForm(_, f): CsrfForm<ReactForm>,
) -> Result<Response, AppError> {
    let id = topic_id(&id)?;
    let (pos, kind) = f.r.split_once('.').ok_or(AppError::BadRequest)?;
    let pos: i64 = pos.parse().map_err(|_| AppError::BadRequest)?;
    let kind = Reaction::parse(kind).ok_or(AppError::BadRequest)?;
    st.core.react(&user, &slug, id, pos, kind).await?;
    let page = super::page_number(Some(&f.page)).unwrap_or(1);
    Ok(Redirect::to(&format!(
        "/communities/{slug}/topics/{id}?page={page}#p{pos}"
    ))
    .into_response())
}
