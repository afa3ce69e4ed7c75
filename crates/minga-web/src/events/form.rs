//! The forms that schedule an event and change one.

use crate::ctx::SignedIn;
use crate::forms::{or_rerender, CsrfForm};
use crate::view::{html, time_zone_choices, FormErrors, PageCtx, ZoneChoices};
use crate::{AppError, AppState, Ctx, Notice};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use minga_core::events::EventInput;
use minga_domain::User;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "events/form.html")]
pub struct EventFormView {
    page: PageCtx,
    errors: FormErrors,
    community_title: String,
    community_link: String,
    action: String,
    cancel: String,
    /// Changing an event (the recording may be attached).
    editing: bool,
    input: EventInput,
    zones: ZoneChoices,
}

#[derive(Deserialize, Default)]
pub struct EventForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    starts: String,
    #[serde(default)]
    ends: String,
    #[serde(default)]
    time_zone: String,
    #[serde(default)]
    online_url: String,
    #[serde(default)]
    capacity: String,
    #[serde(default)]
    recording: String,
}

impl EventForm {
    fn input(self) -> EventInput {
        EventInput {
            title: self.title,
            description: self.description,
            starts: self.starts,
            ends: self.ends,
            time_zone: self.time_zone,
            online_url: self.online_url,
            capacity: self.capacity,
            recording: self.recording,
        }
    }
}

struct Target {
    community_title: String,
    slug: String,
    /// The event's id when changing one.
    event: Option<String>,
}

fn view(
    st: &AppState,
    ctx: &Ctx,
    t: Target,
    input: EventInput,
    errors: FormErrors,
) -> EventFormView {
    let editing = t.event.is_some();
    let page = PageCtx::new(
        st,
        ctx,
        if editing {
            "event-edit-title"
        } else {
            "event-new-title"
        },
    );
    let community_link = format!("/communities/{}", t.slug);
    let (action, cancel) = match &t.event {
        Some(id) => (
            format!("/communities/{}/events/{id}/edit", t.slug),
            format!("/communities/{}/events/{id}", t.slug),
        ),
        None => (
            format!("/communities/{}/events", t.slug),
            community_link.clone(),
        ),
    };
    let labels = [
        "title",
        "description",
        "time_zone",
        "starts",
        "ends",
        "online_url",
        "capacity",
        "recording",
    ]
    .iter()
    .map(|f| {
        (
            f.to_string(),
            page.t(&format!("event-label-{}", f.replace('_', "-"))),
        )
    })
    .collect();
    EventFormView {
        errors: errors.labelled(labels),
        zones: time_zone_choices(ctx.locale, &input.time_zone),
        community_title: t.community_title,
        community_link,
        action,
        cancel,
        editing,
        input,
        page,
    }
}

pub async fn new(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let access = st.core.event_scheduling(&user, &slug).await?;
    let t = Target {
        community_title: access.community.title.clone(),
        slug: access.community.slug.to_string(),
        event: None,
    };
    let v = view(
        &st,
        &ctx,
        t,
        EventInput::blank(&user.time_zone),
        FormErrors::none(ctx.locale),
    );
    Ok(html(&v)?.into_response())
}

pub async fn create(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(slug): Path<String>,
    CsrfForm(ctx, f): CsrfForm<EventForm>,
) -> Result<Response, AppError> {
    let input = f.input();
    let result = st.core.schedule_event(&user, &slug, &input).await;
    rerender(&st, &ctx, &user, &slug, None, input, result).await
}

pub async fn edit(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (access, event) = st.core.event_for_edit(&user, &slug, &id).await?;
    let t = Target {
        community_title: access.community.title.clone(),
        slug: access.community.slug.to_string(),
        event: Some(event.id.to_string()),
    };
    let v = view(
        &st,
        &ctx,
        t,
        EventInput::from_event(&event),
        FormErrors::none(ctx.locale),
    );
    Ok(html(&v)?.into_response())
}

pub async fn save(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path((slug, id)): Path<(String, String)>,
    CsrfForm(ctx, f): CsrfForm<EventForm>,
) -> Result<Response, AppError> {
    let input = f.input();
    let result = st.core.edit_event(&user, &slug, &id, &input).await;
    rerender(&st, &ctx, &user, &slug, Some(id), input, result).await
}

async fn rerender(
    st: &AppState,
    ctx: &Ctx,
    user: &User,
    slug: &str,
    event: Option<String>,
    input: EventInput,
    result: Result<String, minga_core::CoreError>,
) -> Result<Response, AppError> {
    let notice = if event.is_some() {
        Notice::Saved
    } else {
        Notice::Created
    };
    or_rerender(
        result,
        ctx.locale,
        |path| notice.redirect(&path),
        async |errors| {
            let access = st.core.event_scheduling(user, slug).await;
            let community_title = match access {
                Ok(a) => a.community.title,
                Err(_) => String::new(),
            };
            let t = Target {
                community_title,
                slug: slug.to_string(),
                event,
            };
            Ok(view(st, ctx, t, input, errors))
        },
    )
    .await
}
