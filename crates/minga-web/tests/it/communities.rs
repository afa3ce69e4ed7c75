//! Issue 12: Learning Communities — creating them, who finds and reads
//! them in each visibility, joining, asking, inviting, moderators, hiding.

use minga_domain::Role;
use minga_testkit::{Client, TestApp};

const SECRETARIAT: &str = "secretariat@demo.minga.test";
const MEMBER: &str = "member@demo.minga.test";
const ADMIN: &str = "orgadmin@demo.minga.test";
const PARTNER: &str = "partner@demo.minga.test";
const ANA: &str = "ana@casa.test";

async fn app() -> TestApp {
    let app = TestApp::with_demo(2).await;
    app.add_org(
        "casa",
        "Casa de Todos",
        "PE",
        &[(ANA, "Ana María Pérez", Role::Member)],
    )
    .await;
    app
}

/// Creates a community as the Secretariat and answers its slug.
async fn create(sec: &mut Client, title: &str, visibility: &str, partners: bool) -> String {
    let mut fields = vec![
        ("title", title),
        ("purpose", "We learn **together**."),
        ("visibility", visibility),
        ("languages", "en"),
        ("languages", "es"),
        ("items", "digital-advocacy"),
    ];
    if partners {
        fields.push(("partners_admitted", "1"));
    }
    let r = sec.post("/communities/new", &fields).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let at = r.location.expect("a redirect");
    assert!(at.starts_with("/communities/"), "{at}");
    at.trim_start_matches("/communities/")
        .split('?')
        .next()
        .unwrap()
        .to_string()
}

#[tokio::test]
async fn the_secretariat_creates_a_community_and_a_wrong_form_keeps_what_was_typed() {
    let app = app().await;
    let mut member = app.signed_in(MEMBER).await;
    assert_eq!(member.get("/communities/new").await.status, 404);
    assert_eq!(
        member
            .post(
                "/communities/new",
                &[
                    ("title", "Mine"),
                    ("purpose", "x"),
                    ("visibility", "public"),
                    ("languages", "en")
                ]
            )
            .await
            .status,
        404
    );

    let mut sec = app.signed_in(SECRETARIAT).await;
    let form = sec.get("/communities/new").await;
    assert_eq!(form.status, 200);
    assert!(form.contains("name=\"visibility\""));
    // No title, no language, a visibility that does not exist: each is named,
    // and the purpose typed comes back.
    let r = sec
        .post(
            "/communities/new",
            &[
                ("title", "  "),
                ("purpose", "Sharing *what works* in school meals."),
                ("visibility", "secret"),
            ],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.contains("Sharing *what works* in school meals."));
    assert!(r.contains("id=\"e-title\""));
    assert!(r.contains("id=\"e-languages\""));
    assert!(r.contains("id=\"e-visibility\""));
    assert!(
        r.contains("Title: This field is required."),
        "the summary names the field"
    );

    let slug = create(&mut sec, "School meals that work", "public", false).await;
    assert_eq!(slug, "school-meals-that-work");
    let page = sec.get(&format!("/communities/{slug}")).await;
    assert_eq!(page.status, 200);
    assert!(
        page.contains("<strong>together</strong>"),
        "Markdown rendered when written"
    );
    assert!(page.contains("Digital advocacy") || page.contains("digital-advocacy"));
    // A second community with the same title gets its own address.
    assert_eq!(
        create(&mut sec, "School meals that work", "public", false).await,
        "school-meals-that-work-2"
    );
    let list = app.client().get("/communities").await;
    assert!(list.contains("/communities/school-meals-that-work\""));
    // These two and the demo's public one; not the demo's other two.
    assert!(list.contains("3 communities"), "{}", list.body);
}

#[tokio::test]
async fn each_visibility_decides_who_finds_reads_and_joins() {
    let app = app().await;
    let mut sec = app.signed_in(SECRETARIAT).await;
    let public = create(&mut sec, "Open talk", "public", false).await;
    let members = create(&mut sec, "Members talk", "members", false).await;
    let partners = create(&mut sec, "Partners welcome", "members", true).await;
    let closed = create(&mut sec, "Closed circle", "invite_only", false).await;

    // Visitors find and read the public one only.
    let mut visitor = app.client();
    let list = visitor.get("/communities").await;
    assert!(list.contains("Open talk"));
    for hidden in ["Members talk", "Partners welcome", "Closed circle"] {
        assert!(!list.contains(hidden), "{hidden} listed for visitors");
    }
    assert_eq!(
        visitor.get(&format!("/communities/{public}")).await.status,
        200
    );
    for slug in [&members, &partners, &closed] {
        assert_eq!(
            visitor.get(&format!("/communities/{slug}")).await.status,
            404
        );
    }
    // …and never its people.
    assert!(!visitor
        .get(&format!("/communities/{public}"))
        .await
        .contains("members-h"));

    // A partner finds the public one and the one admitting partners.
    let mut partner = app.signed_in(PARTNER).await;
    let list = partner.get("/communities").await;
    assert!(list.contains("Open talk") && list.contains("Partners welcome"));
    assert!(!list.contains("Members talk") && !list.contains("Closed circle"));
    assert_eq!(
        partner.get(&format!("/communities/{members}")).await.status,
        404
    );
    assert_eq!(
        partner
            .post(&format!("/communities/{members}/join"), &[])
            .await
            .status,
        404
    );
    assert_eq!(
        partner
            .post(&format!("/communities/{partners}/join"), &[])
            .await
            .status,
        303
    );
    assert!(partner
        .get(&format!("/communities/{partners}"))
        .await
        .contains("You are a member"));

    // A member joins a members-only community at once, but only asks to join
    // an invite-only one, whose inside they cannot read meanwhile.
    let mut member = app.signed_in(MEMBER).await;
    let page = member.get(&format!("/communities/{closed}")).await;
    assert_eq!(
        page.status, 200,
        "an invite-only community is listed for members"
    );
    assert!(page.contains("Ask to join"));
    assert!(page.contains("Only its members read"));
    assert!(!page.contains("members-h"), "nor its people");
    assert_eq!(
        member
            .get(&format!("/communities/{closed}/members"))
            .await
            .status,
        404
    );
    assert_eq!(
        member
            .post(&format!("/communities/{closed}/join"), &[])
            .await
            .status,
        403
    );
    assert_eq!(
        member
            .post(&format!("/communities/{members}/join"), &[])
            .await
            .status,
        303
    );
    let r = member
        .post(
            &format!("/communities/{closed}/request"),
            &[("note", "We run a school meals campaign in Kenya.")],
        )
        .await;
    assert_eq!(r.status, 303);
    assert!(member
        .get(&format!("/communities/{closed}"))
        .await
        .contains("waiting for a moderator"));
    let mine = member.get("/communities?mine=1").await;
    assert!(
        mine.contains("Members talk")
            && mine.contains("Closed circle")
            && !mine.contains("Open talk")
    );
    assert!(mine.contains("Request sent"));

    // The Secretariat makes Ana (a member of it) the moderator; she answers.
    let mut ana = app.signed_in(ANA).await;
    assert_eq!(
        sec.post(&format!("/communities/{closed}/join"), &[])
            .await
            .status,
        303
    );
    let ana_id = app.user(ANA).await.id;
    // Nobody outside is made moderator.
    assert_eq!(
        sec.post(
            &format!("/communities/{closed}/members/{ana_id}/moderator"),
            &[("moderator", "1")]
        )
        .await
        .status,
        404
    );
    let r = sec
        .post(
            &format!("/communities/{closed}/members/invite"),
            &[("email", ANA)],
        )
        .await;
    assert_eq!(r.status, 303);
    assert!(ana
        .get("/communities")
        .await
        .contains("Invitations for you"));
    assert_eq!(
        ana.post(&format!("/communities/{closed}/join"), &[])
            .await
            .status,
        303
    );
    assert_eq!(
        sec.post(
            &format!("/communities/{closed}/members/{ana_id}/moderator"),
            &[("moderator", "1")]
        )
        .await
        .status,
        303
    );
    let people = ana.get(&format!("/communities/{closed}/members")).await;
    assert_eq!(people.status, 200);
    assert!(
        people.contains("We run a school meals campaign in Kenya."),
        "the request's note"
    );
    let member_id = app.user(MEMBER).await.id;
    // A plain member cannot answer; the moderator can.
    let mut admin = app.signed_in(ADMIN).await;
    assert_eq!(
        admin
            .post(
                &format!("/communities/{closed}/members/{member_id}/answer"),
                &[("accept", "1")]
            )
            .await
            .status,
        404
    );
    assert_eq!(
        ana.post(
            &format!("/communities/{closed}/members/{member_id}/answer"),
            &[("accept", "1")]
        )
        .await
        .status,
        303
    );
    let inside = member.get(&format!("/communities/{closed}")).await;
    assert!(inside.contains("You are a member"));
    assert!(inside.contains("members-h"));
    assert_eq!(
        member
            .get(&format!("/communities/{closed}/members"))
            .await
            .status,
        200
    );

    // Leaving closes the door again.
    assert_eq!(
        member
            .post(&format!("/communities/{closed}/leave"), &[])
            .await
            .status,
        303
    );
    assert_eq!(
        member
            .get(&format!("/communities/{closed}/members"))
            .await
            .status,
        404
    );
}

#[tokio::test]
async fn invitations_name_people_of_the_network_and_keep_a_wrong_address() {
    let app = app().await;
    let mut sec = app.signed_in(SECRETARIAT).await;
    let slug = create(&mut sec, "Policy briefs", "invite_only", false).await;
    let r = sec
        .post(
            &format!("/communities/{slug}/members/invite"),
            &[("email", "nobody@nowhere.test")],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.contains("value=\"nobody@nowhere.test\""));
    assert!(r.contains("Nobody in the network has this email address."));
    // Partners only where partners are admitted.
    let r = sec
        .post(
            &format!("/communities/{slug}/members/invite"),
            &[("email", PARTNER)],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.contains("does not admit partners"));
    assert_eq!(
        sec.post(
            &format!("/communities/{slug}/members/invite"),
            &[("email", MEMBER)]
        )
        .await
        .status,
        303
    );
    let mut member = app.signed_in(MEMBER).await;
    let page = member.get(&format!("/communities/{slug}")).await;
    assert!(page.contains("You are invited to join"));
    // Declining leaves no trace; inviting again works.
    assert_eq!(
        member
            .post(&format!("/communities/{slug}/leave"), &[])
            .await
            .status,
        303
    );
    assert!(!member
        .get("/communities")
        .await
        .contains("Invitations for you"));
    assert_eq!(
        sec.post(
            &format!("/communities/{slug}/members/invite"),
            &[("email", MEMBER)]
        )
        .await
        .status,
        303
    );
    assert_eq!(
        member
            .post(&format!("/communities/{slug}/join"), &[])
            .await
            .status,
        303
    );
    let r = sec
        .post(
            &format!("/communities/{slug}/members/invite"),
            &[("email", MEMBER)],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.contains("already a member"));
}

#[tokio::test]
async fn a_hidden_community_is_the_secretariats_alone_and_a_member_sees_their_last_visit() {
    let app = app().await;
    let mut sec = app.signed_in(SECRETARIAT).await;
    let slug = create(&mut sec, "Digital campaigns", "public", false).await;
    let mut member = app.signed_in(MEMBER).await;
    assert_eq!(
        member
            .post(&format!("/communities/{slug}/join"), &[])
            .await
            .status,
        303
    );
    // Page loads close together are one visit: nothing "since last time" yet.
    for _ in 0..2 {
        assert!(!member
            .get(&format!("/communities/{slug}"))
            .await
            .contains("Your last visit"));
    }
    // An hour later it is another visit, which names when the first began,
    // and keeps naming it while this visit lasts.
    app.sql("UPDATE community_members SET seen_at = seen_at - 3600000")
        .await;
    forget_kept_visits(&app).await;
    for _ in 0..2 {
        assert!(member
            .get(&format!("/communities/{slug}"))
            .await
            .contains("Your last visit"));
    }

    // Only moderators and the Secretariat edit; a moderator does not hide.
    assert_eq!(
        member
            .get(&format!("/communities/{slug}/edit"))
            .await
            .status,
        403
    );
    let edit = sec.get(&format!("/communities/{slug}/edit")).await;
    assert!(edit.contains("Hide the community"));
    assert_eq!(
        sec.post(&format!("/communities/{slug}/hide"), &[("hidden", "1")])
            .await
            .status,
        303
    );
    assert_eq!(
        member.get(&format!("/communities/{slug}")).await.status,
        404
    );
    assert_eq!(
        app.client()
            .get(&format!("/communities/{slug}"))
            .await
            .status,
        404
    );
    assert!(!member
        .get("/communities")
        .await
        .contains("Digital campaigns"));
    assert!(sec.get("/communities").await.contains("Digital campaigns"));
    assert_eq!(
        member
            .post(&format!("/communities/{slug}/hide"), &[("hidden", "0")])
            .await
            .status,
        404
    );
    assert_eq!(
        sec.post(&format!("/communities/{slug}/hide"), &[("hidden", "0")])
            .await
            .status,
        303
    );
    assert_eq!(
        member.get(&format!("/communities/{slug}")).await.status,
        200
    );

    // An edit keeps what was typed when it is wrong, and saves when right.
    let r = sec
        .post(
            &format!("/communities/{slug}/edit"),
            &[
                ("title", "Digital campaigns"),
                ("purpose", ""),
                ("visibility", "members"),
                ("languages", "ar"),
            ],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.contains("value=\"ar\" checked"));
    let r = sec
        .post(
            &format!("/communities/{slug}/edit"),
            &[
                ("title", "الحملات الرقمية"),
                ("purpose", "نتعلم معًا"),
                ("visibility", "members"),
                ("languages", "ar"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    assert!(
        !app.client().get("/communities").await.contains("الحملات"),
        "now for members only"
    );
    assert!(member
        .get(&format!("/communities/{slug}"))
        .await
        .contains("<bdi>الحملات الرقمية</bdi>"));
}

#[tokio::test]
async fn a_persons_page_shows_the_communities_the_reader_may_see() {
    let app = app().await;
    let admin = app.user(ADMIN).await;
    let path = format!("/people/{}", admin.id);
    let r = app.client().get(&path).await;
    assert_eq!(r.status, 303, "visitors sign in first");
    let mut member = app.signed_in(MEMBER).await;
    let page = member.get(&path).await;
    assert_eq!(page.status, 200);
    assert!(page.contains("<bdi>Amina Org-Admin</bdi>"));
    assert!(page.contains(ADMIN), "members see colleagues' emails");
    // The demo admin moderates the invite-only circle, which the member cannot see.
    assert!(page.contains("Digital advocacy lab"));
    assert!(!page.contains("Coalition leaders circle"));
    let mut sec = app.signed_in(SECRETARIAT).await;
    assert!(sec.get(&path).await.contains("Coalition leaders circle"));
    // Partners see the person but not their email.
    let mut partner = app.signed_in(PARTNER).await;
    let page = partner.get(&path).await;
    assert_eq!(page.status, 200);
    assert!(!page.contains(ADMIN));
    // Member lists link to people's pages.
    assert!(member
        .get("/communities/digital-advocacy-lab")
        .await
        .contains(&format!("href=\"{path}\"")));
    assert_eq!(member.get("/people/not-an-id").await.status, 404);
    assert_eq!(
        member
            .get(&format!("/people/{}", minga_domain::UserId::new()))
            .await
            .status,
        404
    );
}

#[tokio::test]
async fn a_visitors_kept_community_pages_follow_each_change() {
    let app = app().await;
    let mut sec = app.signed_in(SECRETARIAT).await;
    let slug = create(&mut sec, "Open doors", "public", false).await;
    let mut visitor = app.client();
    let page = format!("/communities/{slug}");
    let first = visitor.get(&page).await;
    assert_eq!(first.status, 200);
    assert!(
        first.contains("<title>\u{2068}Open doors\u{2069} · "),
        "{}",
        first.body
    );
    // The same page again comes from memory (the second and third alike:
    // the first inlined the stylesheet)…
    let second = visitor.get(&page).await;
    assert_eq!(visitor.get(&page).await.body, second.body);
    // …until something it shows changes: a new topic, a new community.
    let r = sec
        .post_multipart(
            &format!("/communities/{slug}/topics/new"),
            &[
                ("title", "Who keeps the minutes?"),
                ("body", "Let us take turns."),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert!(visitor.get(&page).await.contains("Who keeps the minutes?"));
    let list = visitor.get("/communities").await;
    assert!(list.contains("Open doors") && !list.contains("Second door"));
    create(&mut sec, "Second door", "public", false).await;
    assert!(visitor.get("/communities").await.contains("Second door"));
    // A members-only community never shows on a visitor's kept list.
    create(&mut sec, "Back room", "members", false).await;
    assert!(!visitor.get("/communities").await.contains("Back room"));
}

/// Visits are kept in memory until the clock ends them; a test that moves
/// a visit back in the database says so to the kept values as well.
pub(crate) async fn forget_kept_visits(app: &minga_testkit::TestApp) {
    app.sql("UPDATE entity_versions SET version = version + 1 WHERE entity = 'community'")
        .await;
}
