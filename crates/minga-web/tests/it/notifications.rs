//! Notifications (issue 12): recorded with the event that causes them
//! (exchanges here; discussions and events call the same API), counted in
//! the navigation of every page, listed newest first a page at a time,
//! opened and marked read, rendered in the reader's language when read,
//! and emailed as each person chose: at once, in a daily digest, or not.

use minga_core::notifications::Notify;
use minga_domain::notification::{Delivery, NotificationKind, Param, Params};
use minga_domain::{Org, Role, User};
use minga_testkit::{Client, TestApp};

const SEEKER: &str = "orgadmin@demo.minga.test";

struct Asked {
    seeker_admin: User,
    seeker: Client,
    helper: Org,
    helper_admin: User,
    path: String,
}

async fn helper_of(app: &TestApp) -> (User, Org, User, String) {
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
    // The demo's people read in several languages: this one in English
    // unless a test says otherwise.
    app.sql(&format!(
        "UPDATE users SET locale = 'en' WHERE id = '{}'",
        helper_admin.id
    ))
    .await;
    // The demo told every organisation's admins of its consultations:
    // those notifications are not this test's, which counts its own.
    app.sql(&format!(
        "DELETE FROM notifications WHERE user_id = '{}'",
        helper_admin.id
    ))
    .await;
    let helper_admin = app.user(helper_admin.email.as_str()).await;
    (
        seeker_admin,
        helper,
        helper_admin,
        need.need.item.to_string(),
    )
}

async fn ask(app: &TestApp) -> Asked {
    let (seeker_admin, helper, helper_admin, item) = helper_of(app).await;
    let mut seeker = app.signed_in(SEEKER).await;
    let r = seeker
        .post(
            "/capacity/exchanges",
            &[
                ("helper", &helper.id.to_string()),
                ("item", &item),
                ("message", "Could you share your campaign toolkit?"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let path = r.location.unwrap().split('?').next().unwrap().to_string();
    Asked {
        seeker_admin,
        seeker,
        helper,
        helper_admin,
        path,
    }
}

/// The ids of the notifications a page links to, in order.
fn ids_on(body: &str) -> Vec<String> {
    body.split("href=\"/notifications/")
        .skip(1)
        .filter_map(|rest| rest.get(..36))
        .filter(|id| id.chars().all(|c| c.is_ascii_hexdigit() || c == '-'))
        .map(str::to_string)
        .collect()
}

async fn set_delivery(c: &mut Client, kind: NotificationKind, d: Delivery) {
    let r = c
        .post("/account/notifications", &[(kind.code(), d.code())])
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
}

#[tokio::test]
async fn an_exchange_request_notifies_the_helpers_admins_and_not_the_one_who_asked() {
    let app = TestApp::with_demo(20).await;
    let mut a = ask(&app).await;
    let mut h = app.signed_in(a.helper_admin.email.as_str()).await;
    // Every page's navigation counts it.
    let home = h.get("/").await;
    assert!(home.contains("1 unread notification<"), "{}", home.body);
    let list = h.get("/notifications").await;
    assert_eq!(list.status, 200);
    assert!(list.contains("asks for your support with"), "{}", list.body);
    // The asking organisation's name, isolated from the sentence's direction.
    assert!(list.contains(&format!(
        "\u{2068}{}\u{2069}",
        a.seeker_admin_org(&app).await
    )));
    assert_eq!(ids_on(&list.body).len(), 1);
    // The one who asked is not notified of their own request (the demo
    // left them the open round's notifications and its practices' reviews).
    let own = a.seeker.get("/notifications").await;
    assert!(!own.contains("asks for your support"), "{}", own.body);
    assert!(own.contains("New mapping round"), "{}", own.body);
    let nav = a.seeker.get("/").await;
    let unread = ids_on(&own.body).len();
    assert!(unread >= 2);
    assert!(
        nav.contains(&format!("{unread} unread notifications<")),
        "{}",
        nav.body
    );
    a.seeker.post("/notifications/read", &[]).await;
    let nav = a.seeker.get("/").await;
    assert!(nav.contains(">Notifications</a>"), "{}", nav.body);
    assert!(!nav.contains("unread notification"));
    // The email they got already is that notification's "Immediately" email.
    let mail = app.deliver_mail().await;
    assert!(
        mail.iter().any(|m| m.to == a.helper_admin.email.as_str()),
        "{mail:?}"
    );
    let _ = a.helper.id;
}

impl Asked {
    async fn seeker_admin_org(&self, app: &TestApp) -> String {
        app.store()
            .org_by_id(self.seeker_admin.org_id)
            .await
            .unwrap()
            .name
    }
}

#[tokio::test]
async fn opening_a_notification_marks_it_read_and_goes_to_its_subject() {
    let app = TestApp::with_demo(20).await;
    let a = ask(&app).await;
    let mut h = app.signed_in(a.helper_admin.email.as_str()).await;
    let list = h.get("/notifications").await;
    let id = ids_on(&list.body).remove(0);
    assert!(list.contains("Unread"));
    // Another person cannot open (or learn anything of) it.
    let mut other = app.signed_in("member@demo.minga.test").await;
    assert_eq!(other.get(&format!("/notifications/{id}")).await.status, 404);
    assert_eq!(
        other
            .post(&format!("/notifications/{id}/read"), &[])
            .await
            .status,
        404
    );
    assert_eq!(other.get("/notifications/not-an-id").await.status, 404);

    let r = h.get(&format!("/notifications/{id}")).await;
    assert_eq!(r.status, 303);
    assert_eq!(r.location.as_deref(), Some(a.path.as_str()));
    let home = h.get("/").await;
    assert!(!home.contains("unread notification"), "{}", home.body);
    let list = h.get("/notifications").await;
    assert!(!list.contains("Mark as read"));
    assert!(!list.contains("Mark all as read"));
    assert_eq!(ids_on(&list.body), vec![id]);
}

#[tokio::test]
async fn mark_as_read_one_and_all_with_the_token_only() {
    let app = TestApp::with_demo(20).await;
    let a = ask(&app).await;
    let h_user = a.helper_admin.clone();
    let mut h = app.signed_in(h_user.email.as_str()).await;
    // A second notification: the seeker writes in the thread.
    let mut s = a.seeker;
    let r = s
        .post(&format!("{}/messages", a.path), &[("body", "Any news?")])
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let list = h.get("/notifications").await;
    assert!(list.contains("2 unread notifications<"), "{}", list.body);
    let ids = ids_on(&list.body);
    assert_eq!(ids.len(), 2);
    // Newest first: the message, linking to its place in the thread.
    assert!(
        list.body.find("wrote about the exchange").unwrap()
            < list.body.find("asks for your support").unwrap()
    );
    // Without the token nothing changes.
    let r = h
        .post_raw(&format!("/notifications/{}/read", ids[0]), &[])
        .await;
    assert_eq!(r.status, 403);
    let r = h
        .post(&format!("/notifications/{}/read", ids[0]), &[])
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(r.location.as_deref(), Some("/notifications"));
    let list = h.get("/notifications").await;
    assert!(list.contains("1 unread notification<"), "{}", list.body);
    let r = h.post("/notifications/read", &[]).await;
    assert_eq!(r.status, 303);
    let list = h.get("/notifications").await;
    assert!(!list.contains("unread notification"), "{}", list.body);
    // Opening the message's notification goes to the message itself.
    let r = h.get(&format!("/notifications/{}", ids[0])).await;
    assert!(r.location.unwrap().contains("#m-"));
}

#[tokio::test]
async fn the_sentence_follows_the_readers_language_when_read() {
    let app = TestApp::with_demo(20).await;
    let a = ask(&app).await;
    let mut h = app.signed_in(a.helper_admin.email.as_str()).await;
    let en = h.get("/notifications").await;
    assert!(en.contains("asks for your support with"));
    // The reader changes language after it arrived: it reads in Spanish.
    let r = h
        .post("/lang", &[("lang", "es"), ("next", "/notifications")])
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let es = h.get("/notifications").await;
    assert!(es.contains("pide su apoyo en"), "{}", es.body);
    assert!(es.contains("Marcar como leída"));
    let r = h
        .post("/lang", &[("lang", "ar"), ("next", "/notifications")])
        .await;
    assert_eq!(r.status, 303);
    let ar = h.get("/notifications").await;
    assert!(ar.contains("dir=\"rtl\""));
    assert!(ar.contains("تطلب"), "{}", ar.body);
}

#[tokio::test]
async fn each_person_chooses_how_each_kind_is_emailed() {
    let app = TestApp::with_demo(20).await;
    let (_, _, helper_admin, _) = helper_of(&app).await;
    let mut h = app.signed_in(helper_admin.email.as_str()).await;
    // The defaults: replies at once, new topics in the digest.
    let page = h.get("/account/notifications").await;
    assert_eq!(page.status, 200);
    assert!(
        page.contains("name=\"reply\" value=\"immediately\" checked"),
        "{}",
        page.body
    );
    assert!(page.contains("name=\"new_topic\" value=\"daily\" checked"));
    assert!(h.get("/account").await.contains("/account/notifications"));
    // Exchanges off: the request is in the app but no email comes.
    set_delivery(&mut h, NotificationKind::Exchange, Delivery::Off).await;
    let page = h.get("/account/notifications").await;
    assert!(page.contains("name=\"exchange\" value=\"off\" checked"));
    assert!(page.contains("name=\"reply\" value=\"immediately\" checked"));
    app.deliver_mail().await;
    let a = ask(&app).await;
    let mail = app.deliver_mail().await;
    assert!(
        mail.iter().all(|m| m.to != a.helper_admin.email.as_str()),
        "{mail:?}"
    );
    assert_eq!(ids_on(&h.get("/notifications").await.body).len(), 1);
    // Nor in a digest.
    assert_eq!(
        app.core
            .send_notification_digests(chrono::Utc::now())
            .await
            .unwrap(),
        0
    );
    // A value no button has changes nothing.
    let r = h
        .post("/account/notifications", &[("reply", "sometimes")])
        .await;
    assert_eq!(r.status, 303);
    assert!(h
        .get("/account/notifications")
        .await
        .contains("name=\"reply\" value=\"immediately\" checked"));
}

#[tokio::test]
async fn the_daily_digest_lists_what_is_unread_once_a_day_in_the_readers_language() {
    let app = TestApp::with_demo(20).await;
    let (_, _, helper_admin, _) = helper_of(&app).await;
    let mut h = app.signed_in(helper_admin.email.as_str()).await;
    set_delivery(&mut h, NotificationKind::Exchange, Delivery::DailyDigest).await;
    app.deliver_mail().await;
    let a = ask(&app).await;
    app.sql(&format!(
        "UPDATE users SET locale = 'fr' WHERE id = '{}'",
        helper_admin.id
    ))
    .await;
    let mut s = a.seeker;
    s.post(&format!("{}/messages", a.path), &[("body", "Any news?")])
        .await;
    // Nothing at once.
    let mail = app.deliver_mail().await;
    assert!(mail.iter().all(|m| m.to != helper_admin.email.as_str()));
    // The digest: one email, in French, listing both, each with its link.
    let now = chrono::Utc::now();
    assert_eq!(app.core.send_notification_digests(now).await.unwrap(), 1);
    let mail = app.deliver_mail().await;
    let digest: Vec<_> = mail
        .iter()
        .filter(|m| m.to == helper_admin.email.as_str())
        .collect();
    assert_eq!(digest.len(), 1, "{mail:?}");
    assert!(
        digest[0].subject.contains("2 notifications"),
        "{}",
        digest[0].subject
    );
    assert!(
        digest[0].subject.contains("depuis votre dernier résumé"),
        "{}",
        digest[0].subject
    );
    assert!(
        digest[0].text.contains("demande votre soutien"),
        "{}",
        digest[0].text
    );
    assert!(digest[0].text.contains("a écrit au sujet de l’échange"));
    assert_eq!(digest[0].text.matches("/notifications/").count(), 2);
    // Once a day: not again now, even with something new.
    let mut h2 = app.signed_in(helper_admin.email.as_str()).await;
    let r = h2
        .post(&format!("{}/messages", a.path), &[("body", "Soon.")])
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    s.post(&format!("{}/messages", a.path), &[("body", "Thanks!")])
        .await;
    assert_eq!(app.core.send_notification_digests(now).await.unwrap(), 0);
    // A day later, only what is new and unread.
    app.sql(&format!(
        "UPDATE notification_digests SET sent_at = sent_at - 86400000 WHERE user_id = '{}'",
        helper_admin.id
    ))
    .await;
    assert_eq!(
        app.core
            .send_notification_digests(chrono::Utc::now())
            .await
            .unwrap(),
        1
    );
    let mail = app.deliver_mail().await;
    let digest: Vec<_> = mail
        .iter()
        .filter(|m| m.to == helper_admin.email.as_str())
        .collect();
    assert_eq!(digest.len(), 1);
    assert!(
        digest[0].subject.contains("1 notification "),
        "{}",
        digest[0].subject
    );
    // What was read before its digest is not sent.
    h.post("/notifications/read", &[]).await;
    s.post(&format!("{}/messages", a.path), &[("body", "Still there?")])
        .await;
    h.post("/notifications/read", &[]).await;
    app.sql(&format!(
        "UPDATE notification_digests SET sent_at = sent_at - 86400000 WHERE user_id = '{}'",
        helper_admin.id
    ))
    .await;
    assert_eq!(
        app.core
            .send_notification_digests(chrono::Utc::now())
            .await
            .unwrap(),
        0
    );
}

fn params() -> Params {
    let mut p = Params::new();
    p.insert("topic".into(), Param::text("Budgets"));
    p.insert("community".into(), Param::text("Finance circle"));
    p
}

#[tokio::test]
async fn the_same_event_never_notifies_twice_and_never_the_actor() {
    let app = TestApp::with_demo(20).await;
    let (admin, _, member, _) = helper_of(&app).await;
    let n = Notify {
        kind: NotificationKind::Reply,
        recipients: &[member.id, admin.id, member.id],
        actor: Some(admin.id),
        community: None,
        link: "/orgs",
        params: params(),
        dedupe: "reply:1",
    };
    assert_eq!(app.core.notify(&n).await.unwrap(), 1);
    assert_eq!(app.core.notify(&n).await.unwrap(), 0);
    // One email, to the member (replies come at once by default).
    let mail = app.deliver_mail().await;
    assert_eq!(mail.len(), 1, "{mail:?}");
    assert_eq!(mail[0].to, member.email.as_str());
    assert!(
        mail[0]
            .subject
            .contains("replied to “Budgets” in Finance circle"),
        "{}",
        mail[0].subject
    );
    assert!(mail[0].text.contains("/orgs"));
    let mut m = app.signed_in(member.email.as_str()).await;
    let list = m.get("/notifications").await;
    assert_eq!(ids_on(&list.body).len(), 1);
    assert!(
        list.contains(&format!("\u{2068}{}\u{2069} replied", admin.name)),
        "{}",
        list.body
    );
    // The actor, who is among the recipients, is not notified.
    assert!(!app
        .signed_in(SEEKER)
        .await
        .get("/notifications")
        .await
        .contains("Budgets"));
    // A link out of the site is refused.
    let bad = Notify {
        link: "https://example.org/",
        dedupe: "reply:2",
        ..n.clone()
    };
    assert!(app.core.notify(&bad).await.is_err());
}

#[tokio::test]
async fn thirty_a_page_newest_first_with_a_link_to_older_ones() {
    let app = TestApp::with_demo(20).await;
    let (_, _, member, _) = helper_of(&app).await;
    for i in 0..31 {
        let mut p = params();
        p.insert("topic".into(), Param::text(format!("Topic number {i:02}")));
        app.core
            .notify(&Notify {
                kind: NotificationKind::NewTopic,
                recipients: &[member.id],
                actor: None,
                community: None,
                link: "/orgs",
                params: p,
                dedupe: &format!("topic:{i}"),
            })
            .await
            .unwrap();
    }
    let mut m = app.signed_in(member.email.as_str()).await;
    let first = m.get("/notifications").await;
    assert!(first.contains("31 unread notifications<"));
    // A full page stays small (30 notifications, each with its form),
    // far under the 50 KB budget even with the first visit's stylesheet.
    assert!(first.body.len() < 40_000, "{} bytes", first.body.len());
    let again = m.get("/notifications").await;
    eprintln!(
        "a page of 30 notifications: {} bytes (first visit), {} bytes after",
        first.body.len(),
        again.body.len()
    );
    assert_eq!(ids_on(&first.body).len(), 30);
    assert!(first.contains("Topic number 30"));
    assert!(!first.contains("Topic number 00"));
    let at = first
        .body
        .find("href=\"/notifications?before=")
        .expect("a link to older ones");
    let older = first.body[at + 6..at + 6 + "/notifications?before=".len() + 36].to_string();
    assert!(older.starts_with("/notifications?before="), "{older}");
    let second = m.get(&older).await;
    assert_eq!(second.status, 200);
    assert_eq!(ids_on(&second.body).len(), 1);
    assert!(second.contains("Topic number 00"));
    assert!(second.contains("Newest notifications"));
    assert!(!second.contains("rel=\"next\""));
    // Mark all from the second page comes back to it.
    let cursor = older.split('=').nth(1).unwrap();
    let r = m.post("/notifications/read", &[("before", cursor)]).await;
    assert_eq!(r.location.as_deref(), Some(older.as_str()));
    assert_eq!(m.get("/notifications?before=nonsense").await.status, 404);
    assert_eq!(
        app.signed_in(SEEKER)
            .await
            .get("/account/notifications")
            .await
            .status,
        200
    );
    assert_eq!(app.client().get("/notifications").await.status, 303);
    // Nobody has any notification yet: the page says so.
    app.sql("DELETE FROM notifications").await;
    let empty = m.get("/notifications").await;
    assert!(empty.contains("No notifications yet"), "{}", empty.body);
    assert!(!empty.contains("Mark all as read"));
}

#[tokio::test]
async fn what_happened_in_a_community_the_reader_left_is_neither_shown_counted_nor_emailed() {
    const ANA: &str = "ana@casa.test";
    let app = TestApp::with_demo(2).await;
    app.add_org(
        "casa",
        "Casa de Todos",
        "PE",
        &[(ANA, "Ana María Pérez", Role::Member)],
    )
    .await;
    let mut sec = app.signed_in("secretariat@demo.minga.test").await;
    let r = sec
        .post(
            "/communities/new",
            &[
                ("title", "Closed circle"),
                ("purpose", "We learn together."),
                ("visibility", "invite_only"),
                ("languages", "en"),
                ("items", "digital-advocacy"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let slug = r.location.unwrap()["/communities/".len()..]
        .split('?')
        .next()
        .unwrap()
        .to_string();
    let r = sec
        .post(
            &format!("/communities/{slug}/members/invite"),
            &[("email", ANA)],
        )
        .await;
    assert_eq!(r.status, 303);
    let mut ana = app.signed_in(ANA).await;
    assert_eq!(
        ana.post(&format!("/communities/{slug}/join"), &[])
            .await
            .status,
        303
    );
    // The invitation told her; read, it is out of the counts below.
    assert!(ana
        .get("/notifications")
        .await
        .contains("invited you to join"));
    ana.post("/notifications/read", &[]).await;
    let ana_user = app.user(ANA).await;
    let community = app.store().community_by_slug(&slug).await.unwrap();
    let link = format!("/communities/{slug}");
    let mut inside = params();
    inside.insert("topic".into(), Param::text("Secret strategy"));
    let n = app
        .core
        .notify(&Notify {
            kind: NotificationKind::NewTopic,
            recipients: &[ana_user.id],
            actor: None,
            community: Some(community.id),
            link: &link,
            params: inside.clone(),
            dedupe: "topic:secret",
        })
        .await
        .unwrap();
    assert_eq!(n, 1);
    let mut outside = params();
    outside.insert("title".into(), Param::text("Open webinar"));
    app.core
        .notify(&Notify {
            kind: NotificationKind::NewEvent,
            recipients: &[ana_user.id],
            actor: None,
            community: None,
            link: "/orgs",
            params: outside,
            dedupe: "event:open",
        })
        .await
        .unwrap();
    let list = ana.get("/notifications").await;
    assert!(list.contains("2 unread notifications<"), "{}", list.body);
    assert!(list.contains("Secret strategy"));
    let secret_id = ids_on(&list.body)
        .into_iter()
        .find(|id| {
            let at = list.body.find(&format!("id=\"n-{id}\"")).unwrap();
            list.body[at..]
                .split("</a>")
                .next()
                .unwrap()
                .contains("Secret strategy")
        })
        .expect("the community's notification");

    // Ana leaves the invite-only community: its notification goes from the
    // page, the count, opening it and the digest.
    assert_eq!(
        ana.post(&format!("/communities/{slug}/leave"), &[])
            .await
            .status,
        303
    );
    let list = ana.get("/notifications").await;
    assert!(!list.contains("Secret strategy"), "{}", list.body);
    assert!(list.contains("1 unread notification<"), "{}", list.body);
    assert_eq!(
        ana.get(&format!("/notifications/{secret_id}")).await.status,
        404
    );
    app.deliver_mail().await;
    assert_eq!(
        app.core
            .send_notification_digests(chrono::Utc::now())
            .await
            .unwrap(),
        1
    );
    let mail = app.deliver_mail().await;
    let digest: Vec<_> = mail.iter().filter(|m| m.to == ANA).collect();
    assert_eq!(digest.len(), 1, "{mail:?}");
    assert!(digest[0].text.contains("Open webinar"));
    assert!(!digest[0].text.contains("Secret strategy"));
    // And nothing new from it reaches her.
    let again = app
        .core
        .notify(&Notify {
            kind: NotificationKind::NewTopic,
            recipients: &[ana_user.id],
            actor: None,
            community: Some(community.id),
            link: &link,
            params: inside,
            dedupe: "topic:secret-2",
        })
        .await
        .unwrap();
    assert_eq!(again, 0);
}

#[tokio::test]
async fn a_round_opened_notifies_those_who_fill_in_the_profile_as_each_chose() {
    let app = TestApp::with_demo(12).await;
    let mut admin = app.signed_in(SEEKER).await;
    admin.post("/notifications/read", &[]).await;
    // The org admin wants rounds in the daily digest, not at once.
    set_delivery(&mut admin, NotificationKind::Round, Delivery::DailyDigest).await;
    let mut sec = app.signed_in("secretariat@demo.minga.test").await;
    let deadline = (chrono::Utc::now() + chrono::Duration::days(30))
        .format("%Y-%m-%d")
        .to_string();
    let ok = sec
        .post(
            "/capacity/rounds",
            &[
                ("title_en", "Mapping 2031"),
                ("title_es", "Mapeo 2031"),
                ("deadline", &deadline),
            ],
        )
        .await;
    assert_eq!(ok.status, 303, "{}", ok.body);
    let path = ok.location.unwrap().split('?').next().unwrap().to_string();
    app.deliver_mail().await;
    let opened = sec.post(&format!("{path}/open"), &[]).await;
    assert_eq!(opened.status, 303, "{}", opened.body);
    // Others are emailed at once as before; the org admin is not…
    let mails = app.deliver_mail().await;
    assert!(!mails.is_empty());
    assert!(mails.iter().all(|m| m.to != SEEKER), "{mails:?}");
    // …but finds it in the app, leading to the profile, and in Spanish
    // once they read Spanish.
    let list = admin.get("/notifications").await;
    assert!(list.contains("1 unread notification<"), "{}", list.body);
    assert!(
        list.contains("New mapping round “\u{2068}Mapping 2031\u{2069}”"),
        "{}",
        list.body
    );
    let id = ids_on(&list.body).remove(0);
    let r = admin.get(&format!("/notifications/{id}")).await;
    assert_eq!(r.location.as_deref(), Some("/capacity/profile"));
    admin.post("/lang", &[("lang", "es"), ("next", "/")]).await;
    assert!(admin.get("/notifications").await.contains("Mapeo 2031"));
    // A member, who does not fill in the profile, is not notified.
    let mut member = app.signed_in("member@demo.minga.test").await;
    assert!(!member.get("/notifications").await.contains("Mapping 2031"));
}

#[tokio::test]
async fn past_ninety_nine_unread_the_navigation_says_99_plus_and_reads_stay_small() {
    let app = TestApp::with_demo(5).await;
    let (_, _, u, _) = helper_of(&app).await;
    let mut h = app.signed_in(u.email.as_str()).await;
    // 10,000 unread, written behind the app's back (then one more through
    // it, so the kept count is read again).
    let mut values = Vec::new();
    for i in 0..10_000 {
        values.push(format!(
            "('{}', '{}', 'reply', NULL, '/orgs', NULL, '{{}}', 'bulk:{i}', {i}, NULL, NULL)",
            minga_domain::NotificationId::new(),
            u.id
        ));
    }
    app.sql(&format!(
        "INSERT INTO notifications (id, user_id, kind, community_id, link, actor_id, params, dedupe_key, created_at, read_at, emailed_at) VALUES {}",
        values.join(",")
    ))
    .await;
    app.core
        .notify(&Notify {
            kind: NotificationKind::Reply,
            recipients: &[u.id],
            actor: None,
            community: None,
            link: "/orgs",
            params: params(),
            dedupe: "reply:newest",
        })
        .await
        .unwrap();
    let home = h.get("/").await;
    assert!(
        home.contains(">99+ unread notifications</a>"),
        "{}",
        home.body
    );
    let t = std::time::Instant::now();
    for _ in 0..20 {
        app.core.unread_notifications(&u).await.unwrap();
    }
    let kept = t.elapsed() / 20;
    let t = std::time::Instant::now();
    let page = app.core.notifications_page(&u, None).await.unwrap();
    let read = t.elapsed();
    assert_eq!(page.items.len(), 30);
    assert!(page.next.is_some());
    eprintln!("10,001 unread: kept count {kept:?} a call, a page of 30 read in {read:?}");
}
