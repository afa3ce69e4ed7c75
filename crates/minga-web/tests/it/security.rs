use minga_testkit::TestApp;

#[tokio::test]
async fn forms_need_the_csrf_token() {
    let app = TestApp::with_demo(3).await;
    let mut c = app.client();
    c.get("/login").await;
    let r = c
        .post_raw(
            "/login",
            &[
                ("email", "member@demo.minga.test"),
                ("password", "minga-demo"),
            ],
        )
        .await;
    assert_eq!(r.status, 403);
    assert!(r.contains("This form has expired"));
    let r = c
        .post_raw(
            "/login",
            &[
                ("csrf", "forged-forged-forged-forged-forged-forged-f"),
                ("email", "member@demo.minga.test"),
                ("password", "minga-demo"),
            ],
        )
        .await;
    assert_eq!(r.status, 403);
    assert!(!c.cookies.contains_key(minga_web::SESSION_COOKIE));
}

#[tokio::test]
async fn security_headers_and_cacheable_stylesheet() {
    let app = TestApp::new().await;
    let mut c = app.client();
    let r = c.get("/login").await;
    let csp = r
        .headers
        .get("content-security-policy")
        .unwrap()
        .to_str()
        .unwrap();
    assert!(csp.contains("default-src 'none'") && !csp.contains("unsafe-inline"));
    assert_eq!(r.headers.get("x-frame-options").unwrap(), "DENY");
    // The first page carries the rules inline; the next one fetches the file.
    let r = c.get("/").await;
    let href = r
        .body
        .split("href=\"/static/")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    let css = c.get(&format!("/static/{href}")).await;
    assert_eq!(css.status, 200);
    assert!(css
        .headers
        .get("cache-control")
        .unwrap()
        .to_str()
        .unwrap()
        .contains("immutable"));
    assert_eq!(c.get("/static/minga.old.css").await.status, 404);
}

#[tokio::test]
async fn bad_input_never_panics() {
    let app = TestApp::with_demo(3).await;
    let mut c = app.signed_in("secretariat@demo.minga.test").await;
    for path in [
        "/orgs/%FF%FE",
        "/invite/%00",
        "/orgs?page=99999999999",
        "/password/reset/x",
        "/orgs/secretariat/edit/../../",
    ] {
        let r = c.get(path).await;
        assert!(r.status < 500, "{path}: {}", r.status);
    }
    let long = "x".repeat(100_000);
    let r = c
        .post(
            "/orgs/new",
            &[("name", &long), ("kind", "coalition"), ("country", "KE")],
        )
        .await;
    assert_eq!(r.status, 422);
    let r = c
        .post(
            "/orgs/new",
            &[("name", "\u{0}\u{7}"), ("kind", "??"), ("country", "")],
        )
        .await;
    assert_eq!(r.status, 422);
    let r = c
        .post_raw("/login", &[("csrf", "a"), ("email", "\u{202e}")])
        .await;
    assert_eq!(r.status, 403);
}
