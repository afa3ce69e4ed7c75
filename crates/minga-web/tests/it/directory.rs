//! The directory (issue 11): accent- and case-insensitive search over
//! names, countries and themes in every language, each language's order,
//! the country filter, pages past the end, region/group overrides, and the
//! time zone picker.

use minga_domain::capacity::ItemKind;
use minga_domain::{Country, Group, Locale, Org, OrgFields, OrgKind, Region, Slug};
use minga_testkit::TestApp;

async fn add(app: &TestApp, name: &str, country: &str) -> Org {
    let fields = OrgFields {
        name: name.into(),
        kind: OrgKind::Coalition,
        country: Country::parse(country).unwrap(),
        region_override: None,
        group_override: None,
        override_reason: None,
        description_md: String::new(),
        description_html: String::new(),
        website: None,
        contact_email: None,
        contact_phone: None,
        public: true,
    };
    app.store()
        .create_org(&fields, &Slug::from_name(name), false)
        .await
        .unwrap()
}

/// The slugs of the cards a directory URL lists on its first page, in order.
async fn listed(c: &mut minga_testkit::Client, url: &str) -> Vec<String> {
    let r = c.get(url).await;
    assert_eq!(r.status, 200, "{url}");
    let Some(start) = r.body.find("<ul class=\"cards\">") else {
        return vec![];
    };
    let cards = &r.body[start..];
    let cards = &cards[..cards.find("</ul>").expect("end of the cards")];
    cards
        .split("<h2><a href=\"/orgs/")
        .skip(1)
        .map(|p| p[..p.find('"').unwrap()].to_string())
        .collect()
}

/// `/orgs?q=…` with the query percent-encoded.
fn q(s: &str) -> String {
    let enc: String = s
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    format!("/orgs?q={enc}")
}

#[tokio::test]
async fn search_ignores_accents_and_case_in_names_and_countries_in_every_language() {
    let app = TestApp::with_demo(3).await;
    let pt = add(&app, "Campanha Nacional pela Educação", "BR").await;
    let ci = add(&app, "Réseau Ivoirien", "CI").await;
    let ar = add(&app, "الحملة العربية للتَّعليم", "JO").await;
    let ke = add(&app, "Zeta Network", "KE").await;
    let mut c = app.signed_in("member@demo.minga.test").await;
    let has = |list: &[String], o: &Org| list.contains(&o.slug.to_string());

    for query in [
        "educacao",
        "EDUCAÇÃO",
        "Educacao  nacional",
        "campanha pela",
    ] {
        let found = listed(&mut c, &q(query)).await;
        assert!(has(&found, &pt), "{query}: {found:?}");
        assert!(!has(&found, &ke), "{query}");
    }
    // Every word must match somewhere.
    assert!(!has(&listed(&mut c, &q("educacao zeta")).await, &pt));
    // A country by any of its names, accents and apostrophes aside.
    for query in [
        "cote d'ivoire",
        "CÔTE D’IVOIRE",
        "costa de marfil",
        "ساحل العاج",
    ] {
        let found = listed(&mut c, &q(query)).await;
        assert!(has(&found, &ci), "{query}: {found:?}");
        assert!(!has(&found, &pt), "{query}");
    }
    for query in ["kenia", "QUÊNIA", "كينيا"] {
        assert!(has(&listed(&mut c, &q(query)).await, &ke), "{query}");
    }
    // Arabic without its vowel marks, and the alef without its hamza.
    assert!(has(&listed(&mut c, &q("للتعليم")).await, &ar));
    assert!(has(&listed(&mut c, &q("الاردن")).await, &ar));
    // Name and country together.
    let both = listed(&mut c, &q("reseau cote")).await;
    assert!(has(&both, &ci) && !has(&both, &pt) && !has(&both, &ke));
    // Visitors find public organisations the same way.
    let mut anon = app.client();
    assert!(has(&listed(&mut anon, &q("EDUCACAO")).await, &pt));
}

#[tokio::test]
async fn search_finds_the_themes_of_current_profiles_in_every_language() {
    let app = TestApp::with_demo(12).await;
    let taxonomy = app.store().taxonomy().await.unwrap();
    let profiles = app.store().latest_submitted_profiles().await.unwrap();
    // An organisation that rates a theme, and the theme's label.
    let (org_id, item) = profiles
        .iter()
        .find_map(|p| {
            p.ratings.iter().find_map(|r| {
                let t = taxonomy.iter().find(|t| t.code == r.item)?;
                (t.kind == ItemKind::Theme && r.level.value() >= 1).then_some((p.org, t))
            })
        })
        .expect("a demo profile rates a theme");
    let org = app.store().org_by_id(org_id).await.unwrap();
    let mut c = app.signed_in("secretariat@demo.minga.test").await;
    for l in [Locale::Fr, Locale::Ar, Locale::Es] {
        let label = item.label.get(l);
        // Upper case, accents dropped from Latin letters.
        let query = minga_domain::text::fold(label).to_uppercase();
        let mut found = Vec::new();
        for page in 1..=5 {
            found.extend(listed(&mut c, &format!("{}&page={page}", q(&query))).await);
        }
        assert!(found.contains(&org.slug.to_string()), "{l} {label}");
    }
}

#[tokio::test]
async fn results_follow_each_languages_collation() {
    let app = TestApp::with_demo(3).await;
    for name in [
        "Zeta Iceland",
        "Ångström Iceland",
        "ألف آيسلندا",
        "beta Iceland",
    ] {
        add(&app, name, "IS").await;
    }
    // A visitor, so that `?lang=` chooses the language.
    let mut c = app.client();
    let en = listed(&mut c, "/orgs?country=IS&lang=en").await;
    assert_eq!(
        en,
        vec![
            "angstrom-iceland",
            "beta-iceland",
            "zeta-iceland",
            "org" // the Arabic name has no Latin letters for its slug
        ]
    );
    let ar = listed(&mut c, "/orgs?country=IS&lang=ar").await;
    assert_eq!(
        ar,
        vec!["org", "angstrom-iceland", "beta-iceland", "zeta-iceland"]
    );
}

#[tokio::test]
async fn the_country_filter_lists_only_countries_with_members_and_counts_them() {
    let app = TestApp::with_demo(3).await;
    add(&app, "One", "IS").await;
    add(&app, "Two", "IS").await;
    let mut c = app.signed_in("member@demo.minga.test").await;
    let page = c.get("/orgs").await;
    let select = &page.body[page.body.find("id=\"f-country\"").unwrap()..];
    let select = &select[..select.find("</select>").unwrap()];
    assert!(select.contains(">Iceland (2)</option>"), "{select}");
    assert!(
        !select.contains("value=\"VA\""),
        "no member in the Holy See"
    );
    let options = select.matches("<option").count();
    assert!(options < 10, "{options} options");
    // A country chosen in the URL stays chosen even with no member.
    let none = c.get("/orgs?country=VA").await;
    assert!(none.contains("value=\"VA\" selected"));
    let es = app.client().get("/orgs?lang=es").await;
    assert!(
        es.contains(">Islandia (2)</option>"),
        "visitors see public ones"
    );
}

#[tokio::test]
async fn a_page_past_the_end_says_so_and_links_to_the_last() {
    let app = TestApp::with_demo(30).await;
    let mut c = app.signed_in("member@demo.minga.test").await;
    let first = c.get("/orgs").await;
    assert!(!first.contains("There is no such page"));
    let r = c.get("/orgs?kind=coalition&page=999").await;
    assert_eq!(r.status, 200);
    assert!(r.contains("There is no such page"), "{}", r.body);
    let total = app
        .store()
        .list_orgs(
            &minga_domain::OrgFilter {
                kind: Some(OrgKind::Coalition),
                ..Default::default()
            },
            1,
            24,
        )
        .await
        .unwrap();
    let last = total.pages();
    let link = format!("/orgs?kind=coalition&amp;page={last}\"");
    assert!(
        r.contains(&link) || r.contains(&link.replace("&amp;", "&#38;")),
        "{}",
        &r.body[r.body.find("no such page").unwrap()..][..400]
    );
    assert!(!r.contains("<ul class=\"cards\">"));
    let es = app.client().get("/orgs?page=999&lang=es").await;
    assert!(es.contains("Esa página no existe"));
}

fn org_form(o: &minga_core::orgs::OrgInput) -> Vec<(&str, &str)> {
    vec![
        ("name", o.name.as_str()),
        ("kind", o.kind.as_str()),
        ("country", o.country.as_str()),
        ("region", o.region.as_str()),
        ("group", o.group.as_str()),
        ("override_reason", o.override_reason.as_str()),
        ("description", o.description.as_str()),
        ("public", "on"),
    ]
}

#[tokio::test]
async fn region_and_group_follow_the_country_unless_the_secretariat_says_why() {
    let app = TestApp::with_demo(3).await;
    let mut sec = app.signed_in("secretariat@demo.minga.test").await;
    let mut input = minga_core::orgs::OrgInput {
        name: "Kenya Education Watch".into(),
        kind: "coalition".into(),
        country: "KE".into(),
        region: "europe-north-america".into(),
        group: "north".into(),
        ..Default::default()
    };
    // Kenya in "Europe and North America, Global North" needs a reason.
    let r = sec.post("/orgs/new", &org_form(&input)).await;
    assert_eq!(r.status, 422);
    assert!(r.contains("Say why the region or group differs"));
    assert!(r.contains("value=\"Kenya Education Watch\""), "kept");
    sec.post("/lang", &[("lang", "ar")]).await;
    let r = sec.post("/orgs/new", &org_form(&input)).await;
    assert_eq!(r.status, 422);
    assert!(r.contains("اذكر سبب اختلاف المنطقة"));
    sec.post("/lang", &[("lang", "en")]).await;
    // Derived when nothing is chosen.
    input.region.clear();
    input.group.clear();
    input.name = "Kenya Derived".into();
    assert_eq!(sec.post("/orgs/new", &org_form(&input)).await.status, 303);
    let derived = app.store().org_by_slug("kenya-derived").await.unwrap();
    assert_eq!(
        (derived.region, derived.group),
        (Region::Africa, Group::South)
    );
    assert!(!derived.region_overridden && derived.override_reason.is_none());
    // With a reason, the override stands and the reason is kept.
    input.name = "Kenya Education Watch".into();
    input.region = "europe-north-america".into();
    input.override_reason = "Registered in Brussels as a European chapter".into();
    let r = sec.post("/orgs/new", &org_form(&input)).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let org = app
        .store()
        .org_by_slug("kenya-education-watch")
        .await
        .unwrap();
    assert_eq!(org.region, Region::EuropeNorthAmerica);
    assert_eq!(
        org.group,
        Group::South,
        "the group chosen was the country's"
    );
    assert_eq!(
        org.override_reason.as_deref(),
        Some("Registered in Brussels as a European chapter")
    );
    // The Secretariat sees why on the page; members do not.
    let page = sec.get(&format!("/orgs/{}", org.slug)).await;
    assert!(page.contains("Registered in Brussels"));
    let mut member = app.signed_in("member@demo.minga.test").await;
    let page = member.get(&format!("/orgs/{}", org.slug)).await;
    assert_eq!(page.status, 200);
    assert!(!page.contains("Registered in Brussels"));

    // An org admin cannot override, but saving keeps the Secretariat's.
    let admin = app.user("orgadmin@demo.minga.test").await;
    let own = app.store().org_by_id(admin.org_id).await.unwrap();
    let mut c = app.signed_in("orgadmin@demo.minga.test").await;
    let mut mine = minga_core::orgs::OrgInput::from_org(&own);
    let elsewhere = Region::ALL
        .into_iter()
        .find(|r| *r != own.region)
        .unwrap()
        .code();
    mine.region = elsewhere.into();
    mine.override_reason = "I say so".into();
    let r = c
        .post(&format!("/orgs/{}/edit", own.slug), &org_form(&mine))
        .await;
    assert_eq!(r.status, 422);
    assert!(r.contains("Only the Secretariat can set a region"));
    assert_eq!(
        app.store().org_by_id(own.id).await.unwrap().region,
        own.region
    );
    // The Secretariat moves it, then its admin saves other fields.
    let mut by_sec = minga_core::orgs::OrgInput::from_org(&own);
    by_sec.region = elsewhere.into();
    by_sec.override_reason = "Decided at the assembly".into();
    let r = sec
        .post(&format!("/orgs/{}/edit", own.slug), &org_form(&by_sec))
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let mut mine = minga_core::orgs::OrgInput::from_org(&own);
    mine.region.clear();
    mine.description = "New words".into();
    let r = c
        .post(&format!("/orgs/{}/edit", own.slug), &org_form(&mine))
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let after = app.store().org_by_id(own.id).await.unwrap();
    assert_eq!(after.region.code(), elsewhere);
    assert_eq!(
        after.override_reason.as_deref(),
        Some("Decided at the assembly")
    );
}

#[tokio::test]
async fn the_time_zone_picker_groups_canonical_zones_with_their_offsets() {
    let app = TestApp::with_demo(3).await;
    let mut c = app.signed_in("member@demo.minga.test").await;
    let page = c.get("/account").await;
    assert_eq!(page.status, 200);
    assert!(page.contains("<optgroup label=\"Africa\">"));
    assert!(page.contains("<optgroup label=\"Europe\">"));
    // Labels are Fluent's, whose placeables are isolated (FSI … PDI).
    let label = |value: &str| {
        let at = page.body.find(&format!("value=\"{value}\"")).expect(value);
        let rest = &page.body[at..];
        rest[rest.find('>').unwrap() + 1..rest.find("</option>").unwrap()]
            .replace(['\u{2068}', '\u{2069}'], "")
    };
    assert_eq!(label("Africa/Nairobi"), "Nairobi (UTC+03:00)");
    assert_eq!(label("Asia/Kolkata"), "Kolkata (UTC+05:30)");
    assert_eq!(
        label("America/Argentina/Buenos_Aires"),
        "Argentina/Buenos Aires (UTC-03:00)"
    );
    for alias in ["W-SU", "Zulu", "US/Eastern", "Asia/Calcutta", "Etc/GMT+3"] {
        assert!(!page.contains(&format!("value=\"{alias}\"")), "{alias}");
    }
    let options = page.body.matches("<option").count();
    assert!(options < 500, "{options} options");
    assert!(page.body.len() < 50_000, "{} bytes", page.body.len());
    c.post("/lang", &[("lang", "ar")]).await;
    let ar = c.get("/account").await;
    assert!(ar.contains("<optgroup label=\"أفريقيا\">"));

    // A stored alias is still a value, shown chosen.
    let me = app.user("member@demo.minga.test").await;
    app.sql(&format!(
        "UPDATE users SET time_zone = 'Asia/Calcutta' WHERE id = '{}'",
        me.id
    ))
    .await;
    let mut c = app.signed_in("member@demo.minga.test").await;
    let page = c.get("/account").await;
    assert!(
        page.contains("value=\"Asia/Calcutta\" selected"),
        "alias kept"
    );
}

#[tokio::test]
async fn keys_made_by_other_code_are_remade_at_start() {
    let app = TestApp::with_demo(3).await;
    let pt = add(&app, "Zyxq Educação", "PT").await;
    // As right after migration 0010: no keys.
    app.sql("UPDATE orgs SET search_key = '', sort_en = NULL, keys_version = ''")
        .await;
    let mut c = app.signed_in("member@demo.minga.test").await;
    assert!(listed(&mut c, &q("zyxq educacao")).await.is_empty());
    let remade = app.store().refresh_org_keys().await.unwrap();
    assert!(remade >= 4, "{remade}");
    assert_eq!(app.store().refresh_org_keys().await.unwrap(), 0);
    let mut c = app.cold_client(&c);
    assert_eq!(
        listed(&mut c, &q("zyxq educacao")).await,
        vec![pt.slug.to_string()]
    );
}

#[tokio::test]
async fn an_invitation_suggests_the_zone_of_the_organisations_country() {
    let app = TestApp::with_demo(3).await;
    let org = add(&app, "Peruvian Campaign", "PE").await;
    let mut sec = app.signed_in("secretariat@demo.minga.test").await;
    let r = sec
        .post(
            &format!("/orgs/{}/invite", org.slug),
            &[
                ("email", "new@example.org"),
                ("role", "member"),
                ("locale", "en"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let mail = app.deliver_mail().await;
    let link = mail[0].link("/invite/").expect("an invitation link");
    let mut guest = app.client();
    let page = guest
        .get(link.trim_start_matches("http://minga.test"))
        .await;
    assert_eq!(page.status, 200);
    assert!(
        page.contains("value=\"America/Lima\" selected"),
        "Lima chosen for Peru"
    );
    assert!(!page.contains("value=\"UTC\" selected"));
}
