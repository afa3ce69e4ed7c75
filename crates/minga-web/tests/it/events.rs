//! Events of learning communities: scheduling in a chosen time zone, pages
//! in each reader's zone, RSVP with places and a waiting list (and a race
//! for the last place), reminders sent once, .ics files and calendar feeds
//! that are valid RFC 5545, private feeds by token, cancelling, recordings,
//! and who should be told of a new event.

use chrono::{Duration, Utc};
use minga_core::communities::CommunityInput;
use minga_domain::community::Standing;
use minga_domain::ical;
use minga_testkit::{Client, TestApp};

const MEMBER: &str = "member@demo.minga.test";
const ADMIN: &str = "orgadmin@demo.minga.test";
const PARTNER: &str = "partner@demo.minga.test";
const SEC: &str = "secretariat@demo.minga.test";

/// A community made by the Secretariat; returns its slug.
async fn community(app: &TestApp, title: &str, visibility: &str) -> String {
    let sec = app.user(SEC).await;
    let c = app
        .core
        .create_community(
            &sec,
            &CommunityInput {
                title: title.into(),
                purpose: "Learning from each other.".into(),
                visibility: visibility.into(),
                partners_admitted: false,
                items: vec![],
                languages: vec!["en".into(), "es".into()],
            },
        )
        .await
        .expect("community");
    c.slug.to_string()
}

/// Puts the person with `email` inside the community.
async fn join(app: &TestApp, slug: &str, email: &str) {
    let u = app.user(email).await;
    let sec = app.user(SEC).await;
    let c = app.core.community_access(Some(&sec), slug).await.unwrap();
    app.store()
        .set_standing(c.community.id, u.id, Standing::Member, None, "")
        .await
        .unwrap();
}

fn local(t: chrono::DateTime<Utc>, tz: chrono_tz::Tz) -> String {
    t.with_timezone(&tz).format("%Y-%m-%dT%H:%M").to_string()
}

/// Schedules an event as `c` starting `hours` from now, two hours long,
/// typed in Lima's time; returns the event page's path.
async fn schedule(c: &mut Client, slug: &str, title: &str, hours: i64, capacity: &str) -> String {
    let tz = chrono_tz::America::Lima;
    let start = Utc::now() + Duration::hours(hours);
    let r = c
        .post(
            &format!("/communities/{slug}/events"),
            &[
                ("title", title),
                ("description", "Bring **your** questions, please; thanks"),
                ("time_zone", "America/Lima"),
                ("starts", &local(start, tz)),
                ("ends", &local(start + Duration::hours(2), tz)),
                ("online_url", "https://meet.example.org/taller"),
                ("capacity", capacity),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    r.location.unwrap().split('?').next().unwrap().to_string()
}

fn value<'a>(lines: &'a [String], name: &str) -> Option<&'a str> {
    lines
        .iter()
        .find_map(|l| l.strip_prefix(name).and_then(|r| r.strip_prefix(':')))
}

#[tokio::test]
async fn a_member_schedules_an_event_shown_in_each_readers_zone() {
    let app = TestApp::with_demo(4).await;
    let slug = community(&app, "Docentes Unidos", "public").await;
    join(&app, &slug, MEMBER).await;
    let mut member = app.signed_in(MEMBER).await;
    // The form offers the person's own zone.
    let form = member.get(&format!("/communities/{slug}/events/new")).await;
    assert_eq!(form.status, 200, "{}", form.body);
    assert!(form.contains(r#"<option value="Africa/Nairobi" selected>"#));
    let path = schedule(&mut member, &slug, "Taller de mapeo", 48, "").await;
    let page = member.get(&path).await;
    assert_eq!(page.status, 200);
    assert!(page.contains("<h1><bdi>Taller de mapeo</bdi></h1>"));
    assert!(page.contains("<strong>your</strong>"), "Markdown rendered");
    // The member reads Nairobi's time, with the organiser's Lima time beside it.
    assert!(page.contains("(Africa/Nairobi)"), "{}", page.body);
    assert!(page.contains("Organiser&#39;s time: "), "{}", page.body);
    assert!(page.contains("(America/Lima)"));
    assert!(page.contains("https://meet.example.org/taller"));
    // A visitor reads it in the network's zone (UTC in tests), and may not answer.
    let mut visitor = app.client();
    let v = visitor.get(&path).await;
    assert_eq!(v.status, 200);
    assert!(v.contains("(UTC)"));
    assert!(v.contains("Sign in to say you are going"));
    // The community's list shows it, in Arabic too.
    let list = visitor
        .get(&format!("/communities/{slug}/events?lang=ar"))
        .await;
    assert_eq!(list.status, 200);
    assert!(list.contains("<bdi>Taller de mapeo</bdi>"));
    assert!(list.contains(r#"dir="rtl""#));
    // Someone outside the community may not schedule there.
    let mut admin = app.signed_in(ADMIN).await;
    let r = admin.get(&format!("/communities/{slug}/events/new")).await;
    assert_eq!(r.status, 403);
}

#[tokio::test]
async fn an_event_that_ends_before_it_starts_keeps_everything_typed() {
    let app = TestApp::with_demo(4).await;
    let slug = community(&app, "Docentes", "public").await;
    join(&app, &slug, MEMBER).await;
    let mut member = app.signed_in(MEMBER).await;
    let fields = [
        ("title", "Encuentro regional"),
        ("description", "Notas del encuentro"),
        ("time_zone", "Europe/Lisbon"),
        ("starts", "2030-05-02T15:00"),
        ("ends", "2030-05-02T14:00"),
        ("online_url", "http://insecure.example.org/x"),
        ("capacity", "25"),
    ];
    let r = member
        .post(&format!("/communities/{slug}/events?lang=es"), &fields)
        .await;
    assert_eq!(r.status, 422, "{}", r.body);
    assert!(r.contains("The event must end after it starts."));
    assert!(r.contains("Enter a link that starts with https://."));
    assert!(
        r.contains(r##"href="#f-ends""##),
        "the summary links to the field"
    );
    for kept in [
        "Encuentro regional",
        "Notas del encuentro",
        "2030-05-02T15:00",
        "2030-05-02T14:00",
        "http://insecure.example.org/x",
        r#"value="25""#,
        r#"<option value="Europe/Lisbon" selected>"#,
    ] {
        assert!(r.contains(kept), "{kept} kept");
    }
    // In Spanish too.
    let mut es = app.signed_in(MEMBER).await;
    es.post("/lang", &[("lang", "es"), ("next", "/")]).await;
    let r = es
        .post(&format!("/communities/{slug}/events"), &fields)
        .await;
    assert_eq!(r.status, 422);
    assert!(r.contains("El evento debe terminar después de empezar."));
}

#[tokio::test]
async fn a_hidden_communitys_events_answer_404_everywhere() {
    let app = TestApp::with_demo(4).await;
    let slug = community(&app, "Círculo cerrado", "invite_only").await;
    join(&app, &slug, MEMBER).await;
    let mut member = app.signed_in(MEMBER).await;
    let path = schedule(&mut member, &slug, "Sesión privada", 30, "").await;
    assert_eq!(member.get(&path).await.status, 200);
    let ics = member.get(&format!("{path}.ics")).await;
    assert_eq!(ics.status, 200);
    assert!(ics.contains("SUMMARY:Sesión privada"));
    let feed = member
        .get(&format!("/communities/{slug}/calendar.ics"))
        .await;
    assert_eq!(feed.status, 200);
    for mut outsider in [app.client(), app.signed_in(ADMIN).await] {
        for p in [
            path.clone(),
            format!("{path}.ics"),
            format!("/communities/{slug}/calendar.ics"),
            format!("/communities/{slug}/calendar"),
            format!("/communities/{slug}/events"),
        ] {
            let r = outsider.get(&p).await;
            assert_eq!(r.status, 404, "{p}");
            assert!(!r.contains("Sesión privada"));
        }
    }
    // An event of another community, asked for under this one, is not found.
    let open = community(&app, "Abierta", "public").await;
    let id = path.rsplit('/').next().unwrap();
    let r = member
        .get(&format!("/communities/{open}/events/{id}.ics"))
        .await;
    assert_eq!(r.status, 404);
    // The Secretariat hides the community: even its member gets 404.
    let sec = app.user(SEC).await;
    app.core
        .set_community_hidden(&sec, &slug, true)
        .await
        .unwrap();
    assert_eq!(member.get(&format!("{path}.ics")).await.status, 404);
}

#[tokio::test]
async fn places_run_out_and_the_waiting_list_moves_up() {
    let app = TestApp::with_demo(4).await;
    let slug = community(&app, "Red de aprendizaje", "public").await;
    for who in [MEMBER, ADMIN, SEC] {
        join(&app, &slug, who).await;
    }
    let mut member = app.signed_in(MEMBER).await;
    let path = schedule(&mut member, &slug, "Taller con cupo", 72, "1").await;
    let rsvp = format!("{path}/rsvp");
    assert_eq!(member.post(&rsvp, &[("going", "yes")]).await.status, 303);
    let page = member.get(&path).await;
    assert!(page.contains("You are going."));
    assert!(page.contains("No places left."));
    let me = app.user(MEMBER).await;
    assert!(page.contains(&format!(
        r#"<a href="/people/{}"><bdi>Mateo Member</bdi></a>"#,
        me.id
    )));
    // A visitor reads the public event but not who is going.
    assert!(!app.client().get(&path).await.contains("Who is going"));
    let mut admin = app.signed_in(ADMIN).await;
    let page = admin.get(&path).await;
    assert!(page.contains("Join the waiting list"));
    admin.post(&rsvp, &[("going", "yes")]).await;
    let mut sec = app.signed_in(SEC).await;
    sec.post(&rsvp, &[("going", "yes")]).await;
    assert!(admin
        .get(&path)
        .await
        .contains("You are number 1 on the waiting list."));
    let page = sec.get(&path).await;
    assert!(page.contains("You are number 2 on the waiting list."));
    assert!(page.contains("2 people on the waiting list."));
    app.deliver_mail().await;
    // The member gives up the place: the first who waits gets it, and is told.
    member.post(&rsvp, &[("going", "no")]).await;
    assert!(member
        .get(&path)
        .await
        .contains("You have not said you are going."));
    assert!(admin.get(&path).await.contains("You are going."));
    assert!(sec
        .get(&path)
        .await
        .contains("You are number 1 on the waiting list."));
    let mail = app.deliver_mail().await;
    assert_eq!(mail.len(), 1, "{mail:?}");
    assert_eq!(mail[0].to, ADMIN);
    assert!(mail[0]
        .subject
        .contains("A place is yours: Taller con cupo"));
    // A larger capacity lets the waiting list in.
    let edit = format!("{path}/edit");
    let form = member.get(&edit).await;
    assert_eq!(form.status, 200);
    let tz = chrono_tz::America::Lima;
    let start = Utc::now() + Duration::hours(72);
    let r = member
        .post(
            &edit,
            &[
                ("title", "Taller con cupo"),
                ("time_zone", "America/Lima"),
                ("starts", &local(start, tz)),
                ("ends", &local(start + Duration::hours(2), tz)),
                ("capacity", "5"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert!(sec.get(&path).await.contains("You are going."));
    let mail = app.deliver_mail().await;
    let place = |m: &&minga_testkit::Received| m.subject.contains("A place is yours");
    assert_eq!(mail.iter().filter(place).count(), 1, "{mail:?}");
    // The form left out the online link: a new place, told to those going
    // and waiting (not the editor).
    let moved: Vec<&str> = mail
        .iter()
        .filter(|m| m.subject.contains("has a new time or place"))
        .map(|m| m.to.as_str())
        .collect();
    assert_eq!(moved.len(), 2, "{mail:?}");
    assert!(!moved.contains(&MEMBER));
}

#[tokio::test]
async fn two_people_racing_for_the_last_place_do_not_both_get_it() {
    let app = TestApp::with_demo(4).await;
    let slug = community(&app, "Carrera", "public").await;
    for who in [MEMBER, ADMIN, SEC] {
        join(&app, &slug, who).await;
    }
    let mut member = app.signed_in(MEMBER).await;
    let path = schedule(&mut member, &slug, "Último lugar", 72, "1").await;
    let id = path.rsplit('/').next().unwrap().to_string();
    let (a, b) = (app.user(ADMIN).await, app.user(SEC).await);
    let now = Utc::now();
    for _ in 0..5 {
        let (ra, rb) = tokio::join!(
            app.core.rsvp_event(&a, &slug, &id, true, now),
            app.core.rsvp_event(&b, &slug, &id, true, now)
        );
        let (ra, rb) = (ra.unwrap().1, rb.unwrap().1);
        use minga_domain::event::Rsvp;
        let going = [ra, rb].iter().filter(|r| **r == Rsvp::Going).count();
        assert_eq!(going, 1, "{ra:?} {rb:?}");
        assert!([ra, rb].contains(&Rsvp::Waiting(1)));
        // Both step back, and race again.
        app.core
            .rsvp_event(&a, &slug, &id, false, now)
            .await
            .unwrap();
        app.core
            .rsvp_event(&b, &slug, &id, false, now)
            .await
            .unwrap();
    }
}

#[tokio::test]
async fn reminders_go_once_a_day_and_an_hour_before_in_each_readers_language() {
    let app = TestApp::with_demo(4).await;
    let slug = community(&app, "Recordatorios", "members").await;
    for who in [MEMBER, ADMIN] {
        join(&app, &slug, who).await;
    }
    app.sql(&format!(
        "UPDATE users SET locale = 'es', time_zone = 'America/Lima' WHERE email = '{ADMIN}'"
    ))
    .await;
    let mut member = app.signed_in(MEMBER).await;
    let path = schedule(&mut member, &slug, "Taller de datos", 72, "").await;
    let id = path.rsplit('/').next().unwrap().to_string();
    for who in [MEMBER, ADMIN] {
        let u = app.user(who).await;
        app.core
            .rsvp_event(&u, &slug, &id, true, Utc::now())
            .await
            .unwrap();
    }
    app.deliver_mail().await;
    // Three days ahead: nothing yet.
    assert_eq!(app.core.send_event_reminders(Utc::now()).await.unwrap(), 0);
    // Move the event to 23 hours from now.
    let start = Utc::now() + Duration::hours(23);
    let move_to = |start: chrono::DateTime<Utc>| {
        format!(
            "UPDATE events SET starts_at = {}, ends_at = {} WHERE id = '{id}'",
            start.timestamp_millis(),
            (start + Duration::hours(2)).timestamp_millis()
        )
    };
    app.sql(&move_to(start)).await;
    assert_eq!(app.core.send_event_reminders(Utc::now()).await.unwrap(), 2);
    assert_eq!(
        app.core.send_event_reminders(Utc::now()).await.unwrap(),
        0,
        "each reminder once"
    );
    let mail = app.deliver_mail().await;
    assert_eq!(mail.len(), 2);
    // Moved to another day through the form: its reminders go again.
    let tz = chrono_tz::America::Lima;
    let later = Utc::now() + Duration::hours(22);
    let r = member
        .post(
            &format!("{path}/edit"),
            &[
                ("title", "Taller de datos"),
                ("time_zone", "America/Lima"),
                ("starts", &local(later, tz)),
                ("ends", &local(later + Duration::hours(2), tz)),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    // Moving it tells the one going who did not move it.
    let told = app.deliver_mail().await;
    assert_eq!(told.len(), 1, "{told:?}");
    assert_eq!(told[0].to, ADMIN);
    assert_eq!(app.core.send_event_reminders(Utc::now()).await.unwrap(), 2);
    assert_eq!(app.deliver_mail().await.len(), 2);
    let es = mail.iter().find(|m| m.to == ADMIN).unwrap();
    assert_eq!(es.subject, "Recordatorio: Taller de datos");
    assert!(es.text.contains("America/Lima"), "{}", es.text);
    assert!(es.text.contains(&format!("{path}.ics")));
    let en = mail.iter().find(|m| m.to == MEMBER).unwrap();
    assert_eq!(en.subject, "Reminder: Taller de datos");
    assert!(en.text.contains("Africa/Nairobi"));
    // An hour before: the second reminder, once; not to someone no longer going.
    let u = app.user(MEMBER).await;
    app.core
        .rsvp_event(&u, &slug, &id, false, Utc::now())
        .await
        .unwrap();
    app.sql(&move_to(Utc::now() + Duration::minutes(50))).await;
    assert_eq!(app.core.send_event_reminders(Utc::now()).await.unwrap(), 1);
    assert_eq!(app.core.send_event_reminders(Utc::now()).await.unwrap(), 0);
    let mail = app.deliver_mail().await;
    assert_eq!(mail.len(), 1);
    assert_eq!(mail[0].subject, "Empieza pronto: Taller de datos");
    // A cancelled event reminds nobody.
    app.sql(&format!(
        "DELETE FROM event_reminders WHERE event_id = '{id}'"
    ))
    .await;
    let admin = app.user(ADMIN).await;
    app.core.cancel_event(&admin, &slug, &id).await.unwrap_err();
    let member_user = app.user(MEMBER).await;
    app.core
        .cancel_event(&member_user, &slug, &id)
        .await
        .unwrap();
    assert_eq!(app.core.send_event_reminders(Utc::now()).await.unwrap(), 0);
}

#[tokio::test]
async fn ics_files_are_valid_and_carry_changes_and_cancellation() {
    let app = TestApp::with_demo(4).await;
    let slug = community(&app, "Calendario, con; comas", "public").await;
    join(&app, &slug, MEMBER).await;
    let mut member = app.signed_in(MEMBER).await;
    let long_title = format!("Taller {}", "de lectura crítica y escritura ".repeat(4));
    let path = schedule(&mut member, &slug, long_title.trim(), 48, "").await;
    let mut visitor = app.client();
    let r = visitor.get(&format!("{path}.ics")).await;
    assert_eq!(r.status, 200);
    assert_eq!(
        r.headers.get("content-type").unwrap(),
        "text/calendar; charset=utf-8"
    );
    ical::check_strict(&r.body).unwrap();
    let lines = ical::unfold(&r.body);
    let uid = value(&lines, "UID").unwrap().to_string();
    assert!(uid.ends_with("@minga.test"), "{uid}");
    assert_eq!(value(&lines, "SEQUENCE"), Some("0"));
    assert_eq!(value(&lines, "STATUS"), Some("CONFIRMED"));
    // In the organiser's zone (scheduled 48 hours ahead in Lima), with that
    // zone's VTIMEZONE (Lima is 5 hours behind UTC).
    let start = lines
        .iter()
        .find_map(|l| l.strip_prefix("DTSTART;TZID=America/Lima:"))
        .expect("the start in the organiser's zone");
    let start = chrono::NaiveDateTime::parse_from_str(start, "%Y%m%dT%H%M%S").unwrap();
    let want = (Utc::now() + Duration::hours(48)).with_timezone(&chrono_tz::America::Lima);
    assert!(
        (want.naive_local() - start).num_minutes().abs() <= 2,
        "{start}"
    );
    assert!(lines
        .iter()
        .any(|l| l.starts_with("DTEND;TZID=America/Lima:")));
    assert!(lines.iter().any(|l| l == "TZID:America/Lima"));
    assert!(lines.iter().any(|l| l == "TZOFFSETTO:-0500"));
    assert!(value(&lines, "DTSTAMP").is_some());
    assert_eq!(
        ical::unescape_text(value(&lines, "SUMMARY").unwrap()),
        long_title.trim()
    );
    assert!(value(&lines, "DESCRIPTION")
        .unwrap()
        .contains("please\\; thanks"));
    // Changed: same UID, higher SEQUENCE.
    let tz = chrono_tz::UTC;
    let start = Utc::now() + Duration::hours(50);
    let r = member
        .post(
            &format!("{path}/edit"),
            &[
                ("title", "Taller movido"),
                ("time_zone", "UTC"),
                ("starts", &local(start, tz)),
                ("ends", &local(start + Duration::hours(1), tz)),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let lines = ical::unfold(&visitor.get(&format!("{path}.ics")).await.body);
    assert_eq!(value(&lines, "UID"), Some(uid.as_str()));
    assert_eq!(value(&lines, "SEQUENCE"), Some("1"));
    assert_eq!(value(&lines, "SUMMARY"), Some("Taller movido"));
    // Moved to UTC: written with Z, no VTIMEZONE.
    assert_eq!(
        value(&lines, "DTSTART").unwrap(),
        start.format("%Y%m%dT%H%M00Z").to_string()
    );
    assert!(!lines.iter().any(|l| l == "BEGIN:VTIMEZONE"));
    // Cancelled: STATUS:CANCELLED and a higher SEQUENCE; the page says so,
    // and the people going are told.
    join(&app, &slug, ADMIN).await;
    let mut admin = app.signed_in(ADMIN).await;
    admin
        .post(&format!("{path}/rsvp"), &[("going", "yes")])
        .await;
    app.deliver_mail().await;
    let r = member.post(&format!("{path}/cancel"), &[]).await;
    assert_eq!(r.status, 303);
    let mail = app.deliver_mail().await;
    assert_eq!(mail.len(), 1);
    assert_eq!(mail[0].to, ADMIN);
    assert_eq!(mail[0].subject, "Cancelled: Taller movido");
    let ics = visitor.get(&format!("{path}.ics")).await.body;
    ical::check_strict(&ics).unwrap();
    let lines = ical::unfold(&ics);
    assert_eq!(value(&lines, "STATUS"), Some("CANCELLED"));
    assert_eq!(value(&lines, "SEQUENCE"), Some("2"));
    assert!(visitor
        .get(&path)
        .await
        .contains("This event has been cancelled."));
    // The community's feed holds it, valid, named after the community.
    let feed = visitor
        .get(&format!("/communities/{slug}/calendar.ics"))
        .await;
    assert_eq!(feed.status, 200);
    ical::check_strict(&feed.body).unwrap();
    let lines = ical::unfold(&feed.body);
    assert_eq!(
        value(&lines, "X-WR-CALNAME"),
        Some("Calendario\\, con\\; comas")
    );
    assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VEVENT").count(), 1);
    // Someone else may not cancel it.
    assert_eq!(admin.post(&format!("{path}/cancel"), &[]).await.status, 403);
}

#[tokio::test]
async fn a_private_feed_works_by_token_until_revoked_or_the_reader_leaves() {
    let app = TestApp::with_demo(4).await;
    let slug = community(&app, "Solo invitados", "invite_only").await;
    join(&app, &slug, MEMBER).await;
    let mut member = app.signed_in(MEMBER).await;
    schedule(&mut member, &slug, "Reunión privada", 24 * 5, "").await;
    let page = member.get(&format!("/communities/{slug}/calendar")).await;
    assert_eq!(page.status, 200);
    assert!(page.contains("Make my private link"));
    let public = member
        .get("/communities/financing-education/calendar")
        .await;
    assert!(public
        .contains(r#"href="webcal://minga.test/communities/financing-education/calendar.ics""#));
    let made = member
        .post(
            &format!("/communities/{slug}/calendar"),
            &[("action", "new")],
        )
        .await;
    assert_eq!(made.status, 200);
    let start = made.body.find("calendar.ics?token=").expect("link shown");
    let token: String = made.body[start + "calendar.ics?token=".len()..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    assert_eq!(token.len(), 43);
    assert!(made.contains(&format!(
        "webcal://minga.test/communities/{slug}/calendar.ics?token={token}"
    )));
    // Only the hash is stored.
    assert_eq!(
        app.sql(&format!(
            "UPDATE calendar_tokens SET created_at = created_at WHERE token_hash = '{token}'"
        ))
        .await,
        0
    );
    let feed = format!("/communities/{slug}/calendar.ics?token={token}");
    // A calendar program: no cookie.
    let mut program = app.client();
    let r = program.get(&feed).await;
    assert_eq!(r.status, 200);
    assert!(r.contains("SUMMARY:Reunión privada"));
    ical::check_strict(&r.body).unwrap();
    assert_eq!(
        program
            .get(&format!("/communities/{slug}/calendar.ics"))
            .await
            .status,
        404
    );
    assert_eq!(
        program
            .get(&format!("/communities/{slug}/calendar.ics?token=nonsense"))
            .await
            .status,
        404
    );
    // Leaving the community ends what the token shows of it.
    let u = app.user(MEMBER).await;
    app.core.leave_community(&u, &slug).await.unwrap();
    assert_eq!(program.get(&feed).await.status, 404);
    join(&app, &slug, MEMBER).await;
    assert_eq!(program.get(&feed).await.status, 200);
    // Revoked: it stops.
    let r = member
        .post(
            &format!("/communities/{slug}/calendar"),
            &[("action", "revoke")],
        )
        .await;
    assert_eq!(r.status, 200);
    assert!(r.contains("Your private calendar link no longer works."));
    assert_eq!(program.get(&feed).await.status, 404);
}

#[tokio::test]
async fn the_recording_is_attached_by_its_link_after_the_event() {
    let app = TestApp::with_demo(4).await;
    let slug = community(&app, "Grabaciones", "public").await;
    join(&app, &slug, MEMBER).await;
    let mut member = app.signed_in(MEMBER).await;
    let path = schedule(&mut member, &slug, "Charla grabada", 1, "").await;
    let form = member.get(&format!("{path}/edit")).await;
    assert!(form.contains(r#"name="recording""#));
    let tz = chrono_tz::UTC;
    let start = Utc::now() - Duration::hours(3);
    let mut fields = [
        ("title", "Charla grabada".to_string()),
        ("time_zone", "UTC".to_string()),
        ("starts", local(start, tz)),
        ("ends", local(start + Duration::hours(1), tz)),
        ("recording", "/media/not-an-id".to_string()),
    ];
    let refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = member.post(&format!("{path}/edit"), &refs).await;
    assert_eq!(r.status, 422);
    assert!(r.contains("Enter the recording&#39;s link"), "{}", r.body);
    assert!(r.contains("/media/not-an-id"), "kept");
    // A recording nobody has: refused beside the field too.
    fields[4].1 = "https://minga.test/media/0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b".into();
    let refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = member.post(&format!("{path}/edit"), &refs).await;
    assert_eq!(r.status, 422);
    assert!(r.contains("No recording you can see"), "{}", r.body);
    let media = crate::perms::upload(&mut member, Some(&slug), "La charla").await;
    let id = media.trim_start_matches("/media/").to_string();
    fields[4].1 = format!("https://minga.test/media/{id}");
    let refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = member.post(&format!("{path}/edit"), &refs).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let page = app.client().get(&path).await;
    assert!(
        page.contains(&format!(r#"<a href="/media/{id}">"#)),
        "{}",
        page.body
    );
    // Past: no more answers.
    let page = member.get(&path).await;
    assert!(!page.contains("I am going"));
    let past = app
        .client()
        .get(&format!("/communities/{slug}/events?past=1"))
        .await;
    assert!(past.contains("<bdi>Charla grabada</bdi>"));
}

#[tokio::test]
async fn who_should_be_told_of_a_new_event_is_its_communitys_readers_inside() {
    let app = TestApp::with_demo(4).await;
    let slug = community(&app, "Anuncios", "members").await;
    for who in [MEMBER, ADMIN, PARTNER] {
        join(&app, &slug, who).await;
    }
    let mut member = app.signed_in(MEMBER).await;
    let path = schedule(&mut member, &slug, "Aviso", 30, "").await;
    let id: minga_domain::EventId = path.rsplit('/').next().unwrap().parse().unwrap();
    let told: Vec<String> = app
        .core
        .event_audience(id)
        .await
        .unwrap()
        .into_iter()
        .map(|u| u.email.to_string())
        .collect();
    // Not the organiser, not a partner in a community that admits none,
    // nobody outside it (the Secretariat is not a member here).
    assert_eq!(told, vec![ADMIN.to_string()]);
    // Hidden: nobody.
    let sec = app.user(SEC).await;
    app.core
        .set_community_hidden(&sec, &slug, true)
        .await
        .unwrap();
    assert!(app.core.event_audience(id).await.unwrap().is_empty());
}

#[tokio::test]
async fn a_communitys_page_shows_its_upcoming_and_past_events_from_the_demo() {
    let app = TestApp::with_demo(6).await;
    let slug = minga_core::demo_communities::PUBLIC;
    let mut visitor = app.client();
    let page = visitor.get(&format!("/communities/{slug}")).await;
    assert_eq!(page.status, 200);
    assert!(page.contains("Upcoming events"));
    assert!(page.contains("<bdi>Open session: mapping our capacities together</bdi>"));
    assert!(page.contains("Past events"));
    assert!(page.contains("<bdi>Webinar: financing education in crisis settings</bdi>"));
    assert!(
        page.contains("Cancelled"),
        "the cancelled past event is marked"
    );
    assert!(page.contains(&format!(r#"href="/communities/{slug}/calendar""#)));
    assert!(
        !page.contains("Schedule an event"),
        "visitors may not schedule"
    );
    let mut member = app.signed_in(MEMBER).await;
    let page = member.get(&format!("/communities/{slug}")).await;
    assert!(page.contains(&format!(r#"href="/communities/{slug}/events/new""#)));
    // The full workshop: two going, the others waiting.
    let list = member.get(&format!("/communities/{slug}/events")).await;
    let start = list.body.find("Taller: incidencia digital").unwrap();
    let href = list.body[..start].rfind("href=\"").unwrap() + 6;
    let path: String = list.body[href..]
        .chars()
        .take_while(|c| *c != '"')
        .collect();
    let workshop = member.get(&path).await;
    assert!(workshop.contains("No places left."), "{}", workshop.body);
    assert!(workshop.contains("on the waiting list."));
    // The members-only community's event is not on the public page, nor for a visitor.
    let private = minga_core::demo_communities::MEMBERS;
    assert_eq!(
        visitor
            .get(&format!("/communities/{private}/calendar.ics"))
            .await
            .status,
        404
    );
    let feed = member
        .get(&format!("/communities/{private}/calendar.ics"))
        .await;
    assert_eq!(feed.status, 200);
    assert!(feed.contains("SUMMARY:جلسة تبادل الخبرات"));
}

#[tokio::test]
async fn a_kept_preview_moves_an_event_to_the_past_the_moment_it_ends() {
    // The community page's events are kept in memory while no event
    // changes; the clock alone must still move an event that ends.
    let app = TestApp::with_demo(3).await;
    let slug = community(&app, "Preview clock", "members").await;
    join(&app, &slug, MEMBER).await;
    let mut c = app.signed_in(MEMBER).await;
    schedule(&mut c, &slug, "Budget clinic", 1, "").await;
    let member = app.user(MEMBER).await;
    let access = app
        .core
        .community_access(Some(&member), &slug)
        .await
        .unwrap();
    let limit = minga_core::events::PREVIEW;
    let now = Utc::now();
    let before = app
        .core
        .community_events(Some(&member), &access, now, limit)
        .await
        .unwrap();
    assert_eq!(before.upcoming.len(), 1);
    assert!(before.past.is_empty());
    // Asked again just before it ends, the kept preview is unchanged…
    let ends = before.upcoming[0].ends_at;
    let during = app
        .core
        .community_events(Some(&member), &access, ends - Duration::seconds(1), limit)
        .await
        .unwrap();
    assert_eq!((during.upcoming.len(), during.upcoming_total), (1, 1));
    // …and once it has ended, it is a past event, with no change written.
    let after = app
        .core
        .community_events(Some(&member), &access, ends + Duration::seconds(1), limit)
        .await
        .unwrap();
    assert!(after.upcoming.is_empty(), "{:?}", after.upcoming);
    assert_eq!(after.upcoming_total, 0);
    assert_eq!(after.past.len(), 1);
    assert_eq!(after.past[0].title, "Budget clinic");
}
