//! Issue 11: an organisation's people (roles, removal, invitations waiting)
//! and the pictures of organisations and people (logos, avatars).

use minga_domain::{Email, OrgFields, Role, User};
use minga_testkit::{Client, TestApp};

const ADMIN: &str = "ana@casa.test";
const MEMBER: &str = "ben@casa.test";
const OTHER_ADMIN: &str = "orgadmin@demo.minga.test";
const SECRETARIAT: &str = "secretariat@demo.minga.test";

/// The demo network and one more organisation, `casa`, whose people are
/// known: Ana (its only admin) and Ben (a member).
async fn casa() -> TestApp {
    let app = TestApp::with_demo(2).await;
    let fields = OrgFields {
        name: "Casa de Todos".into(),
        kind: minga_domain::OrgKind::Coalition,
        country: minga_domain::Country::parse("PE").unwrap(),
        region_override: None,
        group_override: None,
        description_md: String::new(),
        description_html: String::new(),
        website: None,
        contact_email: None,
        contact_phone: None,
        public: true,
        override_reason: None,
    };
    let slug = minga_domain::Slug::parse("casa").unwrap();
    let org = app.store().create_org(&fields, &slug, false).await.unwrap();
    let hash = minga_core::passwords::hash_blocking(minga_core::demo::DEFAULT_PASSWORD).unwrap();
    for (email, name, role) in [
        (ADMIN, "Ana María Pérez", Role::OrgAdmin),
        (MEMBER, "Ben Okafor", Role::Member),
    ] {
        app.store()
            .create_user(&minga_testkit::store::NewUser {
                org_id: org.id,
                email: Email::parse(email).unwrap(),
                name: name.into(),
                role,
                locale: minga_domain::Locale::En,
                time_zone: minga_domain::TimeZone::utc(),
                password_hash: hash.clone(),
            })
            .await
            .unwrap();
    }
    app
}

async fn role_of(app: &TestApp, email: &str) -> Role {
    app.user(email).await.role
}

async fn invite(c: &mut Client, email: &str, locale: &str) -> minga_testkit::Resp {
    c.post(
        "/orgs/casa/invite",
        &[("email", email), ("role", "member"), ("locale", locale)],
    )
    .await
}

/// The invitation link's secret in a mail.
fn token_in(text: &str) -> String {
    let start = text.find("/invite/").expect("an invitation link") + "/invite/".len();
    text[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect()
}

#[tokio::test]
async fn admins_see_their_people_with_emails_and_the_invitations_waiting() {
    let app = casa().await;
    let mut ana = app.signed_in(ADMIN).await;
    assert_eq!(
        invite(&mut ana, "new.person@example.org", "en")
            .await
            .status,
        303
    );
    let page = ana.get("/orgs/casa/people").await;
    assert_eq!(page.status, 200);
    for text in [
        "Ana María Pérez",
        ADMIN,
        "Ben Okafor",
        MEMBER,
        "new.person@example.org",
        "2 people",
    ] {
        assert!(page.contains(text), "{text} missing");
    }
    // Nobody has a picture yet: initials on a disc whose colour follows the id.
    let ana_id = app.user(ADMIN).await.id.to_string();
    let colour = minga_domain::people::disc_colour(&ana_id);
    assert!(
        page.contains(&format!(
            "<span class=\"disc c{colour}\" aria-hidden=\"true\">AP</span>"
        )),
        "Ana's initials"
    );
    assert!(page.contains(">BO</span>"));
    // The organisation's page links to it for its admin only.
    assert!(ana.get("/orgs/casa").await.contains("/orgs/casa/people"));
    let mut ben = app.signed_in(MEMBER).await;
    assert!(!ben.get("/orgs/casa").await.contains("/orgs/casa/people"));
}

#[tokio::test]
async fn only_its_admins_and_the_secretariat_manage_an_organisations_people() {
    let app = casa().await;
    let ben = app.user(MEMBER).await;
    let role_path = format!("/orgs/casa/people/{}/role", ben.id);
    let remove_path = format!("/orgs/casa/people/{}/remove", ben.id);

    let mut member = app.signed_in(MEMBER).await;
    let mut other_admin = app.signed_in(OTHER_ADMIN).await;
    for c in [&mut member, &mut other_admin] {
        assert_eq!(c.get("/orgs/casa/people").await.status, 403);
        assert_eq!(
            c.post(&role_path, &[("role", "org_admin")]).await.status,
            403
        );
        assert_eq!(c.post(&remove_path, &[]).await.status, 403);
    }
    let mut visitor = app.client();
    let r = visitor.get("/orgs/casa/people").await;
    assert_eq!(r.status, 303);
    assert!(r.location.clone().unwrap_or_default().starts_with("/login"));
    let r = visitor.post(&role_path, &[("role", "org_admin")]).await;
    assert_eq!(r.status, 303);
    assert!(r.location.clone().unwrap_or_default().starts_with("/login"));
    assert_eq!(role_of(&app, MEMBER).await, Role::Member);
    assert!(app.store().users_of_org(ben.org_id).await.unwrap().len() == 2);

    // The Secretariat manages every organisation's people.
    let mut sec = app.signed_in(SECRETARIAT).await;
    assert_eq!(sec.get("/orgs/casa/people").await.status, 200);
    let r = sec.post(&role_path, &[("role", "org_admin")]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(role_of(&app, MEMBER).await, Role::OrgAdmin);
}

#[tokio::test]
async fn the_last_admin_can_be_neither_demoted_nor_removed() {
    let app = casa().await;
    let (ana, ben) = (app.user(ADMIN).await, app.user(MEMBER).await);
    let mut c = app.signed_in(ADMIN).await;

    let r = c
        .post(
            &format!("/orgs/casa/people/{}/role", ana.id),
            &[("role", "member")],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.contains("last admin"), "{}", r.body);
    assert!(
        r.contains(&format!("id=\"e-role-{}\"", ana.id)),
        "the error is beside Ana's role"
    );
    let r = c
        .post(&format!("/orgs/casa/people/{}/remove", ana.id), &[])
        .await;
    assert_eq!(r.status, 422);
    assert!(r.contains("cannot be removed"));
    assert_eq!(role_of(&app, ADMIN).await, Role::OrgAdmin);

    // Once Ben is an admin too, Ana may step down; then Ben is the last one.
    let r = c
        .post(
            &format!("/orgs/casa/people/{}/role", ben.id),
            &[("role", "org_admin")],
        )
        .await;
    assert_eq!(r.status, 303);
    let r = c
        .post(
            &format!("/orgs/casa/people/{}/role", ana.id),
            &[("role", "member")],
        )
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(role_of(&app, ADMIN).await, Role::Member);
    let mut b = app.signed_in(MEMBER).await;
    let r = b
        .post(&format!("/orgs/casa/people/{}/remove", ben.id), &[])
        .await;
    assert_eq!(r.status, 422);
    assert_eq!(role_of(&app, MEMBER).await, Role::OrgAdmin);
    // An admin may not give a role outside the organisation's kind.
    let r = b
        .post(
            &format!("/orgs/casa/people/{}/role", ana.id),
            &[("role", "secretariat")],
        )
        .await;
    assert_eq!(r.status, 422);
}

#[tokio::test]
async fn a_removed_person_can_no_longer_sign_in_and_keeps_their_name() {
    let app = casa().await;
    let ben = app.user(MEMBER).await;
    let mut ben_client = app.signed_in(MEMBER).await;
    assert_eq!(ben_client.get("/account").await.status, 200);

    let mut ana = app.signed_in(ADMIN).await;
    let r = ana
        .post(&format!("/orgs/casa/people/{}/remove", ben.id), &[])
        .await;
    assert_eq!(r.status, 303);
    let page = ana.get(r.location.as_deref().unwrap()).await;
    assert!(page.contains("removed from the organisation"));
    assert!(!page.contains(MEMBER));

    // Their session ended and their password no longer opens anything.
    assert_eq!(ben_client.get("/account").await.status, 303);
    let r = app
        .client()
        .login(MEMBER, minga_core::demo::DEFAULT_PASSWORD)
        .await;
    assert_ne!(r.status, 303, "a removed person signed in");
    // What they wrote is still theirs, by name.
    let kept: User = app.store().user_by_id(ben.id).await.unwrap();
    assert_eq!(kept.name, "Ben Okafor");
    // Removing them again finds nobody.
    let r = ana
        .post(&format!("/orgs/casa/people/{}/remove", ben.id), &[])
        .await;
    assert_eq!(r.status, 404);

    // They may be invited again, and come back as the same person.
    app.deliver_mail().await;
    assert_eq!(invite(&mut ana, MEMBER, "en").await.status, 303);
    let token = token_in(&app.deliver_mail().await[0].text);
    let mut back = app.client();
    let r = back
        .post(
            &format!("/invite/{token}"),
            &[
                ("name", "Ben O."),
                ("password", "a new long password"),
                ("password_confirm", "a new long password"),
                ("locale", "en"),
                ("time_zone", "UTC"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let again = app.user(MEMBER).await;
    assert_eq!((again.id, again.name.as_str()), (ben.id, "Ben O."));
    assert_eq!(back.get("/account").await.status, 200);
    assert!(ana.get("/orgs/casa/people").await.contains(MEMBER));
}

#[tokio::test]
async fn resending_mails_a_new_link_in_the_invitees_language_and_kills_the_old() {
    let app = casa().await;
    let mut ana = app.signed_in(ADMIN).await;
    assert_eq!(
        invite(&mut ana, "nouvelle@example.org", "fr").await.status,
        303
    );
    let first = app.deliver_mail().await;
    assert_eq!(first.len(), 1);
    let old = token_in(&first[0].text);
    let org = app.core.org_by_slug("casa").await.unwrap();
    let waiting = app.store().pending_invitations(org.id).await.unwrap();
    assert_eq!(waiting.len(), 1);

    let r = ana
        .post(
            &format!("/orgs/casa/people/invitations/{}/resend", waiting[0].id),
            &[],
        )
        .await;
    assert_eq!(r.status, 303);
    let second = app.deliver_mail().await;
    assert_eq!(second.len(), 1);
    assert_eq!(second[0].to, first[0].to);
    assert_eq!(second[0].subject, first[0].subject, "French again");
    assert!(second[0].subject.contains("Casa de Todos"));
    let new = token_in(&second[0].text);
    assert_ne!(old, new);
    let mut visitor = app.client();
    assert_ne!(visitor.get(&format!("/invite/{old}")).await.status, 200);
    assert_eq!(visitor.get(&format!("/invite/{new}")).await.status, 200);
    assert_eq!(
        app.store().pending_invitations(org.id).await.unwrap().len(),
        1
    );

    // Another organisation's admin cannot resend or revoke it.
    let mut other = app.signed_in(OTHER_ADMIN).await;
    let path = format!("/orgs/casa/people/invitations/{}/revoke", waiting[0].id);
    assert_eq!(other.post(&path, &[]).await.status, 403);
    assert_eq!(visitor.get(&format!("/invite/{new}")).await.status, 200);
}

#[tokio::test]
async fn revoking_an_invitation_kills_its_link() {
    let app = casa().await;
    let mut ana = app.signed_in(ADMIN).await;
    invite(&mut ana, "later@example.org", "es").await;
    let token = token_in(&app.deliver_mail().await[0].text);
    let org = app.core.org_by_slug("casa").await.unwrap();
    let id = app.store().pending_invitations(org.id).await.unwrap()[0].id;
    let mut member = app.signed_in(MEMBER).await;
    let path = format!("/orgs/casa/people/invitations/{id}/revoke");
    assert_eq!(member.post(&path, &[]).await.status, 403);
    let r = ana.post(&path, &[]).await;
    assert_eq!(r.status, 303);
    assert_ne!(
        app.client().get(&format!("/invite/{token}")).await.status,
        200
    );
    let page = ana.get("/orgs/casa/people").await;
    assert!(!page.contains("later@example.org"));
    assert!(page.contains("No invitation is waiting"));
    // Revoked is revoked: a second time finds nothing waiting.
    assert_eq!(ana.post(&path, &[]).await.status, 404);
}

#[tokio::test]
async fn inviting_a_member_is_refused_and_inviting_again_resends() {
    let app = casa().await;
    let mut ana = app.signed_in(ADMIN).await;
    // Ben is in the organisation already (whatever the address's case).
    let r = invite(&mut ana, "BEN@casa.test", "en").await;
    assert_eq!(r.status, 422);
    assert!(r.contains("already in the organisation"));
    assert!(r.contains("id=\"e-email\""), "beside the email field");
    assert!(
        r.contains("value=\"BEN@casa.test\""),
        "what was typed is kept"
    );
    assert!(app.deliver_mail().await.is_empty());

    assert_eq!(
        invite(&mut ana, "twice@example.org", "en").await.status,
        303
    );
    let r = invite(&mut ana, "twice@example.org", "pt").await;
    assert_eq!(r.status, 303);
    assert!(r
        .location
        .clone()
        .unwrap_or_default()
        .contains("notice-invitation-resent"));
    let org = app.core.org_by_slug("casa").await.unwrap();
    let waiting = app.store().pending_invitations(org.id).await.unwrap();
    assert_eq!(waiting.len(), 1, "no second invitation");
    assert_eq!(waiting[0].locale, minga_domain::Locale::Pt);
    let mails = app.deliver_mail().await;
    assert_eq!(mails.len(), 2);
    assert_ne!(token_in(&mails[0].text), token_in(&mails[1].text));
    assert_ne!(
        app.client()
            .get(&format!("/invite/{}", token_in(&mails[0].text)))
            .await
            .status,
        200
    );
}

// --- pictures ---------------------------------------------------------

fn png(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        image::Rgb([(x * 255 / w) as u8, (y * 255 / h) as u8, 120])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

fn jpeg(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        image::Rgb([(x * 200 / w) as u8, 90, (y * 255 / h) as u8])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Jpeg).unwrap();
    out.into_inner()
}

/// Every `/pictures/…` URL in a page, in order.
fn picture_urls(body: &str) -> Vec<String> {
    body.split("src=\"/pictures/")
        .skip(1)
        .map(|s| format!("/pictures/{}", &s[..s.find('"').unwrap()]))
        .collect()
}

#[tokio::test]
async fn a_logo_becomes_small_square_variants_cached_for_a_year() {
    let app = casa().await;
    let files_before = app.store().count_files().await.unwrap();
    // A visitor's page, kept before the logo exists, shows the initials.
    let before = app.client().get("/orgs/casa").await;
    assert!(picture_urls(&before.body).is_empty());
    assert!(before.contains(">CT</span>"));
    let mut ana = app.signed_in(ADMIN).await;
    let r = ana
        .post_files(
            "/orgs/casa/logo",
            &[],
            &[("upload_picture", "logo.png", &png(300, 200))],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    // Shown large on the organisation's page, to visitors too, with its size and alt text.
    let page = app.client().get("/orgs/casa").await;
    let urls = picture_urls(&page.body);
    assert_eq!(urls.len(), 1, "{}", page.body);
    assert!(
        page.contains("width=\"96\" height=\"96\" alt=\"Logo of \u{2068}Casa de Todos\u{2069}\"")
    );

    let mut visitor = app.client();
    let (status, headers, bytes) = visitor.get_bytes(&urls[0], &[]).await;
    assert_eq!(status, 200);
    assert_eq!(
        headers["cache-control"].to_str().unwrap(),
        "public, max-age=31536000, immutable"
    );
    let ct = headers["content-type"].to_str().unwrap();
    assert!(ct == "image/png" || ct == "image/jpeg", "{ct}");
    let large = image::load_from_memory(&bytes).unwrap();
    assert_eq!((large.width(), large.height()), (160, 160));
    assert!(bytes.len() < 12_000, "large variant: {} bytes", bytes.len());
    // The small variant, beside the name where organisations are listed.
    let org = app.core.org_by_slug("casa").await.unwrap();
    let pic = app
        .core
        .picture(&org.id.to_string())
        .await
        .unwrap()
        .unwrap();
    let (status, _, bytes) = visitor.get_bytes(&pic.small_url(), &[]).await;
    assert_eq!(status, 200);
    let small = image::load_from_memory(&bytes).unwrap();
    assert_eq!((small.width(), small.height()), (40, 40));
    assert!(bytes.len() < 3_000, "small variant: {} bytes", bytes.len());
    // Beside its name in the directory.
    let dir = app.client().get("/orgs?q=Casa").await;
    assert!(
        dir.contains(&format!(
            "src=\"{}\" width=\"40\" height=\"40\" alt=\"\"",
            pic.small_url()
        )),
        "{}",
        dir.body
    );
    // The upload itself is not kept, and a name that is no variant is not served.
    assert_eq!(app.store().count_files().await.unwrap(), files_before);
    let (status, _, _) = visitor
        .get_bytes(&format!("/pictures/{}.png", "ab".repeat(32)), &[])
        .await;
    assert_eq!(status, 404);

    // A member of the organisation may not change it.
    let mut ben = app.signed_in(MEMBER).await;
    let r = ben
        .post_files(
            "/orgs/casa/logo",
            &[],
            &[("upload_picture", "x.png", &png(50, 50))],
        )
        .await;
    assert_eq!(r.status, 403);
    assert_eq!(ben.post("/orgs/casa/logo/remove", &[]).await.status, 403);

    // Its admin removes it: the initials are back, for visitors too.
    assert_eq!(ana.post("/orgs/casa/logo/remove", &[]).await.status, 303);
    let after = app.client().get("/orgs/casa").await;
    assert!(picture_urls(&after.body).is_empty());
    assert!(after.contains(">CT</span>"));
    assert_eq!(visitor.get_bytes(&urls[0], &[]).await.0, 404);
}

#[tokio::test]
async fn an_avatar_shows_where_people_are_listed_and_removing_it_brings_back_initials() {
    let app = casa().await;
    let mut ben = app.signed_in(MEMBER).await;
    let r = ben
        .post_files(
            "/account/avatar",
            &[],
            &[("upload_picture", "me.jpg", &jpeg(640, 480))],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let account = ben.get("/account").await;
    assert!(account.contains("alt=\"Picture of \u{2068}Ben Okafor\u{2069}\""));
    let urls = picture_urls(&account.body);
    assert_eq!(urls.len(), 1);
    // Small beside his name on the people page and the organisation's page.
    let mut ana = app.signed_in(ADMIN).await;
    for page in ["/orgs/casa/people", "/orgs/casa"] {
        let body = ana.get(page).await.body;
        assert!(
            body.contains("width=\"40\" height=\"40\" alt=\"\""),
            "{page} shows Ben's avatar"
        );
    }

    let r = ben.post("/account/avatar/remove", &[]).await;
    assert_eq!(r.status, 303);
    let account = ben.get("/account").await;
    assert!(picture_urls(&account.body).is_empty());
    assert!(account.contains("aria-label=\"Picture of \u{2068}Ben Okafor\u{2069}\">BO</span>"));
    // The old variant's bytes are gone with it.
    let (status, _, _) = ben.get_bytes(&urls[0], &[]).await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn a_text_file_named_png_is_refused_beside_the_input() {
    let app = casa().await;
    let files_before = app.store().count_files().await.unwrap();
    let mut ana = app.signed_in(ADMIN).await;
    let r = ana
        .post_files(
            "/orgs/casa/logo",
            &[],
            &[(
                "upload_picture",
                "logo.png",
                b"not a picture at all, only text",
            )],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.contains("id=\"e-upload_picture\""));
    assert!(r.contains("“logo.png” is not a picture Minga can read"));
    // The rest of the edit page is still there, as stored.
    assert!(r.contains("value=\"Casa de Todos\""));
    let org = app.core.org_by_slug("casa").await.unwrap();
    assert!(app
        .core
        .picture(&org.id.to_string())
        .await
        .unwrap()
        .is_none());
    assert_eq!(
        app.store().count_files().await.unwrap(),
        files_before,
        "the refused upload is forgotten"
    );

    // In Arabic, the same refusal in Arabic.
    let mut ben = app.signed_in(MEMBER).await;
    ben.post("/lang", &[("lang", "ar")]).await;
    let r = ben
        .post_files(
            "/account/avatar",
            &[],
            &[("upload_picture", "me.png", b"hello")],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.contains("ليس صورة"), "{}", r.body);
}

#[tokio::test]
async fn pictures_too_large_in_pixels_or_damaged_are_refused() {
    let app = casa().await;
    let mut ben = app.signed_in(MEMBER).await;
    let wide = png(minga_core::pictures::MAX_SIDE + 1, 1);
    let r = ben
        .post_files(
            "/account/avatar",
            &[],
            &[("upload_picture", "wide.png", &wide)],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.contains("is too large"), "{}", r.body);
    // A PNG cut short, and a JPEG whose header is garbage after its marker.
    let mut cut = png(400, 300);
    cut.truncate(cut.len() / 2);
    let mut garbled = jpeg(400, 300);
    for b in &mut garbled[4..200] {
        *b = 0x5a;
    }
    for (name, bytes) in [("cut.png", &cut), ("garbled.jpg", &garbled)] {
        let r = ben
            .post_files("/account/avatar", &[], &[("upload_picture", name, bytes)])
            .await;
        assert_eq!(r.status, 422, "{name}");
        assert!(r.contains("is damaged"), "{name}: {}", r.body);
    }
    // Sent without a file.
    let r = ben.post_multipart("/account/avatar", &[]).await;
    assert_eq!(r.status, 422);
    assert!(r.contains("Choose a picture"));
    assert!(picture_urls(&ben.get("/account").await.body).is_empty());
}
