//! Notifications: what happened that concerns a person (a reply, a mention,
//! a new topic or event in a community they follow, a step of an exchange,
//! a mapping round), shown in the app and emailed as each person chose.
//!
//! A notification keeps its *kind* and *params*, never finished text: the
//! sentence is rendered when it is read, in the reader's language, so a
//! change of language applies to notifications already received.

use crate::{Locale, NotificationId, UserId};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What a notification is about. The list is exhaustive on purpose: a new
/// kind must be given its code, default delivery, label and text, and the
/// compiler points at each place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NotificationKind {
    /// Someone replied to the reader's topic or reply.
    Reply,
    /// Someone mentioned the reader (or their organisation).
    Mention,
    /// A new topic in a community the reader follows.
    NewTopic,
    /// A new event in a community the reader follows.
    NewEvent,
    /// A peer exchange the reader's organisation takes part in moved.
    Exchange,
    /// A mapping round asks the reader's organisation for its profile.
    Round,
    /// Someone asks to join a community the reader moderates (or, when it
    /// has no moderator, that the Secretariat coordinates).
    JoinRequest,
    /// The reader was invited to a community (`$event` `invited`), or their
    /// request to join one was accepted (`accepted`).
    Membership,
    /// An event the reader is going to (or waiting for) moved: its start,
    /// end or place changed.
    EventChange,
    /// A best practice moved in its review (`$event`: the step's code) or
    /// another organisation tried it (`tried`): told to its authors, and a
    /// practice sent for review to the Secretariat.
    Practice,
    /// A learning initiative moved: a contribution offered (told to the
    /// lead's admins) or answered (told to whoever offered it).
    Initiative,
    /// A consultation asks the reader's organisation (`$event` `open`), its
    /// deadline nears and the organisation has not answered (`reminder`),
    /// or its synthesis is published (`synthesis`).
    Consultation,
}

impl NotificationKind {
    pub const ALL: [NotificationKind; 12] = [
        NotificationKind::Reply,
        NotificationKind::Mention,
        NotificationKind::NewTopic,
        NotificationKind::NewEvent,
        NotificationKind::Exchange,
        NotificationKind::Round,
        NotificationKind::JoinRequest,
        NotificationKind::Membership,
        NotificationKind::EventChange,
        NotificationKind::Practice,
        NotificationKind::Initiative,
        NotificationKind::Consultation,
    ];

    /// The code stored in the database (and used in form field names).
    pub fn code(self) -> &'static str {
        match self {
            NotificationKind::Reply => "reply",
            NotificationKind::Mention => "mention",
            NotificationKind::NewTopic => "new_topic",
            NotificationKind::NewEvent => "new_event",
            NotificationKind::Exchange => "exchange",
            NotificationKind::Round => "round",
            NotificationKind::JoinRequest => "join_request",
            NotificationKind::Membership => "membership",
            NotificationKind::EventChange => "event_change",
            NotificationKind::Practice => "practice",
            NotificationKind::Initiative => "initiative",
            NotificationKind::Consultation => "consultation",
        }
    }

    pub fn parse(s: &str) -> Option<NotificationKind> {
        NotificationKind::ALL.into_iter().find(|k| k.code() == s)
    }

    /// How a person hears of this kind until they choose otherwise: what
    /// asks for an answer or changes plans (replies, mentions, exchanges,
    /// rounds, requests to join, invitations, a moved event) at once, what
    /// only informs (new topics and events) in the daily digest.
    pub fn default_delivery(self) -> Delivery {
        match self {
            NotificationKind::Reply
            | NotificationKind::Mention
            | NotificationKind::Exchange
            | NotificationKind::Round
            | NotificationKind::JoinRequest
            | NotificationKind::Membership
            | NotificationKind::EventChange
            | NotificationKind::Practice
            | NotificationKind::Initiative
            | NotificationKind::Consultation => Delivery::Immediately,
            NotificationKind::NewTopic | NotificationKind::NewEvent => Delivery::DailyDigest,
        }
    }

    /// The Fluent message naming the kind (on the settings page).
    pub fn label_key(self) -> &'static str {
        match self {
            NotificationKind::Reply => "notification-kind-reply",
            NotificationKind::Mention => "notification-kind-mention",
            NotificationKind::NewTopic => "notification-kind-new-topic",
            NotificationKind::NewEvent => "notification-kind-new-event",
            NotificationKind::Exchange => "notification-kind-exchange",
            NotificationKind::Round => "notification-kind-round",
            NotificationKind::JoinRequest => "notification-kind-join-request",
            NotificationKind::Membership => "notification-kind-membership",
            NotificationKind::EventChange => "notification-kind-event-change",
            NotificationKind::Practice => "notification-kind-practice",
            NotificationKind::Initiative => "notification-kind-initiative",
            NotificationKind::Consultation => "notification-kind-consultation",
        }
    }

    /// The Fluent message of a notification's sentence. It receives the
    /// params (and `$actor`, the actor's current name, when there is one);
    /// kinds with several events select on `$event`.
    pub fn text_key(self) -> &'static str {
        match self {
            NotificationKind::Reply => "notification-text-reply",
            NotificationKind::Mention => "notification-text-mention",
            NotificationKind::NewTopic => "notification-text-new-topic",
            NotificationKind::NewEvent => "notification-text-new-event",
            NotificationKind::Exchange => "notification-text-exchange",
            NotificationKind::Round => "notification-text-round",
            NotificationKind::JoinRequest => "notification-text-join-request",
            NotificationKind::Membership => "notification-text-membership",
            NotificationKind::EventChange => "notification-text-event-change",
            NotificationKind::Practice => "notification-text-practice",
            NotificationKind::Initiative => "notification-text-initiative",
            NotificationKind::Consultation => "notification-text-consultation",
        }
    }
}

/// How a person is emailed about one kind of notification. In-app
/// notifications are recorded whatever the choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Delivery {
    /// No email.
    Off,
    /// An email as it happens.
    Immediately,
    /// One email a day listing those not yet read.
    DailyDigest,
}

impl Delivery {
    pub const ALL: [Delivery; 3] = [Delivery::Off, Delivery::Immediately, Delivery::DailyDigest];

    pub fn code(self) -> &'static str {
        match self {
            Delivery::Off => "off",
            Delivery::Immediately => "immediately",
            Delivery::DailyDigest => "daily",
        }
    }

    pub fn parse(s: &str) -> Option<Delivery> {
        Delivery::ALL.into_iter().find(|d| d.code() == s)
    }

    pub fn label_key(self) -> &'static str {
        match self {
            Delivery::Off => "notification-delivery-off",
            Delivery::Immediately => "notification-delivery-immediately",
            Delivery::DailyDigest => "notification-delivery-daily",
        }
    }
}

/// A person's delivery for each kind: what they chose, else the default.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Preferences {
    chosen: BTreeMap<NotificationKind, Delivery>,
}

impl Preferences {
    pub fn from_choices(choices: impl IntoIterator<Item = (NotificationKind, Delivery)>) -> Self {
        Preferences {
            chosen: choices.into_iter().collect(),
        }
    }

    pub fn delivery(&self, kind: NotificationKind) -> Delivery {
        self.chosen
            .get(&kind)
            .copied()
            .unwrap_or_else(|| kind.default_delivery())
    }

    /// Every kind with its delivery, in the order of `NotificationKind::ALL`.
    pub fn all(&self) -> Vec<(NotificationKind, Delivery)> {
        NotificationKind::ALL
            .into_iter()
            .map(|k| (k, self.delivery(k)))
            .collect()
    }
}

/// One value a notification's sentence uses. Values are kept as they were
/// when it happened, except what must follow the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Param {
    /// Text people wrote (a topic's title, an organisation's name): shown
    /// as written, isolated from the sentence's direction.
    #[serde(rename = "t")]
    Text(String),
    /// A fixed word a sentence selects on (`$event`: `requested`,
    /// `message`…), passed as it is.
    #[serde(rename = "c")]
    Code(String),
    /// A Fluent message id, translated in the reader's language (a status).
    #[serde(rename = "m")]
    Message(String),
    /// The same text in several languages by code (`en`, `es`, …), such as
    /// a taxonomy item's label or a round's title: the reader's language,
    /// else English, else the first.
    #[serde(rename = "l")]
    Langs(BTreeMap<String, String>),
}

impl Param {
    pub fn text(s: impl Into<String>) -> Param {
        Param::Text(s.into())
    }

    pub fn code(word: impl Into<String>) -> Param {
        Param::Code(word.into())
    }

    pub fn message(key: impl Into<String>) -> Param {
        Param::Message(key.into())
    }

    /// The text in `l` for a `Langs` value (`None` for the other kinds).
    pub fn in_language(&self, l: Locale) -> Option<&str> {
        match self {
            Param::Langs(m) => m
                .get(l.code())
                .or_else(|| m.get(Locale::En.code()))
                .or_else(|| m.values().next())
                .map(String::as_str),
            _ => None,
        }
    }
}

/// The named values of a notification's sentence.
pub type Params = BTreeMap<String, Param>;

/// A notification as the reader's page shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Notification {
    pub id: NotificationId,
    pub user: UserId,
    pub kind: NotificationKind,
    /// The community it happened in, if any: it is shown only while the
    /// reader may read that community.
    pub community: Option<String>,
    /// Where it leads: a path in the site (`/capacity/exchanges/…`).
    pub link: String,
    pub actor: Option<UserId>,
    /// The actor's name now (a renamed person shows their new name).
    pub actor_name: Option<String>,
    pub params: Params,
    pub created_at: DateTime<Utc>,
    pub read_at: Option<DateTime<Utc>>,
}

impl Notification {
    pub fn is_read(&self) -> bool {
        self.read_at.is_some()
    }
}

/// Whether `link` may be stored as a notification's link: a path inside
/// the site (never another site, `//host` or a scheme), with no control
/// characters. Checked when recorded, so opening one cannot redirect away.
pub fn is_local_link(link: &str) -> bool {
    link.starts_with('/')
        && !link.starts_with("//")
        && !link.starts_with("/\\")
        && !link.chars().any(|c| c.is_control() || c == '\\')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_deliveries_round_trip_through_their_codes() {
        for k in NotificationKind::ALL {
            assert_eq!(NotificationKind::parse(k.code()), Some(k));
        }
        for d in Delivery::ALL {
            assert_eq!(Delivery::parse(d.code()), Some(d));
        }
        assert_eq!(NotificationKind::parse("replies"), None);
        assert_eq!(Delivery::parse(""), None);
    }

    #[test]
    fn what_asks_for_an_answer_comes_at_once_and_the_rest_in_the_digest() {
        use NotificationKind::*;
        for k in [
            Reply,
            Mention,
            Exchange,
            Round,
            JoinRequest,
            Membership,
            EventChange,
        ] {
            assert_eq!(k.default_delivery(), Delivery::Immediately, "{k:?}");
        }
        for k in [NewTopic, NewEvent] {
            assert_eq!(k.default_delivery(), Delivery::DailyDigest, "{k:?}");
        }
    }

    #[test]
    fn a_choice_wins_over_the_default_for_its_kind_only() {
        let p = Preferences::from_choices([(NotificationKind::Reply, Delivery::Off)]);
        assert_eq!(p.delivery(NotificationKind::Reply), Delivery::Off);
        assert_eq!(p.delivery(NotificationKind::Mention), Delivery::Immediately);
        assert_eq!(p.all().len(), NotificationKind::ALL.len());
        assert_eq!(p.all()[0], (NotificationKind::Reply, Delivery::Off));
    }

    #[test]
    fn a_text_in_several_languages_follows_the_reader_then_english_then_any() {
        let p = Param::Langs(
            [("en", "Mapping 2031"), ("es", "Mapeo 2031")]
                .into_iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect(),
        );
        assert_eq!(p.in_language(Locale::Es), Some("Mapeo 2031"));
        assert_eq!(p.in_language(Locale::Ar), Some("Mapping 2031"));
        let only_fr = Param::Langs([("fr".to_string(), "Cartographie".to_string())].into());
        assert_eq!(only_fr.in_language(Locale::Pt), Some("Cartographie"));
        assert_eq!(Param::text("x").in_language(Locale::En), None);
    }

    #[test]
    fn only_paths_inside_the_site_are_links() {
        assert!(is_local_link("/capacity/exchanges/1#m-2"));
        for bad in [
            "https://evil.example/",
            "//evil.example/",
            "/\\evil.example",
            "javascript:alert(1)",
            "",
            "/a\nb",
        ] {
            assert!(!is_local_link(bad), "{bad:?}");
        }
    }
}
