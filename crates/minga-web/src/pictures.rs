//! Logos and avatars: `GET /pictures/{name}` serves a picture's variant by
//! its content-hash name, cached for a year (the name changes with the
//! bytes); [`Face`] is what templates show for an organisation or a person,
//! the picture or, without one, initials on a coloured disc.

use crate::{AppError, AppState};
use axum::extract::{Path, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use minga_domain::people::{disc_colour, initials, Picture, LARGE_PX, SMALL_PX};

pub fn router() -> crate::routes::Routes {
    crate::routes::Routes::new().route("/pictures/{name}", axum::routing::get(serve))
}

/// Anyone may fetch a variant whose name they know: names are the SHA-256
/// of the resized picture, only given out on pages that show it, and only
/// names of existing pictures are served (never any other blob).
async fn serve(State(st): State<AppState>, Path(name): Path<String>) -> Result<Response, AppError> {
    let (content_type, bytes) = st.core.open_picture(&name).await?;
    let mut res = bytes.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=31536000, immutable"),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    Ok(res)
}

/// How large a face is shown, in CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Size {
    /// In lists, beside a name: the small variant.
    Small,
    /// On an organisation's page or the account page: the large variant,
    /// shown smaller than it is so it stays sharp on dense screens.
    Large,
}

/// An organisation's logo or a person's avatar as a page shows it.
pub struct Face {
    /// The picture's URL, or none for initials.
    pub src: Option<String>,
    /// Its width and height on the page.
    pub side: u32,
    /// The text alternative; empty where the name is written beside it.
    pub alt: String,
    pub initials: String,
    /// Which of the disc colours (`.c0`…`.c7`).
    pub colour: u8,
    pub large: bool,
}

/// The side a large face is shown at (its variant is `LARGE_PX`).
pub const LARGE_SHOWN: u32 = 96;
// Shown no larger than the variant is.
const _: () = assert!(LARGE_SHOWN <= LARGE_PX);

impl Face {
    pub fn new(id: &str, name: &str, picture: Option<&Picture>, size: Size, alt: String) -> Face {
        let (src, side) = match size {
            Size::Small => (picture.map(Picture::small_url), SMALL_PX),
            Size::Large => (picture.map(Picture::large_url), LARGE_SHOWN),
        };
        Face {
            src,
            side,
            alt,
            initials: initials(name),
            colour: disc_colour(id),
            large: size == Size::Large,
        }
    }
}
