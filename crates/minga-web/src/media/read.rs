//! Reading a recording's form (`multipart/form-data`): the CSRF token
//! first, then text fields, a caption file (small, read into memory, at
//! most `CAPTION_MAX_BYTES`) and the recording itself, streamed to the blob
//! store as it arrives (never held in memory) within the media limit.
//!
//! A form cut off halfway (the connection dropped) stops being read where
//! it broke: what was typed comes back with the error beside the file
//! input, and the bytes stored so far are forgotten by core. A request
//! refused outright forgets them here.

use crate::ctx::Ctx;
use crate::forms::{read_text, read_text_capped, CsrfMultipart, TEXT_FIELD_MAX, TEXT_TOTAL_MAX};
use crate::AppError;
use axum::body::Bytes;
use axum::extract::multipart::Field;
use minga_core::media::{UploadedMedia, CAPTION_FIELD, MEDIA_FIELD};
use minga_domain::media::CAPTION_MAX_BYTES;
use minga_domain::FieldErrors;

pub struct MediaForm {
    pub pairs: Vec<(String, String)>,
    pub upload: Option<UploadedMedia>,
    /// A caption file's bytes (one past the limit at most: core refuses it).
    pub caption: Option<Vec<u8>>,
    pub errors: FieldErrors,
}

impl MediaForm {
    pub fn text(&self, name: &str) -> String {
        self.pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }
}

pub async fn read_media_form(
    core: &minga_core::Core,
    CsrfMultipart(ctx, mut mp): CsrfMultipart,
) -> Result<(Ctx, MediaForm), AppError> {
    let mut form = MediaForm {
        pairs: Vec::new(),
        upload: None,
        caption: None,
        errors: FieldErrors::new(),
    };
    if let Err(e) = read_parts(core, &ctx.csrf, &mut mp, &mut form).await {
        if let Some(up) = &form.upload {
            core.discard_media_upload(up).await?;
        }
        return Err(e);
    }
    Ok((ctx, form))
}

/// The error beside the file input when the form broke off.
fn interrupted(form: &mut MediaForm, name: &str) {
    if form.errors.find(MEDIA_FIELD).is_none() {
        form.errors.add_with(
            MEDIA_FIELD,
            "error-file-interrupted",
            vec![("name", minga_i18n::isolate(name))],
        );
    }
}

async fn read_parts(
    core: &minga_core::Core,
    csrf: &str,
    mp: &mut axum::extract::Multipart,
    form: &mut MediaForm,
) -> Result<(), AppError> {
    // Nothing is stored before the token is known to be good.
    let Some(mut first) = mp.next_field().await.map_err(|_| AppError::BadRequest)? else {
        return Err(AppError::Csrf);
    };
    let token = read_text(&mut first).await?;
    if first.name() != Some("csrf")
        || !minga_core::tokens::constant_time_eq(token.as_bytes(), csrf.as_bytes())
    {
        return Err(AppError::Csrf);
    }
    drop(first);
    let mut text_total = 0usize;
    let mut media_name = String::new();
    loop {
        let mut field = match mp.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => return Ok(()),
            // Cut off: keep what arrived, say so beside the file input.
            Err(_) => {
                interrupted(form, &media_name);
                return Ok(());
            }
        };
        let name = field.name().unwrap_or_default().to_string();
        if name == MEDIA_FIELD {
            let file_name = field.file_name().unwrap_or_default().to_string();
            if file_name.is_empty() || form.upload.is_some() {
                continue;
            }
            media_name = minga_domain::files::clean_name(&file_name);
            let Some(head) = read_head(&mut field).await else {
                interrupted(form, &media_name);
                return Ok(());
            };
            match core
                .store_media_upload(MEDIA_FIELD, &file_name, head, &mut field)
                .await
            {
                Ok(up) => form.upload = Some(up),
                Err(minga_core::CoreError::Invalid(e)) => {
                    let cut = e.get(MEDIA_FIELD) == Some("error-file-interrupted");
                    form.errors.extend(e);
                    if cut {
                        return Ok(());
                    }
                }
                Err(e) => return Err(e.into()),
            }
        } else if name == CAPTION_FIELD {
            if field.file_name().unwrap_or_default().is_empty() {
                continue;
            }
            match read_capped(&mut field, CAPTION_MAX_BYTES + 1).await {
                Some(bytes) => form.caption = Some(bytes),
                None => {
                    interrupted(form, &media_name);
                    return Ok(());
                }
            }
        } else {
            let (value, whole) = read_text_capped(&mut field).await?;
            if !whole {
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
}

/// The recording's first bytes, to judge what it is; `None` when the
/// stream broke.
async fn read_head(field: &mut Field<'_>) -> Option<Bytes> {
    read_capped(field, minga_domain::files::SNIFF_BYTES)
        .await
        .map(Bytes::from)
}

/// Up to `max` bytes of a field (at least; a chunk may bring a few more,
/// which are kept), `None` when the stream broke.
async fn read_capped(field: &mut Field<'_>, max: usize) -> Option<Vec<u8>> {
    let mut buf = Vec::new();
    while buf.len() < max {
        match field.chunk().await {
            Ok(Some(chunk)) => buf.extend_from_slice(&chunk),
            Ok(None) => break,
            Err(_) => return None,
        }
    }
    Some(buf)
}
