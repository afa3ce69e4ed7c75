use minga_testkit::TestApp;

#[tokio::test]
async fn org_admin_fills_and_submits_the_profile_in_the_browserless_flow() {
    let app = TestApp::with_demo(20).await;
    let mut c = app.signed_in("orgadmin@demo.minga.test").await;
    let page = c.get("/capacity/profile").await;
    assert_eq!(page.status, 200);
    assert!(page.contains("name=\"level_digital-advocacy\""));
    assert!(
        page.contains("are filled in"),
        "last round's answers are carried over"
    );
    let bad = c
        .post_multipart(
            "/capacity/profile",
            &[
                ("action", "submit"),
                ("level_teachers", "9"),
                ("evidence_teachers", "kept words"),
            ],
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(bad.contains("Choose a level from 0 to 3."));
    assert!(bad.contains("kept words"));
    let ok = c
        .post_multipart(
            "/capacity/profile",
            &[
                ("action", "submit"),
                ("languages", "en"),
                ("languages", "fr"),
                ("level_teachers", "3"),
                ("share_teachers", "on"),
                ("need_digital-advocacy", "high"),
                ("needdesc_digital-advocacy", "Online campaigns"),
            ],
        )
        .await;
    assert_eq!(ok.status, 303, "{}", ok.body);
    let after = c.get(ok.location.as_deref().unwrap()).await;
    assert!(after.contains("Status: Submitted"));
    let matches = c.get("/capacity/matches").await;
    assert!(matches.contains("Digital advocacy (priority: High)"));
    assert!(matches.contains("Rates itself"));
    // A member reads the profile but cannot post it.
    let mut m = app.signed_in("member@demo.minga.test").await;
    assert!(!m
        .get("/capacity/profile")
        .await
        .contains("name=\"level_teachers\""));
    assert_eq!(
        m.post_multipart("/capacity/profile", &[("action", "draft")])
            .await
            .status,
        403
    );
}

#[tokio::test]
async fn secretariat_opens_a_round_follows_progress_and_exports_csv() {
    let app = TestApp::with_demo(12).await;
    let mut sec = app.signed_in("secretariat@demo.minga.test").await;
    let list = sec.get("/capacity/rounds").await;
    assert!(list.contains("(demo)"));
    let bad = sec
        .post(
            "/capacity/rounds",
            &[("title", "Next"), ("deadline", "2001-01-01")],
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(bad.contains("The deadline must be a day in the future."));
    assert!(bad.contains("value=\"Next\""));
    let deadline = (chrono::Utc::now() + chrono::Duration::days(30))
        .format("%Y-%m-%d")
        .to_string();
    let ok = sec
        .post(
            "/capacity/rounds",
            &[
                ("title", "Mapping, \"next\""),
                ("deadline", &deadline),
                ("group", "south"),
            ],
        )
        .await;
    assert_eq!(ok.status, 303);
    let draft = ok.location.unwrap();
    let path = draft.split('?').next().unwrap().to_string();
    assert!(sec.get(&draft).await.contains("This round is not open yet"));
    assert!(app.deliver_mail().await.is_empty(), "a draft mails nobody");
    let opened = sec.post(&format!("{path}/open"), &[]).await;
    assert_eq!(opened.status, 303, "{}", opened.body);
    let loc = opened.location.unwrap();
    let page = sec.get(&loc).await;
    assert!(page.contains("Progress by region"));
    assert!(page.contains("Not started"));
    let csv = sec
        .get(&format!("{}?format=csv", loc.split('?').next().unwrap()))
        .await;
    assert_eq!(
        csv.headers.get("content-type").unwrap(),
        "text/csv; charset=utf-8"
    );
    assert!(csv.body.lines().count() > 1);
    assert!(csv
        .body
        .lines()
        .skip(1)
        .all(|l| l.contains(",not_started,")));
    assert!(!app.deliver_mail().await.is_empty(), "admins were emailed");
    // Others may not see rounds.
    let mut admin = app.signed_in("orgadmin@demo.minga.test").await;
    assert_eq!(admin.get("/capacity/rounds").await.status, 403);
    assert_eq!(admin.get(&loc).await.status, 403);
}

#[tokio::test]
async fn the_map_shows_strengths_and_needs_and_drills_down() {
    let app = TestApp::with_demo(30).await;
    let mut c = app.signed_in("member@demo.minga.test").await;
    let map = c.get("/capacity").await;
    assert_eq!(map.status, 200);
    // The first view: the strengths, one heat map per group, no world map.
    assert!(map.contains("Strengths · Global North") && map.contains("Strengths · Global South"));
    assert!(!map.contains("Needs · Global"), "one measure at a time");
    assert!(!map.contains("<svg"), "the world map has its own page");
    // The Global North has no member in Africa: its table has no such column.
    let north = map
        .body
        .split("Strengths · Global North")
        .nth(1)
        .unwrap()
        .split("</table>")
        .next()
        .unwrap();
    assert!(!north.contains(">Africa</th>"), "no column of zeros");
    let south = map.body.split("Strengths · Global South").nth(1).unwrap();
    assert!(south.contains(">Africa</th>"));
    // "Show: needs" changes every table.
    let need_map = c.get("/capacity?measure=need").await;
    assert!(need_map.contains("Needs · Global North") && need_map.contains("Needs · Global South"));
    assert!(!need_map.contains("Strengths · Global"));
    // Each theme opens on the world map.
    assert!(need_map.contains("href=\"/capacity/world?measure=need&#38;item=digital-advocacy\""));
    let world = c.get("/capacity/world").await;
    assert_eq!(world.status, 200);
    // The navigation marks where the reader is: the page, or its section.
    assert!(map.contains(r#"<a href="/capacity" aria-current="page">"#));
    assert!(world.contains(r#"<a href="/capacity" aria-current="true">"#));
    assert!(!world.contains(r#"<a href="/orgs" aria-current"#));
    assert!(
        world.contains("<svg viewBox="),
        "the world map is inline SVG"
    );
    // Countries with organisations link to them; the legend gives numbers.
    assert!(world.contains("<a href=\"/capacity/orgs?round=current&#38;measure=strength&#38;item=digital-advocacy&#38;country="));
    assert!(
        world.contains("<span>Organisations:</span> <span class=\"legend\"><span class=\"key h"),
        "{}",
        world.body
    );
    assert!(
        map.contains("<p class=\"meta\">Organisations: "),
        "each heat map has its legend"
    );
    // Every cell links to the organisations behind it.
    let href = map
        .body
        .split("href=\"/capacity/orgs?")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .replace("&#38;", "&");
    let cell = c.get(&format!("/capacity/orgs?{href}")).await;
    assert_eq!(cell.status, 200, "{href}");
    // Needs of the Southern coalition show on the map.
    let needs = c
        .get("/capacity/world?measure=need&item=digital-advocacy")
        .await;
    assert!(needs.contains("Needs · Digital advocacy"));
    let drill = c
        .get("/capacity/orgs?round=current&measure=need&item=digital-advocacy&group=south")
        .await;
    let admin = app.user("orgadmin@demo.minga.test").await;
    let org = app.store().org_by_id(admin.org_id).await.unwrap();
    assert!(
        drill.contains(&org.slug.to_string()),
        "the demo org_admin's coalition needs digital advocacy"
    );
    // The region filter narrows the world map and its table.
    let africa = c
        .get("/capacity/world?measure=need&item=digital-advocacy&region=africa")
        .await;
    assert!(africa.contains("<option value=\"africa\" selected>"));
    let table = africa
        .body
        .split("<details>")
        .nth(1)
        .unwrap_or("")
        .split("</details>")
        .next()
        .unwrap_or("")
        .to_string();
    assert!(
        !table.contains("country=US"),
        "no country outside Africa in the map's table"
    );
    // Comparing two rounds shows the change.
    let rounds = app.store().rounds().await.unwrap();
    let cmp = c
        .get(&format!(
            "/capacity?round={}&compare={}",
            rounds[0].id, rounds[1].id
        ))
        .await;
    assert_eq!(cmp.status, 200);
    assert!(
        cmp.contains("(+") || cmp.contains("(-"),
        "deltas between rounds"
    );
    // Bad parameters are ignored or answered 404, never 500.
    assert_eq!(c.get("/capacity?round=nonsense&item=%00").await.status, 200);
    assert_eq!(c.get("/capacity/orgs?item=nope").await.status, 404);
    // Visitors must sign in.
    assert_eq!(app.client().get("/capacity").await.status, 303);
}

#[tokio::test]
async fn a_peer_exchange_from_request_to_what_was_learnt() {
    let app = TestApp::with_demo(40).await;
    let seeker_admin = app.user("orgadmin@demo.minga.test").await;
    let needs = app.core.matches_for(seeker_admin.org_id, 3).await.unwrap();
    let need = needs
        .iter()
        .find(|n| !n.matches.is_empty())
        .expect("a need with matches");
    let helper = need.matches[0].0.clone();
    let item = need.need.item.to_string();
    let mut seeker = app.signed_in("orgadmin@demo.minga.test").await;
    // An empty message is refused and the form comes back open.
    let bad = seeker
        .post(
            "/capacity/exchanges",
            &[
                ("helper", &helper.id.to_string()),
                ("item", &item),
                ("message", "  "),
            ],
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(bad.contains("<details open>"));
    let ok = seeker
        .post(
            "/capacity/exchanges",
            &[
                ("helper", &helper.id.to_string()),
                ("item", &item),
                ("message", "Could you share your campaign toolkit?"),
            ],
        )
        .await;
    assert_eq!(ok.status, 303, "{}", ok.body);
    let path = ok.location.unwrap().split('?').next().unwrap().to_string();
    // Asking twice for the same thing is refused.
    let again = seeker
        .post(
            "/capacity/exchanges",
            &[
                ("helper", &helper.id.to_string()),
                ("item", &item),
                ("message", "again"),
            ],
        )
        .await;
    assert!(again.contains("You already have an open exchange"));
    // The error is summed up at the top, linked to the message it is about.
    let summary = again.body.split("role=\"alert\"").nth(1).unwrap_or("");
    assert!(summary.contains(&format!("href=\"#msg-{item}-{}\"", helper.id)));
    assert!(again.contains(&format!("id=\"msg-{item}-{}\"", helper.id)));
    // The matches no longer offer a second request to that helper for that
    // need: they show the exchange instead.
    let matches = seeker.get("/capacity/matches").await;
    assert!(matches.contains(&format!(
        "You have already asked them about this need. The exchange: <a href=\"{path}\">Requested</a>"
    )));
    assert!(!matches.contains(&format!("id=\"msg-{item}-{}\"", helper.id)));
    // The helper's admins are told by email. Give the helper an admin to sign in as.
    let mail = app.deliver_mail().await;
    let helper_admin = app
        .store()
        .users_with_role_in(&[helper.id], minga_domain::Role::OrgAdmin)
        .await
        .unwrap()
        .into_iter()
        .next()
        .expect("the helper has an admin");
    let seeker_org = app.store().org_by_id(seeker_admin.org_id).await.unwrap();
    // In the helper admin's own language, naming the asking organisation.
    assert!(
        mail.iter()
            .any(|m| m.to == helper_admin.email.as_str() && m.subject.contains(&seeker_org.name)),
        "{:?}",
        mail.iter().map(|m| &m.subject).collect::<Vec<_>>()
    );
    let mut h = app.signed_in(helper_admin.email.as_str()).await;
    // The seeker cannot accept its own request.
    assert_eq!(
        seeker
            .post_multipart(&path, &[("step", "accept"), ("text", "")])
            .await
            .status,
        403
    );
    assert_eq!(
        h.post_multipart(
            &path,
            &[
                ("step", "accept"),
                ("text", "Happy to help. Let us talk on Tuesday.")
            ]
        )
        .await
        .status,
        303
    );
    assert!(app
        .deliver_mail()
        .await
        .iter()
        .any(|m| m.subject.contains("is now “Agreed”")));
    // Agreed is not yet under way: no outcome to record, nothing to attach.
    assert_eq!(
        seeker
            .post_multipart(&path, &[("step", "outcome"), ("text", "Too early")])
            .await
            .status,
        403
    );
    let id: minga_domain::ExchangeId = path.rsplit('/').next().unwrap().parse().unwrap();
    assert!(matches!(
        app.core
            .add_exchange_resources(&helper_admin, id, &[])
            .await,
        Err(minga_core::CoreError::Forbidden)
    ));
    assert_eq!(
        seeker
            .post_multipart(&path, &[("step", "start"), ("text", "")])
            .await
            .status,
        303
    );
    // Completing needs an outcome.
    let no_outcome = h
        .post_multipart(&path, &[("step", "complete"), ("text", "")])
        .await;
    assert_eq!(no_outcome.status, 422);
    assert_eq!(
        h.post_files(
            &path,
            &[
                ("step", "complete"),
                ("text", "We learnt how they work with radio.")
            ],
            &[("upload", "radio toolkit.pdf", b"%PDF-1.4 toolkit")]
        )
        .await
        .status,
        303
    );
    assert_eq!(
        seeker
            .post_multipart(
                &path,
                &[
                    ("step", "outcome"),
                    (
                        "text",
                        "We ran our first online campaign. https://example.org/report"
                    )
                ]
            )
            .await
            .status,
        303
    );
    let page = seeker.get(&path).await;
    assert!(page.contains("Completed"));
    assert!(page.contains("We learnt how they work with radio."));
    assert!(page.contains("We ran our first online campaign."));
    // What the exchange produced is linked from it, for both sides.
    assert!(page.contains("What it produced"));
    let toolkit = file_href(&page.body, "radio toolkit.pdf");
    assert_eq!(
        seeker.get_bytes(&toolkit, &[]).await.2,
        b"%PDF-1.4 toolkit".to_vec()
    );
    // It is in the library too, with where it came from, for every member.
    let list = app
        .signed_in("member@demo.minga.test")
        .await
        .get("/library?q=radio+toolkit")
        .await;
    assert!(list.contains("radio toolkit.pdf"), "{}", list.body);
    assert!(list.contains("Peer exchange output"));
    let file_id = toolkit
        .trim_start_matches("/files/")
        .split('/')
        .next()
        .unwrap();
    let resource = seeker.get(&format!("/library/{file_id}")).await;
    assert!(resource.contains("Produced by the peer exchange between"));
    assert!(
        resource.contains(&format!("href=\"{path}\"")),
        "the sides link to it"
    );
    // Someone outside the exchange cannot see it; the Secretariat can.
    assert_eq!(
        app.signed_in("partner@demo.minga.test")
            .await
            .get(&path)
            .await
            .status,
        404
    );
    assert_eq!(
        app.signed_in("secretariat@demo.minga.test")
            .await
            .get(&path)
            .await
            .status,
        200
    );
    // The completed exchange now counts in the helper's favour.
    let counts = app.store().exchange_counts().await.unwrap();
    assert_eq!(counts.completed.get(&helper.id), Some(&1));

    // Once it is finished, the same helper may be asked for the same thing
    // again; while that request is open, it may still be asked about
    // something else. An item outside the taxonomy is not found.
    let ask = |item: &str| {
        vec![
            ("helper".to_string(), helper.id.to_string()),
            ("item".to_string(), item.to_string()),
            (
                "message".to_string(),
                "Could we work together again?".to_string(),
            ),
        ]
    };
    for (item, status) in [
        (item.as_str(), 303),
        ("teachers", 303),
        ("no-such-item", 404),
    ] {
        let fields = ask(item);
        let fields: Vec<(&str, &str)> = fields
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let r = seeker.post("/capacity/exchanges", &fields).await;
        assert_eq!(r.status, status, "{item}: {}", r.body);
    }
}

#[tokio::test]
async fn the_secretariat_edits_the_taxonomy_and_sees_gaps() {
    let app = TestApp::with_demo(10).await;
    let mut sec = app.signed_in("secretariat@demo.minga.test").await;
    let list = sec.get("/capacity/taxonomy").await;
    assert!(list.contains("Digital advocacy"));
    // A new item needs its name in all five languages; what was typed is kept.
    let bad = sec
        .post(
            "/capacity/taxonomy/new",
            &[
                ("code", "school-meals"),
                ("kind", "theme"),
                ("label_en", "School meals"),
            ],
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(bad.contains("value=\"School meals\""));
    let taken = sec
        .post(
            "/capacity/taxonomy/new",
            &[
                ("code", "teachers"),
                ("kind", "theme"),
                ("label_en", "x"),
                ("label_es", "x"),
                ("label_fr", "x"),
                ("label_pt", "x"),
                ("label_ar", "x"),
            ],
        )
        .await;
    assert!(taken.contains("This code is already used."));
    let ok = sec
        .post(
            "/capacity/taxonomy/new",
            &[
                ("code", "school-meals"),
                ("kind", "theme"),
                ("position", "50"),
                ("label_en", "School meals"),
                ("label_es", "Alimentación escolar"),
                ("label_fr", "Cantines scolaires"),
                ("label_pt", "Alimentação escolar"),
                ("label_ar", "الوجبات المدرسية"),
                ("synonyms_en", "school feeding, nutrition"),
            ],
        )
        .await;
    assert_eq!(ok.status, 303, "{}", ok.body);
    let item = app
        .store()
        .taxonomy()
        .await
        .unwrap()
        .into_iter()
        .find(|t| t.code.as_str() == "school-meals")
        .unwrap();
    assert_eq!(
        item.synonyms[0],
        vec!["school feeding".to_string(), "nutrition".to_string()]
    );
    // Editing keeps the code whatever the form says.
    let edit = sec
        .post(
            "/capacity/taxonomy/school-meals",
            &[
                ("code", "hijack"),
                ("kind", "theme"),
                ("label_en", "School meals and nutrition"),
                ("label_es", "a"),
                ("label_fr", "b"),
                ("label_pt", "c"),
                ("label_ar", "d"),
            ],
        )
        .await;
    assert_eq!(edit.status, 303);
    assert!(app
        .store()
        .taxonomy()
        .await
        .unwrap()
        .iter()
        .any(|t| t.code.as_str() == "school-meals"
            && t.label.get(minga_domain::Locale::En) == "School meals and nutrition"));
    // Nobody offers the new item yet: a need for it is a gap.
    let admin = app.user("orgadmin@demo.minga.test").await;
    let mut input = minga_core::capacity::ProfileInput::default();
    input.item("school-meals").need = "high".into();
    input.languages = vec!["en".into()];
    app.core.save_profile(&admin, &input, true).await.unwrap();
    let map = sec.get("/capacity").await;
    assert!(map.contains("Gaps: needs nobody offers"));
    // One organisation needs it, in its own region; the needs others
    // offer (the coalition also needs digital advocacy) are no gaps.
    let org = app.store().org_by_id(admin.org_id).await.unwrap();
    let region = match org.region {
        minga_domain::Region::Africa => "Africa",
        minga_domain::Region::AsiaPacific => "Asia-Pacific",
        minga_domain::Region::LatinAmericaCaribbean => "Latin America and the Caribbean",
        minga_domain::Region::MiddleEastNorthAfrica => "Middle East and North Africa",
        minga_domain::Region::EuropeNorthAmerica => "Europe and North America",
    };
    let gaps = map
        .body
        .replace(['\u{2068}', '\u{2069}'], "")
        .split("Gaps: needs nobody offers")
        .nth(1)
        .unwrap()
        .split("</section>")
        .next()
        .unwrap()
        .to_string();
    assert!(
        gaps.contains(&format!(
            "<li><strong>School meals and nutrition</strong>: 1 organisation needs this — {region} (1)</li>"
        )),
        "{gaps}"
    );
    assert!(!gaps.contains("Digital advocacy"), "{gaps}");
    // Members neither edit the taxonomy nor see the gaps.
    let mut m = app.signed_in("member@demo.minga.test").await;
    assert_eq!(m.get("/capacity/taxonomy").await.status, 403);
    assert!(!m
        .get("/capacity")
        .await
        .contains("Gaps: needs nobody offers"));
}

/// The `href` of the first link to a file called `name` on a page.
fn file_href(page: &str, name: &str) -> String {
    let at = page
        .find(&format!("<bdi>{name}</bdi>"))
        .expect("file listed");
    let start = page[..at].rfind("href=\"/files/").expect("file link") + 6;
    let end = start + page[start..].find('"').unwrap();
    page[start..end].to_string()
}

#[tokio::test]
async fn evidence_files_upload_survive_errors_and_download_with_ranges() {
    let app = TestApp::with_demo(12).await;
    let mut c = app.signed_in("orgadmin@demo.minga.test").await;
    let pdf: &[u8] = b"%PDF-1.4 plan of action";
    let saved = c
        .post_files(
            "/capacity/profile",
            &[("action", "draft"), ("level_teachers", "3")],
            &[("upload_teachers", "Plan d'action 2026.pdf", pdf)],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let page = c.get("/capacity/profile").await;
    let href = file_href(&page.body, "Plan d&#39;action 2026.pdf");
    let id = href.split('/').nth(2).unwrap().to_string();
    assert!(page.contains(&format!("name=\"file_teachers\" value=\"{id}\" checked")));
    // The organisation downloads it, whole or in part.
    let (status, headers, body) = c.get_bytes(&href, &[]).await;
    assert_eq!((status, body.as_slice()), (200, pdf));
    assert_eq!(headers["content-type"], "application/pdf");
    assert!(headers["content-disposition"]
        .to_str()
        .unwrap()
        .starts_with("inline;"));
    let (status, headers, body) = c.get_bytes(&href, &[("range", "bytes=0-3")]).await;
    assert_eq!((status, body.as_slice()), (206, &b"%PDF"[..]));
    assert_eq!(headers["content-range"], format!("bytes 0-3/{}", pdf.len()));
    let (status, headers, _) = c.get_bytes(&href, &[("range", "bytes=900-")]).await;
    assert_eq!(status, 416);
    assert_eq!(headers["content-range"], format!("bytes */{}", pdf.len()));

    // A file over the limit is refused beside its input; everything else
    // typed, the file already attached and a second file sent with it stay.
    // A real video's first bytes (evidence is judged by them), then padding.
    let mut too_big = b"\0\0\0\x18ftypmp42\0\0\0\0mp42isom".to_vec();
    too_big.resize(minga_testkit::UPLOAD_LIMIT as usize + 1, b'x');
    let bad = c
        .post_files(
            "/capacity/profile",
            &[
                ("action", "draft"),
                ("level_teachers", "3"),
                ("file_teachers", &id),
                ("evidence_teachers", "kept words"),
            ],
            &[
                ("upload_teachers", "video.mp4", &too_big),
                ("upload_policy-analysis", "photo.jpg", b"\xff\xd8\xff jpeg"),
            ],
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(
        bad.contains("“video.mp4” is larger than 0.2 MB"),
        "{}",
        bad.body
    );
    assert!(bad.contains("kept words"));
    assert!(bad.contains(&format!("name=\"file_teachers\" value=\"{id}\" checked")));
    let photo = file_href(&bad.body, "photo.jpg");
    let photo_id = photo.split('/').nth(2).unwrap().to_string();
    assert!(bad.contains(&format!(
        "name=\"file_policy-analysis\" value=\"{photo_id}\" checked"
    )));
    assert!(!bad.contains("video.mp4</bdi>"));

    // Until the profile is submitted, only the organisation (and the
    // Secretariat) sees its files.
    let admin = app.user("orgadmin@demo.minga.test").await;
    let others: Vec<_> = app
        .store()
        .orgs_by_ids(
            &app.core
                .matches_for(admin.org_id, 1)
                .await
                .unwrap()
                .iter()
                .flat_map(|n| n.matches.iter().map(|(o, _)| o.id))
                .collect::<Vec<_>>(),
        )
        .await
        .unwrap();
    let other_admin = app
        .store()
        .users_with_role_in(&[others[0].id], minga_domain::Role::OrgAdmin)
        .await
        .unwrap()
        .remove(0);
    let mut other = app.signed_in(other_admin.email.as_str()).await;
    assert_eq!(other.get_bytes(&href, &[]).await.0, 404);
    let mut sec = app.signed_in("secretariat@demo.minga.test").await;
    assert_eq!(sec.get_bytes(&href, &[]).await.0, 200);
    let submitted = c
        .post_multipart(
            "/capacity/profile",
            &[
                ("action", "submit"),
                ("languages", "en"),
                ("level_teachers", "3"),
                ("file_teachers", &id),
                ("level_policy-analysis", "2"),
                ("file_policy-analysis", &photo_id),
            ],
        )
        .await;
    assert_eq!(submitted.status, 303, "{}", submitted.body);
    let page = c.get("/capacity/profile").await;
    assert!(page.contains("photo.jpg") && page.contains("Plan d&#39;action 2026.pdf"));
    // Then every member of the network may read them; partners and visitors may not.
    assert_eq!(other.get_bytes(&href, &[]).await.0, 200);
    let (_, headers, _) = sec.get_bytes(&photo, &[]).await;
    assert_eq!(headers["content-type"], "image/jpeg");
    let mut partner = app.signed_in("partner@demo.minga.test").await;
    assert_eq!(partner.get_bytes(&href, &[]).await.0, 404);
    // A visitor reads only a public community's attachments: a 404 here.
    assert_eq!(app.client().get_bytes(&href, &[]).await.0, 404);
    // Once submitted, the profile has no draft button: changes update it.
    let page = c.get("/capacity/profile").await;
    assert!(page.contains("Save changes") && !page.contains("value=\"draft\""));
    // Unticking a file takes it off the profile; a stale "draft" button
    // press still saves the submitted profile, never a draft.
    let unticked = c
        .post_multipart(
            "/capacity/profile",
            &[
                ("action", "draft"),
                ("languages", "en"),
                ("level_teachers", "3"),
            ],
        )
        .await;
    assert_eq!(unticked.status, 303);
    assert!(c
        .get("/capacity/profile")
        .await
        .contains("Status: Submitted"));
    assert!(!c
        .get("/capacity/profile")
        .await
        .contains("Plan d&#39;action"));
    // A member (not an admin) may not post the profile, files or not.
    let mut member = app.signed_in("member@demo.minga.test").await;
    assert_eq!(
        member
            .post_files(
                "/capacity/profile",
                &[("action", "draft")],
                &[("upload_teachers", "x.txt", b"x")]
            )
            .await
            .status,
        403
    );
}

/// The number the map's country table shows for `country`, if it lists it.
fn country_count(page: &str, country: &str) -> Option<i64> {
    let at = page.find(&format!("<td>{country}</td><td><a href="))?;
    let rest = &page[at..];
    let start = rest.find("\">")? + 2;
    let end = start + rest[start..].find("</a>")?;
    rest[start..end].parse().ok()
}

#[tokio::test]
async fn the_kept_map_and_matches_follow_every_change() {
    let app = TestApp::with_demo(30).await;
    let mut c = app.signed_in("orgadmin@demo.minga.test").await;
    let admin = app.user("orgadmin@demo.minga.test").await;
    let org = app.store().org_by_id(admin.org_id).await.unwrap();
    let country = org.country.name(minga_domain::Locale::En).to_string();
    let url = "/capacity/world?measure=need&item=digital-advocacy";
    let first = c.get(url).await;
    let before = country_count(&first.body, &country).expect("the coalition's country needs it");
    // Asked again with nothing changed: the same page, from the kept copy.
    assert_eq!(
        country_count(&c.get(url).await.body, &country),
        Some(before)
    );
    let matches = c.get("/capacity/matches").await;
    assert!(matches.contains("Digital advocacy (priority: High)"));
    // The kept matches carry each reader's own CSRF token.
    let mut other = app.signed_in("orgadmin@demo.minga.test").await;
    for client in [&mut c, &mut other] {
        let page = client.get("/capacity/matches").await;
        let token = client.cookies[minga_web::CSRF_COOKIE].clone();
        assert!(page.contains(&format!("name=\"csrf\" value=\"{token}\"")));
        assert!(!page.body.contains('\u{1}'));
    }
    // The coalition's need is met: it drops it and submits.
    let saved = c
        .post_multipart(
            "/capacity/profile",
            &[
                ("action", "submit"),
                ("languages", "en"),
                ("level_digital-advocacy", "1"),
            ],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let after = country_count(&c.get(url).await.body, &country).unwrap_or(0);
    assert_eq!(after, before - 1);
    assert!(!c
        .get("/capacity/matches")
        .await
        .contains("Digital advocacy (priority: High)"));
}

#[tokio::test]
async fn matches_link_the_evidence_files_helpers_share() {
    let app = TestApp::with_demo(40).await;
    let admin = app.user("orgadmin@demo.minga.test").await;
    let needs = app.core.matches_for(admin.org_id, 5).await.unwrap();
    let need = needs.iter().find(|n| !n.matches.is_empty()).unwrap();
    let helper = need.matches[0].0.id;
    // The helper backs its rating with a document, in its current profile.
    let (round, mut profile) = app
        .store()
        .latest_submitted_profile(helper)
        .await
        .unwrap()
        .unwrap();
    let stored = app
        .core
        .blobs
        .put_bytes(axum::body::Bytes::from_static(b"%PDF-1.4 toolkit"), 1_000)
        .await
        .unwrap();
    let file = minga_testkit::store::NewFile {
        id: minga_domain::FileId::new(),
        blob_key: stored.key,
        name: "campaign toolkit.pdf".into(),
        content_type: "application/pdf".into(),
        size: stored.size,
        org: helper,
        by: None,
    };
    app.store().insert_file(&file).await.unwrap();
    let rating = profile
        .ratings
        .iter_mut()
        .find(|r| r.item == need.need.item)
        .unwrap();
    rating.files.push(minga_domain::files::FileRef {
        id: file.id,
        name: file.name.clone(),
        content_type: file.content_type.clone(),
        size: file.size,
    });
    app.store()
        .save_profile(round.id, &profile, None)
        .await
        .unwrap();
    let mut c = app.signed_in("orgadmin@demo.minga.test").await;
    let page = c.get("/capacity/matches").await;
    assert!(page.contains("Evidence they share:"), "{}", page.body);
    let href = file_href(&page.body, "campaign toolkit.pdf");
    assert_eq!(
        c.get_bytes(&href, &[]).await.2,
        b"%PDF-1.4 toolkit".to_vec()
    );
    // The map's drill-down to that strength links it too.
    let org = app.store().org_by_id(helper).await.unwrap();
    let cell = c
        .get(&format!(
            "/capacity/orgs?round=current&measure=strength&item={}&country={}",
            need.need.item,
            org.country.code()
        ))
        .await;
    assert_eq!(file_href(&cell.body, "campaign toolkit.pdf"), href);
}

#[tokio::test]
async fn uploads_nothing_links_to_are_forgotten_after_a_week() {
    let app = TestApp::with_demo(12).await;
    let mut c = app.signed_in("orgadmin@demo.minga.test").await;
    // Attached as evidence in a saved draft: kept.
    let saved = c
        .post_files(
            "/capacity/profile",
            &[("action", "draft"), ("level_teachers", "2")],
            &[("upload_teachers", "kept.pdf", b"%PDF kept")],
        )
        .await;
    assert_eq!(saved.status, 303);
    let kept = file_href(&c.get("/capacity/profile").await.body, "kept.pdf");
    // Uploaded with a form that needed fixing, and then abandoned.
    let abandoned = c
        .post_files(
            "/capacity/profile",
            &[("action", "draft"), ("level_teachers", "9")],
            &[("upload_policy-analysis", "abandoned.pdf", b"%PDF abandoned")],
        )
        .await;
    assert_eq!(abandoned.status, 422);
    let gone = file_href(&abandoned.body, "abandoned.pdf");
    let now = chrono::Utc::now();
    assert_eq!(app.core.sweep_files(now).await.unwrap(), 0, "too recent");
    assert_eq!(c.get_bytes(&gone, &[]).await.0, 200);
    let later = now + chrono::Duration::days(8);
    assert_eq!(app.core.sweep_files(later).await.unwrap(), 1);
    assert_eq!(c.get_bytes(&gone, &[]).await.0, 404);
    assert_eq!(c.get_bytes(&kept, &[]).await.0, 200);
}

#[tokio::test]
async fn kept_pages_follow_exactly_what_they_are_made_of() {
    let app = TestApp::with_demo(30).await;
    let s = app.store();
    let admin = app.user("orgadmin@demo.minga.test").await;
    let mut c = app.signed_in("orgadmin@demo.minga.test").await;
    assert!(c.get("/capacity").await.contains("Digital advocacy"));
    assert!(c
        .get("/capacity/matches")
        .await
        .contains("Digital advocacy (priority: High)"));

    // A change to a person touches neither the map nor the matches' version...
    use minga_domain::Entity;
    let capacity = [
        Entity::Profile,
        Entity::Org,
        Entity::Exchange,
        Entity::Round,
        Entity::Taxonomy,
    ];
    let (before, all_before) = (
        s.version_of(&capacity).await.unwrap(),
        s.version_of(&[]).await.unwrap(),
    );
    s.update_user_profile(admin.id, "Amina", admin.locale, &admin.time_zone)
        .await
        .unwrap();
    assert_eq!(s.version_of(&capacity).await.unwrap(), before);
    assert!(s.version_of(&[]).await.unwrap() > all_before);

    // ...while each thing they are made of shows at once.
    let mut tax = s.taxonomy().await.unwrap();
    let item = tax
        .iter_mut()
        .find(|t| t.code.as_str() == "digital-advocacy")
        .unwrap();
    item.label.0[0] = "Digital campaigning".into();
    s.upsert_taxonomy(std::slice::from_ref(item)).await.unwrap();
    assert!(c.get("/capacity").await.contains("Digital campaigning"));
    assert!(c
        .get("/capacity/matches")
        .await
        .contains("Digital campaigning (priority: High)"));

    let round = minga_testkit::store::NewRound {
        title: "A round for this test".into(),
        texts: Default::default(),
        draft: false,
        deadline: chrono::Utc::now().timestamp_millis() + 86_400_000,
        orgs: vec![],
        created_by: None,
        demo: false,
        opened_at: None,
    };
    s.create_round(&round, &[]).await.unwrap();
    assert!(c.get("/capacity").await.contains("A round for this test"));

    let needs = app.core.matches_for(admin.org_id, 1).await.unwrap();
    let helper = needs
        .iter()
        .find(|n| !n.matches.is_empty())
        .unwrap()
        .matches[0]
        .0
        .clone();
    let f = minga_domain::OrgFields {
        name: "Renamed Helper Coalition".into(),
        kind: helper.kind,
        country: helper.country,
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
    s.update_org(helper.id, &f).await.unwrap();
    assert!(c
        .get("/capacity/matches")
        .await
        .contains("Renamed Helper Coalition"));
}

#[tokio::test]
async fn the_round_csv_neutralises_formulas_keeps_quotes_and_starts_with_a_bom() {
    let app = TestApp::with_demo(3).await;
    let mut sec = app.signed_in("secretariat@demo.minga.test").await;
    let names = [
        "=HYPERLINK(\"http://x\")",
        "+1",
        "-2",
        "@SUM(A1)",
        "\tx",
        "Comma, \"quote\"\nand a new line",
        "ائتلاف التعليم",
    ];
    // The form refuses tabs and line breaks in names; older or imported data
    // may still hold them, so those two go straight into the store.
    for (name, slug) in [("\tx", "tab-x"), (names[5], "comma-quote")] {
        let fields = minga_domain::OrgFields {
            name: name.into(),
            kind: minga_domain::OrgKind::Coalition,
            country: minga_domain::Country::parse("EG").unwrap(),
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
        let slug = minga_domain::Slug::parse(slug).unwrap();
        app.store().create_org(&fields, &slug, false).await.unwrap();
    }
    for name in [names[0], names[1], names[2], names[3], names[6]] {
        let ok = sec
            .post(
                "/orgs/new",
                &[("name", name), ("kind", "coalition"), ("country", "EG")],
            )
            .await;
        assert_eq!(ok.status, 303, "{name:?}: {}", ok.body);
    }
    let deadline = (chrono::Utc::now() + chrono::Duration::days(30))
        .format("%Y-%m-%d")
        .to_string();
    let ok = sec
        .post(
            "/capacity/rounds",
            &[("title", "Formulas"), ("deadline", &deadline)],
        )
        .await;
    assert_eq!(ok.status, 303);
    let loc = ok.location.unwrap();
    let csv = sec
        .get(&format!("{}?format=csv", loc.split('?').next().unwrap()))
        .await;
    assert_eq!(csv.status, 200);
    assert!(csv.body.starts_with('\u{feff}'), "a byte-order mark first");
    let mut reader = csv::Reader::from_reader(csv.body.trim_start_matches('\u{feff}').as_bytes());
    let first: Vec<String> = reader
        .records()
        .map(|r| r.unwrap().get(0).unwrap().to_string())
        .collect();
    for danger in [
        "'=HYPERLINK(\"http://x\")",
        "'+1",
        "'-2",
        "'@SUM(A1)",
        "'\tx",
    ] {
        assert!(first.iter().any(|c| c == danger), "{danger} in {first:?}");
    }
    assert!(first
        .iter()
        .any(|c| c == "Comma, \"quote\"\nand a new line"));
    assert!(first.iter().any(|c| c == "ائتلاف التعليم"));
    assert!(
        first
            .iter()
            .all(|c| !c.starts_with(['=', '+', '-', '@', '\t'])),
        "no cell a spreadsheet runs: {first:?}"
    );
}

#[tokio::test]
async fn a_round_of_many_organisations_lists_them_a_page_at_a_time() {
    let app = TestApp::with_demo(150).await;
    let mut c = app.signed_in("secretariat@demo.minga.test").await;
    let list = c.get("/capacity/rounds").await;
    let href = list
        .body
        .split("href=\"/capacity/rounds/")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .map(|id| format!("/capacity/rounds/{id}"))
        .expect("a round");
    let rows = |body: &str| {
        let all = body.split("<tbody>").last().unwrap_or("");
        all.split("</tbody>")
            .next()
            .unwrap_or("")
            .matches("<tr>")
            .count()
    };
    let first = c.get(&href).await;
    assert_eq!(first.status, 200);
    assert_eq!(rows(&first.body), 100, "one page of organisations");
    assert!(first.contains("Page 1 of 2"));
    assert!(first.contains(&format!("{href}?page=2")));
    let second = c.get(&format!("{href}?page=2")).await;
    assert!(rows(&second.body) > 0 && rows(&second.body) < 100);
    assert!(second.contains("Page 2 of 2"));
    // Past the end: the last page, not an error.
    assert!(c
        .get(&format!("{href}?page=99"))
        .await
        .contains("Page 2 of 2"));
}

#[tokio::test]
async fn the_deadline_typed_is_the_deadline_shown_in_every_time_zone() {
    let app = TestApp::with_demo(6).await;
    // Readers at both ends of the day: UTC+14 and UTC−11.
    app.sql("UPDATE users SET time_zone = 'Pacific/Kiritimati' WHERE email = 'secretariat@demo.minga.test'")
        .await;
    app.sql(
        "UPDATE users SET time_zone = 'Pacific/Pago_Pago' WHERE email = 'orgadmin@demo.minga.test'",
    )
    .await;
    let mut sec = app.signed_in("secretariat@demo.minga.test").await;
    app.deliver_mail().await;
    assert!(sec
        .get("/capacity/rounds")
        .await
        .contains("The round closes at the end of this day, UTC time"));
    let ok = sec
        .post(
            "/capacity/rounds",
            &[("title", "Round of 2031"), ("deadline", "2031-01-31")],
        )
        .await;
    assert_eq!(ok.status, 303, "{}", ok.body);
    let path = ok.location.unwrap().split('?').next().unwrap().to_string();
    let opened = sec.post(&format!("{path}/open"), &[]).await;
    assert_eq!(opened.status, 303, "{}", opened.body);
    let shown = "31 January 2031, end of the day (UTC time)";
    let round = sec.get(&opened.location.unwrap()).await;
    assert!(round.contains(shown), "{}", round.body);
    assert!(sec.get("/capacity/rounds").await.contains(shown));
    let mut admin = app.signed_in("orgadmin@demo.minga.test").await;
    assert!(admin.get("/capacity/profile").await.contains(shown));
    let mail = app.deliver_mail().await;
    let to_admin = mail
        .iter()
        .find(|m| m.to == "orgadmin@demo.minga.test")
        .expect("the admin is told of the round");
    assert!(to_admin.text.contains(shown), "{}", to_admin.text);
    // Stored as the last second of that day in the network's time zone.
    let rounds = app.core.rounds().await.unwrap();
    let r = rounds.iter().find(|r| r.title == "Round of 2031").unwrap();
    assert_eq!(r.deadline.to_rfc3339(), "2031-01-31T23:59:59+00:00");
}

#[tokio::test]
async fn closing_a_round_asks_first_and_a_closed_round_opens_again() {
    let app = TestApp::with_demo(6).await;
    let mut sec = app.signed_in("secretariat@demo.minga.test").await;
    let rounds = app.core.rounds().await.unwrap();
    let open = rounds.iter().find(|r| r.is_open()).unwrap();
    let path = format!("/capacity/rounds/{}", open.id);
    let page = sec.get(&path).await;
    // Closing is behind a disclosure that says what it does, with a button
    // that does not look like the CSV link.
    let confirm = page
        .body
        .split("<details class=\"confirm\">")
        .nth(1)
        .unwrap();
    assert!(confirm.contains("not submitted"), "{confirm}");
    assert!(
        confirm.contains("<button type=\"submit\" class=\"danger\">Yes, close the round</button>")
    );
    let closed = sec.post(&format!("{path}/close"), &[]).await;
    assert_eq!(closed.status, 303);
    let page = sec.get(&path).await;
    assert!(page.contains("Open the round again"));
    // A day in the past is refused beside the field, keeping what was typed.
    let bad = sec
        .post(&format!("{path}/reopen"), &[("deadline", "2001-02-03")])
        .await;
    assert_eq!(bad.status, 422);
    assert!(bad.contains("The deadline must be a day in the future."));
    assert!(bad.contains("value=\"2001-02-03\""));
    let still = app.core.rounds().await.unwrap();
    assert!(still.iter().any(|r| r.id == open.id && !r.is_open()));
    // Members may not reopen.
    let mut member = app.signed_in("orgadmin@demo.minga.test").await;
    let refused = member
        .post(&format!("{path}/reopen"), &[("deadline", "2031-03-01")])
        .await;
    assert_eq!(refused.status, 403);
    let ok = sec
        .post(&format!("{path}/reopen"), &[("deadline", "2031-03-01")])
        .await;
    assert_eq!(ok.status, 303, "{}", ok.body);
    let again = sec.get(&ok.location.unwrap()).await;
    assert!(again.contains("The round is open again."));
    assert!(again.contains("1 March 2031, end of the day"));
    let r = app.core.rounds().await.unwrap();
    assert!(r.iter().any(|r| r.id == open.id && r.is_open()));
    // Reopening a round that is open is not a thing.
    assert_eq!(
        sec.post(&format!("{path}/reopen"), &[("deadline", "2031-04-01")])
            .await
            .status,
        404
    );
}

#[tokio::test]
async fn text_people_wrote_keeps_its_own_direction() {
    let app = TestApp::with_demo(30).await;
    let mut c = app.signed_in("orgadmin@demo.minga.test").await;
    let m = c.get("/capacity/matches").await;
    // Evidence quoted inside a translated sentence is isolated, so an
    // English quote in an Arabic page keeps its punctuation where it belongs.
    assert!(
        m.contains("Backs it with evidence: “\u{2068}"),
        "{}",
        m.body
    );
    assert!(m.contains("\u{2069}”"));
    assert!(m.contains("name=\"message\" dir=\"auto\""));
    let profile = c.get("/capacity/profile").await;
    assert!(profile.contains("name=\"evidence_teachers\" dir=\"auto\""));
    let mut sec = app.signed_in("secretariat@demo.minga.test").await;
    let rounds = sec.get("/capacity/rounds").await;
    assert!(
        rounds.contains("<bdi>Capacity mapping"),
        "round titles are isolated"
    );
    // A title written for one language is marked as that language, with its direction.
    assert!(rounds.contains("name=\"title_en\" lang=\"en\" dir=\"ltr\""));
    assert!(rounds.contains("name=\"title_ar\" lang=\"ar\" dir=\"rtl\""));
}

#[tokio::test]
async fn an_organisations_page_shows_its_capacities_and_where_to_ask() {
    let app = TestApp::with_demo(40).await;
    let seeker = app.user("orgadmin@demo.minga.test").await;
    let needs = app.core.matches_for(seeker.org_id, 3).await.unwrap();
    let need = needs.iter().find(|n| !n.matches.is_empty()).unwrap();
    let helper = need.matches[0].0.clone();
    let item = need.need.item.to_string();
    let path = format!("/orgs/{}", helper.slug);
    let mut c = app.signed_in("orgadmin@demo.minga.test").await;
    let page = c.get(&path).await;
    assert!(page.contains("Strengths and needs"));
    assert!(page.contains("offers to help peers"));
    // The reader's own need that this organisation offers: a request form.
    assert!(
        page.contains(&format!("name=\"item\" value=\"{item}\"")),
        "{}",
        page.body
    );
    assert!(page.contains("which your organisation needs"));
    let asked = c
        .post(
            "/capacity/exchanges",
            &[
                ("helper", &helper.id.to_string()),
                ("item", &item),
                ("message", "Could we learn from your campaigns?"),
            ],
        )
        .await;
    assert_eq!(asked.status, 303);
    assert!(asked.location.unwrap().starts_with("/capacity/exchanges/"));
    // Visitors see the public profile without the capacities.
    let visitor = app.client().get(&path).await;
    if visitor.status == 200 {
        assert!(!visitor.contains("Strengths and needs"));
    }
    // An organisation's own page offers no request to itself.
    let own = app.store().org_by_id(seeker.org_id).await.unwrap();
    let mine = c.get(&format!("/orgs/{}", own.slug)).await;
    assert!(mine.contains("Strengths and needs"));
    assert!(!mine.contains("which your organisation needs"));
}

#[tokio::test]
async fn the_world_map_counts_one_item_and_measure_by_country() {
    use minga_core::capacity::MapRequest;
    use minga_domain::map::{MapMeasure, MapSource};
    use std::collections::HashMap;
    let app = TestApp::with_demo(30).await;
    let counts = app
        .store()
        .map_counts(MapSource::Current, None)
        .await
        .unwrap();
    let item = minga_domain::capacity::ItemCode::parse("digital-advocacy").unwrap();
    let mut seen = Vec::new();
    for measure in MapMeasure::ALL {
        for region in [None, Some(minga_domain::Region::Africa)] {
            let fig = app
                .core
                .map_figures(MapRequest {
                    source: MapSource::Current,
                    compare: None,
                    kind: None,
                    region,
                    item: Some(item.clone()),
                    measure,
                })
                .await
                .unwrap();
            // What the store counts for that item and measure (and region),
            // summed by country.
            let mut want: HashMap<String, i64> = HashMap::new();
            for c in counts.iter().filter(|c| {
                c.measure == measure
                    && c.item == item
                    && region.is_none_or(|r| c.region == r.code())
            }) {
                *want.entry(c.country.clone()).or_insert(0) += c.count;
            }
            let got: HashMap<String, i64> = fig
                .countries
                .iter()
                .map(|(c, n)| (c.code().to_string(), *n))
                .collect();
            assert_eq!(got, want, "{measure:?} in {region:?}");
            let top = fig
                .country_classes
                .legend()
                .last()
                .map(|l| l.2)
                .unwrap_or(0);
            assert_eq!(
                top,
                want.values().copied().max().unwrap_or(0),
                "the top class ends at the largest count"
            );
            for (c, n) in &fig.countries {
                assert_eq!(fig.country_count(*c), *n);
            }
            seen.push(want);
        }
    }
    assert!(seen.iter().all(|w| !w.is_empty()), "something to count");
    assert_ne!(seen[0], seen[2], "strengths and needs differ");
    assert_ne!(seen[0], seen[1], "the region narrows the map");
}
