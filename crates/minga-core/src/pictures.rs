//! Logos of organisations and avatars of people. An upload arrives like any
//! other file (through the blob store, within the same limits); here it is
//! decoded — which is how we know it is an image, with limits so a small
//! file that unpacks to a huge picture is refused before it is unpacked —
//! cropped to a centred square, and made into two small variants stored as
//! blobs of their own. The upload itself is then forgotten.

use crate::{Core, CoreError, Result};
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};
use minga_domain::people::{Picture, LARGE_PX, SMALL_PX};
use minga_domain::{can, Action, Entity, FieldErrors, FileId, User, UserId};
use std::io::Cursor;

/// The widest and tallest picture accepted, in pixels (a phone's photo fits).
pub const MAX_SIDE: u32 = 6000;
/// The most memory decoding one picture may take.
const MAX_DECODE_BYTES: u64 = 6000 * 6000 * 4;
/// JPEG quality of the variants of photographs.
const JPEG_QUALITY: u8 = 82;

/// Why an upload could not be a picture (each has its message).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PictureError {
    /// Not a PNG, JPEG, GIF or WebP file at all.
    NotImage,
    /// Wider or taller than [`MAX_SIDE`], or too large to unpack.
    TooLarge,
    /// Says it is an image but cannot be decoded.
    Corrupt,
}

impl PictureError {
    fn key(self) -> &'static str {
        match self {
            PictureError::NotImage => "error-picture-not-image",
            PictureError::TooLarge => "error-picture-too-large",
            PictureError::Corrupt => "error-picture-corrupt",
        }
    }
}

/// One variant made from a picture: its side, its bytes and its extension.
#[derive(Debug, Clone)]
pub struct Variant {
    pub side: u32,
    pub bytes: Vec<u8>,
    pub ext: &'static str,
}

/// Decodes `bytes` (PNG, JPEG, GIF or WebP, whatever its name says) within
/// the limits, turns it upright (a camera's orientation tag), and makes the
/// small and large square variants, each cropped to the centre.
pub fn make_variants(bytes: &[u8]) -> std::result::Result<[Variant; 2], PictureError> {
    let img = decode(bytes)?;
    Ok([variant(&img, SMALL_PX)?, variant(&img, LARGE_PX)?])
}

/// A library preview: the picture (a page drawn by pdftoppm, or an uploaded
/// picture) scaled to `width` (never up) on white, as a JPEG of at most
/// `max_bytes`, its quality lowered step by step until it fits.
pub fn make_preview(
    bytes: &[u8],
    width: u32,
    max_bytes: usize,
) -> std::result::Result<Vec<u8>, PictureError> {
    let img = decode(bytes)?;
    let img = if img.width() > width {
        img.resize(width, u32::MAX, image::imageops::FilterType::Triangle)
    } else {
        img
    };
    // Transparency on white, as a page is.
    let mut flat = image::RgbImage::from_pixel(img.width(), img.height(), image::Rgb([255; 3]));
    for (x, y, p) in img.to_rgba8().enumerate_pixels() {
        let a = u16::from(p.0[3]);
        let mix = |c: u8| ((u16::from(c) * a + 255 * (255 - a)) / 255) as u8;
        flat.put_pixel(x, y, image::Rgb([mix(p.0[0]), mix(p.0[1]), mix(p.0[2])]));
    }
    let flat = DynamicImage::ImageRgb8(flat);
    let mut smaller = flat.clone();
    for quality in [75u8, 60, 45, 30, 20] {
        for img in [&flat, &smaller] {
            let mut out = Vec::new();
            let enc = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, quality);
            img.to_rgb8()
                .write_with_encoder(enc)
                .map_err(|_| PictureError::Corrupt)?;
            if out.len() <= max_bytes {
                return Ok(out);
            }
        }
        // Still too large at this quality: try a narrower picture too.
        smaller = smaller.resize(
            smaller.width() * 4 / 5,
            u32::MAX,
            image::imageops::FilterType::Triangle,
        );
    }
    Err(PictureError::TooLarge)
}

/// Decodes a PNG, JPEG, GIF or WebP picture within the limits, upright.
fn decode(bytes: &[u8]) -> std::result::Result<DynamicImage, PictureError> {
    let reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|_| PictureError::NotImage)?;
    match reader.format() {
        Some(ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::Gif | ImageFormat::WebP) => {}
        _ => return Err(PictureError::NotImage),
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    let mut reader = reader;
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(classify)?;
    // Checked before a pixel is unpacked: the header alone says how large.
    let (w, h) = decoder.dimensions();
    if w > MAX_SIDE || h > MAX_SIDE || decoder.total_bytes() > MAX_DECODE_BYTES {
        return Err(PictureError::TooLarge);
    }
    if w == 0 || h == 0 {
        return Err(PictureError::Corrupt);
    }
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut img = DynamicImage::from_decoder(decoder).map_err(classify)?;
    img.apply_orientation(orientation);
    Ok(img)
}

fn classify(e: image::ImageError) -> PictureError {
    match e {
        image::ImageError::Limits(_) => PictureError::TooLarge,
        image::ImageError::Unsupported(_) => PictureError::NotImage,
        _ => PictureError::Corrupt,
    }
}

/// A square of `side` pixels: PNG when the picture uses transparency (a
/// logo on no background), otherwise whichever of PNG (flat colours, text)
/// and JPEG (photographs) is smaller.
fn variant(img: &DynamicImage, side: u32) -> std::result::Result<Variant, PictureError> {
    let square = img.resize_to_fill(side, side, image::imageops::FilterType::Lanczos3);
    let rgba = square.to_rgba8();
    let transparent = rgba.pixels().any(|p| p.0[3] < 255);
    let png = encode_png(&square, transparent)?;
    if transparent {
        return Ok(Variant {
            side,
            bytes: png,
            ext: "png",
        });
    }
    let jpeg = encode_jpeg(&square)?;
    Ok(if jpeg.len() < png.len() {
        Variant {
            side,
            bytes: jpeg,
            ext: "jpg",
        }
    } else {
        Variant {
            side,
            bytes: png,
            ext: "png",
        }
    })
}

fn encode_png(img: &DynamicImage, alpha: bool) -> std::result::Result<Vec<u8>, PictureError> {
    use image::codecs::png::{CompressionType, FilterType, PngEncoder};
    let mut out = Vec::new();
    let enc = PngEncoder::new_with_quality(&mut out, CompressionType::Best, FilterType::Adaptive);
    let done = if alpha {
        img.to_rgba8().write_with_encoder(enc)
    } else {
        img.to_rgb8().write_with_encoder(enc)
    };
    done.map_err(|_| PictureError::Corrupt)?;
    Ok(out)
}

fn encode_jpeg(img: &DynamicImage) -> std::result::Result<Vec<u8>, PictureError> {
    let mut out = Vec::new();
    let enc = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY);
    img.to_rgb8()
        .write_with_encoder(enc)
        .map_err(|_| PictureError::Corrupt)?;
    Ok(out)
}

/// Whose picture it is.
#[derive(Debug, Clone, Copy)]
enum Owner {
    Org(minga_domain::OrgId),
    Person(UserId),
}

impl Owner {
    fn id(self) -> String {
        match self {
            Owner::Org(id) => id.to_string(),
            Owner::Person(id) => id.to_string(),
        }
    }
    fn entity(self) -> Entity {
        match self {
            Owner::Org(_) => Entity::Org,
            Owner::Person(_) => Entity::User,
        }
    }
}

impl Core {
    /// Whether `actor` may change the logo of the organisation `slug`.
    pub async fn may_set_logo(&self, actor: &User, slug: &str) -> Result<bool> {
        let org = self.store.org_by_slug(slug).await?;
        Ok(can(Some(&actor.actor()), Action::Edit, org.resource()))
    }

    /// Sets the logo of an organisation from a file the actor just uploaded
    /// (`None`: the form came without one). Errors name `field`.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn set_org_logo(
        &self,
        actor: &User,
        slug: &str,
        field: &str,
        upload: Option<FileId>,
    ) -> Result<Picture> {
        let org = self.org_for_edit(actor, slug).await?;
        self.set_picture(actor, Owner::Org(org.id), field, upload)
            .await
    }

    /// Removes the logo of an organisation.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn remove_org_logo(&self, actor: &User, slug: &str) -> Result<()> {
        let org = self.org_for_edit(actor, slug).await?;
        self.replace_picture(Owner::Org(org.id), None).await
    }

    /// Sets the actor's own avatar from a file they just uploaded.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn set_avatar(
        &self,
        actor: &User,
        field: &str,
        upload: Option<FileId>,
    ) -> Result<Picture> {
        self.set_picture(actor, Owner::Person(actor.id), field, upload)
            .await
    }

    /// Removes the actor's own avatar.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn remove_avatar(&self, actor: &User) -> Result<()> {
        self.replace_picture(Owner::Person(actor.id), None).await
    }

    /// The picture of an organisation or a person (by id), if any.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn picture(&self, owner: &str) -> Result<Option<Picture>> {
        Ok(self.store.picture(owner).await?)
    }

    /// The pictures of many organisations or people, by id.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn pictures_of(
        &self,
        owners: &[String],
    ) -> Result<std::collections::HashMap<String, Picture>> {
        Ok(self.store.pictures_of(owners).await?)
    }

    /// Opens a picture's variant by its name, for anyone: only names of
    /// existing variants are served (never another blob by its hash).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn open_picture(&self, name: &str) -> Result<(&'static str, Vec<u8>)> {
        let (key, content_type) =
            minga_domain::people::variant_parts(name).ok_or(CoreError::NotFound)?;
        if !self.store.picture_variant_exists(name).await? {
            return Err(CoreError::NotFound);
        }
        let bytes = self.blobs.read_all(key).await.map_err(|e| match e {
            minga_blobs::BlobError::NotFound => CoreError::NotFound,
            other => CoreError::other("reading a picture", other),
        })?;
        Ok((content_type, bytes))
    }

    async fn set_picture(
        &self,
        actor: &User,
        owner: Owner,
        field: &str,
        upload: Option<FileId>,
    ) -> Result<Picture> {
        let Some(id) = upload else {
            return Err(CoreError::field(field, "error-picture-choose"));
        };
        let made = self.picture_from_upload(actor, field, id).await;
        // The upload is only the way in: its variants are what is kept.
        self.discard_uploads(actor, &[id]).await?;
        let picture = made?;
        self.replace_picture(owner, Some(&picture)).await?;
        Ok(picture)
    }

    async fn picture_from_upload(&self, actor: &User, field: &str, id: FileId) -> Result<Picture> {
        let file = self
            .store
            .file(id)
            .await?
            .filter(|f| f.org == actor.org_id)
            .ok_or(CoreError::NotFound)?;
        let bytes = self
            .blobs
            .read_all(&file.blob_key)
            .await
            .map_err(CoreError::with("reading an uploaded picture"))?;
        let variants = tokio::task::spawn_blocking(move || make_variants(&bytes))
            .await
            .map_err(CoreError::with("resizing a picture"))?;
        let [small, large] = variants.map_err(|e| {
            let mut errors = FieldErrors::new();
            errors.add_with(
                field,
                e.key(),
                vec![
                    ("name", file.file.name.clone()),
                    ("max", MAX_SIDE.to_string()),
                ],
            );
            CoreError::Invalid(errors)
        })?;
        let mut names = Vec::new();
        for v in [small, large] {
            let stored = self
                .blobs
                .put_bytes(v.bytes.into(), u64::MAX)
                .await
                .map_err(CoreError::with("storing a picture"))?;
            names.push(format!("{}.{}", stored.key, v.ext));
        }
        let large = names.pop().unwrap_or_default();
        let small = names.pop().unwrap_or_default();
        Ok(Picture { small, large })
    }

    /// Records the owner's new picture (or none) and deletes the bytes of
    /// the old one's variants that nothing else uses.
    async fn replace_picture(&self, owner: Owner, picture: Option<&Picture>) -> Result<()> {
        let old = self
            .store
            .set_picture(owner.entity(), &owner.id(), picture)
            .await?;
        if let Some(old) = old {
            for name in [&old.small, &old.large] {
                let Some((key, _)) = minga_domain::people::variant_parts(name) else {
                    continue;
                };
                if !self.store.blob_in_use(key).await? {
                    self.blobs
                        .delete(key)
                        .await
                        .map_err(CoreError::with("deleting an old picture"))?;
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{ImageFormat, Rgb, RgbImage, Rgba, RgbaImage};

    fn encoded(img: DynamicImage, format: ImageFormat) -> Vec<u8> {
        let mut out = Cursor::new(Vec::new());
        img.write_to(&mut out, format).unwrap();
        out.into_inner()
    }

    fn photo(w: u32, h: u32) -> DynamicImage {
        // Smooth gradients with a disc in the middle, as photographs are
        // mostly smooth; a little noise so it is no flat drawing.
        DynamicImage::ImageRgb8(RgbImage::from_fn(w, h, |x, y| {
            let (fx, fy) = (x as f32 / w as f32, y as f32 / h as f32);
            let d = ((fx - 0.5).powi(2) + (fy - 0.5).powi(2)).sqrt();
            let noise = ((x.wrapping_mul(2_654_435_761) ^ y.wrapping_mul(40_503)) % 9) as f32;
            let disc = if d < 0.25 { 90.0 } else { 0.0 };
            Rgb([
                (fx * 200.0 + noise) as u8,
                (fy * 160.0 + disc + noise) as u8,
                (120.0 + disc - noise) as u8,
            ])
        }))
    }

    #[test]
    fn variants_are_small_squares_of_the_centre() {
        // A wide picture: red on the left third, green in the middle, blue on the right.
        let img = RgbImage::from_fn(300, 100, |x, _| match x / 100 {
            0 => Rgb([255, 0, 0]),
            1 => Rgb([0, 255, 0]),
            _ => Rgb([0, 0, 255]),
        });
        let bytes = encoded(DynamicImage::ImageRgb8(img), ImageFormat::Png);
        let [small, large] = make_variants(&bytes).unwrap();
        for (v, side) in [(&small, SMALL_PX), (&large, LARGE_PX)] {
            let back = image::load_from_memory(&v.bytes).unwrap();
            assert_eq!((back.width(), back.height()), (side, side));
            // The centre third (green) fills the square.
            let p = back.to_rgb8().get_pixel(side / 2, side / 2).0;
            assert!(p[1] > 200 && p[0] < 60 && p[2] < 60, "{p:?}");
        }
    }

    #[test]
    fn photographs_become_small_jpegs_and_transparent_logos_stay_png() {
        let bytes = encoded(photo(1200, 900), ImageFormat::Jpeg);
        let [small, large] = make_variants(&bytes).unwrap();
        assert_eq!(large.ext, "jpg");
        assert!(large.bytes.len() < 12_000, "{}", large.bytes.len());
        assert!(small.bytes.len() < 3_000, "{}", small.bytes.len());
        let logo = RgbaImage::from_fn(64, 64, |x, _| {
            if x < 32 {
                Rgba([0, 0, 0, 0])
            } else {
                Rgba([20, 80, 160, 255])
            }
        });
        let bytes = encoded(DynamicImage::ImageRgba8(logo), ImageFormat::Png);
        let [small, large] = make_variants(&bytes).unwrap();
        assert_eq!((small.ext, large.ext), ("png", "png"));
    }

    #[test]
    fn other_files_too_large_or_broken_pictures_are_refused() {
        assert_eq!(
            make_variants(b"just some text, named logo.png").unwrap_err(),
            PictureError::NotImage
        );
        let wide = encoded(photo(MAX_SIDE + 1, 2), ImageFormat::Png);
        assert_eq!(make_variants(&wide).unwrap_err(), PictureError::TooLarge);
        let mut cut = encoded(photo(200, 200), ImageFormat::Png);
        cut.truncate(cut.len() / 2);
        assert_eq!(make_variants(&cut).unwrap_err(), PictureError::Corrupt);
    }

    /// A decompression bomb: a PNG whose header promises 60,000 × 60,000
    /// pixels, a few hundred bytes long. Refused from its header alone.
    #[test]
    fn a_decompression_bomb_is_refused_before_it_is_unpacked() {
        let mut png = Vec::new();
        png.extend_from_slice(b"\x89PNG\r\n\x1a\n");
        let mut ihdr = Vec::new();
        ihdr.extend_from_slice(&60_000u32.to_be_bytes());
        ihdr.extend_from_slice(&60_000u32.to_be_bytes());
        ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
        chunk(&mut png, b"IHDR", &ihdr);
        chunk(&mut png, b"IEND", &[]);
        assert_eq!(make_variants(&png).unwrap_err(), PictureError::TooLarge);
    }

    fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        out.extend_from_slice(kind);
        out.extend_from_slice(data);
        let mut crc = crc32(kind);
        crc = crc32_update(crc, data);
        out.extend_from_slice(&(!crc).to_be_bytes());
    }
    fn crc32(b: &[u8]) -> u32 {
        crc32_update(0xffff_ffff, b)
    }
    fn crc32_update(mut c: u32, b: &[u8]) -> u32 {
        for &x in b {
            c ^= u32::from(x);
            for _ in 0..8 {
                c = if c & 1 != 0 {
                    0xedb8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
            }
        }
        c
    }
}
