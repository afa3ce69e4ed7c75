use minga_domain::FieldErrors;
use minga_store::StoreError;
use thiserror::Error;

/// What a use case can answer besides success. The web layer turns each
/// variant into a page or form message in the reader's language.
#[derive(Debug, Error)]
pub enum CoreError {
    /// The input is wrong; each field names its problem.
    #[error("{0}")]
    Invalid(FieldErrors),
    #[error("not allowed")]
    Forbidden,
    #[error("not found")]
    NotFound,
    /// Too many attempts; try again later.
    #[error("too many attempts")]
    RateLimited,
    /// Wrong email or password (never says which).
    #[error("invalid credentials")]
    InvalidCredentials,
    /// A one-time link that is unknown, used or expired.
    #[error("link no longer valid")]
    LinkInvalid,
    /// A byte range beyond the end of a file of this size.
    #[error("range not satisfiable")]
    RangeNotSatisfiable(u64),
    #[error("internal error: {0}")]
    Internal(String),
}

impl From<StoreError> for CoreError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => CoreError::NotFound,
            other => CoreError::Internal(other.to_string()),
        }
    }
}

impl From<FieldErrors> for CoreError {
    fn from(e: FieldErrors) -> Self {
        CoreError::Invalid(e)
    }
}

impl CoreError {
    /// One field error as a whole-form error.
    pub fn field(field: impl Into<String>, key: &'static str) -> CoreError {
        let mut e = FieldErrors::new();
        e.add(field, key);
        CoreError::Invalid(e)
    }
}
