use thiserror::Error;

/// The store's one error type. Callers match on `NotFound` and `Conflict`;
/// everything else is an internal failure.
#[derive(Debug, Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    /// A unique constraint was violated; the string names the constraint or column when known.
    #[error("conflict: {0}")]
    Conflict(String),
    #[error("stored data is invalid: {0}")]
    Corrupt(String),
    /// A migration this database already applied has been edited since: its
    /// SQL no longer matches the checksum recorded when it ran.
    #[error(
        "migration {name} was changed after this database applied it \
         (recorded SHA-256 {recorded}, the file now has {embedded}); \
         an applied migration must not be edited: restore the file as it was \
         and put the change in a new migration"
    )]
    MigrationChanged {
        name: String,
        recorded: String,
        embedded: String,
    },
    #[error(transparent)]
    Other(sqlx::Error),
}

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> Self {
        match e {
            sqlx::Error::RowNotFound => StoreError::NotFound,
            sqlx::Error::Database(db) if db.is_unique_violation() => StoreError::Conflict(
                db.constraint()
                    .map(str::to_string)
                    .unwrap_or_else(|| db.message().to_string()),
            ),
            other => StoreError::Other(other),
        }
    }
}
