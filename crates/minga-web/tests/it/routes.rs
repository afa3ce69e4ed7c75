//! The browser harness visits every page from its table, `e2e/routes.json`;
//! this test keeps that table equal to the router, so a new page cannot be
//! left out of the accessibility, validity and weight checks.

use minga_testkit::TestApp;
use std::collections::BTreeSet;

/// A path for `pattern` with each `{param}` filled by a placeholder.
fn fill(pattern: &str) -> String {
    let mut out = String::new();
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = rest[open..].find('}').expect("closing brace") + open;
        out.push('x');
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

#[tokio::test]
async fn the_e2e_table_names_every_get_route_of_the_router() {
    let patterns = minga_web::route_patterns();
    let unique: BTreeSet<&str> = patterns.iter().copied().collect();
    assert_eq!(unique.len(), patterns.len(), "a path registered twice");

    // Which routes answer GET: the router says 405 for a path it has
    // without a GET handler (a handler's own refusal is 303/403/404/410).
    let app = TestApp::new().await;
    let mut anon = app.client();
    assert_eq!(
        anon.get("/logout").await.status,
        405,
        "POST-only routes answer 405"
    );
    let mut answers_get = BTreeSet::new();
    for pattern in &patterns {
        if anon.get(&fill(pattern)).await.status != 405 {
            answers_get.insert(pattern.to_string());
        }
    }
    assert!(answers_get.contains("/orgs/{slug}"));

    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/../../e2e/routes.json");
    let table: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(file).expect("read e2e/routes.json"))
            .expect("e2e/routes.json is JSON");
    let listed: BTreeSet<String> = table["routes"]
        .as_object()
        .expect("a \"routes\" object")
        .keys()
        .cloned()
        .collect();
    let missing: Vec<_> = answers_get.difference(&listed).collect();
    let stale: Vec<_> = listed.difference(&answers_get).collect();
    assert!(
        missing.is_empty() && stale.is_empty(),
        "e2e/routes.json must list exactly the router's GET routes;\n  \
         add (with who may see them and who is refused): {missing:?}\n  \
         remove (no such GET route): {stale:?}"
    );
}

#[test]
fn fill_replaces_every_parameter() {
    assert_eq!(fill("/files/{id}/{name}"), "/files/x/x");
    assert_eq!(fill("/orgs"), "/orgs");
}
