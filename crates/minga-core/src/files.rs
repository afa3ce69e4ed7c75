//! Uploading and reading files: evidence behind capacity ratings and the
//! resources peer exchanges produce. The bytes go to the blob store; the
//! database records the name, the type and whose they are.

use crate::{Core, CoreError, Result};
use minga_blobs::{BlobError, Reading};
use minga_domain::files::{clean_name, FileRef};
use minga_domain::{can, Action, FieldErrors, FileId, Resource, User};
use minga_store::NewFile;

/// What stopped an upload's stream: the per-file limit, or the room left
/// in the organisation's quota when that is smaller.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Limit {
    pub(crate) bytes: u64,
    /// `Some(quota)` when the room left in the quota is the tighter limit.
    pub(crate) quota: Option<u64>,
}

impl Limit {
    /// The per-file limit, lowered to the room the quota leaves.
    fn new(max_upload: u64, quota: u64, used: u64) -> Limit {
        let room = quota.saturating_sub(used);
        if room < max_upload {
            Limit {
                bytes: room,
                quota: Some(quota),
            }
        } else {
            Limit {
                bytes: max_upload,
                quota: None,
            }
        }
    }
}

/// Why an upload was refused, for the message beside the field.
pub(crate) fn upload_error(field: &str, name: &str, limit: Limit, e: BlobError) -> CoreError {
    let mut errors = FieldErrors::new();
    match e {
        BlobError::TooLarge { .. } => match limit.quota {
            Some(quota) => errors.add_with(
                field,
                "error-quota-exceeded",
                vec![("name", name.to_string()), ("max", format_megabytes(quota))],
            ),
            None => errors.add_with(
                field,
                "error-file-too-large",
                vec![
                    ("name", name.to_string()),
                    ("max", format_megabytes(limit.bytes)),
                ],
            ),
        },
        BlobError::Empty => {
            errors.add_with(field, "error-file-empty", vec![("name", name.to_string())])
        }
        BlobError::Upload(_) => errors.add_with(
            field,
            "error-file-interrupted",
            vec![("name", name.to_string())],
        ),
        other => return CoreError::other("storing an upload", other),
    }
    CoreError::Invalid(errors)
}

/// "20 MB", "2.5 MB": limits are whole or half megabytes in practice.
pub fn format_megabytes(bytes: u64) -> String {
    let mb = bytes as f64 / 1_000_000.0;
    if (mb - mb.round()).abs() < 0.05 {
        format!("{} MB", mb.round() as u64)
    } else {
        format!("{mb:.1} MB")
    }
}

impl Core {
    /// Stores a file the actor uploads for their organisation, within the
    /// per-file limit and the organisation's quota. Errors name `field`, so
    /// the form can show them beside the right input. (Two uploads at the
    /// same moment may each see the same room left: the quota is a bound on
    /// use, not an exact ledger.)
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn upload_file<S, E>(
        &self,
        actor: &User,
        field: &str,
        raw_name: &str,
        body: S,
    ) -> Result<FileRef>
    where
        S: futures_util::Stream<Item = std::result::Result<bytes::Bytes, E>> + Send,
        E: Into<Box<dyn std::error::Error + Send + Sync>>,
    {
        let name = clean_name(raw_name);
        let used = self.store.org_file_bytes(actor.org_id).await?;
        let limit = Limit::new(
            self.settings.max_upload_bytes,
            self.settings.org_quota_bytes,
            used,
        );
        let stored = self
            .blobs
            .put_stream(body, limit.bytes)
            .await
            .map_err(|e| upload_error(field, &name, limit, e))?;
        let content_type = mime_guess::from_path(&name)
            .first_or_octet_stream()
            .essence_str()
            .to_string();
        let file = NewFile {
            id: FileId::new(),
            blob_key: stored.key,
            name: name.clone(),
            content_type: content_type.clone(),
            size: stored.size,
            org: actor.org_id,
            by: Some(actor.id),
        };
        self.store.insert_file(&file).await?;
        Ok(FileRef {
            id: file.id,
            name,
            content_type,
            size: stored.size,
        })
    }

    /// The actor's organisation's files among `ids` (anything else is dropped:
    /// a form cannot attach another organisation's file).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn own_files(&self, actor: &User, ids: &[FileId]) -> Result<Vec<FileRef>> {
        Ok(self.store.files_of_org(actor.org_id, ids).await?)
    }

    /// Opens a file for reading: all of it, or the byte range `pick` chooses
    /// once the size and the entity tag are known (`Err` when the asked range
    /// is not in the file). A file attached to a post is for exactly those
    /// the communities' rule lets read its community (visitors too, when it
    /// is public), unless it is also published; any other file attached to
    /// a profile or an exchange is for every signed-in member of the
    /// network, a language of a library resource for whoever its reach lets
    /// read it, and a file not yet attached only for its own organisation.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn open_file(
        &self,
        actor: Option<&User>,
        id: FileId,
        pick: impl FnOnce(u64, &str) -> std::result::Result<Option<std::ops::Range<u64>>, ()>,
    ) -> Result<OpenFile> {
        let f = self.store.file(id).await?.ok_or(CoreError::NotFound)?;
        let published = self.store.file_is_published(id).await?;
        let resource = Resource::File {
            org: f.org,
            published,
        };
        let who = actor.map(User::actor);
        let network = can(who.as_ref(), Action::View, resource);
        // In a post, its community decides (an outsider of an invite-only
        // community is refused even when the file's organisation is theirs);
        // as a language of a library resource, the resource's reach does.
        let in_library = self.may_read_library_file(actor, id).await?;
        let reads = match (self.may_read_post_file(actor, id).await?, in_library) {
            (Some(in_community), library) => {
                in_community || library == Some(true) || (published && network)
            }
            (None, Some(library)) => library || (published && network),
            (None, None) => network,
        };
        if !reads {
            return Err(CoreError::NotFound);
        }
        let (etag, reading) = self.read_blob(&f.blob_key, f.file.size, pick).await?;
        Ok(OpenFile {
            file: f.file,
            etag,
            reading,
        })
    }

    /// Reads a blob of `size` bytes, or the range `pick` chooses once the
    /// size and the entity tag are known: for files and recordings alike.
    pub(crate) async fn read_blob(
        &self,
        key: &str,
        size: u64,
        pick: impl FnOnce(u64, &str) -> std::result::Result<Option<std::ops::Range<u64>>, ()>,
    ) -> Result<(String, Reading)> {
        let etag = entity_tag(key);
        let range = pick(size, &etag).map_err(|()| CoreError::RangeNotSatisfiable(size))?;
        let reading = self.blobs.get(key, range).await.map_err(|e| match e {
            BlobError::NotFound => CoreError::NotFound,
            BlobError::BadRange => CoreError::RangeNotSatisfiable(size),
            other => CoreError::other("reading a file", other),
        })?;
        Ok((etag, reading))
    }
}

/// A file opened for download.
pub struct OpenFile {
    pub file: FileRef,
    /// A strong entity tag: the content's hash, so it changes exactly when
    /// the bytes do.
    pub etag: String,
    pub reading: Reading,
}

pub(crate) fn entity_tag(blob_key: &str) -> String {
    format!("\"{blob_key}\"")
}

/// How long a file nothing links to is kept (an abandoned form, evidence
/// unticked): long enough to come back to an unfinished profile.
pub const UNATTACHED_KEPT_DAYS: i64 = 7;

impl Core {
    /// Forgets files the actor just uploaded with a request that was then
    /// refused (a form that could not be read, a step not allowed), with
    /// their bytes when no other file shares them, so a refused request
    /// leaves nothing behind. Files something already links to stay.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn discard_uploads(&self, actor: &User, ids: &[FileId]) -> Result<()> {
        if ids.is_empty() {
            return Ok(());
        }
        for key in self
            .store
            .forget_unattached_files_of(actor.org_id, ids)
            .await?
        {
            self.blobs
                .delete(&key)
                .await
                .map_err(CoreError::with("deleting a refused upload"))?;
        }
        Ok(())
    }

    /// Forgets files nothing has linked to for `UNATTACHED_KEPT_DAYS`, and
    /// their bytes when no other file shares them. Returns how many blobs went.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn sweep_files(&self, now: chrono::DateTime<chrono::Utc>) -> Result<usize> {
        let before = (now - chrono::Duration::days(UNATTACHED_KEPT_DAYS)).timestamp_millis();
        let mut removed = 0;
        loop {
            let keys = self.store.forget_unattached_files(before, 500).await?;
            for key in &keys {
                self.blobs
                    .delete(key)
                    .await
                    .map_err(CoreError::with("deleting a forgotten file"))?;
            }
            removed += keys.len();
            if keys.is_empty() {
                return Ok(removed);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_tighter_of_file_limit_and_quota_room_applies() {
        let l = super::Limit::new(20, 100, 10);
        assert_eq!((l.bytes, l.quota), (20, None));
        let l = super::Limit::new(20, 100, 90);
        assert_eq!((l.bytes, l.quota), (10, Some(100)));
        let l = super::Limit::new(20, 100, 150);
        assert_eq!((l.bytes, l.quota), (0, Some(100)));
    }

    #[test]
    fn megabytes_read_naturally() {
        assert_eq!(super::format_megabytes(20_000_000), "20 MB");
        assert_eq!(super::format_megabytes(2_500_000), "2.5 MB");
    }
}
