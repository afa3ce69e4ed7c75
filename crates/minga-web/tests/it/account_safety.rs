//! Accounts and sign-in under hostile input (issue 11): reset links that die
//! with the password, sign-in limits that neither lock a room out nor let a
//! stranger lock an account, reset requests that answer alike, HSTS and a
//! CSRF token renewed at sign-in, and emails robots recognise.

use minga_testkit::{Client, Resp, TestApp};

const MEMBER: &str = "member@demo.minga.test";
const PASSWORD: &str = minga_core::demo::DEFAULT_PASSWORD;

/// Asks for a reset link for `email` and returns the link's path.
async fn reset_link(app: &TestApp, email: &str) -> String {
    let r = app
        .client()
        .post("/password/forgot", &[("email", email)])
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let mail = app.deliver_mail().await;
    assert_eq!(mail.len(), 1, "one reset email");
    let link = mail[0].link("/password/reset/").expect("a reset link");
    link.trim_start_matches("http://minga.test").to_string()
}

async fn reset(c: &mut Client, path: &str, password: &str) -> Resp {
    c.post(
        path,
        &[("password", password), ("password_confirm", password)],
    )
    .await
}

// --- 1. reset links die when the password changes ------------------------

#[tokio::test]
async fn using_one_reset_link_ends_the_others() {
    let app = TestApp::with_demo(3).await;
    let first = reset_link(&app, MEMBER).await;
    let second = reset_link(&app, MEMBER).await;
    let mut c = app.client();
    assert_eq!(
        reset(&mut c, &second, "set by the second").await.status,
        303
    );
    // The older email's link is dead, on the page and on submission.
    let mut other = app.client();
    assert_eq!(other.get(&first).await.status, 410);
    assert_eq!(
        reset(&mut other, &first, "set by the first").await.status,
        410
    );
    assert_eq!(
        app.client().login(MEMBER, "set by the second").await.status,
        303
    );
}

#[tokio::test]
async fn changing_the_password_on_the_account_page_ends_reset_links() {
    let app = TestApp::with_demo(3).await;
    let link = reset_link(&app, MEMBER).await;
    let mut me = app.signed_in(MEMBER).await;
    let r = me
        .post(
            "/account/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", "changed on the page"),
                ("new_password_confirm", "changed on the page"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let mut thief = app.client();
    assert_eq!(thief.get(&link).await.status, 410);
    assert_eq!(reset(&mut thief, &link, "taken over").await.status, 410);
    assert_eq!(
        app.client()
            .login(MEMBER, "changed on the page")
            .await
            .status,
        303
    );
}

// --- 2. sign-in limits ----------------------------------------------------

/// Moves the account's latest failed password check back by `ms`, as if that
/// much time had passed since.
async fn age_failures(app: &TestApp, ms: i64) {
    let n = app
        .sql(&format!(
            "UPDATE rate_limits SET window_start = window_start - {ms} \
             WHERE key LIKE 'password:failures:%'"
        ))
        .await;
    assert!(n >= 1, "a streak of failures to age");
}

#[tokio::test]
async fn a_room_signs_in_from_one_connection() {
    // Every test client comes from the same address, like a workshop
    // behind one connection: correct sign-ins do not fill its limit.
    let app = TestApp::with_demo(3).await;
    for i in 0..35 {
        let r = app.client().login(MEMBER, PASSWORD).await;
        assert_eq!(r.status, 303, "sign-in {} from the room", i + 1);
    }
    // Failures still do: 30 in the window, then the address waits.
    for i in 0..30 {
        let email = format!("stranger{}@example.org", i / 5);
        let r = app.client().login(&email, "guess").await;
        assert_eq!(r.status, 401, "failure {}", i + 1);
    }
    let r = app.client().login(MEMBER, PASSWORD).await;
    assert_eq!(r.status, 429);
    assert!(r.contains("Too many sign-in attempts"), "{}", r.body);
}

#[tokio::test]
async fn failed_sign_ins_slow_an_account_down_but_never_lock_it() {
    let app = TestApp::with_demo(3).await;
    let mut stranger = app.client();
    for _ in 0..5 {
        assert_eq!(stranger.login(MEMBER, "a guess").await.status, 401);
    }
    // The owner, right after, is told to wait two seconds, in their language.
    let mut owner = app.client();
    owner.accept_language = Some("es".into());
    let r = owner.login(MEMBER, PASSWORD).await;
    assert_eq!(r.status, 429);
    assert!(
        r.contains("Vuelva a intentarlo dentro de 2 segundos."),
        "{}",
        r.body
    );
    assert_eq!(r.headers.get("retry-after").unwrap(), "2");
    assert!(r.contains("value=\"member@demo.minga.test\""), "email kept");
    // Two seconds later the right password works.
    age_failures(&app, 2_000).await;
    assert_eq!(owner.login(MEMBER, PASSWORD).await.status, 303);

    // However long a stranger keeps guessing, the wait stops growing at a
    // minute; guesses refused while waiting do not lengthen it.
    for failures in 1..=12 {
        assert_eq!(stranger.login(MEMBER, "a guess").await.status, 401);
        if failures >= 5 {
            assert_eq!(stranger.login(MEMBER, "a guess").await.status, 429);
        }
        age_failures(&app, 60_000).await;
    }
    assert_eq!(stranger.login(MEMBER, "a guess").await.status, 401);
    let r = app.client().login(MEMBER, PASSWORD).await;
    assert_eq!(r.status, 429);
    assert!(r.contains("Please try again in 60 seconds."), "{}", r.body);
    age_failures(&app, 60_000).await;
    assert_eq!(app.client().login(MEMBER, PASSWORD).await.status, 303);
}

#[tokio::test]
async fn the_current_password_check_slows_down_the_same_way() {
    let app = TestApp::with_demo(3).await;
    let mut c = app.signed_in(MEMBER).await;
    let change = |current: &'static str| {
        [
            ("current_password", current),
            ("new_password", "a new long password"),
            ("new_password_confirm", "a new long password"),
        ]
    };
    for _ in 0..5 {
        let r = c.post("/account/password", &change("a guess")).await;
        assert_eq!(r.status, 422);
    }
    // Even the right password waits now: the form again, saying how long.
    let r = c.post("/account/password", &change(PASSWORD)).await;
    assert_eq!(r.status, 429);
    assert!(r.contains("Please try again in 2 seconds."), "{}", r.body);
    assert!(r.contains("action=\"/account/password\""));
    assert_eq!(r.headers.get("retry-after").unwrap(), "2");
    age_failures(&app, 2_000).await;
    let r = c.post("/account/password", &change(PASSWORD)).await;
    assert_eq!(r.status, 303, "{}", r.body);
}

// --- 3. reset requests answer alike ---------------------------------------

#[tokio::test]
async fn a_reset_request_answers_and_works_alike_for_any_address() {
    let app = TestApp::with_demo(3).await;
    let mut c = app.client();
    c.get("/password/forgot").await;
    // As long as the member's address, so even Content-Length cannot differ.
    let (member, ghost) = (MEMBER, "ghosts@demo.minga.test");
    assert_eq!(ghost.len(), member.len());
    let before = app.store().pending_jobs().await.unwrap();
    let known = c.post("/password/forgot", &[("email", member)]).await;
    let after_known = app.store().pending_jobs().await.unwrap();
    let unknown = c.post("/password/forgot", &[("email", ghost)]).await;
    let after_unknown = app.store().pending_jobs().await.unwrap();
    assert_eq!(known.status, 200);
    assert_eq!(unknown.status, known.status);
    assert_eq!(unknown.headers, known.headers, "same headers");
    assert_eq!(
        unknown.body.replace(ghost, "[email]"),
        known.body.replace(member, "[email]"),
        "same page"
    );
    // The same work for both: one job queued, looked up by the worker.
    assert_eq!(after_known - before, 1);
    assert_eq!(after_unknown - after_known, 1);
    let mail = app.deliver_mail().await;
    assert_eq!(mail.len(), 1, "only the account's owner gets mail");
    assert_eq!(mail[0].to, member);
}

// --- 4. HSTS and a new CSRF token at sign-in --------------------------------

#[tokio::test]
async fn https_sites_send_hsts_on_every_response() {
    let app = TestApp::with_demo(3).await;
    let mut https = app.client_at("https://minga.test");
    let mut answers = vec![
        https.get("/login").await,
        // The second page links the stylesheet the first had inline.
        https.get("/").await,
        https.get("/no-such-page").await,
        https.post_raw("/login", &[("csrf", "forged")]).await,
    ];
    let css = answers[1]
        .body
        .split("href=\"/static/")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .map(str::to_string);
    if let Some(css) = css {
        answers.push(https.get(&format!("/static/{css}")).await);
    }
    answers.push(https.login(MEMBER, PASSWORD).await);
    assert_eq!(answers.len(), 6, "the stylesheet was found");
    for r in &answers {
        assert_eq!(
            r.headers.get("strict-transport-security").unwrap(),
            "max-age=31536000; includeSubDomains",
            "answer {}",
            r.status
        );
    }
    // Never over plain http.
    let mut http = app.client();
    for r in [http.get("/login").await, http.get("/no-such-page").await] {
        assert!(r.headers.get("strict-transport-security").is_none());
    }
}

#[tokio::test]
async fn signing_in_renews_the_csrf_token() {
    let app = TestApp::with_demo(3).await;
    let mut c = app.client();
    c.get("/login").await;
    let before = c.cookies[minga_web::CSRF_COOKIE].clone();
    let r = c.login(MEMBER, PASSWORD).await;
    assert_eq!(r.status, 303);
    let set: Vec<_> = r
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter(|v| v.starts_with("minga_csrf="))
        .collect();
    assert_eq!(set.len(), 1, "{set:?}");
    assert!(set[0].contains("HttpOnly") && set[0].contains("SameSite=Lax"));
    let after = c.cookies[minga_web::CSRF_COOKIE].clone();
    assert_ne!(after, before, "a new token");
    assert_eq!(after.len(), 43, "the width of the kept pages' slot");
    // Pages now carry the new token (kept ones too: the home page), and
    // only it opens forms.
    for _ in 0..2 {
        let home = c.get("/").await;
        assert!(
            home.contains(&format!("value=\"{after}\"")),
            "{}",
            home.body
        );
        assert!(!home.contains(&before));
    }
    let old = c
        .post_raw(
            "/account",
            &[
                ("csrf", &before),
                ("name", "Mallory"),
                ("locale", "en"),
                ("time_zone", "UTC"),
            ],
        )
        .await;
    assert_eq!(old.status, 403);
    let new = c
        .post(
            "/account",
            &[("name", "Mateo"), ("locale", "en"), ("time_zone", "UTC")],
        )
        .await;
    assert_eq!(new.status, 303);
}

// --- 5. emails robots recognise, with the reader's settings ---------------

#[tokio::test]
async fn emails_carry_message_id_auto_submitted_and_a_settings_link() {
    let app = TestApp::with_demo(3).await;
    for email in [MEMBER, MEMBER] {
        app.client()
            .post("/password/forgot", &[("email", email)])
            .await;
    }
    // Over a real SMTP conversation.
    let mail = app.deliver_mail().await;
    assert_eq!(mail.len(), 2);
    let mut ids = Vec::new();
    for m in &mail {
        let id = m.header("Message-ID").expect("a Message-ID");
        assert!(
            id.starts_with('<') && id.ends_with("@test.invalid>"),
            "{id}"
        );
        ids.push(id.to_string());
        assert_eq!(m.header("Auto-Submitted"), Some("auto-generated"));
        let text = m.text.replace("\r\n", "\n");
        assert!(
            text.trim_end().ends_with(
                "\n-- \nSent by Minga. Your settings, including the language of these emails: \
                 http://minga.test/account"
            ),
            "{text}"
        );
    }
    assert_ne!(ids[0], ids[1], "each message its own id");
}
