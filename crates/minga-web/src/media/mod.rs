//! Recordings and videos (issue 12): `/media` lists them, `/media/new`
//! uploads one (streamed to the blob store), `/media/{id}` plays it with the
//! browser's own `<video>`/`<audio>` (no script, `preload="none"`), lists
//! every rendition with its size, its chapters and captions;
//! `/media/{id}/transcript` is its captions as text, each line a link to its
//! moment. The bytes (`/file`, `/renditions/…`) are range-served like
//! downloads, so players seek. With data saver on, nothing is loaded until
//! the reader picks what to play (audio first).

mod read;

use crate::ctx::SignedIn;
use crate::files::{not_satisfiable, ranged_response, RangeAsk};
use crate::forms::{or_rerender, CsrfForm, CsrfMultipart};
use crate::view::{html, Choice, FormErrors, PageCtx};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::handler::Handler;
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use minga_core::media::{MediaInput, MediaPage, CAPTION_FIELD};
use minga_core::CoreError;
use minga_domain::media::{clock, MediaKind, Rendition, RenditionState};
use minga_domain::{Locale, MediaId};
use serde::Deserialize;

pub fn router() -> crate::routes::Routes {
    crate::routes::Routes::new()
        .route("/media", get(list))
        .route(
            "/media/new",
            get(new_form).post(upload.layer(DefaultBodyLimit::disable())),
        )
        .route("/media/{id}", get(show))
        .route("/media/{id}/file", get(original))
        .route("/media/{id}/renditions/{name}", get(rendition))
        .route(
            "/media/{id}/captions",
            post(add_caption.layer(DefaultBodyLimit::disable())),
        )
        .route("/media/{id}/captions/{name}", get(caption))
        .route("/media/{id}/chapters", post(set_chapters))
        .route("/media/{id}/transcript", get(transcript))
}

fn media_id(s: &str) -> Result<MediaId, AppError> {
    s.parse().map_err(|_| AppError::NotFound)
}

/// The five languages as caption choices, each named in the reader's
/// language's list (their own names).
fn caption_langs(current: &str) -> Vec<Choice> {
    crate::view::locale_choices(current)
}

// --- list ----------------------------------------------------------------

pub struct MediaRow {
    pub href: String,
    pub title: String,
    pub meta: String,
}

#[derive(Template)]
#[template(path = "media/list.html")]
pub struct ListView {
    page: PageCtx,
    rows: Vec<MediaRow>,
}

async fn list(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
) -> Result<Response, AppError> {
    let page = PageCtx::new(&st, &ctx, "media-list-title");
    let rows = rows(&page, st.core.recent_media(Some(&user), None, 100).await?);
    Ok(html(&ListView { page, rows })?.into_response())
}

/// Recordings as lists show them: title, date and size.
pub fn rows(page: &PageCtx, media: Vec<minga_core::media::Media>) -> Vec<MediaRow> {
    media
        .into_iter()
        .map(|m| MediaRow {
            href: format!("/media/{}", m.id),
            meta: format!("{} · {}", page.date(&m.created_at), page.file_size(m.size)),
            title: m.title,
        })
        .collect()
}

// --- upload --------------------------------------------------------------

#[derive(Deserialize, Default)]
pub struct CommunityQuery {
    #[serde(default)]
    community: Option<String>,
}

impl CommunityQuery {
    fn slug(&self) -> Option<&str> {
        self.community.as_deref().filter(|s| !s.is_empty())
    }
}

#[derive(Template)]
#[template(path = "media/new.html")]
pub struct NewView {
    page: PageCtx,
    errors: FormErrors,
    action: String,
    title: String,
    description: String,
    chapters: String,
    langs: Vec<Choice>,
    max: String,
}

fn new_view(
    st: &AppState,
    ctx: &crate::Ctx,
    q: &CommunityQuery,
    input: &MediaInput,
    caption_lang: &str,
    errors: FormErrors,
) -> NewView {
    let page = PageCtx::new(st, ctx, "media-new-title");
    let action = match q.slug() {
        Some(s) => format!("/media/new?community={}", crate::view::urlencode(s)),
        None => "/media/new".into(),
    };
    NewView {
        max: minga_i18n::format_file_size(ctx.locale, st.core.settings.max_media_bytes),
        page,
        errors,
        action,
        title: input.title.clone(),
        description: input.description.clone(),
        chapters: input.chapters.clone(),
        langs: caption_langs(caption_lang),
    }
}

async fn new_form(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Query(q): Query<CommunityQuery>,
) -> Result<Response, AppError> {
    st.core.may_upload_media(&user, q.slug()).await?;
    let v = new_view(
        &st,
        &ctx,
        &q,
        &MediaInput::default(),
        ctx.locale.code(),
        FormErrors::none(ctx.locale),
    );
    Ok(html(&v)?.into_response())
}

async fn upload(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Query(q): Query<CommunityQuery>,
    mp: CsrfMultipart,
) -> Result<Response, AppError> {
    // Decided before a byte is read: a refused upload stores nothing.
    st.core.may_upload_media(&user, q.slug()).await?;
    let (ctx, form) = read::read_media_form(&st.core, mp).await?;
    let caption_lang = form.text("caption_lang");
    let input = MediaInput {
        title: form.text("title"),
        description: form.text("description"),
        chapters: form.text("chapters"),
        community: q.slug().map(str::to_string),
        caption: form.caption.clone().map(|b| (caption_lang.clone(), b)),
    };
    let result = st
        .core
        .create_media(&user, &input, form.upload.clone(), form.errors.clone())
        .await;
    or_rerender(
        result,
        ctx.locale,
        |id| Redirect::to(&format!("/media/{id}")),
        async |errors| Ok(new_view(&st, &ctx, &q, &input, &caption_lang, errors)),
    )
    .await
}

// --- the page ------------------------------------------------------------

#[derive(Deserialize, Default)]
pub struct ShowQuery {
    /// audio, small or original: what the player plays.
    #[serde(default)]
    play: Option<String>,
    /// Seconds from the start, for the media fragment.
    #[serde(default)]
    t: Option<u32>,
}

/// What the player plays.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Source {
    Original,
    Version(Rendition),
}

impl Source {
    fn parse(s: &str) -> Option<Source> {
        match s {
            "original" => Some(Source::Original),
            "audio" => Some(Source::Version(Rendition::Audio)),
            "small" => Some(Source::Version(Rendition::Small)),
            _ => None,
        }
    }
    fn code(self) -> &'static str {
        match self {
            Source::Original => "original",
            Source::Version(r) => r.code(),
        }
    }
}

pub struct Track {
    pub src: String,
    pub lang: &'static str,
    pub label: &'static str,
    pub default: bool,
}

pub struct Player {
    pub video: bool,
    pub src: String,
    pub content_type: String,
    pub poster: Option<String>,
}

pub struct Choose {
    pub href: String,
    pub label: String,
    pub current: bool,
}

pub struct Link {
    pub href: String,
    pub label: String,
}

pub struct ChapterRow {
    pub href: String,
    pub at: String,
    pub title: String,
}

#[derive(Template)]
#[template(path = "media/show.html")]
pub struct ShowView {
    page: PageCtx,
    id: String,
    title: String,
    description: String,
    meta: String,
    player: Option<Player>,
    tracks: Vec<Track>,
    choices: Vec<Choose>,
    downloads: Vec<Link>,
    note: Option<String>,
    chapters: Vec<ChapterRow>,
    captions: Vec<Link>,
    has_captions: bool,
    may_edit: bool,
    chapters_text: String,
    chapter_errors: FormErrors,
    caption_errors: FormErrors,
    langs: Vec<Choice>,
}

fn show_view(
    st: &AppState,
    ctx: &crate::Ctx,
    p: MediaPage,
    q: &ShowQuery,
    chapter_errors: FormErrors,
    caption_errors: FormErrors,
    chapters_text: Option<String>,
) -> ShowView {
    let mut page = PageCtx::new(st, ctx, "media-title");
    page.title_text = Some(p.media.title.clone());
    let m = &p.media;
    let base = format!("/media/{}", m.id);
    let has = |r: Rendition| p.renditions.iter().find(|x| x.kind == r);
    let size_of = |s: Source| match s {
        Source::Original => Some(m.size),
        Source::Version(r) => has(r).map(|x| x.size),
    };
    // What may be played, lightest first for data saver.
    let mut playable: Vec<Source> = Vec::new();
    if has(Rendition::Audio).is_some() {
        playable.push(Source::Version(Rendition::Audio));
    }
    if m.kind == MediaKind::Video && has(Rendition::Small).is_some() {
        playable.push(Source::Version(Rendition::Small));
    }
    playable.push(Source::Original);
    let asked = q.play.as_deref().and_then(Source::parse);
    let chosen = match asked {
        Some(s) if playable.contains(&s) => Some(s),
        // Data saver: nothing is loaded until the reader asks.
        _ if page.data_saver => None,
        _ => Some(Source::Original),
    };
    let src_of = |s: Source| match s {
        Source::Original => format!("{base}/file"),
        Source::Version(r) => format!("{base}/renditions/{}.{}", r.code(), r.extension()),
    };
    let fragment =
        q.t.filter(|t| *t > 0)
            .map(|t| format!("#t={t}"))
            .unwrap_or_default();
    let player = chosen.map(|s| {
        let video = m.kind == MediaKind::Video && s != Source::Version(Rendition::Audio);
        Player {
            video,
            src: format!("{}{fragment}", src_of(s)),
            content_type: match s {
                Source::Original => m.content_type.clone(),
                Source::Version(r) => r.content_type().to_string(),
            },
            poster: (video && !page.data_saver)
                .then(|| has(Rendition::Poster).map(|_| format!("{base}/renditions/poster.jpg")))
                .flatten(),
        }
    });
    let label_of = |s: Source, play: bool| {
        let key = match (s, play, m.kind) {
            (Source::Version(Rendition::Audio), true, _) => "media-play-audio",
            (Source::Version(Rendition::Small), true, _) => "media-play-small",
            (_, true, MediaKind::Video) => "media-play-original",
            (_, true, MediaKind::Audio) => "media-play-original-audio",
            (Source::Version(Rendition::Audio), false, _) => "media-rendition-audio",
            (Source::Version(Rendition::Small), false, _) => "media-rendition-small",
            (Source::Version(Rendition::Poster), _, _) => "media-rendition-poster",
            (Source::Original, false, _) => "media-rendition-original",
        };
        page.t1(key, "size", page.file_size(size_of(s).unwrap_or(0)))
    };
    let keep_t = q.t.map(|t| format!("&t={t}")).unwrap_or_default();
    let choices = playable
        .iter()
        .map(|s| Choose {
            href: format!("{base}?play={}{keep_t}#player", s.code()),
            label: label_of(*s, true),
            current: chosen == Some(*s),
        })
        .collect();
    let mut downloads: Vec<Link> = playable
        .iter()
        .map(|s| Link {
            href: src_of(*s),
            label: label_of(*s, false),
        })
        .collect();
    if let Some(poster) = has(Rendition::Poster) {
        downloads.push(Link {
            href: format!("{base}/renditions/poster.jpg"),
            label: page.t1(
                "media-rendition-poster",
                "size",
                page.file_size(poster.size),
            ),
        });
    }
    let note = match m.renditions {
        RenditionState::Done => None,
        RenditionState::Pending => Some(page.t("media-renditions-pending")),
        RenditionState::Unavailable => Some(page.t("media-renditions-unavailable")),
        RenditionState::Failed => Some(page.t("media-renditions-failed")),
    };
    // Moments keep what is being played.
    let play_part = chosen
        .filter(|_| asked.is_some())
        .map(|s| format!("play={}&", s.code()))
        .unwrap_or_default();
    let chapters = p
        .chapters
        .iter()
        .map(|c| ChapterRow {
            href: format!("{base}?{play_part}t={}#player", c.start),
            at: clock(c.start),
            title: c.title.clone(),
        })
        .collect();
    // The reader's language first, then the others as stored.
    let mut langs = p.captions.clone();
    langs.sort_by_key(|l| *l != ctx.locale);
    let tracks = langs
        .iter()
        .enumerate()
        .map(|(i, l)| Track {
            src: format!("{base}/captions/{}.vtt", l.code()),
            lang: l.code(),
            label: l.native_name(),
            default: i == 0 && *l == ctx.locale,
        })
        .collect();
    let captions = langs
        .iter()
        .map(|l| Link {
            href: format!("{base}/captions/{}.vtt", l.code()),
            label: l.native_name().to_string(),
        })
        .collect();
    let mut meta = page.date(&m.created_at);
    if let Some(d) = m.duration_ms {
        meta = format!("{meta} · {}", clock((d / 1000) as u32));
    }
    if let Some(name) = &p.uploader {
        meta = format!(
            "{meta} · {}",
            page.t1("media-by", "name", minga_i18n::isolate(name))
        );
    }
    ShowView {
        id: m.id.to_string(),
        title: m.title.clone(),
        description: m.description.clone(),
        meta,
        player,
        tracks,
        choices,
        downloads,
        note,
        chapters,
        has_captions: !langs.is_empty(),
        captions,
        may_edit: p.may_edit,
        chapters_text: chapters_text.unwrap_or_else(|| m.chapters.clone()),
        chapter_errors,
        caption_errors,
        langs: caption_langs(ctx.locale.code()),
        page,
    }
}

async fn show(
    State(st): State<AppState>,
    ctx: crate::Ctx,
    Path(id): Path<String>,
    Query(q): Query<ShowQuery>,
) -> Result<Response, AppError> {
    let p = st
        .core
        .media_page(ctx.user.as_ref(), media_id(&id)?)
        .await?;
    let none = || FormErrors::none(ctx.locale);
    let v = show_view(&st, &ctx, p, &q, none(), none(), None);
    Ok(html(&v)?.into_response())
}

#[derive(Deserialize)]
pub struct ChaptersForm {
    #[serde(default)]
    chapters: String,
}

async fn set_chapters(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<String>,
    CsrfForm(ctx, f): CsrfForm<ChaptersForm>,
) -> Result<Response, AppError> {
    let id = media_id(&id)?;
    let result = st.core.set_media_chapters(&user, id, &f.chapters).await;
    or_rerender(
        result,
        ctx.locale,
        |()| Redirect::to(&format!("/media/{id}")),
        async |errors| {
            let p = st.core.media_page(Some(&user), id).await?;
            let none = FormErrors::none(ctx.locale);
            Ok(show_view(
                &st,
                &ctx,
                p,
                &ShowQuery::default(),
                errors,
                none,
                Some(f.chapters.clone()),
            ))
        },
    )
    .await
}

async fn add_caption(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<String>,
    mp: CsrfMultipart,
) -> Result<Response, AppError> {
    let id = media_id(&id)?;
    let (ctx, form) = read::read_media_form(&st.core, mp).await?;
    // This form carries no recording; one sent anyway is not kept.
    if let Some(up) = &form.upload {
        st.core.discard_media_upload(up).await?;
    }
    let result = match (&form.caption, form.errors.is_empty()) {
        (Some(bytes), true) => {
            st.core
                .add_caption(&user, id, &form.text("caption_lang"), bytes)
                .await
        }
        (None, true) => Err(CoreError::field(CAPTION_FIELD, "error-caption-missing")),
        (_, false) => Err(CoreError::Invalid(form.errors.clone())),
    };
    or_rerender(
        result,
        ctx.locale,
        |()| Redirect::to(&format!("/media/{id}")),
        async |errors| {
            let p = st.core.media_page(Some(&user), id).await?;
            let none = FormErrors::none(ctx.locale);
            let mut v = show_view(&st, &ctx, p, &ShowQuery::default(), none, errors, None);
            v.langs = caption_langs(&form.text("caption_lang"));
            Ok(v)
        },
    )
    .await
}

// --- bytes ---------------------------------------------------------------

async fn serve_media(
    st: &AppState,
    user: Option<&minga_domain::User>,
    id: &str,
    which: Option<Rendition>,
    headers: &HeaderMap,
) -> Result<Response, AppError> {
    let ask = RangeAsk::of(headers);
    let open = match st
        .core
        .open_media(user, media_id(id)?, which, ask.picker())
        .await
    {
        Ok(o) => o,
        Err(CoreError::RangeNotSatisfiable(size)) => return Ok(not_satisfiable(size)),
        Err(e) => return Err(e.into()),
    };
    ranged_response(
        open.reading,
        ask.honoured(),
        &open.etag,
        &open.content_type,
        &crate::files::content_disposition(true, &open.file_name),
    )
}

async fn original(
    State(st): State<AppState>,
    ctx: crate::Ctx,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    serve_media(&st, ctx.user.as_ref(), &id, None, &headers).await
}

async fn rendition(
    State(st): State<AppState>,
    ctx: crate::Ctx,
    Path((id, name)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let kind = Rendition::ALL
        .into_iter()
        .find(|r| name == format!("{}.{}", r.code(), r.extension()))
        .ok_or(AppError::NotFound)?;
    serve_media(&st, ctx.user.as_ref(), &id, Some(kind), &headers).await
}

async fn caption(
    State(st): State<AppState>,
    ctx: crate::Ctx,
    Path((id, name)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let lang = name
        .strip_suffix(".vtt")
        .and_then(Locale::parse)
        .ok_or(AppError::NotFound)?;
    let body = st
        .core
        .media_caption(ctx.user.as_ref(), media_id(&id)?, lang)
        .await?;
    let mut res = body.into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/vtt; charset=utf-8"),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    Ok(res)
}

// --- transcript ----------------------------------------------------------

/// Lines of a transcript per page: an hour of captions is ~1,000 cues.
const CUES_PER_PAGE: usize = 250;

#[derive(Deserialize, Default)]
pub struct TranscriptQuery {
    /// The captions' language (not `lang`, which switches the site's).
    #[serde(default)]
    captions: Option<String>,
    #[serde(default)]
    page: Option<usize>,
}

pub struct Line {
    pub href: String,
    pub at: String,
    pub text: String,
}

#[derive(Template)]
#[template(path = "media/transcript.html")]
pub struct TranscriptView {
    page: PageCtx,
    id: String,
    title: String,
    lang: Option<&'static str>,
    lang_name: String,
    others: Vec<Link>,
    lines: Vec<Line>,
    pages: usize,
    prev: Option<String>,
    next: Option<String>,
    position: String,
}

async fn transcript(
    State(st): State<AppState>,
    ctx: crate::Ctx,
    Path(id): Path<String>,
    Query(q): Query<TranscriptQuery>,
) -> Result<Response, AppError> {
    let id = media_id(&id)?;
    let want = q
        .captions
        .as_deref()
        .and_then(Locale::parse)
        .unwrap_or(ctx.locale);
    let (p, cues) = st
        .core
        .media_transcript(ctx.user.as_ref(), id, want)
        .await?;
    let mut page = PageCtx::new(&st, &ctx, "media-transcript-title");
    page.title_text = Some(p.media.title.clone());
    let base = format!("/media/{id}");
    let (lang, cues) = match cues {
        Some((l, c)) => (Some(l), c),
        None => (None, Vec::new()),
    };
    let pages = cues.len().div_ceil(CUES_PER_PAGE).max(1);
    let n = q.page.unwrap_or(1).clamp(1, pages);
    let lines = cues
        .iter()
        .skip((n - 1) * CUES_PER_PAGE)
        .take(CUES_PER_PAGE)
        .map(|c| {
            let t = (c.start_ms / 1000) as u32;
            Line {
                href: format!("{base}?t={t}#player"),
                at: clock(t),
                text: c.plain_text(),
            }
        })
        .collect();
    let code = lang.map(|l| l.code()).unwrap_or("");
    let at = |k: usize| format!("{base}/transcript?captions={code}&page={k}");
    let mut langs = p.captions.clone();
    langs.sort_by_key(|l| *l != ctx.locale);
    let v = TranscriptView {
        id: id.to_string(),
        title: p.media.title.clone(),
        lang: lang.map(|l| l.code()),
        lang_name: lang
            .map(|l| l.native_name().to_string())
            .unwrap_or_default(),
        others: langs
            .into_iter()
            .filter(|l| Some(*l) != lang)
            .map(|l| Link {
                href: format!("{base}/transcript?captions={}", l.code()),
                label: l.native_name().to_string(),
            })
            .collect(),
        lines,
        pages,
        prev: (n > 1).then(|| at(n - 1)),
        next: (n < pages).then(|| at(n + 1)),
        position: minga_i18n::I18n::global().ta(
            page.locale,
            "pager-position",
            &[
                ("page", minga_i18n::s(page.number(&(n as u64)))),
                ("pages", minga_i18n::s(page.number(&(pages as u64)))),
            ],
        ),
        page,
    };
    Ok(html(&v)?.into_response())
}
