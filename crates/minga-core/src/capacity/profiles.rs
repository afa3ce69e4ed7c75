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
#[derive(Debug, Clone, Default)]
pub struct ItemInput {
    /// The level as given (0–3; empty for none).
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
#[derive(Debug, Clone, Default)]
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
            it.level = r.level.value().to_string();
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
            let level = match it.level.trim() {
                "" => Level::NONE,
                raw => match Level::parse(raw) {
                    Ok(l) => l,
                    Err(key) => {
                        e.add(format!("level_{code}"), key);
                        Level::NONE
                    }
                },
            };
            let evidence = it.evidence.trim().to_string();
            if evidence.chars().count() > EVIDENCE_MAX {
                e.add(format!("evidence_{code}"), "error-too-long");
            }
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
            if level != Level::NONE || !evidence.is_empty() || !item_files.is_empty() {
                ratings.push(Rating {
                    item: t.code.clone(),
                    level,
                    evidence,
                    share: it.share,
                    files: item_files,
                });
            }
            let desc = it.need_description.trim().to_string();
            if desc.chars().count() > NEED_MAX {
                e.add(format!("needdesc_{code}"), "error-too-long");
            }
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
        Ok(ProfileEditor {
            org,
            round,
            status,
            input,
            may_edit,
            carried_from,
            fillers,
        })
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
