//! Safe under hostile input (issue 11): Markdown that would amplify, uploads
//! a request is refused for, the organisation quota, file names with hidden
//! characters, and range requests on downloads.

use axum::body::Body;
use axum::http::{header, Request};
use minga_domain::exchange::Step;
use minga_domain::{ExchangeId, User};
use minga_testkit::{Client, TestApp};
use tower::ServiceExt;

/// A header of many columns, then rows of one character each, which the
/// renderer fills to the header's width: 4 KB of it once made 1.8 MB.
fn amplifying_table() -> String {
    let columns = 300;
    let mut md = "|a".repeat(columns) + "|\n" + &"|-".repeat(columns) + "|\n";
    md.push_str(&"x\n".repeat(1000));
    md
}

#[tokio::test]
async fn markdown_that_would_amplify_is_refused_with_the_form_kept() {
    let app = TestApp::with_demo(6).await;
    let admin = app.user("orgadmin@demo.minga.test").await;
    let own = app.store().org_by_id(admin.org_id).await.unwrap();
    let mut c = app.signed_in("orgadmin@demo.minga.test").await;
    let md = amplifying_table();
    assert!(md.len() < 4096);
    let edit = format!("/orgs/{}/edit", own.slug);
    let fields = [
        ("name", "Renamed coalition"),
        ("country", own.country.code()),
        ("description", md.as_str()),
        ("website", "https://example.org"),
    ];
    let bad = c.post(&edit, &fields).await;
    assert_eq!(bad.status, 422, "{}", &bad.body[..bad.body.len().min(500)]);
    assert!(bad.contains("This text would make too large a page"));
    // Everything typed comes back: the name and the whole description.
    assert!(bad.contains("value=\"Renamed coalition\""));
    assert!(bad.contains(&md));
    assert!(bad.body.len() < 100_000, "{} bytes", bad.body.len());
    // Nothing was saved.
    let after = app.store().org_by_id(own.id).await.unwrap();
    assert_eq!(after.description_md, own.description_md);
    // In Arabic too (the language saved on the account).
    c.post("/lang", &[("lang", "ar")]).await;
    let ar = c.post(&edit, &fields).await;
    assert_eq!(ar.status, 422);
    assert!(ar.contains("سيُنتج هذا النص صفحة كبيرة جدًا"));
}

#[tokio::test]
async fn a_page_too_large_to_keep_is_served_every_time() {
    let app = TestApp::with_demo(6).await;
    let admin = app.user("orgadmin@demo.minga.test").await;
    let own = app.store().org_by_id(admin.org_id).await.unwrap();
    // No form makes such a page any more; put it in behind the app's back.
    let huge = format!(
        "<p>{}</p><p>the very end</p>",
        "words and more words ".repeat(150_000)
    );
    assert!(huge.len() > 3_000_000);
    let changed = app
        .sql(&format!(
            "UPDATE orgs SET description_html = '{huge}' WHERE id = '{}'",
            own.id
        ))
        .await;
    assert_eq!(changed, 1);
    let mut c = app.signed_in("orgadmin@demo.minga.test").await;
    let path = format!("/orgs/{}", own.slug);
    for _ in 0..2 {
        let page = c.get(&path).await;
        assert_eq!(page.status, 200);
        assert!(page.contains("the very end</p>"));
        assert!(page.body.len() > huge.len());
        // Slots are filled on a page that is not kept, too.
        assert!(!page.body.contains('\u{1}'));
    }
    // And compressed for a browser that takes gzip.
    let (status, headers, body) = c.get_bytes(&path, &[("accept-encoding", "gzip")]).await;
    assert_eq!(status, 200);
    assert_eq!(headers["content-encoding"], "gzip");
    assert!(body.len() < huge.len() / 10);
}

/// An exchange between the demo org admin's coalition (the seeker) and the
/// first organisation that matches one of its needs, just requested.
async fn requested_exchange(app: &TestApp) -> (ExchangeId, User, User) {
    let seeker = app.user("orgadmin@demo.minga.test").await;
    let needs = app.core.matches_for(seeker.org_id, 3).await.unwrap();
    let need = needs
        .iter()
        .find(|n| !n.matches.is_empty())
        .expect("a need with matches");
    let helper_org = need.matches[0].0.id;
    let id = app
        .core
        .request_exchange(&seeker, helper_org, need.need.item.as_str(), "Help?")
        .await
        .unwrap();
    let helper = app
        .store()
        .users_with_role_in(&[helper_org], minga_domain::Role::OrgAdmin)
        .await
        .unwrap()
        .remove(0);
    (id, seeker, helper)
}

/// Files recorded in the database and stored in the blob store.
async fn file_counts(app: &TestApp) -> (i64, usize) {
    (
        app.store().count_files().await.unwrap(),
        app.core.blobs.count().await.unwrap(),
    )
}

/// Six distinct small files in the exchange form's `upload` input.
fn six_files() -> Vec<(String, Vec<u8>)> {
    (0..6)
        .map(|i| (format!("toolkit {i}.pdf"), format!("%PDF {i}").into_bytes()))
        .collect()
}

fn as_parts(files: &[(String, Vec<u8>)]) -> Vec<(&str, &str, &[u8])> {
    files
        .iter()
        .map(|(n, b)| ("upload", n.as_str(), b.as_slice()))
        .collect()
}

/// Posts a multipart body made of exactly `parts` — `(name, file name for a
/// file, content)` in this order — with `c`'s cookies: a form a browser
/// would not send (a wrong token, the token after the files).
async fn post_parts(
    app: &TestApp,
    c: &Client,
    path: &str,
    parts: &[(&str, Option<&str>, &[u8])],
) -> u16 {
    let boundary = "----hostileboundary42";
    let mut body = Vec::new();
    for (name, file, content) in parts {
        let disposition = match file {
            Some(f) => format!("form-data; name=\"{name}\"; filename=\"{f}\""),
            None => format!("form-data; name=\"{name}\""),
        };
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: {disposition}\r\n\r\n").as_bytes(),
        );
        body.extend_from_slice(content);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    let cookies: Vec<String> = c.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect();
    let req = Request::builder()
        .method("POST")
        .uri(path)
        .header(header::HOST, "minga.test")
        .header(header::COOKIE, cookies.join("; "))
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={boundary}"),
        )
        .body(Body::from(body))
        .unwrap();
    let res = app.router.clone().oneshot(req).await.unwrap();
    res.status().as_u16()
}

#[tokio::test]
async fn a_refused_exchange_step_stores_none_of_its_files() {
    let app = TestApp::with_demo(40).await;
    let (id, _, helper) = requested_exchange(&app).await;
    let path = format!("/capacity/exchanges/{id}");
    let mut seeker = app.signed_in("orgadmin@demo.minga.test").await;
    let mut h = app.signed_in(helper.email.as_str()).await;
    let files = six_files();
    let before = file_counts(&app).await;

    // The seeker may not accept its own request.
    let r = seeker
        .post_files(
            &path,
            &[("step", "accept"), ("text", "")],
            &as_parts(&files),
        )
        .await;
    assert_eq!(r.status, 403);
    assert_eq!(file_counts(&app).await, before);
    // Nobody may attach files before the exchange is under way, not even
    // the helper with a step it may take; the step is not taken either.
    let r = h
        .post_files(
            &path,
            &[("step", "accept"), ("text", "")],
            &as_parts(&files),
        )
        .await;
    assert_eq!(r.status, 403);
    assert_eq!(file_counts(&app).await, before);
    let (x, _) = app.core.exchange_for(&helper, id).await.unwrap();
    assert_eq!(x.status, minga_domain::exchange::ExchangeStatus::Requested);

    // Under way, a side may attach files, but a step that does not exist
    // or a form too large to read keeps none of those that arrived first.
    app.core
        .exchange_step(&helper, id, Step::Accept, "")
        .await
        .unwrap();
    let seeker_user = app.user("orgadmin@demo.minga.test").await;
    app.core
        .exchange_step(&seeker_user, id, Step::Start, "")
        .await
        .unwrap();
    let r = h
        .post_files(&path, &[("step", "bogus"), ("text", "")], &as_parts(&files))
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(file_counts(&app).await, before);
    let token = h.cookies[minga_web::CSRF_COOKIE].clone();
    let long = vec![b'a'; 60_000];
    let mut parts: Vec<(&str, Option<&str>, &[u8])> = vec![("csrf", None, token.as_bytes())];
    parts.extend(
        files
            .iter()
            .map(|(n, b)| ("upload", Some(n.as_str()), b.as_slice())),
    );
    parts.extend((0..20).map(|_| ("text", None, long.as_slice())));
    assert_eq!(post_parts(&app, &h, &path, &parts).await, 413);
    assert_eq!(file_counts(&app).await, before);
    // The same files with a step it may take are kept and linked.
    let r = h
        .post_files(
            &path,
            &[("step", "complete"), ("text", "We learnt a lot.")],
            &as_parts(&files),
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(file_counts(&app).await, (before.0 + 6, before.1 + 6));
}

#[tokio::test]
async fn a_form_with_a_bad_token_stores_none_of_its_files() {
    let app = TestApp::with_demo(40).await;
    let (id, _, helper) = requested_exchange(&app).await;
    let seeker = app.user("orgadmin@demo.minga.test").await;
    app.core
        .exchange_step(&helper, id, Step::Accept, "")
        .await
        .unwrap();
    app.core
        .exchange_step(&seeker, id, Step::Start, "")
        .await
        .unwrap();
    let mut c = app.signed_in("orgadmin@demo.minga.test").await;
    c.get("/capacity/profile").await;
    let token = c.cookies[minga_web::CSRF_COOKIE].clone();
    let before = file_counts(&app).await;
    let file: &[u8] = b"%PDF evidence";
    for path in [
        format!("/capacity/exchanges/{id}"),
        "/capacity/profile".into(),
    ] {
        let upload = if path.ends_with("profile") {
            "upload_teachers"
        } else {
            "upload"
        };
        // A wrong token.
        let wrong: Vec<(&str, Option<&str>, &[u8])> = vec![
            ("csrf", None, &b"not-the-token"[..]),
            ("step", None, &b"complete"[..]),
            (upload, Some("a.pdf"), file),
        ];
        assert_eq!(post_parts(&app, &c, &path, &wrong).await, 403, "{path}");
        // The right token, but after the file.
        let late: Vec<(&str, Option<&str>, &[u8])> = vec![
            (upload, Some("a.pdf"), file),
            ("csrf", None, token.as_bytes()),
        ];
        assert_eq!(post_parts(&app, &c, &path, &late).await, 403, "{path}");
        // No token at all.
        let none: Vec<(&str, Option<&str>, &[u8])> = vec![(upload, Some("a.pdf"), file)];
        assert_eq!(post_parts(&app, &c, &path, &none).await, 403, "{path}");
        assert_eq!(file_counts(&app).await, before, "{path}");
    }
    // A member (not an admin) may not save the profile, files or not.
    let mut member = app.signed_in("member@demo.minga.test").await;
    let r = member
        .post_files(
            "/capacity/profile",
            &[("action", "draft")],
            &[("upload_teachers", "x.pdf", b"%PDF member")],
        )
        .await;
    assert_eq!(r.status, 403);
    assert_eq!(file_counts(&app).await, before);
}

#[tokio::test]
async fn uploads_stop_at_the_organisation_quota_with_the_form_kept() {
    let app = TestApp::with_demo(12).await;
    let admin = app.user("orgadmin@demo.minga.test").await;
    let used = app.store().org_file_bytes(admin.org_id).await.unwrap();
    let size = 190_000usize;
    assert!(used + 2 * size as u64 <= minga_testkit::ORG_QUOTA);
    assert!(used + 3 * size as u64 > minga_testkit::ORG_QUOTA);
    // PDFs by their first bytes (evidence is judged by them), then padding.
    let file = |b: u8| {
        let mut v = b"%PDF-1.4\n".to_vec();
        v.resize(size, b);
        v
    };
    let (a, b, c3) = (file(b'a'), file(b'b'), file(b'c'));
    let mut c = app.signed_in("orgadmin@demo.minga.test").await;
    let bad = c
        .post_files(
            "/capacity/profile",
            &[
                ("action", "draft"),
                ("level_teachers", "3"),
                ("evidence_teachers", "kept words"),
            ],
            &[
                ("upload_teachers", "one.pdf", &a),
                ("upload_teachers", "two.pdf", &b),
                ("upload_policy-analysis", "three.pdf", &c3),
            ],
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(
        bad.contains("“three.pdf” was not kept")
            && bad.contains("past their storage space of 0.5 MB"),
        "{}",
        bad.body
    );
    // The rest of the form, and the two files that fitted, are kept.
    assert!(bad.contains("kept words"));
    assert!(bad.contains("<bdi>one.pdf</bdi>") && bad.contains("<bdi>two.pdf</bdi>"));
    assert!(!bad.contains("<bdi>three.pdf</bdi>"));
    // Two files' worth more is in use now.
    assert_eq!(
        app.store().org_file_bytes(admin.org_id).await.unwrap(),
        used + 2 * size as u64
    );
    // Another organisation has its own quota.
    let others: Vec<_> = app
        .store()
        .list_orgs(&Default::default(), 1, 50)
        .await
        .unwrap()
        .items
        .iter()
        .map(|o| o.id)
        .filter(|id| *id != admin.org_id)
        .collect();
    let other = app
        .store()
        .users_with_role_in(&others, minga_domain::Role::OrgAdmin)
        .await
        .unwrap()
        .remove(0);
    let mut o = app.signed_in(other.email.as_str()).await;
    let ok = o
        .post_files(
            "/capacity/profile",
            &[
                ("action", "draft"),
                ("level_teachers", "3"),
                ("languages", "en"),
            ],
            &[("upload_teachers", "three.pdf", &c3)],
        )
        .await;
    assert_eq!(ok.status, 303, "{}", ok.body);
}

/// The `href` of the first link to a file called `name` on a page.
fn file_href(page: &str, name: &str) -> String {
    let at = page
        .find(&format!("<bdi>{name}</bdi>"))
        .expect("file listed");
    let start = page[..at].rfind("href=\"/files/").expect("file link") + 6;
    let end = start + page[start..].find('"').unwrap();
    page[start..end].to_string()
}

#[tokio::test]
async fn stored_file_names_lose_bidi_controls() {
    let app = TestApp::with_demo(6).await;
    let mut c = app.signed_in("orgadmin@demo.minga.test").await;
    let saved = c
        .post_files(
            "/capacity/profile",
            &[("action", "draft"), ("level_teachers", "3")],
            &[(
                "upload_teachers",
                "\u{2067}invoice\u{202E}fdp.exe\u{200F}.txt",
                b"not really a program",
            )],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let page = c.get("/capacity/profile").await;
    let href = file_href(&page.body, "invoicefdp.exe.txt");
    for hidden in ['\u{2067}', '\u{202E}', '\u{200F}'] {
        assert!(!page.body.contains(hidden));
    }
    let (status, headers, _) = c.get_bytes(&href, &[]).await;
    assert_eq!(status, 200);
    assert!(headers["content-disposition"]
        .to_str()
        .unwrap()
        .contains("filename*=UTF-8''invoicefdp.exe.txt"));
}

#[tokio::test]
async fn downloads_answer_ranges_as_http_says() {
    let app = TestApp::with_demo(6).await;
    let mut c = app.signed_in("orgadmin@demo.minga.test").await;
    let pdf: &[u8] = b"%PDF-1.4 a document of some length";
    let saved = c
        .post_files(
            "/capacity/profile",
            &[("action", "draft"), ("level_teachers", "3")],
            &[("upload_teachers", "doc.pdf", pdf)],
        )
        .await;
    assert_eq!(saved.status, 303);
    let href = file_href(&c.get("/capacity/profile").await.body, "doc.pdf");
    let (status, headers, body) = c.get_bytes(&href, &[]).await;
    assert_eq!((status, body.as_slice()), (200, pdf));
    let etag = headers["etag"].to_str().unwrap().to_string();
    assert!(etag.starts_with('"') && etag.len() == 66, "{etag}");

    // A range that cannot be read, or is not in bytes, is ignored: the whole file.
    for range in [
        "bytes=abc",
        "bytes=4-2",
        "items=0-3",
        "bytes",
        "bytes=0-1,0-2,0-3,1-4",
    ] {
        let (status, headers, body) = c.get_bytes(&href, &[("range", range)]).await;
        assert_eq!((status, body.as_slice()), (200, pdf), "{range}");
        assert!(headers.get("content-range").is_none(), "{range}");
    }
    // One range that fits: 206 with just those bytes.
    let (status, headers, body) = c.get_bytes(&href, &[("range", "bytes=9-9")]).await;
    assert_eq!((status, body.as_slice()), (206, &b"a"[..]));
    assert_eq!(headers["content-range"], format!("bytes 9-9/{}", pdf.len()));
    assert_eq!(headers["content-length"], "1");
    // The whole file asked as a range (a player's or a resuming client's
    // first ask): still 206 with its Content-Range, not 200.
    let (status, headers, body) = c.get_bytes(&href, &[("range", "bytes=0-")]).await;
    assert_eq!((status, body.as_slice()), (206, pdf));
    assert_eq!(
        headers["content-range"],
        format!("bytes 0-{}/{}", pdf.len() - 1, pdf.len())
    );
    // A well-formed range outside the file: 416.
    let (status, headers, _) = c.get_bytes(&href, &[("range", "bytes=900-")]).await;
    assert_eq!(status, 416);
    assert_eq!(headers["content-range"], format!("bytes */{}", pdf.len()));

    // If-Range: the range only when the file is the one the client has.
    let (status, _, body) = c
        .get_bytes(&href, &[("range", "bytes=0-3"), ("if-range", &etag)])
        .await;
    assert_eq!((status, body.as_slice()), (206, &b"%PDF"[..]));
    let weak = format!("W/{etag}");
    for stale in [
        "\"another-version\"",
        weak.as_str(),
        "Wed, 21 Oct 2015 07:28:00 GMT",
    ] {
        let (status, _, body) = c
            .get_bytes(&href, &[("range", "bytes=0-3"), ("if-range", stale)])
            .await;
        assert_eq!((status, body.as_slice()), (200, pdf), "{stale}");
        // Even for a range outside the file: the whole file, not a 416.
        let (status, _, body) = c
            .get_bytes(&href, &[("range", "bytes=900-"), ("if-range", stale)])
            .await;
        assert_eq!((status, body.as_slice()), (200, pdf), "{stale}");
    }
}
