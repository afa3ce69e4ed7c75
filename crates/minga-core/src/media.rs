//! Recordings and videos (issue 12): uploads streamed to the blob store,
//! captions checked on arrival, chapters, and the worker's job that makes
//! lighter renditions with ffmpeg for people who pay by the megabyte.
//!
//! Who may read, upload and edit is decided in one place,
//! [`Core::media_access`], with the policy's `Resource::Media`.

use crate::files::{upload_error, Limit};
use crate::{Core, CoreError, Result};
use bytes::Bytes;
use futures_util::StreamExt;
use minga_blobs::{BlobError, Reading};
use minga_domain::community::CommunityAction;
use minga_domain::media::{
    parse_chapters, parse_vtt, sniff_media, Chapter, Cue, MediaKind, Rendition, RenditionState,
    DESCRIPTION_MAX, TITLE_MAX,
};
use minga_domain::{can, Action, FieldErrors, Locale, MediaId, Resource, User};
pub use minga_store::{Media, StoredRendition};
use minga_store::{NewJob, NewMedia};
use std::path::{Path, PathBuf};
use std::time::Duration;

pub const RENDITIONS_JOB: &str = "media_renditions";
/// The longest one ffmpeg run may take before it is stopped.
pub const FFMPEG_TIMEOUT: Duration = Duration::from_secs(3 * 3600);
/// The input field of the recording on the upload form.
pub const MEDIA_FIELD: &str = "upload_media";
/// The input field of a caption file.
pub const CAPTION_FIELD: &str = "upload_caption";

/// A recording whose bytes are stored but not yet recorded (the form may
/// still be refused, and then they are forgotten).
#[derive(Debug, Clone)]
pub struct UploadedMedia {
    pub blob_key: String,
    pub size: u64,
    pub kind: MediaKind,
    pub content_type: String,
}

/// What the upload form says besides the file.
#[derive(Debug, Clone, Default)]
pub struct MediaInput {
    pub title: String,
    pub description: String,
    pub chapters: String,
    /// The community's slug, when uploaded for one.
    pub community: Option<String>,
    /// A caption file sent with the recording: its language and bytes.
    pub caption: Option<(String, Vec<u8>)>,
}

/// Everything the recording's page shows.
#[derive(Debug, Clone)]
pub struct MediaPage {
    pub media: Media,
    pub renditions: Vec<StoredRendition>,
    pub captions: Vec<Locale>,
    pub chapters: Vec<Chapter>,
    pub may_edit: bool,
    /// The uploader's name, when they are still known.
    pub uploader: Option<String>,
}

/// A recording's (or rendition's) bytes opened for reading.
pub struct OpenMedia {
    pub content_type: String,
    /// A name for saving it: the title's words and the right extension.
    pub file_name: String,
    pub etag: String,
    pub reading: Reading,
}

impl Core {
    /// What the actor may do with a recording, or with a new one: whether
    /// they may read it, and post (upload) where it is. This is the one place
    /// that decides; pages, files, captions and renditions all ask it.
    ///
    /// A recording in a community is read exactly by those who may read the
    /// community (visitors too, when it is public), and uploaded by those who
    /// may post there ([`Core::community_access_by_id`], the communities' own
    /// rule); one in none by every signed-in member of the network and no
    /// visitor. A community that cannot be found (an unknown slug, a deleted
    /// community) lets nobody in.
    async fn media_access(&self, actor: Option<&User>, at: Place<'_>) -> Result<(bool, bool)> {
        let access = match at {
            Place::Network => return Ok((actor.is_some(), actor.is_some())),
            Place::Slug(slug) => self.community_access(actor, slug).await,
            Place::Id(id) => match id.parse::<minga_domain::CommunityId>() {
                Ok(id) => self.community_access_by_id(actor, id).await,
                Err(_) => Err(CoreError::NotFound),
            },
        };
        match access {
            Ok(a) => Ok((a.may(CommunityAction::Read), a.may(CommunityAction::Post))),
            Err(CoreError::NotFound) => Ok((false, false)),
            Err(e) => Err(e),
        }
    }

    /// The id of the community named by `slug` (for a new recording).
    async fn community_id_of(&self, actor: &User, slug: &str) -> Result<String> {
        Ok(self
            .community_access(Some(actor), slug)
            .await?
            .community
            .id
            .to_string())
    }

    async fn media_resource(&self, actor: Option<&User>, m: &Media) -> Result<Resource> {
        let at = match m.community_id.as_deref() {
            Some(id) => Place::Id(id),
            None => Place::Network,
        };
        let (read, post) = self.media_access(actor, at).await?;
        Ok(Resource::Media {
            uploader: m.uploaded_by,
            read,
            post,
        })
    }

    /// A recording the actor may read, or `NotFound` (never `Forbidden`:
    /// a hidden community's recordings are not revealed).
    pub(crate) async fn readable_media(&self, actor: Option<&User>, id: MediaId) -> Result<Media> {
        let m = self.store.media(id).await?.ok_or(CoreError::NotFound)?;
        let r = self.media_resource(actor, &m).await?;
        if !can(actor.map(User::actor).as_ref(), Action::View, r) {
            return Err(CoreError::NotFound);
        }
        Ok(m)
    }

    async fn editable_media(&self, actor: &User, id: MediaId) -> Result<Media> {
        let m = self.readable_media(Some(actor), id).await?;
        let r = self.media_resource(Some(actor), &m).await?;
        if !can(Some(&actor.actor()), Action::Edit, r) {
            return Err(CoreError::Forbidden);
        }
        Ok(m)
    }

    /// Whether the actor may upload a recording (into `community`), asked
    /// before the form is read so a refused upload stores nothing.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn may_upload_media(&self, actor: &User, community: Option<&str>) -> Result<()> {
        let at = match community {
            Some(slug) => Place::Slug(slug),
            None => Place::Network,
        };
        let (read, post) = self.media_access(Some(actor), at).await?;
        if !read {
            return Err(CoreError::NotFound);
        }
        let r = Resource::Media {
            uploader: None,
            read,
            post,
        };
        if !can(Some(&actor.actor()), Action::Create, r) {
            return Err(CoreError::Forbidden);
        }
        Ok(())
    }

    /// Stores an uploaded recording's bytes, judged by `head` (its first
    /// bytes, already read): only sound or video is stored, streamed within
    /// the media size limit. Errors name `field`.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn store_media_upload<S, E>(
        &self,
        field: &str,
        raw_name: &str,
        head: Bytes,
        rest: S,
    ) -> Result<UploadedMedia>
    where
        S: futures_util::Stream<Item = std::result::Result<Bytes, E>> + Send,
        E: Into<Box<dyn std::error::Error + Send + Sync>>,
    {
        let name = minga_domain::files::clean_name(raw_name);
        let Some((kind, content_type)) = sniff_media(&head) else {
            let mut e = FieldErrors::new();
            e.add_with(
                field,
                "error-media-kind",
                vec![("name", minga_i18n::isolate(&name))],
            );
            return Err(CoreError::Invalid(e));
        };
        let limit = Limit {
            bytes: self.settings.max_media_bytes,
            quota: None,
        };
        let body = futures_util::stream::iter([Ok::<
            Bytes,
            Box<dyn std::error::Error + Send + Sync>,
        >(head)])
        .chain(rest.map(|r| r.map_err(Into::into)));
        let stored = self
            .blobs
            .put_stream(body, limit.bytes)
            .await
            .map_err(|e| upload_error(field, &minga_i18n::isolate(&name), limit, e))?;
        Ok(UploadedMedia {
            blob_key: stored.key,
            size: stored.size,
            kind,
            content_type: content_type.to_string(),
        })
    }

    /// Forgets an upload's bytes when nothing else uses them (a refused
    /// form leaves no blob behind).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn discard_media_upload(&self, up: &UploadedMedia) -> Result<()> {
        if !self.store.blob_in_use(&up.blob_key).await? {
            self.blobs
                .delete(&up.blob_key)
                .await
                .map_err(CoreError::with("deleting a refused recording"))?;
        }
        Ok(())
    }

    /// Records an uploaded recording with its title, description, chapters
    /// and optional captions, and queues its renditions. `errors` are those
    /// found while the form was read (a file too large, cut off, not sound
    /// or video). On any error the stored bytes are forgotten and the form
    /// comes back with what was typed.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn create_media(
        &self,
        actor: &User,
        input: &MediaInput,
        upload: Option<UploadedMedia>,
        mut errors: FieldErrors,
    ) -> Result<MediaId> {
        let checked = self.check_new_media(actor, input, upload.as_ref(), &mut errors);
        let outcome = match checked.await {
            Ok(c) if errors.is_empty() => self.insert_new_media(actor, input, c).await,
            Ok(_) => Err(CoreError::Invalid(errors)),
            Err(e) => Err(e),
        };
        if outcome.is_err() {
            if let Some(up) = &upload {
                self.discard_media_upload(up).await?;
            }
        }
        outcome
    }

    async fn check_new_media(
        &self,
        actor: &User,
        input: &MediaInput,
        upload: Option<&UploadedMedia>,
        errors: &mut FieldErrors,
    ) -> Result<Checked> {
        self.may_upload_media(actor, input.community.as_deref())
            .await?;
        let title = errors.check(
            "title",
            minga_domain::required_text(&input.title, TITLE_MAX),
        );
        if input.description.chars().count() > DESCRIPTION_MAX {
            errors.add("description", "error-too-long");
        }
        let chapters = match parse_chapters(&input.chapters) {
            Ok(c) => minga_domain::media::chapters_text(&c),
            Err((line, key)) => {
                errors.add_with("chapters", key, vec![("line", line.to_string())]);
                String::new()
            }
        };
        let caption = match &input.caption {
            Some((lang, bytes)) => check_caption(CAPTION_FIELD, lang, bytes, errors),
            None => None,
        };
        if upload.is_none() && errors.find(MEDIA_FIELD).is_none() {
            errors.add(MEDIA_FIELD, "error-media-missing");
        }
        Ok(Checked {
            title: title.unwrap_or_default(),
            chapters,
            caption,
            upload: upload.cloned(),
        })
    }

    async fn insert_new_media(
        &self,
        actor: &User,
        input: &MediaInput,
        c: Checked,
    ) -> Result<MediaId> {
        let up = c
            .upload
            .ok_or_else(|| CoreError::other("recording a recording", "no upload"))?;
        let community_id = match &input.community {
            Some(slug) => Some(self.community_id_of(actor, slug).await?),
            None => None,
        };
        let id = MediaId::new();
        let new = NewMedia {
            id,
            community_id,
            org: actor.org_id,
            by: actor.id,
            title: c.title,
            description: input.description.trim().to_string(),
            chapters: c.chapters,
            kind: up.kind,
            content_type: up.content_type.clone(),
            blob_key: up.blob_key.clone(),
            size: up.size,
            renditions: RenditionState::Pending,
        };
        let job = NewJob::now(RENDITIONS_JOB, id.to_string());
        self.store.insert_media(&new, Some(&job)).await?;
        if let Some((lang, body)) = c.caption {
            self.store.put_caption(id, lang, &body).await?;
        }
        Ok(id)
    }

    /// The recording's page.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn media_page(&self, actor: Option<&User>, id: MediaId) -> Result<MediaPage> {
        let media = self.readable_media(actor, id).await?;
        let r = self.media_resource(actor, &media).await?;
        let may_edit = can(actor.map(User::actor).as_ref(), Action::Edit, r);
        let uploader = match media.uploaded_by {
            Some(u) => self.store.user_by_id(u).await.ok().map(|u| u.name),
            None => None,
        };
        Ok(MediaPage {
            renditions: self.store.media_renditions(id).await?,
            captions: self.store.caption_languages(id).await?,
            chapters: parse_chapters(&media.chapters).unwrap_or_default(),
            may_edit,
            uploader,
            media,
        })
    }

    /// The recordings the actor may read, newest first: of the community
    /// named by `community` (its slug; `NotFound` when they may not read it),
    /// or of the whole network.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn recent_media(
        &self,
        actor: Option<&User>,
        community: Option<&str>,
        limit: i64,
    ) -> Result<Vec<Media>> {
        let found = match community {
            Some(slug) => {
                let a = self.community_access(actor, slug).await?;
                a.require(CommunityAction::Read)?;
                // A community's newest are kept (its page shows them).
                (*self.community_media(a.community.id, limit).await?).clone()
            }
            None => self.store.recent_media(None, limit).await?,
        };
        // One answer per community, however many recordings it has.
        let mut known: std::collections::HashMap<Option<String>, bool> = Default::default();
        let mut out = Vec::new();
        for m in found {
            let reads = match known.get(&m.community_id) {
                Some(r) => *r,
                None => {
                    let r = self.media_resource(actor, &m).await?;
                    let reads = can(actor.map(User::actor).as_ref(), Action::View, r);
                    known.insert(m.community_id.clone(), reads);
                    reads
                }
            };
            if reads {
                out.push(m);
            }
        }
        Ok(out)
    }

    /// The recording's bytes, or a rendition's, all or the range `pick`
    /// chooses.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn open_media(
        &self,
        actor: Option<&User>,
        id: MediaId,
        which: Option<Rendition>,
        pick: impl FnOnce(u64, &str) -> std::result::Result<Option<std::ops::Range<u64>>, ()>,
    ) -> Result<OpenMedia> {
        let m = self.readable_media(actor, id).await?;
        let (key, size, content_type, ext) = match which {
            None => {
                let ext = minga_domain::media::extension_for(&m.content_type);
                (m.blob_key.clone(), m.size, m.content_type.clone(), ext)
            }
            Some(kind) => {
                let r = self
                    .store
                    .media_renditions(id)
                    .await?
                    .into_iter()
                    .find(|r| r.kind == kind)
                    .ok_or(CoreError::NotFound)?;
                (r.blob_key, r.size, r.content_type, kind.extension())
            }
        };
        let (etag, reading) = self.read_blob(&key, size, pick).await?;
        Ok(OpenMedia {
            content_type,
            file_name: format!("{}.{ext}", file_stem(&m.title)),
            etag,
            reading,
        })
    }

    /// A caption file as stored (checked WebVTT).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn media_caption(
        &self,
        actor: Option<&User>,
        id: MediaId,
        lang: Locale,
    ) -> Result<String> {
        self.readable_media(actor, id).await?;
        self.store
            .caption(id, lang)
            .await?
            .ok_or(CoreError::NotFound)
    }

    /// The cues of the recording's captions for a transcript: in `lang`
    /// when there are such captions, else in the first language it has.
    /// Returns the language shown too; `None` without any captions.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn media_transcript(
        &self,
        actor: Option<&User>,
        id: MediaId,
        lang: Locale,
    ) -> Result<(MediaPage, Option<Transcript>)> {
        let page = self.media_page(actor, id).await?;
        let shown = if page.captions.contains(&lang) {
            Some(lang)
        } else {
            page.captions.first().copied()
        };
        let cues = match shown {
            Some(l) => {
                let body = self.store.caption(id, l).await?.unwrap_or_default();
                Some((l, parse_vtt(body.as_bytes()).unwrap_or_default()))
            }
            None => None,
        };
        Ok((page, cues))
    }

    /// Adds (or replaces) the captions of one language, after checking the
    /// file is WebVTT; the error names what is wrong and on which line.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn add_caption(
        &self,
        actor: &User,
        id: MediaId,
        lang: &str,
        bytes: &[u8],
    ) -> Result<()> {
        self.editable_media(actor, id).await?;
        let mut errors = FieldErrors::new();
        let checked = check_caption(CAPTION_FIELD, lang, bytes, &mut errors);
        errors.into_result()?;
        let (lang, body) =
            checked.ok_or_else(|| CoreError::other("checking captions", "no caption"))?;
        self.store.put_caption(id, lang, &body).await?;
        Ok(())
    }

    /// Sets the chapters, typed one "0:00 Title" per line.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn set_media_chapters(&self, actor: &User, id: MediaId, text: &str) -> Result<()> {
        self.editable_media(actor, id).await?;
        let chapters = parse_chapters(text).map_err(|(line, key)| {
            let mut e = FieldErrors::new();
            e.add_with("chapters", key, vec![("line", line.to_string())]);
            CoreError::Invalid(e)
        })?;
        self.store
            .set_media_chapters(id, &minga_domain::media::chapters_text(&chapters))
            .await?;
        Ok(())
    }

    /// Turns the actor's data saver on or off.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn set_data_saver(&self, actor: &User, on: bool) -> Result<User> {
        Ok(self.store.set_data_saver(actor.id, on).await?)
    }

    /// How many recordings are stored (tests check that a refused upload
    /// leaves none).
    pub async fn count_media(&self) -> Result<i64> {
        Ok(self.store.count_media().await?)
    }

    /// Records a recording from bytes in memory, as `actor` (the demo's
    /// short recording), in `community` (a slug) or none, with captions, and
    /// queues its renditions.
    pub async fn add_media_bytes(
        &self,
        actor: &User,
        community: Option<&str>,
        title: &str,
        description: &str,
        bytes: Vec<u8>,
        captions: &[(Locale, &str)],
    ) -> Result<MediaId> {
        let head = Bytes::from(bytes);
        let up = self
            .store_media_upload(
                MEDIA_FIELD,
                "recording",
                head,
                futures_util::stream::empty::<std::result::Result<Bytes, std::io::Error>>(),
            )
            .await?;
        let input = MediaInput {
            title: title.into(),
            description: description.into(),
            community: community.map(str::to_string),
            ..Default::default()
        };
        let id = self
            .create_media(actor, &input, Some(up), FieldErrors::new())
            .await?;
        for (lang, body) in captions {
            self.add_caption(actor, id, lang.code(), body.as_bytes())
                .await?;
        }
        Ok(id)
    }
}

/// A transcript: the captions' language and their cues.
pub type Transcript = (Locale, Vec<Cue>);

/// Where a recording is, for [`Core::media_access`].
enum Place<'a> {
    /// In no community: the whole network reads it.
    Network,
    /// A community named by its slug (a new recording's form).
    Slug(&'a str),
    /// A community named by its id (a stored recording).
    Id(&'a str),
}

/// What was checked of a new recording's form.
struct Checked {
    title: String,
    chapters: String,
    caption: Option<(Locale, String)>,
    upload: Option<UploadedMedia>,
}

/// A caption file checked: its language (one of the site's) and its text.
fn check_caption(
    field: &str,
    lang: &str,
    bytes: &[u8],
    errors: &mut FieldErrors,
) -> Option<(Locale, String)> {
    let Some(lang) = Locale::parse(lang) else {
        errors.add("caption_lang", "error-choose-option");
        return None;
    };
    match parse_vtt(bytes) {
        Ok(_) => Some((lang, String::from_utf8_lossy(bytes).into_owned())),
        Err(e) => {
            errors.add_with(field, e.key, vec![("line", e.line.to_string())]);
            None
        }
    }
}

/// A title made into a file name's stem: letters, digits and dashes.
fn file_stem(title: &str) -> String {
    let mut out = String::new();
    for c in title.chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.chars().count() >= 60 {
            break;
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "recording".into()
    } else {
        out
    }
}

// --- renditions ----------------------------------------------------------

/// What ffprobe tells of a file.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Probe {
    pub duration_ms: Option<u64>,
    pub has_video: bool,
    pub has_audio: bool,
}

/// ffprobe beside the ffmpeg named in the settings.
fn ffprobe_for(ffmpeg: &str) -> PathBuf {
    let p = Path::new(ffmpeg);
    match p.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.join("ffprobe"),
        _ => PathBuf::from("ffprobe"),
    }
}

/// Runs a program with arguments (never through a shell), stopped after
/// `FFMPEG_TIMEOUT`; `Ok(None)` when the program cannot be started at all.
async fn run(program: &Path, args: &[&str]) -> Result<Option<std::process::Output>> {
    run_for(program, args, FFMPEG_TIMEOUT).await
}

/// Runs a program with arguments (never through a shell), stopped after
/// `limit`; `Ok(None)` when the program cannot be started at all.
pub(crate) async fn run_for(
    program: &Path,
    args: &[&str],
    limit: Duration,
) -> Result<Option<std::process::Output>> {
    let child = tokio::process::Command::new(program)
        .args(args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn();
    let child = match child {
        Ok(c) => c,
        Err(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::NotFound | std::io::ErrorKind::PermissionDenied
            ) =>
        {
            return Ok(None)
        }
        Err(e) => return Err(CoreError::other("starting a program", e)),
    };
    match tokio::time::timeout(limit, child.wait_with_output()).await {
        Ok(out) => Ok(Some(out.map_err(CoreError::with("running a program"))?)),
        // Dropping the future kills the child (kill_on_drop).
        Err(_) => Err(CoreError::other("running a program", "timed out")),
    }
}

fn check_ok(out: &std::process::Output, what: &'static str) -> Result<()> {
    if out.status.success() {
        Ok(())
    } else {
        let err = String::from_utf8_lossy(&out.stderr);
        let tail: String = err
            .chars()
            .rev()
            .take(400)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        Err(CoreError::other(what, tail))
    }
}

/// Reads ffprobe's JSON.
fn read_probe(json: &[u8]) -> Probe {
    let v: serde_json::Value = serde_json::from_slice(json).unwrap_or_default();
    let duration_ms = v["format"]["duration"]
        .as_str()
        .and_then(|d| d.parse::<f64>().ok())
        .filter(|d| d.is_finite() && *d >= 0.0)
        .map(|d| (d * 1000.0).round() as u64);
    let kinds: Vec<&str> = v["streams"]
        .as_array()
        .map(|s| s.iter().filter_map(|s| s["codec_type"].as_str()).collect())
        .unwrap_or_default();
    // A cover picture in a sound file is a "video" stream of one frame.
    let has_video = v["streams"].as_array().is_some_and(|s| {
        s.iter().any(|s| {
            s["codec_type"] == "video" && s["disposition"]["attached_pic"].as_i64() != Some(1)
        })
    });
    Probe {
        duration_ms,
        has_video,
        has_audio: kinds.contains(&"audio"),
    }
}

impl Core {
    /// The job: makes the audio, small video and poster renditions of a
    /// recording with ffmpeg, stores each in the blob store and records
    /// them with the duration. Without ffmpeg the recording is marked as
    /// having none (its page says so); a file ffmpeg cannot read, as failed.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn make_renditions(&self, id: MediaId) -> Result<()> {
        let Some(m) = self.store.media(id).await? else {
            return Ok(()); // gone meanwhile
        };
        let ffmpeg = PathBuf::from(&self.settings.ffmpeg);
        let ffprobe = ffprobe_for(&self.settings.ffmpeg);
        if run(&ffmpeg, &["-version"]).await?.is_none()
            || run(&ffprobe, &["-version"]).await?.is_none()
        {
            tracing::info!(media = %id, "no ffmpeg: renditions not made");
            self.store
                .set_media_renditions(id, RenditionState::Unavailable, None, &[])
                .await?;
            return Ok(());
        }
        // The job's own folder, removed (with what ffmpeg wrote) when dropped.
        let dir = tempfile::tempdir().map_err(CoreError::with("a folder for ffmpeg"))?;
        let input = dir.path().join("input");
        self.copy_blob_to(&m.blob_key, &input).await?;
        let inp = input.to_string_lossy().into_owned();
        let out = run(
            &ffprobe,
            &[
                "-v",
                "error",
                "-show_entries",
                "format=duration:stream=codec_type:stream_disposition=attached_pic",
                "-of",
                "json",
                &inp,
            ],
        )
        .await?
        .ok_or_else(|| CoreError::other("running ffprobe", "gone"))?;
        if !out.status.success() {
            self.store
                .set_media_renditions(id, RenditionState::Failed, None, &[])
                .await?;
            return Ok(());
        }
        let probe = read_probe(&out.stdout);
        let mut made = Vec::new();
        let mut plan: Vec<(Rendition, Vec<String>)> = Vec::new();
        let path = |r: Rendition| {
            dir.path()
                .join(format!("{}.{}", r.code(), r.extension()))
                .to_string_lossy()
                .into_owned()
        };
        let common = ["-nostdin", "-y", "-v", "error", "-i", &inp];
        if probe.has_audio {
            plan.push((
                Rendition::Audio,
                [
                    "-map",
                    "0:a:0",
                    "-vn",
                    "-ac",
                    "1",
                    "-c:a",
                    "libopus",
                    "-b:a",
                    "24k",
                    // Constrained VBR: a steady tone does not double the size.
                    "-vbr",
                    "constrained",
                    "-application",
                    "voip",
                    "-f",
                    "ogg",
                ]
                .iter()
                .map(|s| s.to_string())
                .chain([path(Rendition::Audio)])
                .collect(),
            ));
        }
        if probe.has_video {
            let mut small: Vec<String> = [
                "-map",
                "0:v:0",
                "-vf",
                "scale=-2:'2*trunc(min(240,ih)/2)'",
                "-c:v",
                "libx264",
                "-preset",
                "veryfast",
                "-crf",
                "30",
                "-maxrate",
                "300k",
                "-bufsize",
                "600k",
                "-pix_fmt",
                "yuv420p",
            ]
            .iter()
            .map(|s| s.to_string())
            .collect();
            if probe.has_audio {
                small.extend(
                    ["-map", "0:a:0", "-c:a", "aac", "-b:a", "48k", "-ac", "1"]
                        .iter()
                        .map(|s| s.to_string()),
                );
            }
            small.extend(
                ["-movflags", "+faststart", "-f", "mp4"]
                    .iter()
                    .map(|s| s.to_string()),
            );
            small.push(path(Rendition::Small));
            plan.push((Rendition::Small, small));
            // A frame a little into the video (or its middle if shorter).
            let at = probe
                .duration_ms
                .map(|d| (d as f64 / 2000.0).min(2.0))
                .unwrap_or(0.0);
            plan.push((
                Rendition::Poster,
                vec![
                    "-ss".into(),
                    format!("{at:.3}"),
                    "-frames:v".into(),
                    "1".into(),
                    "-vf".into(),
                    "scale=-2:'2*trunc(min(240,ih)/2)'".into(),
                    "-q:v".into(),
                    "5".into(),
                    path(Rendition::Poster),
                ],
            ));
        }
        let mut ran = 0;
        for (kind, args) in plan {
            let mut all: Vec<&str> = common.to_vec();
            // Each rendition's options come after the input (`-ss` there is exact).
            all.extend(args.iter().map(String::as_str));
            let out = run(&ffmpeg, &all)
                .await?
                .ok_or_else(|| CoreError::other("running ffmpeg", "gone"))?;
            if let Err(e) = check_ok(&out, "making a rendition") {
                tracing::warn!(media = %id, rendition = kind.code(), error = %e, "rendition failed");
                continue;
            }
            ran += 1;
            let file = path(kind);
            // A "lighter" copy no smaller than the original (a tiny or
            // already small recording) is not offered.
            let len = tokio::fs::metadata(&file)
                .await
                .map_err(CoreError::with("reading a rendition"))?
                .len();
            if kind != Rendition::Poster && len >= m.size {
                continue;
            }
            let stored = self.store_file(Path::new(&file)).await?;
            made.push(StoredRendition {
                kind,
                content_type: kind.content_type().to_string(),
                blob_key: stored.key,
                size: stored.size,
            });
        }
        let state = if ran == 0 {
            RenditionState::Failed
        } else {
            RenditionState::Done
        };
        self.store
            .set_media_renditions(id, state, probe.duration_ms, &made)
            .await?;
        Ok(())
    }

    /// Writes a blob into a file, streaming.
    async fn copy_blob_to(&self, key: &str, to: &Path) -> Result<()> {
        use tokio::io::AsyncWriteExt;
        let reading = self
            .blobs
            .get(key, None)
            .await
            .map_err(CoreError::with("reading a recording"))?;
        let mut f = tokio::fs::File::create(to)
            .await
            .map_err(CoreError::with("a file for ffmpeg"))?;
        let mut body = reading.body;
        while let Some(chunk) = body.next().await {
            let chunk = chunk.map_err(CoreError::with("reading a recording"))?;
            f.write_all(&chunk)
                .await
                .map_err(CoreError::with("writing a file for ffmpeg"))?;
        }
        f.flush()
            .await
            .map_err(CoreError::with("writing a file for ffmpeg"))?;
        Ok(())
    }

    /// Stores a file ffmpeg wrote, streaming.
    async fn store_file(&self, path: &Path) -> Result<minga_blobs::Stored> {
        let f = tokio::fs::File::open(path)
            .await
            .map_err(CoreError::with("reading a rendition"))?;
        let stream = tokio_util::io::ReaderStream::new(f);
        self.blobs
            .put_stream(stream, u64::MAX)
            .await
            .map_err(|e| match e {
                BlobError::Empty => CoreError::other("storing a rendition", "empty"),
                other => CoreError::other("storing a rendition", other),
            })
    }

    /// Whether ffmpeg (and ffprobe beside it) can be run.
    pub async fn ffmpeg_available(&self) -> bool {
        let ffmpeg = PathBuf::from(&self.settings.ffmpeg);
        matches!(run(&ffmpeg, &["-version"]).await, Ok(Some(o)) if o.status.success())
            && matches!(run(&ffprobe_for(&self.settings.ffmpeg), &["-version"]).await, Ok(Some(o)) if o.status.success())
    }

    /// Makes a short test recording with ffmpeg's own sources (a test
    /// picture and a tone, `secs` seconds, 160×120, WebM with VP8 and
    /// Vorbis — or MP4 when those are missing), for the demo. `None`
    /// without ffmpeg.
    pub async fn make_test_recording(&self, secs: u32) -> Result<Option<Vec<u8>>> {
        if !self.ffmpeg_available().await {
            return Ok(None);
        }
        let dir = tempfile::tempdir().map_err(CoreError::with("a folder for ffmpeg"))?;
        let out = dir.path().join("demo.mp4");
        let out_s = out.to_string_lossy().into_owned();
        let d = secs.to_string();
        let video = format!("testsrc=size=160x120:rate=15:duration={d}");
        let audio = format!("sine=frequency=440:duration={d}");
        let args = [
            "-nostdin",
            "-y",
            "-v",
            "error",
            "-f",
            "lavfi",
            "-i",
            &video,
            "-f",
            "lavfi",
            "-i",
            &audio,
            "-c:v",
            "libx264",
            "-preset",
            "veryfast",
            "-crf",
            "35",
            "-pix_fmt",
            "yuv420p",
            "-c:a",
            "aac",
            "-b:a",
            "32k",
            "-ac",
            "1",
            "-shortest",
            "-movflags",
            "+faststart",
            &out_s,
        ];
        let ran = run(Path::new(&self.settings.ffmpeg), &args).await?;
        match ran {
            Some(o) if o.status.success() => Ok(Some(
                tokio::fs::read(&out)
                    .await
                    .map_err(CoreError::with("reading the test recording"))?,
            )),
            Some(o) => Err(check_ok(&o, "making the test recording").unwrap_err()),
            None => Ok(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn probe_reads_duration_and_streams() {
        let p = read_probe(
            br#"{"streams":[{"codec_type":"video","disposition":{"attached_pic":0}},{"codec_type":"audio"}],"format":{"duration":"3.021000"}}"#,
        );
        assert_eq!(
            p,
            Probe {
                duration_ms: Some(3021),
                has_video: true,
                has_audio: true
            }
        );
        // A song with its cover picture is sound, not video.
        let p = read_probe(
            br#"{"streams":[{"codec_type":"audio"},{"codec_type":"video","disposition":{"attached_pic":1}}],"format":{"duration":"N/A"}}"#,
        );
        assert!(!p.has_video && p.has_audio && p.duration_ms.is_none());
    }

    #[test]
    fn ffprobe_is_found_beside_ffmpeg() {
        assert_eq!(ffprobe_for("ffmpeg"), PathBuf::from("ffprobe"));
        assert_eq!(
            ffprobe_for("/opt/ff/bin/ffmpeg"),
            PathBuf::from("/opt/ff/bin/ffprobe")
        );
    }

    #[test]
    fn file_stems_are_plain() {
        assert_eq!(file_stem("Week 3: soil & water!"), "Week-3-soil-water");
        assert_eq!(file_stem("¿?"), "recording");
        assert_eq!(file_stem("تدريب الميدان"), "تدريب-الميدان");
    }
}
