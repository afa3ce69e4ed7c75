//! Validation errors that name the field and a message key, never the text:
//! the web layer translates the key into the reader's language.

/// One problem with one field. `key` is a Fluent message id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The form field's name (some are made at run time, e.g. `level_teachers`).
    pub field: String,
    pub key: &'static str,
    /// Values the message names (e.g. a file name or a limit).
    pub args: Vec<(&'static str, String)>,
}

/// All the problems found in one form, in the order they were found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldErrors(pub Vec<FieldError>);

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn add(&mut self, field: impl Into<String>, key: &'static str) {
        self.add_with(field, key, vec![]);
    }
    /// A problem whose message names values, e.g. `{ $name }`.
    pub fn add_with(
        &mut self,
        field: impl Into<String>,
        key: &'static str,
        args: Vec<(&'static str, String)>,
    ) {
        self.0.push(FieldError {
            field: field.into(),
            key,
            args,
        });
    }
    /// Adds every problem of `other`.
    pub fn extend(&mut self, other: FieldErrors) {
        self.0.extend(other.0);
    }
    /// The first problem with a field.
    pub fn find(&self, field: &str) -> Option<&FieldError> {
        self.0.iter().find(|e| e.field == field)
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// The first message key for a field, if it has one.
    pub fn get(&self, field: &str) -> Option<&'static str> {
        self.0.iter().find(|e| e.field == field).map(|e| e.key)
    }
    /// Runs a parser and records its error under `field`.
    pub fn check<T>(&mut self, field: impl Into<String>, r: Result<T, &'static str>) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(key) => {
                self.add(field, key);
                None
            }
        }
    }
    pub fn into_result(self) -> Result<(), FieldErrors> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(self)
        }
    }
}

impl std::fmt::Display for FieldErrors {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let parts: Vec<String> = self
            .0
            .iter()
            .map(|e| format!("{}: {}", e.field, e.key))
            .collect();
        write!(f, "invalid input ({})", parts.join(", "))
    }
}

impl std::error::Error for FieldErrors {}
