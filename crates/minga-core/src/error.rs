use minga_domain::FieldErrors;
use minga_store::StoreError;
use thiserror::Error;

/// Any error kept as the cause of a failure nobody but an operator can fix.
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// What a use case can answer besides success. The web layer turns each
/// variant into a page or form message in the reader's language.
///
/// Policy: the variants a person can act on (invalid input, no permission,
/// nothing there, too many attempts, a conflicting change) are named; every
/// other failure keeps its cause (`Store`, `Other`) so the one place that logs
/// it (the web layer's 500 page, the worker) prints the whole chain.
#[derive(Debug, Error)]
pub enum CoreError {
    /// The input is wrong; each field names its problem.
    #[error("{0}")]
    Invalid(FieldErrors),
    #[error("not allowed")]
    Forbidden,
    #[error("not found")]
    NotFound,
    /// Too many attempts; try again later — in `retry_after` seconds when
    /// that is known.
    #[error("too many attempts")]
    RateLimited { retry_after: Option<u64> },
    /// Wrong email or password (never says which).
    #[error("invalid credentials")]
    InvalidCredentials,
    /// The person's organisation is archived: they act as its member no
    /// more (told only after the right password, so strangers learn nothing).
    #[error("organisation archived")]
    OrgArchived,
    /// A one-time link that is unknown, used or expired.
    #[error("link no longer valid")]
    LinkInvalid,
    /// A byte range beyond the end of a file of this size.
    #[error("range not satisfiable")]
    RangeNotSatisfiable(u64),
    /// The change collides with one made meanwhile (a unique name or key
    /// already taken); the string names the constraint when known.
    #[error("conflict: {0}")]
    Conflict(String),
    /// The database failed.
    #[error("database")]
    Store(#[source] StoreError),
    /// Anything else that failed: `context` says what was being done.
    #[error("{context}")]
    Other {
        context: &'static str,
        #[source]
        source: BoxError,
    },
}

impl From<StoreError> for CoreError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => CoreError::NotFound,
            StoreError::Conflict(what) => CoreError::Conflict(what),
            other => CoreError::Store(other),
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

    /// A failure with its cause, and what was being done when it happened.
    pub fn other(context: &'static str, source: impl Into<BoxError>) -> CoreError {
        CoreError::Other {
            context,
            source: source.into(),
        }
    }

    /// `|e| CoreError::other(context, e)`, for `map_err`.
    pub fn with<E: Into<BoxError>>(context: &'static str) -> impl Fn(E) -> CoreError + Copy {
        move |e| CoreError::other(context, e)
    }
}
