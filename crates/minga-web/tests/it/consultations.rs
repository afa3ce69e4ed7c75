//! Consultations (issue 13): the Secretariat prepares one (refused forms
//! keep what was typed), opens it to chosen organisations (their admins
//! told); an organisation's staff drafts its one response and its admin
//! submits it; a second response begun from a stale form is refused with
//! the answers kept; one organisation never reads another's answers until
//! the Secretariat shares them; the results group by region and export;
//! an answer after the deadline is refused with what was typed; reminders
//! go only to those who have not answered.

use minga_domain::Role;
use minga_testkit::{Client, TestApp};

const ADMIN: &str = "orgadmin@demo.minga.test";
const MEMBER: &str = "member@demo.minga.test";
const PARTNER: &str = "partner@demo.minga.test";
const SECRETARIAT: &str = "secretariat@demo.minga.test";
const OTHER_ADMIN: &str = "admin@other.example.org";
const OTHER_MEMBER: &str = "staff@other.example.org";

fn id_of(location: &str) -> String {
    location
        .trim_start_matches("/kel/consultations/")
        .split(['/', '?'])
        .next()
        .unwrap()
        .to_string()
}

async fn told(c: &mut Client, words: &str, title: &str) -> bool {
    let page = c.get("/notifications").await;
    page.body
        .split("<li")
        .any(|item| item.contains(words) && item.contains(title))
}

const TITLE: &str = "Zeta consultation on peer learning";

#[tokio::test]
async fn a_consultation_is_answered_once_per_organisation_and_read_together() {
    let app = TestApp::with_demo(4).await;
    let other = app
        .add_org(
            "other-coalition",
            "Other Coalition",
            "FR",
            &[
                (OTHER_ADMIN, "Claire", Role::OrgAdmin),
                (OTHER_MEMBER, "Paul", Role::Member),
            ],
        )
        .await;
    let own = app.user(ADMIN).await.org_id;
    let mut sec = app.signed_in(SECRETARIAT).await;
    let (own_s, other_s) = (own.to_string(), other.id.to_string());
    let later = (chrono::Utc::now().date_naive() + chrono::Duration::days(20))
        .format("%Y-%m-%d")
        .to_string();
    let mut form: Vec<(&str, &str)> = vec![
        ("lang", "en"),
        ("title", TITLE),
        ("document", "Line one of the paper.\nLine two."),
        ("deadline", "2020-01-01"),
        ("audience", "some"),
        ("orgs", own_s.as_str()),
        ("orgs", other_s.as_str()),
        ("rows", "5"),
        ("q1_kind", "choice"),
        ("q1_prompt", "Which format helps most?"),
        ("q1_choices", "Communities"),
        ("q2_kind", "scale"),
        ("q2_prompt", "How well do we learn today?"),
        ("q3_kind", "open"),
        ("q3_prompt", "What should change first?"),
    ];
    // A deadline past and a choice with one option: refused, kept.
    let r = sec.post("/kel/consultations/new", &form).await;
    assert_eq!(r.status, 422);
    assert!(r.contains("id=\"e-deadline\""));
    assert!(r.contains("id=\"e-q1_choices\""));
    assert!(r.contains("How well do we learn today?"));
    // More rows keep everything and save nothing.
    let mut more = form.clone();
    more.push(("action", "more"));
    let r = sec.post("/kel/consultations/new", &more).await;
    assert_eq!(r.status, 200);
    assert!(r.contains("name=\"q10_prompt\""));
    assert!(r.contains("What should change first?"));
    form[3].1 = later.as_str();
    form[10].1 = "Communities\nExchanges\nWebinars";
    let r = sec.post("/kel/consultations/new", &form).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let id = id_of(r.location.as_deref().unwrap());
    let path = format!("/kel/consultations/{id}");

    // Written in Spanish too: a choice keeps its number of choices.
    let tr = format!("{path}/translate?language=es");
    assert_eq!(sec.get(&tr).await.status, 200);
    let mut spanish = vec![
        ("title", "Consulta Zeta sobre el aprendizaje entre pares"),
        ("document", "Primera línea del documento."),
        ("q1_prompt", "¿Qué formato ayuda más?"),
        ("q1_choices", "Comunidades\nIntercambios"),
        ("q2_prompt", "¿Qué tan bien aprendemos hoy?"),
        ("q3_prompt", "¿Qué debería cambiar primero?"),
    ];
    let r = sec.post(&tr, &spanish).await;
    assert_eq!(r.status, 422);
    assert!(r.contains("id=\"e-q1_choices\""));
    assert!(r.contains("¿Qué debería cambiar primero?"), "typed kept");
    spanish[3].1 = "Comunidades\nIntercambios\nSeminarios web";
    let r = sec.post(&tr, &spanish).await;
    assert_eq!(r.status, 303, "{}", r.body);

    // A draft is the Secretariat's only; opened, the admins are told.
    let mut admin = app.signed_in(ADMIN).await;
    let mut member = app.signed_in(MEMBER).await;
    let mut other_admin = app.signed_in(OTHER_ADMIN).await;
    let mut other_member = app.signed_in(OTHER_MEMBER).await;
    assert_eq!(admin.get(&path).await.status, 404);
    let r = sec.post(&format!("{path}/open"), &[]).await;
    assert_eq!(r.status, 303);
    assert!(told(&mut admin, "asks your organisation", TITLE).await);
    assert!(told(&mut other_admin, "asks your organisation", TITLE).await);
    assert!(
        !told(&mut member, "asks your organisation", TITLE).await,
        "admins answer"
    );
    // Open: its questions no longer change.
    let r = sec.post(&format!("{path}/edit"), &form).await;
    assert!(r
        .location
        .as_deref()
        .unwrap()
        .contains("notice-consultation-open-already"));

    // A reader of Spanish reads it in Spanish.
    app.sql(&format!(
        "UPDATE users SET locale = 'es' WHERE email = '{OTHER_MEMBER}'"
    ))
    .await;
    let es = app.signed_in(OTHER_MEMBER).await.get(&path).await;
    assert!(es.contains("Consulta Zeta sobre el aprendizaje entre pares"));
    assert!(es.contains("Seminarios web"));
    app.sql(&format!(
        "UPDATE users SET locale = 'en' WHERE email = '{OTHER_MEMBER}'"
    ))
    .await;

    // The member drafts the response (no submit button for them).
    let page = member.get(&path).await;
    assert!(page.contains("Your organisation has not answered yet."));
    assert!(!page.contains("value=\"submit\""));
    let draft = [
        ("revision", "0"),
        ("a1", "1"),
        ("a3", "Zeta: translate the recordings."),
        ("action", "save"),
    ];
    let r = member.post(&format!("{path}/response"), &draft).await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(
        member
            .post(
                &format!("{path}/response"),
                &[("revision", "1"), ("a1", "1"), ("action", "submit")]
            )
            .await
            .status,
        403,
        "only an admin submits"
    );
    // A second response begun from a stale form: refused, typed kept.
    let r = admin
        .post(
            &format!("{path}/response"),
            &[
                ("revision", "0"),
                ("a3", "Zeta: a second answer"),
                ("action", "save"),
            ],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.contains("A colleague saved"));
    assert!(r.contains("Zeta: a second answer"));
    assert!(
        r.contains("name=\"revision\" value=\"1\""),
        "now on the latest"
    );
    // Submitting needs every question answered.
    let r = admin
        .post(
            &format!("{path}/response"),
            &[
                ("revision", "1"),
                ("a1", "1"),
                ("a3", "Zeta: translate the recordings."),
                ("action", "submit"),
            ],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.contains("id=\"e-a2\""));
    let r = admin
        .post(
            &format!("{path}/response"),
            &[
                ("revision", "1"),
                ("a1", "1"),
                ("a2", "4"),
                ("a3", "Zeta: translate the recordings."),
                ("action", "submit"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert!(admin.get(&path).await.contains("was submitted"));

    // Another organisation sees its own response only, never this one's,
    // and not the answers together.
    let theirs = other_member.get(&path).await;
    assert!(theirs.contains("Your organisation has not answered yet."));
    assert!(!theirs.contains("translate the recordings"));
    assert_eq!(
        other_member.get(&format!("{path}/results")).await.status,
        403
    );
    assert_eq!(
        other_admin.get(&format!("{path}/results.csv")).await.status,
        403
    );

    // The Secretariat reads them by region, exports them, reads one
    // question as a document, and sees who has not answered.
    let res = sec.get(&format!("{path}/results?by=region")).await;
    assert_eq!(res.status, 200);
    assert!(res.contains("1 of 2 organisations asked have answered."));
    assert!(res.contains("Zeta: translate the recordings."));
    let missing = res.body.split("id=\"h-missing\"").nth(1).unwrap();
    assert!(missing.contains("Other Coalition"));
    let by_group = sec.get(&format!("{path}/results?by=group")).await;
    assert!(by_group.contains("Global South") || by_group.contains("South"));
    let csv = sec.get(&format!("{path}/results.csv")).await;
    assert_eq!(csv.status, 200);
    assert!(csv.body.contains("Zeta: translate the recordings."));
    assert!(csv.body.contains("Exchanges"), "a choice by its text");
    let doc = sec.get(&format!("{path}/questions/3")).await;
    assert!(doc.contains("Zeta: translate the recordings."));

    // Reminders: only the organisation that has not submitted.
    let soon = chrono::Utc::now() + chrono::Duration::days(3);
    app.sql(&format!(
        "UPDATE consultations SET deadline = {} WHERE id = '{id}'",
        soon.timestamp_millis()
    ))
    .await;
    let n = app
        .core
        .send_consultation_reminders(chrono::Utc::now())
        .await
        .unwrap();
    assert_eq!(n, 1, "the other coalition's admin");
    assert!(told(&mut other_admin, "is in a week", TITLE).await);
    assert!(!told(&mut admin, "is in a week", TITLE).await);
    // Again: nothing new.
    app.core
        .send_consultation_reminders(chrono::Utc::now())
        .await
        .unwrap();
    let page = other_admin.get("/notifications").await;
    assert_eq!(page.body.matches("is in a week").count(), 1);

    // After the deadline an answer is refused and what was typed stays.
    let page = other_admin.get(&path).await;
    assert!(page.contains("value=\"submit\""));
    app.sql(&format!(
        "UPDATE consultations SET deadline = {} WHERE id = '{id}'",
        (chrono::Utc::now() - chrono::Duration::hours(1)).timestamp_millis()
    ))
    .await;
    let r = other_admin
        .post(
            &format!("{path}/response"),
            &[
                ("revision", "0"),
                ("a3", "Zeta: too late, sadly"),
                ("action", "submit"),
            ],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.contains("The deadline has passed"));
    assert!(r.contains("Zeta: too late, sadly"));

    // The synthesis, with the answers shared: members read both; partners
    // neither the answers.
    let r = sec
        .post(&format!("{path}/synthesis"), &[("synthesis_fr", "")])
        .await;
    assert_eq!(r.status, 422, "a synthesis in one language at least");
    let r = sec
        .post(
            &format!("{path}/synthesis"),
            &[
                ("synthesis_en", "Zeta synthesis: recordings first."),
                ("share", "1"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert!(other_member
        .get(&path)
        .await
        .contains("Zeta synthesis: recordings first."));
    assert_eq!(
        other_member.get(&format!("{path}/results")).await.status,
        200
    );
    let mut partner = app.signed_in(PARTNER).await;
    assert_eq!(partner.get(&format!("{path}/results")).await.status, 404);
}
