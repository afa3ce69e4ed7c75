use minga_testkit::TestApp;

#[tokio::test]
async fn language_comes_from_setting_then_query_then_header() {
    let app = TestApp::with_demo(3).await;
    let mut anon = app.client();
    anon.accept_language = Some("fr-CA,fr;q=0.9,en;q=0.5".into());
    let page = anon.get("/login").await;
    assert!(page.contains("lang=\"fr\""));
    let page = anon.get("/login?lang=ar").await;
    assert!(page.contains("lang=\"ar\" dir=\"rtl\""));
    // ?lang= is remembered for the visitor.
    assert!(anon.get("/orgs").await.contains("dir=\"rtl\""));
    let mut user = app.signed_in("member@demo.minga.test").await;
    user.accept_language = Some("es".into());
    assert!(
        user.get("/").await.contains("lang=\"en\""),
        "the account's setting wins"
    );
    let r = user
        .post("/lang", &[("lang", "pt"), ("next", "/orgs?lang=es&page=1")])
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(r.location.as_deref(), Some("/orgs?page=1"));
    assert!(user.get("/").await.contains("lang=\"pt\""));
}

#[tokio::test]
async fn every_page_and_error_is_translated() {
    let app = TestApp::with_demo(3).await;
    for (lang, not_found, title) in [
        ("en", "This page does not exist", "Member directory"),
        ("es", "Esta página no existe", "Directorio de miembros"),
        ("fr", "Cette page n’existe pas", "Annuaire des membres"),
        ("pt", "Esta página não existe", "Diretório de membros"),
        ("ar", "هذه الصفحة غير موجودة", "دليل الأعضاء"),
    ] {
        let mut c = app.client();
        let r = c.get(&format!("/no-such-page?lang={lang}")).await;
        assert_eq!(r.status, 404);
        assert!(r.contains(&format!("lang=\"{lang}\"")));
        assert!(r.contains(not_found));
        let r = c.get(&format!("/orgs?lang={lang}")).await;
        assert!(r.contains(title));
        // Country names are localised too (the filter lists the countries
        // that have members).
        let public = app
            .store()
            .list_orgs(&Default::default(), 1, 50)
            .await
            .unwrap()
            .items
            .into_iter()
            .find(|o| o.public)
            .unwrap();
        let name = public
            .country
            .name(minga_domain::Locale::parse(lang).unwrap());
        assert!(r.contains(name), "{lang}: {name}");
    }
    let en = app.client().get("/orgs?lang=en").await.body;
    let es = app.client().get("/orgs?lang=es").await.body;
    assert_ne!(en, es);
}

/// Keys chosen at run time (a status, a role, a notice) exist in every
/// language: each comes from a typed value, so listing every value of every
/// type lists every key a page can ask for.
#[test]
fn every_key_chosen_at_run_time_exists_in_every_language() {
    use minga_domain::capacity::{ItemKind, Level, Priority, ProfileStatus};
    use minga_domain::exchange::{ExchangeStatus, Step};
    use minga_domain::map::MapMeasure;
    use minga_domain::{Group, Locale, OrgKind, Region, Role};
    let mut keys: Vec<String> = Vec::new();
    keys.extend(Region::ALL.iter().map(|r| r.label_key()));
    keys.extend(Group::ALL.iter().map(|g| g.label_key()));
    keys.extend(OrgKind::ALL.iter().map(|k| k.label_key()));
    keys.extend(Role::ALL.iter().map(|r| r.label_key()));
    keys.extend(
        ExchangeStatus::ALL
            .iter()
            .map(|s| s.label_key().to_string()),
    );
    for s in ExchangeStatus::ALL {
        keys.push(format!("{}-subject", s.email_key()));
        keys.push(format!("{}-body", s.email_key()));
    }
    keys.extend(Level::ALL.iter().map(|l| l.label_key()));
    keys.extend(Priority::ALL.iter().map(|p| p.label_key()));
    keys.extend(ProfileStatus::ALL.iter().map(|s| s.label_key().to_string()));
    keys.extend(Step::ALL.iter().map(|s| s.label_key().to_string()));
    keys.extend(ItemKind::ALL.iter().map(|k| k.plural_key().to_string()));
    keys.extend(MapMeasure::ALL.iter().map(|m| m.title_key().to_string()));
    keys.extend(minga_web::Notice::ALL.iter().map(|n| n.key().to_string()));
    for l in Locale::ALL {
        for k in &keys {
            assert!(
                minga_i18n::I18n::global().has(l, k),
                "{k} is missing in {}",
                l.code()
            );
        }
    }
    assert!(keys.len() > 50, "{} keys", keys.len());
}
