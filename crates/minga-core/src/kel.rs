//! The KEL strategy (issue 13): the Secretariat writes its objectives and
//! starts learning initiatives; an initiative's lead (its admins) and the
//! Secretariat run it (milestones, answers to offers); other organisations
//! offer contributions; the lead's staff and accepted contributors link
//! its outputs. Every member follows progress on its timeline.

use crate::notifications::Notify;
use crate::{Core, CoreError, Result};
use minga_domain::kel::{
    check_answer, check_contribution, check_initiative, check_milestone, check_objective,
    ContributionForm, ContributionState, InitiativeForm, LogKind, MilestoneStatus, ObjectiveText,
    OutputKind,
};
use minga_domain::library::Lang;
use minga_domain::notification::{NotificationKind, Param, Params};
use minga_domain::{
    can, Action, CommunityId, ContributionId, ExchangeId, FieldErrors, InitiativeId, Locale,
    MediaId, MilestoneId, ObjectiveId, OrgId, OutputId, PracticeId, Resource, ResourceId, Role,
    User,
};
pub use minga_store::{
    Contribution, InitiativeParts, LogLine, Milestone, Output, StoredInitiative, StoredObjective,
};

/// An objective as a reader sees it: in their language when it is written
/// in it, else in English, else in the first language it has.
#[derive(Debug, Clone)]
pub struct ObjectiveView {
    pub id: ObjectiveId,
    pub lang: Lang,
    pub title: String,
    pub body: String,
    pub initiatives: Vec<StoredInitiative>,
}

/// The strategy's page.
#[derive(Debug, Clone)]
pub struct KelPage {
    pub objectives: Vec<ObjectiveView>,
    pub may_administer: bool,
}

/// An output as the reader sees it: the thing's title, and its address
/// when they may open it.
#[derive(Debug, Clone)]
pub struct OutputView {
    pub id: OutputId,
    pub kind: OutputKind,
    pub title: String,
    pub href: Option<String>,
    pub org_name: String,
    pub may_remove: bool,
}

/// An initiative's page.
#[derive(Debug, Clone)]
pub struct InitiativePage {
    pub initiative: StoredInitiative,
    pub objective: Option<ObjectiveView>,
    pub milestones: Vec<Milestone>,
    /// Accepted ones for everyone; offers and declined ones too for the
    /// lead, the Secretariat and the organisation that offered them.
    pub contributions: Vec<Contribution>,
    pub contributors: Vec<(OrgId, String, String)>,
    pub outputs: Vec<OutputView>,
    pub log: Vec<LogLine>,
    pub may_edit: bool,
    pub may_answer: bool,
    pub may_offer: bool,
    pub may_add_output: bool,
}

/// The text of an objective a reader of `locale` sees.
fn objective_view(o: &StoredObjective, locale: Locale) -> ObjectiveView {
    let pick = o
        .texts
        .iter()
        .find(|t| t.0 == Lang::of(locale))
        .or_else(|| o.texts.iter().find(|t| t.0 == Lang::of(Locale::En)))
        .or(o.texts.first());
    let (lang, title, body) = pick
        .cloned()
        .unwrap_or((Lang::OTHER, String::new(), String::new()));
    ObjectiveView {
        id: o.id,
        lang,
        title,
        body,
        initiatives: Vec::new(),
    }
}

fn initiative_params(event: &str, title: &str) -> Params {
    let mut p = Params::new();
    p.insert("event".into(), Param::Code(event.into()));
    p.insert("title".into(), Param::text(title));
    p
}

impl Core {
    /// The policy's view of an initiative for `actor`.
    async fn initiative_resource(
        &self,
        actor: Option<&User>,
        i: &StoredInitiative,
    ) -> Result<Resource> {
        let contributing = match actor {
            Some(a) if a.org_id != i.lead => self.store.contributes_to(i.id, a.org_id).await?,
            _ => false,
        };
        Ok(Resource::Initiative {
            lead: i.lead,
            partners: i.fields.partners,
            contributing,
        })
    }

    /// An initiative `actor` may read, with the policy's view of it; an
    /// unknown or unreadable one is `NotFound`.
    async fn readable_initiative(
        &self,
        actor: &User,
        id: InitiativeId,
    ) -> Result<(StoredInitiative, Resource)> {
        let i = self
            .store
            .initiative(id)
            .await?
            .ok_or(CoreError::NotFound)?;
        let r = self.initiative_resource(Some(actor), &i).await?;
        if !can(Some(&actor.actor()), Action::View, r) {
            return Err(CoreError::NotFound);
        }
        Ok((i, r))
    }

    /// Whether `actor` may do `action` on `r` (the policy, for the
    /// strategy's use cases).
    pub(crate) fn may(actor: &User, action: Action, r: Resource) -> bool {
        can(Some(&actor.actor()), action, r)
    }

    /// The strategy's objectives with the initiatives `viewer` may read.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn kel_page(&self, viewer: &User) -> Result<KelPage> {
        if !Self::may(viewer, Action::View, Resource::Kel) {
            return Err(CoreError::Forbidden);
        }
        let mine = self.store.initiatives_of(viewer.org_id).await?;
        let mut objectives: Vec<ObjectiveView> = self
            .store
            .objectives()
            .await?
            .iter()
            .map(|o| objective_view(o, viewer.locale))
            .collect();
        for i in self.store.initiatives().await? {
            let r = Resource::Initiative {
                lead: i.lead,
                partners: i.fields.partners,
                contributing: mine.contains(&i.id),
            };
            if !Self::may(viewer, Action::View, r) {
                continue;
            }
            if let Some(o) = objectives.iter_mut().find(|o| o.id == i.objective) {
                o.initiatives.push(i);
            }
        }
        Ok(KelPage {
            objectives,
            may_administer: Self::may(viewer, Action::Administer, Resource::Kel),
        })
    }

    /// Every objective, for the Secretariat's forms.
    pub async fn objectives(&self, viewer: &User) -> Result<Vec<StoredObjective>> {
        if !Self::may(viewer, Action::View, Resource::Kel) {
            return Err(CoreError::Forbidden);
        }
        Ok(self.store.objectives().await?)
    }

    /// Writes an objective (`id`: the one edited, else a new one) in the
    /// languages given.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn save_objective(
        &self,
        actor: &User,
        id: Option<ObjectiveId>,
        texts: &[ObjectiveText],
    ) -> Result<ObjectiveId> {
        if !Self::may(actor, Action::Administer, Resource::Kel) {
            return Err(CoreError::Forbidden);
        }
        if let Some(id) = id {
            if !self.store.objectives().await?.iter().any(|o| o.id == id) {
                return Err(CoreError::NotFound);
            }
        }
        let mut errors = FieldErrors::new();
        let texts = check_objective(texts, &mut errors);
        if !errors.is_empty() {
            return Err(CoreError::Invalid(errors));
        }
        let id = id.unwrap_or_default();
        self.store.save_objective(id, &texts).await?;
        Ok(id)
    }

    /// Checks the initiative form, with its objective and lead.
    async fn check_initiative_form(
        &self,
        f: &InitiativeForm,
    ) -> Result<(ObjectiveId, OrgId, minga_domain::kel::InitiativeFields)> {
        let mut errors = FieldErrors::new();
        let fields = check_initiative(f, &mut errors);
        let objectives = self.store.objectives().await?;
        let objective = f
            .objective
            .parse::<ObjectiveId>()
            .ok()
            .filter(|id| objectives.iter().any(|o| o.id == *id));
        if objective.is_none() {
            errors.add("objective", "error-kel-objective");
        }
        let lead = match f.lead.parse::<OrgId>() {
            Ok(id) => match self.store.org_by_id(id).await {
                Ok(o) if o.archived_at.is_none() => Some(id),
                _ => None,
            },
            Err(_) => None,
        };
        if lead.is_none() {
            errors.add("lead", "error-kel-lead");
        }
        match (objective, lead, fields) {
            (Some(o), Some(l), Some(f)) if errors.is_empty() => Ok((o, l, f)),
            _ => Err(CoreError::Invalid(errors)),
        }
    }

    /// Starts an initiative (the Secretariat).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn new_initiative(&self, actor: &User, f: &InitiativeForm) -> Result<InitiativeId> {
        if !Self::may(actor, Action::Create, Resource::Kel) {
            return Err(CoreError::Forbidden);
        }
        let (objective, lead, fields) = self.check_initiative_form(f).await?;
        let id = InitiativeId::new();
        self.store
            .insert_initiative(id, objective, lead, &fields, actor.id)
            .await?;
        Ok(id)
    }

    /// An initiative as its form shows it, for whoever may edit it.
    pub async fn initiative_for_edit(
        &self,
        actor: &User,
        id: InitiativeId,
    ) -> Result<StoredInitiative> {
        let (i, r) = self.readable_initiative(actor, id).await?;
        if !Self::may(actor, Action::Edit, r) {
            return Err(CoreError::Forbidden);
        }
        Ok(i)
    }

    /// Changes an initiative: its lead's admins keep it and its state up to
    /// date; moving it to another lead is the Secretariat's.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn edit_initiative(
        &self,
        actor: &User,
        id: InitiativeId,
        f: &InitiativeForm,
    ) -> Result<()> {
        let i = self.initiative_for_edit(actor, id).await?;
        let (objective, lead, fields) = self.check_initiative_form(f).await?;
        if lead != i.lead && actor.role != Role::Secretariat {
            let mut errors = FieldErrors::new();
            errors.add("lead", "error-kel-lead-secretariat");
            return Err(CoreError::Invalid(errors));
        }
        self.store
            .update_initiative(id, objective, lead, &fields, actor.id)
            .await?;
        Ok(())
    }

    /// An initiative's page for `viewer`.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn initiative_page(&self, viewer: &User, id: InitiativeId) -> Result<InitiativePage> {
        let (i, r) = self.readable_initiative(viewer, id).await?;
        let may_answer = Self::may(viewer, Action::Answer, r);
        let parts = self.store.initiative_parts(id).await?;
        let own = |org: Option<OrgId>| org == Some(viewer.org_id);
        let contributions = parts
            .contributions
            .into_iter()
            .filter(|c| c.state == ContributionState::Accepted || may_answer || own(Some(c.org)))
            .collect();
        // Offers and refusals are between the lead and the organisation
        // that offered; the timeline shows them only to those.
        let log = parts
            .log
            .into_iter()
            .filter(|l| {
                !matches!(l.kind, LogKind::Offered | LogKind::Declined) || may_answer || own(l.org)
            })
            .collect();
        let may_edit = Self::may(viewer, Action::Edit, r);
        let mut outputs = Vec::new();
        for o in &parts.outputs {
            if let Some((title, href)) = self.output_title(viewer, o.kind, &o.target).await? {
                outputs.push(OutputView {
                    id: o.id,
                    kind: o.kind,
                    title,
                    href,
                    org_name: o.org_name.clone(),
                    may_remove: may_edit || o.org == viewer.org_id,
                });
            }
        }
        let objective = self
            .store
            .objectives()
            .await?
            .iter()
            .find(|o| o.id == i.objective)
            .map(|o| objective_view(o, viewer.locale));
        Ok(InitiativePage {
            may_offer: i.fields.state.open() && Self::may(viewer, Action::Contribute, r),
            may_add_output: Self::may(viewer, Action::Create, r),
            may_edit,
            may_answer,
            objective,
            milestones: parts.milestones,
            contributions,
            contributors: parts.contributors,
            outputs,
            log,
            initiative: i,
        })
    }

    /// The title of the thing an output names and its address, as
    /// `viewer` may see them (`None`: gone, or not theirs to see). An
    /// exchange is named by its two sides; only they and the Secretariat
    /// open it.
    async fn output_title(
        &self,
        viewer: &User,
        kind: OutputKind,
        target: &str,
    ) -> Result<Option<(String, Option<String>)>> {
        let unseen = |e: CoreError| match e {
            CoreError::NotFound | CoreError::Forbidden => Ok(None),
            e => Err(e),
        };
        let href = Some(kind.href(target));
        match kind {
            OutputKind::Resource => {
                let Ok(id) = target.parse::<ResourceId>() else {
                    return Ok(None);
                };
                Ok(self
                    .resource_title(Some(viewer), id, viewer.locale)
                    .await?
                    .map(|t| (t, href)))
            }
            OutputKind::Practice => {
                let Ok(id) = target.parse::<PracticeId>() else {
                    return Ok(None);
                };
                match self.practice_title(Some(viewer), id).await {
                    Ok(t) => Ok(Some((t, href))),
                    Err(e) => unseen(e),
                }
            }
            OutputKind::Recording => {
                let Ok(id) = target.parse::<MediaId>() else {
                    return Ok(None);
                };
                match self.readable_media(Some(viewer), id).await {
                    Ok(m) => Ok(Some((m.title, href))),
                    Err(e) => unseen(e),
                }
            }
            OutputKind::Community => {
                let Ok(id) = target.parse::<CommunityId>() else {
                    return Ok(None);
                };
                match self.community_access_by_id(Some(viewer), id).await {
                    Ok(a) => Ok(Some((
                        a.community.title.clone(),
                        Some(OutputKind::Community.href(a.community.slug.as_str())),
                    ))),
                    Err(e) => unseen(e),
                }
            }
            OutputKind::Exchange => {
                let Ok(id) = target.parse::<ExchangeId>() else {
                    return Ok(None);
                };
                let x = match self.store.exchange(id).await {
                    Ok(x) => x,
                    Err(minga_store::StoreError::NotFound) => return Ok(None),
                    Err(e) => return Err(e.into()),
                };
                let seeker = self.store.org_by_id(x.seeker).await?;
                let helper = self.store.org_by_id(x.helper).await?;
                let side = Resource::Exchange {
                    seeker: x.seeker,
                    helper: x.helper,
                };
                let title = format!(
                    "{} ↔ {}",
                    minga_i18n::isolate(&seeker.name),
                    minga_i18n::isolate(&helper.name)
                );
                Ok(Some((
                    title,
                    Self::may(viewer, Action::View, side)
                        .then_some(href)
                        .flatten(),
                )))
            }
        }
    }

    /// Adds a milestone (the lead's admins, the Secretariat).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn add_milestone(
        &self,
        actor: &User,
        id: InitiativeId,
        title: &str,
        due: &str,
    ) -> Result<MilestoneId> {
        let (_, r) = self.readable_initiative(actor, id).await?;
        if !Self::may(actor, Action::Edit, r) {
            return Err(CoreError::Forbidden);
        }
        let mut errors = FieldErrors::new();
        match check_milestone(title, due, &mut errors) {
            Some((title, due)) if errors.is_empty() => {
                Ok(self.store.add_milestone(id, &title, due, actor.id).await?)
            }
            _ => Err(CoreError::Invalid(errors)),
        }
    }

    /// Marks a milestone done, dropped or pending again.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn set_milestone(
        &self,
        actor: &User,
        id: InitiativeId,
        milestone: MilestoneId,
        status: MilestoneStatus,
    ) -> Result<()> {
        let (_, r) = self.readable_initiative(actor, id).await?;
        if !Self::may(actor, Action::Edit, r) {
            return Err(CoreError::Forbidden);
        }
        match self
            .store
            .set_milestone(id, milestone, status, actor.id)
            .await
        {
            // Already so (a second click, another admin): nothing to do.
            Err(minga_store::StoreError::Conflict(_)) => Ok(()),
            other => Ok(other?),
        }
    }

    /// Whom to tell of an offer: the lead's admins, else the Secretariat.
    async fn lead_people(&self, lead: OrgId) -> Result<Vec<minga_domain::UserId>> {
        let admins: Vec<_> = self
            .store
            .users_with_role_in(&[lead], Role::OrgAdmin)
            .await?
            .into_iter()
            .map(|u| u.id)
            .collect();
        if admins.is_empty() {
            return self.secretariat_people().await;
        }
        Ok(admins)
    }

    /// `actor`'s organisation offers a contribution: what, by when, who.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn offer_contribution(
        &self,
        actor: &User,
        id: InitiativeId,
        f: &ContributionForm,
    ) -> Result<ContributionId> {
        let (i, r) = self.readable_initiative(actor, id).await?;
        if !Self::may(actor, Action::Contribute, r) {
            return Err(CoreError::Forbidden);
        }
        let mut errors = FieldErrors::new();
        if !i.fields.state.open() {
            errors.add("what", "error-kel-closed");
            return Err(CoreError::Invalid(errors));
        }
        let today = chrono::Utc::now().date_naive();
        let Some((what, by_when, who)) =
            check_contribution(f, today, &mut errors).filter(|_| errors.is_empty())
        else {
            return Err(CoreError::Invalid(errors));
        };
        let cid = self
            .store
            .offer_contribution(id, actor.org_id, actor.id, &what, by_when, &who)
            .await?;
        let recipients = self.lead_people(i.lead).await?;
        self.notify(&Notify {
            kind: NotificationKind::Initiative,
            recipients: &recipients,
            actor: Some(actor.id),
            community: None,
            link: &format!("/kel/initiatives/{id}#contributions"),
            params: initiative_params("offered", &i.fields.title),
            dedupe: &format!("initiative:{id}:offer:{cid}"),
        })
        .await?;
        Ok(cid)
    }

    /// The lead accepts or declines an offer (declining says why).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn answer_contribution(
        &self,
        actor: &User,
        id: InitiativeId,
        contribution: ContributionId,
        accept: bool,
        reason: &str,
    ) -> Result<()> {
        let (i, r) = self.readable_initiative(actor, id).await?;
        if !Self::may(actor, Action::Answer, r) {
            return Err(CoreError::Forbidden);
        }
        let parts = self.store.initiative_parts(id).await?;
        let offer = parts
            .contributions
            .iter()
            .find(|c| c.id == contribution)
            .ok_or(CoreError::NotFound)?;
        let mut errors = FieldErrors::new();
        let reason = check_answer(accept, reason, &mut errors);
        if !errors.is_empty() {
            return Err(CoreError::Invalid(errors));
        }
        match self
            .store
            .answer_contribution(id, contribution, accept, &reason, actor.id)
            .await
        {
            Err(minga_store::StoreError::Conflict(m)) => return Err(CoreError::Conflict(m)),
            other => other?,
        }
        let event = if accept { "accepted" } else { "declined" };
        let recipients: Vec<_> = offer.offered_by.into_iter().collect();
        self.notify(&Notify {
            kind: NotificationKind::Initiative,
            recipients: &recipients,
            actor: Some(actor.id),
            community: None,
            link: &format!("/kel/initiatives/{id}#contributions"),
            params: initiative_params(event, &i.fields.title),
            dedupe: &format!("initiative:{id}:{event}:{contribution}"),
        })
        .await?;
        Ok(())
    }

    /// Links an output by its address: something `actor` may read.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn add_output(
        &self,
        actor: &User,
        id: InitiativeId,
        address: &str,
    ) -> Result<OutputId> {
        let (_, r) = self.readable_initiative(actor, id).await?;
        if !Self::may(actor, Action::Create, r) {
            return Err(CoreError::Forbidden);
        }
        let mut errors = FieldErrors::new();
        let Some((kind, key)) = OutputKind::from_address(address) else {
            errors.add("address", "error-kel-output-address");
            return Err(CoreError::Invalid(errors));
        };
        // A community is named by its slug in its address and kept by id.
        let target = match kind {
            OutputKind::Community => match self.community_access(Some(actor), &key).await {
                Ok(a) => a.community.id.to_string(),
                Err(CoreError::NotFound | CoreError::Forbidden) => String::new(),
                Err(e) => return Err(e),
            },
            _ => key,
        };
        let seen = if target.is_empty() {
            None
        } else {
            self.output_title(actor, kind, &target).await?
        };
        // An exchange counts only for its sides and the Secretariat.
        let Some((title, Some(_))) = seen else {
            errors.add("address", "error-kel-output-unknown");
            return Err(CoreError::Invalid(errors));
        };
        match self
            .store
            .add_output(id, kind, &target, &title, actor.org_id, actor.id)
            .await
        {
            Err(minga_store::StoreError::Conflict(_)) => {
                errors.add("address", "error-kel-output-twice");
                Err(CoreError::Invalid(errors))
            }
            other => Ok(other?),
        }
    }

    /// Takes an output off (the lead's admins, the Secretariat, or the
    /// organisation that added it). Returns the address it linked, so the
    /// page can offer to link it again.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn remove_output(
        &self,
        actor: &User,
        id: InitiativeId,
        output: OutputId,
    ) -> Result<Option<String>> {
        let (_, r) = self.readable_initiative(actor, id).await?;
        let o = self.store.output(id, output).await?;
        let mine = o.org == actor.org_id && Self::may(actor, Action::Create, r);
        if !(mine || Self::may(actor, Action::Edit, r)) {
            return Err(CoreError::Forbidden);
        }
        let (title, href) = self
            .output_title(actor, o.kind, &o.target)
            .await?
            .unwrap_or_default();
        self.store
            .remove_output(id, output, &title, actor.id)
            .await?;
        Ok(href)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_objective_is_read_in_the_readers_language_else_english_else_its_first() {
        let o = StoredObjective {
            id: ObjectiveId::new(),
            position: 1,
            texts: vec![
                (Lang::of(Locale::Es), "Aprender".into(), String::new()),
                (Lang::of(Locale::En), "Learn".into(), String::new()),
            ],
        };
        assert_eq!(objective_view(&o, Locale::Es).title, "Aprender");
        assert_eq!(objective_view(&o, Locale::Ar).title, "Learn");
        let only_fr = StoredObjective {
            texts: vec![(Lang::of(Locale::Fr), "Apprendre".into(), String::new())],
            ..o
        };
        assert_eq!(objective_view(&only_fr, Locale::Pt).title, "Apprendre");
    }
}
