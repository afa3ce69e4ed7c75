//! The capacity profile form (issue 11): the jump list and its counts,
//! "not answered" apart from "0 — none", text limits, errors that name
//! their item, a form too long for its fields, a language switch that keeps
//! what was typed, the summary after submitting, and evidence files judged
//! by their first bytes.

use minga_domain::capacity::{ItemKind, TaxonomyItem};
use minga_domain::Locale;
use minga_testkit::TestApp;

const ADMIN: &str = "orgadmin@demo.minga.test";

/// Text as askama writes it into a page.
fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

async fn taxonomy(app: &TestApp) -> Vec<TaxonomyItem> {
    app.core.taxonomy().await.unwrap().to_vec()
}

fn label(t: &[TaxonomyItem], code: &str) -> String {
    let item = t.iter().find(|i| i.code.as_str() == code).unwrap();
    item.label.get(Locale::En).to_string()
}

/// An item's label as error messages name it: isolated from the sentence.
fn named(t: &[TaxonomyItem], code: &str) -> String {
    esc(&minga_i18n::isolate(&label(t, code)))
}

fn kind_count(t: &[TaxonomyItem], kind: ItemKind) -> usize {
    t.iter().filter(|i| i.kind == kind).count()
}

fn codes(t: &[TaxonomyItem], kind: ItemKind) -> Vec<String> {
    t.iter()
        .filter(|i| i.kind == kind)
        .map(|i| i.code.to_string())
        .collect()
}

/// The number of files stored for the admin's organisation, and their bytes.
async fn org_bytes(app: &TestApp) -> u64 {
    let admin = app.user(ADMIN).await;
    app.store().org_file_bytes(admin.org_id).await.unwrap()
}

#[tokio::test]
async fn the_jump_list_links_each_section_and_counts_its_answers() {
    let app = TestApp::with_demo(8).await;
    let t = taxonomy(&app).await;
    let themes = codes(&t, ItemKind::Theme);
    let caps = codes(&t, ItemKind::Capacity);
    let mut c = app.signed_in(ADMIN).await;
    let saved = c
        .post_multipart(
            "/capacity/profile",
            &[
                ("action", "draft"),
                (&format!("level_{}", themes[0]), "2"),
                (&format!("level_{}", themes[1]), "0"),
                (&format!("evidence_{}", themes[2]), "only evidence"),
                (&format!("level_{}", caps[0]), "1"),
            ],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let page = c.get("/capacity/profile").await;
    let nav = &page.body[page.body.find("<nav class=\"jump\"").expect("jump list")..];
    let nav = &nav[..nav.find("</nav>").unwrap()];
    assert!(nav.contains("<a href=\"#s-theme\">Themes</a>"), "{nav}");
    assert!(nav.contains("<a href=\"#s-capacity\">Technical capacities</a>"));
    // "0 — none" counts; evidence without a level does not.
    let theme_line = format!("2 of {} answered", kind_count(&t, ItemKind::Theme));
    let cap_line = format!("1 of {} answered", kind_count(&t, ItemKind::Capacity));
    assert!(nav.contains(&theme_line), "{nav}");
    assert!(nav.contains(&cap_line), "{nav}");
    // The anchors exist, before each section's items.
    assert!(page.contains("<h2 id=\"s-theme\">Themes"));
    assert!(page.contains("<h2 id=\"s-capacity\">Technical capacities"));
    // The members' read-only view counts the same.
    let mut m = app.signed_in("member@demo.minga.test").await;
    let read = m.get("/capacity/profile").await;
    assert!(!read.contains("<h2 id=\"s-theme\">"), "no form for members");
    // (Members read the last submitted profile, not the admin's draft.)
    assert!(read.contains(" answered</span></h2>"), "{}", read.body);
}

#[tokio::test]
async fn zero_is_an_answer_and_an_untouched_item_is_not() {
    let app = TestApp::with_demo(8).await;
    let t = taxonomy(&app).await;
    let themes = codes(&t, ItemKind::Theme);
    let (zero, untouched, evidence_only) = (&themes[0], &themes[1], &themes[2]);
    let mut c = app.signed_in(ADMIN).await;
    // The form offers "Not answered" beside 0–3.
    let page = c.get("/capacity/profile").await;
    assert!(page.contains(&format!("name=\"level_{untouched}\" value=\"\"")));
    let saved = c
        .post_multipart(
            "/capacity/profile",
            &[
                ("action", "draft"),
                (&format!("level_{zero}"), "0"),
                (&format!("level_{untouched}"), ""),
                (
                    &format!("evidence_{evidence_only}"),
                    "A report, no level yet",
                ),
            ],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    // Stored so.
    let admin = app.user(ADMIN).await;
    let round = app
        .store()
        .open_round_for(admin.org_id)
        .await
        .unwrap()
        .unwrap();
    let p = app
        .store()
        .profile(admin.org_id, round.id)
        .await
        .unwrap()
        .unwrap();
    let rating = |code: &str| p.ratings.iter().find(|r| r.item.as_str() == code);
    let z = rating(zero).expect("0 is kept as an answer");
    assert!(z.answered && z.level.value() == 0);
    assert!(rating(untouched).is_none());
    let e = rating(evidence_only).unwrap();
    assert!(!e.answered, "evidence alone is no answer");
    // Shown so.
    let page = c.get("/capacity/profile").await;
    assert!(page.contains(&format!("name=\"level_{zero}\" value=\"0\" checked")));
    assert!(page.contains(&format!("name=\"level_{untouched}\" value=\"\" checked")));
    assert!(page.contains(&format!(
        "name=\"level_{evidence_only}\" value=\"\" checked"
    )));
    assert!(!page.contains(&format!("name=\"level_{untouched}\" value=\"0\" checked")));
    // Submitting: evidence needs its level, named with its item; "0" is enough.
    let langs = ("languages", "en");
    let bad = c
        .post_multipart(
            "/capacity/profile",
            &[
                ("action", "submit"),
                langs,
                (&format!("level_{zero}"), "0"),
                (
                    &format!("evidence_{evidence_only}"),
                    "A report, no level yet",
                ),
            ],
        )
        .await;
    assert_eq!(bad.status, 422, "{}", bad.body);
    let msg = format!("{} has evidence but no level", named(&t, evidence_only));
    assert!(bad.contains(&msg), "{}", bad.body);
    assert!(bad.contains(&format!("href=\"#f-level_{evidence_only}\"")));
    let ok = c
        .post_multipart(
            "/capacity/profile",
            &[
                ("action", "submit"),
                langs,
                (&format!("level_{zero}"), "0"),
                (&format!("level_{evidence_only}"), "0"),
                (
                    &format!("evidence_{evidence_only}"),
                    "A report, no level yet",
                ),
            ],
        )
        .await;
    assert_eq!(ok.status, 303, "{}", ok.body);
    // Members read "Not answered" and "0 — none" apart.
    let mut m = app.signed_in("member@demo.minga.test").await;
    let read = m.get("/capacity/profile").await;
    assert!(read.contains(&format!(
        "<th scope=\"row\">{}</th><td>Not answered</td>",
        esc(&label(&t, untouched))
    )));
    assert!(read.contains(&format!(
        "<th scope=\"row\">{}</th><td>0 — none</td>",
        esc(&label(&t, zero))
    )));
}

#[tokio::test]
async fn every_text_field_says_its_limit_in_the_readers_numbers() {
    let app = TestApp::with_demo(6).await;
    let n = taxonomy(&app).await.len();
    let mut c = app.signed_in(ADMIN).await;
    let page = c.get("/capacity/profile").await;
    assert_eq!(page.body.matches("maxlength=\"2000\"").count(), n);
    assert_eq!(page.body.matches("maxlength=\"500\"").count(), n);
    assert_eq!(
        page.body
            .matches("<span class=\"hint\">up to 2,000 characters</span>")
            .count(),
        n
    );
    assert_eq!(
        page.body
            .matches("<span class=\"hint\">up to 500 characters</span>")
            .count(),
        n
    );
    for (l, words) in [
        (Locale::Es, "hasta {} caracteres"),
        (Locale::Ar, "حتى {} حرف"),
    ] {
        let admin = app.user(ADMIN).await;
        app.core.set_locale(&admin, l).await.unwrap();
        let page = c.get("/capacity/profile").await;
        let limit = words.replace("{}", &minga_i18n::format_number(l, 2000));
        assert!(page.contains(&limit), "{l:?}: {limit}");
    }
}

#[tokio::test]
async fn an_over_long_field_names_its_item_and_limit_and_keeps_the_rest() {
    let app = TestApp::with_demo(6).await;
    let t = taxonomy(&app).await;
    let themes = codes(&t, ItemKind::Theme);
    let (long_item, other) = (&themes[0], &themes[1]);
    let long = "ñ".repeat(2_001);
    let mut c = app.signed_in(ADMIN).await;
    let bad = c
        .post_multipart(
            "/capacity/profile",
            &[
                ("action", "draft"),
                ("languages", "fr"),
                (&format!("level_{long_item}"), "2"),
                (&format!("evidence_{long_item}"), &long),
                (&format!("level_{other}"), "1"),
                (&format!("evidence_{other}"), "kept words"),
                (&format!("need_{other}"), "high"),
                (&format!("needdesc_{other}"), "x".repeat(501).as_str()),
            ],
        )
        .await;
    assert_eq!(bad.status, 422, "{}", bad.body);
    let msg = format!(
        "The evidence for {} is too long: up to 2,000 characters, and this has 2,001.",
        named(&t, long_item)
    );
    // Beside the field, and in the summary linking to it.
    assert!(bad.contains(&format!(
        "<p class=\"error\" id=\"e-evidence_{long_item}\">{msg}</p>"
    )));
    assert!(bad.contains(&format!(
        "<li><a href=\"#f-evidence_{long_item}\">{msg}</a></li>"
    )));
    assert!(bad.contains(&format!("id=\"f-evidence_{long_item}\"")));
    assert!(bad.contains(&format!(
        "The description of the need for {} is too long: up to 500 characters, and this has 501.",
        named(&t, other)
    )));
    // Everything typed comes back.
    assert!(bad.contains(&long));
    assert!(bad.contains("kept words"));
    assert!(bad.contains(&format!("name=\"level_{long_item}\" value=\"2\" checked")));
    assert!(bad.contains(&format!("name=\"level_{other}\" value=\"1\" checked")));
    assert!(bad.contains("value=\"fr\" checked"));
    assert!(bad.contains("<option value=\"high\" selected>"));
    assert!(bad.contains(&"x".repeat(501)));
}

#[tokio::test]
async fn seventy_kilobytes_of_evidence_is_an_error_on_that_field_not_a_bare_400() {
    let app = TestApp::with_demo(6).await;
    let t = taxonomy(&app).await;
    let themes = codes(&t, ItemKind::Theme);
    let every_level: Vec<(String, String)> = t
        .iter()
        .map(|i| (format!("level_{}", i.code), "1".to_string()))
        .collect();
    let pasted = "Evidence. ".repeat(7 * 1024); // 70 KB
    let mut fields: Vec<(&str, &str)> = every_level
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let evidence_field = format!("evidence_{}", themes[0]);
    let other_field = format!("evidence_{}", themes[1]);
    fields.extend([
        ("action", "submit"),
        ("languages", "en"),
        (evidence_field.as_str(), pasted.as_str()),
        (other_field.as_str(), "still here"),
    ]);
    let mut c = app.signed_in(ADMIN).await;
    let bad = c.post_multipart("/capacity/profile", &fields).await;
    assert_eq!(bad.status, 422, "{}", &bad.body[..bad.body.len().min(2000)]);
    let msg = format!(
        "The evidence for {} is too long: up to 2,000 characters, and this has",
        named(&t, &themes[0])
    );
    assert!(bad.contains(&format!("<li><a href=\"#f-{evidence_field}\">{msg}")));
    assert!(bad.contains(&format!("id=\"e-{evidence_field}\">{msg}")));
    // All the other answers are kept: every level, the other evidence.
    for i in &t {
        assert!(
            bad.contains(&format!("name=\"level_{}\" value=\"1\" checked", i.code)),
            "{}",
            i.code
        );
    }
    assert!(bad.contains("still here"));
    assert!(
        bad.contains("Evidence. Evidence. "),
        "what was read comes back"
    );
    // Nothing was saved.
    let admin = app.user(ADMIN).await;
    let ed = app.core.profile_editor(&admin).await.unwrap();
    assert_ne!(ed.status, minga_domain::capacity::ProfileStatus::Submitted);

    // A body beyond any form's size: a translated page, in the reader's language.
    app.core.set_locale(&admin, Locale::Es).await.unwrap();
    let huge = "a".repeat(60 * 1024);
    let many: Vec<(String, &str)> = (0..20)
        .map(|i| (format!("evidence_{}", t[i % t.len()].code), huge.as_str()))
        .collect();
    let fields: Vec<(&str, &str)> = many.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    let r = c.post_multipart("/capacity/profile", &fields).await;
    assert_eq!(r.status, 413);
    assert!(r.contains("<html lang=\"es\""));
    let es = minga_i18n::I18n::global().t(Locale::Es, "error-413");
    assert!(r.contains(&esc(&es)), "{}", r.body);
}

#[tokio::test]
async fn switching_language_keeps_what_was_typed() {
    let app = TestApp::with_demo(6).await;
    let t = taxonomy(&app).await;
    let themes = codes(&t, ItemKind::Theme);
    let admin = app.user(ADMIN).await;
    let mut c = app.signed_in(ADMIN).await;
    let page = c.get("/capacity/profile").await;
    // The header's language buttons send the profile form, without script.
    assert!(page.contains("<form method=\"post\" action=\"/capacity/profile\" enctype=\"multipart/form-data\" id=\"profile\">"));
    assert!(page.contains(
        "name=\"lang\" value=\"fr\" lang=\"fr\" form=\"profile\" formaction=\"/capacity/profile\""
    ));
    let before = app.core.profile_editor(&admin).await.unwrap().status;
    let typed = "Nous avons formé 40 enseignants";
    let r = c
        .post_multipart(
            "/capacity/profile",
            &[
                ("languages", "fr"),
                (&format!("level_{}", themes[0]), "0"),
                (&format!("evidence_{}", themes[0]), typed),
                (&format!("need_{}", themes[1]), "low"),
                ("lang", "fr"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(r.location.as_deref(), Some("/capacity/profile"));
    let page = c.get("/capacity/profile").await;
    assert!(page.contains("<html lang=\"fr\" dir=\"ltr\">"));
    assert!(page.contains(typed));
    assert!(page.contains(&format!("name=\"level_{}\" value=\"0\" checked", themes[0])));
    assert!(page.contains("<option value=\"low\" selected>"));
    let kept = minga_i18n::I18n::global().t(Locale::Fr, "profile-kept-unsaved");
    assert!(page.contains(&esc(&kept)));
    // Kept, not saved: the profile itself has not changed.
    let ed = app.core.profile_editor(&admin).await.unwrap();
    assert_eq!(ed.status, before);
    assert!(ed.kept_unsaved);
    // Arabic next, right to left, still with everything typed.
    let r = c
        .post_multipart(
            "/capacity/profile",
            &[(&format!("evidence_{}", themes[0]), typed), ("lang", "ar")],
        )
        .await;
    assert_eq!(r.status, 303);
    let page = c.get("/capacity/profile").await;
    assert!(page.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(page.contains(typed));
    // Saving makes it the profile, and the kept copy goes.
    let r = c
        .post_multipart(
            "/capacity/profile",
            &[
                ("action", "draft"),
                (&format!("evidence_{}", themes[0]), typed),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let ed = app.core.profile_editor(&admin).await.unwrap();
    assert!(!ed.kept_unsaved);
    assert_eq!(ed.input.items[themes[0].as_str()].evidence, typed);
    let page = c.get("/capacity/profile").await;
    let kept = minga_i18n::I18n::global().t(Locale::Ar, "profile-kept-unsaved");
    assert!(!page.contains(&esc(&kept)));
    // A language that does not exist changes nothing and keeps no file.
    let before = org_bytes(&app).await;
    let pdf: &[u8] = b"%PDF-1.7\n1 0 obj";
    let r = c
        .post_files(
            "/capacity/profile",
            &[("lang", "xx")],
            &[(&format!("upload_{}", themes[0]), "new.pdf", pdf)],
        )
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(org_bytes(&app).await, before);
    // A member's switcher is the ordinary one.
    let mut m = app.signed_in("member@demo.minga.test").await;
    assert!(!m
        .get("/capacity/profile")
        .await
        .contains("form=\"profile\""));
}

#[tokio::test]
async fn after_submitting_the_page_says_what_was_sent_and_leads_to_matches() {
    let app = TestApp::with_demo(8).await;
    let t = taxonomy(&app).await;
    let themes = codes(&t, ItemKind::Theme);
    let mut c = app.signed_in(ADMIN).await;
    let ok = c
        .post_multipart(
            "/capacity/profile",
            &[
                ("action", "submit"),
                ("languages", "en"),
                (&format!("level_{}", themes[0]), "3"),
                (&format!("share_{}", themes[0]), "on"),
                (&format!("level_{}", themes[1]), "0"),
                (&format!("need_{}", themes[1]), "high"),
            ],
        )
        .await;
    assert_eq!(ok.status, 303, "{}", ok.body);
    let after = c.get(ok.location.as_deref().unwrap()).await;
    let start = after.body.find("<section class=\"sent\"").expect("summary");
    let sent = &after.body[start..start + after.body[start..].find("</section>").unwrap()];
    assert!(sent.contains("What you sent"));
    assert!(
        sent.contains(&format!("2 of {} answered", t.len())),
        "{sent}"
    );
    assert!(sent.contains(&format!(
        "<li>{}: 3 — can lead others</li>",
        esc(&label(&t, &themes[0]))
    )));
    assert!(sent.contains(&format!(
        "<li>{}: 0 — none</li>",
        esc(&label(&t, &themes[1]))
    )));
    assert!(sent.contains(&format!("<li>{}: High</li>", esc(&label(&t, &themes[1])))));
    assert!(sent.contains("href=\"/capacity/matches\""));
    // Only right after submitting.
    assert!(!c.get("/capacity/profile").await.contains("class=\"sent\""));
}

#[tokio::test]
async fn evidence_files_are_judged_by_their_first_bytes_and_refused_ones_are_not_stored() {
    let app = TestApp::with_demo(6).await;
    let t = taxonomy(&app).await;
    let themes = codes(&t, ItemKind::Theme);
    let mut c = app.signed_in(ADMIN).await;
    let before = org_bytes(&app).await;
    let exe: &[u8] = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00";
    let script: &[u8] = b"#!/bin/sh\necho hi\n";
    let bad = c
        .post_files(
            "/capacity/profile",
            &[
                ("action", "draft"),
                (&format!("level_{}", themes[0]), "2"),
                (&format!("evidence_{}", themes[0]), "kept words"),
            ],
            &[
                (&format!("upload_{}", themes[0]), "report.pdf", exe),
                (&format!("upload_{}", themes[1]), "plan.pdf", script),
                (
                    &format!("upload_{}", themes[1]),
                    "invoice\u{202E}fdp.exe",
                    exe,
                ),
            ],
        )
        .await;
    assert_eq!(bad.status, 422, "{}", bad.body);
    let refused = |name: &str| {
        let msg = minga_i18n::I18n::global().ta(
            Locale::En,
            "error-file-kind",
            &[("name", minga_i18n::s(minga_i18n::isolate(name)))],
        );
        esc(&msg)
    };
    assert!(bad.contains(&refused("report.pdf")), "{}", bad.body);
    assert!(bad.contains(&format!("href=\"#f-upload_{}\"", themes[0])));
    // The summary names each refused file (the names as they will be shown).
    assert!(bad.contains(&refused("plan.pdf")));
    assert!(bad.contains(&refused("invoicefdp.exe")));
    assert!(bad.contains("kept words"));
    assert!(bad.contains(&format!("name=\"level_{}\" value=\"2\" checked", themes[0])));
    assert_eq!(org_bytes(&app).await, before, "no refused byte stored");

    // Real documents, pictures and text are taken.
    let pdf: &[u8] = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj";
    let png: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0";
    let ok = c
        .post_files(
            "/capacity/profile",
            &[("action", "draft"), (&format!("level_{}", themes[0]), "2")],
            &[
                (&format!("upload_{}", themes[0]), "report.pdf", pdf),
                (&format!("upload_{}", themes[0]), "photo.png", png),
                (
                    &format!("upload_{}", themes[0]),
                    "notes.txt",
                    "تقرير\n".as_bytes(),
                ),
            ],
        )
        .await;
    assert_eq!(ok.status, 303, "{}", ok.body);
    let page = c.get("/capacity/profile").await;
    for name in ["report.pdf", "photo.png", "notes.txt"] {
        assert!(page.contains(&format!("<bdi>{name}</bdi>")), "{name}");
    }
    assert!(org_bytes(&app).await > before);
}
