use chrono::{Duration, Utc};
use minga_core::capacity::{ProfileInput, RoundInput};
use minga_domain::capacity::{Level, ProfileStatus};
use minga_domain::matching::Reason;
use minga_domain::{Email, User};
use minga_testkit::TestApp;

async fn user(app: &TestApp, email: &str) -> User {
    app.store()
        .user_auth_by_email(&Email::parse(email).unwrap())
        .await
        .unwrap()
        .user
}

#[tokio::test]
async fn demo_gives_the_southern_coalition_explained_matches() {
    let app = TestApp::with_demo(40).await;
    let admin = user(&app, "orgadmin@demo.minga.test").await;
    let needs = app.core.matches_for(admin.org_id, 5).await.unwrap();
    let digital = needs
        .iter()
        .find(|n| n.need.item.as_str() == "digital-advocacy")
        .expect("a digital advocacy need");
    assert!(
        !digital.matches.is_empty(),
        "someone offers digital advocacy"
    );
    for (org, m) in &digital.matches {
        assert_ne!(org.id, admin.org_id);
        assert!(matches!(m.reasons[0], Reason::Strength(l) if l >= Level::STRONG));
    }
    let scores: Vec<i32> = digital.matches.iter().map(|(_, m)| m.score).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]));
    // Some helpers back it with a document, which the demo ships.
    let (owner, file) = digital.evidence_files.first().expect("demo evidence files");
    assert!(digital.matches.iter().any(|(o, _)| o.id == *owner));
    assert_eq!(file.content_type, "text/plain");
    // The open round has not been started by this coalition, and starts from last year's answers.
    let editor = app.core.profile_editor(&admin).await.unwrap();
    assert_eq!(editor.status, ProfileStatus::NotStarted);
    assert!(editor.carried_from.is_some());
    assert!(editor
        .input
        .items
        .get("digital-advocacy")
        .is_some_and(|i| i.need == "high"));
}

#[tokio::test]
async fn profiles_validate_save_as_draft_and_submit() {
    let app = TestApp::with_demo(10).await;
    let admin = user(&app, "orgadmin@demo.minga.test").await;
    let mut bad = ProfileInput::default();
    bad.item("teachers").level = "7".into();
    bad.item("fundraising").share = true;
    bad.item("digital-advocacy").need_description = "help".into();
    bad.item("not-an-item").level = "2".into();
    let err = app.core.save_profile(&admin, &bad, true).await.unwrap_err();
    let minga_core::CoreError::Invalid(e) = err else {
        panic!("{err:?}")
    };
    assert_eq!(e.get("level_teachers"), Some("error-level-range"));
    assert_eq!(e.get("share_fundraising"), Some("error-share-needs-level"));
    assert_eq!(e.get("need_digital-advocacy"), Some("error-need-priority"));
    assert_eq!(e.get("languages"), Some("error-languages-required"));
    assert_eq!(e.get("level_not-an-item"), Some("error-choose-option"));

    let mut draft = ProfileInput::default();
    let teachers = draft.item("teachers");
    teachers.level = "3".into();
    teachers.evidence = "Union partnership".into();
    teachers.share = true;
    app.core.save_profile(&admin, &draft, false).await.unwrap();
    let editor = app.core.profile_editor(&admin).await.unwrap();
    assert_eq!(editor.status, ProfileStatus::Draft);
    assert_eq!(editor.input.items["teachers"].evidence, "Union partnership");

    let mut full = ProfileInput::default();
    let teachers = full.item("teachers");
    teachers.level = "3".into();
    teachers.share = true;
    let advocacy = full.item("digital-advocacy");
    advocacy.need = "high".into();
    advocacy.need_description = "Social media campaigns".into();
    full.languages = vec!["en".into(), "fr".into()];
    app.core.save_profile(&admin, &full, true).await.unwrap();
    let round = app
        .store()
        .open_round_for(admin.org_id)
        .await
        .unwrap()
        .unwrap();
    let entry = app
        .store()
        .round_entries(round.id)
        .await
        .unwrap()
        .into_iter()
        .find(|e| e.org.id == admin.org_id)
        .unwrap();
    assert_eq!(entry.status, ProfileStatus::Submitted);
    // Members see but may not edit.
    let member = user(&app, "member@demo.minga.test").await;
    assert!(!app.core.profile_editor(&member).await.unwrap().may_edit);
    assert!(matches!(
        app.core.save_profile(&member, &full, true).await,
        Err(minga_core::CoreError::Forbidden)
    ));
}

#[tokio::test]
async fn opening_a_round_mails_admins_and_reminders_follow() {
    let app = TestApp::with_demo(8).await;
    let sec = user(&app, "secretariat@demo.minga.test").await;
    let now = Utc::now();
    let past = RoundInput {
        title_en: "Late".into(),
        deadline: (now - Duration::days(1)).format("%Y-%m-%d").to_string(),
        ..Default::default()
    };
    let Err(minga_core::CoreError::Invalid(e)) = app.core.prepare_round(&sec, &past, now).await
    else {
        panic!()
    };
    assert_eq!(e.get("deadline"), Some("error-deadline-past"));
    let member = user(&app, "member@demo.minga.test").await;
    let input = RoundInput {
        title_en: "Mapping 2027".into(),
        deadline: (now + Duration::days(5)).format("%Y-%m-%d").to_string(),
        region: "africa".into(),
        ..Default::default()
    };
    assert!(matches!(
        app.core.prepare_round(&member, &input, now).await,
        Err(minga_core::CoreError::Forbidden)
    ));
    let round = app.core.prepare_round(&sec, &input, now).await.unwrap();
    assert!(app.deliver_mail().await.is_empty(), "a draft mails nobody");
    assert!(matches!(
        app.core.open_round(&member, round, now).await,
        Err(minga_core::CoreError::Forbidden)
    ));
    app.core.open_round(&sec, round, now).await.unwrap();
    let mails = app.deliver_mail().await;
    assert!(!mails.is_empty());
    assert!(
        mails.iter().all(|m| m.subject.contains("Mapping 2027")),
        "{:?}",
        mails.iter().map(|m| &m.subject).collect::<Vec<_>>()
    );
    let entries = app.store().round_entries(round).await.unwrap();
    assert!(entries
        .iter()
        .all(|e| e.org.region == minga_domain::Region::Africa));
    // The deadline is 5 days away: reminders go out once, not again the same day.
    let sent = app.core.send_round_reminders(now).await.unwrap();
    assert!(sent > 0);
    assert_eq!(app.core.send_round_reminders(now).await.unwrap(), 0);
    let reminders = app.deliver_mail().await;
    assert!(reminders.iter().any(|m| m.subject.contains("Mapping 2027")));
}
