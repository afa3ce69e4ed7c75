//! Events of learning communities: an event's page and its .ics file, the
//! forms that schedule and change one, RSVP and cancelling, a community's
//! list of events, its calendar feed and the page to subscribe to it.

mod calendar;
mod form;
mod list;
mod show;

use crate::routes::Routes;
use crate::view::PageCtx;
use axum::routing::{get, post};
use minga_core::events::{when_text, EventLists};
use minga_domain::event::Event;

pub fn router() -> Routes {
    Routes::new()
        .route(
            "/communities/{slug}/events",
            get(list::show).post(form::create),
        )
        .route("/communities/{slug}/events/new", get(form::new))
        // `{id}` or `{id}.ics`: the page, or the event as an iCalendar file.
        .route("/communities/{slug}/events/{id}", get(show::show))
        .route(
            "/communities/{slug}/events/{id}/edit",
            get(form::edit).post(form::save),
        )
        .route("/communities/{slug}/events/{id}/rsvp", post(show::rsvp))
        .route("/communities/{slug}/events/{id}/cancel", post(show::cancel))
        .route("/communities/{slug}/calendar.ics", get(calendar::feed))
        .route(
            "/communities/{slug}/calendar",
            get(calendar::show).post(calendar::token),
        )
}

/// The zone a reader sees times in: their own, or the network's for visitors.
pub(crate) fn reader_zone(st: &crate::AppState, page: &PageCtx) -> chrono_tz::Tz {
    page.user
        .as_ref()
        .map(|u| u.time_zone.tz())
        .unwrap_or_else(|| st.core.settings.time_zone.tz())
}

/// One event in a list.
pub struct EventCard {
    pub title: String,
    pub link: String,
    pub when: String,
    pub going: String,
    pub cancelled: bool,
}

impl EventCard {
    pub fn new(page: &PageCtx, tz: chrono_tz::Tz, slug: &str, e: &Event) -> EventCard {
        EventCard {
            title: e.title.clone(),
            link: format!("/communities/{slug}/events/{}", e.id),
            when: when_text(page.locale, e.starts_at, e.ends_at, tz),
            going: page.count("event-going", &e.going),
            cancelled: e.is_cancelled(),
        }
    }
}

/// A community page's "Upcoming events" and "Past events" (include
/// `events/section.html` where the view has a field `events` of this type).
pub struct EventsSection {
    pub readable: bool,
    pub upcoming: Vec<EventCard>,
    pub past: Vec<EventCard>,
    pub more_upcoming: bool,
    pub more_past: bool,
    pub may_schedule: bool,
    pub slug: String,
}

impl EventsSection {
    pub fn new(
        st: &crate::AppState,
        page: &PageCtx,
        slug: &str,
        readable: bool,
        lists: &EventLists,
    ) -> EventsSection {
        let tz = reader_zone(st, page);
        EventsSection {
            readable,
            upcoming: lists
                .upcoming
                .iter()
                .map(|e| EventCard::new(page, tz, slug, e))
                .collect(),
            past: lists
                .past
                .iter()
                .map(|e| EventCard::new(page, tz, slug, e))
                .collect(),
            more_upcoming: lists.upcoming_total > lists.upcoming.len() as u64,
            more_past: lists.past_total > lists.past.len() as u64,
            may_schedule: lists.may_schedule,
            slug: slug.to_string(),
        }
    }
}
