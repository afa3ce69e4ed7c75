//! Moderators' acts on topics (lock, pin, move, split), the queue of flags
//! (/communities/{slug}/flags) and the moderation log (/communities/{slug}/log),
//! which the community's moderators and the Secretariat read.

use super::topic::{topic_id, view, ModKept};
use crate::ctx::SignedIn;
use crate::forms::{or_rerender, CsrfForm, NoFields};
use crate::view::{html, Notice, PageCtx};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use minga_domain::discussion::ModAct;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct ActForm {
    #[serde(default)]
    act: String,
}

/// POST …/moderate: lock, unlock, pin or unpin.
pub async fn topic_act(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path((slug, id)): Path<(String, String)>,
    CsrfForm(_, f): CsrfForm<ActForm>,
) -> Result<Response, AppError> {
    let id = topic_id(&id)?;
    let act = ModAct::parse(&f.act).ok_or(AppError::BadRequest)?;
    st.core.moderate_topic(&user, &slug, id, act).await?;
    Ok(Notice::Saved
        .redirect(&format!("/communities/{slug}/topics/{id}"))
        .into_response())
}

#[derive(Deserialize)]
pub struct MoveForm {
    #[serde(default)]
    to: String,
}

/// POST …/move: to another community (named by its address's last part).
pub async fn move_topic(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path((slug, id)): Path<(String, String)>,
    CsrfForm(ctx, f): CsrfForm<MoveForm>,
) -> Result<Response, AppError> {
    let id = topic_id(&id)?;
    let to = f.to.trim().trim_start_matches("/communities/").to_string();
    or_rerender(
        st.core.move_topic(&user, &slug, id, &to).await,
        ctx.locale,
        |to| Redirect::to(&format!("/communities/{to}/topics/{id}")),
        async |errors| {
            view(
                &st,
                &ctx,
                &slug,
                id,
                None,
                None,
                None,
                None,
                ModKept {
                    errors: Some(errors),
                    move_to: f.to.clone(),
                    ..ModKept::default()
                },
            )
            .await
        },
    )
    .await
}

#[derive(Deserialize)]
pub struct SplitForm {
    #[serde(default)]
    posts: String,
    #[serde(default)]
    title: String,
}

/// Positions typed as "5, 6, 9" or "5-9".
fn positions(raw: &str) -> Vec<i64> {
    let mut out = Vec::new();
    for part in raw.split([',', ' ', ';', '،']).filter(|p| !p.is_empty()) {
        match part.split_once('-') {
            Some((a, b)) => {
                if let (Ok(a), Ok(b)) = (a.trim().parse::<i64>(), b.trim().parse::<i64>()) {
                    if a <= b && b - a <= 2_000 {
                        out.extend(a..=b);
                    }
                }
            }
            None => out.extend(part.trim().parse::<i64>().ok()),
        }
    }
    out
}

/// POST …/split: the replies at the positions typed become a new topic.
pub async fn split(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path((slug, id)): Path<(String, String)>,
    CsrfForm(ctx, f): CsrfForm<SplitForm>,
) -> Result<Response, AppError> {
    let id = topic_id(&id)?;
    or_rerender(
        st.core
            .split_topic(&user, &slug, id, &positions(&f.posts), &f.title)
            .await,
        ctx.locale,
        |new| Redirect::to(&format!("/communities/{slug}/topics/{new}")),
        async |errors| {
            view(
                &st,
                &ctx,
                &slug,
                id,
                None,
                None,
                None,
                None,
                ModKept {
                    errors: Some(errors),
                    split_posts: f.posts.clone(),
                    split_title: f.title.clone(),
                    ..ModKept::default()
                },
            )
            .await
        },
    )
    .await
}

/// POST /communities/{slug}/posts/{id}/dismiss: the flags were unfounded.
pub async fn dismiss(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path((slug, id)): Path<(String, String)>,
    CsrfForm(_, _f): CsrfForm<NoFields>,
) -> Result<Response, AppError> {
    let id = id.parse().map_err(|_| AppError::NotFound)?;
    st.core.dismiss_flags(&user, &slug, id).await?;
    Ok(Notice::Saved
        .redirect(&format!("/communities/{slug}/flags"))
        .into_response())
}

pub struct FlagRow {
    pub post_href: String,
    pub topic_title: String,
    pub post_id: String,
    pub by: String,
    pub reason: String,
    pub excerpt: String,
    pub when: String,
    pub iso: String,
}

#[derive(Template)]
#[template(path = "discussions/flags.html")]
pub struct FlagsView {
    page: PageCtx,
    slug: String,
    community_title: String,
    flags: Vec<FlagRow>,
}

pub async fn flags(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(slug): Path<String>,
    axum::extract::Query(q): axum::extract::Query<crate::view::NoticeQuery>,
) -> Result<Response, AppError> {
    let (access, flags) = st.core.flag_queue(&user, &slug).await?;
    let page = PageCtx::new(&st, &ctx, "flags-title").with_notice(q.notice.as_deref());
    let v = FlagsView {
        community_title: access.community.title.clone(),
        flags: flags
            .iter()
            .map(|f| FlagRow {
                post_href: format!("/communities/{slug}/posts/{}", f.post),
                topic_title: f.topic_title.clone(),
                post_id: f.post.to_string(),
                by: f.by_name.clone(),
                reason: f.reason.clone(),
                excerpt: f.excerpt.clone(),
                when: page.datetime(&f.at),
                iso: f.at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            })
            .collect(),
        slug,
        page,
    };
    Ok(html(&v)?.into_response())
}

pub struct LogRow {
    pub act: String,
    pub who: String,
    pub topic: Option<(String, String)>,
    pub reason: String,
    pub when: String,
    pub iso: String,
}

#[derive(Template)]
#[template(path = "discussions/log.html")]
pub struct LogView {
    page: PageCtx,
    slug: String,
    community_title: String,
    rows: Vec<LogRow>,
}

pub async fn log(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let (access, entries) = st.core.moderation_log(&user, &slug).await?;
    let page = PageCtx::new(&st, &ctx, "modlog-title");
    let v = LogView {
        community_title: access.community.title.clone(),
        rows: entries
            .iter()
            .map(|e| LogRow {
                act: page.t(e.act.label_key()),
                who: e.actor_name.clone(),
                topic: e.topic.map(|t| {
                    let href = match e.position {
                        Some(p) => format!("/communities/{slug}/topics/{t}#p{p}"),
                        None => format!("/communities/{slug}/topics/{t}"),
                    };
                    (href, e.topic_title.clone())
                }),
                reason: e.reason.clone(),
                when: page.datetime(&e.at),
                iso: e.at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            })
            .collect(),
        slug,
        page,
    };
    Ok(html(&v)?.into_response())
}

#[cfg(test)]
mod tests {
    #[test]
    fn positions_take_lists_and_ranges() {
        assert_eq!(super::positions("5, 6,9"), vec![5, 6, 9]);
        assert_eq!(super::positions("3-5 8"), vec![3, 4, 5, 8]);
        assert!(super::positions("x, 9-1").is_empty());
    }
}
