//! Test harness: a `TestApp` on a fresh database (SQLite in a temp folder, or
//! a fresh PostgreSQL database when `MINGA_TEST_DATABASE_URL` is set), a real
//! SMTP server that records what it receives, and a cookie-keeping client
//! that drives the router in process.

mod client;
pub mod db;
mod smtp;

pub use client::{Client, Resp};
/// The store, for tests that set up or inspect data below the use cases.
pub use minga_store as store;
pub use smtp::{Received, SmtpSink};

use minga_core::{Core, Mailer, Settings};
use minga_store::Store;

/// Uploads larger than this are refused in tests (small, so tests stay quick).
pub const UPLOAD_LIMIT: u64 = 200_000;
/// File space per organisation in tests: a few uploads at the limit.
pub const ORG_QUOTA: u64 = 500_000;
/// Recordings larger than this are refused in tests.
pub const MEDIA_LIMIT: u64 = 1_000_000;

pub struct TestApp {
    pub core: Core,
    /// The database under `core`, for tests that set up or inspect data.
    store: Store,
    pub state: minga_web::AppState,
    pub router: axum::Router,
    pub smtp: SmtpSink,
    _db: db::TestDb,
}

impl TestApp {
    /// A fresh, empty app.
    pub async fn new() -> TestApp {
        let db = db::TestDb::new().await;
        let store = Store::open(db.url.as_deref(), db.dir.path())
            .await
            .expect("open test database");
        let smtp = SmtpSink::start().await;
        let mailer = Mailer::smtp(&smtp.url(), "Minga <minga@test.invalid>").expect("mailer");
        let settings = Settings {
            base_url: "http://minga.test".into(),
            mail_from: "Minga <minga@test.invalid>".into(),
            network_name: "Minga".into(),
            max_upload_bytes: UPLOAD_LIMIT,
            time_zone: minga_domain::TimeZone::utc(),
            org_quota_bytes: ORG_QUOTA,
            max_media_bytes: MEDIA_LIMIT,
            ffmpeg: "ffmpeg".into(),
            pdftoppm: "pdftoppm".into(),
        };
        // Real files in the test's own folder, through the same code as production.
        let blobs = minga_core::Blobs::local(&db.dir.path().join("blobs")).expect("blob folder");
        let core = Core::new(store.clone(), blobs, mailer, settings);
        core.ensure_taxonomy().await.expect("taxonomy");
        core.refresh_org_keys().await.expect("org keys");
        let state = minga_web::AppState::new(core.clone());
        let router = minga_web::router(state.clone());
        TestApp {
            core,
            store,
            state,
            router,
            smtp,
            _db: db,
        }
    }

    /// A fresh app with a small demo network (the named demo accounts and
    /// `orgs` member organisations).
    pub async fn with_demo(orgs: usize) -> TestApp {
        let app = TestApp::new().await;
        app.core
            .seed_demo(
                minga_core::demo::Size {
                    orgs,
                    users: orgs * 2,
                },
                minga_core::demo::DEFAULT_PASSWORD,
            )
            .await
            .expect("seed demo");
        app
    }

    /// A member organisation (public, in `country`) with these people, each
    /// with the demo password and English as their language.
    pub async fn add_org(
        &self,
        slug: &str,
        name: &str,
        country: &str,
        people: &[(&str, &str, minga_domain::Role)],
    ) -> minga_domain::Org {
        let fields = minga_domain::OrgFields {
            name: name.into(),
            kind: minga_domain::OrgKind::Coalition,
            country: minga_domain::Country::parse(country).expect("a country code"),
            region_override: None,
            group_override: None,
            description_md: String::new(),
            description_html: String::new(),
            website: None,
            contact_email: None,
            contact_phone: None,
            public: true,
            override_reason: None,
        };
        let slug = minga_domain::Slug::parse(slug).expect("a slug");
        let org = self
            .store
            .create_org(&fields, &slug, false)
            .await
            .expect("create org");
        let hash =
            minga_core::passwords::hash_blocking(minga_core::demo::DEFAULT_PASSWORD).expect("hash");
        for (email, name, role) in people {
            self.store
                .create_user(&minga_store::NewUser {
                    org_id: org.id,
                    email: minga_domain::Email::parse(email).expect("an email"),
                    name: (*name).into(),
                    role: *role,
                    locale: minga_domain::Locale::En,
                    time_zone: minga_domain::TimeZone::utc(),
                    password_hash: hash.clone(),
                })
                .await
                .expect("create user");
        }
        org
    }

    /// The person with this email (panics if there is none: tests know their data).
    pub async fn user(&self, email: &str) -> minga_domain::User {
        let email = minga_domain::Email::parse(email).expect("valid email");
        self.store
            .user_auth_by_email(&email)
            .await
            .expect("a user with that email")
            .user
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// A browser-like client with its own cookies.
    pub fn client(&self) -> Client {
        Client::new(self.router.clone())
    }

    /// A client of this app as it would run with another base URL (e.g.
    /// `https://…`, which turns on Secure cookies and HSTS).
    pub fn client_at(&self, base_url: &str) -> Client {
        let mut core = self.core.clone();
        core.settings = std::sync::Arc::new(Settings {
            base_url: base_url.into(),
            ..(*self.core.settings).clone()
        });
        Client::new(minga_web::router(minga_web::AppState::new(core)))
    }

    /// A client of another app server on the same database, with nothing
    /// kept in memory, carrying `like`'s cookies (the same reader).
    pub fn cold_client(&self, like: &Client) -> Client {
        let state = minga_web::AppState::new(self.core.cold_twin());
        let mut c = Client::new(minga_web::router(state));
        c.cookies = like.cookies.clone();
        c
    }

    /// A client signed in as `email` with the demo password.
    pub async fn signed_in(&self, email: &str) -> Client {
        let mut c = self.client();
        let r = c.login(email, minga_core::demo::DEFAULT_PASSWORD).await;
        assert_eq!(r.status, 303, "sign-in of {email} failed: {}", r.body);
        c
    }

    /// Runs queued jobs (mail) and returns what the SMTP server received since last asked.
    pub async fn deliver_mail(&self) -> Vec<Received> {
        self.core.run_due_jobs().await.expect("run jobs");
        self.smtp.take()
    }

    /// Runs one SQL statement on the test's database on a connection of its
    /// own, behind the app's back: for what no use case does, such as moving
    /// a stored time into the past. Returns the rows it changed.
    pub async fn sql(&self, statement: &str) -> u64 {
        use sqlx::{Connection, Executor};
        let url = match &self._db.url {
            Some(url) => url.clone(),
            None => format!(
                "sqlite://{}",
                self._db.dir.path().join("minga.db").display()
            ),
        };
        let mut conn = sqlx::AnyConnection::connect(&url)
            .await
            .expect("connect to the test database");
        let done = conn.execute(statement).await.expect(statement);
        let _ = conn.close().await;
        done.rows_affected()
    }

    pub fn is_postgres(&self) -> bool {
        self.store.backend() == minga_store::Backend::Postgres
    }
}
