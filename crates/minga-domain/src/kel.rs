//! The Knowledge Exchange and Learning strategy (issue 13): its objectives,
//! and the learning initiatives that serve them — a lead organisation,
//! milestones, contributions that other organisations offer and the lead
//! answers, and the outputs (resources, practices, recordings, communities,
//! exchanges) they produce. The states, the addresses of outputs and the
//! checks on what is typed. No I/O.

use crate::library::Lang;
use crate::FieldErrors;
use chrono::NaiveDate;

/// Longest objective or initiative title, and longest text, in characters.
pub const TITLE_MAX: usize = 200;
pub const TEXT_MAX: usize = 4000;
/// Longest "who" of a contribution and reason of an answer.
pub const WHO_MAX: usize = 300;

/// Where an initiative stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InitiativeState {
    /// Announced, looking for contributions.
    Planned,
    /// Under way.
    Running,
    /// Finished: its outputs stay.
    Completed,
}

coded!(InitiativeState {
    Planned = "planned",
    Running = "running",
    Completed = "completed",
});

impl InitiativeState {
    pub fn label_key(self) -> String {
        format!("kel-state-{}", self.code())
    }
    /// Whether contributions may still be offered.
    pub fn open(self) -> bool {
        self != InitiativeState::Completed
    }
}

/// Where a milestone stands. A pending one past its date is shown late.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MilestoneStatus {
    Pending,
    Done,
    /// Given up (kept, so the timeline stays true).
    Dropped,
}

coded!(MilestoneStatus {
    Pending = "pending",
    Done = "done",
    Dropped = "dropped",
});

impl MilestoneStatus {
    pub fn label_key(self) -> String {
        format!("kel-milestone-{}", self.code())
    }
}

/// Where an offered contribution stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ContributionState {
    Offered,
    Accepted,
    Declined,
}

coded!(ContributionState {
    Offered = "offered",
    Accepted = "accepted",
    Declined = "declined",
});

impl ContributionState {
    pub fn label_key(self) -> String {
        format!("kel-contribution-{}", self.code())
    }
}

/// What an initiative's output is: something that lives elsewhere in
/// Minga, linked by its address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OutputKind {
    Resource,
    Practice,
    Recording,
    Community,
    Exchange,
}

coded!(OutputKind {
    Resource = "resource",
    Practice = "practice",
    Recording = "recording",
    Community = "community",
    Exchange = "exchange",
});

impl OutputKind {
    pub fn label_key(self) -> String {
        format!("kel-output-{}", self.code())
    }

    /// The address of the thing an output names (`key`: its id, or a
    /// community's slug).
    pub fn href(self, key: &str) -> String {
        match self {
            OutputKind::Resource => format!("/library/{key}"),
            OutputKind::Practice => format!("/practices/{key}"),
            OutputKind::Recording => format!("/media/{key}"),
            OutputKind::Community => format!("/communities/{key}"),
            OutputKind::Exchange => format!("/capacity/exchanges/{key}"),
        }
    }

    /// Reads a pasted address (whole, or only its path) into a kind and
    /// the key it names: `https://hub.example/library/0190…` is a resource.
    /// What names no output (another page, an empty key) is `None`.
    pub fn from_address(typed: &str) -> Option<(OutputKind, String)> {
        let t = typed.trim();
        // Drop the scheme and host when a whole address was pasted.
        let path = match t.find("://") {
            Some(i) => {
                let rest = &t[i + 3..];
                &rest[rest.find('/')?..]
            }
            None => t,
        };
        let path = path.split(['?', '#']).next().unwrap_or(path);
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        let (kind, key) = match parts.as_slice() {
            ["library", key] => (OutputKind::Resource, *key),
            ["practices", key] => (OutputKind::Practice, *key),
            ["media", key] => (OutputKind::Recording, *key),
            ["communities", key] => (OutputKind::Community, *key),
            ["capacity", "exchanges", key] => (OutputKind::Exchange, *key),
            _ => return None,
        };
        let reserved = matches!(
            (kind, key),
            (
                OutputKind::Resource | OutputKind::Practice,
                "new" | "ours" | "review"
            )
        );
        (!reserved && key.len() <= 100).then(|| (kind, key.to_string()))
    }
}

/// What a line of an initiative's timeline records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LogKind {
    Created,
    Edited,
    Offered,
    Accepted,
    Declined,
    MilestoneAdded,
    MilestoneDone,
    MilestoneDropped,
    MilestoneReopened,
    OutputAdded,
    OutputRemoved,
}

coded!(LogKind {
    Created = "created",
    Edited = "edited",
    Offered = "offered",
    Accepted = "accepted",
    Declined = "declined",
    MilestoneAdded = "milestone-added",
    MilestoneDone = "milestone-done",
    MilestoneDropped = "milestone-dropped",
    MilestoneReopened = "milestone-reopened",
    OutputAdded = "output-added",
    OutputRemoved = "output-removed",
});

/// An objective's text in one language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ObjectiveText {
    pub lang: String,
    pub title: String,
    pub body: String,
}

/// Checks an objective's texts: at least one language with a title, every
/// language given a title when it has a text, and no language twice. The
/// fields are named `title_{lang}` and `body_{lang}`.
pub fn check_objective(
    texts: &[ObjectiveText],
    errors: &mut FieldErrors,
) -> Vec<(Lang, String, String)> {
    let mut out: Vec<(Lang, String, String)> = Vec::new();
    for t in texts {
        let Some(lang) = Lang::parse(&t.lang).filter(|l| l.locale().is_some()) else {
            continue;
        };
        let (title, body) = (t.title.trim(), t.body.trim());
        if title.is_empty() && body.is_empty() {
            continue;
        }
        let code = lang.code();
        let title = match crate::required_text(title, TITLE_MAX) {
            Ok(t) => t,
            Err(k) => {
                errors.add(format!("title_{code}"), k);
                continue;
            }
        };
        if body.chars().count() > TEXT_MAX {
            errors.add_with(
                format!("body_{code}"),
                "error-library-too-long",
                vec![("max", TEXT_MAX.to_string())],
            );
            continue;
        }
        if !out.iter().any(|(l, ..)| *l == lang) {
            out.push((lang, title, body.to_string()));
        }
    }
    if out.is_empty() && errors.is_empty() {
        errors.add("title_en", "error-kel-objective-empty");
    }
    out
}

/// What the initiative form sent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InitiativeForm {
    pub objective: String,
    pub lead: String,
    pub state: String,
    pub lang: String,
    pub title: String,
    pub summary: String,
    pub starts_on: String,
    pub ends_on: String,
    pub partners: bool,
}

/// An initiative's own fields, checked (the objective and lead are checked
/// against the store by core).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InitiativeFields {
    pub state: InitiativeState,
    pub lang: Lang,
    pub title: String,
    pub summary: String,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub partners: bool,
}

/// A date as a date field sends it (`2026-12-31`), or blank.
pub fn optional_date(field: &str, raw: &str, errors: &mut FieldErrors) -> Option<NaiveDate> {
    let raw = raw.trim();
    if raw.is_empty() {
        return None;
    }
    NaiveDate::parse_from_str(raw, "%Y-%m-%d")
        .map_err(|_| errors.add(field, "error-kel-date"))
        .ok()
}

pub fn check_initiative(f: &InitiativeForm, errors: &mut FieldErrors) -> Option<InitiativeFields> {
    let state = InitiativeState::parse(&f.state);
    if state.is_none() {
        errors.add("state", "error-kel-state");
    }
    let lang = Lang::parse(&f.lang);
    if lang.is_none() {
        errors.add("lang", "error-library-lang");
    }
    let title = crate::required_text(&f.title, TITLE_MAX)
        .map_err(|k| errors.add("title", k))
        .ok();
    let summary = crate::values::required_multiline(&f.summary, TEXT_MAX)
        .map_err(|k| errors.add("summary", k))
        .ok();
    let starts_on = optional_date("starts_on", &f.starts_on, errors);
    let ends_on = optional_date("ends_on", &f.ends_on, errors);
    if let (Some(s), Some(e)) = (starts_on, ends_on) {
        if e < s {
            errors.add("ends_on", "error-kel-ends-before");
        }
    }
    Some(InitiativeFields {
        state: state?,
        lang: lang?,
        title: title?,
        summary: summary?,
        starts_on,
        ends_on,
        partners: f.partners,
    })
}

/// Checks a new milestone: a title and a date.
pub fn check_milestone(
    title: &str,
    due: &str,
    errors: &mut FieldErrors,
) -> Option<(String, NaiveDate)> {
    let title = crate::required_text(title, TITLE_MAX)
        .map_err(|k| errors.add("milestone_title", k))
        .ok();
    let due = if due.trim().is_empty() {
        errors.add("milestone_due", "error-required");
        None
    } else {
        optional_date("milestone_due", due, errors)
    };
    Some((title?, due?))
}

/// What the contribution form sent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ContributionForm {
    pub what: String,
    pub by_when: String,
    pub who: String,
}

/// A contribution's fields, checked: what is offered, by when (not before
/// `today`), and who will do it.
pub fn check_contribution(
    f: &ContributionForm,
    today: NaiveDate,
    errors: &mut FieldErrors,
) -> Option<(String, NaiveDate, String)> {
    let what = crate::values::required_multiline(&f.what, TEXT_MAX)
        .map_err(|k| errors.add("what", k))
        .ok();
    let by_when = if f.by_when.trim().is_empty() {
        errors.add("by_when", "error-required");
        None
    } else {
        optional_date("by_when", &f.by_when, errors)
    };
    let by_when = match by_when {
        Some(d) if d < today => {
            errors.add("by_when", "error-kel-date-past");
            None
        }
        d => d,
    };
    let who = crate::required_text(&f.who, WHO_MAX)
        .map_err(|k| errors.add("who", k))
        .ok();
    Some((what?, by_when?, who?))
}

/// The lead's answer: accepting needs nothing, declining needs a reason.
pub fn check_answer(accept: bool, reason: &str, errors: &mut FieldErrors) -> String {
    let reason = reason.trim();
    if !accept && reason.is_empty() {
        errors.add("reason", "error-kel-reason");
    } else if reason.chars().count() > WHO_MAX * 4 {
        errors.add_with(
            "reason",
            "error-library-too-long",
            vec![("max", (WHO_MAX * 4).to_string())],
        );
    }
    reason.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_names_an_output_whole_or_as_a_path() {
        let id = "0190a6d2-0000-7000-8000-000000000001";
        assert_eq!(
            OutputKind::from_address(&format!("https://hub.example.org/library/{id}?in=fr")),
            Some((OutputKind::Resource, id.to_string()))
        );
        assert_eq!(
            OutputKind::from_address(&format!(" /practices/{id}/ ")),
            Some((OutputKind::Practice, id.to_string()))
        );
        assert_eq!(
            OutputKind::from_address("/communities/digital-advocacy#topics"),
            Some((OutputKind::Community, "digital-advocacy".to_string()))
        );
        assert_eq!(
            OutputKind::from_address(&format!("/capacity/exchanges/{id}")),
            Some((OutputKind::Exchange, id.to_string()))
        );
        assert_eq!(
            OutputKind::from_address(&format!("/media/{id}")),
            Some((OutputKind::Recording, id.to_string()))
        );
        for other in [
            "",
            "/library",
            "/library/new",
            "/orgs/x",
            "https://x.org",
            "/practices/ours",
            "library/a/b",
        ] {
            assert_eq!(OutputKind::from_address(other), None, "{other}");
        }
        for k in OutputKind::ALL {
            assert_eq!(
                OutputKind::from_address(&k.href("abc")),
                Some((*k, "abc".to_string()))
            );
        }
    }

    #[test]
    fn a_contribution_says_what_by_when_and_who() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let mut e = FieldErrors::new();
        let ok = check_contribution(
            &ContributionForm {
                what: " A toolkit chapter ".into(),
                by_when: "2027-02-01".into(),
                who: "Ana".into(),
            },
            today,
            &mut e,
        );
        assert!(e.is_empty());
        assert_eq!(ok.unwrap().0, "A toolkit chapter");
        let mut e = FieldErrors::new();
        let none = check_contribution(
            &ContributionForm {
                what: "".into(),
                by_when: "2026-11-30".into(),
                who: "".into(),
            },
            today,
            &mut e,
        );
        assert!(none.is_none());
        let fields: Vec<&str> = e.0.iter().map(|x| x.field.as_str()).collect();
        assert_eq!(fields, ["what", "by_when", "who"]);
        assert_eq!(e.0[1].key, "error-kel-date-past");
    }

    #[test]
    fn declining_needs_a_reason_and_accepting_does_not() {
        let mut e = FieldErrors::new();
        check_answer(true, "", &mut e);
        assert!(e.is_empty());
        check_answer(false, "  ", &mut e);
        assert_eq!(e.0[0].key, "error-kel-reason");
    }

    #[test]
    fn an_objective_needs_one_titled_language_and_ends_after_it_starts() {
        let mut e = FieldErrors::new();
        let texts = check_objective(
            &[
                ObjectiveText {
                    lang: "en".into(),
                    title: "".into(),
                    body: "".into(),
                },
                ObjectiveText {
                    lang: "fr".into(),
                    title: "Apprendre".into(),
                    body: "Ensemble".into(),
                },
                ObjectiveText {
                    lang: "xx".into(),
                    title: "No".into(),
                    body: "".into(),
                },
            ],
            &mut e,
        );
        assert!(e.is_empty());
        assert_eq!(texts.len(), 1);
        assert_eq!(texts[0].0.code(), "fr");
        let mut e = FieldErrors::new();
        check_objective(
            &[ObjectiveText {
                lang: "es".into(),
                title: "".into(),
                body: "Texto".into(),
            }],
            &mut e,
        );
        assert_eq!(e.0[0].field, "title_es");
        let mut e = FieldErrors::new();
        check_objective(&[], &mut e);
        assert_eq!(e.0[0].key, "error-kel-objective-empty");

        let mut e = FieldErrors::new();
        let f = InitiativeForm {
            state: "running".into(),
            lang: "en".into(),
            title: "Peer review of budgets".into(),
            summary: "Line one\nline two".into(),
            starts_on: "2027-03-01".into(),
            ends_on: "2027-01-01".into(),
            ..InitiativeForm::default()
        };
        assert!(check_initiative(&f, &mut e).is_some());
        assert_eq!(e.0[0].field, "ends_on");
    }
}
