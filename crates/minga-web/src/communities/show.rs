//! /communities/{slug}: a community's page — what it is for, the way in
//! (join, ask, accept an invitation), what is new since the reader's last
//! visit, and a few of its members; and the POSTs to join, ask and leave.

use super::CommunityLabels;
use crate::ctx::{Ctx, SignedIn};
use crate::forms::{or_rerender, CsrfForm, NoFields};
use crate::pictures::{Face, Size};
use crate::view::{html, FormErrors, Notice, NoticeQuery, PageCtx};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use minga_core::communities::{CommunityHome, NOTE_MAX};
use minga_domain::community::{CommunityAction, CommunityMember, Standing};
use serde::Deserialize;

/// A member as a small face and a name.
pub struct MemberChip {
    pub href: String,
    pub face: Face,
    pub name: String,
    pub org: String,
    pub moderator: bool,
}

impl MemberChip {
    pub fn new(m: &CommunityMember) -> MemberChip {
        MemberChip {
            href: format!("/people/{}", m.user),
            face: Face::new(
                &m.user.to_string(),
                &m.name,
                m.picture.as_ref(),
                Size::Small,
                String::new(),
            ),
            name: m.name.clone(),
            org: m.org_name.clone(),
            moderator: m.standing == Standing::Moderator,
        }
    }
}

#[derive(Template)]
#[template(path = "communities/show.html")]
pub struct ShowView {
    page: PageCtx,
    errors: FormErrors,
    slug: String,
    labels: CommunityLabels,
    purpose_html: String,
    standing: Standing,
    may_read: bool,
    may_join: bool,
    may_request: bool,
    may_leave: bool,
    may_edit: bool,
    see_members: bool,
    members: Vec<MemberChip>,
    members_heading: String,
    requests: String,
    last_visit: Option<String>,
    note: String,
    note_hint: String,
    leave_warning: String,
    /// Recent topics (discussions), and how many moved since the last visit.
    rows: Vec<crate::discussions::TopicRow>,
    new_since: Option<String>,
    may_post: bool,
    /// Upcoming and past events (`events/section.html`).
    events: crate::events::EventsSection,
    /// Its newest recordings (members of the network who may read it).
    recordings: Vec<crate::media::MediaRow>,
}

#[allow(clippy::too_many_arguments)]
fn view(
    st: &AppState,
    ctx: &Ctx,
    h: CommunityHome,
    taxonomy: &[minga_domain::capacity::TaxonomyItem],
    errors: FormErrors,
    note: String,
    recent: &[minga_domain::discussion::TopicLine],
    events: &minga_core::events::EventLists,
) -> Result<ShowView, AppError> {
    let page = PageCtx::new(st, ctx, "communities-title");
    let within = page.t("communities-title");
    let page = page.named(&h.access.community.title, &within);
    let a = &h.access;
    let c = &a.community;
    let slug = c.slug.to_string();
    let signed_in = ctx.user.is_some();
    let rows = recent
        .iter()
        .map(|l| crate::discussions::TopicRow::new(&page, &slug, l, signed_in))
        .collect();
    // Topics with something written since the member's last visit.
    let new_since = h.last_visit.and_then(|v| {
        let n = recent.iter().filter(|l| l.topic.last_post_at > v).count() as u64;
        (n > 0).then(|| page.count("community-topics-new-since", &n))
    });
    Ok(ShowView {
        rows,
        new_since,
        may_post: a.may(CommunityAction::Post),
        errors,
        slug: c.slug.to_string(),
        labels: CommunityLabels::new(&page, c, taxonomy),
        purpose_html: c.purpose_html.clone(),
        standing: a.standing,
        may_read: a.may(CommunityAction::Read),
        may_join: a.may(CommunityAction::Join),
        may_request: a.may(CommunityAction::RequestToJoin),
        may_leave: a.may(CommunityAction::Leave),
        may_edit: a.may(CommunityAction::Edit),
        see_members: a.may(CommunityAction::SeeMembers),
        members: h.members.iter().map(MemberChip::new).collect(),
        members_heading: page.count("community-members-count", &h.member_count),
        requests: if h.requests > 0 {
            page.count("community-requests-waiting", &h.requests)
        } else {
            String::new()
        },
        last_visit: h
            .last_visit
            .map(|t| page.t1("community-last-visit", "when", page.datetime(&t))),
        note,
        note_hint: page.t1(
            "community-note-hint",
            "max",
            page.number(&(NOTE_MAX as u64)),
        ),
        events: crate::events::EventsSection::new(
            st,
            &page,
            c.slug.as_str(),
            a.may(CommunityAction::Read),
            events,
        ),
        leave_warning: page.t1(
            "community-leave-confirm",
            "title",
            minga_i18n::isolate(&c.title),
        ),
        recordings: Vec::new(),
        page,
    })
}

/// What a community's page is made of, read (mostly from memory) before it
/// is rendered.
struct Parts {
    home: CommunityHome,
    taxonomy: std::sync::Arc<Vec<minga_domain::capacity::TaxonomyItem>>,
    recent: Vec<minga_domain::discussion::TopicLine>,
    events: minga_core::events::EventLists,
    recordings: Vec<minga_core::media::Media>,
}

impl Parts {
    async fn read(st: &AppState, ctx: &Ctx, slug: &str) -> Result<Parts, AppError> {
        let user = ctx.user.as_ref();
        let home = st.core.community_home(user, slug).await?;
        let taxonomy = st.core.taxonomy().await?;
        let recent = st.core.recent_topics(user, &home.access).await?;
        let events = st
            .core
            .community_events(
                user,
                &home.access,
                chrono::Utc::now(),
                minga_core::events::PREVIEW,
            )
            .await?;
        let recordings = if home.access.may(CommunityAction::Read) {
            st.core.recent_media(user, Some(slug), 5).await?
        } else {
            Vec::new()
        };
        Ok(Parts {
            home,
            taxonomy,
            recent,
            events,
            recordings,
        })
    }

    /// Everything of the reader's own the page shows, beyond their
    /// `Viewer` (see `kept::kept_for`): what they may do, the requests a
    /// moderator sees, their last visit, their unread topics; and the
    /// events shown, which move from upcoming to past with the clock.
    fn state(&self) -> String {
        use std::fmt::Write;
        let a = &self.home.access;
        let mut s = String::new();
        // Every action, so that one added later is in the state too.
        for action in CommunityAction::ALL {
            s.push(if a.may(action) { '1' } else { '0' });
        }
        let _ = write!(
            s,
            "|{:?}|{}|{}|{:?}|",
            a.standing,
            self.events.may_schedule,
            self.home.requests,
            self.home.last_visit.map(|t| t.timestamp_millis())
        );
        for l in &self.recent {
            let _ = write!(s, "{}:{},", l.topic.id, l.unread);
        }
        s.push('|');
        for e in self.events.upcoming.iter().chain(&self.events.past) {
            let _ = write!(s, "{},", e.id);
        }
        let _ = write!(
            s,
            "{}/{}",
            self.events.upcoming_total, self.events.past_total
        );
        s
    }

    fn view(
        self,
        st: &AppState,
        ctx: &Ctx,
        errors: FormErrors,
        note: String,
    ) -> Result<ShowView, AppError> {
        let reads = self.home.access.may(CommunityAction::Read);
        let mut v = view(
            st,
            ctx,
            self.home,
            &self.taxonomy,
            errors,
            note,
            &self.recent,
            &self.events,
        )?;
        if reads {
            v.recordings = crate::media::rows(&v.page, self.recordings);
        }
        Ok(v)
    }
}

async fn page_for(
    st: &AppState,
    ctx: &Ctx,
    slug: &str,
    errors: FormErrors,
    note: String,
) -> Result<ShowView, AppError> {
    Parts::read(st, ctx, slug)
        .await?
        .view(st, ctx, errors, note)
}

pub async fn show(
    State(st): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let parts = Parts::read(&st, &ctx, &slug).await?;
    let render = |parts: Parts| -> Result<axum::response::Html<String>, AppError> {
        let mut v = parts.view(&st, &ctx, FormErrors::none(ctx.locale), String::new())?;
        v.page = v.page.with_notice(q.notice.as_deref());
        html(&v)
    };
    if ctx.user.is_none() {
        return Ok(super::answer(&ctx, render(parts)?));
    }
    // A member's page, kept for members in the same state.
    let state = parts.state();
    crate::kept::kept_for(&st, &ctx, state, super::VISITOR_DEPS, async {
        render(parts)
    })
    .await
}

pub async fn join(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(slug): Path<String>,
    CsrfForm(ctx, _): CsrfForm<NoFields>,
) -> Result<Response, AppError> {
    or_rerender(
        st.core.join_community(&user, &slug).await,
        ctx.locale,
        |_| Notice::CommunityJoined.redirect(&format!("/communities/{slug}")),
        async |errors| page_for(&st, &ctx, &slug, errors, String::new()).await,
    )
    .await
}

pub async fn leave(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(slug): Path<String>,
    CsrfForm(ctx, _): CsrfForm<NoFields>,
) -> Result<Response, AppError> {
    or_rerender(
        st.core.leave_community(&user, &slug).await,
        ctx.locale,
        |()| Notice::CommunityLeft.redirect(&format!("/communities/{slug}")),
        async |errors| page_for(&st, &ctx, &slug, errors, String::new()).await,
    )
    .await
}

#[derive(Deserialize)]
pub struct RequestForm {
    #[serde(default)]
    note: String,
}

pub async fn request(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(slug): Path<String>,
    CsrfForm(ctx, f): CsrfForm<RequestForm>,
) -> Result<Response, AppError> {
    or_rerender(
        st.core.request_to_join(&user, &slug, &f.note).await,
        ctx.locale,
        |()| Notice::CommunityRequested.redirect(&format!("/communities/{slug}")),
        async |errors| page_for(&st, &ctx, &slug, errors, f.note.clone()).await,
    )
    .await
}
