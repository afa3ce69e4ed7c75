//! Best practices (issue 13): writing one in the template (drafts keep
//! every version), sending it for review, the Secretariat's comments beside
//! sections with a request for changes or publication, authors told at each
//! step, and other organisations' "we tried this" records.

use crate::notifications::Notify;
use crate::{Core, CoreError, Result};
use minga_domain::capacity::ItemCode;
use minga_domain::library::{Lang, PAGE_SIZE};
use minga_domain::notification::{NotificationKind, Param, Params};
use minga_domain::practice::{PracticeState, PracticeText, Section, Step, COMMENT_MAX};
use minga_domain::{can, Action, FieldErrors, OrgId, PracticeId, Resource, ResourceId, Role, User};
use minga_store::{NewPractice, PracticeLinks, PracticeQuery};
pub use minga_store::{
    PracticeCard, PracticeComment, PracticeVersion, Replication, StoredPractice,
};

/// Most organisations and resources one practice links.
pub const LINKS_MAX: usize = 20;

/// What the practice form sent, before it is checked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PracticeForm {
    pub lang: String,
    pub text: PracticeText,
    pub items: Vec<String>,
    /// Ids of other organisations that took part.
    pub orgs: Vec<String>,
    /// Library resources, by address or id, one per line.
    pub resources: String,
}

/// A practice's page.
#[derive(Debug, Clone)]
pub struct PracticePage {
    pub practice: StoredPractice,
    pub org_name: String,
    pub org_slug: String,
    pub items: Vec<String>,
    /// Linked organisations: (slug, name).
    pub orgs: Vec<(String, String)>,
    /// Linked library resources the reader may read: (id, title).
    pub resources: Vec<(ResourceId, String)>,
    pub comments: Vec<PracticeComment>,
    pub replications: Vec<Replication>,
    pub versions: usize,
    pub may_edit: bool,
    pub may_submit: bool,
    pub may_review: bool,
    pub may_try: bool,
}

/// A page of a list of practices.
#[derive(Debug, Clone)]
pub struct PracticeList {
    pub cards: Vec<(PracticeCard, Vec<ItemCode>)>,
    pub total: i64,
    pub pages: usize,
}

impl Core {
    /// The policy's view of a practice.
    fn practice_resource(p: &StoredPractice) -> Resource {
        Resource::Practice {
            org: p.org,
            published: p.state == PracticeState::Published,
            editable: p.state.editable(),
        }
    }

    /// A practice `viewer` may read, or `NotFound` (a draft is not revealed).
    async fn readable_practice(
        &self,
        viewer: Option<&User>,
        id: PracticeId,
    ) -> Result<StoredPractice> {
        let p = self.store.practice(id).await?.ok_or(CoreError::NotFound)?;
        if !can(
            viewer.map(User::actor).as_ref(),
            Action::View,
            Self::practice_resource(&p),
        ) {
            return Err(CoreError::NotFound);
        }
        Ok(p)
    }

    /// The title of a practice `viewer` may read (`NotFound` otherwise),
    /// for links to it.
    pub(crate) async fn practice_title(
        &self,
        viewer: Option<&User>,
        id: PracticeId,
    ) -> Result<String> {
        Ok(self.readable_practice(viewer, id).await?.text.title)
    }

    /// Whether `actor` may write practices.
    pub fn may_write_practice(&self, actor: &User) -> bool {
        can(Some(&actor.actor()), Action::Create, Resource::Practices)
    }

    /// Checks a form: the text (all required sections when `submit`), the
    /// language and the links.
    async fn check_practice(
        &self,
        actor: &User,
        f: &PracticeForm,
        submit: bool,
        errors: &mut FieldErrors,
    ) -> Result<(Lang, PracticeText, PracticeLinks)> {
        let text = f.text.cleaned();
        if submit {
            text.check_submission(errors);
        } else {
            text.check_draft(errors);
        }
        let lang = Lang::parse(&f.lang).unwrap_or_else(|| {
            errors.add("lang", "error-library-lang");
            Lang::OTHER
        });
        let taxonomy = self.taxonomy().await?;
        let mut items: Vec<ItemCode> = Vec::new();
        for code in &f.items {
            match ItemCode::parse(code) {
                Ok(c) if taxonomy.iter().any(|t| t.code == c) => {
                    if !items.contains(&c) {
                        items.push(c)
                    }
                }
                _ => {
                    errors.add("items", "error-library-item");
                    break;
                }
            }
        }
        let mut orgs: Vec<OrgId> = Vec::new();
        for o in f.orgs.iter().filter(|o| !o.is_empty()) {
            match o.parse::<OrgId>() {
                Ok(id) if id != actor.org_id && self.store.org_by_id(id).await.is_ok() => {
                    if !orgs.contains(&id) {
                        orgs.push(id)
                    }
                }
                _ => {
                    errors.add("orgs", "error-practice-org");
                    break;
                }
            }
        }
        let mut resources: Vec<ResourceId> = Vec::new();
        for line in f.resources.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let typed = line.trim_end_matches('/');
            let typed = typed.rsplit('/').next().unwrap_or(typed);
            let typed = typed.split(['?', '#']).next().unwrap_or(typed);
            let readable = match typed.parse::<ResourceId>() {
                Ok(id) => self
                    .resource_title(Some(actor), id, actor.locale)
                    .await?
                    .map(|_| id),
                Err(_) => None,
            };
            match readable {
                Some(id) if !resources.contains(&id) => resources.push(id),
                Some(_) => {}
                None => {
                    errors.add_with(
                        "resources",
                        "error-practice-resource",
                        vec![("line", line.chars().take(80).collect())],
                    );
                    break;
                }
            }
        }
        if orgs.len() > LINKS_MAX || resources.len() > LINKS_MAX {
            errors.add_with(
                if orgs.len() > LINKS_MAX {
                    "orgs"
                } else {
                    "resources"
                },
                "error-library-too-many",
                vec![("max", LINKS_MAX.to_string())],
            );
        }
        Ok((
            lang,
            text,
            PracticeLinks {
                items,
                orgs,
                resources,
            },
        ))
    }

    /// Starts a practice: saved as a draft, or sent for review at once
    /// when `submit` (then every required section must be written).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn new_practice(
        &self,
        actor: &User,
        f: &PracticeForm,
        submit: bool,
    ) -> Result<PracticeId> {
        if !self.may_write_practice(actor) {
            return Err(CoreError::Forbidden);
        }
        let mut errors = FieldErrors::new();
        let (lang, text, links) = self.check_practice(actor, f, submit, &mut errors).await?;
        if !errors.is_empty() {
            return Err(CoreError::Invalid(errors));
        }
        let id = PracticeId::new();
        self.store
            .insert_practice(&NewPractice {
                id,
                org: actor.org_id,
                by: actor.id,
                lang,
                text,
                links,
            })
            .await?;
        if submit {
            self.take_step(actor, id, Step::Submit, &[]).await?;
        }
        Ok(id)
    }

    /// A practice `actor` may edit now, for its form.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn editable_practice(&self, actor: &User, id: PracticeId) -> Result<StoredPractice> {
        let p = self.readable_practice(Some(actor), id).await?;
        if !can(
            Some(&actor.actor()),
            Action::Edit,
            Self::practice_resource(&p),
        ) {
            return Err(CoreError::Forbidden);
        }
        Ok(p)
    }

    /// Saves a new version of a practice (and sends it for review when
    /// `submit`). Returns the version's number.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn save_practice(
        &self,
        actor: &User,
        id: PracticeId,
        f: &PracticeForm,
        submit: bool,
    ) -> Result<i64> {
        let p = self.editable_practice(actor, id).await?;
        let mut errors = FieldErrors::new();
        let (lang, text, links) = self.check_practice(actor, f, submit, &mut errors).await?;
        if !errors.is_empty() {
            return Err(CoreError::Invalid(errors));
        }
        let version = match self
            .store
            .save_practice(id, p.state, lang, &text, &links, actor.id)
            .await
        {
            Err(minga_store::StoreError::Conflict(_)) => {
                let mut e = FieldErrors::new();
                e.add("title", "error-practice-moved-on");
                return Err(CoreError::Invalid(e));
            }
            other => other?,
        };
        if submit && p.state.editable() && actor.role != Role::Secretariat {
            self.take_step(actor, id, Step::Submit, &[]).await?;
        }
        Ok(version)
    }

    /// Takes a step of the workflow (with the Secretariat's comments beside
    /// sections, for a review), and tells those concerned: the Secretariat
    /// when a practice is sent for review, its authors otherwise.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn take_step(
        &self,
        actor: &User,
        id: PracticeId,
        step: Step,
        comments: &[(Section, String)],
    ) -> Result<()> {
        let p = self.readable_practice(Some(actor), id).await?;
        let who = actor.actor();
        let resource = Self::practice_resource(&p);
        let allowed = match step {
            Step::Submit => {
                can(Some(&who), Action::Edit, resource) && who.role != Role::Secretariat
            }
            Step::RequestChanges | Step::Publish | Step::Unpublish => {
                can(Some(&who), Action::Curate, resource)
            }
        };
        if !allowed {
            return Err(CoreError::Forbidden);
        }
        let Some(to) = step.from(p.state) else {
            return Err(CoreError::Conflict(
                "the practice is not at that step".into(),
            ));
        };
        let mut errors = FieldErrors::new();
        if step == Step::Submit {
            p.text.check_submission(&mut errors);
        }
        let comments: Vec<(Section, String)> = comments
            .iter()
            .map(|(s, c)| (*s, c.trim().to_string()))
            .filter(|(_, c)| !c.is_empty())
            .collect();
        for (s, c) in &comments {
            if c.chars().count() > COMMENT_MAX {
                errors.add_with(
                    format!("comment_{}", s.code()),
                    "error-library-too-long",
                    vec![("max", COMMENT_MAX.to_string())],
                );
            }
        }
        if step == Step::RequestChanges && comments.is_empty() {
            errors.add("comment_context", "error-practice-say-what");
        }
        if !errors.is_empty() {
            return Err(CoreError::Invalid(errors));
        }
        match self
            .store
            .move_practice(id, p.state, to, step.code(), &comments, actor.id)
            .await
        {
            Err(minga_store::StoreError::Conflict(_)) => {
                return Err(CoreError::Conflict("the practice moved on".into()))
            }
            other => other?,
        }
        let recipients = match step {
            Step::Submit => self.secretariat_people().await?,
            _ => self.store.practice_authors(p.id).await?,
        };
        self.notify(&Notify {
            kind: NotificationKind::Practice,
            recipients: &recipients,
            actor: Some(actor.id),
            community: None,
            link: &format!("/practices/{id}"),
            params: practice_params(step.code(), &p.text.title),
            dedupe: &format!("practice:{id}:{}:{}", step.code(), p.version),
        })
        .await?;
        Ok(())
    }

    /// A practice's page for `viewer`.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn practice_page(
        &self,
        viewer: Option<&User>,
        id: PracticeId,
    ) -> Result<PracticePage> {
        let p = self.readable_practice(viewer, id).await?;
        let who = viewer.map(User::actor);
        let resource = Self::practice_resource(&p);
        let locale = viewer.map(|u| u.locale).unwrap_or_default();
        let org = self.store.org_by_id(p.org).await?;
        let taxonomy = self.taxonomy().await?;
        let items = p
            .links
            .items
            .iter()
            .filter_map(|c| taxonomy.iter().find(|t| &t.code == c))
            .map(|t| t.label.get(locale).to_string())
            .collect();
        let mut orgs = Vec::new();
        for o in &p.links.orgs {
            if let Ok(o) = self.store.org_by_id(*o).await {
                orgs.push((o.slug.to_string(), o.name));
            }
        }
        let mut resources = Vec::new();
        for r in &p.links.resources {
            if let Some(title) = self.resource_title(viewer, *r, locale).await? {
                resources.push((*r, title));
            }
        }
        let replications = self.store.replications(id).await?;
        let tried = viewer.is_some_and(|u| replications.iter().any(|r| r.org == u.org_id));
        let may_edit = can(who.as_ref(), Action::Edit, resource);
        Ok(PracticePage {
            org_name: org.name,
            org_slug: org.slug.to_string(),
            items,
            orgs,
            resources,
            comments: self.store.practice_comments(id).await?,
            // Versions are numbered from 1 and never removed.
            versions: p.version.max(0) as usize,
            may_submit: may_edit
                && Step::Submit.from(p.state).is_some()
                && who.is_some_and(|a| a.role != Role::Secretariat),
            may_review: can(who.as_ref(), Action::Curate, resource)
                && p.state == PracticeState::Submitted,
            may_try: can(who.as_ref(), Action::Contribute, resource) && !tried,
            may_edit,
            replications,
            practice: p,
        })
    }

    /// Every version of a practice `viewer` may read, newest first.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn practice_versions(
        &self,
        viewer: &User,
        id: PracticeId,
    ) -> Result<(StoredPractice, Vec<PracticeVersion>)> {
        let p = self.readable_practice(Some(viewer), id).await?;
        let shown = can(
            Some(&viewer.actor()),
            Action::Edit,
            Self::practice_resource(&p),
        ) || viewer.role == Role::Secretariat
            || viewer.org_id == p.org;
        if !shown {
            return Err(CoreError::NotFound);
        }
        let versions = self.store.practice_versions(id).await?;
        Ok((p, versions))
    }

    /// Records that the actor's organisation tried a published practice.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn record_replication(
        &self,
        actor: &User,
        id: PracticeId,
        context: &str,
        results: &str,
    ) -> Result<()> {
        let p = self.readable_practice(Some(actor), id).await?;
        if !can(
            Some(&actor.actor()),
            Action::Contribute,
            Self::practice_resource(&p),
        ) {
            return Err(CoreError::Forbidden);
        }
        let mut errors = FieldErrors::new();
        for (field, text) in [("tried_context", context), ("tried_results", results)] {
            match text.trim() {
                "" => errors.add(field, "error-required"),
                t if t.chars().count() > COMMENT_MAX => errors.add_with(
                    field,
                    "error-library-too-long",
                    vec![("max", COMMENT_MAX.to_string())],
                ),
                _ => {}
            }
        }
        if !errors.is_empty() {
            return Err(CoreError::Invalid(errors));
        }
        match self
            .store
            .add_replication(id, actor.org_id, actor.id, context.trim(), results.trim())
            .await
        {
            Err(minga_store::StoreError::Conflict(_)) => {
                let mut e = FieldErrors::new();
                e.add("tried_context", "error-practice-tried-already");
                return Err(CoreError::Invalid(e));
            }
            other => other?,
        }
        let authors = self.store.practice_authors(p.id).await?;
        self.notify(&Notify {
            kind: NotificationKind::Practice,
            recipients: &authors,
            actor: Some(actor.id),
            community: None,
            link: &format!("/practices/{id}"),
            params: practice_params("tried", &p.text.title),
            dedupe: &format!("practice:{id}:tried:{}", actor.org_id),
        })
        .await?;
        Ok(())
    }

    /// A page of practices: the published ones (`mine` false), or the
    /// actor's organisation's in every state, or (the Secretariat's queue)
    /// those waiting for review.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn practice_list(
        &self,
        viewer: Option<&User>,
        which: PracticeListKind,
        item: Option<ItemCode>,
        most_tried: bool,
        page: usize,
    ) -> Result<PracticeList> {
        let mut q = PracticeQuery {
            item,
            most_tried,
            limit: PAGE_SIZE as i64,
            offset: (page.max(1) - 1).saturating_mul(PAGE_SIZE) as i64,
            ..PracticeQuery::default()
        };
        match which {
            PracticeListKind::Published => q.published = true,
            PracticeListKind::Ours => {
                let u = viewer.ok_or(CoreError::NotFound)?;
                q.org = Some(u.org_id);
            }
            PracticeListKind::ToReview => {
                if viewer.is_none_or(|u| u.role != Role::Secretariat) {
                    return Err(CoreError::Forbidden);
                }
                q.state = Some(PracticeState::Submitted);
            }
        }
        let (cards, total) = self.store.practice_cards(&q).await?;
        let ids: Vec<PracticeId> = cards.iter().map(|c| c.id).collect();
        let items = self.store.practice_items_of(&ids).await?;
        Ok(PracticeList {
            cards: cards
                .into_iter()
                .map(|c| {
                    let its = items
                        .iter()
                        .filter(|(p, _)| *p == c.id)
                        .map(|(_, i)| i.clone())
                        .collect();
                    (c, its)
                })
                .collect(),
            pages: (total.max(0) as usize).div_ceil(PAGE_SIZE).max(1),
            total,
        })
    }
}

/// A practice notification's values: what happened and the practice's title.
fn practice_params(event: &str, title: &str) -> Params {
    let mut p = Params::new();
    p.insert("event".into(), Param::Code(event.into()));
    p.insert("title".into(), Param::text(title));
    p
}

/// Which practices a list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PracticeListKind {
    Published,
    Ours,
    ToReview,
}
