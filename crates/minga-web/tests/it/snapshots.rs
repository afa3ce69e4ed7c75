//! Snapshots (insta) of a few pages and emails in English and Arabic, so a
//! change of markup is a diff someone reviews. What differs per run — CSRF
//! tokens, ids, one-time links, dates, the stylesheet's hash — is redacted
//! by insta filters, so the same snapshots hold on SQLite and PostgreSQL.
//!
//! After an intended change: `INSTA_UPDATE=always cargo test -p minga-web --test it snapshots`
//! (or `cargo insta review`), read the diff, and commit the `.snap` files.

use minga_testkit::{Client, TestApp};

/// Checks `body` against the snapshot `name`, with per-run values redacted.
fn check(name: &str, body: &str) {
    let mut s = insta::Settings::clone_current();
    s.set_prepend_module_to_snapshot(false);
    s.set_snapshot_path("snapshots");
    for (re, to) in [
        // The CSRF token in forms.
        (
            r#"name="csrf" value="[^"]*""#,
            r#"name="csrf" value="[csrf]""#,
        ),
        // UUIDv7 ids in links and fields.
        (
            r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
            "[id]",
        ),
        // One-time links: invitation and reset tokens.
        (r"/invite/[A-Za-z0-9_-]{16,}", "/invite/[token]"),
        (
            r"/password/reset/[A-Za-z0-9_-]{16,}",
            "/password/reset/[token]",
        ),
        // Dates ("30 November 2026", "30 نوفمبر 2026", ISO).
        (r"\b\d{1,2} \p{L}+ \d{4}\b", "[date]"),
        (r"\b\d{4}-\d{2}-\d{2}\b", "[date]"),
        // A disc's colour follows the (random) id of its organisation or person.
        (r"disc c[0-9]", "disc c[colour]"),
        // The fingerprinted stylesheet.
        (r"/static/minga\.[0-9a-f]+\.css", "/static/minga.[hash].css"),
        // The stylesheet is inline until the browser has the file; its rules
        // are not what these snapshots review.
        (r"(?s)<style>.*?</style>", "<style>[stylesheet]</style>"),
    ] {
        s.add_filter(re, to);
    }
    s.bind(|| insta::assert_snapshot!(name, body));
}

/// The page at `path` in English and in Arabic, chosen as a reader does (the
/// language switcher: saved on the account, or a cookie for a visitor).
async fn both(c: &mut Client, name: &str, path: &str) {
    for lang in ["en", "ar"] {
        let switched = c.post("/lang", &[("lang", lang), ("next", path)]).await;
        assert_eq!(switched.status, 303);
        let r = c.get(path).await;
        assert_eq!(r.status, 200, "{path} in {lang}");
        check(&format!("{name}_{lang}"), &r.body);
    }
}

#[tokio::test]
async fn pages_in_english_and_arabic() {
    let app = TestApp::with_demo(6).await;
    both(&mut app.client(), "sign_in", "/login").await;
    let mut admin = app.signed_in("orgadmin@demo.minga.test").await;
    let own = app.user("orgadmin@demo.minga.test").await;
    let org = app.store().org_by_id(own.org_id).await.unwrap();
    both(&mut admin, "org_profile", &format!("/orgs/{}", org.slug)).await;
    both(&mut admin, "capacity_matches", "/capacity/matches").await;
}

#[tokio::test]
async fn emails_in_english_and_arabic() {
    let app = TestApp::with_demo(3).await;
    let mut sec = app.signed_in("secretariat@demo.minga.test").await;
    let org = app.store().org_by_slug("secretariat").await.unwrap();
    for lang in ["en", "ar"] {
        let r = sec
            .post(
                &format!("/orgs/{}/invite", org.slug),
                &[
                    ("email", &format!("new-{lang}@example.org")),
                    ("role", "secretariat"),
                    ("locale", lang),
                ],
            )
            .await;
        assert_eq!(r.status, 303, "{}", r.body);
        let mail = app.deliver_mail().await;
        assert_eq!(mail.len(), 1);
        check(
            &format!("email_invitation_{lang}"),
            &format!("Subject: {}\n\n{}", mail[0].subject, mail[0].text),
        );
    }
    for (lang, email) in [
        ("en", "member@demo.minga.test"),
        ("ar", "orgadmin@demo.minga.test"),
    ] {
        let mut c = app.signed_in(email).await;
        assert_eq!(
            c.post("/lang", &[("lang", lang), ("next", "/")])
                .await
                .status,
            303
        );
        let mut visitor = app.client();
        let r = visitor.post("/password/forgot", &[("email", email)]).await;
        assert_eq!(r.status, 200);
        let mail = app.deliver_mail().await;
        assert_eq!(mail.len(), 1);
        check(
            &format!("email_password_reset_{lang}"),
            &format!("Subject: {}\n\n{}", mail[0].subject, mail[0].text),
        );
    }
}
