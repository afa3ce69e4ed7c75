use minga_domain::{Email, OrgKind};
use minga_testkit::TestApp;

#[tokio::test]
async fn anonymous_visitors_see_only_public_profiles_without_contacts() {
    let app = TestApp::with_demo(12).await;
    let all = app
        .store()
        .list_orgs(&Default::default(), 1, 100)
        .await
        .unwrap();
    let private = all
        .items
        .iter()
        .find(|o| !o.public)
        .expect("a members-only org");
    let public = all
        .items
        .iter()
        .find(|o| o.public && o.kind == OrgKind::Coalition)
        .expect("a public org");
    let mut anon = app.client();
    let list = anon.get("/orgs").await;
    assert_eq!(list.status, 200);
    assert!(list.contains(&public.name.replace('\'', "&#x27;")) || list.contains(&public.name));
    assert!(!list.contains(&format!("/orgs/{}\"", private.slug)));
    assert_eq!(
        anon.get(&format!("/orgs/{}", private.slug)).await.status,
        404
    );
    let profile = anon.get(&format!("/orgs/{}", public.slug)).await;
    assert_eq!(profile.status, 200);
    assert!(!profile.contains(public.contact_email.as_deref().unwrap()));
    assert!(profile.contains("Contacts are shown to signed-in members"));

    let mut member = app.signed_in("member@demo.minga.test").await;
    assert_eq!(
        member.get(&format!("/orgs/{}", private.slug)).await.status,
        200
    );
    let profile = member.get(&format!("/orgs/{}", public.slug)).await;
    assert!(profile.contains(public.contact_email.as_deref().unwrap()));
}

#[tokio::test]
async fn directory_filters_paginate_and_show_empty_states() {
    let app = TestApp::with_demo(60).await;
    let mut sec = app.signed_in("secretariat@demo.minga.test").await;
    let first = sec.get("/orgs").await;
    assert!(
        first.contains("61 organisations"),
        "60 members and the Secretariat"
    );
    assert!(first.contains("rel=\"next\""));
    let second = sec.get("/orgs?page=2").await;
    assert!(second.contains("rel=\"prev\""));
    assert!(second.contains("Page 2 of 3"));
    let africa = sec.get("/orgs?region=africa&group=south").await;
    assert!(africa.contains("Africa"));
    assert!(!africa.contains("Europe and North America ·"));
    let kenya = sec.get("/orgs?country=KE").await;
    assert!(kenya.contains("Kenya"));
    let text = sec.get("/orgs?q=SECRETARIAT").await;
    assert!(text.contains("1 organisations") || text.contains("Global Secretariat"));
    let none = sec.get("/orgs?q=zzzz-nothing").await;
    assert!(none.contains("No organisation matches these filters."));
    // Nonsense parameters are ignored, not errors.
    assert_eq!(
        sec.get("/orgs?region=mars&page=-4&country=ZZ").await.status,
        200
    );
    // LIKE wildcards in the search box are literal.
    assert!(sec
        .get("/orgs?q=%25")
        .await
        .contains("No organisation matches"));
}

#[tokio::test]
async fn org_admin_edits_own_profile_with_sanitised_markdown() {
    let app = TestApp::with_demo(6).await;
    let me = app
        .store()
        .user_auth_by_email(&Email::parse("orgadmin@demo.minga.test").unwrap())
        .await
        .unwrap()
        .user;
    let own = app.store().org_by_id(me.org_id).await.unwrap();
    let mut c = app.signed_in("orgadmin@demo.minga.test").await;
    let form = c.get(&format!("/orgs/{}/edit", own.slug)).await;
    assert_eq!(form.status, 200);
    assert!(
        !form.contains("name=\"kind\""),
        "an org_admin cannot reclassify"
    );
    let bad = c
        .post(
            &format!("/orgs/{}/edit", own.slug),
            &[
                ("name", "Renamed coalition"),
                ("country", own.country.code()),
                ("description", "kept text"),
                ("website", "ftp://nope"),
                ("contact_email", "bad"),
            ],
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(bad.contains("kept text"));
    assert!(bad.contains("value=\"Renamed coalition\""));
    assert!(bad.contains("Enter a web address"));
    let ok = c
        .post(
            &format!("/orgs/{}/edit", own.slug),
            &[
                ("name", "Renamed coalition"),
                ("country", own.country.code()),
                ("description", "We **lead** <script>alert(1)</script>"),
                ("website", "https://example.org"),
                ("public", "on"),
            ],
        )
        .await;
    assert_eq!(ok.status, 303, "{}", ok.body);
    let page = c.get(ok.location.as_deref().unwrap()).await;
    assert!(page.contains("<strong>lead</strong>"));
    assert!(!page.contains("<script>alert"));
    assert!(page.contains("Your changes are saved."));
    let after = app.store().org_by_id(own.id).await.unwrap();
    assert_eq!(after.kind, own.kind);
    // Someone else's organisation is off limits.
    let other = app
        .store()
        .list_orgs(&Default::default(), 1, 50)
        .await
        .unwrap()
        .items
        .into_iter()
        .find(|o| o.id != own.id)
        .unwrap();
    assert_eq!(
        c.get(&format!("/orgs/{}/edit", other.slug)).await.status,
        403
    );
    assert_eq!(
        c.post(
            &format!("/orgs/{}/edit", other.slug),
            &[("name", "Hijack"), ("country", "KE")]
        )
        .await
        .status,
        403
    );
    // Every write is in the change log.
    let changes = app.store().changes_since(0, 10_000).await.unwrap();
    assert!(changes
        .iter()
        .any(|ch| ch.entity == "org" && ch.entity_id == own.id.to_string() && ch.op == "update"));
}

#[tokio::test]
async fn secretariat_creates_and_archives_organisations() {
    let app = TestApp::with_demo(3).await;
    let mut c = app.signed_in("secretariat@demo.minga.test").await;
    let bad = c
        .post(
            "/orgs/new",
            &[("name", ""), ("kind", "coalition"), ("country", "XX")],
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(bad.contains("Choose a country from the list."));
    let ok = c
        .post(
            "/orgs/new",
            &[
                ("name", "Coalición Boliviana"),
                ("kind", "coalition"),
                ("country", "BO"),
                ("public", "on"),
            ],
        )
        .await;
    assert_eq!(ok.status, 303);
    let loc = ok.location.unwrap();
    assert!(loc.starts_with("/orgs/coalicion-boliviana"), "{loc}");
    let org = app
        .store()
        .org_by_slug("coalicion-boliviana")
        .await
        .unwrap();
    assert_eq!(org.region, minga_domain::Region::LatinAmericaCaribbean);
    assert_eq!(org.group, minga_domain::Group::South);
    let r = c
        .post("/orgs/coalicion-boliviana/archive", &[("archive", "1")])
        .await;
    assert_eq!(r.status, 303);
    assert!(!app
        .client()
        .get("/orgs")
        .await
        .contains("Coalición Boliviana"));
    assert_eq!(
        app.client().get("/orgs/coalicion-boliviana").await.status,
        404
    );
    assert!(c
        .get("/orgs?archived=1&q=boliv")
        .await
        .contains("Coalición Boliviana"));
    // A member cannot create or archive.
    let mut m = app.signed_in("member@demo.minga.test").await;
    assert_eq!(m.get("/orgs/new").await.status, 403);
    assert_eq!(
        m.post("/orgs/coalicion-boliviana/archive", &[("archive", "0")])
            .await
            .status,
        403
    );
}

#[tokio::test]
async fn visitors_pages_are_cached_until_something_changes() {
    let app = TestApp::with_demo(6).await;
    let public = app
        .store()
        .list_orgs(&Default::default(), 1, 100)
        .await
        .unwrap()
        .items
        .into_iter()
        .find(|o| o.public && o.kind == OrgKind::Coalition)
        .unwrap();
    let path = format!("/orgs/{}", public.slug);
    let mut a = app.client();
    let mut b = app.client();
    let first = a.get(&path).await;
    let second = b.get(&path).await;
    // Each visitor gets their own CSRF token in the cached page.
    let token = |c: &minga_testkit::Client| c.cookies.get(minga_web::CSRF_COOKIE).unwrap().clone();
    assert!(first.contains(&token(&a)) && !first.contains(&token(&b)));
    assert!(second.contains(&token(&b)) && !second.contains(&token(&a)));
    assert_eq!(
        first.body.replace(&token(&a), ""),
        second.body.replace(&token(&b), "")
    );
    // A signed-in edit shows at once to visitors.
    let mut sec = app.signed_in("secretariat@demo.minga.test").await;
    let mut input = minga_core::orgs::OrgInput::from_org(&public);
    input.description = "Freshly edited".into();
    let fields = [
        ("name", input.name.as_str()),
        ("kind", input.kind.as_str()),
        ("country", input.country.as_str()),
        ("description", input.description.as_str()),
        ("public", "on"),
    ];
    assert_eq!(sec.post(&format!("{path}/edit"), &fields).await.status, 303);
    assert!(a.get(&path).await.contains("Freshly edited"));
    // Signing in bypasses the cache: the page shows what this person may do.
    let signed_in = sec.get(&path).await;
    assert!(signed_in.contains("Sign out") && signed_in.contains("/invite\""));
}
