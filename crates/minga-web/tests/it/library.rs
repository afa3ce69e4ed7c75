//! The resource library (issue 13): sharing a file or a link, languages of
//! one resource, the list's filters and their counts, who reads what,
//! refused input that keeps what was typed and uploaded, curation, merging
//! duplicates, origins, previews.

use minga_core::demo_communities::{INVITE_ONLY, PUBLIC};
use minga_domain::ResourceId;
use minga_testkit::{Client, TestApp};

const MEMBER: &str = "member@demo.minga.test";
const ADMIN: &str = "orgadmin@demo.minga.test";
const SECRETARIAT: &str = "secretariat@demo.minga.test";
const PARTNER: &str = "partner@demo.minga.test";

/// A small but real PDF (one page), as the demo makes them.
pub fn tiny_pdf() -> Vec<u8> {
    minga_core::demo_library::demo_pdf("A toolkit", &["One page."])
}

/// The fields of the share form, with `extra` replacing any of the same name.
fn fields<'a>(extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut f: Vec<(&str, &str)> = vec![
        ("lang", "en"),
        ("title", "Budget tracking toolkit"),
        ("summary", "How a coalition follows the education budget."),
        ("kind", "toolkit"),
        ("licence", "cc-by"),
        ("year", "2024"),
        ("reach", "members"),
        ("items", "budget-tracking"),
        ("items", "education-financing"),
        ("countries", "KE"),
        ("countries", "SN"),
    ];
    for (k, v) in extra {
        f.retain(|(name, _)| name != k);
        f.push((k, v));
    }
    f
}

/// Shares through the form; returns the new resource's id.
async fn share(c: &mut Client, extra: &[(&str, &str)], file: Option<(&str, &[u8])>) -> ResourceId {
    let f = fields(extra);
    let files: Vec<(&str, &str, &[u8])> = file.map(|(n, b)| ("upload", n, b)).into_iter().collect();
    let r = c.post_files("/library/new", &f, &files).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let loc = r.location.expect("to the resource");
    assert!(loc.ends_with("?notice=notice-resource-shared"), "{loc}");
    loc.trim_start_matches("/library/")
        .split('?')
        .next()
        .unwrap()
        .parse()
        .expect("an id")
}

#[tokio::test]
async fn a_resource_in_two_languages_is_read_in_the_readers_own() {
    let app = TestApp::with_demo(4).await;
    let mut c = app.signed_in(MEMBER).await;
    let form = c.get("/library/new").await;
    assert_eq!(form.status, 200);
    assert!(form.contains("name=\"upload\""));
    let pdf = tiny_pdf();
    let id = share(&mut c, &[], Some(("toolkit.pdf", &pdf))).await;

    let page = c.get(&format!("/library/{id}")).await;
    assert_eq!(page.status, 200);
    assert!(page.contains("Budget tracking toolkit"));
    assert!(page.contains("Kenya"), "countries named");
    assert!(page.contains("PDF,"), "the download says its kind and size");
    assert!(page.contains("Add a language"));

    // The Spanish version, as a link.
    let t = c.get(&format!("/library/{id}/translate")).await;
    assert_eq!(t.status, 200);
    assert!(
        !t.contains("<option value=\"en\""),
        "English is taken already"
    );
    assert!(t.contains("<option value=\"es\""));
    let r = c
        .post_files(
            &format!("/library/{id}/translate"),
            &[
                ("lang", "es"),
                ("title", "Guía para seguir el presupuesto"),
                (
                    "summary",
                    "Cómo una coalición sigue el presupuesto educativo.",
                ),
                ("url", "https://www.example.org/guia"),
            ],
            &[],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(
        r.location.as_deref(),
        Some(format!("/library/{id}?in=es&notice=notice-translation-added").as_str())
    );
    // Adding the same language again is refused, and what was typed stays.
    let again = c
        .post_files(
            &format!("/library/{id}/translate"),
            &[
                ("lang", "es"),
                ("title", "Otra vez"),
                ("url", "https://example.org/x"),
            ],
            &[],
        )
        .await;
    assert!(
        again.status == 422 || again.status == 404,
        "{}",
        again.status
    );

    // A Spanish reader sees Spanish first and English listed.
    let mut es = app.signed_in(ADMIN).await;
    es.post("/lang", &[("lang", "es"), ("next", "/")]).await;
    let p = es.get(&format!("/library/{id}")).await;
    assert!(p.contains("Guía para seguir el presupuesto"), "{}", p.body);
    assert!(p.contains("example.org"));
    assert!(p.contains(&format!("href=\"/library/{id}?in=en\"")));
    // An English reader sees English and can open the Spanish.
    let p = c.get(&format!("/library/{id}?in=es")).await;
    assert!(p.contains("Guía para seguir el presupuesto"));
    assert!(p.contains("lang=\"es\""));

    // One card in the list, in the reader's language, with the other named.
    let list = c.get("/library").await;
    assert!(list.contains("Budget tracking toolkit"));
    assert!(!list.contains("Guía para seguir"));
    assert!(list.contains("Español"));
    let list = es.get("/library").await;
    assert!(list.contains("Guía para seguir el presupuesto"));
}

#[tokio::test]
async fn filters_count_what_each_choice_would_give() {
    let app = TestApp::with_demo(4).await;
    let mut c = app.signed_in(MEMBER).await;
    share(
        &mut c,
        &[
            ("title", "Zeta report one"),
            ("url", "https://example.org/1"),
            ("kind", "report"),
        ],
        None,
    )
    .await;
    share(
        &mut c,
        &[
            ("title", "Zeta report two"),
            ("url", "https://example.org/2"),
            ("kind", "report"),
            ("lang", "fr"),
            ("year", "2021"),
        ],
        None,
    )
    .await;
    share(
        &mut c,
        &[
            ("title", "Zeta brief about the world"),
            ("url", "https://example.org/3"),
            ("kind", "policy-brief"),
            ("countries", ""),
        ],
        None,
    )
    .await;

    let all = c.get("/library?q=zeta").await;
    assert!(all.contains("3 resources"), "{}", all.body);
    assert!(all.contains(">Report (2)<"), "{}", all.body);
    assert!(all.contains(">Policy brief (1)<"));
    assert!(all.contains(">Global (no country) (1)<"));
    // Filtering by kind keeps the kind's own counts (to switch) and narrows the others.
    let reports = c.get("/library?q=zeta&kind=report").await;
    assert!(reports.contains("2 resources"));
    assert!(
        reports.contains(">Policy brief (1)<"),
        "switching stays possible"
    );
    assert!(reports.contains(">2021 (1)<"));
    assert!(!reports.contains("Zeta brief about the world"));
    // Language, year, region and words.
    let fr = c.get("/library?q=zeta&language=fr").await;
    assert!(fr.contains("1 resource") && fr.contains("Zeta report two"));
    assert!(
        fr.contains("<html lang=\"en\""),
        "the page stays in English"
    );
    assert!(c
        .get("/library?q=zeta&year=2021")
        .await
        .contains("Zeta report two"));
    let africa = c.get("/library?q=zeta&region=africa").await;
    assert!(africa.contains("2 resources"));
    let words = c.get("/library?q=BRIEF+world+ZETA").await;
    assert!(words.contains("1 resource") && words.contains("Zeta brief about the world"));
    let none = c.get("/library?q=nothing-like-this").await;
    assert!(none.contains("No resource matches"));
    // Title order; junk in the address is ignored.
    let by_title = c.get("/library?q=zeta&sort=title&kind=nope&page=x").await;
    let a = by_title.body.find("Zeta brief about the world").unwrap();
    let b = by_title.body.find("Zeta report one").unwrap();
    assert!(a < b);
    // Past the last page: said, with a link back.
    let past = c.get("/library?q=zeta&page=9").await;
    assert!(past.contains("href=\"/library?q=zeta\""), "{}", past.body);
}

#[tokio::test]
async fn reach_decides_who_reads_a_resource_and_its_file() {
    let app = TestApp::with_demo(4).await;
    let mut admin = app.signed_in(ADMIN).await;
    let pdf = tiny_pdf();
    // Kept for the invite-only circle the admin moderates.
    let circle = share(
        &mut admin,
        &[
            ("title", "Circle notes"),
            ("reach", "community"),
            ("community", INVITE_ONLY),
        ],
        Some(("circle.pdf", &pdf)),
    )
    .await;
    let members = share(
        &mut admin,
        &[("title", "Members notes"), ("url", "https://example.org/m")],
        None,
    )
    .await;
    let public = share(
        &mut admin,
        &[
            ("title", "Open notes"),
            ("reach", "public"),
            ("url", "https://example.org/p"),
        ],
        None,
    )
    .await;
    let page = admin.get(&format!("/library/{circle}")).await;
    let href = page
        .body
        .split("href=\"")
        .find(|s| s.starts_with("/files/"))
        .and_then(|s| s.split('"').next())
        .expect("a download link")
        .to_string();

    let mut visitor = app.client();
    let mut member = app.signed_in(MEMBER).await;
    let mut partner = app.signed_in(PARTNER).await;
    let mut sec = app.signed_in(SECRETARIAT).await;
    for (who, c, sees) in [
        ("visitor", &mut visitor, [false, false, true]),
        ("member", &mut member, [false, true, true]),
        ("partner", &mut partner, [false, false, true]),
        ("secretariat", &mut sec, [true, true, true]),
    ] {
        for (id, see) in [circle, members, public].into_iter().zip(sees) {
            let r = c.get(&format!("/library/{id}")).await;
            assert_eq!(r.status == 200, see, "{who} on {id}: {}", r.status);
        }
        let list = c.get("/library").await;
        assert_eq!(list.contains("Circle notes"), sees[0], "{who}'s list");
        assert_eq!(list.contains("Members notes"), sees[1], "{who}'s list");
        assert!(list.contains("Open notes"), "{who}'s list");
        let (status, _, _) = c.get_bytes(&href, &[]).await;
        assert_eq!(status == 200, sees[0], "{who} downloads the circle's file");
    }
    // The member's page offers no way to change another's resource.
    let r = member.get(&format!("/library/{members}")).await;
    assert!(!r.contains("Add a language"));
    assert_eq!(
        member
            .get(&format!("/library/{members}/translate"))
            .await
            .status,
        403
    );
    // Only those who may post in a community keep a resource for it.
    let r = member
        .post_files(
            "/library/new",
            &fields(&[
                ("reach", "community"),
                ("community", INVITE_ONLY),
                ("url", "https://example.org/z"),
            ]),
            &[],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.contains("Choose a community you take part in."));
    // A partner does not share in the library.
    assert_eq!(partner.get("/library/new").await.status, 403);
    let r = partner
        .post_files("/library/new", &fields(&[]), &[("upload", "a.pdf", &pdf)])
        .await;
    assert_eq!(r.status, 403);
    let public_list = visitor.get("/library?q=open").await;
    assert!(public_list.contains("Open notes"));
    let _ = PUBLIC;
}

#[tokio::test]
async fn bad_input_is_named_and_nothing_typed_or_uploaded_is_lost() {
    let app = TestApp::with_demo(4).await;
    let mut c = app.signed_in(MEMBER).await;
    let pdf = tiny_pdf();
    // No title, a year in the future, a licence unknown: the file is kept.
    let r = c
        .post_files(
            "/library/new",
            &fields(&[
                ("title", ""),
                ("year", "2999"),
                ("licence", "gpl"),
                ("summary", "Typed with care"),
            ]),
            &[("upload", "report.pdf", &pdf)],
        )
        .await;
    assert_eq!(r.status, 422, "{}", r.body);
    assert!(r.contains("This field is required."));
    assert!(r.contains("Enter a year between"));
    assert!(r.contains("Choose a licence from the list."));
    assert!(r.contains("Typed with care"));
    assert!(r.contains("report.pdf"), "the upload is kept");
    let kept = r
        .body
        .split("name=\"file\" value=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("the kept file's id")
        .to_string();
    // Sent again with the title and the kept file: shared, with the file.
    let mut f = fields(&[("title", "Report at last"), ("file", kept.as_str())]);
    f.retain(|(k, _)| *k != "year");
    let r = c.post_files("/library/new", &f, &[]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let page = c.get(r.location.as_deref().unwrap()).await;
    assert!(page.contains("report.pdf"));

    // A program renamed .pdf is refused on its first bytes; nothing stored.
    let blobs = app.core.blobs.count().await.unwrap();
    let r = c
        .post_files(
            "/library/new",
            &fields(&[("title", "Sneaky")]),
            &[("upload", "run.pdf", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00")],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.contains("was refused"));
    assert!(r.contains("Sneaky"));
    assert_eq!(app.core.blobs.count().await.unwrap(), blobs);
    // Too large: the limit is named.
    let big = {
        let mut b = tiny_pdf();
        b.resize(minga_testkit::UPLOAD_LIMIT as usize + 10, b' ');
        b
    };
    let r = c
        .post_files("/library/new", &fields(&[]), &[("upload", "big.pdf", &big)])
        .await;
    assert_eq!(r.status, 422);
    assert!(r.contains("big.pdf"));
    // Neither a file nor a link; and both at once.
    let r = c.post_files("/library/new", &fields(&[]), &[]).await;
    assert!(r.contains("Choose a file or give a web address."));
    let r = c
        .post_files(
            "/library/new",
            &fields(&[("url", "https://example.org/r")]),
            &[("upload", "r.pdf", &pdf)],
        )
        .await;
    assert!(r.contains("Give a file or a web address, not both."));
    assert!(r.contains("https://example.org/r"));
}

#[tokio::test]
async fn the_secretariat_features_archives_and_merges_duplicates() {
    let app = TestApp::with_demo(4).await;
    let mut m = app.signed_in(MEMBER).await;
    let keep = share(
        &mut m,
        &[("title", "Kept one zeta"), ("url", "https://example.org/k")],
        None,
    )
    .await;
    let dup = share(
        &mut m,
        &[
            ("title", "Copie en français zeta"),
            ("lang", "fr"),
            ("url", "https://example.org/d"),
            ("items", "teachers"),
        ],
        None,
    )
    .await;
    let mut sec = app.signed_in(SECRETARIAT).await;
    // Members cannot curate.
    let r = m
        .post(&format!("/library/{keep}/curate"), &[("action", "feature")])
        .await;
    assert_eq!(r.status, 403);

    let r = sec
        .post(&format!("/library/{keep}/curate"), &[("action", "feature")])
        .await;
    assert_eq!(r.status, 303);
    let list = m.get("/library").await;
    let featured = list.body.find("Kept one zeta").expect("listed");
    let filters = list.body.find("role=\"search\"").unwrap();
    assert!(featured < filters, "featured above the filters");

    // Merging: a wrong target is named and kept; the right one moves the
    // missing language and leads the old address there.
    let r = sec
        .post(
            &format!("/library/{dup}/merge"),
            &[("into", "not-a-resource")],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.contains("not-a-resource"));
    let target = format!("http://minga.test/library/{keep}?in=en");
    let r = sec
        .post(
            &format!("/library/{dup}/merge"),
            &[("into", target.as_str())],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let r = m.get(&format!("/library/{dup}")).await;
    assert_eq!(r.status, 308);
    assert_eq!(
        r.location.as_deref(),
        Some(format!("/library/{keep}").as_str())
    );
    let p = m.get(&format!("/library/{keep}?in=fr")).await;
    assert!(p.contains("Copie en français"));
    assert!(
        p.contains("Teachers") || p.contains("teachers"),
        "themes joined"
    );
    let list = m.get("/library?q=zeta").await;
    assert!(list.contains("1 resource"), "{}", list.body);

    // Archived: out of the list, still readable, and restored (undo).
    sec.post(&format!("/library/{keep}/curate"), &[("action", "archive")])
        .await;
    let list = m.get("/library").await;
    assert!(!list.contains("Kept one"));
    let p = m.get(&format!("/library/{keep}")).await;
    assert!(p.contains("The Secretariat archived this resource"));
    assert!(sec.get("/library?archived=1").await.contains("Kept one"));
    assert!(
        !m.get("/library?archived=1").await.contains("Kept one"),
        "members see no archive"
    );
    sec.post(&format!("/library/{keep}/curate"), &[("action", "restore")])
        .await;
    assert!(m.get("/library").await.contains("Kept one"));
}

#[tokio::test]
async fn recordings_and_exchange_outputs_are_in_the_library_with_their_origin() {
    let app = TestApp::with_demo(4).await;
    let mut c = app.signed_in(MEMBER).await;
    let mut mp4 = b"\0\0\0\x18ftypmp42\0\0\0\0mp42isom".to_vec();
    mp4.resize(4096, 7);
    let r = c
        .post_files(
            &format!("/media/new?community={PUBLIC}"),
            &[
                ("title", "Session on budgets"),
                ("description", "Recorded live."),
            ],
            &[("upload_media", "s.mp4", &mp4)],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let media = r
        .location
        .unwrap()
        .trim_start_matches("/media/")
        .to_string();
    let p = c.get(&format!("/library/{media}")).await;
    assert_eq!(p.status, 200);
    assert!(p.contains("Session on budgets"));
    assert!(p.contains("A recording of the community"));
    assert!(p.contains(&format!("href=\"/media/{media}\"")));
    // A visitor reads a public community's recording in the library too.
    let list = app.client().get("/library?kind=recording").await;
    assert!(list.contains("Session on budgets"), "{}", list.body);
}

#[tokio::test]
async fn a_pdf_gets_a_first_page_preview_within_the_page_budget() {
    let app = TestApp::with_demo(4).await;
    let mut c = app.signed_in(MEMBER).await;
    let pdf = tiny_pdf();
    let id = share(&mut c, &[], Some(("toolkit.pdf", &pdf))).await;
    assert!(c
        .get(&format!("/library/{id}"))
        .await
        .contains("A preview of the first page is being made."));
    app.core.run_due_jobs().await.unwrap();
    let page = c.get(&format!("/library/{id}")).await;
    let has_pdftoppm = std::process::Command::new("pdftoppm")
        .arg("-v")
        .output()
        .is_ok();
    if !has_pdftoppm {
        // Without the renderer the page simply offers no preview.
        assert!(!page.contains("See the first page"));
        assert!(!page.contains("being made"));
        return;
    }
    assert!(page.contains("See the first page"), "{}", page.body);
    let preview = c.get(&format!("/library/{id}/preview?in=en")).await;
    assert_eq!(preview.status, 200);
    let (status, headers, jpeg) = c
        .get_bytes(&format!("/library/{id}/pictures/en"), &[])
        .await;
    assert_eq!(status, 200);
    assert_eq!(headers["content-type"], "image/jpeg");
    assert!(jpeg.starts_with(&[0xFF, 0xD8]));
    assert!(preview.body.len() + jpeg.len() < 50 * 1024);
    // Not for a visitor: the resource is for members.
    let (status, _, _) = app
        .client()
        .get_bytes(&format!("/library/{id}/pictures/en"), &[])
        .await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn its_sharer_changes_a_resource_and_others_may_not() {
    let app = TestApp::with_demo(4).await;
    let mut c = app.signed_in(MEMBER).await;
    let id = share(
        &mut c,
        &[
            ("title", "Tpyo in the title"),
            ("url", "https://example.org/t"),
        ],
        None,
    )
    .await;
    let form = c.get(&format!("/library/{id}/edit?in=en")).await;
    assert_eq!(form.status, 200);
    assert!(form.contains("Tpyo in the title"));
    assert!(!form.contains("name=\"upload\""), "the file stays as it is");
    // A bad year is refused and what was typed comes back.
    let mut f = fields(&[("title", "Typo fixed"), ("year", "12")]);
    f.retain(|(k, _)| *k != "lang");
    let r = c.post(&format!("/library/{id}/edit?in=en"), &f).await;
    assert_eq!(r.status, 422);
    assert!(r.contains("Typo fixed"));
    let f = fields(&[
        ("title", "Typo fixed"),
        ("kind", "report"),
        ("reach", "public"),
        ("countries", "PE"),
    ]);
    let r = c.post(&format!("/library/{id}/edit?in=en"), &f).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let page = app.client().get(&format!("/library/{id}")).await;
    assert_eq!(page.status, 200, "now public");
    assert!(page.contains("Typo fixed") && page.contains("Peru"));
    assert!(app
        .client()
        .get("/library?kind=report&q=typo")
        .await
        .contains("Typo fixed"));
    // Someone of another role or organisation may not.
    let mut p = app.signed_in(PARTNER).await;
    assert_eq!(p.get(&format!("/library/{id}/edit")).await.status, 403);
    assert_eq!(
        p.post(&format!("/library/{id}/edit?in=en"), &f)
            .await
            .status,
        403
    );
}
