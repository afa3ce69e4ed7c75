//! Best practices (issue 13): the template and its required sections,
//! drafts with every version kept, the review (comments beside sections,
//! changes asked, published), authors and the Secretariat told, who sees a
//! draft, and "we tried this" from another organisation, counted in the list.

use minga_domain::Role;
use minga_testkit::{Client, TestApp};

const MEMBER: &str = "member@demo.minga.test";
const SECRETARIAT: &str = "secretariat@demo.minga.test";
const OTHER: &str = "staff@other.example.org";

const SECTIONS: [&str; 7] = [
    "context",
    "challenge",
    "approach",
    "results",
    "lessons",
    "replicate",
    "contact",
];

/// The form's fields: every section written, `extra` replacing any.
fn form<'a>(extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut f: Vec<(&str, &str)> = vec![
        ("lang", "en"),
        ("title", "Zeta radio for school budgets"),
        ("context", "Rural Kenya, 2023, with 14 parent associations."),
        ("challenge", "Parents could not read the budget tables."),
        ("approach", "Weekly radio shows with a budget officer."),
        ("results", "Three districts published school grants."),
        ("lessons", "Start with the local language."),
        ("replicate", "A partner radio and six months."),
        ("contact", "The coalition's coordinator."),
        ("items", "budget-tracking"),
        ("items", "media-communication"),
    ];
    for (k, v) in extra {
        f.retain(|(name, _)| name != k);
        f.push((k, v));
    }
    f
}

fn id_of(location: &str) -> String {
    location
        .trim_start_matches("/practices/")
        .split(['/', '?'])
        .next()
        .unwrap()
        .to_string()
}

/// Whether the reader's notifications say `words` about the practice `title`
/// (names in a sentence are isolated from its direction, so they are
/// looked for apart).
async fn told(c: &mut Client, words: &str, title: &str) -> bool {
    let page = c.get("/notifications").await;
    page.body
        .split("<li")
        .any(|item| item.contains(words) && item.contains(title))
}

#[tokio::test]
async fn a_practice_is_sent_back_fixed_published_and_tried_elsewhere() {
    let app = TestApp::with_demo(4).await;
    app.add_org(
        "other-coalition",
        "Other Coalition",
        "PE",
        &[(OTHER, "Rosa", Role::Member)],
    )
    .await;
    let mut m = app.signed_in(MEMBER).await;
    assert_eq!(m.get("/practices/new").await.status, 200);

    // A half-written practice sent for review: each missing section is
    // named beside its field and what was typed comes back.
    let r = m
        .post(
            "/practices/new",
            &form(&[("results", ""), ("lessons", " "), ("action", "submit")]),
        )
        .await;
    assert_eq!(r.status, 422, "{}", r.body);
    assert!(r.contains("id=\"e-results\""));
    assert!(r.contains("id=\"e-lessons\""));
    assert!(!r.contains("id=\"e-contact\""), "the contact is optional");
    assert!(r.contains("Weekly radio shows with a budget officer."));
    // Saved as a draft instead: kept, version 1.
    let r = m
        .post(
            "/practices/new",
            &form(&[("results", ""), ("action", "save")]),
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let id = id_of(r.location.as_deref().unwrap());
    let path = format!("/practices/{id}");
    // A draft is its organisation's and the Secretariat's only.
    assert_eq!(app.client().get(&path).await.status, 404);
    let mut other = app.signed_in(OTHER).await;
    assert_eq!(other.get(&path).await.status, 404);
    assert!(!app.client().get("/practices").await.contains("Zeta radio"));
    // Filled in and sent: version 2, the Secretariat told.
    let r = m
        .post(&format!("{path}/edit"), &form(&[("action", "submit")]))
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let mut sec = app.signed_in(SECRETARIAT).await;
    assert!(
        told(
            &mut sec,
            "sent the practice",
            "Zeta radio for school budgets"
        )
        .await
    );
    assert!(sec.get("/practices/review").await.contains("Zeta radio"));
    // Submitted: its authors can no longer edit it meanwhile.
    assert_eq!(m.get(&format!("{path}/edit")).await.status, 403);

    // The review: a comment beside the results, changes asked.
    let empty = sec
        .post(&format!("{path}/review"), &[("step", "request-changes")])
        .await;
    assert_eq!(empty.status, 422, "asking for changes says which");
    let r = sec
        .post(
            &format!("{path}/review"),
            &[
                ("step", "request-changes"),
                ("comment_results", "Add the figures: how many grants?"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert!(told(&mut m, "asks for changes", "Zeta radio for school budgets").await);
    let page = m.get(&path).await;
    assert!(page.contains("Add the figures: how many grants?"));
    assert!(page.contains("Changes asked"));
    // Fixed and sent again; published.
    let r = m
        .post(
            &format!("{path}/edit"),
            &form(&[
                (
                    "results",
                    "Three districts published school grants: 41 in all.",
                ),
                ("action", "submit"),
            ]),
        )
        .await;
    assert_eq!(r.status, 303);
    let r = sec
        .post(&format!("{path}/review"), &[("step", "publish")])
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert!(told(&mut m, "is published", "Zeta radio for school budgets").await);
    // Every version kept.
    let versions = m.get(&format!("{path}/versions")).await;
    assert!(versions.contains("Version 3"), "{}", versions.body);
    let v1 = m.get(&format!("{path}/versions?v=1")).await;
    assert!(v1.contains("Not written yet."), "version 1 had no results");

    // Published: everyone reads it, and the list says nobody tried it yet.
    let public = app.client().get(&path).await;
    assert_eq!(public.status, 200);
    assert!(public.contains("41 in all"));
    assert!(
        !public.contains("Add the figures"),
        "the review is not public"
    );
    let list = app.client().get("/practices").await;
    assert!(list.contains("Zeta radio for school budgets"));
    let card = list
        .body
        .split("Zeta radio for school budgets")
        .nth(1)
        .unwrap_or("");
    assert!(card[..card.len().min(400)].contains("Not tried elsewhere yet"));

    // Another organisation tried it: recorded once, counted in the list.
    let missing = other
        .post(
            &format!("{path}/tried"),
            &[("tried_context", "Lima, 2024"), ("tried_results", "")],
        )
        .await;
    assert_eq!(missing.status, 422);
    assert!(missing.contains("Lima, 2024"));
    let r = other
        .post(
            &format!("{path}/tried"),
            &[
                ("tried_context", "Lima, 2024, two community radios."),
                (
                    "tried_results",
                    "Parents asked for the budget in 9 schools.",
                ),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let again = other
        .post(
            &format!("{path}/tried"),
            &[("tried_context", "Again"), ("tried_results", "Again")],
        )
        .await;
    assert_eq!(again.status, 422);
    assert!(again.contains("already recorded"));
    assert!(
        told(
            &mut m,
            "their organisation tried",
            "Zeta radio for school budgets"
        )
        .await
    );
    let list = app
        .client()
        .get("/practices?item=media-communication")
        .await;
    let card = list
        .body
        .split("Zeta radio for school budgets")
        .nth(1)
        .unwrap_or("");
    assert!(
        card[..card.len().min(400)].contains("Tried by 1 other organisation"),
        "{}",
        list.body
    );
    let page = app.client().get(&path).await;
    assert!(page.contains("Other Coalition"));
    assert!(page.contains("Parents asked for the budget in 9 schools."));
    // Its own organisation does not record trying its own practice.
    let own = m
        .post(
            &format!("{path}/tried"),
            &[("tried_context", "x"), ("tried_results", "y")],
        )
        .await;
    assert_eq!(own.status, 403);
    for s in SECTIONS {
        assert!(page.contains(&format!("id=\"h-{s}\"")), "section {s} shown");
    }
}

#[tokio::test]
async fn links_are_checked_and_a_partner_does_not_write_practices() {
    let app = TestApp::with_demo(4).await;
    let mut m = app.signed_in(MEMBER).await;
    let r = m
        .post(
            "/practices/new",
            &form(&[
                ("resources", "https://minga.test/library/not-a-resource"),
                ("items", "no-such-theme"),
                ("action", "save"),
            ]),
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.contains("is not a resource of the library you can read"));
    assert!(r.contains("Choose themes and capacities from the list."));
    assert!(r.contains("https://minga.test/library/not-a-resource"));
    let mut p = app.signed_in("partner@demo.minga.test").await;
    assert_eq!(p.get("/practices/new").await.status, 403);
    assert_eq!(
        p.post("/practices/new", &form(&[("action", "save")]))
            .await
            .status,
        403
    );
    // The Secretariat's queue is its own.
    assert_eq!(m.get("/practices/review").await.status, 403);
}
