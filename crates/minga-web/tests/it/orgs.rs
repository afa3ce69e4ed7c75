use minga_domain::{Email, Group, OrgKind, Region};
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

/// The slugs of the organisations whose cards a directory URL lists, over
/// every page of the result, in order.
async fn listed(c: &mut minga_testkit::Client, url: &str) -> Vec<String> {
    let mut slugs = Vec::new();
    for page in 1.. {
        let sep = if url.contains('?') { '&' } else { '?' };
        let r = c.get(&format!("{url}{sep}page={page}")).await;
        assert_eq!(r.status, 200, "{url} page {page}");
        if let Some(start) = r.body.find("<ul class=\"cards\">") {
            let cards = &r.body[start..];
            let cards = &cards[..cards.find("</ul>").expect("end of the cards")];
            for part in cards.split("<h2><a href=\"/orgs/").skip(1) {
                slugs.push(part[..part.find('"').expect("end of href")].to_string());
            }
        }
        if !r.contains("rel=\"next\"") {
            break;
        }
        assert!(page < 20, "{url}: too many pages");
    }
    slugs
}

/// The directory as the Secretariat sees it (every organisation not archived).
async fn everyone(app: &TestApp) -> Vec<minga_domain::Org> {
    app.store()
        .list_orgs(&Default::default(), 1, 1000)
        .await
        .unwrap()
        .items
}

/// Checks that `url` lists exactly the organisations `keep` picks: each
/// of them (wherever the pager puts it) and none of the others.
async fn lists_exactly(
    c: &mut minga_testkit::Client,
    url: &str,
    all: &[minga_domain::Org],
    keep: impl Fn(&minga_domain::Org) -> bool,
) -> usize {
    let mut want: Vec<String> = all
        .iter()
        .filter(|o| keep(o))
        .map(|o| o.slug.to_string())
        .collect();
    assert!(
        !want.is_empty() && want.len() < all.len(),
        "{url}: the data must have organisations on both sides of the filter"
    );
    let mut got = listed(c, url).await;
    let before = got.len();
    got.sort();
    got.dedup();
    assert_eq!(got.len(), before, "{url}: an organisation listed twice");
    want.sort();
    assert_eq!(got, want, "{url}: the organisations listed");
    want.len()
}

#[tokio::test]
async fn directory_filters_paginate_and_show_empty_states() {
    let app = TestApp::with_demo(60).await;
    let all = everyone(&app).await;
    assert_eq!(all.len(), 61, "60 members and the Secretariat");
    let mut sec = app.signed_in("secretariat@demo.minga.test").await;
    let first = sec.get("/orgs").await;
    assert!(first.contains("61 organisations"));
    assert!(first.contains("rel=\"next\""));
    let second = sec.get("/orgs?page=2").await;
    assert!(second.contains("rel=\"prev\""));
    assert!(second.contains("Page 2 of 3"));
    // Pages split the directory without losing or repeating anyone.
    let mut every = listed(&mut sec, "/orgs").await;
    assert_eq!(every.len(), 61);
    every.sort();
    every.dedup();
    let mut want: Vec<String> = all.iter().map(|o| o.slug.to_string()).collect();
    want.sort();
    assert_eq!(every, want);

    // Each filter alone, then together: who is listed and who is not.
    // The country of the demo's Southern coalition, which others share.
    let admin = app.user("orgadmin@demo.minga.test").await;
    let country = all.iter().find(|o| o.id == admin.org_id).unwrap().country;
    let url = format!("/orgs?country={}", country.code());
    let n = lists_exactly(&mut sec, &url, &all, |o| o.country == country).await;
    // The count agrees in number with what it counts.
    let noun = if n == 1 {
        "organisation"
    } else {
        "organisations"
    };
    assert!(sec.get(&url).await.contains(&format!(">{n} {noun}<")));
    // A country nobody is in lists nobody, though its name is in the form.
    let empty = minga_domain::Country::all()
        .find(|c| all.iter().all(|o| o.country != *c))
        .unwrap();
    let url = format!("/orgs?country={}", empty.code());
    let page = sec.get(&url).await;
    assert!(page.contains(empty.name(minga_domain::Locale::En)));
    assert!(page.contains("No organisation matches these filters."));
    assert!(listed(&mut sec, &url).await.is_empty());
    lists_exactly(&mut sec, "/orgs?region=africa", &all, |o| {
        o.region == Region::Africa
    })
    .await;
    lists_exactly(&mut sec, "/orgs?region=africa&group=south", &all, |o| {
        o.region == Region::Africa && o.group == Group::South
    })
    .await;

    let text = sec.get("/orgs?q=SECRETARIAT").await;
    assert!(text.contains(">1 organisation<"), "{}", text.body);
    assert_eq!(
        listed(&mut sec, "/orgs?q=SECRETARIAT").await,
        ["secretariat"]
    );
    let none = sec.get("/orgs?q=zzzz-nothing").await;
    assert!(none.contains("No organisation matches these filters."));
    assert!(listed(&mut sec, "/orgs?q=zzzz-nothing").await.is_empty());
    // Nonsense parameters are ignored, not errors.
    assert_eq!(
        sec.get("/orgs?region=mars&page=-4&country=ZZ").await.status,
        200
    );
    assert_eq!(
        listed(
            &mut sec,
            "/orgs?region=mars&country=ZZ&kind=alien&group=west"
        )
        .await
        .len(),
        61
    );
    // LIKE wildcards in the search box are literal.
    assert!(sec
        .get("/orgs?q=%25")
        .await
        .contains("No organisation matches"));
}

#[tokio::test]
async fn directory_kind_filter_alone() {
    let app = TestApp::with_demo(60).await;
    let all = everyone(&app).await;
    let mut sec = app.signed_in("secretariat@demo.minga.test").await;
    for kind in [OrgKind::Coalition, OrgKind::International, OrgKind::Partner] {
        let url = format!("/orgs?kind={}", kind.code());
        lists_exactly(&mut sec, &url, &all, |o| o.kind == kind).await;
    }
    // Visitors get the same filter over the public organisations only.
    let mut anon = app.client();
    lists_exactly(&mut anon, "/orgs?kind=international", &all, |o| {
        o.kind == OrgKind::International && o.public
    })
    .await;
}

#[tokio::test]
async fn directory_north_south_filter_alone() {
    let app = TestApp::with_demo(60).await;
    let mut sec = app.signed_in("secretariat@demo.minga.test").await;
    // The group is derived from the country unless overridden: move one
    // Southern coalition to the North by hand, so the filter must follow
    // the organisation's group, not its country.
    let moved = everyone(&app)
        .await
        .into_iter()
        .find(|o| o.group == Group::South && o.kind == OrgKind::Coalition)
        .unwrap();
    let mut input = minga_core::orgs::OrgInput::from_org(&moved);
    input.group = "north".into();
    let fields = [
        ("name", input.name.as_str()),
        ("kind", input.kind.as_str()),
        ("country", input.country.as_str()),
        ("region", input.region.as_str()),
        ("group", input.group.as_str()),
        ("override_reason", "Counted in the North by the assembly"),
        ("description", input.description.as_str()),
        ("public", "on"),
    ];
    let r = sec
        .post(&format!("/orgs/{}/edit", moved.slug), &fields)
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let all = everyone(&app).await;
    let after = all.iter().find(|o| o.id == moved.id).unwrap();
    assert_eq!(after.group, Group::North);
    assert_eq!(
        after.country.group(),
        Group::South,
        "still a Southern country"
    );

    let north = lists_exactly(&mut sec, "/orgs?group=north", &all, |o| {
        o.group == Group::North
    })
    .await;
    let south = lists_exactly(&mut sec, "/orgs?group=south", &all, |o| {
        o.group == Group::South
    })
    .await;
    assert_eq!(north + south, all.len());
    assert!(listed(&mut sec, "/orgs?group=north")
        .await
        .contains(&moved.slug.to_string()));
    assert!(!listed(&mut sec, "/orgs?group=south")
        .await
        .contains(&moved.slug.to_string()));
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

#[tokio::test]
async fn archiving_an_organisation_ends_what_its_people_may_do_as_members() {
    let app = TestApp::with_demo(6).await;
    let mut member = app.signed_in("member@demo.minga.test").await;
    assert_eq!(member.get("/capacity").await.status, 200);
    let user = app.user("member@demo.minga.test").await;
    let org = app.store().org_by_id(user.org_id).await.unwrap();
    // An invitation to the organisation is waiting.
    let mut sec = app.signed_in("secretariat@demo.minga.test").await;
    let invited = sec
        .post(
            &format!("/orgs/{}/invite", org.slug),
            &[
                ("email", "late@example.org"),
                ("role", "member"),
                ("locale", "en"),
            ],
        )
        .await;
    assert_eq!(invited.status, 303, "{}", invited.body);
    let mail = app.deliver_mail().await;
    let link = mail[0].link("/invite/").expect("link in the invitation");
    let invite = link.trim_start_matches("http://minga.test").to_string();
    assert_eq!(app.client().get(&invite).await.status, 200);

    let archived = sec
        .post(&format!("/orgs/{}/archive", org.slug), &[("archive", "1")])
        .await;
    assert_eq!(archived.status, 303);

    // The session in hand no longer counts: members' pages ask to sign in,
    // and an exchange request is refused.
    let r = member.get("/capacity").await;
    assert_eq!(r.status, 303);
    assert!(r.location.unwrap().starts_with("/login"));
    assert_eq!(member.get("/capacity/matches").await.status, 303);
    let home = member.get("/").await;
    assert_eq!(home.status, 200, "the home page still answers");
    assert!(!home.contains(&user.name), "as a visitor");
    // Signing in again is refused with the reason, after the right password
    // only (a stranger learns nothing).
    let mut again = app.client();
    let wrong = again.login("member@demo.minga.test", "not-it").await;
    assert_eq!(wrong.status, 401);
    assert!(!wrong.contains("archived"));
    let refused = again
        .login("member@demo.minga.test", minga_core::demo::DEFAULT_PASSWORD)
        .await;
    assert_eq!(refused.status, 403);
    assert!(refused.contains("Your organisation has been archived"));
    // Nobody joins an archived organisation.
    assert_eq!(app.client().get(&invite).await.status, 410);

    // Restored, its people sign in again.
    let restored = sec
        .post(&format!("/orgs/{}/archive", org.slug), &[("archive", "0")])
        .await;
    assert_eq!(restored.status, 303);
    let mut back = app.signed_in("member@demo.minga.test").await;
    assert_eq!(back.get("/capacity").await.status, 200);
}

#[tokio::test]
async fn the_error_summary_names_each_field() {
    let app = TestApp::with_demo(4).await;
    let mut sec = app.signed_in("secretariat@demo.minga.test").await;
    let bad = sec
        .post(
            "/orgs/new",
            &[
                ("name", ""),
                ("kind", "coalition"),
                ("country", "PE"),
                ("website", "not a link"),
            ],
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(
        bad.contains("href=\"#f-name\">Name of the organisation: This field is required."),
        "{}",
        bad.body
    );
    assert!(bad.contains("href=\"#f-website\">Website: "));
    // In Arabic too, with the label in Arabic.
    sec.post("/lang", &[("lang", "ar"), ("next", "/")]).await;
    let bad = sec
        .post(
            "/orgs/new",
            &[("name", ""), ("kind", "coalition"), ("country", "PE")],
        )
        .await;
    assert!(
        bad.contains("href=\"#f-name\">اسم المنظمة: "),
        "{}",
        bad.body
    );
}
