//! Who may see what across communities (after issue 12): visitors watch a
//! public community's recordings and download its attachments, nothing of
//! any other; the notices of joining, inviting, accepting and moved events;
//! an event's recording checked; pages titled by what they show.

use minga_core::communities::CommunityInput;
use minga_testkit::{Client, TestApp};

pub(crate) const SECRETARIAT: &str = "secretariat@demo.minga.test";
pub(crate) const ADMIN: &str = "orgadmin@demo.minga.test";
pub(crate) const MEMBER: &str = "member@demo.minga.test";

/// A community made by the Secretariat; `members` join it (invited first
/// when it is invite-only). Returns its slug.
pub(crate) async fn community(
    app: &TestApp,
    title: &str,
    visibility: &str,
    members: &[&str],
) -> String {
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
                languages: vec!["en".into()],
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

/// Bytes that sniff as an MP4 video, then filler.
fn fake_mp4(len: usize) -> Vec<u8> {
    let mut v = b"\0\0\0\x18ftypmp42\0\0\0\0mp42isom".to_vec();
    let mut i = 0u32;
    while v.len() < len {
        v.extend_from_slice(&i.to_le_bytes());
        i = i.wrapping_mul(1_103_515_245).wrapping_add(12_345);
    }
    v.truncate(len);
    v
}

const VTT: &str = "WEBVTT\n\n00:00.000 --> 00:01.500\nHello and welcome\n";

/// Uploads a recording with English captions into `slug` (or the network);
/// returns its address.
async fn upload(c: &mut Client, slug: Option<&str>, title: &str) -> String {
    let form = match slug {
        Some(s) => format!("/media/new?community={s}"),
        None => "/media/new".to_string(),
    };
    let r = c
        .post_files(
            &form,
            &[("title", title), ("caption_lang", "en")],
            &[
                ("upload_caption", "en.vtt", VTT.as_bytes()),
                ("upload_media", "session.mp4", &fake_mp4(20_000)),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    r.location.unwrap()
}

/// Starts a topic in `slug` and replies with a file; returns the topic's
/// address and the file's.
async fn post_with_file(c: &mut Client, slug: &str, name: &str) -> (String, String) {
    let r = c
        .post_multipart(
            &format!("/communities/{slug}/topics/new"),
            &[("title", "Shared files"), ("body", "Files below")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let topic = r.location.unwrap();
    let r = c
        .post_files(
            &topic,
            &[("body", "Here it is"), ("action", "reply")],
            &[("upload", name, b"campaign toolkit, 0123456789")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let page = c.get(&topic).await;
    let href = page
        .body
        .split("href=\"/files/")
        .nth(1)
        .expect("a link to the file")
        .split('"')
        .next()
        .unwrap();
    (topic, format!("/files/{href}"))
}

#[tokio::test]
async fn visitors_watch_and_download_a_public_communitys_content_and_nothing_else() {
    let app = TestApp::with_demo(4).await;
    let public = community(&app, "Open circle", "public", &[ADMIN, MEMBER]).await;
    let members = community(&app, "Members circle", "members", &[ADMIN, MEMBER]).await;
    let invite = community(&app, "Closed circle", "invite_only", &[ADMIN]).await;
    let mut member = app.signed_in(MEMBER).await;
    let mut admin = app.signed_in(ADMIN).await;
    let open = upload(&mut member, Some(&public), "Open session").await;
    let in_members = upload(&mut member, Some(&members), "Members session").await;
    let in_circle = upload(&mut admin, Some(&invite), "Circle session").await;
    let in_network = upload(&mut member, None, "Network session").await;

    let mut visitor = app.client();
    // The public community's recording: its page, bytes, captions, transcript.
    let page = visitor.get(&open).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.contains("Open session"));
    assert!(!page.contains("/chapters\""), "no editing for a visitor");
    for path in [format!("{open}/captions/en.vtt"), format!("{open}/transcript")] {
        let (status, _, _) = visitor.get_bytes(&path, &[]).await;
        assert_eq!(status, 200, "{path}");
    }
    assert!(visitor
        .get(&format!("{open}/transcript"))
        .await
        .contains("Hello and welcome"));
    let (status, headers, bytes) = visitor
        .get_bytes(&format!("{open}/file"), &[("range", "bytes=100-199")])
        .await;
    assert_eq!(status, 206);
    assert_eq!(headers["content-range"], "bytes 100-199/20000");
    assert_eq!(bytes, fake_mp4(20_000)[100..200].to_vec());

    // Anything else is a 404, a range request included.
    for m in [&in_members, &in_circle, &in_network] {
        for path in [
            m.clone(),
            format!("{m}/file"),
            format!("{m}/captions/en.vtt"),
            format!("{m}/transcript"),
        ] {
            let (status, _, _) = visitor.get_bytes(&path, &[]).await;
            assert_eq!(status, 404, "{path}");
        }
        let (status, _, _) = visitor
            .get_bytes(&format!("{m}/file"), &[("range", "bytes=0-9")])
            .await;
        assert_eq!(status, 404, "{m}");
    }
    // Signed-in readers keep their rights: the network's recording is theirs.
    let mut partner = app.signed_in("partner@demo.minga.test").await;
    assert_eq!(partner.get(&in_network).await.status, 200);
    assert_eq!(partner.get(&in_circle).await.status, 404);

    // Attachments: a public community's post's file downloads, ranges too.
    let (topic, file) = post_with_file(&mut member, &public, "toolkit.txt").await;
    assert_eq!(visitor.get(&topic).await.status, 200);
    let (status, _, bytes) = visitor.get_bytes(&file, &[]).await;
    assert_eq!(status, 200);
    assert_eq!(bytes, b"campaign toolkit, 0123456789");
    let (status, headers, bytes) = visitor.get_bytes(&file, &[("range", "bytes=0-7")]).await;
    assert_eq!(status, 206);
    assert_eq!(headers["content-range"], "bytes 0-7/28");
    assert_eq!(bytes, b"campaign");
    // A members-only or invite-only community's are not found.
    let (_, members_file) = post_with_file(&mut member, &members, "plan.txt").await;
    let (_, circle_file) = post_with_file(&mut admin, &invite, "secret.txt").await;
    for f in [&members_file, &circle_file] {
        assert_eq!(visitor.get(f).await.status, 404, "{f}");
        let (status, _, _) = visitor.get_bytes(f, &[("range", "bytes=0-3")]).await;
        assert_eq!(status, 404, "{f}");
    }
    // The poster's own colleague outside the circle is an outsider too.
    assert_eq!(
        app.user(MEMBER).await.org_id,
        app.user(ADMIN).await.org_id,
        "the demo's member and admin share an organisation"
    );
    assert_eq!(member.get(&circle_file).await.status, 404);
    assert_eq!(member.get(&members_file).await.status, 200);
    assert_eq!(admin.get(&circle_file).await.status, 200);
}
