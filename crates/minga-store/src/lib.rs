//! The database: the only source of truth.
//!
//! One query layer serves SQLite and PostgreSQL through sqlx's `Any` driver,
//! so every query is written once in portable SQL (`$1` placeholders,
//! `RETURNING`, `ON CONFLICT`). The few places where the dialects differ are
//! marked `BACKEND-SPECIFIC`. Only portable column types cross the driver:
//! TEXT (ids, UUIDv7 made in Rust), BIGINT (times in UTC milliseconds, flags)
//! — which is why ids are TEXT on PostgreSQL too.
//!
//! Every write appends to `change_log` in the same transaction, so whatever is
//! derived (search index, digests) can follow it.

mod capacity;
mod change_log;
mod communities;
mod consultations;
pub use communities::VISIT_GAP_MS;
mod db;
mod discussions;
mod error;
mod events;
mod files;
mod invitations;
mod jobs;
mod kel;
mod library;
mod media;
mod migrate;
pub mod notifications;
mod orgs;
mod people;
mod practices;
mod rate_limits;
mod row;
mod tallies;
mod users;

pub use capacity::{
    CellEntry, ExchangeCounts, Helper, MapCount, MapMeasure, MapSource, NewRound, RoundCounts,
};
pub use change_log::{recorded, watching_writes, Change};
pub use consultations::{
    ConsultationDraft, ConsultationText, ResponseRow, StoredConsultation, StoredQuestion,
    StoredResponse,
};
pub use db::{Backend, Store};
pub use discussions::BulkTopic;
pub use error::StoreError;
pub use events::ReminderKind;
pub use files::{NewFile, StoredFile};
pub use invitations::NewInvitation;
pub use jobs::{Job, JobKinds, NewJob, MAX_ATTEMPTS};
pub use kel::{
    Contribution, InitiativeParts, LogLine, Milestone, Output, StoredInitiative, StoredObjective,
};
pub use library::{
    NewResource, NewTranslation, ResourceAbout, StoredResource, StoredTranslation, PREVIEW_JOB,
};
pub use media::{Media, NewMedia, StoredRendition};
pub use notifications::NewNotification;
pub use people::{PeopleChange, Renewal};
pub use practices::{
    BulkPractice, NewPractice, PracticeCard, PracticeComment, PracticeLinks, PracticeQuery,
    PracticeVersion, Replication, StoredPractice,
};
pub use users::NewUser;
pub use users::UserAuth;

pub type Result<T, E = StoreError> = std::result::Result<T, E>;
