//! Best practices (issue 13): a structured account of what an organisation
//! did, reviewed by the Secretariat before it is published, and the
//! evidence that others tried it ("we tried this"). The template, the
//! workflow's steps and the checks on what is typed. No I/O.

use crate::FieldErrors;

/// The template's sections, in the order they are written and read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Section {
    Context,
    Challenge,
    Approach,
    Results,
    Lessons,
    Replicate,
    Contact,
}

impl Section {
    pub const ALL: [Section; 7] = [
        Section::Context,
        Section::Challenge,
        Section::Approach,
        Section::Results,
        Section::Lessons,
        Section::Replicate,
        Section::Contact,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Section::Context => "context",
            Section::Challenge => "challenge",
            Section::Approach => "approach",
            Section::Results => "results",
            Section::Lessons => "lessons",
            Section::Replicate => "replicate",
            Section::Contact => "contact",
        }
    }

    pub fn parse(s: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|x| x.code() == s)
    }

    /// Fluent keys of its heading and of the hint under its field.
    pub fn label_key(self) -> String {
        format!("practice-section-{}", self.code())
    }
    pub fn hint_key(self) -> String {
        format!("practice-hint-{}", self.code())
    }

    /// Every section must be written before a practice is submitted, but
    /// the contact (a practice may say whom to ask elsewhere).
    pub fn required(self) -> bool {
        self != Section::Contact
    }
}

/// Longest title, and longest section, in characters.
pub const TITLE_MAX: usize = 200;
pub const SECTION_MAX: usize = 8000;
/// Longest review comment and "we tried this" text, in characters.
pub const COMMENT_MAX: usize = 4000;

/// Where a practice is in its review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PracticeState {
    /// Being written: its authors and the Secretariat see it.
    Draft,
    /// Sent for review: the Secretariat comments, asks for changes or publishes.
    Submitted,
    /// Sent back with comments: its authors change it and submit again.
    ChangesRequested,
    /// Reviewed and published: every member reads it.
    Published,
}

impl PracticeState {
    pub const ALL: [PracticeState; 4] = [
        PracticeState::Draft,
        PracticeState::Submitted,
        PracticeState::ChangesRequested,
        PracticeState::Published,
    ];

    pub fn code(self) -> &'static str {
        match self {
            PracticeState::Draft => "draft",
            PracticeState::Submitted => "submitted",
            PracticeState::ChangesRequested => "changes-requested",
            PracticeState::Published => "published",
        }
    }

    pub fn parse(s: &str) -> Option<PracticeState> {
        PracticeState::ALL.into_iter().find(|x| x.code() == s)
    }

    pub fn label_key(self) -> String {
        format!("practice-state-{}", self.code())
    }

    /// Whether its authors may change it now (not while the Secretariat
    /// reviews it; a published practice is changed by the Secretariat).
    pub fn editable(self) -> bool {
        matches!(self, PracticeState::Draft | PracticeState::ChangesRequested)
    }
}

/// A step of the workflow, and who may take it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Its authors send a draft (or a practice sent back) for review.
    Submit,
    /// The Secretariat sends it back with its comments.
    RequestChanges,
    /// The Secretariat publishes it.
    Publish,
    /// The Secretariat takes a published practice down (back to a draft).
    Unpublish,
}

impl Step {
    /// The state after the step, when it may be taken from `from`.
    pub fn from(self, from: PracticeState) -> Option<PracticeState> {
        use PracticeState::*;
        match (self, from) {
            (Step::Submit, Draft | ChangesRequested) => Some(Submitted),
            (Step::RequestChanges, Submitted) => Some(ChangesRequested),
            (Step::Publish, Submitted) => Some(Published),
            (Step::Unpublish, Published) => Some(Draft),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Step::Submit => "submit",
            Step::RequestChanges => "request-changes",
            Step::Publish => "publish",
            Step::Unpublish => "unpublish",
        }
    }

    pub fn parse(s: &str) -> Option<Step> {
        [
            Step::Submit,
            Step::RequestChanges,
            Step::Publish,
            Step::Unpublish,
        ]
        .into_iter()
        .find(|x| x.code() == s)
    }
}

/// What the practice form sent: the title and each section as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PracticeText {
    pub title: String,
    /// In the order of `Section::ALL`.
    pub sections: [String; 7],
}

impl PracticeText {
    pub fn get(&self, s: Section) -> &str {
        &self.sections[s as usize]
    }
    pub fn set(&mut self, s: Section, text: String) {
        self.sections[s as usize] = text;
    }

    /// Checks what a draft may hold: nothing is required yet, but nothing
    /// may be too long and a title must be there (it names the draft).
    pub fn check_draft(&self, errors: &mut FieldErrors) {
        if self.title.trim().is_empty() {
            errors.add("title", "error-required");
        } else if self.title.trim().chars().count() > TITLE_MAX {
            errors.add("title", "error-too-long");
        }
        for s in Section::ALL {
            if self.get(s).chars().count() > SECTION_MAX {
                errors.add_with(
                    s.code(),
                    "error-practice-too-long",
                    vec![("max", SECTION_MAX.to_string())],
                );
            }
        }
    }

    /// Checks what a practice sent for review must hold: every required
    /// section written, each error under its own section.
    pub fn check_submission(&self, errors: &mut FieldErrors) {
        self.check_draft(errors);
        for s in Section::ALL {
            if s.required() && self.get(s).trim().is_empty() {
                errors.add(s.code(), "error-practice-section-required");
            }
        }
    }

    /// The text cleaned for keeping: the title trimmed, sections without
    /// trailing spaces.
    pub fn cleaned(&self) -> PracticeText {
        let mut out = PracticeText {
            title: self.title.trim().to_string(),
            ..PracticeText::default()
        };
        for s in Section::ALL {
            out.set(s, self.get(s).trim_end().to_string());
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full() -> PracticeText {
        let mut t = PracticeText {
            title: "Radio for budgets".into(),
            ..PracticeText::default()
        };
        for s in Section::ALL {
            t.set(s, format!("About {}", s.code()));
        }
        t
    }

    #[test]
    fn a_submission_needs_every_required_section() {
        let mut t = full();
        let mut e = FieldErrors::new();
        t.check_submission(&mut e);
        assert!(e.is_empty());
        t.set(Section::Results, "  ".into());
        t.set(Section::Contact, String::new());
        let mut e = FieldErrors::new();
        t.check_submission(&mut e);
        assert_eq!(e.get("results"), Some("error-practice-section-required"));
        assert_eq!(e.get("contact"), None, "the contact is optional");
        // A draft may be half written.
        let mut e = FieldErrors::new();
        t.check_draft(&mut e);
        assert!(e.is_empty());
    }

    #[test]
    fn the_workflow_allows_only_its_steps() {
        use PracticeState::*;
        assert_eq!(Step::Submit.from(Draft), Some(Submitted));
        assert_eq!(Step::Submit.from(ChangesRequested), Some(Submitted));
        assert_eq!(Step::Submit.from(Submitted), None);
        assert_eq!(Step::Submit.from(Published), None);
        assert_eq!(Step::RequestChanges.from(Submitted), Some(ChangesRequested));
        assert_eq!(Step::RequestChanges.from(Draft), None);
        assert_eq!(Step::Publish.from(Submitted), Some(Published));
        assert_eq!(Step::Publish.from(Draft), None);
        assert_eq!(Step::Unpublish.from(Published), Some(Draft));
        for s in PracticeState::ALL {
            assert_eq!(PracticeState::parse(s.code()), Some(s));
        }
        assert!(Draft.editable() && ChangesRequested.editable());
        assert!(!Submitted.editable() && !Published.editable());
    }
}
