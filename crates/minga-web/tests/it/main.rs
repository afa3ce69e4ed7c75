//! Integration tests: the real router on a real database (SQLite, or
//! PostgreSQL when MINGA_TEST_DATABASE_URL is set), mail over real SMTP.
//! One test binary for the crate, a module per area.

mod account_safety;
mod accounts;
mod capacity;
mod capacity_pages;
mod communities;
mod community_notices;
mod consultations;
mod directory;
mod discussions;
mod events;
mod exchange_threads;
mod hostile;
mod i18n;
mod kel;
mod kept_pages;
mod library;
mod media;
mod metrics;
mod notifications;
mod orgs;
mod people;
mod perms;
mod practices;
mod profile_form;
mod rounds;
mod routes;
mod security;
mod snapshots;
