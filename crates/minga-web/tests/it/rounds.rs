//! Mapping rounds are prepared as drafts, their list checked (who has
//! nobody to fill in the profile), changed one organisation at a time, and
//! only then opened; titles and messages in several languages.

use minga_testkit::TestApp;

fn in_30_days() -> String {
    (chrono::Utc::now() + chrono::Duration::days(30))
        .format("%Y-%m-%d")
        .to_string()
}

/// The id part of a redirect to a round's page.
fn path_of(location: &str) -> String {
    location.split('?').next().unwrap().to_string()
}

#[tokio::test]
async fn a_round_is_prepared_checked_changed_and_only_then_opened() {
    let app = TestApp::with_demo(12).await;
    let mut sec = app.signed_in("secretariat@demo.minga.test").await;
    // An organisation nobody has joined yet: nobody can fill in its profile.
    let made = sec
        .post(
            "/orgs/new",
            &[
                ("name", "Coalición Vacía"),
                ("kind", "coalition"),
                ("country", "PE"),
            ],
        )
        .await;
    assert_eq!(made.status, 303, "{}", made.body);
    app.deliver_mail().await;
    let deadline = in_30_days();
    let ok = sec
        .post(
            "/capacity/rounds",
            &[
                ("title_en", "Mapping 2031"),
                ("title_es", "Mapeo 2031"),
                ("message_es", "Gracias por su tiempo."),
                ("deadline", &deadline),
            ],
        )
        .await;
    assert_eq!(ok.status, 303, "{}", ok.body);
    let path = path_of(ok.location.as_deref().unwrap());
    let draft = sec.get(&path).await;
    assert_eq!(draft.status, 200);
    assert!(draft.contains("This round is not open yet"));
    assert!(draft.contains("Draft: not open yet"));
    assert!(
        draft.contains("has nobody who can fill in its profile"),
        "{}",
        draft.body
    );
    assert!(draft.contains("<bdi>Coalición Vacía</bdi>"));
    assert!(app.deliver_mail().await.is_empty(), "a draft mails nobody");
    // Nobody in an organisation of the draft is asked yet.
    let mut admin = app.signed_in("orgadmin@demo.minga.test").await;
    assert!(!admin
        .get("/capacity/profile")
        .await
        .contains("Mapping 2031"));

    // One by one: take the empty organisation out, find it, put it back.
    let sec_user = app.user("secretariat@demo.minga.test").await;
    let vacia = app
        .core
        .directory(
            Some(&sec_user),
            minga_domain::OrgFilter {
                text: Some("Vac".into()),
                ..Default::default()
            },
            1,
        )
        .await
        .unwrap()
        .items
        .remove(0);
    let removed = sec
        .post(&format!("{path}/remove"), &[("org", &vacia.id.to_string())])
        .await;
    assert_eq!(removed.status, 303);
    let after = sec.get(&path).await;
    assert!(!after.contains("Coalición Vacía"));
    assert!(!after.contains("has nobody who can fill"));
    let found = sec.get(&format!("{path}?q=Vac")).await;
    assert!(
        found.contains("<bdi>Coalición Vacía</bdi>"),
        "{}",
        found.body
    );
    let added = sec
        .post(&format!("{path}/add"), &[("org", &vacia.id.to_string())])
        .await;
    assert_eq!(added.status, 303);
    assert!(sec.get(&path).await.contains("Coalición Vacía"));
    // Already in: the search no longer offers it.
    assert!(sec
        .get(&format!("{path}?q=Vac"))
        .await
        .contains("No organisation outside this round matches."));

    // An error names its field and, for a translation, its language.
    let long = "x".repeat(200);
    let bad = sec
        .post(
            &format!("{path}/edit"),
            &[
                ("title_en", "Mapping 2031"),
                ("title_fr", &long),
                ("message_pt", "Obrigado"),
                ("deadline", &deadline),
            ],
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(
        bad.contains("Title in Français: This is too long."),
        "{}",
        bad.body
    );
    assert!(bad.contains("Title in Português: A message needs a title in the same language."));
    assert!(bad.contains("href=\"#f-title_fr\""));
    assert!(
        bad.contains(">Obrigado</textarea>"),
        "what was typed is kept"
    );

    // Spanish readers get the Spanish title and message.
    app.sql("UPDATE users SET locale = 'es' WHERE email = 'orgadmin@demo.minga.test'")
        .await;
    let opened = sec.post(&format!("{path}/open"), &[]).await;
    assert_eq!(opened.status, 303, "{}", opened.body);
    let mails = app.deliver_mail().await;
    assert!(!mails.is_empty());
    let to_admin = mails
        .iter()
        .find(|m| m.to.contains("orgadmin@demo.minga.test"))
        .expect("the org admin is mailed");
    assert!(
        to_admin.subject.contains("Mapeo 2031"),
        "{}",
        to_admin.subject
    );
    assert!(to_admin.text.contains("Gracias por su tiempo."));
    assert!(
        mails
            .iter()
            .any(|m| m.to.contains("partner@demo.minga.test")),
        "a partner organisation's staff fill in its profile and are mailed"
    );
    assert!(
        !mails
            .iter()
            .any(|m| m.to.contains("member@demo.minga.test")),
        "members are not asked"
    );
    let open = sec.get(&path).await;
    assert!(open.contains("Progress by region"));
    assert!(open.contains("Nobody to fill in the profile"));
    assert!(open.contains("<bdi>Coalición Vacía</bdi>"));
    // Once open, the list and the draft's actions are closed.
    let late = sec
        .post(&format!("{path}/remove"), &[("org", &vacia.id.to_string())])
        .await;
    assert_eq!(late.status, 404);
    assert_eq!(sec.post(&format!("{path}/open"), &[]).await.status, 404);
    assert_eq!(sec.post(&format!("{path}/delete"), &[]).await.status, 404);
    assert!(
        app.deliver_mail().await.is_empty(),
        "opened once, mailed once"
    );
    // The reader sees the round in their language.
    let mut admin = app.signed_in("orgadmin@demo.minga.test").await;
    assert!(admin.get("/capacity/profile").await.contains("Mapeo 2031"));
}

#[tokio::test]
async fn only_the_secretariat_prepares_and_a_draft_can_be_deleted() {
    let app = TestApp::with_demo(8).await;
    let mut sec = app.signed_in("secretariat@demo.minga.test").await;
    let none = sec
        .post("/capacity/rounds", &[("deadline", &in_30_days())])
        .await;
    assert_eq!(none.status, 422);
    assert!(none.contains("Give the round a title in at least one language."));
    let ok = sec
        .post(
            "/capacity/rounds",
            &[("title_ar", "جولة ٢٠٣١"), ("deadline", &in_30_days())],
        )
        .await;
    assert_eq!(ok.status, 303);
    let path = path_of(ok.location.as_deref().unwrap());
    // Written only in Arabic: every reader sees that title.
    assert!(sec
        .get("/capacity/rounds")
        .await
        .contains("<bdi>جولة ٢٠٣١</bdi>"));
    let mut admin = app.signed_in("orgadmin@demo.minga.test").await;
    assert_eq!(admin.get(&path).await.status, 403);
    assert_eq!(admin.post(&format!("{path}/open"), &[]).await.status, 403);
    assert_eq!(admin.post(&format!("{path}/delete"), &[]).await.status, 403);
    let gone = sec.post(&format!("{path}/delete"), &[]).await;
    assert_eq!(gone.status, 303);
    assert!(!sec.get("/capacity/rounds").await.contains("جولة ٢٠٣١"));
    assert_eq!(sec.get(&path).await.status, 404);
}

#[tokio::test]
async fn partner_staff_fill_in_their_own_profile_and_others_are_told_who_does() {
    let app = TestApp::with_demo(12).await;
    let mut partner = app.signed_in("partner@demo.minga.test").await;
    let page = partner.get("/capacity/profile").await;
    assert!(page.contains("name=\"level_teachers\""), "{}", page.body);
    let saved = partner
        .post_multipart(
            "/capacity/profile",
            &[("action", "draft"), ("level_teachers", "2")],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    // A member reads the profile and is told who fills it in, by name.
    let mut member = app.signed_in("member@demo.minga.test").await;
    let read = member.get("/capacity/profile").await;
    assert!(!read.contains("name=\"level_teachers\""));
    let admin = app.user("orgadmin@demo.minga.test").await;
    assert!(
        read.contains(&format!("is filled in by \u{2068}{}\u{2069}", admin.name)),
        "{}",
        read.body
    );
    assert!(!read.contains("check them, change what has changed, and submit"));
}

#[tokio::test]
async fn home_shows_each_role_what_waits_for_them() {
    let app = TestApp::with_demo(30).await;
    // The org admin: the open round and where the profile stands, requests
    // waiting for an answer, who can help with each need.
    let mut admin = app.signed_in("orgadmin@demo.minga.test").await;
    let home = admin.get("/").await;
    assert!(home.contains("Mapping round"), "{}", home.body);
    assert!(home.contains("Capacity mapping"));
    assert!(home.contains("Status: "));
    assert!(home.contains("Fill in your organisation"));
    assert!(home.contains("Who can help with your needs"));
    assert!(home.contains("href=\"/capacity/matches#need-"));
    assert!(home.contains("Waiting for your answer"));
    // A request to the admin's organisation appears there.
    let seeker = app.user("partner@demo.minga.test").await;
    let admin_user = app.user("orgadmin@demo.minga.test").await;
    let item = app.core.taxonomy().await.unwrap()[0].code.clone();
    let asked = app
        .core
        .request_exchange(
            &seeker,
            admin_user.org_id,
            item.as_str(),
            "Could you help us?",
        )
        .await
        .unwrap();
    let home = admin.get("/").await;
    assert!(home.contains(" asks about "), "{}", home.body);
    // Every page's navigation counts the requests waiting for an answer…
    let nav = "<li><a href=\"/capacity/exchanges\" class=\"waiting\">1 request to answer</a></li>";
    assert!(home.contains(nav), "{}", home.body);
    assert!(admin.get("/orgs").await.contains(nav), "kept pages too");
    // …only for the organisation asked.
    assert!(!app
        .signed_in("partner@demo.minga.test")
        .await
        .get("/orgs")
        .await
        .contains("class=\"waiting\""));
    // Answered: the count goes.
    app.core
        .exchange_step(
            &admin_user,
            asked,
            minga_domain::exchange::Step::Decline,
            "Not this year",
        )
        .await
        .unwrap();
    assert!(!admin.get("/orgs").await.contains("class=\"waiting\""));
    // A member is pointed at the profile, not asked to fill it in.
    let mut member = app.signed_in("member@demo.minga.test").await;
    let home = member.get("/").await;
    assert!(home.contains("See your organisation"));
    // The Secretariat: rounds with their progress (and the draft), exchanges
    // by status, and how many organisations nobody can answer for.
    let mut sec = app.signed_in("secretariat@demo.minga.test").await;
    let made = sec
        .post(
            "/orgs/new",
            &[
                ("name", "Nobody Yet"),
                ("kind", "coalition"),
                ("country", "KE"),
            ],
        )
        .await;
    assert_eq!(made.status, 303);
    let sec_user = app.user("secretariat@demo.minga.test").await;
    let draft = app
        .core
        .rounds()
        .await
        .unwrap()
        .into_iter()
        .find(|r| r.draft)
        .expect("the demo prepares a round");
    let nobody = app
        .core
        .directory(
            Some(&sec_user),
            minga_domain::OrgFilter {
                text: Some("Nobody Yet".into()),
                ..Default::default()
            },
            1,
        )
        .await
        .unwrap()
        .items
        .remove(0);
    app.core
        .add_round_org(&sec_user, draft.id, nobody.id)
        .await
        .unwrap();
    let home = sec.get("/").await;
    assert!(home.contains("submitted"), "{}", home.body);
    assert!(home.contains("Draft: not open yet"));
    assert!(home.contains("with nobody to fill it in"));
    // The organisations nobody can answer for, network-wide, with where to invite.
    assert!(
        home.contains("member organisation has nobody who can fill in its profile"),
        "{}",
        home.body
    );
    assert!(home.contains(&format!(
        "<bdi>Nobody Yet</bdi></a> · <a href=\"/orgs/{}/invite\">",
        nobody.slug
    )));
    assert!(home.contains("Peer exchanges in the network"));
}
