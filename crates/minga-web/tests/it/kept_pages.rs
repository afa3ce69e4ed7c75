//! Kept pages: served compressed as a browser asks, the same bytes as
//! uncompressed, shared by people who see the same thing (each still named
//! and given their own token), and never stale.

use minga_testkit::{Client, TestApp};
use std::io::Read;

fn gunzip(bytes: &[u8]) -> String {
    let mut s = String::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_string(&mut s)
        .expect("a whole gzip stream");
    s
}

async fn get_gzip(c: &mut Client, path: &str) -> String {
    let (status, headers, body) = c.get_bytes(path, &[("accept-encoding", "gzip, br")]).await;
    assert_eq!(status, 200, "{path}");
    assert_eq!(
        headers.get("content-encoding").map(|v| v.to_str().unwrap()),
        Some("gzip"),
        "{path} is sent compressed"
    );
    gunzip(&body)
}

const PAGES: [&str; 8] = [
    "/",
    "/orgs",
    "/orgs?region=africa&page=2",
    "OWN",
    "/capacity",
    "/capacity/world?measure=need&region=africa",
    "/capacity/matches",
    "/capacity/profile",
];

#[tokio::test]
async fn gzip_and_plain_answers_are_the_same_page() {
    let app = TestApp::with_demo(12).await;
    let mut c = app.signed_in("orgadmin@demo.minga.test").await;
    let token = c.cookies["minga_csrf"].clone();
    let me = app.user("orgadmin@demo.minga.test").await;
    let own = format!(
        "/orgs/{}",
        app.store().org_by_id(me.org_id).await.unwrap().slug
    );
    for path in PAGES.map(|p| if p == "OWN" { own.as_str() } else { p }) {
        // Compressed first (rendered and kept), then plain and compressed
        // again (both from the kept page).
        let first = get_gzip(&mut c, path).await;
        let plain = c.get(path).await;
        assert_eq!(plain.status, 200, "{path}");
        assert!(plain.headers.get("content-encoding").is_none());
        let again = get_gzip(&mut c, path).await;
        assert_eq!(first, plain.body, "{path}: gzip and plain differ");
        assert_eq!(again, plain.body, "{path}: the kept copy differs");
        assert!(
            plain.body.contains(&format!("value=\"{token}\"")),
            "{path} carries the reader's own token"
        );
        assert!(!plain.body.contains('\u{1}'), "{path} has an unfilled slot");
    }
    // Visitors too.
    let mut v = app.client();
    v.get("/").await;
    for path in ["/", "/orgs", own.as_str()] {
        assert_eq!(get_gzip(&mut v, path).await, v.get(path).await.body);
    }
}

#[tokio::test]
async fn the_stylesheet_is_inline_until_the_browser_has_the_file() {
    let app = TestApp::new().await;
    let mut c = app.client();
    // The very first page: the rules inline, nothing else to fetch.
    let first = c.get("/login").await;
    assert!(first.contains("<style>"), "inline on a first visit");
    assert!(!first.contains("rel=\"prefetch\""));
    assert!(!first.contains("rel=\"stylesheet\""));
    assert!(!c.cookies.contains_key("minga_css"));
    let csp = first.headers["content-security-policy"].to_str().unwrap();
    assert!(csp.contains("style-src 'self' 'sha256-"), "{csp}");

    // The next ones: still inline, and the file is fetched for later.
    let second = c.get("/login").await;
    assert!(second.contains("<style>"));
    let href = second
        .body
        .split("rel=\"prefetch\" href=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("a prefetch of the stylesheet")
        .to_string();
    assert!(!c.cookies.contains_key("minga_css"));
    assert_eq!(c.get(&href).await.status, 200);
    assert!(
        c.cookies.contains_key("minga_css"),
        "the file's answer says the browser has it"
    );

    let next = c.get("/login").await;
    assert!(!next.contains("<style>"), "linked once the browser has it");
    assert!(next.contains(&format!("rel=\"stylesheet\" href=\"{href}\"")));

    // A cookie naming another build's stylesheet gets the rules inline again.
    c.cookies.insert("minga_css".into(), "000000000000".into());
    assert!(c.get("/login").await.contains("<style>"));
}

#[tokio::test]
async fn people_who_see_the_same_share_a_page_yet_each_is_named() {
    let app = TestApp::with_demo(6).await;
    let admin = app.user("orgadmin@demo.minga.test").await;
    let hash = minga_core::passwords::hash_blocking(minga_core::demo::DEFAULT_PASSWORD).unwrap();
    app.store()
        .create_user(&minga_testkit::store::NewUser {
            org_id: admin.org_id,
            email: minga_domain::Email::parse("second-admin@demo.minga.test").unwrap(),
            name: "Zawadi <Second> Admin".into(),
            role: admin.role,
            locale: admin.locale,
            time_zone: admin.time_zone.clone(),
            password_hash: hash,
        })
        .await
        .unwrap();
    let mut a = app.signed_in("orgadmin@demo.minga.test").await;
    let mut b = app.signed_in("second-admin@demo.minga.test").await;
    // The demo left the first admin notifications (a count of their own in
    // the navigation's slot); read, both navigations are alike.
    a.post("/notifications/read", &[]).await;
    let home_a = a.get("/").await.body;
    let home_b = b.get("/").await.body;
    assert!(home_a.contains(&admin.name));
    assert!(!home_a.contains("Zawadi"));
    assert!(
        home_b.contains("Zawadi &lt;Second&gt; Admin"),
        "named, escaped"
    );
    // Their own communities are a slot of their own: cut out.
    let same = |page: &str, c: &Client, name: &str| {
        let page = match (
            page.find("<section aria-labelledby=\"my-communities-h\">"),
            page.find("<h2 id=\"round-h\">"),
        ) {
            (Some(a), Some(b)) if a < b => format!("{}{}", &page[..a], &page[b..]),
            _ => page.to_string(),
        };
        page.replace(&c.cookies["minga_csrf"], "TOKEN")
            .replace(name, "NAME")
    };
    assert_eq!(
        same(&home_a, &a, &admin.name),
        same(&home_b, &b, "Zawadi &lt;Second&gt; Admin")
    );
    // A member of the same organisation sees what members may (no admin links).
    let mut m = app.signed_in("member@demo.minga.test").await;
    let home_m = m.get("/").await.body;
    assert_ne!(
        same(&home_m, &m, &app.user("member@demo.minga.test").await.name),
        same(&home_a, &a, &admin.name)
    );
}

#[tokio::test]
async fn a_signed_out_cookie_stops_working_at_once() {
    let app = TestApp::with_demo(4).await;
    let mut c = app.signed_in("member@demo.minga.test").await;
    assert_eq!(c.get("/capacity").await.status, 200);
    let old = c.cookies["minga_session"].clone();
    let r = c.post("/logout", &[]).await;
    assert_eq!(r.status, 303);
    let mut thief = app.client();
    thief.cookies.insert("minga_session".into(), old);
    let r = thief.get("/capacity").await;
    assert_eq!(r.status, 303, "the old cookie no longer signs anyone in");
    assert!(r.location.unwrap().starts_with("/login"));
}

#[tokio::test]
async fn a_change_shows_at_once_on_kept_pages() {
    let app = TestApp::with_demo(6).await;
    let me = app.user("orgadmin@demo.minga.test").await;
    let org = app.store().org_by_id(me.org_id).await.unwrap();
    let profile = format!("/orgs/{}", org.slug);
    let mut visitor = app.client();
    let mut member = app.signed_in("member@demo.minga.test").await;
    for c in [&mut visitor, &mut member] {
        assert!(c.get("/orgs").await.contains(&org.name));
        assert!(c.get(&profile).await.contains(&org.name));
    }
    let mut admin = app.signed_in("orgadmin@demo.minga.test").await;
    let r = admin
        .post(
            &format!("{profile}/edit"),
            &[
                ("name", "Renamed Coalition of Kenya"),
                ("country", org.country.code()),
                ("description", "kept"),
                ("public", "on"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    for c in [&mut visitor, &mut member] {
        assert!(c.get("/orgs").await.contains("Renamed Coalition of Kenya"));
        assert!(c.get(&profile).await.contains("Renamed Coalition of Kenya"));
    }
}

/// An org admin of `org` with a known password, for saving its profile.
async fn admin_of(app: &TestApp, org: minga_domain::OrgId, email: &str) -> minga_domain::User {
    let hash = minga_core::passwords::hash_blocking(minga_core::demo::DEFAULT_PASSWORD).unwrap();
    app.store()
        .create_user(&minga_testkit::store::NewUser {
            org_id: org,
            email: minga_domain::Email::parse(email).unwrap(),
            name: "Helper Admin".into(),
            role: minga_domain::Role::OrgAdmin,
            locale: minga_domain::Locale::En,
            time_zone: minga_domain::TimeZone::utc(),
            password_hash: hash,
        })
        .await
        .unwrap()
}

#[tokio::test]
async fn matches_after_a_profile_save_are_what_a_cold_server_computes() {
    use minga_core::capacity::ProfileInput;
    let app = TestApp::with_demo(30).await;
    let seeker = app.signed_in("orgadmin@demo.minga.test").await;
    let mut warm = seeker;
    let before = warm.get("/capacity/matches").await.body;
    let need = "digital-advocacy";
    assert!(before.contains("Digital advocacy (priority: High)"));

    // A helper stops offering the need…
    let profiles = app.store().latest_submitted_profiles().await.unwrap();
    let strong = |p: &&minga_domain::capacity::CapacityProfile| {
        p.ratings
            .iter()
            .any(|r| r.item.as_str() == need && r.level.value() >= 2 && r.share)
    };
    let seeker_org = app.user("orgadmin@demo.minga.test").await.org_id;
    let leaving = profiles
        .iter()
        .filter(|p| p.org != seeker_org)
        .find(strong)
        .unwrap();
    // …another stays strong in it but stops sharing it…
    let private = profiles
        .iter()
        .filter(|p| p.org != seeker_org && p.org != leaving.org)
        .find(strong)
        .unwrap();
    // …and an organisation that did not offer it starts to, strongly.
    let joining = profiles
        .iter()
        .filter(|p| p.org != seeker_org)
        .find(|p| !strong(p))
        .unwrap();
    let reads = app.core.helper_set_reads();
    assert!(reads > 0, "the first view read the helpers");
    for (p, level, share, email) in [
        (leaving, "0", false, "leaving@demo.minga.test"),
        (private, "3", false, "private@demo.minga.test"),
        (joining, "3", true, "joining@demo.minga.test"),
    ] {
        let admin = admin_of(&app, p.org, email).await;
        let mut input = ProfileInput::from_profile(p);
        let it = input.items.entry(need.into()).or_default();
        it.level = level.into();
        it.share = share;
        it.evidence = "We ran three national campaigns online.".into();
        app.core.save_profile(&admin, &input, true).await.unwrap();
    }

    let after = warm.get("/capacity/matches").await.body;
    assert_eq!(
        app.core.helper_set_reads(),
        reads,
        "the warm server patched its helpers instead of reading them again"
    );
    let mut cold = app.cold_client(&warm);
    let fresh = cold.get("/capacity/matches").await.body;
    assert_eq!(
        after, fresh,
        "kept helpers patched in place = computed afresh"
    );
    assert_ne!(after, before, "the saves changed the matches");
}

#[tokio::test]
async fn the_map_after_a_profile_save_is_patched_not_reread_and_is_what_a_cold_server_shows() {
    use minga_core::capacity::ProfileInput;
    let app = TestApp::with_demo(30).await;
    let mut warm = app.signed_in("orgadmin@demo.minga.test").await;
    let rounds = app.core.rounds().await.unwrap();
    let open = rounds.iter().find(|r| r.closed_at.is_none()).unwrap();
    // An organisation in the open round will rewrite its answers: a strength
    // dropped, another taken up, a need added.
    let profiles = app.store().latest_submitted_profiles().await.unwrap();
    let p = profiles
        .iter()
        .find(|p| p.ratings.iter().any(|r| r.level.value() >= 2))
        .unwrap();
    let dropped = p.ratings.iter().find(|r| r.level.value() >= 2).unwrap();
    // The current map, one kind of organisation only, the open round's map,
    // and the dropped strength on the world map.
    let pages = [
        "/capacity".to_string(),
        "/capacity?kind=coalition".to_string(),
        format!("/capacity?round={}&measure=need", open.id),
        format!("/capacity/world?item={}", dropped.item),
    ];
    let mut before = Vec::new();
    for p in &pages {
        before.push(warm.get(p).await.body);
    }
    let reads = app.core.map_count_reads();
    assert_eq!(
        reads, 3,
        "one read for each map kept: all organisations, coalitions, the open round"
    );

    let org = app.core.org_by_id(p.org).await.unwrap();
    assert_eq!(
        org.kind.code(),
        "coalition",
        "the kind filter's map moves too"
    );
    let admin = admin_of(&app, p.org, "rewrites@demo.minga.test").await;
    let mut input = ProfileInput::from_profile(p);
    let gone = input.items.get_mut(dropped.item.as_str()).unwrap();
    gone.level = "0".into();
    gone.share = false;
    let taken = p
        .ratings
        .iter()
        .find(|r| r.level.value() < 2)
        .map(|r| r.item.to_string())
        .unwrap_or_else(|| "research-evidence".into());
    let it = input.items.entry(taken).or_default();
    it.level = "3".into();
    it.share = true;
    it.evidence = "Two studies published with the ministry.".into();
    let need = input.items.entry("fundraising".into()).or_default();
    need.need = "high".into();
    need.need_description = "Donor mapping for the coming cycle.".into();
    app.core.save_profile(&admin, &input, true).await.unwrap();

    let mut cold = app.cold_client(&warm);
    for (p, was) in pages.iter().zip(&before) {
        let after = warm.get(p).await.body;
        let fresh = cold.get(p).await.body;
        assert_eq!(
            after, fresh,
            "{p}: kept counts patched in place = read afresh"
        );
        assert_ne!(&after, was, "{p}: the save changed the map");
    }
    assert_eq!(
        app.core.map_count_reads(),
        reads,
        "the warm server patched its counts instead of reading them all again"
    );
}

#[tokio::test]
async fn the_only_helper_of_an_item_leaving_empties_its_kept_helpers() {
    use minga_core::capacity::ProfileInput;
    let app = TestApp::with_demo(10).await;
    // An item nobody offers yet.
    let mut item = app.store().taxonomy().await.unwrap()[0].clone();
    item.code = minga_domain::capacity::ItemCode::parse("school-meals").unwrap();
    item.position = 99;
    app.store().upsert_taxonomy(&[item.clone()]).await.unwrap();
    let admin = app.user("orgadmin@demo.minga.test").await;
    let (_, profile) = app
        .store()
        .latest_submitted_profile(admin.org_id)
        .await
        .unwrap()
        .unwrap();
    let save = |level: &'static str| {
        let mut input = ProfileInput::from_profile(&profile);
        let it = input.item("school-meals");
        it.level = level.into();
        it.share = level != "0";
        it.evidence = "Meals in forty schools.".into();
        input
    };
    // The coalition starts to offer it: the one helper, read once and kept.
    app.core
        .save_profile(&admin, &save("3"), true)
        .await
        .unwrap();
    let first = app.core.helper_set_reads();
    let kept = app.core.helpers_cached(&item.code).await.unwrap();
    assert_eq!(app.core.helper_set_reads(), first + 1);
    app.core.helpers_cached(&item.code).await.unwrap();
    assert_eq!(app.core.helper_set_reads(), first + 1, "kept");
    let only: Vec<_> = kept.helpers.iter().map(|h| h.org).collect();
    assert_eq!(only, vec![admin.org_id]);
    // It stops: the kept set, patched in place, is empty, as a cold server
    // finds it.
    app.core
        .save_profile(&admin, &save("0"), true)
        .await
        .unwrap();
    let reads = app.core.helper_set_reads();
    let warm = app.core.helpers_cached(&item.code).await.unwrap();
    assert_eq!(
        app.core.helper_set_reads(),
        reads,
        "patched, not read again"
    );
    let cold = app
        .core
        .cold_twin()
        .helpers_cached(&item.code)
        .await
        .unwrap();
    assert!(cold.helpers.is_empty());
    assert!(
        warm.helpers.is_empty(),
        "the only helper left: {:?}",
        warm.helpers.iter().map(|h| h.org).collect::<Vec<_>>()
    );
}

#[tokio::test]
async fn a_request_trusts_the_versions_it_read_on_arrival_until_it_writes() {
    use minga_domain::Entity;
    let app = TestApp::with_demo(3).await;
    let sec = app.user("secretariat@demo.minga.test").await;
    let arrival = app.core.fresh_versions().await.unwrap();
    let communities = arrival.of(&[Entity::Community]);
    minga_core::versions::as_of(arrival.clone(), async {
        // A change made elsewhere after arrival: this request's reads
        // stay as of its arrival (as fresh as a read per use would be).
        app.sql("UPDATE entity_versions SET version = version + 1 WHERE entity = 'community'")
            .await;
        let v = app.core.versions().await.unwrap();
        assert_eq!(v.of(&[Entity::Community]), communities);
        // Once the request writes, what it reads next includes its write.
        app.core
            .create_community(
                &sec,
                &minga_core::communities::CommunityInput {
                    title: "Written in this request".into(),
                    purpose: "Checking versions.".into(),
                    visibility: "public".into(),
                    partners_admitted: false,
                    items: vec![],
                    languages: vec!["en".into()],
                },
            )
            .await
            .unwrap();
        let v = app.core.versions().await.unwrap();
        assert_eq!(v.of(&[Entity::Community]), communities + 2);
        let found = app
            .core
            .communities(Some(&sec), &Default::default())
            .await
            .unwrap();
        assert!(found
            .items
            .iter()
            .any(|c| c.community.title == "Written in this request"));
    })
    .await;
}
