//! Discussions (issue 12): topics and replies with Markdown rendered once,
//! replies that show what they answer, quoting, pages of 50 that stay fast
//! at 2,000 replies, unread markers, follow and mute, mentions, reactions,
//! edits with their history, drafts kept on the server, attachments, and
//! moderation (flags, hide with a reason, lock, pin, move, split, the log).

use minga_core::communities::CommunityInput;
use minga_core::discussions::ReplyInput;
use minga_domain::discussion::Follow;
use minga_domain::{TopicId, User};
use minga_testkit::{Client, TestApp};

const SECRETARIAT: &str = "secretariat@demo.minga.test";
const ADMIN: &str = "orgadmin@demo.minga.test";
const MEMBER: &str = "member@demo.minga.test";
const PARTNER: &str = "partner@demo.minga.test";

/// A community made by the Secretariat; `members` join it (invited first
/// when it is invite-only). Returns its slug.
async fn community(app: &TestApp, title: &str, visibility: &str, members: &[&str]) -> String {
    let sec = app.user(SECRETARIAT).await;
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
                languages: vec!["en".into(), "es".into(), "ar".into()],
            },
        )
        .await
        .unwrap();
    let slug = c.slug.to_string();
    for email in members {
        let u = app.user(email).await;
        if visibility == "invite_only" {
            app.core
                .invite_to_community(&sec, &slug, email)
                .await
                .unwrap();
        }
        app.core.join_community(&u, &slug).await.unwrap();
    }
    slug
}

/// Starts a topic through the page; returns its address.
async fn start(client: &mut Client, slug: &str, title: &str, body: &str) -> String {
    let r = client
        .post_multipart(
            &format!("/communities/{slug}/topics/new"),
            &[("title", title), ("body", body)],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    r.location.unwrap()
}

async fn reply(client: &mut Client, topic: &str, fields: &[(&str, &str)]) -> minga_testkit::Resp {
    client.post_multipart(topic, fields).await
}

fn topic_id(path: &str) -> TopicId {
    path.rsplit('/')
        .next()
        .unwrap()
        .split('?')
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

#[tokio::test]
async fn a_topic_and_its_replies_render_markdown_once_with_an_anchor_per_post() {
    let app = TestApp::with_demo(6).await;
    let slug = community(&app, "Campaigns", "members", &[ADMIN, MEMBER]).await;
    let mut admin = app.signed_in(ADMIN).await;
    let topic = start(
        &mut admin,
        &slug,
        "How do you plan a campaign?",
        "Here is **our** plan <script>alert(1)</script>",
    )
    .await;
    let mut member = app.signed_in(MEMBER).await;
    let r = reply(
        &mut member,
        &topic,
        &[("body", "مرحبا — *thanks*"), ("action", "reply")],
    )
    .await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert!(r.location.as_deref().unwrap().ends_with("?page=1#p2"));
    let page = member.get(&topic).await;
    assert_eq!(page.status, 200);
    assert!(page.contains("<strong>our</strong>"));
    assert!(!page.contains("<script>alert"));
    assert!(page.contains("id=\"p1\"") && page.contains("id=\"p2\""));
    assert!(page.contains("<em>thanks</em>"));
    assert!(page.contains("dir=\"auto\""));
    // The stored HTML is what was rendered when written.
    let t = app.store().topic(topic_id(&topic)).await.unwrap();
    assert_eq!(t.posts, 2);
    let list = member.get(&format!("/communities/{slug}/topics")).await;
    assert!(
        list.contains("How do you plan a campaign?"),
        "{}",
        list.body
    );
    assert!(list.contains("1 reply"), "{}", list.body);
}

#[tokio::test]
async fn an_invite_only_communitys_topics_404_for_outsiders_and_partners_not_admitted() {
    let app = TestApp::with_demo(6).await;
    let slug = community(&app, "Inner circle", "invite_only", &[ADMIN]).await;
    let mut admin = app.signed_in(ADMIN).await;
    let topic = start(&mut admin, &slug, "Private plans", "Only for us").await;
    let post = app
        .store()
        .posts(topic_id(&topic), None, 1, 0)
        .await
        .unwrap()
        .remove(0);
    let paths = [
        topic.clone(),
        format!("/communities/{slug}/topics"),
        format!("/communities/{slug}/topics/new"),
        format!("/communities/{slug}/posts/{}", post.id),
        format!("/communities/{slug}/flags"),
    ];
    for who in [MEMBER, PARTNER] {
        let mut c = app.signed_in(who).await;
        for p in &paths {
            let r = c.get(p).await;
            assert_eq!(r.status, 404, "{who} {p}");
            assert!(!r.contains("Private plans"));
        }
        let r = reply(
            &mut c,
            &topic,
            &[("body", "let me in"), ("action", "reply")],
        )
        .await;
        assert_eq!(r.status, 404, "{who} replying");
    }
    let mut visitor = app.client();
    assert_eq!(visitor.get(&topic).await.status, 404);
    // Who should be told never includes those who may not read inside.
    let member = app.user(MEMBER).await;
    assert!(!app
        .core
        .new_topic_audience(topic_id(&topic))
        .await
        .unwrap()
        .contains(&member.id));
    assert_eq!(admin.get(&topic).await.status, 200);
}

#[tokio::test]
async fn an_empty_reply_is_a_translated_error_and_the_draft_is_kept_on_the_server() {
    let app = TestApp::with_demo(6).await;
    let slug = community(&app, "Drafts", "members", &[ADMIN, MEMBER]).await;
    let mut admin = app.signed_in(ADMIN).await;
    let topic = start(&mut admin, &slug, "Write slowly", "Take your time").await;
    let mut member = app.signed_in(MEMBER).await;
    // "Save draft" keeps the text; coming back shows it.
    let r = reply(
        &mut member,
        &topic,
        &[("body", "A half-written thought"), ("action", "draft")],
    )
    .await;
    assert_eq!(r.status, 303);
    let again = member.get(&topic).await;
    assert!(
        again.contains(">A half-written thought</textarea>"),
        "{}",
        again.body
    );
    // An empty reply: 422 with the error in the reader's language, the draft still there.
    let r = reply(
        &mut member,
        &format!("{topic}?lang=es"),
        &[("body", "   "), ("action", "reply")],
    )
    .await;
    assert_eq!(r.status, 422, "{}", r.body);
    assert!(r.contains("id=\"e-body\""));
    let again = member.get(&topic).await;
    assert!(again.contains(">A half-written thought</textarea>"));
    // A reply refused for its length keeps every character typed, on the
    // page and on the server, as if the connection had dropped after it.
    let long = "x".repeat(minga_domain::discussion::POST_MAX + 5);
    let r = reply(&mut member, &topic, &[("body", &long), ("action", "reply")]).await;
    assert_eq!(r.status, 422);
    assert!(r.contains(&long));
    let again = member.get(&topic).await;
    assert!(again.contains(&long));
    // Sending a good reply spends the draft.
    let r = reply(
        &mut member,
        &topic,
        &[("body", "Done now"), ("action", "reply")],
    )
    .await;
    assert_eq!(r.status, 303);
    let again = member.get(&topic).await;
    assert!(again.contains("></textarea>"));
}

#[tokio::test]
async fn page_forty_of_a_topic_of_two_thousand_replies_renders_fast_and_jumps_to_the_first_unread()
{
    let app = TestApp::with_demo(6).await;
    let slug = community(&app, "Busy", "members", &[ADMIN, MEMBER]).await;
    let admin = app.user(ADMIN).await;
    let id = app
        .core
        .start_topic(
            &admin,
            &slug,
            "A long conversation",
            &ReplyInput {
                body: "Let us begin".into(),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    for i in 2..=2_000 {
        app.core
            .reply(
                &admin,
                &slug,
                id,
                &ReplyInput {
                    body: format!("Reply number {i}"),
                    ..Default::default()
                },
            )
            .await
            .unwrap();
    }
    let mut member = app.signed_in(MEMBER).await;
    let path = format!("/communities/{slug}/topics/{id}");
    // The member reads the first page only.
    assert!(member.get(&path).await.contains("id=\"p50\""));
    // The list says what is new, and the topic where to jump.
    let list = member.get(&format!("/communities/{slug}/topics")).await;
    assert!(list.contains("1,950 new"), "{}", list.body);
    let member_user = app.user(MEMBER).await;
    let t = app
        .core
        .topic_page(Some(&member_user), &slug, id, Some(1), None)
        .await
        .unwrap();
    assert_eq!(t.first_unread, Some((2, 51)));
    // The topic's address opens where the reader stopped, with the link to the post.
    let r = member.get(&path).await;
    assert!(r.contains(&format!("{path}?page=2#p51")));
    assert!(r.contains("id=\"p51\"") && !r.contains("id=\"p50\""));
    let started = std::time::Instant::now();
    let r = member.get(&format!("{path}?page=40")).await;
    let took = started.elapsed();
    assert_eq!(r.status, 200);
    assert!(r.contains("id=\"p1951\"") && r.contains("id=\"p2000\""));
    assert!(!r.contains("id=\"p1950\""));
    assert!(r.contains(&format!("href=\"{path}?page=39\"")));
    assert!(r.body.len() < 50 * 1024, "{} bytes", r.body.len());
    assert!(took.as_millis() < 2_000, "page 40 took {took:?}");
    eprintln!(
        "page 40 of 2,000 replies: {} bytes in {took:?}",
        r.body.len()
    );
}

#[tokio::test]
async fn replies_show_what_they_answer_and_quote_prefills_a_blockquote() {
    let app = TestApp::with_demo(6).await;
    let slug = community(&app, "Quotes", "members", &[ADMIN, MEMBER]).await;
    let mut admin = app.signed_in(ADMIN).await;
    let topic = start(&mut admin, &slug, "Quote me", "First line of wisdom").await;
    let mut member = app.signed_in(MEMBER).await;
    let page = member.get(&format!("{topic}?quote=1")).await;
    assert!(page.contains("&#62; First line of wisdom"), "{}", page.body);
    assert!(page.contains("name=\"reply_to\" value=\"1\""));
    let r = reply(
        &mut member,
        &topic,
        &[
            ("body", "> First line of wisdom\n\nI agree"),
            ("reply_to", "1"),
            ("action", "reply"),
        ],
    )
    .await;
    assert_eq!(r.status, 303);
    let page = member.get(&topic).await;
    assert!(
        page.contains("class=\"answers\"><a href=\"#p1\">"),
        "{}",
        page.body
    );
    // The reply form names the others on the page, to mention them.
    assert!(
        page.contains("People here: <span dir=\"ltr\">@orgadmin</span>"),
        "{}",
        page.body
    );
    assert!(page.contains("<blockquote>"));
}

#[tokio::test]
async fn mentions_link_people_who_may_read_and_organisations_and_say_who_to_tell() {
    let app = TestApp::with_demo(6).await;
    let slug = community(&app, "Mentions", "members", &[ADMIN]).await;
    let member = app.user(MEMBER).await;
    let admin_user = app.user(ADMIN).await;
    let org = app.store().org_by_id(member.org_id).await.unwrap();
    let mut admin = app.signed_in(ADMIN).await;
    let body = format!("Ask @member and @{} — not @nobody-here", org.slug);
    let topic = start(&mut admin, &slug, "Who knows?", &body).await;
    let page = admin.get(&topic).await;
    assert!(page.contains(">@member</a>"), "{}", page.body);
    assert!(page.contains(&format!(">@{}</a>", org.slug)));
    assert!(page.contains("@nobody-here"));
    let post = app
        .store()
        .posts(topic_id(&topic), None, 1, 0)
        .await
        .unwrap()
        .remove(0);
    let told = app.core.mention_audience(post.id).await.unwrap();
    assert!(told.contains(&member.id));
    assert!(!told.contains(&admin_user.id), "never the author");
    // Muting the topic stops mentions too.
    app.core
        .set_topic_follow(&member, &slug, topic_id(&topic), Follow::Muted)
        .await
        .unwrap();
    assert!(!app
        .core
        .mention_audience(post.id)
        .await
        .unwrap()
        .contains(&member.id));
    // In an invite-only community a person outside is not linked.
    let closed = community(&app, "Closed", "invite_only", &[ADMIN]).await;
    let t2 = start(&mut admin, &closed, "Hidden", "Hello @member").await;
    let page = admin.get(&t2).await;
    assert!(!page.contains(">@member</a>"));
}

#[tokio::test]
async fn followers_hear_of_replies_but_not_those_who_muted_and_members_of_new_topics() {
    let app = TestApp::with_demo(6).await;
    let slug = community(&app, "Follow", "members", &[ADMIN, MEMBER, SECRETARIAT]).await;
    let admin = app.user(ADMIN).await;
    let member = app.user(MEMBER).await;
    let sec = app.user(SECRETARIAT).await;
    let id = app
        .core
        .start_topic(
            &admin,
            &slug,
            "Follow me",
            &ReplyInput {
                body: "first".into(),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let mut new_topic = app.core.new_topic_audience(id).await.unwrap();
    new_topic.sort();
    let mut expected = vec![member.id, sec.id];
    expected.sort();
    assert_eq!(new_topic, expected);
    // Replying follows; the author of a reply is not told of it.
    app.core
        .reply(
            &member,
            &slug,
            id,
            &ReplyInput {
                body: "second".into(),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let third = app
        .core
        .reply(
            &sec,
            &slug,
            id,
            &ReplyInput {
                body: "third".into(),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let p3 = app.store().post_at(id, third).await.unwrap();
    let mut told = app.core.reply_audience(id, p3).await.unwrap();
    told.sort();
    let mut expected = vec![admin.id, member.id];
    expected.sort();
    assert_eq!(told, expected);
    // Muting through the page.
    let mut c = app.signed_in(MEMBER).await;
    let r = c
        .post(
            &format!("/communities/{slug}/topics/{id}/follow"),
            &[("follow", "muted")],
        )
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(
        app.core.reply_audience(id, p3).await.unwrap(),
        vec![admin.id]
    );
    assert!(c
        .get(&format!("/communities/{slug}/topics/{id}"))
        .await
        .contains("Unmute"));
}

#[tokio::test]
async fn reactions_toggle_one_per_person_and_kind() {
    let app = TestApp::with_demo(6).await;
    let slug = community(&app, "React", "members", &[ADMIN, MEMBER]).await;
    let mut admin = app.signed_in(ADMIN).await;
    let topic = start(&mut admin, &slug, "Like this", "Nice").await;
    let mut member = app.signed_in(MEMBER).await;
    let react = format!("{topic}/react");
    let r = member
        .post(&react, &[("r", "1.heart"), ("page", "1")])
        .await;
    assert_eq!(r.status, 303);
    let r = admin.post(&react, &[("r", "1.heart"), ("page", "1")]).await;
    assert_eq!(r.status, 303);
    let page = member.get(&topic).await;
    assert!(
        page.contains("aria-pressed=\"true\" aria-label=\"Love: 2\""),
        "{}",
        page.body
    );
    member
        .post(&react, &[("r", "1.heart"), ("page", "1")])
        .await;
    let page = member.get(&topic).await;
    assert!(page.contains("aria-pressed=\"false\" aria-label=\"Love: 1\""));
    // The page of posts is read once for everyone: each reader still sees
    // their own marks on it.
    let page = admin.get(&topic).await;
    assert!(page.contains("aria-pressed=\"true\" aria-label=\"Love: 1\""));
    let page = member.get(&topic).await;
    assert!(page.contains("aria-pressed=\"false\" aria-label=\"Love: 1\""));
    assert_eq!(member.post(&react, &[("r", "1.nope")]).await.status, 400);
}

#[tokio::test]
async fn an_edit_keeps_the_earlier_text_visible_with_who_and_when() {
    let app = TestApp::with_demo(6).await;
    let slug = community(&app, "Edits", "public", &[ADMIN, MEMBER]).await;
    let mut admin = app.signed_in(ADMIN).await;
    let topic = start(&mut admin, &slug, "Typos", "Teh first version").await;
    let post = app
        .store()
        .posts(topic_id(&topic), None, 1, 0)
        .await
        .unwrap()
        .remove(0);
    let edit = format!("/communities/{slug}/posts/{}/edit", post.id);
    let mut member = app.signed_in(MEMBER).await;
    assert_eq!(member.get(&edit).await.status, 403, "only its author");
    assert!(admin.get(&edit).await.contains("Teh first version"));
    let r = admin.post(&edit, &[("body", "")]).await;
    assert_eq!(r.status, 422);
    let r = admin.post(&edit, &[("body", "The first version")]).await;
    assert_eq!(r.status, 303);
    let page = member.get(&topic).await;
    assert!(page.contains("The first version") && page.contains(">edited</a>"));
    // Anyone who reads the community reads the history, visitors included.
    let history = app
        .client()
        .get(&format!("/communities/{slug}/posts/{}", post.id))
        .await;
    assert_eq!(history.status, 200);
    assert!(history.contains("Teh first version"));
    assert!(history.contains("Earlier versions"));
}

#[tokio::test]
async fn a_hidden_reply_shows_its_reason_to_its_author_only_and_the_log_records_it() {
    let app = TestApp::with_demo(6).await;
    let slug = community(&app, "Moderated", "members", &[ADMIN, MEMBER]).await;
    let mut admin = app.signed_in(ADMIN).await;
    let topic = start(&mut admin, &slug, "Be kind", "Rules apply").await;
    let mut member = app.signed_in(MEMBER).await;
    reply(
        &mut member,
        &topic,
        &[("body", "Something rude"), ("action", "reply")],
    )
    .await;
    let post = app.store().post_at(topic_id(&topic), 2).await.unwrap();
    // The admin flags it; the flag waits in the queue.
    let r = admin
        .post(
            &format!("/communities/{slug}/posts/{post}/flag"),
            &[("reason", "Not kind")],
        )
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(
        admin
            .get(&format!("/communities/{slug}/flags"))
            .await
            .status,
        403
    );
    // Flagging it again adds nothing to the queue.
    admin
        .post(
            &format!("/communities/{slug}/posts/{post}/flag"),
            &[("reason", "Not kind")],
        )
        .await;
    let mut sec = app.signed_in(SECRETARIAT).await;
    let queue = sec.get(&format!("/communities/{slug}/flags")).await;
    assert!(queue.contains("Not kind") && queue.contains("Something rude"));
    assert_eq!(queue.body.matches("Not kind").count(), 1);
    // Hiding needs a reason.
    let hide = format!("/communities/{slug}/posts/{post}/hide");
    assert_eq!(sec.post(&hide, &[("reason", " ")]).await.status, 422);
    assert_eq!(
        sec.post(&hide, &[("reason", "Insults are not allowed")])
            .await
            .status,
        303
    );
    let own = member.get(&topic).await;
    assert!(own.contains("Insults are not allowed") && own.contains("Something rude"));
    let other = admin.get(&topic).await;
    assert!(other.contains("Hidden by a moderator."));
    assert!(!other.contains("Insults are not allowed") && !other.contains("Something rude"));
    assert!(!sec
        .get(&format!("/communities/{slug}/flags"))
        .await
        .contains("Not kind"));
    let log = sec.get(&format!("/communities/{slug}/log")).await;
    assert!(log.contains("Hid a post") && log.contains("Insults are not allowed"));
    assert_eq!(
        member.get(&format!("/communities/{slug}/log")).await.status,
        403
    );
}

#[tokio::test]
async fn locked_topics_take_no_replies_and_moderators_pin_move_and_split() {
    let app = TestApp::with_demo(6).await;
    let slug = community(&app, "Tidy", "members", &[ADMIN, MEMBER]).await;
    let other = community(&app, "Elsewhere", "members", &[ADMIN]).await;
    let mut admin = app.signed_in(ADMIN).await;
    let first = start(&mut admin, &slug, "Older topic", "one").await;
    let topic = start(&mut admin, &slug, "Mixed topic", "one").await;
    let mut member = app.signed_in(MEMBER).await;
    for i in 2..=5 {
        reply(
            &mut member,
            &topic,
            &[("body", &format!("reply {i}")), ("action", "reply")],
        )
        .await;
    }
    let mut sec = app.signed_in(SECRETARIAT).await;
    let act = format!("{topic}/moderate");
    assert_eq!(member.post(&act, &[("act", "lock")]).await.status, 403);
    assert_eq!(sec.post(&act, &[("act", "lock")]).await.status, 303);
    // A refused reply with a file leaves no file behind.
    let files_before = app.store().count_files().await.unwrap();
    let r = member
        .post_files(
            &topic,
            &[("body", "too late"), ("action", "reply")],
            &[("upload", "notes.txt", b"some notes")],
        )
        .await;
    assert_eq!(r.status, 403);
    assert_eq!(app.store().count_files().await.unwrap(), files_before);
    // Pinned topics come first.
    sec.post(&format!("{first}/moderate"), &[("act", "pin")])
        .await;
    let list = member.get(&format!("/communities/{slug}/topics")).await;
    let (a, b) = (
        list.body.find("Older topic").unwrap(),
        list.body.find("Mixed topic").unwrap(),
    );
    assert!(a < b);
    // Split replies 4 and 5 into a new topic.
    let r = sec
        .post(
            &format!("{topic}/split"),
            &[("posts", "4-5"), ("title", "A side thread")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let new = r.location.unwrap();
    let page = member.get(&new).await;
    assert!(
        page.contains("A side thread") && page.contains("reply 4") && page.contains("id=\"p2\"")
    );
    assert!(!member.get(&topic).await.contains("reply 4"));
    // Move to a community the moderator moderates; a wrong one is an error beside the field.
    let r = sec
        .post(&format!("{new}/move"), &[("to", "no-such-place")])
        .await;
    assert_eq!(r.status, 422);
    assert!(r.contains("id=\"e-to\""));
    let r = sec.post(&format!("{new}/move"), &[("to", &other)]).await;
    assert_eq!(r.status, 303);
    assert!(r
        .location
        .unwrap()
        .starts_with(&format!("/communities/{other}/topics/")));
    let log = sec.get(&format!("/communities/{slug}/log")).await;
    for act in [
        "Locked a topic",
        "Pinned a topic",
        "Split a topic",
        "Moved a topic",
    ] {
        assert!(log.contains(act), "{act}");
    }
}

#[tokio::test]
async fn attachments_go_through_the_blob_store_and_readers_download_them() {
    let app = TestApp::with_demo(6).await;
    let slug = community(&app, "Files", "members", &[ADMIN, MEMBER]).await;
    let mut admin = app.signed_in(ADMIN).await;
    let topic = start(&mut admin, &slug, "Share", "Files below").await;
    let mut member = app.signed_in(MEMBER).await;
    // An empty body with a file: the form comes back with the file kept.
    let r = member
        .post_files(
            &topic,
            &[("body", ""), ("action", "reply")],
            &[("upload", "toolkit.txt", b"campaign toolkit")],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.contains("toolkit.txt") && r.contains("name=\"file\""));
    let file_id = r
        .body
        .split("name=\"file\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    let r = reply(
        &mut member,
        &topic,
        &[
            ("body", "Here it is"),
            ("file", &file_id),
            ("action", "reply"),
        ],
    )
    .await;
    assert_eq!(r.status, 303);
    let page = admin.get(&topic).await;
    let href = format!("/files/{file_id}/toolkit.txt");
    assert!(page.contains(&href), "{}", page.body);
    // Someone of another organisation who may read the community downloads it.
    let mut partner = app.signed_in(PARTNER).await;
    assert_eq!(
        partner.get(&href).await.status,
        404,
        "partners are not admitted"
    );
    let reader = other_org_person(&app, &[ADMIN, MEMBER]).await;
    let mut other = app.signed_in(reader.email.as_str()).await;
    let got = other.get(&href).await;
    assert_eq!(got.status, 200);
    assert!(got.body.contains("campaign toolkit"));
}

/// A staff member of an organisation none of `emails` belongs to.
async fn other_org_person(app: &TestApp, emails: &[&str]) -> User {
    let mut taken = Vec::new();
    for e in emails {
        taken.push(app.user(e).await.org_id);
    }
    for i in 0..200 {
        let Ok(Some(a)) = app
            .store()
            .user_auth_by_email(
                &minga_domain::Email::parse(&format!("person{i}@demo.minga.test")).unwrap(),
            )
            .await
            .map(Some)
        else {
            continue;
        };
        let u = a.user;
        if !taken.contains(&u.org_id)
            && matches!(
                u.role,
                minga_domain::Role::Member | minga_domain::Role::OrgAdmin
            )
        {
            return u;
        }
    }
    panic!("no person of another organisation");
}

#[tokio::test]
async fn a_visitors_kept_topic_page_is_made_again_after_a_reply() {
    let app = TestApp::with_demo(6).await;
    let slug = community(&app, "Open talk", "public", &[ADMIN, MEMBER]).await;
    let mut admin = app.signed_in(ADMIN).await;
    let topic = start(&mut admin, &slug, "Open to all", "Everyone may read").await;
    let mut visitor = app.client();
    let first = visitor.get(&topic).await;
    assert_eq!(first.status, 200);
    assert!(first.contains("Sign in to reply"));
    // Kept for visitors: the second visit is answered from the kept page.
    assert!(visitor.get(&topic).await.contains("Everyone may read"));
    reply(
        &mut admin,
        &topic,
        &[("body", "A later thought"), ("action", "reply")],
    )
    .await;
    assert!(visitor.get(&topic).await.contains("A later thought"));
}

#[tokio::test]
async fn the_community_page_shows_recent_topics_and_what_is_new_since_the_last_visit() {
    let app = TestApp::with_demo(6).await;
    let slug = minga_core::demo_communities::MEMBERS;
    let mut member = app.signed_in(MEMBER).await;
    let page = member.get(&format!("/communities/{slug}")).await;
    assert!(page.contains("Recent topics") && page.contains("Radio spots on a small budget"));
    assert!(page.contains(&format!("href=\"/communities/{slug}/topics/new\"")));
    assert!(page.contains(" new</a>"), "the member has read nothing yet");
    // After this visit, a new reply makes its topic new since the last visit.
    let admin = app.user(ADMIN).await;
    let lines = app.core.topics(Some(&admin), slug, 1).await.unwrap();
    let radio = lines
        .topics
        .items
        .iter()
        .find(|l| l.topic.title.starts_with("Radio"))
        .unwrap();
    // That visit was two hours ago, and the demo's talk three.
    app.sql(&format!(
        "UPDATE community_members SET seen_at = seen_at - 7200000 WHERE user_id = '{}'",
        app.user(MEMBER).await.id
    ))
    .await;
    app.sql("UPDATE topics SET last_post_at = last_post_at - 10800000")
        .await;
    crate::communities::forget_kept_visits(&app).await;
    app.core
        .reply(
            &admin,
            slug,
            radio.topic.id,
            &ReplyInput {
                body: "One more idea".into(),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let page = member.get(&format!("/communities/{slug}")).await;
    assert!(
        page.contains("1 topic has new posts since your last visit."),
        "{}",
        page.body
    );
    // The demo's hidden reply: others see only that it was hidden.
    let t = member
        .get(&format!(
            "/communities/{slug}/topics/{}?page=1",
            radio.topic.id
        ))
        .await;
    assert!(t.contains("Hidden by a moderator."));
    assert!(!t.contains("spam.example"));
    assert!(t.contains(">@member</a>"));
}

#[tokio::test]
async fn an_arabic_topic_page_is_right_to_left_with_what_people_wrote_isolated() {
    let app = TestApp::with_demo(6).await;
    let slug = minga_core::demo_communities::PUBLIC;
    let mut visitor = app.client();
    let list = visitor
        .get(&format!("/communities/{slug}/topics?lang=ar"))
        .await;
    assert_eq!(list.status, 200);
    assert!(list.contains("dir=\"rtl\"") && list.contains("المواضيع"));
    let href = list
        .body
        .split(&format!("href=\"/communities/{slug}/topics/"))
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    let page = visitor
        .get(&format!("/communities/{slug}/topics/{href}?lang=ar"))
        .await;
    assert_eq!(page.status, 200);
    assert!(page.contains("<h1><bdi>Reading the education budget with citizens</bdi></h1>"));
    assert!(page.contains("<div class=\"prose\" dir=\"auto\">"));
    assert!(page.contains("سجّل الدخول لتردّ"));
    assert!(
        page.contains("3 ردود") || page.contains("٣ ردود"),
        "{}",
        page.body
    );
}

#[tokio::test]
async fn members_alike_share_kept_pages_but_never_each_others_own_parts() {
    // Two colleagues with the same role, organisation, zone and language
    // are the same `Viewer`: their topic and community pages are kept for
    // both, and still each sees only their own draft, reactions, unread
    // marks and last visit.
    use minga_domain::Role;
    let app = TestApp::with_demo(3).await;
    app.add_org(
        "twin-coalition",
        "Twin Coalition",
        "KE",
        &[
            ("ana@twin.test", "Ana Twin", Role::Member),
            ("ben@twin.test", "Ben Twin", Role::Member),
        ],
    )
    .await;
    let slug = community(
        &app,
        "Twins",
        "members",
        &["ana@twin.test", "ben@twin.test"],
    )
    .await;
    let mut admin = app.signed_in(SECRETARIAT).await;
    let topic = start(&mut admin, &slug, "Shared pages", "Read me").await;
    let mut ana = app.signed_in("ana@twin.test").await;
    let mut ben = app.signed_in("ben@twin.test").await;

    // Ben's first look: the topic is new to him, and kept for his state.
    let community_page = format!("/communities/{slug}");
    assert!(ben.get(&community_page).await.contains(" new</a>"));
    // Ana reads the topic, drafts a reply and reacts.
    assert!(ana.get(&topic).await.contains("Read me"));
    let r = reply(
        &mut ana,
        &topic,
        &[("body", "Ana's private draft"), ("action", "draft")],
    )
    .await;
    assert_eq!(r.status, 303);
    let r = ana
        .post(
            &format!("{topic}/react"),
            &[("r", "1.heart"), ("page", "1")],
        )
        .await;
    assert_eq!(r.status, 303);
    let mine = ana.get(&topic).await;
    assert!(mine.contains("private draft</textarea>"), "{}", mine.body);
    assert!(mine.contains("aria-pressed=\"true\" aria-label=\"Love: 1\""));
    let his = ben.get(&topic).await;
    assert!(!his.contains("private draft"), "{}", his.body);
    assert!(his.contains("aria-pressed=\"false\" aria-label=\"Love: 1\""));
    // Ana has read everything; Ben has now read it too, and both community
    // pages say so.
    let hers = ana.get(&community_page).await;
    assert!(!hers.contains(" new</a>"), "{}", hers.body);
    let his = ben.get(&community_page).await;
    assert!(!his.contains(" new</a>"));
    // A reply by the Secretariat is new to both, on pages made again.
    let r = reply(
        &mut admin,
        &topic,
        &[("body", "One more"), ("action", "reply")],
    )
    .await;
    assert_eq!(r.status, 303);
    assert!(ana.get(&community_page).await.contains("1 new</a>"));
    assert!(ben.get(&community_page).await.contains("1 new</a>"));
    // Ben reads it; Ana's page still marks it new, Ben's no longer.
    ben.get(&topic).await;
    assert!(!ben.get(&community_page).await.contains(" new</a>"));
    assert!(ana.get(&community_page).await.contains("1 new</a>"));
    // The list of communities: Ben's invitation is on his alone.
    let list = ana.get("/communities").await;
    assert!(list.contains("Twins"));
    let sec = app.user(SECRETARIAT).await;
    let secret = community(&app, "Quiet circle", "invite_only", &[]).await;
    app.core
        .invite_to_community(&sec, &secret, "ben@twin.test")
        .await
        .unwrap();
    let his = ben.get("/communities").await;
    assert!(his.contains("Quiet circle"), "{}", his.body);
    let hers = ana.get("/communities").await;
    assert!(
        !hers.contains("community-standing-invited") && !hers.contains("invited you"),
        "{}",
        hers.body
    );
    assert_eq!(
        hers.body.matches("Quiet circle").count() + 1,
        his.body.matches("Quiet circle").count(),
        "Ben sees it twice (invitation and card), Ana once (card)"
    );
}
