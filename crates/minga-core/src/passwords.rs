//! Password hashing with Argon2id (the OWASP-recommended parameters of the
//! argon2 crate's defaults), run off the async threads.

use crate::{CoreError, Result};
use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::Argon2;
use std::sync::LazyLock;

pub async fn hash(password: String) -> Result<String> {
    tokio::task::spawn_blocking(move || hash_blocking(&password))
        .await
        .map_err(CoreError::with("hashing a password"))?
}

pub fn hash_blocking(password: &str) -> Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(CoreError::with("hashing a password"))
}

/// Checks a password. With `None` it still does the work of a check, so an
/// unknown account takes as long to refuse as a wrong password.
pub async fn verify(password: String, stored: Option<String>) -> bool {
    tokio::task::spawn_blocking(move || {
        let stored = stored.as_deref().unwrap_or(DUMMY_HASH.as_str());
        let ok = PasswordHash::new(stored)
            .map(|h| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &h)
                    .is_ok()
            })
            .unwrap_or(false);
        ok && !std::ptr::eq(stored, DUMMY_HASH.as_str())
    })
    .await
    .unwrap_or(false)
}

static DUMMY_HASH: LazyLock<String> =
    LazyLock::new(|| hash_blocking("minga-timing-equaliser").unwrap_or_default());

#[cfg(test)]
mod tests {
    #[tokio::test]
    async fn hash_and_verify() {
        let h = super::hash("correct horse battery".into()).await.unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(super::verify("correct horse battery".into(), Some(h.clone())).await);
        assert!(!super::verify("wrong".into(), Some(h)).await);
        assert!(!super::verify("minga-timing-equaliser".into(), None).await);
    }
}
