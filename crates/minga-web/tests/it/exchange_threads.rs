//! Exchanges people can follow (issue 11): who asked and who answered, the
//! people of both sides, a thread between them with emails in each
//! reader's language, withdrawal, one set of status words, past outcomes
//! among matching's reasons, the Secretariat's list, and a refused request
//! shown again on the page it came from.

use minga_domain::{Locale, Org, Role, User};
use minga_i18n::I18n;
use minga_testkit::{Client, TestApp};

const SEEKER: &str = "orgadmin@demo.minga.test";

/// An exchange asked by the demo coalition of the best match for one of its
/// needs, through the page, with the helper's admin at hand.
struct Asked {
    seeker_admin: User,
    seeker_org: Org,
    seeker: Client,
    helper: Org,
    helper_admin: User,
    item: String,
    path: String,
}

async fn helper_and_item(app: &TestApp) -> (User, Org, Org, User, String) {
    let seeker_admin = app.user(SEEKER).await;
    let needs = app.core.matches_for(seeker_admin.org_id, 3).await.unwrap();
    let need = needs
        .iter()
        .find(|n| !n.matches.is_empty())
        .expect("a need with matches");
    let helper = need.matches[0].0.clone();
    let helper_admin = app
        .store()
        .users_with_role_in(&[helper.id], Role::OrgAdmin)
        .await
        .unwrap()
        .into_iter()
        .next()
        .expect("the helper has an admin");
    let seeker_org = app.store().org_by_id(seeker_admin.org_id).await.unwrap();
    (
        seeker_admin,
        seeker_org,
        helper,
        helper_admin,
        need.need.item.to_string(),
    )
}

async fn ask(app: &TestApp, message: &str) -> Asked {
    let (seeker_admin, seeker_org, helper, helper_admin, item) = helper_and_item(app).await;
    let mut seeker = app.signed_in(SEEKER).await;
    let r = seeker
        .post(
            "/capacity/exchanges",
            &[
                ("helper", &helper.id.to_string()),
                ("item", &item),
                ("message", message),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let path = r.location.unwrap().split('?').next().unwrap().to_string();
    Asked {
        seeker_admin,
        seeker_org,
        seeker,
        helper,
        helper_admin,
        item,
        path,
    }
}

/// A person of another member organisation than the two sides, made an admin
/// there, to sign in as.
async fn outsider(app: &TestApp, a: &Asked) -> User {
    let orgs = app
        .store()
        .all_orgs_matching(&minga_domain::OrgFilter::default())
        .await
        .unwrap();
    for o in orgs {
        if o.id == a.seeker_org.id || o.id == a.helper.id {
            continue;
        }
        if let Some(u) = app
            .store()
            .users_with_role_in(&[o.id], Role::OrgAdmin)
            .await
            .unwrap()
            .into_iter()
            .next()
        {
            if u.role != Role::Secretariat {
                return u;
            }
        }
    }
    panic!("no third organisation with an admin");
}

async fn set_locale(app: &TestApp, u: &User, l: Locale) {
    assert_eq!(
        app.sql(&format!(
            "UPDATE users SET locale = '{}' WHERE id = '{}'",
            l.code(),
            u.id
        ))
        .await,
        1
    );
}

#[tokio::test]
async fn the_page_names_who_asked_and_who_answered_with_contacts_for_the_two_sides_only() {
    let app = TestApp::with_demo(20).await;
    let mut a = ask(&app, "Could you share your campaign toolkit?").await;
    let page = a.seeker.get(&a.path).await;
    assert_eq!(page.status, 200);
    // Who asked: the person and the organisation.
    assert!(page.contains("Asked by"));
    assert!(
        page.contains(&a.seeker_admin.name),
        "the requester is named"
    );
    assert!(!page.contains("Answered by"), "nobody has answered yet");
    // The people taking part, with their emails: the requester and the
    // helper's admins.
    assert!(page.contains("People taking part"));
    assert!(page.contains(&format!("mailto:{}", a.seeker_admin.email)));
    assert!(page.contains(&format!("mailto:{}", a.helper_admin.email)));

    let mut h = app.signed_in(a.helper_admin.email.as_str()).await;
    let r = h
        .post_multipart(&a.path, &[("step", "accept"), ("text", "Gladly.")])
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let page = a.seeker.get(&a.path).await;
    let answered = page.body.split("Answered by").nth(1).expect("answered by");
    assert!(answered.contains(&a.helper_admin.name));
    assert!(answered.contains(&a.helper.name));

    // The Secretariat sees the contacts too; another member organisation and
    // a partner see nothing of the exchange.
    let sec = app
        .signed_in("secretariat@demo.minga.test")
        .await
        .get(&a.path)
        .await;
    assert_eq!(sec.status, 200);
    assert!(sec.contains(&format!("mailto:{}", a.helper_admin.email)));
    let other = outsider(&app, &a).await;
    let seen = app.signed_in(other.email.as_str()).await.get(&a.path).await;
    assert_eq!(seen.status, 404);
    assert!(!seen.contains(a.helper_admin.email.as_str()));
    let partner = app
        .signed_in("partner@demo.minga.test")
        .await
        .get(&a.path)
        .await;
    assert_eq!(partner.status, 404);
}

#[tokio::test]
async fn the_two_sides_write_to_each_other_and_are_emailed_in_their_language() {
    let app = TestApp::with_demo(20).await;
    let (_, _, _, helper_admin, _) = helper_and_item(&app).await;
    // The helper's admin reads in French; the coalition's in English.
    set_locale(&app, &helper_admin, Locale::Fr).await;
    let mut a = ask(&app, "Could you share your campaign toolkit?").await;
    app.deliver_mail().await;

    let first =
        "Here is **our plan** <script>alert(1)</script> for the [toolkit](https://example.org/t).";
    let r = a
        .seeker
        .post(&format!("{}/messages", a.path), &[("body", first)])
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert!(r.location.as_deref().unwrap().contains("#m-"));
    let mail = app.deliver_mail().await;
    let to_helper: Vec<_> = mail
        .iter()
        .filter(|m| m.to == helper_admin.email.as_str())
        .collect();
    assert_eq!(to_helper.len(), 1, "{mail:?}");
    // In French, naming the coalition, with the message and a link back.
    let fr_subject = &to_helper[0].subject;
    assert!(fr_subject.contains("vous a écrit"), "{fr_subject}");
    assert!(fr_subject.contains(&a.seeker_org.name));
    assert!(to_helper[0].text.contains("our plan"));
    assert!(to_helper[0].link(&a.path).is_some());
    // The writer is not emailed their own message; nobody outside the helper is.
    assert!(mail.iter().all(|m| m.to != a.seeker_admin.email.as_str()));

    let mut h = app.signed_in(helper_admin.email.as_str()).await;
    let second = "Merci ! On se parle mardi.";
    let r = h
        .post(&format!("{}/messages", a.path), &[("body", second)])
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let mail = app.deliver_mail().await;
    let to_seeker: Vec<_> = mail
        .iter()
        .filter(|m| m.to == a.seeker_admin.email.as_str())
        .collect();
    assert_eq!(to_seeker.len(), 1, "{mail:?}");
    assert!(to_seeker[0].subject.contains("wrote about the exchange"));
    assert!(to_seeker[0].text.contains(second));

    // The thread: oldest first, author and organisation, Markdown rendered
    // safely, each body isolated from the page's direction.
    let page = a.seeker.get(&a.path).await;
    let thread = page
        .body
        .split("<ol class=\"thread\">")
        .nth(1)
        .expect("a thread");
    let (p1, p2) = (
        thread.find("our plan").unwrap(),
        thread.find("On se parle").unwrap(),
    );
    assert!(p1 < p2, "oldest first");
    assert!(thread.contains("<strong>our plan</strong>"));
    assert!(!thread.contains("<script>"));
    assert!(thread.contains("rel=\"noopener noreferrer nofollow ugc\""));
    assert!(thread.contains("<div class=\"prose\" dir=\"auto\">"));
    assert!(thread.contains(&a.seeker_admin.name) && thread.contains(&helper_admin.name));
    assert!(thread.contains(&a.helper.name));
    assert!(thread.contains("<time datetime=\""));

    // The Secretariat writes too, and both sides hear of it.
    let mut sec = app.signed_in("secretariat@demo.minga.test").await;
    let r = sec
        .post(
            &format!("{}/messages", a.path),
            &[("body", "The Secretariat can join a call if useful.")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let mail = app.deliver_mail().await;
    assert!(mail.iter().any(|m| m.to == a.seeker_admin.email.as_str()));
    assert!(mail
        .iter()
        .any(|m| m.to == helper_admin.email.as_str() && m.text.contains("Secretariat can join")));

    // Nobody else may write (nor learn that the exchange exists).
    let other = outsider(&app, &a).await;
    let mut o = app.signed_in(other.email.as_str()).await;
    let r = o
        .post(&format!("{}/messages", a.path), &[("body", "Hello?")])
        .await;
    assert_eq!(r.status, 404);
    let mut p = app.signed_in("partner@demo.minga.test").await;
    assert_eq!(
        p.post(&format!("{}/messages", a.path), &[("body", "Hello?")])
            .await
            .status,
        404
    );
    assert!(!a.seeker.get(&a.path).await.contains("Hello?"));
    assert!(app.deliver_mail().await.is_empty());
}

#[tokio::test]
async fn an_empty_or_overlong_message_is_refused_with_the_text_kept() {
    let app = TestApp::with_demo(20).await;
    let mut a = ask(&app, "Could you share your campaign toolkit?").await;
    let empty = a
        .seeker
        .post(&format!("{}/messages", a.path), &[("body", "  \n ")])
        .await;
    assert_eq!(empty.status, 422);
    let required = I18n::global().t(Locale::En, "error-required");
    assert!(empty.contains(&required), "{}", empty.body);
    assert!(empty.contains("id=\"e-body\""));
    assert!(
        empty.contains("href=\"#f-body\""),
        "the summary links to it"
    );
    let long = format!("Keep these words. {}", "x".repeat(5_000));
    let r = a
        .seeker
        .post(&format!("{}/messages", a.path), &[("body", &long)])
        .await;
    assert_eq!(r.status, 422);
    assert!(r.contains(&I18n::global().t(Locale::En, "error-too-long")));
    assert!(r.contains(&long), "what was typed is kept");
    // In Arabic, the error is Arabic.
    set_locale(&app, &a.seeker_admin, Locale::Ar).await;
    let mut ar = app.signed_in(SEEKER).await;
    let r = ar
        .post(&format!("{}/messages", a.path), &[("body", "")])
        .await;
    assert_eq!(r.status, 422);
    assert!(r.contains(&I18n::global().t(Locale::Ar, "error-required")));
    // Nothing was stored, nobody was emailed about it.
    assert!(!a
        .seeker
        .get(&a.path)
        .await
        .contains("<ol class=\"thread\">"));
    let mail = app.deliver_mail().await;
    assert!(mail.iter().all(|m| !m.subject.contains("wrote")));
}

#[tokio::test]
async fn the_helpers_email_about_a_request_carries_its_message() {
    let app = TestApp::with_demo(20).await;
    let a = ask(&app, "We run radio campaigns and would love your advice.").await;
    let mail = app.deliver_mail().await;
    let m = mail
        .iter()
        .find(|m| m.to == a.helper_admin.email.as_str())
        .expect("the helper's admin is told");
    assert!(m
        .text
        .contains("We run radio campaigns and would love your advice."));
    assert!(m.link(&a.path).is_some());
    assert!(m
        .text
        .contains(&I18n::global().t(a.helper_admin.locale, "exchange-status-requested")));
}

#[tokio::test]
async fn the_requester_withdraws_after_confirming_and_the_helper_is_told() {
    let app = TestApp::with_demo(20).await;
    let mut a = ask(&app, "Could you share your campaign toolkit?").await;
    app.deliver_mail().await;
    let page = a.seeker.get(&a.path).await;
    assert!(page.contains("<details class=\"confirm\"><summary>Withdraw the request…</summary>"));
    assert!(page.contains("name=\"step\" value=\"withdraw\" class=\"danger\""));
    // The helper is offered no withdrawal and may not withdraw.
    let mut h = app.signed_in(a.helper_admin.email.as_str()).await;
    assert!(!h.get(&a.path).await.contains("value=\"withdraw\""));
    assert_eq!(
        h.post_multipart(&a.path, &[("step", "withdraw"), ("text", "")])
            .await
            .status,
        403
    );
    let r = a
        .seeker
        .post_multipart(&a.path, &[("step", "withdraw"), ("text", "")])
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let page = a.seeker.get(&a.path).await;
    let withdrawn = I18n::global().t(Locale::En, "exchange-status-withdrawn");
    assert!(page.contains(&format!("<span class=\"tag\">{withdrawn}</span>")));
    assert!(!page.contains("value=\"withdraw\""));
    let mail = app.deliver_mail().await;
    let m = mail
        .iter()
        .find(|m| m.to == a.helper_admin.email.as_str())
        .expect("the helper is told");
    let l = a.helper_admin.locale;
    assert!(m
        .subject
        .contains(&I18n::global().t(l, "exchange-status-withdrawn")));
    assert!(m.link(&a.path).is_some());
    // It can no longer be answered, nor withdrawn twice.
    assert_eq!(
        h.post_multipart(&a.path, &[("step", "accept"), ("text", "")])
            .await
            .status,
        403
    );
    assert_eq!(
        a.seeker
            .post_multipart(&a.path, &[("step", "withdraw"), ("text", "")])
            .await
            .status,
        403
    );
    // A withdrawn request is closed: the same helper may be asked again.
    let again = a
        .seeker
        .post(
            "/capacity/exchanges",
            &[
                ("helper", &a.helper.id.to_string()),
                ("item", &a.item),
                ("message", "Let us try again later this year."),
            ],
        )
        .await;
    assert_eq!(again.status, 303, "{}", again.body);
}

#[tokio::test]
async fn status_words_are_the_same_in_pages_and_emails() {
    let app = TestApp::with_demo(20).await;
    let (seeker_admin, ..) = helper_and_item(&app).await;
    // The coalition reads Portuguese: its page and its email say the same word.
    set_locale(&app, &seeker_admin, Locale::Pt).await;
    let a = ask(&app, "Could you share your campaign toolkit?").await;
    app.deliver_mail().await;
    let mut h = app.signed_in(a.helper_admin.email.as_str()).await;
    assert_eq!(
        h.post_multipart(&a.path, &[("step", "accept"), ("text", "Sim.")])
            .await
            .status,
        303
    );
    let agreed_pt = I18n::global().t(Locale::Pt, "exchange-status-agreed");
    let mail = app.deliver_mail().await;
    let m = mail
        .iter()
        .find(|m| m.to == seeker_admin.email.as_str())
        .expect("the coalition is told");
    assert!(m.subject.contains(&agreed_pt), "{}", m.subject);
    assert!(m.text.contains(&agreed_pt));
    let mut pt = app.signed_in(SEEKER).await;
    let page = pt.get(&a.path).await;
    assert!(page.contains(&format!("<span class=\"tag\">{agreed_pt}</span>")));
    let list = pt.get("/capacity/exchanges").await;
    assert!(list.contains(&format!("<span class=\"tag\">{agreed_pt}</span>")));
    // Every email about a step names the status it reached with the
    // page's word for it, in every language.
    let i18n = I18n::global();
    for l in Locale::ALL {
        for st in minga_domain::exchange::ExchangeStatus::ALL {
            let word = i18n.t(l, st.label_key());
            let args = [("status", minga_i18n::s(word.clone()))];
            let body = i18n.ta(l, &format!("{}-body", st.email_key()), &args);
            assert!(body.contains(&word), "{l:?} {st:?}: {body}");
            if st != minga_domain::exchange::ExchangeStatus::Requested {
                let subject = i18n.ta(l, &format!("{}-subject", st.email_key()), &args);
                assert!(subject.contains(&word), "{l:?} {st:?}: {subject}");
            }
        }
    }
}

#[tokio::test]
async fn matches_state_how_past_exchanges_on_the_need_ended() {
    let app = TestApp::with_demo(20).await;
    let (seeker_admin, _, helper, helper_admin, item) = helper_and_item(&app).await;
    let helper_id = helper.id;
    // Two exchanges completed on this need (one written up by the
    // coalition), then one declined.
    for learnt in [true, false] {
        let id = app
            .core
            .request_exchange(&seeker_admin, helper_id, &item, "Again, please?")
            .await
            .unwrap();
        use minga_domain::exchange::Step;
        app.core
            .exchange_step(&helper_admin, id, Step::Accept, "")
            .await
            .unwrap();
        app.core
            .exchange_step(&helper_admin, id, Step::Complete, "Done.")
            .await
            .unwrap();
        if learnt {
            app.core
                .record_outcome(&seeker_admin, id, "We learnt a lot.")
                .await
                .unwrap();
        }
    }
    let id = app
        .core
        .request_exchange(&seeker_admin, helper_id, &item, "Once more?")
        .await
        .unwrap();
    app.core
        .exchange_step(
            &helper_admin,
            id,
            minga_domain::exchange::Step::Decline,
            "Not now.",
        )
        .await
        .unwrap();
    let counts = app.store().exchange_counts().await.unwrap();
    let record = counts.on_item[&(
        helper_id,
        minga_domain::capacity::ItemCode::parse(&item).unwrap(),
    )];
    assert_eq!(
        (record.completed, record.learnt, record.declined),
        (2, 1, 1)
    );

    let mut c = app.signed_in(SEEKER).await;
    let page = c.get("/capacity/matches").await;
    assert!(
        page.contains("Completed 2 peer exchanges on this capacity."),
        "{}",
        page.body
    );
    assert!(page.contains("In 1 of them, the organisation helped wrote down what it learnt."));
    assert!(page.contains("Declined 1 request on this capacity."));
}

#[tokio::test]
async fn open_requests_come_in_one_read_and_only_the_askers_open_ones() {
    let app = TestApp::with_demo(20).await;
    let a = ask(&app, "Could you share your campaign toolkit?").await;
    let mine = app.core.open_requests(&a.seeker_admin).await.unwrap();
    assert_eq!(mine.len(), 1);
    assert_eq!(mine[0].helper, a.helper.id);
    assert_eq!(mine[0].item.as_str(), a.item);
    // The helper has none of its own: being asked is not asking.
    assert!(app
        .core
        .open_requests(&a.helper_admin)
        .await
        .unwrap()
        .is_empty());
    // Once withdrawn, it is no longer open, and the matches offer a request again.
    let id: minga_domain::ExchangeId = a.path.rsplit('/').next().unwrap().parse().unwrap();
    app.core
        .exchange_step(
            &a.seeker_admin,
            id,
            minga_domain::exchange::Step::Withdraw,
            "",
        )
        .await
        .unwrap();
    assert!(app
        .core
        .open_requests(&a.seeker_admin)
        .await
        .unwrap()
        .is_empty());
    let mut c = app.signed_in(SEEKER).await;
    let page = c.get("/capacity/matches").await;
    assert!(page.contains(&format!("id=\"msg-{}-{}\"", a.item, a.helper.id)));
}

#[tokio::test]
async fn the_secretariat_lists_every_exchange_with_filters_a_page_at_a_time() {
    let app = TestApp::with_demo(20).await;
    let mut a = ask(&app, "Could you share your campaign toolkit?").await;
    // 31 more exchanges between the same two organisations on another
    // status, written straight to the table, so the list needs two pages.
    for i in 0..31 {
        let id = minga_domain::ExchangeId::new();
        app.sql(&format!(
            "INSERT INTO peer_exchanges (id, item, seeker_org, helper_org, status, message, created_at, updated_at) \
             VALUES ('{id}', 'teachers', '{}', '{}', 'completed', 'old {i}', {i}, {i})",
            a.seeker_org.id, a.helper.id
        ))
        .await;
    }
    let mut sec = app.signed_in("secretariat@demo.minga.test").await;
    let all = sec.get("/capacity/exchanges").await;
    assert_eq!(all.status, 200);
    assert!(all.contains("32 exchanges"), "{}", all.body);
    assert!(all.contains("rel=\"next\""));
    assert!(all.contains(&a.path), "newest first, on the first page");
    let second = sec.get("/capacity/exchanges?page=2").await;
    assert_eq!(second.status, 200);
    assert!(second.contains("rel=\"prev\""));
    assert!(!second.contains(&a.path));
    // Filters: status, capacity, region or group of either side.
    let requested = sec.get("/capacity/exchanges?status=requested").await;
    assert!(requested.contains("1 exchange<"));
    assert!(requested.contains(&a.path));
    assert!(requested.contains("<option value=\"requested\" selected>"));
    let teachers = sec
        .get("/capacity/exchanges?item=teachers&status=completed")
        .await;
    assert!(teachers.contains("31 exchanges"));
    assert!(
        teachers.contains("status=completed&amp;item=teachers&amp;page=2")
            || teachers.contains("item=teachers")
    );
    let region = a.helper.region.code();
    let by_region = sec
        .get(&format!("/capacity/exchanges?region={region}"))
        .await;
    assert!(by_region.contains("32 exchanges"));
    let other_region = minga_domain::Region::ALL
        .into_iter()
        .find(|r| *r != a.helper.region && *r != a.seeker_org.region)
        .unwrap();
    let none = sec
        .get(&format!(
            "/capacity/exchanges?region={}",
            other_region.code()
        ))
        .await;
    assert!(none.contains("No exchange matches these filters."));
    let group = a.seeker_org.group.code();
    assert!(sec
        .get(&format!("/capacity/exchanges?group={group}"))
        .await
        .contains("32 exchanges"));
    // Nonsense is ignored, not an error.
    assert_eq!(
        sec.get("/capacity/exchanges?status=%00&page=-3&item=nope")
            .await
            .status,
        200
    );
    // A member sees only its own organisation's exchanges, without filters.
    let own = a.seeker.get("/capacity/exchanges").await;
    assert!(!own.contains("name=\"status\""));
    let other = outsider(&app, &a).await;
    let theirs = app
        .signed_in(other.email.as_str())
        .await
        .get("/capacity/exchanges")
        .await;
    assert!(!theirs.contains(&a.path));
    // The core refuses the network's list to anyone but the Secretariat.
    assert!(matches!(
        app.core
            .network_exchanges(
                &a.seeker_admin,
                &minga_domain::exchange::ExchangeFilter::default(),
                1
            )
            .await,
        Err(minga_core::CoreError::Forbidden)
    ));
}

#[tokio::test]
async fn a_request_refused_on_an_organisation_page_is_shown_there_again_with_its_message() {
    let app = TestApp::with_demo(20).await;
    let (_, _, helper, _, item) = helper_and_item(&app).await;
    let mut c = app.signed_in(SEEKER).await;
    let org_path = format!("/orgs/{}", helper.slug);
    let page = c.get(&org_path).await;
    assert!(
        page.contains(&format!("id=\"msg-{item}\"")),
        "the organisation's page offers a request for this need"
    );
    assert!(page.contains(&format!("name=\"from_org\" value=\"{}\"", helper.slug)));
    let fields = |message: &'static str| {
        vec![
            ("helper", helper.id.to_string()),
            ("item", item.clone()),
            ("message", message.to_string()),
            ("from_org", helper.slug.to_string()),
        ]
    };
    let send = async |c: &mut Client, message: &'static str| {
        let f = fields(message);
        let f: Vec<(&str, &str)> = f.iter().map(|(k, v)| (*k, v.as_str())).collect();
        c.post("/capacity/exchanges", &f).await
    };
    // A first request goes through; a second, the same, is refused: the
    // organisation's page comes back, not the matches, with the message kept.
    assert_eq!(send(&mut c, "First request.").await.status, 303);
    let refused = send(&mut c, "Please keep these words.").await;
    assert_eq!(refused.status, 422);
    assert!(refused.contains("Please keep these words."));
    assert!(refused.contains("You already have an open exchange"));
    assert!(refused.contains(&format!("name=\"from_org\" value=\"{}\"", helper.slug)));
    assert!(refused.contains("<details open>"));
    assert!(refused.contains(&format!("href=\"#msg-{item}\"")));
    assert!(!refused.contains(&I18n::global().t(Locale::En, "matches-intro")));
    // Without the page's field, the matches page comes back as before.
    let from_matches = c
        .post(
            "/capacity/exchanges",
            &[
                ("helper", &helper.id.to_string()),
                ("item", &item),
                ("message", "From the matches."),
            ],
        )
        .await;
    assert_eq!(from_matches.status, 422);
    assert!(from_matches.contains(&I18n::global().t(Locale::En, "matches-intro")));
    assert!(from_matches.contains("From the matches."));
}

#[tokio::test]
async fn a_member_who_asked_hears_of_each_step_not_only_the_admins() {
    let app = TestApp::with_demo(20).await;
    let (seeker_admin, _, helper, helper_admin, item) = helper_and_item(&app).await;
    let member = app.user("member@demo.minga.test").await;
    assert_eq!(
        member.org_id, seeker_admin.org_id,
        "the demo member is of the coalition"
    );
    assert_eq!(member.role, Role::Member);
    let mut m = app.signed_in(member.email.as_str()).await;
    let r = m
        .post(
            "/capacity/exchanges",
            &[
                ("helper", &helper.id.to_string()),
                ("item", &item),
                ("message", "Asked by a member."),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let path = r.location.unwrap().split('?').next().unwrap().to_string();
    // The page names the member as the one who asked, with the email.
    let page = m.get(&path).await;
    let asked = page.body.split("Asked by").nth(1).unwrap();
    assert!(asked.contains(&member.name));
    assert!(page.contains(&format!("mailto:{}", member.email)));
    app.deliver_mail().await;
    let mut h = app.signed_in(helper_admin.email.as_str()).await;
    assert_eq!(
        h.post_multipart(&path, &[("step", "decline"), ("text", "Not this time.")])
            .await
            .status,
        303
    );
    let mail = app.deliver_mail().await;
    let declined = I18n::global().t(member.locale, "exchange-status-declined");
    assert!(
        mail.iter()
            .any(|x| x.to == member.email.as_str() && x.subject.contains(&declined)),
        "{mail:?}"
    );
    assert!(mail.iter().any(|x| x.to == seeker_admin.email.as_str()));
    assert!(mail.iter().all(|x| x.to != helper_admin.email.as_str()));
}

#[tokio::test]
async fn a_flood_of_messages_is_slowed_down_with_the_text_kept() {
    let app = TestApp::with_demo(20).await;
    let mut a = ask(&app, "Could you share your campaign toolkit?").await;
    let key = minga_core::exchanges::thread_limit_key(a.seeker_admin.id);
    for _ in 0..minga_core::exchanges::THREAD_MESSAGES_PER_HOUR {
        app.store().rate_limit_hit(&key, 3_600_000).await.unwrap();
    }
    app.deliver_mail().await;
    let r = a
        .seeker
        .post(
            &format!("{}/messages", a.path),
            &[("body", "One message too many.")],
        )
        .await;
    assert_eq!(r.status, 429);
    assert!(
        r.contains("One message too many."),
        "what was typed is kept"
    );
    assert!(app.deliver_mail().await.is_empty());
    // Another person of the same side is not held back.
    let mut m = app.signed_in("member@demo.minga.test").await;
    assert_eq!(
        m.post(
            &format!("{}/messages", a.path),
            &[("body", "From a colleague.")]
        )
        .await
        .status,
        303
    );
}
