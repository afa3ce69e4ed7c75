//! Consultations (issue 13): the Secretariat asks the member organisations
//! about a discussion document — open questions, choices and scales — by
//! a deadline; each organisation gives one response, drafted by its staff
//! and submitted by its admin. The kinds of question, the checks on the
//! questions and on the answers, and the groups answers are counted by.
//! No I/O.

use crate::FieldErrors;

/// Longest title, prompt and choice; longest document text and answer.
pub const TITLE_MAX: usize = 200;
pub const PROMPT_MAX: usize = 1000;
pub const CHOICE_MAX: usize = 200;
pub const DOCUMENT_MAX: usize = 20_000;
pub const ANSWER_MAX: usize = 8000;
/// Most questions in one consultation, and choices in one question.
pub const QUESTIONS_MAX: usize = 40;
pub const CHOICES_MAX: usize = 12;
/// A scale runs from 1 to this.
pub const SCALE_TOP: i64 = 5;

/// What kind of answer a question asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuestionKind {
    /// Text, read side by side.
    Open,
    /// One of a list, counted.
    Choice,
    /// 1 to 5, counted and averaged.
    Scale,
}

coded!(QuestionKind {
    Open = "open",
    Choice = "choice",
    Scale = "scale",
});

impl QuestionKind {
    pub fn label_key(self) -> String {
        format!("consultation-kind-{}", self.code())
    }
}

/// Where a consultation stands. An open one past its deadline is closed
/// (`closed` below): nothing is stored for that.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConsultationState {
    /// Being prepared by the Secretariat: nobody else sees it.
    Draft,
    /// Published: the audience answers until the deadline.
    Open,
}

coded!(ConsultationState {
    Draft = "draft",
    Open = "open",
});

/// Where an organisation's response stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ResponseState {
    Draft,
    Submitted,
}

coded!(ResponseState {
    Draft = "draft",
    Submitted = "submitted",
});

/// How answers are grouped on the results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum GroupBy {
    #[default]
    Region,
    Kind,
    /// North and South.
    Group,
}

coded!(GroupBy {
    Region = "region",
    Kind = "kind",
    Group = "group",
});

/// A question as the form sends it: its kind, prompt and (for a choice)
/// one choice per line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QuestionForm {
    pub kind: String,
    pub prompt: String,
    pub choices: String,
}

/// A question, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionText {
    pub kind: QuestionKind,
    pub prompt: String,
    pub choices: Vec<String>,
}

/// The choices written one per line, blank lines left out.
pub fn choice_lines(raw: &str) -> Vec<String> {
    raw.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// Checks the questions of the form; rows left blank are skipped. Errors
/// are named `q{n}_prompt`, `q{n}_choices` and `q{n}_kind` after the row
/// (from 1).
pub fn check_questions(rows: &[QuestionForm], errors: &mut FieldErrors) -> Vec<QuestionText> {
    let mut out = Vec::new();
    for (i, q) in rows.iter().enumerate() {
        let n = i + 1;
        if q.prompt.trim().is_empty() && q.choices.trim().is_empty() {
            continue;
        }
        let Some(kind) = QuestionKind::parse(&q.kind) else {
            errors.add(format!("q{n}_kind"), "error-consultation-kind");
            continue;
        };
        let prompt = match crate::values::required_multiline(&q.prompt, PROMPT_MAX) {
            Ok(p) => p,
            Err(k) => {
                errors.add(format!("q{n}_prompt"), k);
                continue;
            }
        };
        let choices = choice_lines(&q.choices);
        match kind {
            QuestionKind::Choice if choices.len() < 2 => {
                errors.add(format!("q{n}_choices"), "error-consultation-choices")
            }
            QuestionKind::Choice if choices.len() > CHOICES_MAX => errors.add_with(
                format!("q{n}_choices"),
                "error-library-too-many",
                vec![("max", CHOICES_MAX.to_string())],
            ),
            QuestionKind::Choice if choices.iter().any(|c| c.chars().count() > CHOICE_MAX) => {
                errors.add(format!("q{n}_choices"), "error-too-long")
            }
            _ => {}
        }
        out.push(QuestionText {
            kind,
            prompt,
            choices: if kind == QuestionKind::Choice {
                choices
            } else {
                Vec::new()
            },
        });
    }
    if out.is_empty() && errors.is_empty() {
        errors.add("q1_prompt", "error-consultation-no-question");
    }
    if out.len() > QUESTIONS_MAX {
        errors.add_with(
            "q1_prompt",
            "error-library-too-many",
            vec![("max", QUESTIONS_MAX.to_string())],
        );
    }
    out
}

/// One organisation's answer to one question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Text(String),
    /// The choice's position, from 0.
    Choice(usize),
    /// 1 to `SCALE_TOP`.
    Scale(i64),
}

/// Reads what was typed or chosen for a question of `kind` with
/// `choices` choices: `None` when nothing was given. `field` names the
/// error.
pub fn read_answer(
    kind: QuestionKind,
    choices: usize,
    raw: &str,
    field: &str,
    errors: &mut FieldErrors,
) -> Option<Answer> {
    let raw = raw.trim();
    if raw.is_empty() {
        return None;
    }
    match kind {
        QuestionKind::Open => {
            if raw.chars().count() > ANSWER_MAX {
                errors.add_with(
                    field,
                    "error-library-too-long",
                    vec![("max", ANSWER_MAX.to_string())],
                );
                None
            } else {
                Some(Answer::Text(raw.replace("\r\n", "\n")))
            }
        }
        QuestionKind::Choice => match raw.parse::<usize>() {
            Ok(i) if i < choices => Some(Answer::Choice(i)),
            _ => {
                errors.add(field, "error-consultation-choice");
                None
            }
        },
        QuestionKind::Scale => match raw.parse::<i64>() {
            Ok(v) if (1..=SCALE_TOP).contains(&v) => Some(Answer::Scale(v)),
            _ => {
                errors.add(field, "error-consultation-choice");
                None
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(kind: &str, prompt: &str, choices: &str) -> QuestionForm {
        QuestionForm {
            kind: kind.into(),
            prompt: prompt.into(),
            choices: choices.into(),
        }
    }

    #[test]
    fn questions_skip_blank_rows_and_a_choice_needs_two() {
        let mut e = FieldErrors::new();
        let out = check_questions(
            &[
                q("open", "What worked?", ""),
                q("choice", "", ""),
                q("choice", "Which first?", "Only one\n\n"),
                q("scale", " How useful? ", "ignored"),
            ],
            &mut e,
        );
        assert_eq!(out.len(), 3);
        assert_eq!(e.0.len(), 1);
        assert_eq!(e.0[0].field, "q3_choices");
        assert_eq!(out[2].prompt, "How useful?");
        assert!(out[2].choices.is_empty(), "a scale keeps no choices");
        let mut e = FieldErrors::new();
        check_questions(&[q("open", "", "")], &mut e);
        assert_eq!(e.0[0].key, "error-consultation-no-question");
    }

    #[test]
    fn answers_are_read_by_kind_and_out_of_range_is_refused() {
        let mut e = FieldErrors::new();
        assert_eq!(
            read_answer(QuestionKind::Choice, 3, "2", "a1", &mut e),
            Some(Answer::Choice(2))
        );
        assert_eq!(
            read_answer(QuestionKind::Scale, 0, "5", "a2", &mut e),
            Some(Answer::Scale(5))
        );
        assert_eq!(read_answer(QuestionKind::Open, 0, "  ", "a3", &mut e), None);
        assert!(e.is_empty());
        assert_eq!(
            read_answer(QuestionKind::Choice, 3, "3", "a4", &mut e),
            None
        );
        assert_eq!(read_answer(QuestionKind::Scale, 0, "6", "a5", &mut e), None);
        assert_eq!(e.0.len(), 2);
    }
}
