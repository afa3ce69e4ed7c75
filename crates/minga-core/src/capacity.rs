//! The map of capacities: the taxonomy, mapping rounds and their mail,
//! capacity profiles, and peer matches.

use crate::jobs::mail_job;
use crate::mail::OutgoingMail;
use crate::{Core, CoreError, Result};
use chrono::{DateTime, NaiveDate, Utc};
use minga_domain::capacity::{
    CapacityProfile, ItemCode, ItemKind, Level, Localised, MappingRound, Need, Priority,
    ProfileStatus, Rating, TaxonomyItem,
};
use minga_domain::files::FileRef;
use minga_domain::matching::{matches_for_need, Candidate, Match, Seeker};
use minga_domain::{
    can, required_text, Action, FieldErrors, FileId, Group, Locale, Org, OrgFilter, OrgId, OrgKind,
    Region, Resource, Role, RoundId, User,
};
use minga_i18n::{s, I18n};
use minga_store::{NewJob, NewRound};
use serde::Deserialize;

pub const EVIDENCE_MAX: usize = 2_000;
/// Evidence files per rating: enough for a report, a plan and a photo or two.
pub const FILES_PER_ITEM_MAX: usize = 10;
pub const NEED_MAX: usize = 500;
pub const TITLE_MAX: usize = 160;
/// Reminders start this many days before the deadline, and repeat at most this often.
pub const REMIND_DAYS_BEFORE: i64 = 7;
pub const REMIND_EVERY_DAYS: i64 = 3;

#[derive(Deserialize)]
struct SeedItem {
    code: String,
    kind: String,
    label: std::collections::BTreeMap<String, String>,
    description: std::collections::BTreeMap<String, String>,
    synonyms: std::collections::BTreeMap<String, Vec<String>>,
}

/// The taxonomy Minga ships with (`seed/taxonomy.json`).
pub fn seed_taxonomy() -> Result<Vec<TaxonomyItem>> {
    let raw: Vec<SeedItem> = serde_json::from_str(include_str!("../seed/taxonomy.json"))
        .map_err(CoreError::with("reading the taxonomy seed"))?;
    raw.into_iter()
        .enumerate()
        .map(|(i, it)| {
            let five = |m: &std::collections::BTreeMap<String, String>| {
                Localised(Locale::ALL.map(|l| m.get(l.code()).cloned().unwrap_or_default()))
            };
            Ok(TaxonomyItem {
                code: ItemCode::parse(&it.code)
                    .map_err(CoreError::with("a code in the taxonomy seed"))?,
                kind: ItemKind::parse(&it.kind).ok_or_else(|| {
                    CoreError::other("a kind in the taxonomy seed", it.kind.clone())
                })?,
                label: five(&it.label),
                description: five(&it.description),
                synonyms: Locale::ALL
                    .map(|l| it.synonyms.get(l.code()).cloned().unwrap_or_default()),
                position: i as i64,
            })
        })
        .collect()
}

/// What the "open a round" form asks.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RoundInput {
    pub title: String,
    /// YYYY-MM-DD; the round closes at the end of that day (UTC).
    pub deadline: String,
    pub region: String,
    pub kind: String,
    pub group: String,
}

/// One item of the profile form as typed.
#[derive(Debug, Clone, Default)]
pub struct ItemInput {
    pub level: String,
    pub evidence: String,
    pub share: bool,
    pub need: String,
    pub need_description: String,
    /// Evidence files kept (ids as the form sent them).
    pub files: Vec<String>,
}

/// The whole profile form as typed, kept so errors lose nothing.
#[derive(Debug, Clone, Default)]
pub struct ProfileInput {
    pub items: std::collections::HashMap<String, ItemInput>,
    pub languages: Vec<String>,
}

impl ProfileInput {
    /// Reads the form's pairs: `level_CODE`, `evidence_CODE`, `share_CODE`,
    /// `need_CODE`, `needdesc_CODE`, repeated `file_CODE` (evidence files
    /// kept) and repeated `languages`.
    pub fn from_pairs(pairs: &[(String, String)]) -> ProfileInput {
        let mut input = ProfileInput::default();
        for (k, v) in pairs {
            if k == "languages" {
                input.languages.push(v.clone());
                continue;
            }
            let Some((field, code)) = k.split_once('_') else {
                continue;
            };
            let item = input.items.entry(code.to_string()).or_default();
            match field {
                "level" => item.level = v.clone(),
                "evidence" => item.evidence = v.clone(),
                "share" => item.share = true,
                "need" => item.need = v.clone(),
                "needdesc" => item.need_description = v.clone(),
                "file" if !item.files.contains(v) => item.files.push(v.clone()),
                _ => {}
            }
        }
        input
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
}

/// Matches for one need.
pub struct NeedMatches {
    pub need: Need,
    pub matches: Vec<(Org, Match)>,
    /// The files each matched organisation gives as evidence for the item.
    pub evidence_files: Vec<(OrgId, FileRef)>,
}

fn mail_round(core: &Core, to: &User, org: &Org, round: &MappingRound, key: &str) -> OutgoingMail {
    let i18n = I18n::global();
    let l = to.locale;
    let deadline = minga_i18n::format_date(l, round.deadline, to.time_zone.tz());
    OutgoingMail {
        to: to.email.to_string(),
        subject: i18n.ta(
            l,
            &format!("{key}-subject"),
            &[
                ("network", s(core.settings.network_name.clone())),
                ("title", s(round.title.clone())),
            ],
        ),
        text: i18n.ta(
            l,
            &format!("{key}-body"),
            &[
                ("name", s(to.name.clone())),
                ("org", s(org.name.clone())),
                ("title", s(round.title.clone())),
                ("date", s(deadline)),
                ("link", s(core.link("/capacity/profile"))),
            ],
        ),
    }
}

impl Core {
    /// Loads the shipped taxonomy into an empty database.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn ensure_taxonomy(&self) -> Result<()> {
        if self.store.taxonomy().await?.is_empty() {
            self.store.upsert_taxonomy(&seed_taxonomy()?).await?;
        }
        Ok(())
    }

    /// Opens a mapping round and mails every included organisation's admins.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn open_round(
        &self,
        actor: &User,
        input: &RoundInput,
        now: DateTime<Utc>,
    ) -> Result<RoundId> {
        if !can(Some(&actor.actor()), Action::Administer, Resource::Network) {
            return Err(CoreError::Forbidden);
        }
        let mut e = FieldErrors::new();
        let title = e.check("title", required_text(&input.title, TITLE_MAX));
        let deadline = match NaiveDate::parse_from_str(input.deadline.trim(), "%Y-%m-%d") {
            Ok(d) => match d.and_hms_opt(23, 59, 59).map(|t| t.and_utc()) {
                Some(t) if t > now => Some(t),
                _ => {
                    e.add("deadline", "error-deadline-past");
                    None
                }
            },
            Err(_) if input.deadline.trim().is_empty() => {
                e.add("deadline", "error-required");
                None
            }
            Err(_) => {
                e.add("deadline", "error-date-invalid");
                None
            }
        };
        let filter = OrgFilter {
            region: (!input.region.is_empty())
                .then(|| {
                    e.check(
                        "region",
                        Region::parse(&input.region).ok_or("error-choose-option"),
                    )
                })
                .flatten(),
            kind: (!input.kind.is_empty())
                .then(|| {
                    e.check(
                        "kind",
                        OrgKind::parse(&input.kind).ok_or("error-choose-option"),
                    )
                })
                .flatten(),
            group: (!input.group.is_empty())
                .then(|| {
                    e.check(
                        "group",
                        Group::parse(&input.group).ok_or("error-choose-option"),
                    )
                })
                .flatten(),
            ..Default::default()
        };
        let orgs: Vec<Org> = if e.is_empty() {
            self.store
                .all_orgs_matching(&filter)
                .await?
                .into_iter()
                .filter(|o| o.kind != OrgKind::Secretariat)
                .collect()
        } else {
            vec![]
        };
        if e.is_empty() && orgs.is_empty() {
            e.add("region", "error-round-no-orgs");
        }
        e.into_result()?;
        let (Some(title), Some(deadline)) = (title, deadline) else {
            return Err(CoreError::other(
                "form validation",
                "validated fields missing",
            ));
        };
        let round = MappingRound {
            id: RoundId::new(),
            title: title.clone(),
            deadline,
            opened_at: now,
            closed_at: None,
        };
        let ids: Vec<OrgId> = orgs.iter().map(|o| o.id).collect();
        let admins = self.store.users_with_role_in(&ids, Role::OrgAdmin).await?;
        let mails: Vec<NewJob> = admins
            .iter()
            .filter_map(|u| {
                orgs.iter()
                    .find(|o| o.id == u.org_id)
                    .map(|o| mail_job(&mail_round(self, u, o, &round, "email-round-open")))
            })
            .collect();
        let new = NewRound {
            title,
            deadline: deadline.timestamp_millis(),
            orgs: ids,
            created_by: Some(actor.id),
            demo: false,
            opened_at: None,
        };
        Ok(self.store.create_round(&new, &mails).await?)
    }

    /// Mails the admins of organisations that have not submitted, once the
    /// deadline is near, at most every few days. Returns the mails queued.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn send_round_reminders(&self, now: DateTime<Utc>) -> Result<usize> {
        let mut queued = 0;
        for round in self
            .store
            .rounds()
            .await?
            .into_iter()
            .filter(|r| r.is_open())
        {
            if now < round.deadline - chrono::Duration::days(REMIND_DAYS_BEFORE) {
                continue;
            }
            let since = (now - chrono::Duration::days(REMIND_EVERY_DAYS)).timestamp_millis();
            let candidates = self.store.round_orgs_to_remind(round.id, since).await?;
            let due = self
                .store
                .claim_reminders(round.id, &candidates, since)
                .await?;
            if due.is_empty() {
                continue;
            }
            let orgs = self.store.orgs_by_ids(&due).await?;
            let admins = self.store.users_with_role_in(&due, Role::OrgAdmin).await?;
            let mails: Vec<NewJob> = admins
                .iter()
                .filter_map(|u| {
                    orgs.iter()
                        .find(|o| o.id == u.org_id)
                        .map(|o| mail_job(&mail_round(self, u, o, &round, "email-round-reminder")))
                })
                .collect();
            queued += mails.len();
            self.store.enqueue_all(&mails).await?;
        }
        Ok(queued)
    }

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
        Ok(ProfileEditor {
            org,
            round,
            status,
            input,
            may_edit,
            carried_from,
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
        self.store
            .save_profile(round.id, &profile, Some(actor.id))
            .await?;
        self.after_profile_saved(org.id).await
    }

    /// For each need of `org`, the organisations that can help, best first.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn matches_for(&self, org_id: OrgId, per_need: usize) -> Result<Vec<NeedMatches>> {
        let org = self.store.org_by_id(org_id).await?;
        let own = match self.store.open_round_for(org_id).await? {
            Some(r) => self.store.profile(org_id, r.id).await?,
            None => None,
        };
        let own = match own {
            Some(p) if !p.needs.is_empty() => Some(p),
            _ => self
                .store
                .latest_submitted_profile(org_id)
                .await?
                .map(|(_, p)| p),
        };
        let Some(own) = own else { return Ok(vec![]) };
        let seeker = Seeker {
            org: org_id,
            region: org.region,
            utc_offset_hours: org.country.solar_offset_hours(),
            languages: if own.languages.is_empty() {
                org.country.languages().to_vec()
            } else {
                own.languages.clone()
            },
        };
        let counts = self.store.exchange_counts().await?;
        let mut out = Vec::new();
        for need in &own.needs {
            let set = self.helpers_cached(&need.item).await?;
            let (helpers, profiles) = (&set.helpers, &set.profiles);
            let candidates: Vec<Candidate> = helpers
                .iter()
                .zip(profiles)
                .map(|(h, p)| Candidate {
                    org: h.org,
                    region: h.region,
                    utc_offset_hours: h.country.solar_offset_hours(),
                    profile: p,
                    open_exchanges: counts.open.get(&h.org).copied().unwrap_or(0),
                    completed_exchanges: counts.completed.get(&h.org).copied().unwrap_or(0),
                    completed_with_seeker: counts
                        .completed_pairs
                        .get(&(h.org, org_id))
                        .copied()
                        .unwrap_or(0),
                })
                .collect();
            let ranked = matches_for_need(&seeker, &need.item, &candidates, per_need);
            let ids: Vec<OrgId> = ranked.iter().map(|m| m.org).collect();
            let orgs = self.store.orgs_by_ids(&ids).await?;
            let evidence_files = self.store.current_evidence(&need.item, &ids).await?;
            let matches = ranked
                .into_iter()
                .filter_map(|m| orgs.iter().find(|o| o.id == m.org).map(|o| (o.clone(), m)))
                .collect();
            out.push(NeedMatches {
                need: need.clone(),
                matches,
                evidence_files,
            });
        }
        Ok(out)
    }
}

/// A need that nobody in the network offers, with where it comes from.
pub struct Gap {
    pub item: ItemCode,
    pub by_region: Vec<(Region, i64)>,
    pub total: i64,
}

/// The taxonomy form as typed.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct TaxonomyInput {
    pub code: String,
    pub kind: String,
    pub position: String,
    pub label_en: String,
    pub label_es: String,
    pub label_fr: String,
    pub label_pt: String,
    pub label_ar: String,
    pub description_en: String,
    pub description_es: String,
    pub description_fr: String,
    pub description_pt: String,
    pub description_ar: String,
    pub synonyms_en: String,
    pub synonyms_es: String,
    pub synonyms_fr: String,
    pub synonyms_pt: String,
    pub synonyms_ar: String,
}

impl TaxonomyInput {
    pub fn from_item(t: &TaxonomyItem) -> TaxonomyInput {
        let l = |x: &Localised, i: usize| x.0[i].clone();
        let syn = |i: usize| t.synonyms[i].join(", ");
        TaxonomyInput {
            code: t.code.to_string(),
            kind: t.kind.code().into(),
            position: t.position.to_string(),
            label_en: l(&t.label, 0),
            label_es: l(&t.label, 1),
            label_fr: l(&t.label, 2),
            label_pt: l(&t.label, 3),
            label_ar: l(&t.label, 4),
            description_en: l(&t.description, 0),
            description_es: l(&t.description, 1),
            description_fr: l(&t.description, 2),
            description_pt: l(&t.description, 3),
            description_ar: l(&t.description, 4),
            synonyms_en: syn(0),
            synonyms_es: syn(1),
            synonyms_fr: syn(2),
            synonyms_pt: syn(3),
            synonyms_ar: syn(4),
        }
    }

    /// Every label is required in all five languages; descriptions and
    /// synonyms are optional (a missing description shows the English one).
    pub fn validate(&self) -> Result<TaxonomyItem, FieldErrors> {
        let mut e = FieldErrors::new();
        let code = e.check("code", ItemCode::parse(self.code.trim()));
        let kind = e.check(
            "kind",
            ItemKind::parse(&self.kind).ok_or("error-choose-option"),
        );
        let position = match self.position.trim() {
            "" => Some(0),
            p => e.check(
                "position",
                p.parse::<i64>().map_err(|_| "error-number-invalid"),
            ),
        };
        let labels = [
            ("label_en", &self.label_en),
            ("label_es", &self.label_es),
            ("label_fr", &self.label_fr),
            ("label_pt", &self.label_pt),
            ("label_ar", &self.label_ar),
        ]
        .map(|(f, v)| e.check(f, required_text(v, 120)).unwrap_or_default());
        let descriptions = [
            ("description_en", &self.description_en),
            ("description_es", &self.description_es),
            ("description_fr", &self.description_fr),
            ("description_pt", &self.description_pt),
            ("description_ar", &self.description_ar),
        ]
        .map(|(f, v)| {
            let v = v.trim().to_string();
            if v.chars().count() > 500 {
                e.add(f, "error-too-long");
            }
            v
        });
        let synonyms = [
            &self.synonyms_en,
            &self.synonyms_es,
            &self.synonyms_fr,
            &self.synonyms_pt,
            &self.synonyms_ar,
        ]
        .map(|v| {
            v.split([',', '\n'])
                .map(|x| x.trim().to_string())
                .filter(|x| !x.is_empty())
                .take(30)
                .collect::<Vec<_>>()
        });
        e.into_result()?;
        match (code, kind, position) {
            (Some(code), Some(kind), Some(position)) => Ok(TaxonomyItem {
                code,
                kind,
                label: Localised(labels),
                description: Localised(descriptions),
                synonyms,
                position,
            }),
            _ => Err(FieldErrors::new()),
        }
    }
}

impl Core {
    /// Needs that nobody offers (no organisation rates the item 2 or more
    /// and shares it), by region, for the Secretariat.
    /// The themes and capacities, in the Secretariat's order.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn taxonomy(&self) -> Result<Vec<TaxonomyItem>> {
        Ok(self.store.taxonomy().await?)
    }

    /// The organisations behind one cell of the map (any signed-in reader).
    #[tracing::instrument(skip_all)]
    pub async fn map_orgs(
        &self,
        source: minga_domain::map::MapSource,
        measure: minga_domain::map::MapMeasure,
        item: &ItemCode,
        filter: &minga_domain::OrgFilter,
    ) -> Result<Vec<minga_domain::map::CellEntry>> {
        Ok(self.store.map_orgs(source, measure, item, filter).await?)
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn gaps(&self, actor: &User) -> Result<Vec<Gap>> {
        if !can(Some(&actor.actor()), Action::Administer, Resource::Network) {
            return Err(CoreError::Forbidden);
        }
        let counts = self
            .map_counts(minga_store::MapSource::Current, None)
            .await?;
        let mut gaps: Vec<Gap> = Vec::new();
        for t in self.store.taxonomy().await? {
            let needs: Vec<&minga_store::MapCount> = counts
                .iter()
                .filter(|c| c.measure == minga_store::MapMeasure::Need && c.item == t.code)
                .collect();
            if needs.is_empty() || !self.helpers_cached(&t.code).await?.helpers.is_empty() {
                continue;
            }
            let by_region: Vec<(Region, i64)> = Region::ALL
                .iter()
                .map(|r| {
                    (
                        *r,
                        needs
                            .iter()
                            .filter(|c| c.region == r.code())
                            .map(|c| c.count)
                            .sum(),
                    )
                })
                .filter(|(_, n)| *n > 0)
                .collect();
            let total = by_region.iter().map(|(_, n)| n).sum();
            gaps.push(Gap {
                item: t.code,
                by_region,
                total,
            });
        }
        gaps.sort_by(|a, b| b.total.cmp(&a.total).then(a.item.cmp(&b.item)));
        Ok(gaps)
    }

    /// Adds or changes a taxonomy item (the Secretariat).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn save_taxonomy_item(
        &self,
        actor: &User,
        input: &TaxonomyInput,
        existing: Option<&ItemCode>,
    ) -> Result<ItemCode> {
        if !can(Some(&actor.actor()), Action::Administer, Resource::Network) {
            return Err(CoreError::Forbidden);
        }
        let mut fixed = input.clone();
        if let Some(code) = existing {
            // The code is the item's identity: it never changes.
            fixed.code = code.to_string();
        } else if self
            .store
            .taxonomy()
            .await?
            .iter()
            .any(|t| t.code.as_str() == input.code.trim())
        {
            return Err(CoreError::field("code", "error-code-taken"));
        }
        let item = fixed.validate()?;
        self.store
            .upsert_taxonomy(std::slice::from_ref(&item))
            .await?;
        Ok(item.code)
    }
}
