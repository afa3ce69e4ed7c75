//! Files on object storage: a folder under the data folder by default, or
//! memory in tests (S3-compatible storage is one `object_store` backend away).
//!
//! Keys are content hashes (SHA-256), so the same file uploaded twice is
//! stored once; the database holds names, types and who may read them.
//! Uploads stream through a temporary object while the hash is computed and
//! stop as soon as they pass the size limit, so a large file never sits in
//! memory.

use bytes::Bytes;
use futures_util::{Stream, StreamExt, TryStreamExt};
use object_store::buffered::BufWriter;
use object_store::local::LocalFileSystem;
use object_store::memory::InMemory;
use object_store::path::Path;
use object_store::{GetOptions, GetRange, ObjectStore, ObjectStoreExt};
use sha2::{Digest, Sha256};
use std::ops::Range;
use std::sync::Arc;
use tokio::io::AsyncWriteExt;

#[derive(Debug, thiserror::Error)]
pub enum BlobError {
    #[error("the file is larger than {limit} bytes")]
    TooLarge { limit: u64 },
    #[error("the file is empty")]
    Empty,
    #[error("no such file")]
    NotFound,
    #[error("the requested range is not in the file")]
    BadRange,
    #[error("reading the upload: {0}")]
    Upload(std::io::Error),
    #[error("reading a stored file: {0}")]
    Read(std::io::Error),
    #[error("object storage: {0}")]
    Storage(#[from] object_store::Error),
    #[error("invalid storage address: {0}")]
    Config(String),
}

pub type Result<T, E = BlobError> = std::result::Result<T, E>;

/// Bytes read per step from a local file. object_store reads 8 KiB per
/// blocking task, which held range streaming of a recording to a fifth of
/// nginx's throughput (bench/media-range); 256 KiB per step is a few
/// hundred steps for a minute of video, with memory still bounded per reader.
const READ_CHUNK: u64 = 256 * 1024;

/// The bytes `range` of a local file, read in `READ_CHUNK` steps.
fn file_stream(
    file: std::fs::File,
    range: Range<u64>,
) -> futures_util::stream::BoxStream<'static, Result<Bytes>> {
    use tokio::io::{AsyncReadExt, AsyncSeekExt};
    let start = (
        tokio::fs::File::from_std(file),
        range.start,
        range.end,
        false,
    );
    futures_util::stream::try_unfold(start, |(mut f, pos, end, sought)| async move {
        if pos >= end {
            return Ok(None);
        }
        if !sought {
            f.seek(std::io::SeekFrom::Start(pos)).await?;
        }
        let want = (end - pos).min(READ_CHUNK) as usize;
        let mut buf = vec![0u8; want];
        let n = f.read(&mut buf).await?;
        if n == 0 {
            return Err(std::io::Error::from(std::io::ErrorKind::UnexpectedEof));
        }
        buf.truncate(n);
        Ok(Some((Bytes::from(buf), (f, pos + n as u64, end, true))))
    })
    .map_err(BlobError::Read)
    .boxed()
}

/// A stored file's content address and size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    /// Lowercase hex SHA-256 of the content.
    pub key: String,
    pub size: u64,
}

/// A (part of a) file being read.
pub struct Reading {
    /// The whole file's size.
    pub size: u64,
    /// The bytes returned.
    pub range: Range<u64>,
    pub body: futures_util::stream::BoxStream<'static, Result<Bytes>>,
}

/// The blob store: cheap to clone.
#[derive(Clone, Debug)]
pub struct Blobs {
    store: Arc<dyn ObjectStore>,
}

impl Blobs {
    /// Files in a folder on this machine (created if missing).
    pub fn local(dir: &std::path::Path) -> Result<Blobs> {
        std::fs::create_dir_all(dir).map_err(|e| BlobError::Config(e.to_string()))?;
        let fs = LocalFileSystem::new_with_prefix(dir)?;
        Ok(Blobs {
            store: Arc::new(fs),
        })
    }

    /// Files in memory, for tests and throwaway runs.
    pub fn memory() -> Blobs {
        Blobs {
            store: Arc::new(InMemory::new()),
        }
    }

    /// `file:///path` or a plain path; `memory:` for memory.
    pub fn from_url(url: &str) -> Result<Blobs> {
        if url == "memory:" {
            return Ok(Blobs::memory());
        }
        let path = url.strip_prefix("file://").unwrap_or(url);
        if path.contains("://") {
            return Err(BlobError::Config(format!(
                "{url}: only file:// and memory: storage are built in"
            )));
        }
        Blobs::local(std::path::Path::new(path))
    }

    fn path(key: &str) -> Path {
        // Two levels of fan-out keep folders small on local disks.
        Path::from(format!("sha256/{}/{}/{key}", &key[..2], &key[2..4]))
    }

    /// Stores a stream of bytes, refusing it once it passes `limit` bytes.
    pub async fn put_stream<S, E>(&self, body: S, limit: u64) -> Result<Stored>
    where
        S: Stream<Item = Result<Bytes, E>> + Send,
        E: Into<Box<dyn std::error::Error + Send + Sync>>,
    {
        let tmp = Path::from(format!("tmp/{}", uuid::Uuid::new_v4()));
        let mut writer = BufWriter::new(self.store.clone(), tmp.clone());
        let mut hasher = Sha256::new();
        let mut size = 0u64;
        let mut body = std::pin::pin!(body);
        let outcome: Result<()> = async {
            while let Some(chunk) = body.next().await {
                let chunk = chunk.map_err(|e| BlobError::Upload(std::io::Error::other(e)))?;
                size += chunk.len() as u64;
                if size > limit {
                    return Err(BlobError::TooLarge { limit });
                }
                hasher.update(&chunk);
                writer.put(chunk).await?;
            }
            if size == 0 {
                return Err(BlobError::Empty);
            }
            writer.shutdown().await.map_err(BlobError::Upload)?;
            Ok(())
        }
        .await;
        if let Err(e) = outcome {
            let _ = writer.abort().await;
            let _ = self.store.delete(&tmp).await;
            return Err(e);
        }
        let key = hex::encode(hasher.finalize());
        // Same content, same key: overwriting an existing copy is harmless.
        self.store.rename(&tmp, &Self::path(&key)).await?;
        Ok(Stored { key, size })
    }

    /// Stores bytes already in memory.
    pub async fn put_bytes(&self, bytes: Bytes, limit: u64) -> Result<Stored> {
        self.put_stream(
            futures_util::stream::iter([Ok::<_, std::io::Error>(bytes)]),
            limit,
        )
        .await
    }

    /// Reads a file, or the byte range `range` of it (end exclusive).
    pub async fn get(&self, key: &str, range: Option<Range<u64>>) -> Result<Reading> {
        if key.len() != 64 || !key.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(BlobError::NotFound);
        }
        if let Some(r) = &range {
            // Checked here: backends word an unsatisfiable range differently.
            let size = match self.store.head(&Self::path(key)).await {
                Ok(m) => m.size,
                Err(object_store::Error::NotFound { .. }) => return Err(BlobError::NotFound),
                Err(e) => return Err(e.into()),
            };
            if r.start >= r.end || r.start >= size {
                return Err(BlobError::BadRange);
            }
        }
        let opts = GetOptions {
            range: range.map(GetRange::Bounded),
            ..Default::default()
        };
        let got = match self.store.get_opts(&Self::path(key), opts).await {
            Ok(g) => g,
            Err(object_store::Error::NotFound { .. }) => return Err(BlobError::NotFound),
            Err(e) => return Err(e.into()),
        };
        let size = got.meta.size;
        let range = got.range.clone();
        let body = match got.payload {
            object_store::GetResultPayload::File(file, _) => file_stream(file, range.clone()),
            object_store::GetResultPayload::Stream(s) => s.map_err(BlobError::from).boxed(),
        };
        Ok(Reading { size, range, body })
    }

    /// The whole content, for small files and tests.
    pub async fn read_all(&self, key: &str) -> Result<Vec<u8>> {
        let r = self.get(key, None).await?;
        let parts: Vec<Bytes> = r.body.try_collect().await?;
        Ok(parts.concat())
    }

    /// Removes a file's bytes (nothing happens if they are already gone).
    pub async fn delete(&self, key: &str) -> Result<()> {
        match self.store.delete(&Self::path(key)).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(e) => Err(e.into()),
        }
    }

    pub async fn exists(&self, key: &str) -> Result<bool> {
        match self.store.head(&Self::path(key)).await {
            Ok(_) => Ok(true),
            Err(object_store::Error::NotFound { .. }) => Ok(false),
            Err(e) => Err(e.into()),
        }
    }

    /// How many files are stored (temporary objects aside).
    pub async fn count(&self) -> Result<usize> {
        let listed: Vec<_> = self
            .store
            .list(Some(&Path::from("sha256")))
            .try_collect()
            .await?;
        Ok(listed.len())
    }

    /// Temporary objects left behind (an upload cut off by a crash).
    pub async fn temporary_count(&self) -> Result<usize> {
        let listed: Vec<_> = self
            .store
            .list(Some(&Path::from("tmp")))
            .try_collect()
            .await?;
        Ok(listed.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chunks(parts: &[&'static [u8]]) -> impl Stream<Item = Result<Bytes, std::io::Error>> {
        futures_util::stream::iter(
            parts
                .iter()
                .map(|p| Ok(Bytes::from_static(p)))
                .collect::<Vec<_>>(),
        )
    }

    async fn each_backend(check: impl AsyncFn(Blobs)) {
        let dir = tempfile::tempdir().unwrap();
        check(Blobs::local(dir.path()).unwrap()).await;
        check(Blobs::memory()).await;
    }

    #[tokio::test]
    async fn ranges_across_read_steps_come_back_exact() {
        each_backend(async |b: Blobs| {
            // A megabyte and a bit: several read steps, the last one short.
            let data: Vec<u8> = (0..1_100_003u32).map(|i| (i * 7 % 251) as u8).collect();
            let s = b
                .put_bytes(Bytes::from(data.clone()), 2_000_000)
                .await
                .unwrap();
            assert_eq!(b.read_all(&s.key).await.unwrap(), data);
            for r in [0..1, 100..700_000, 262_143..262_145, 1_000_000..1_100_003] {
                let got = b.get(&s.key, Some(r.clone())).await.unwrap();
                assert_eq!(got.range, r);
                let bytes: Vec<Bytes> = got.body.try_collect().await.unwrap();
                assert_eq!(bytes.concat(), &data[r.start as usize..r.end as usize]);
            }
        })
        .await;
    }

    #[tokio::test]
    async fn same_content_same_key_and_reads_back() {
        each_backend(async |b: Blobs| {
            let one = b
                .put_stream(chunks(&[b"hello ", b"world"]), 100)
                .await
                .unwrap();
            let two = b
                .put_bytes(Bytes::from_static(b"hello world"), 100)
                .await
                .unwrap();
            assert_eq!(one, two);
            assert_eq!(b.count().await.unwrap(), 1, "one copy of the same content");
            assert_eq!(one.size, 11);
            assert_eq!(
                one.key,
                "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9"
            );
            assert_eq!(b.read_all(&one.key).await.unwrap(), b"hello world");
            assert!(b.exists(&one.key).await.unwrap());
            assert_eq!(b.temporary_count().await.unwrap(), 0);
            b.delete(&one.key).await.unwrap();
            assert!(!b.exists(&one.key).await.unwrap());
            b.delete(&one.key).await.unwrap();
        })
        .await;
    }

    #[tokio::test]
    async fn too_large_stops_and_leaves_nothing() {
        each_backend(async |b: Blobs| {
            let err = b
                .put_stream(chunks(&[b"12345", b"67890", b"x"]), 10)
                .await
                .unwrap_err();
            assert!(matches!(err, BlobError::TooLarge { limit: 10 }), "{err}");
            assert_eq!(b.temporary_count().await.unwrap(), 0);
            let err = b.put_stream(chunks(&[]), 10).await.unwrap_err();
            assert!(matches!(err, BlobError::Empty));
        })
        .await;
    }

    #[tokio::test]
    async fn ranges_read_part_of_a_file() {
        each_backend(async |b: Blobs| {
            let s = b
                .put_bytes(Bytes::from_static(b"0123456789"), 100)
                .await
                .unwrap();
            let r = b.get(&s.key, Some(2..5)).await.unwrap();
            assert_eq!((r.size, r.range.clone()), (10, 2..5));
            let body: Vec<Bytes> = r.body.try_collect().await.unwrap();
            assert_eq!(body.concat(), b"234");
            assert!(matches!(
                b.get(&s.key, Some(20..30)).await.err(),
                Some(BlobError::BadRange)
            ));
            assert!(matches!(
                b.get(&"0".repeat(64), None).await.err(),
                Some(BlobError::NotFound)
            ));
            assert!(matches!(
                b.get("../etc/passwd", None).await.err(),
                Some(BlobError::NotFound)
            ));
        })
        .await;
    }
}
