//! Capacity profiles: what the profile form holds, the profile page, saving.

use crate::{Core, CoreError, Result};
use minga_domain::capacity::{
    CapacityProfile, Level, MappingRound, Need, Priority, ProfileStatus, Rating, TaxonomyItem,
};
use minga_domain::files::FileRef;
use minga_domain::{can, Action, FieldErrors, FileId, Locale, Org, OrgId, User};

pub const EVIDENCE_MAX: usize = 2_000;
/// Evidence files per rating: enough for a report, a plan and a photo or two.
pub const FILES_PER_ITEM_MAX: usize = 10;
pub const NEED_MAX: usize = 500;

/// The answers about one item of the profile, as the reader gave them (the
/// web layer reads them from its form; `validate` checks them).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct ItemInput {
    /// The level as given (0–3; empty when not answered: "0" is an answer).
    pub level: String,
    pub evidence: String,
    /// Willing to share it with peers.
    pub share: bool,
    /// The need's priority code (empty for no need).
    pub need: String,
    pub need_description: String,
    /// Evidence files kept (ids as given).
    pub files: Vec<String>,
}

/// A whole profile as given, by item code, kept as given so errors lose
/// nothing. Errors from `validate` are keyed `level_CODE`, `evidence_CODE`,
/// `share_CODE`, `need_CODE`, `needdesc_CODE` and `languages`.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct ProfileInput {
    pub items: std::collections::HashMap<String, ItemInput>,
    /// Language codes.
    pub languages: Vec<String>,
}

impl ProfileInput {
    /// The answers about one item, added empty when the input has none yet.
    pub fn item(&mut self, code: &str) -> &mut ItemInput {
        self.items.entry(code.to_string()).or_default()
    }

    pub fn from_profile(p: &CapacityProfile) -> ProfileInput {
        let mut input = ProfileInput {
            languages: p.languages.iter().map(|l| l.code().to_string()).collect(),
            ..Default::default()
        };
        for r in &p.ratings {
            let it = input.items.entry(r.item.to_string()).or_default();
            if r.answered {
                it.level = r.level.value().to_string();
            }
            it.evidence = r.evidence.clone();
            it.share = r.share;
            it.files = r.files.iter().map(|f| f.id.to_string()).collect();
        }
        for n in &p.needs {
            let it = input.items.entry(n.item.to_string()).or_default();
            it.need = n.priority.code().to_string();
            it.need_description = n.description.clone();
        }
        input
    }

    /// Whether the item has an answer: a level, "0 — none" included.
    pub fn answered(&self, code: &str) -> bool {
        self.items
            .get(code)
            .is_some_and(|it| !it.level.trim().is_empty())
    }

    /// Every evidence file id the form names, parsed (unreadable ones dropped).
    pub fn file_ids(&self) -> Vec<FileId> {
        self.items
            .values()
            .flat_map(|it| it.files.iter().filter_map(|f| f.parse().ok()))
            .collect()
    }

    /// Checks every item against the taxonomy; a profile only when all is
    /// well. `files` are the organisation's own files among `file_ids()`:
    /// any other id is dropped.
    pub fn validate(
        &self,
        org: OrgId,
        taxonomy: &[TaxonomyItem],
        files: &[FileRef],
        status: ProfileStatus,
    ) -> Result<CapacityProfile, FieldErrors> {
        let mut e = FieldErrors::new();
        let mut ratings = Vec::new();
        let mut needs = Vec::new();
        for code in self.items.keys() {
            if !taxonomy.iter().any(|t| t.code.as_str() == code) {
                e.add(format!("level_{code}"), "error-choose-option");
            }
        }
        for t in taxonomy {
            let Some(it) = self.items.get(t.code.as_str()) else {
                continue;
            };
            let code = t.code.as_str();
            let (level, answered) = match it.level.trim() {
                "" => (Level::NONE, false),
                raw => match Level::parse(raw) {
                    Ok(l) => (l, true),
                    Err(key) => {
                        e.add(format!("level_{code}"), key);
                        (Level::NONE, false)
                    }
                },
            };
            let evidence = it.evidence.trim().to_string();
            too_long(&mut e, "evidence", code, &evidence, EVIDENCE_MAX);
            if it.share && !level.can_support() {
                e.add(format!("share_{code}"), "error-share-needs-level");
            }
            let item_files: Vec<FileRef> = it
                .files
                .iter()
                .filter_map(|id| files.iter().find(|f| f.id.to_string() == *id).cloned())
                .collect();
            if item_files.len() > FILES_PER_ITEM_MAX {
                e.add(format!("evidence_{code}"), "error-too-many-files");
            }
            // Evidence backs a level up: a submitted profile says which.
            if status == ProfileStatus::Submitted
                && !answered
                && !it.share
                && e.get(&format!("level_{code}")).is_none()
                && (!evidence.is_empty() || !item_files.is_empty())
            {
                e.add_with(
                    format!("level_{code}"),
                    "error-level-required",
                    vec![("item", code.to_string())],
                );
            }
            if answered || !evidence.is_empty() || !item_files.is_empty() {
                ratings.push(Rating {
                    item: t.code.clone(),
                    level,
                    answered,
                    evidence,
                    share: it.share,
                    files: item_files,
                });
            }
            let desc = it.need_description.trim().to_string();
            too_long(&mut e, "needdesc", code, &desc, NEED_MAX);
            match it.need.as_str() {
                "" if !desc.is_empty() => e.add(format!("need_{code}"), "error-need-priority"),
                "" => {}
                p => match Priority::parse(p) {
                    Some(priority) => needs.push(Need {
                        item: t.code.clone(),
                        priority,
                        description: desc,
                    }),
                    None => e.add(format!("need_{code}"), "error-choose-option"),
                },
            }
        }
        let mut languages = Vec::new();
        for l in &self.languages {
            match Locale::parse(l) {
                Some(l) if !languages.contains(&l) => languages.push(l),
                Some(_) => {}
                None => e.add("languages", "error-choose-option"),
            }
        }
        if status == ProfileStatus::Submitted && languages.is_empty() {
            e.add("languages", "error-languages-required");
        }
        e.into_result()?;
        Ok(CapacityProfile {
            org,
            ratings,
            needs,
            languages,
            status,
        })
    }
}

/// An over-long text of an item: the error names the item (its code; the
/// page shows its label), the limit and the length given.
fn too_long(e: &mut FieldErrors, field: &str, code: &str, text: &str, max: usize) {
    let n = text.chars().count();
    if n > max {
        e.add_with(
            format!("{field}_{code}"),
            if field == "evidence" {
                "error-evidence-too-long"
            } else {
                "error-need-too-long"
            },
            vec![
                ("item", code.to_string()),
                ("max", max.to_string()),
                ("count", n.to_string()),
            ],
        );
    }
}

/// What the profile page shows.
pub struct ProfileEditor {
    pub org: Org,
    pub round: Option<MappingRound>,
    pub status: ProfileStatus,
    pub input: ProfileInput,
    pub may_edit: bool,
    /// The round the shown answers were last submitted in, when they come from an earlier round.
    pub carried_from: Option<MappingRound>,
    /// For a reader who may not edit: the names of the people who fill in
    /// the profile ([`minga_domain::PROFILE_FILLERS`]); empty when nobody can.
    pub fillers: Vec<String>,
    /// The shown answers were typed and kept unsaved (`keep_profile_draft`).
    pub kept_unsaved: bool,
}

impl Core {
    /// The profile page of the actor's organisation.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn profile_editor(&self, actor: &User) -> Result<ProfileEditor> {
        let org = self.store.org_by_id(actor.org_id).await?;
        let may_edit = can(Some(&actor.actor()), Action::EditCapacity, org.resource());
        let round = self.store.open_round_for(org.id).await?;
        let current = match &round {
            Some(r) => self.store.profile(org.id, r.id).await?,
            None => None,
        };
        let (status, input, carried_from) = match current {
            Some(p) => (p.status, ProfileInput::from_profile(&p), None),
            None => match self.store.latest_submitted_profile(org.id).await? {
                // A new round starts from the last profile, so nobody retypes.
                Some((r, p)) => (
                    ProfileStatus::NotStarted,
                    ProfileInput::from_profile(&p),
                    Some(r),
                ),
                None => (ProfileStatus::NotStarted, ProfileInput::default(), None),
            },
        };
        let mut fillers = Vec::new();
        if !may_edit {
            for role in minga_domain::PROFILE_FILLERS {
                fillers.extend(
                    self.store
                        .users_with_role_in(&[org.id], role)
                        .await?
                        .into_iter()
                        .map(|u| u.name),
                );
            }
        }
        // What was typed and kept unsaved comes back in the form, for editors.
        let kept = match &round {
            Some(r) if may_edit => self
                .store
                .profile_draft(org.id, r.id)
                .await?
                .and_then(|body| serde_json::from_str::<ProfileInput>(&body).ok()),
            _ => None,
        };
        let kept_unsaved = kept.is_some();
        Ok(ProfileEditor {
            org,
            round,
            status,
            input: kept.unwrap_or(input),
            may_edit,
            carried_from,
            fillers,
            kept_unsaved,
        })
    }

    /// Keeps what was typed into the profile form without saving it (nor
    /// checking it): the form shows it again until it is saved or
    /// submitted. The language switcher of the profile page sends the
    /// form here first, so changing language loses nothing.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn keep_profile_draft(&self, actor: &User, input: &ProfileInput) -> Result<()> {
        if !self.may_edit_capacity(actor).await? {
            return Err(CoreError::Forbidden);
        }
        let round = self
            .store
            .open_round_for(actor.org_id)
            .await?
            .ok_or(CoreError::field("round", "error-no-open-round"))?;
        let body = serde_json::to_string(input)
            .map_err(|e| CoreError::other("writing a kept profile form", e))?;
        Ok(self
            .store
            .keep_profile_draft(actor.org_id, round.id, &body, Some(actor.id))
            .await?)
    }

    /// Whether the actor may change their organisation's capacity profile.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn may_edit_capacity(&self, actor: &User) -> Result<bool> {
        let org = self.store.org_by_id(actor.org_id).await?;
        Ok(can(
            Some(&actor.actor()),
            Action::EditCapacity,
            org.resource(),
        ))
    }

    /// Saves the actor's organisation's profile in the open round, as a draft
    /// or submitted.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn save_profile(
        &self,
        actor: &User,
        input: &ProfileInput,
        submit: bool,
    ) -> Result<()> {
        let org = self.store.org_by_id(actor.org_id).await?;
        if !can(Some(&actor.actor()), Action::EditCapacity, org.resource()) {
            return Err(CoreError::Forbidden);
        }
        let round = self
            .store
            .open_round_for(org.id)
            .await?
            .ok_or(CoreError::field("round", "error-no-open-round"))?;
        let taxonomy = self.store.taxonomy().await?;
        // Once submitted, a profile stays submitted: changes update it (and
        // the map and matches) at once, rather than turning the answers
        // others already read back into a draft.
        let already_submitted = self
            .store
            .profile(org.id, round.id)
            .await?
            .is_some_and(|p| p.status == ProfileStatus::Submitted);
        let status = if submit || already_submitted {
            ProfileStatus::Submitted
        } else {
            ProfileStatus::Draft
        };
        let files = self.store.files_of_org(org.id, &input.file_ids()).await?;
        let profile = input.validate(org.id, &taxonomy, &files, status)?;
        let map_before = self.store.org_map_contribution(org.id).await?;
        self.store
            .save_profile(round.id, &profile, Some(actor.id))
            .await?;
        self.after_profile_saved(org.id, map_before).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use minga_domain::capacity::{ItemCode, ItemKind, Localised};

    fn taxonomy() -> Vec<TaxonomyItem> {
        ["teachers", "fundraising"]
            .iter()
            .enumerate()
            .map(|(i, c)| TaxonomyItem {
                code: ItemCode::parse(c).unwrap(),
                kind: ItemKind::Theme,
                label: Localised::default(),
                description: Localised::default(),
                synonyms: Default::default(),
                position: i as i64,
            })
            .collect()
    }

    fn check(input: &ProfileInput, status: ProfileStatus) -> Result<CapacityProfile, FieldErrors> {
        input.validate(OrgId::new(), &taxonomy(), &[], status)
    }

    #[test]
    fn zero_is_an_answer_and_an_untouched_item_is_not() {
        let mut input = ProfileInput::default();
        input.item("teachers").level = "0".into();
        input.item("fundraising").evidence = "A report".into();
        input.languages = vec!["en".into()];
        assert!(input.answered("teachers"));
        assert!(!input.answered("fundraising"));
        let p = check(&input, ProfileStatus::Draft).unwrap();
        let t = p.rating(&ItemCode::parse("teachers").unwrap()).unwrap();
        assert_eq!((t.level, t.answered), (Level::NONE, true));
        let f = p.rating(&ItemCode::parse("fundraising").unwrap()).unwrap();
        assert!(!f.answered, "evidence alone is no answer");
        // Read back, "0" stays "0" and the unanswered stays empty.
        let back = ProfileInput::from_profile(&p);
        assert_eq!(back.items["teachers"].level, "0");
        assert_eq!(back.items["fundraising"].level, "");
        assert_eq!(back.items["fundraising"].evidence, "A report");
        // Submitting: evidence needs its level; an untouched item does not.
        let e = check(&input, ProfileStatus::Submitted).unwrap_err();
        assert_eq!(e.get("level_fundraising"), Some("error-level-required"));
        assert_eq!(e.0.len(), 1, "{e}");
        input.item("fundraising").level = "0".into();
        assert!(check(&input, ProfileStatus::Submitted).is_ok());
    }

    #[test]
    fn an_over_long_text_names_its_item_its_limit_and_its_length() {
        let mut input = ProfileInput::default();
        input.item("teachers").evidence = "é".repeat(EVIDENCE_MAX + 1);
        input.item("fundraising").need = "high".into();
        input.item("fundraising").need_description = "x".repeat(NEED_MAX);
        let e = check(&input, ProfileStatus::Draft).unwrap_err();
        assert_eq!(e.0.len(), 1, "exactly the limit is fine: {e}");
        let err = e.find("evidence_teachers").unwrap();
        assert_eq!(err.key, "error-evidence-too-long");
        assert_eq!(
            err.args,
            vec![
                ("item", "teachers".to_string()),
                ("max", EVIDENCE_MAX.to_string()),
                ("count", (EVIDENCE_MAX + 1).to_string()),
            ]
        );
    }

    #[test]
    fn a_kept_form_reads_back_as_it_was_typed() {
        let mut input = ProfileInput::default();
        input.item("teachers").level = "0".into();
        input.item("teachers").evidence = "<b>?</b> \u{202e}".into();
        input.item("x").need = "nonsense".into();
        input.languages = vec!["ar".into()];
        let json = serde_json::to_string(&input).unwrap();
        assert_eq!(serde_json::from_str::<ProfileInput>(&json).unwrap(), input);
    }
}
