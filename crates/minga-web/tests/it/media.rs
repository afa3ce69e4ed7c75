//! Recordings and videos (issue 12): uploads streamed to the blob store and
//! refused cleanly, the player page, range requests, captions checked on
//! upload, the transcript, renditions with and without ffmpeg, data saver.

use axum::body::Body;
use axum::http::{header, Request};
use minga_domain::media::{Rendition, RenditionState};
use minga_domain::MediaId;
use minga_testkit::store::StoredRendition;
use minga_testkit::{Client, TestApp, MEDIA_LIMIT};
use tower::ServiceExt;

const MEMBER: &str = "member@demo.minga.test";

/// Bytes that sniff as an MP4 video (an `ftyp` box), then filler: enough
/// for everything but renditions, which need a real file.
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

const VTT_ES: &str = "WEBVTT\n\n00:00.000 --> 00:01.500\nHola y bienvenidas\n\n00:01:02.000 --> 00:01:04.000\n<v Ana>Preguntas</v> &amp; respuestas\n";
const VTT_EN: &str = "WEBVTT\n\n00:00.000 --> 00:01.500\nHello and welcome\n";

/// A name no other test run uses at the same moment.
fn uuid_like() -> String {
    MediaId::new().to_string()
}

async fn post_caption(c: &mut Client, path: &str, lang: &str, vtt: &str) -> minga_testkit::Resp {
    c.post_files(
        path,
        &[("caption_lang", lang)],
        &[("upload_caption", "c.vtt", vtt.as_bytes())],
    )
    .await
}

/// Recordings recorded and blobs stored.
async fn counts(app: &TestApp) -> (i64, usize, usize) {
    (
        app.core.count_media().await.unwrap(),
        app.core.blobs.count().await.unwrap(),
        app.core.blobs.temporary_count().await.unwrap(),
    )
}

/// Uploads a recording through the form; returns its id.
async fn upload(c: &mut Client, title: &str, bytes: &[u8]) -> MediaId {
    let r = c
        .post_files(
            "/media/new",
            &[
                ("title", title),
                ("description", "Notes from the session."),
                ("chapters", "0:00 Intro\n1:02 Questions"),
                ("caption_lang", "es"),
            ],
            &[
                ("upload_caption", "es.vtt", VTT_ES.as_bytes()),
                ("upload_media", "session.mp4", bytes),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let loc = r.location.expect("redirect to the recording");
    loc.trim_start_matches("/media/").parse().expect("an id")
}

#[tokio::test]
async fn an_upload_plays_with_captions_chapters_and_range_requests() {
    let app = TestApp::with_demo(4).await;
    let mut c = app.signed_in(MEMBER).await;
    let form = c.get("/media/new").await;
    assert_eq!(form.status, 200);
    assert!(form.contains("enctype=\"multipart/form-data\""));
    let bytes = fake_mp4(300_000);
    let id = upload(&mut c, "Soil and water — week 3", &bytes).await;

    let page = c.get(&format!("/media/{id}")).await;
    assert_eq!(page.status, 200);
    assert!(
        page.contains("<video controls preload=\"none\""),
        "{}",
        page.body
    );
    assert!(page.contains(&format!(
        "<source src=\"/media/{id}/file\" type=\"video/mp4\">"
    )));
    assert!(page.contains(&format!(
        "<track kind=\"captions\" src=\"/media/{id}/captions/es.vtt\" srclang=\"es\" label=\"Español\">"
    )));
    assert!(page.contains(&format!("href=\"/media/{id}?t=62#player\"")));
    assert!(page.contains("<bdi>Questions</bdi>"));
    assert!(page.contains("dir=\"auto\">Soil and water — week 3</h1>"));
    assert!(
        page.contains("<title>\u{2068}Soil and water — week 3\u{2069} · Recording · Minga</title>")
    );
    assert!(!page.contains("<script"));
    assert!(page.body.len() < 50_000);
    // The browser may load sound, video and captions from this site (and no
    // other): without media-src they would fall to default-src 'none'.
    let csp = page.headers["content-security-policy"].to_str().unwrap();
    assert!(csp.contains("media-src 'self';"), "{csp}");

    // Seeking: a range of the recording, as a player asks.
    let (status, h, body) = c
        .get_bytes(
            &format!("/media/{id}/file"),
            &[("range", "bytes=1000-1999")],
        )
        .await;
    assert_eq!(status, 206);
    assert_eq!(h["content-range"], "bytes 1000-1999/300000");
    assert_eq!(h["accept-ranges"], "bytes");
    assert_eq!(h["content-type"], "video/mp4");
    assert_eq!(body, &bytes[1000..2000]);
    let (status, h, _) = c
        .get_bytes(&format!("/media/{id}/file"), &[("range", "bytes=400000-")])
        .await;
    assert_eq!(status, 416);
    assert_eq!(h["content-range"], "bytes */300000");
    let (status, _, body) = c.get_bytes(&format!("/media/{id}/file"), &[]).await;
    assert_eq!((status, body.len()), (200, bytes.len()));
    // A browser's download asks for gzip: the video comes as it is, with its
    // length (gzip would deflate it for nothing and hide its size).
    let (status, h, body) = c
        .get_bytes(
            &format!("/media/{id}/file"),
            &[("accept-encoding", "gzip, br")],
        )
        .await;
    assert_eq!(status, 200);
    assert!(h.get("content-encoding").is_none());
    assert_eq!(h["content-length"], bytes.len().to_string().as_str());
    assert_eq!(body, bytes);

    // Captions as WebVTT.
    let (status, h, body) = c
        .get_bytes(&format!("/media/{id}/captions/es.vtt"), &[])
        .await;
    assert_eq!(status, 200);
    assert_eq!(h["content-type"], "text/vtt; charset=utf-8");
    assert_eq!(body, VTT_ES.as_bytes());
    assert_eq!(
        c.get(&format!("/media/{id}/captions/fr.vtt")).await.status,
        404
    );

    // The moment asked is the player's media fragment.
    let at = c.get(&format!("/media/{id}?t=62")).await;
    assert!(at.contains(&format!("src=\"/media/{id}/file#t=62\"")));

    // Listed, and (in no community) only for people signed in: visitors
    // read only a public community's recordings, and get a 404 here.
    assert!(c.get("/media").await.contains(&format!("/media/{id}")));
    let r = app.client().get(&format!("/media/{id}")).await;
    assert_eq!(r.status, 404);
    let (status, _, _) = app
        .client()
        .get_bytes(&format!("/media/{id}/file"), &[])
        .await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn refused_uploads_keep_what_was_typed_and_leave_nothing() {
    let app = TestApp::with_demo(4).await;
    let mut c = app.signed_in(MEMBER).await;
    let before = counts(&app).await;

    // Over the limit.
    let r = c
        .post_files(
            "/media/new",
            &[
                ("title", "Too long a recording"),
                ("description", "kept text"),
            ],
            &[(
                "upload_media",
                "big.mp4",
                &fake_mp4(MEDIA_LIMIT as usize + 10_000),
            )],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.contains("id=\"e-upload_media\""), "{}", r.body);
    assert!(r.contains("is larger than 1 MB"), "{}", r.body);
    assert!(r.contains("value=\"Too long a recording\""));
    assert!(r.contains(">kept text</textarea>"));
    assert_eq!(counts(&app).await, before);

    // Not sound or video, judged by its bytes whatever its name.
    let r = c
        .post_files(
            "/media/new",
            &[("title", "A document")],
            &[("upload_media", "talk.mp4", b"%PDF-1.7 not a video at all")],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.contains("is not a sound or video file"), "{}", r.body);
    assert_eq!(counts(&app).await, before);

    // A good file but a missing title: its bytes are not kept either.
    let r = c
        .post_files(
            "/media/new",
            &[("title", " ")],
            &[("upload_media", "ok.mp4", &fake_mp4(50_000))],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.contains("id=\"e-title\""));
    assert_eq!(counts(&app).await, before);

    // A bad caption file refuses the whole form, naming the problem.
    let r = c
        .post_files(
            "/media/new",
            &[("title", "With bad captions"), ("caption_lang", "en")],
            &[
                (
                    "upload_caption",
                    "en.srt",
                    b"1\n00:00:01,000 --> 00:00:02,000\nHi\n",
                ),
                ("upload_media", "ok.mp4", &fake_mp4(50_000)),
            ],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.contains("its first line must be WEBVTT"), "{}", r.body);
    assert_eq!(counts(&app).await, before);

    // Cut off halfway: the connection drops in the middle of the file.
    let token = c.cookies[minga_web::CSRF_COOKIE].clone();
    let boundary = "----cutoffboundary";
    let mut body = Vec::new();
    for (name, value) in [("csrf", token.as_str()), ("title", "Cut off talk")] {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
                .as_bytes(),
        );
    }
    body.extend_from_slice(
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"upload_media\"; filename=\"talk.mp4\"\r\n\r\n")
            .as_bytes(),
    );
    body.extend_from_slice(&fake_mp4(120_000));
    // …and nothing more: no closing boundary.
    let cookies: Vec<String> = c.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect();
    let req = Request::builder()
        .method("POST")
        .uri("/media/new")
        .header(header::HOST, "minga.test")
        .header(header::COOKIE, cookies.join("; "))
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={boundary}"),
        )
        .body(Body::from(body))
        .unwrap();
    let res = app.router.clone().oneshot(req).await.unwrap();
    assert_eq!(res.status().as_u16(), 422);
    let page = String::from_utf8(
        axum::body::to_bytes(res.into_body(), 1 << 20)
            .await
            .unwrap()
            .to_vec(),
    )
    .unwrap();
    assert!(page.contains("was cut off"), "{page}");
    assert!(page.contains("id=\"e-upload_media\""));
    assert!(page.contains("value=\"Cut off talk\""));
    assert_eq!(counts(&app).await, before);

    // And the same form, whole, is kept.
    upload(&mut c, "Whole talk", &fake_mp4(120_000)).await;
    let after = counts(&app).await;
    assert_eq!((after.0, after.1), (before.0 + 1, before.1 + 1));
}

#[tokio::test]
async fn caption_files_that_are_not_webvtt_are_refused_naming_the_problem() {
    let app = TestApp::with_demo(4).await;
    let mut c = app.signed_in(MEMBER).await;
    let id = upload(&mut c, "Captions", &fake_mp4(20_000)).await;
    let path = format!("/media/{id}/captions");
    let r = post_caption(
        &mut c,
        &path,
        "en",
        "WEBVTT\n\n00:00:05.000 --> 00:00:02.000\nBackwards\n",
    )
    .await;
    assert_eq!(r.status, 422);
    assert!(
        r.contains("Line 3: this caption ends before it starts."),
        "{}",
        r.body
    );
    let r = post_caption(
        &mut c,
        &path,
        "en",
        "WEBVTT\n\n00:00:01 --> 00:00:02\nNo millis\n",
    )
    .await;
    assert_eq!(r.status, 422);
    assert!(
        r.contains("Line 3: a caption’s times must read like"),
        "{}",
        r.body
    );
    // In the reader's language.
    c.post("/lang", &[("lang", "es"), ("next", "/")]).await;
    let r = post_caption(&mut c, &path, "en", "Hello\n").await;
    assert_eq!(r.status, 422);
    assert!(r.contains("Esto no es un archivo WebVTT"), "{}", r.body);
    assert!(app
        .core
        .media_caption(Some(&app.user(MEMBER).await), id, minga_domain::Locale::En)
        .await
        .is_err());
    // A good one is kept; only the uploader (and the Secretariat) may add.
    let r = post_caption(&mut c, &path, "en", VTT_EN).await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(
        c.get(&format!("/media/{id}/captions/en.vtt")).await.body,
        VTT_EN
    );
    let mut other = app.signed_in("orgadmin@demo.minga.test").await;
    let r = post_caption(&mut other, &path, "fr", VTT_EN).await;
    assert_eq!(r.status, 403);
    let page = other.get(&format!("/media/{id}")).await;
    assert!(!page.contains(&format!("action=\"/media/{id}/captions\"")));
}

#[tokio::test]
async fn the_transcript_links_each_line_to_its_moment() {
    let app = TestApp::with_demo(4).await;
    let mut c = app.signed_in(MEMBER).await;
    let id = upload(&mut c, "Transcribed", &fake_mp4(20_000)).await;
    c.post_files(
        &format!("/media/{id}/captions"),
        &[("caption_lang", "en")],
        &[("upload_caption", "en.vtt", VTT_EN.as_bytes())],
    )
    .await;
    // The reader's language (English) first, Spanish listed.
    let t = c.get(&format!("/media/{id}/transcript")).await;
    assert_eq!(t.status, 200);
    assert!(t.contains("Hello and welcome"), "{}", t.body);
    assert!(t.contains(&format!("href=\"/media/{id}/transcript?captions=es\"")));
    let t = c.get(&format!("/media/{id}/transcript?captions=es")).await;
    assert!(t.contains(&format!("<a href=\"/media/{id}?t=62#player\" dir=\"ltr\">1:02</a> <span dir=\"auto\">Preguntas &#38; respuestas</span>")), "{}", t.body);
    assert!(t.contains("lang=\"es\""));
    // Chapters: edited by the uploader, refused with the line named.
    let r = c
        .post(
            &format!("/media/{id}/chapters"),
            &[("chapters", "0:10 Start\n0:05 Earlier")],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(
        r.contains("Line 2 starts before the chapter above it"),
        "{}",
        r.body
    );
    assert!(r.contains("0:10 Start\n0:05 Earlier</textarea>"));
    let r = c
        .post(
            &format!("/media/{id}/chapters"),
            &[("chapters", "0:00 A\n0:30 B")],
        )
        .await;
    assert_eq!(r.status, 303);
    assert!(c
        .get(&format!("/media/{id}"))
        .await
        .contains(&format!("href=\"/media/{id}?t=30#player\"")));
}

/// Stores fake renditions (as the worker would) so pages can be checked
/// without ffmpeg.
async fn fake_renditions(app: &TestApp, id: MediaId) -> (Vec<u8>, Vec<u8>) {
    let audio = b"OggS\0\x02fake opus".repeat(200);
    let small = fake_mp4(60_000);
    let mut made = Vec::new();
    for (kind, bytes) in [(Rendition::Audio, &audio), (Rendition::Small, &small)] {
        let s = app
            .core
            .blobs
            .put_bytes(bytes.clone().into(), u64::MAX)
            .await
            .unwrap();
        made.push(StoredRendition {
            kind,
            content_type: kind.content_type().into(),
            blob_key: s.key,
            size: s.size,
        });
    }
    app.store()
        .set_media_renditions(id, RenditionState::Done, Some(3_000), &made)
        .await
        .unwrap();
    (audio, small)
}

/// A browser's player first asks `Range: bytes=0-` (the whole file, as a
/// range): the answer is 206 with `Content-Range`, not 200, for the
/// recording and its renditions alike (Safari plays nothing answered 200,
/// and the browser journey e2e/journeys/recordings.test.js watches for it).
#[tokio::test]
async fn a_players_first_ask_for_the_whole_file_as_a_range_is_answered_206() {
    let app = TestApp::with_demo(4).await;
    let mut c = app.signed_in(MEMBER).await;
    let bytes = fake_mp4(120_000);
    let id = upload(&mut c, "Range from the start", &bytes).await;
    let (audio, _) = fake_renditions(&app, id).await;
    for (path, whole) in [
        (format!("/media/{id}/file"), &bytes),
        (format!("/media/{id}/renditions/audio.ogg"), &audio),
    ] {
        let n = whole.len();
        let (status, h, body) = c.get_bytes(&path, &[("range", "bytes=0-")]).await;
        assert_eq!(status, 206, "{path}");
        assert_eq!(
            h["content-range"],
            format!("bytes 0-{}/{n}", n - 1),
            "{path}"
        );
        assert_eq!(h["content-length"], n.to_string(), "{path}");
        assert_eq!(&body, whole, "{path}");
        // The same range stated in full is the same answer.
        let full = format!("bytes=0-{}", n - 1);
        let (status, h2, _) = c.get_bytes(&path, &[("range", &full)]).await;
        assert_eq!(status, 206, "{path}");
        assert_eq!(h2["content-range"], h["content-range"], "{path}");
        // Without a Range header: the whole file, 200, no Content-Range.
        let (status, h, body) = c.get_bytes(&path, &[]).await;
        assert_eq!((status, body.len()), (200, n), "{path}");
        assert!(h.get("content-range").is_none(), "{path}");
    }
}

#[tokio::test]
async fn data_saver_offers_the_sound_first_and_loads_nothing_until_asked() {
    let app = TestApp::with_demo(4).await;
    let mut c = app.signed_in(MEMBER).await;
    let id = upload(&mut c, "Saver", &fake_mp4(200_000)).await;
    let (audio, _) = fake_renditions(&app, id).await;

    // Off: the video with a choice of every rendition and its size.
    let page = c.get(&format!("/media/{id}")).await;
    assert!(page.contains("<video controls preload=\"none\""));
    assert!(page.contains("Sound only — 3 KB"), "{}", page.body);
    assert!(page.contains("Small video — 60 KB"));
    assert!(page.contains("As uploaded — 200 KB"));
    assert!(page.body.len() < 50_000);
    let account = c.get("/account").await;
    assert!(!account.contains("name=\"data_saver\" value=\"on\" checked"));
    assert!(
        account.contains("big\""),
        "the large face without data saver"
    );

    // On: nothing to load, the sound first.
    let r = c.post("/account/data-saver", &[("data_saver", "on")]).await;
    assert_eq!(r.status, 303);
    assert!(app.user(MEMBER).await.data_saver);
    let page = c.get(&format!("/media/{id}")).await;
    assert!(!page.contains("<video"), "{}", page.body);
    assert!(!page.contains("<audio"));
    assert!(!page.contains("poster="));
    let sound = page
        .body
        .find(&format!(
            "href=\"/media/{id}?play=audio#player\">Play the sound only (3 KB)"
        ))
        .expect("a link to the sound");
    let small = page
        .body
        .find("Play the small video (60 KB)")
        .expect("a link to the small video");
    let full = page.body.find("Play the full video").unwrap();
    assert!(sound < small && small < full);
    let account = c.get("/account").await;
    assert!(account.contains("name=\"data_saver\" value=\"on\" checked"));
    assert!(!account.contains("big\""), "the small face with data saver");

    // Asked for the sound: the audio player, still loading nothing first.
    let page = c.get(&format!("/media/{id}?play=audio&t=62")).await;
    assert!(page.contains(&format!(
        "<audio controls preload=\"none\">\n<source src=\"/media/{id}/renditions/audio.ogg#t=62\" type=\"audio/ogg\">"
    )), "{}", page.body);
    let (status, h, body) = c
        .get_bytes(
            &format!("/media/{id}/renditions/audio.ogg"),
            &[("range", "bytes=10-19")],
        )
        .await;
    assert_eq!(status, 206);
    assert_eq!(h["content-range"], format!("bytes 10-19/{}", audio.len()));
    assert_eq!(body, &audio[10..20]);
    assert_eq!(
        c.get(&format!("/media/{id}/renditions/nothing.ogg"))
            .await
            .status,
        404
    );

    // Off again.
    c.post("/account/data-saver", &[]).await;
    assert!(!app.user(MEMBER).await.data_saver);
    assert!(c.get(&format!("/media/{id}")).await.contains("<video"));
}

#[tokio::test]
async fn data_saver_starts_on_for_organisations_of_the_south() {
    let app = TestApp::with_demo(12).await;
    let sec = app.user("secretariat@demo.minga.test").await;
    let orgs = app
        .store()
        .list_orgs(&Default::default(), 1, 50)
        .await
        .unwrap()
        .items;
    for group in [minga_domain::Group::South, minga_domain::Group::North] {
        let org = orgs
            .iter()
            .find(|o| o.group == group && o.kind != minga_domain::OrgKind::Partner)
            .expect("an organisation of each group");
        let email = format!("new-{}@example.org", group.code());
        let input = minga_core::accounts::InviteInput {
            email: email.clone(),
            role: "member".into(),
            locale: "en".into(),
        };
        let token = app
            .core
            .invite(Some(&sec), org.id, &input)
            .await
            .unwrap()
            .expect("a token");
        let mut c = app.client();
        let r = c
            .post(
                &format!("/invite/{token}"),
                &[
                    ("name", "New person"),
                    ("password", "a long password"),
                    ("password_confirm", "a long password"),
                    ("locale", "en"),
                    ("time_zone", "UTC"),
                ],
            )
            .await;
        assert_eq!(r.status, 303, "{}", r.body);
        let user = app.user(&email).await;
        assert_eq!(
            user.data_saver,
            group == minga_domain::Group::South,
            "{group:?}"
        );
    }
}

#[tokio::test]
async fn without_ffmpeg_the_page_says_renditions_are_not_available() {
    let app = TestApp::with_demo(4).await;
    let mut c = app.signed_in(MEMBER).await;
    let id = upload(&mut c, "No ffmpeg", &fake_mp4(30_000)).await;
    let page = c.get(&format!("/media/{id}")).await;
    assert!(page.contains("are being made"), "{}", page.body);
    // The worker of a server whose ffmpeg is nowhere.
    let mut core = app.core.clone();
    core.settings = std::sync::Arc::new(minga_core::Settings {
        ffmpeg: "/nonexistent/bin/ffmpeg".into(),
        ..(*app.core.settings).clone()
    });
    core.run_due_jobs().await.unwrap();
    let page = c.get(&format!("/media/{id}")).await;
    assert!(
        page.contains("not available on this server"),
        "{}",
        page.body
    );
    assert!(page.contains("<video controls preload=\"none\""));
    assert!(!page.contains("renditions/"));
    let (status, _, _) = c.get_bytes(&format!("/media/{id}/file"), &[]).await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn with_ffmpeg_the_worker_makes_light_renditions() {
    let app = TestApp::with_demo(4).await;
    if !app.core.ffmpeg_available().await {
        eprintln!("ffmpeg is not installed: skipped");
        return;
    }
    // Three seconds at 640×360 with little compression: heavier than its
    // light renditions (made by the same ffmpeg, with arguments, no shell).
    let out = std::env::temp_dir().join(format!("minga-talk-{}.mp4", uuid_like()));
    let made = std::process::Command::new(&app.core.settings.ffmpeg)
        .args([
            "-nostdin",
            "-y",
            "-v",
            "error",
            "-f",
            "lavfi",
            "-i",
            "testsrc=size=640x360:rate=25:duration=3",
            "-f",
            "lavfi",
            "-i",
            "sine=frequency=440:duration=3",
            "-c:v",
            "libx264",
            "-preset",
            "ultrafast",
            "-crf",
            "20",
            "-pix_fmt",
            "yuv420p",
            "-c:a",
            "aac",
            "-b:a",
            "128k",
            "-shortest",
        ])
        .arg(&out)
        .status()
        .unwrap();
    assert!(made.success());
    let recording = std::fs::read(&out).unwrap();
    std::fs::remove_file(&out).unwrap();
    assert!(
        recording.len() < MEDIA_LIMIT as usize,
        "{}",
        recording.len()
    );
    let mut c = app.signed_in(MEMBER).await;
    let id = upload(&mut c, "Real recording", &recording).await;
    app.core.run_due_jobs().await.unwrap();
    let p = app
        .core
        .media_page(Some(&app.user(MEMBER).await), id)
        .await
        .unwrap();
    assert_eq!(p.media.renditions, RenditionState::Done);
    let d = p.media.duration_ms.expect("a duration");
    assert!((2_900..=3_200).contains(&d), "{d}");
    let kinds: Vec<Rendition> = p.renditions.iter().map(|r| r.kind).collect();
    assert_eq!(
        kinds,
        vec![Rendition::Audio, Rendition::Small, Rendition::Poster]
    );
    let page = c.get(&format!("/media/{id}")).await;
    assert!(page.contains("Sound only — "), "{}", page.body);
    assert!(page.contains(&format!("poster=\"/media/{id}/renditions/poster.jpg\"")));
    assert!(page.contains("0:03"), "the duration");
    let (status, h, audio) = c
        .get_bytes(&format!("/media/{id}/renditions/audio.ogg"), &[])
        .await;
    assert_eq!(
        (status, &h["content-type"]),
        (200, &"audio/ogg".parse().unwrap())
    );
    assert!(audio.starts_with(b"OggS"));
    assert!(audio.windows(8).any(|w| w == b"OpusHead"));
    let (status, _, small) = c
        .get_bytes(
            &format!("/media/{id}/renditions/small.mp4"),
            &[("range", "bytes=0-99")],
        )
        .await;
    assert_eq!(status, 206);
    assert_eq!(&small[4..8], b"ftyp");
    // +faststart: the index (moov) comes before the media data.
    let (_, _, whole) = c
        .get_bytes(&format!("/media/{id}/renditions/small.mp4"), &[])
        .await;
    let at = |tag: &[u8]| whole.windows(4).position(|w| w == tag).unwrap();
    assert!(at(b"moov") < at(b"mdat"));
    let (_, _, poster) = c
        .get_bytes(&format!("/media/{id}/renditions/poster.jpg"), &[])
        .await;
    assert!(poster.starts_with(&[0xff, 0xd8]));
    for r in &p.renditions {
        if r.kind != Rendition::Poster {
            assert!(r.size < p.media.size, "{:?} is lighter", r.kind);
        }
    }

    // A recording already tiny (the demo's, 160×120) gets no "small video"
    // heavier than itself; its sound alone is still lighter.
    let tiny = app.core.make_test_recording(3).await.unwrap().unwrap();
    let id = upload(&mut c, "Tiny recording", &tiny).await;
    app.core.run_due_jobs().await.unwrap();
    let p = app
        .core
        .media_page(Some(&app.user(MEMBER).await), id)
        .await
        .unwrap();
    assert_eq!(p.media.renditions, RenditionState::Done);
    for r in &p.renditions {
        assert!(
            r.kind == Rendition::Poster || r.size < p.media.size,
            "{r:?}"
        );
    }
}

#[tokio::test]
async fn a_recording_in_a_community_nobody_may_read_is_not_found() {
    let app = TestApp::with_demo(4).await;
    let mut c = app.signed_in(MEMBER).await;
    let id = upload(&mut c, "Hidden", &fake_mp4(20_000)).await;
    // Partners are members of the network: they read it.
    let mut partner = app.signed_in("partner@demo.minga.test").await;
    assert_eq!(partner.get(&format!("/media/{id}")).await.status, 200);
    // Moved into a community this network does not know: hidden from all,
    // its page, bytes, captions and transcript alike.
    app.sql(&format!(
        "UPDATE media_assets SET community_id = 'hidden-one' WHERE id = '{id}'"
    ))
    .await;
    let mut sec = app.signed_in("secretariat@demo.minga.test").await;
    for who in [&mut c, &mut partner, &mut sec] {
        for path in [
            format!("/media/{id}"),
            format!("/media/{id}/file"),
            format!("/media/{id}/captions/es.vtt"),
            format!("/media/{id}/transcript"),
        ] {
            let (status, _, _) = who.get_bytes(&path, &[]).await;
            assert_eq!(status, 404, "{path}");
        }
        assert!(!who.get("/media").await.contains(&id.to_string()));
    }
    // Nor may anyone upload into it.
    assert_eq!(c.get("/media/new?community=hidden-one").await.status, 404);
}

#[tokio::test]
async fn the_demo_recording_is_made_when_ffmpeg_is_here_and_skipped_when_not() {
    let app = TestApp::with_demo(4).await;
    // Without ffmpeg the demo still starts, without a recording.
    let mut none = app.core.clone();
    none.settings = std::sync::Arc::new(minga_core::Settings {
        ffmpeg: "/nonexistent/ffmpeg".into(),
        ..(*app.core.settings).clone()
    });
    assert_eq!(none.seed_demo_media().await.unwrap(), None);
    assert_eq!(app.core.count_media().await.unwrap(), 0);
    if !app.core.ffmpeg_available().await {
        eprintln!("ffmpeg is not installed: the rest skipped");
        return;
    }
    let id = app
        .core
        .seed_demo_media()
        .await
        .unwrap()
        .expect("a recording");
    let member = app.user(MEMBER).await;
    let p = app.core.media_page(Some(&member), id).await.unwrap();
    assert!(p.media.size < 200_000, "small: {} bytes", p.media.size);
    assert_eq!(
        p.captions,
        vec![minga_domain::Locale::En, minga_domain::Locale::Es]
    );
    assert_eq!(p.chapters.len(), 2);
    assert_eq!(p.media.renditions, RenditionState::Pending);
}

#[tokio::test]
async fn a_communitys_recordings_are_read_exactly_by_those_who_read_it() {
    use minga_core::demo_communities::{INVITE_ONLY, PUBLIC};
    let app = TestApp::with_demo(4).await;
    let before = counts(&app).await;
    // The member is not in the invite-only circle: no form, no upload, and
    // nothing stored by a try.
    let mut member = app.signed_in(MEMBER).await;
    let circle_form = format!("/media/new?community={INVITE_ONLY}");
    assert_eq!(member.get(&circle_form).await.status, 404);
    let r = member
        .post_files(
            &circle_form,
            &[("title", "Not mine to post")],
            &[("upload_media", "a.mp4", &fake_mp4(20_000))],
        )
        .await;
    assert_eq!(r.status, 404);
    assert_eq!(counts(&app).await, before);

    // Its moderator uploads there; the community's page lists it.
    let mut admin = app.signed_in("orgadmin@demo.minga.test").await;
    assert_eq!(admin.get(&circle_form).await.status, 200);
    let r = admin
        .post_files(
            &circle_form,
            &[("title", "Circle only"), ("caption_lang", "en")],
            &[
                ("upload_caption", "en.vtt", VTT_EN.as_bytes()),
                ("upload_media", "circle.mp4", &fake_mp4(20_000)),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let id = r
        .location
        .unwrap()
        .trim_start_matches("/media/")
        .to_string();
    let home = admin.get(&format!("/communities/{INVITE_ONLY}")).await;
    assert!(
        home.contains(&format!("href=\"/media/{id}\"")),
        "{}",
        home.body
    );
    assert!(home.contains(&format!("href=\"/media/new?community={INVITE_ONLY}\"")));
    assert_eq!(admin.get(&format!("/media/{id}")).await.status, 200);

    // Everyone outside it gets 404s: page, bytes, captions, transcript.
    let mut partner = app.signed_in("partner@demo.minga.test").await;
    for who in [&mut member, &mut partner] {
        for path in [
            format!("/media/{id}"),
            format!("/media/{id}/file"),
            format!("/media/{id}/captions/en.vtt"),
            format!("/media/{id}/transcript"),
        ] {
            let (status, _, _) = who.get_bytes(&path, &[]).await;
            assert_eq!(status, 404, "{path}");
        }
        assert!(!who.get("/media").await.contains(&id));
    }
    // The Secretariat coordinates every community.
    let mut sec = app.signed_in("secretariat@demo.minga.test").await;
    assert_eq!(sec.get(&format!("/media/{id}")).await.status, 200);

    // A public community's recording: every member of the network reads it.
    let public_form = format!("/media/new?community={PUBLIC}");
    let r = member
        .post_files(
            &public_form,
            &[("title", "Open session")],
            &[("upload_media", "open.mp4", &fake_mp4(20_000))],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let open = r.location.unwrap();
    assert_eq!(partner.get(&open).await.status, 200);
    assert!(partner
        .get(&format!("/communities/{PUBLIC}"))
        .await
        .contains(&format!("href=\"{open}\"")));
}
