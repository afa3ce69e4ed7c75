//! The KEL strategy (issue 13): the Secretariat writes objectives and
//! starts an initiative; its lead keeps milestones; another organisation
//! offers a contribution that the lead declines without a reason (refused),
//! then accepts; the contributor links an output that appears on the page
//! and its timeline; who sees offers, who may act, and bad input that keeps
//! what was typed.

use minga_domain::Role;
use minga_testkit::{Client, TestApp};

const ADMIN: &str = "orgadmin@demo.minga.test";
const MEMBER: &str = "member@demo.minga.test";
const PARTNER: &str = "partner@demo.minga.test";
const SECRETARIAT: &str = "secretariat@demo.minga.test";
const OTHER: &str = "staff@other.example.org";
const THIRD: &str = "staff@third.example.org";

fn id_of(location: &str, prefix: &str) -> String {
    location
        .trim_start_matches(prefix)
        .split(['/', '?', '"', '#'])
        .next()
        .unwrap()
        .to_string()
}

/// Whether the reader's notifications say `words` about `title`.
async fn told(c: &mut Client, words: &str, title: &str) -> bool {
    let page = c.get("/notifications").await;
    page.body
        .split("<li")
        .any(|item| item.contains(words) && item.contains(title))
}

/// The value of the first `<option>` whose label is `label`.
fn option_value(body: &str, label: &str) -> String {
    let at = body.find(&format!(">{label}</option>")).expect(label);
    let start = body[..at].rfind("value=\"").unwrap() + 7;
    body[start..at].split('"').next().unwrap().to_string()
}

#[tokio::test]
async fn an_initiative_takes_an_offer_answers_it_and_shows_its_output() {
    let app = TestApp::with_demo(4).await;
    app.add_org(
        "other-coalition",
        "Other Coalition",
        "PE",
        &[(OTHER, "Rosa", Role::Member)],
    )
    .await;
    app.add_org(
        "third-coalition",
        "Third Coalition",
        "NP",
        &[(THIRD, "Hari", Role::Member)],
    )
    .await;
    let mut sec = app.signed_in(SECRETARIAT).await;
    assert_eq!(app.client().get("/kel").await.status, 303, "members only");

    // An objective needs a title in one language at least.
    let r = sec
        .post("/kel/objectives/new", &[("body_fr", "Sans titre")])
        .await;
    assert_eq!(r.status, 422);
    assert!(r.contains("id=\"e-title_fr\""));
    assert!(r.contains("Sans titre"), "what was typed comes back");
    let r = sec
        .post(
            "/kel/objectives/new",
            &[
                ("title_en", "Zeta objective: learn by doing"),
                ("title_es", "Objetivo Zeta: aprender haciendo"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let kel = sec.get("/kel").await;
    assert!(kel.contains("Zeta objective: learn by doing"));

    // An initiative: its dates in order, its title given.
    let form = sec.get("/kel/initiatives/new").await;
    let objective = option_value(&form.body, "Zeta objective: learn by doing");
    let member = app.user(MEMBER).await;
    let lead = member.org_id.to_string();
    let mut fields = vec![
        ("objective", objective.as_str()),
        ("lead", lead.as_str()),
        ("state", "running"),
        ("lang", "en"),
        ("title", ""),
        (
            "summary",
            "Pairs of coalitions review each other's trackers.",
        ),
        ("starts_on", "2027-03-01"),
        ("ends_on", "2027-01-01"),
    ];
    let r = sec.post("/kel/initiatives/new", &fields).await;
    assert_eq!(r.status, 422);
    assert!(r.contains("id=\"e-title\""));
    assert!(r.contains("id=\"e-ends_on\""));
    assert!(r.contains("Pairs of coalitions review each other"));
    fields[4].1 = "Zeta tracker reviews";
    fields[7].1 = "2027-09-30";
    let r = sec.post("/kel/initiatives/new", &fields).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let id = id_of(r.location.as_deref().unwrap(), "/kel/initiatives/");
    let path = format!("/kel/initiatives/{id}");

    // The lead's admin keeps its milestones; its member and others do not.
    let mut admin = app.signed_in(ADMIN).await;
    let mut m = app.signed_in(MEMBER).await;
    let mut other = app.signed_in(OTHER).await;
    let mut third = app.signed_in(THIRD).await;
    assert_eq!(admin.get(&format!("{path}/edit")).await.status, 200);
    assert_eq!(other.get(&format!("{path}/edit")).await.status, 403);
    let bad = admin
        .post(
            &format!("{path}/milestones"),
            &[
                ("milestone_title", "Pairs matched"),
                ("milestone_due", "soon"),
            ],
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(bad.contains("Pairs matched"));
    let r = admin
        .post(
            &format!("{path}/milestones"),
            &[
                ("milestone_title", "Pairs matched"),
                ("milestone_due", "2027-04-01"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let r = m
        .post(
            &format!("{path}/milestones"),
            &[("milestone_title", "Mine"), ("milestone_due", "2027-04-01")],
        )
        .await;
    assert_eq!(r.status, 403);
    let page = admin.get(&path).await;
    assert!(page.contains("0 of 1 milestones done"));
    let mid = id_of(
        page.body
            .split(&format!("{path}/milestones/"))
            .nth(1)
            .unwrap(),
        "",
    );
    let r = admin
        .post(&format!("{path}/milestones/{mid}"), &[("status", "done")])
        .await;
    assert_eq!(r.status, 303);
    assert!(admin.get(&path).await.contains("1 of 1 milestones done"));

    // Another organisation offers: a date in the past is refused, and what
    // was typed comes back.
    let offer = [
        ("what", "Review two trackers from Latin America."),
        ("by_when", "2020-01-01"),
        ("who", "Rosa, our analyst"),
    ];
    let r = other.post(&format!("{path}/contributions"), &offer).await;
    assert_eq!(r.status, 422);
    assert!(r.contains("id=\"e-by_when\""));
    assert!(r.contains("Review two trackers from Latin America."));
    assert!(r.contains("Rosa, our analyst"));
    let later = (chrono::Utc::now().date_naive() + chrono::Duration::days(30))
        .format("%Y-%m-%d")
        .to_string();
    let offer = [
        ("what", "Review two trackers from Latin America."),
        ("by_when", later.as_str()),
        ("who", "Rosa, our analyst"),
    ];
    let r = other.post(&format!("{path}/contributions"), &offer).await;
    assert_eq!(r.status, 303, "{}", r.body);
    // The lead is told; the lead's own staff and the Secretariat offer nothing.
    assert!(told(&mut admin, "offered a contribution", "Zeta tracker reviews").await);
    assert_eq!(
        m.post(&format!("{path}/contributions"), &offer)
            .await
            .status,
        403
    );
    // An offer waiting for its answer is between the lead and the offerer.
    assert!(!third.get(&path).await.contains("Review two trackers"));
    assert!(other.get(&path).await.contains("Review two trackers"));

    // Declining needs a reason; the refused answer keeps the form.
    let page = admin.get(&path).await;
    let cid = id_of(
        page.body
            .split(&format!("{path}/contributions/"))
            .nth(1)
            .unwrap(),
        "",
    );
    let answer = format!("{path}/contributions/{cid}");
    assert_eq!(
        other.post(&answer, &[("answer", "accept")]).await.status,
        403,
        "only the lead answers"
    );
    let r = admin.post(&answer, &[("answer", "decline")]).await;
    assert_eq!(r.status, 422);
    assert!(r.contains(&format!("id=\"e-reason-{cid}\"")));
    let r = admin.post(&answer, &[("answer", "accept")]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert!(told(&mut other, "was accepted", "Zeta tracker reviews").await);
    // Answered already: a second answer changes nothing and says so.
    let r = sec
        .post(&answer, &[("answer", "decline"), ("reason", "Too late")])
        .await;
    assert!(r
        .location
        .as_deref()
        .unwrap()
        .contains("notice=notice-contribution-already-answered"));
    let page = third.get(&path).await;
    assert!(
        page.contains("Review two trackers"),
        "accepted: everyone sees it"
    );
    assert!(page.contains("Other Coalition"));

    // The contributor links an output: the address must name something it
    // may read, once.
    let library = other.get("/library").await;
    let rid = library
        .body
        .split("href=\"/library/")
        .skip(1)
        .map(|s| id_of(s, ""))
        .find(|s| s.parse::<uuid::Uuid>().is_ok())
        .expect("a resource in the library");
    let title = app
        .store()
        .resource(rid.parse().unwrap())
        .await
        .unwrap()
        .unwrap()
        .translations[0]
        .title
        .clone();
    let outputs = format!("{path}/outputs");
    let r = other
        .post(&outputs, &[("address", "https://example.org/elsewhere")])
        .await;
    assert_eq!(r.status, 422);
    assert!(r.contains("https://example.org/elsewhere"));
    let unknown = format!("/library/{}", uuid::Uuid::now_v7());
    let r = other.post(&outputs, &[("address", unknown.as_str())]).await;
    assert_eq!(r.status, 422);
    let address = format!("http://localhost/library/{rid}?in=en");
    let r = other.post(&outputs, &[("address", address.as_str())]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let r = other.post(&outputs, &[("address", address.as_str())]).await;
    assert_eq!(r.status, 422, "linked once");
    assert_eq!(
        third
            .post(&outputs, &[("address", address.as_str())])
            .await
            .status,
        403,
        "not a contributor"
    );
    let page = third.get(&path).await;
    let esc = title.replace('\'', "&#39;").replace('"', "&quot;");
    assert!(page.contains(&esc), "the output appears: {title}");
    assert!(page.contains("linked an output"), "and on the timeline");

    // Taken off by who added it, its address waits in the form.
    assert!(
        !page.contains(&format!("{path}/outputs/")),
        "nothing to remove"
    );
    let mine = other.get(&path).await;
    let oid = id_of(
        mine.body.split(&format!("{path}/outputs/")).nth(1).unwrap(),
        "",
    );
    assert_eq!(
        third
            .post(&format!("{path}/outputs/{oid}/remove"), &[])
            .await
            .status,
        403
    );
    let r = other
        .post(&format!("{path}/outputs/{oid}/remove"), &[])
        .await;
    let to = r.location.clone().unwrap();
    assert!(to.contains("address="), "{to}");
    let page = other.get(&to).await;
    assert!(page.contains(&format!("value=\"/library/{rid}\"")));

    // Partners see only initiatives that admit them.
    let mut partner = app.signed_in(PARTNER).await;
    assert_eq!(partner.get(&path).await.status, 404);
    assert!(!partner.get("/kel").await.contains("Zeta tracker reviews"));
    let mut f = fields.clone();
    f.push(("partners", "1"));
    let r = sec.post(&format!("{path}/edit"), &f).await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(partner.get(&path).await.status, 200);
    // A lead's admin may not hand the initiative to another lead.
    let mut moved = f.clone();
    let other_org = app.user(OTHER).await.org_id.to_string();
    moved[1].1 = other_org.as_str();
    let r = admin.post(&format!("{path}/edit"), &moved).await;
    assert_eq!(r.status, 422);
    assert!(r.contains("id=\"e-lead\""));
}
