//! Form submissions with CSRF protection. Every state-changing request goes
//! through `CsrfForm`: the hidden `csrf` field must match the CSRF cookie
//! (double submit), and a cross-site `Origin` is refused outright.

use crate::ctx::Ctx;
use crate::view::{html, FormErrors};
use crate::AppError;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use futures_util::StreamExt;
use minga_core::CoreError;
use minga_domain::Locale;
use serde::de::DeserializeOwned;
use serde::Deserialize;

pub struct CsrfForm<T>(pub Ctx, pub T);

/// A form whose only field is its CSRF token (a button).
#[derive(Deserialize)]
pub struct NoFields {}

#[derive(Deserialize)]
struct Token {
    #[serde(default)]
    csrf: String,
}

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for CsrfForm<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let ctx = same_site_ctx(&req)?;
        let body = Bytes::from_request(req, state)
            .await
            .map_err(|_| AppError::BadRequest)?;
        let token: Token = serde_urlencoded::from_bytes(&body).map_err(|_| AppError::BadRequest)?;
        if !minga_core::tokens::constant_time_eq(token.csrf.as_bytes(), ctx.csrf.as_bytes()) {
            return Err(AppError::Csrf);
        }
        let form: T = serde_urlencoded::from_bytes(&body).map_err(|_| AppError::BadRequest)?;
        Ok(CsrfForm(ctx, form))
    }
}

/// The request's context, once it is known not to come from another site.
fn same_site_ctx(req: &Request) -> Result<Ctx, AppError> {
    let ctx = req
        .extensions()
        .get::<Ctx>()
        .cloned()
        .ok_or_else(|| AppError::other("reading a form", "no request context"))?;
    if cross_site(req) {
        return Err(AppError::Csrf);
    }
    Ok(ctx)
}

/// True when the browser says the request comes from another site.
fn cross_site(req: &Request) -> bool {
    let h = req.headers();
    if let Some(site) = h.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        if site == "cross-site" {
            return true;
        }
    }
    match (
        h.get(header::ORIGIN).and_then(|v| v.to_str().ok()),
        h.get(header::HOST).and_then(|v| v.to_str().ok()),
    ) {
        (Some("null"), _) => true,
        (Some(origin), Some(host)) => url::Url::parse(origin)
            .ok()
            .map(|u| {
                let o = match u.port() {
                    Some(p) => format!("{}:{p}", u.host_str().unwrap_or("")),
                    None => u.host_str().unwrap_or("").to_string(),
                };
                o != host
            })
            .unwrap_or(true),
        _ => false,
    }
}

/// A form with file inputs (`multipart/form-data`), after the Origin check.
/// Read it with [`read_upload_form`], which checks the CSRF token before it
/// stores anything.
pub struct CsrfMultipart(pub Ctx, pub axum::extract::Multipart);

impl<S: Send + Sync> FromRequest<S> for CsrfMultipart {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let ctx = same_site_ctx(&req)?;
        let mp = axum::extract::Multipart::from_request(req, state)
            .await
            .map_err(|_| AppError::BadRequest)?;
        Ok(CsrfMultipart(ctx, mp))
    }
}

/// Reading the fields of a posted form kept as `(name, value)` pairs (for
/// forms whose names repeat, such as ticked boxes).
pub trait Fields {
    /// The first value named `name`, or "" when there is none.
    fn one(&self, name: &str) -> String;
    /// Every value named `name`, in the order sent.
    fn all(&self, name: &str) -> Vec<String>;
}

impl Fields for [(String, String)] {
    fn one(&self, name: &str) -> String {
        self.iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }
    fn all(&self, name: &str) -> Vec<String> {
        self.iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    }
}

/// What a multipart form sent: its text fields in order, the files it
/// uploaded (already stored, each with the input it came from), and the
/// uploads that were refused, as errors under their input's name.
pub struct UploadForm {
    pub pairs: Vec<(String, String)>,
    pub uploaded: Vec<(String, minga_domain::files::FileRef)>,
    pub errors: minga_domain::FieldErrors,
}

/// Longest text field accepted in a multipart form (the longest textarea is
/// far shorter; this only stops abuse).
pub(crate) const TEXT_FIELD_MAX: usize = 64 * 1024;
/// All text fields of one multipart form together.
pub(crate) const TEXT_TOTAL_MAX: usize = 1024 * 1024;
/// Files accepted in one submission.
pub const FILES_PER_FORM_MAX: usize = 20;

/// Whether a multipart form may bring files, decided (in core) before the
/// form is read: a file sent where none may be is refused before a byte of
/// it is stored, so a refused request never leaves files behind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Uploads {
    Allowed,
    /// Allowed, but only evidence: documents, spreadsheets, presentations,
    /// images, audio, video and plain text, judged by the first bytes and
    /// the name (`minga_domain::files::evidence_accepted`) before anything
    /// is stored.
    Evidence,
    Refused,
}

impl Uploads {
    pub fn allowed_if(may: bool) -> Uploads {
        if may {
            Uploads::Allowed
        } else {
            Uploads::Refused
        }
    }
}

/// Reads a multipart form whose first field is `csrf`. File inputs are the
/// fields whose name starts with `upload`; each file streams to the blob
/// store as it arrives (never held in memory), and one that is too large is
/// refused without losing the rest of the form. Nothing is stored before
/// the token is checked, nor at all when `uploads` is `Refused`.
pub async fn read_upload_form(
    core: &minga_core::Core,
    user: &minga_domain::User,
    uploads: Uploads,
    CsrfMultipart(ctx, mut mp): CsrfMultipart,
) -> Result<(Ctx, UploadForm), AppError> {
    let mut form = UploadForm {
        pairs: Vec::new(),
        uploaded: Vec::new(),
        errors: minga_domain::FieldErrors::new(),
    };
    if let Err(e) = read_parts(core, user, uploads, &ctx.csrf, &mut mp, &mut form).await {
        // A form refused or cut off midway keeps none of the files it brought.
        core.discard_uploads(user, &form.uploaded_ids()).await?;
        return Err(e);
    }
    Ok((ctx, form))
}

impl UploadForm {
    /// The files this submission stored.
    pub fn uploaded_ids(&self) -> Vec<minga_domain::FileId> {
        self.uploaded.iter().map(|(_, f)| f.id).collect()
    }
}

/// Forgets the files a submission stored when its request is refused
/// (anything but invalid input, whose form comes back with the files kept).
pub async fn discard_if_refused<T>(
    core: &minga_core::Core,
    user: &minga_domain::User,
    uploaded: &[minga_domain::FileId],
    result: &Result<T, CoreError>,
) -> Result<(), AppError> {
    match result {
        Err(e) if !matches!(e, CoreError::Invalid(_)) => {
            Ok(core.discard_uploads(user, uploaded).await?)
        }
        _ => Ok(()),
    }
}

/// The loop of [`read_upload_form`]: fills `form` part by part.
async fn read_parts(
    core: &minga_core::Core,
    user: &minga_domain::User,
    uploads: Uploads,
    csrf: &str,
    mp: &mut axum::extract::Multipart,
    form: &mut UploadForm,
) -> Result<(), AppError> {
    let mut checked = false;
    let mut files = 0usize;
    let mut text_total = 0usize;
    while let Some(mut field) = mp.next_field().await.map_err(|_| AppError::BadRequest)? {
        let name = field.name().unwrap_or_default().to_string();
        if !checked {
            // Nothing is stored before the token is known to be good.
            let token = read_text(&mut field).await?;
            if name != "csrf"
                || !minga_core::tokens::constant_time_eq(token.as_bytes(), csrf.as_bytes())
            {
                return Err(AppError::Csrf);
            }
            checked = true;
            continue;
        }
        if name.starts_with("upload") {
            let file_name = field.file_name().unwrap_or_default().to_string();
            if file_name.is_empty() {
                // An input left empty still sends an empty part.
                continue;
            }
            if uploads == Uploads::Refused {
                return Err(AppError::Forbidden);
            }
            files += 1;
            if files > FILES_PER_FORM_MAX {
                if files == FILES_PER_FORM_MAX + 1 {
                    form.errors.add_with(
                        name,
                        "error-too-many-files-at-once",
                        vec![("max", FILES_PER_FORM_MAX.to_string())],
                    );
                }
                continue;
            }
            let head = match uploads {
                Uploads::Evidence => {
                    let head = read_head(&mut field).await?;
                    let shown = minga_domain::files::clean_name(&file_name);
                    if !minga_domain::files::evidence_accepted(&shown, &head) {
                        // Refused on its first bytes: the rest is skipped, nothing stored.
                        form.errors.add_with(
                            name,
                            "error-file-kind",
                            vec![("name", minga_i18n::isolate(&shown))],
                        );
                        continue;
                    }
                    head
                }
                _ => Bytes::new(),
            };
            let body = futures_util::stream::iter(
                (!head.is_empty())
                    .then_some(Ok::<_, axum::extract::multipart::MultipartError>(head)),
            )
            .chain(&mut field);
            match core.upload_file(user, &name, &file_name, body).await {
                Ok(f) => form.uploaded.push((name, f)),
                Err(minga_core::CoreError::Invalid(e)) => form.errors.extend(e),
                Err(e) => return Err(e.into()),
            }
        } else {
            let (value, whole) = read_text_capped(&mut field).await?;
            if !whole {
                // Far beyond any limit of the form: an error under the
                // field, and what was read of it comes back with the rest.
                form.errors.add_with(
                    name.clone(),
                    "error-text-field-too-large",
                    vec![("max", (TEXT_FIELD_MAX / 1024).to_string())],
                );
            }
            text_total += value.len() + name.len();
            if text_total > TEXT_TOTAL_MAX {
                return Err(AppError::TooLarge);
            }
            form.pairs.push((name, value));
        }
    }
    if !checked {
        return Err(AppError::Csrf);
    }
    Ok(())
}

/// A file's first bytes ([`minga_domain::files::SNIFF_BYTES`], or all of a
/// shorter file), read before any of it is stored.
pub(crate) async fn read_head(
    field: &mut axum::extract::multipart::Field<'_>,
) -> Result<Bytes, AppError> {
    let mut head = Vec::new();
    while head.len() < minga_domain::files::SNIFF_BYTES {
        match field.chunk().await.map_err(|_| AppError::BadRequest)? {
            Some(chunk) => head.extend_from_slice(&chunk),
            None => break,
        }
    }
    Ok(Bytes::from(head))
}

/// A text field of at most [`TEXT_FIELD_MAX`] bytes, and whether that is
/// all of it: a longer one is cut there (on a character's boundary) and the
/// rest read and dropped, so the form can come back with an error beside it.
pub(crate) async fn read_text_capped(
    field: &mut axum::extract::multipart::Field<'_>,
) -> Result<(String, bool), AppError> {
    let mut buf = Vec::new();
    let mut whole = true;
    while let Some(chunk) = field.chunk().await.map_err(|_| AppError::BadRequest)? {
        if !whole {
            continue;
        }
        if buf.len() + chunk.len() > TEXT_FIELD_MAX {
            buf.extend_from_slice(&chunk[..TEXT_FIELD_MAX - buf.len()]);
            whole = false;
        } else {
            buf.extend_from_slice(&chunk);
        }
    }
    if whole {
        return String::from_utf8(buf)
            .map(|s| (s, true))
            .map_err(|_| AppError::BadRequest);
    }
    match String::from_utf8(buf) {
        Ok(s) => Ok((s, false)),
        // Cut inside a character: keep what comes before it.
        Err(e) if e.utf8_error().error_len().is_none() => {
            let valid = e.utf8_error().valid_up_to();
            let mut bytes = e.into_bytes();
            bytes.truncate(valid);
            Ok((String::from_utf8(bytes).unwrap_or_default(), false))
        }
        Err(_) => Err(AppError::BadRequest),
    }
}

pub(crate) async fn read_text(
    field: &mut axum::extract::multipart::Field<'_>,
) -> Result<String, AppError> {
    let mut buf = Vec::new();
    while let Some(chunk) = field.chunk().await.map_err(|_| AppError::BadRequest)? {
        if buf.len() + chunk.len() > TEXT_FIELD_MAX {
            return Err(AppError::BadRequest);
        }
        buf.extend_from_slice(&chunk);
    }
    String::from_utf8(buf).map_err(|_| AppError::BadRequest)
}

/// How a form handler answers its one call into core: on success, `done`
/// (usually a redirect); on invalid input, the form again — built by `view`
/// from the errors in the reader's language — with 422 Unprocessable Content;
/// on too many attempts, the form with 429 and how long to wait; any other
/// error goes up as an [`AppError`].
///
/// ```ignore
/// or_rerender(
///     st.core.update_org(&user, &slug, &input).await,
///     ctx.locale,
///     |org| Redirect::to(&format!("/orgs/{}", org.slug)),
///     async |errors| Ok(view(&st, &ctx, input, errors)),
/// )
/// .await
/// ```
pub async fn or_rerender<T, R, V>(
    result: Result<T, CoreError>,
    locale: Locale,
    done: impl FnOnce(T) -> R,
    view: impl AsyncFnOnce(FormErrors) -> Result<V, AppError>,
) -> Result<Response, AppError>
where
    R: IntoResponse,
    V: Template,
{
    match result {
        Ok(value) => Ok(done(value).into_response()),
        Err(CoreError::Invalid(errors)) => {
            let v = view(FormErrors::new(locale, errors)).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&v)?).into_response())
        }
        // The form again, saying how long to wait, so nothing typed is lost.
        Err(CoreError::RateLimited { retry_after }) => {
            let v = view(FormErrors::too_many(locale, retry_after, "error-429")).await?;
            let res = (StatusCode::TOO_MANY_REQUESTS, html(&v)?).into_response();
            Ok(crate::view::with_retry_after(res, retry_after))
        }
        Err(e) => Err(e.into()),
    }
}
