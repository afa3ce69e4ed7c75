//! Issue 12: what happens in a community reaches the people it concerns as
//! notifications — a mention, a reply, a new topic, a new event — and never
//! anyone who may not read the community.

use minga_domain::Role;
use minga_testkit::TestApp;

const SECRETARIAT: &str = "secretariat@demo.minga.test";
const ADMIN: &str = "orgadmin@demo.minga.test";
const MEMBER: &str = "member@demo.minga.test";
const ANA: &str = "ana@casa.test";

/// The sentences on a person's notifications page.
async fn notes(app: &TestApp, email: &str) -> String {
    let mut c = app.signed_in(email).await;
    let r = c.get("/notifications").await;
    assert_eq!(r.status, 200);
    // Names are isolated from the sentence's direction; read them plain.
    r.body.replace(['\u{2068}', '\u{2069}'], "")
}

#[tokio::test]
async fn a_reply_in_arabic_with_a_mention_tells_the_mentioned_and_the_followers_once() {
    let app = TestApp::with_demo(2).await;
    app.add_org(
        "casa",
        "Casa de Todos",
        "PE",
        &[(ANA, "Ana María Pérez", Role::Member)],
    )
    .await;
    // The demo member and admin are in the members-only lab; Ana is not.
    let mut admin = app.signed_in(ADMIN).await;
    let r = admin
        .post_multipart(
            "/communities/digital-advocacy-lab/topics/new",
            &[
                ("title", "Community radio in Turkana"),
                ("body", "What worked for you?"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let topic = r.location.unwrap();
    let topic = topic.split('?').next().unwrap().to_string();
    // The member (inside) was told of the new topic; Ana (outside) was not.
    assert!(notes(&app, MEMBER)
        .await
        .contains("Community radio in Turkana"));
    assert!(!notes(&app, ANA)
        .await
        .contains("Community radio in Turkana"));

    // The member replies in Arabic and mentions the admin: the admin (who
    // started the topic, so follows it) is told once, of the mention.
    let mut member = app.signed_in(MEMBER).await;
    let r = member
        .post_multipart(
            &topic,
            &[("body", "جرّبنا الإذاعة المجتمعية، @orgadmin هل لديكم أرقام؟")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let page = notes(&app, ADMIN).await;
    assert_eq!(
        page.matches("mentioned you in “Community radio in Turkana”")
            .count(),
        1,
        "{page}"
    );
    assert!(
        !page.contains("replied to “Community radio in Turkana”"),
        "told once, of the mention: {page}"
    );
    // A plain reply from the admin tells the member, who follows the topic now.
    let r = admin
        .post_multipart(&topic, &[("body", "Yes: 40 spots for 200 USD.")])
        .await;
    assert_eq!(r.status, 303);
    assert!(notes(&app, MEMBER)
        .await
        .contains("replied to “Community radio in Turkana”"));

    // Ana is in no community, but the lab is for the network's members, so
    // she may read it and a mention reaches her; she was not told of the
    // topic itself, which went to the people inside.
    let r = admin
        .post_multipart(&topic, &[("body", "Maybe @ana knows?")])
        .await;
    assert_eq!(r.status, 303);
    let ana = notes(&app, ANA).await;
    assert_eq!(
        ana.matches("Community radio in Turkana").count(),
        1,
        "{ana}"
    );
    assert!(ana.contains("mentioned you"));

    // The emails went too, to those who chose "at once" (the default for mentions).
    let mail = app.deliver_mail().await;
    assert!(
        mail.iter()
            .any(|m| m.to.contains(ADMIN) && m.text.contains("mentioned you")),
        "the mention's email"
    );
}

#[tokio::test]
async fn a_new_event_tells_the_communitys_people_who_may_read_it() {
    let app = TestApp::with_demo(2).await;
    let mut sec = app.signed_in(SECRETARIAT).await;
    let r = sec
        .post(
            "/communities/digital-advocacy-lab/events",
            &[
                ("title", "Open call: budget tracking tools"),
                ("description", "Bring your templates."),
                ("time_zone", "Africa/Nairobi"),
                ("starts", "2031-03-04T15:00"),
                ("ends", "2031-03-04T16:30"),
                ("online_url", ""),
                ("capacity", ""),
            ],
        )
        .await;
    assert_eq!(
        r.status,
        303,
        "{}",
        r.body.split("class=\"error\"").nth(1).unwrap_or("")
    );
    assert!(notes(&app, MEMBER)
        .await
        .contains("Open call: budget tracking tools"));
    assert!(notes(&app, ADMIN)
        .await
        .contains("Open call: budget tracking tools"));
}
