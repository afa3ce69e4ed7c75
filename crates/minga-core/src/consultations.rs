//! Consultations (issue 13): the Secretariat prepares one (the document's
//! text in several languages, its file a library resource, questions, a
//! deadline, the organisations asked), opens it (those organisations'
//! admins are told, and reminded as the deadline nears if they have not
//! answered), reads the answers grouped by region, kind or North/South,
//! exports them and publishes a synthesis. Each organisation asked keeps
//! one response: its staff draft it, its admins submit it, and it may be
//! changed until the deadline.

use crate::notifications::Notify;
use crate::{Core, CoreError, Result};
use chrono::{DateTime, NaiveDate, Utc};
use minga_domain::consultation::{
    check_questions, choice_lines, read_answer, Answer, ConsultationState, GroupBy, QuestionForm,
    QuestionKind, ResponseState, DOCUMENT_MAX, TITLE_MAX,
};
use minga_domain::library::Lang;
use minga_domain::notification::{NotificationKind, Param, Params};
use minga_domain::{
    can, Action, ConsultationId, Entity, FieldErrors, Locale, OrgFilter, OrgId, OrgKind,
    QuestionId, Resource, ResourceId, User,
};
pub use minga_store::{
    ConsultationText, ResponseRow, StoredConsultation, StoredQuestion, StoredResponse,
};
use std::collections::HashMap;

/// What a consultation's answers read together are made of: its
/// responses, and the organisations' names and groups.
const RESULTS_DEPS: crate::derived::Deps = &[Entity::Consultation, Entity::Org];
/// Consultations whose answers are kept at once.
const RESULTS_KEPT: usize = 16;

/// Reminders go this many days, and again one day, before the deadline.
pub const REMIND_DAYS_BEFORE: i64 = 7;

/// What the consultation form sent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConsultationForm {
    pub lang: String,
    pub title: String,
    pub document: String,
    /// The document's file: a library resource's address or id, or blank.
    pub resource: String,
    pub deadline: String,
    pub everyone: bool,
    pub orgs: Vec<String>,
    pub questions: Vec<QuestionForm>,
}

/// A question in the reader's language.
#[derive(Debug, Clone)]
pub struct QuestionView {
    pub id: QuestionId,
    pub position: i64,
    pub kind: QuestionKind,
    pub lang: Lang,
    pub prompt: String,
    pub choices: Vec<String>,
}

/// A consultation's page.
#[derive(Debug, Clone)]
pub struct ConsultationPage {
    pub consultation: StoredConsultation,
    pub text: ConsultationText,
    pub questions: Vec<QuestionView>,
    /// The reader's organisation's response, when it is asked.
    pub response: Option<StoredResponse>,
    pub in_audience: bool,
    pub closed: bool,
    /// The document's file in the library: (title, address).
    pub document: Option<(String, String)>,
    pub synthesis: Option<(Lang, String)>,
    pub may_draft: bool,
    pub may_submit: bool,
    pub may_curate: bool,
    pub may_read_answers: bool,
}

/// A consultation in a list.
#[derive(Debug, Clone)]
pub struct ConsultationCard {
    pub id: ConsultationId,
    pub lang: Lang,
    pub title: String,
    pub state: ConsultationState,
    pub closed: bool,
    pub deadline: DateTime<Utc>,
    pub submitted: i64,
    /// The reader's organisation's response, when it is asked.
    pub ours: Option<Option<ResponseState>>,
    pub synthesis: bool,
}

/// One question's answers, grouped.
#[derive(Debug, Clone)]
pub struct QuestionResult {
    pub question: QuestionView,
    /// Choices or scale values: (label, count per group, total).
    pub counts: Vec<(String, Vec<usize>, usize)>,
    /// A scale's mean per group, and overall.
    pub means: Vec<Option<f64>>,
    pub mean: Option<f64>,
    /// Open answers, per group: (organisation, text).
    pub texts: Vec<Vec<(String, String)>>,
}

/// The answers together.
#[derive(Debug, Clone)]
pub struct Results {
    pub consultation: StoredConsultation,
    pub text: ConsultationText,
    pub by: GroupBy,
    /// The groups' codes (region, kind or group codes), in order.
    pub groups: Vec<&'static str>,
    /// Responses submitted per group.
    pub answered: Vec<usize>,
    pub audience: usize,
    /// Organisations asked that have not submitted: (name, slug, draft begun).
    pub missing: Vec<(String, String, bool)>,
    pub questions: Vec<QuestionResult>,
    /// Every response, drafts too (exports keep the submitted ones), by
    /// organisation name.
    pub responses: std::sync::Arc<Vec<ResponseRow>>,
    pub may_curate: bool,
}

/// The text of a consultation a reader of `locale` sees.
fn text_for(c: &StoredConsultation, locale: Locale) -> ConsultationText {
    let pick = c
        .texts
        .iter()
        .find(|t| t.lang == Lang::of(locale) && !t.title.is_empty())
        .or_else(|| c.texts.iter().find(|t| t.lang == Lang::of(Locale::En)))
        .or(c.texts.first());
    pick.cloned().unwrap_or(ConsultationText {
        lang: Lang::OTHER,
        title: String::new(),
        document: String::new(),
        synthesis: String::new(),
    })
}

fn question_view(q: &StoredQuestion, locale: Locale) -> QuestionView {
    let pick = q
        .texts
        .iter()
        .find(|t| t.0 == Lang::of(locale))
        .or_else(|| q.texts.iter().find(|t| t.0 == Lang::of(Locale::En)))
        .or(q.texts.first())
        .cloned()
        .unwrap_or((Lang::OTHER, String::new(), Vec::new()));
    QuestionView {
        id: q.id,
        position: q.position,
        kind: q.kind,
        lang: pick.0,
        prompt: pick.1,
        choices: pick.2,
    }
}

/// The group an organisation falls in.
fn group_code(r: &ResponseRow, by: GroupBy) -> &'static str {
    match by {
        GroupBy::Region => r.region.code(),
        GroupBy::Kind => r.kind.code(),
        GroupBy::Group => r.group.code(),
    }
}

fn group_codes(by: GroupBy) -> Vec<&'static str> {
    match by {
        GroupBy::Region => minga_domain::Region::ALL.iter().map(|r| r.code()).collect(),
        GroupBy::Kind => [OrgKind::Coalition, OrgKind::International, OrgKind::Partner]
            .iter()
            .map(|k| k.code())
            .collect(),
        GroupBy::Group => minga_domain::Group::ALL.iter().map(|g| g.code()).collect(),
    }
}

fn mean(sum: i64, n: usize) -> Option<f64> {
    (n > 0).then(|| sum as f64 / n as f64)
}

/// Counts and texts of every question over the submitted responses.
pub fn aggregate(
    questions: &[QuestionView],
    responses: &[ResponseRow],
    by: GroupBy,
) -> (Vec<&'static str>, Vec<usize>, Vec<QuestionResult>) {
    let groups = group_codes(by);
    let slot = |r: &ResponseRow| groups.iter().position(|g| *g == group_code(r, by));
    let submitted: Vec<(usize, &ResponseRow)> = responses
        .iter()
        .filter(|r| r.state == ResponseState::Submitted)
        .filter_map(|r| slot(r).map(|i| (i, r)))
        .collect();
    let mut answered = vec![0; groups.len()];
    for (i, _) in &submitted {
        answered[*i] += 1;
    }
    let results = questions
        .iter()
        .map(|q| {
            let n_values = match q.kind {
                QuestionKind::Choice => q.choices.len(),
                QuestionKind::Scale => minga_domain::consultation::SCALE_TOP as usize,
                QuestionKind::Open => 0,
            };
            let mut grid = vec![vec![0usize; groups.len()]; n_values];
            let mut sums = vec![(0i64, 0usize); groups.len()];
            let mut texts = vec![Vec::new(); groups.len()];
            for (g, r) in &submitted {
                let Some((text, value)) = r.answers.get(&q.id) else {
                    continue;
                };
                match (q.kind, value) {
                    (QuestionKind::Open, _) if !text.is_empty() => {
                        texts[*g].push((r.org_name.clone(), text.clone()))
                    }
                    (QuestionKind::Choice, Some(v)) if (*v as usize) < n_values => {
                        grid[*v as usize][*g] += 1
                    }
                    (QuestionKind::Scale, Some(v)) if (1..=n_values as i64).contains(v) => {
                        grid[*v as usize - 1][*g] += 1;
                        sums[*g].0 += v;
                        sums[*g].1 += 1;
                    }
                    _ => {}
                }
            }
            let counts = grid
                .into_iter()
                .enumerate()
                .map(|(i, per)| {
                    let label = match q.kind {
                        QuestionKind::Choice => q.choices[i].clone(),
                        _ => (i + 1).to_string(),
                    };
                    let total = per.iter().sum();
                    (label, per, total)
                })
                .collect();
            let (all_sum, all_n) = sums.iter().fold((0, 0), |(s, n), (a, b)| (s + a, n + b));
            QuestionResult {
                question: q.clone(),
                counts,
                means: if q.kind == QuestionKind::Scale {
                    sums.iter().map(|(s, n)| mean(*s, *n)).collect()
                } else {
                    Vec::new()
                },
                mean: if q.kind == QuestionKind::Scale {
                    mean(all_sum, all_n)
                } else {
                    None
                },
                texts,
            }
        })
        .collect();
    (groups, answered, results)
}

fn consultation_params(event: &str, title: &str) -> Params {
    let mut p = Params::new();
    p.insert("event".into(), Param::Code(event.into()));
    p.insert("title".into(), Param::text(title));
    p
}

impl Core {
    /// The organisations a consultation asks: those chosen, or every
    /// coalition and international organisation not archived.
    pub(crate) async fn audience(&self, c: &StoredConsultation) -> Result<Vec<minga_domain::Org>> {
        if !c.everyone {
            return Ok(self.store.orgs_by_ids(&c.orgs).await?);
        }
        Ok(self
            .store
            .all_orgs_matching(&OrgFilter::default())
            .await?
            .into_iter()
            .filter(|o| matches!(o.kind, OrgKind::Coalition | OrgKind::International))
            .collect())
    }

    /// The responses and the organisations asked, kept in memory until a
    /// response, the consultation or an organisation changes: reading
    /// every answer is the expensive part of the results.
    async fn kept_answers(
        &self,
        c: &StoredConsultation,
    ) -> Result<(
        std::sync::Arc<Vec<ResponseRow>>,
        std::sync::Arc<Vec<minga_domain::Org>>,
    )> {
        use crate::derived::kept_or;
        use std::sync::Arc;
        let seq = self.seq_of(RESULTS_DEPS).await?;
        let responses = kept_or(
            &self.derived.consultation_responses,
            seq,
            c.id,
            RESULTS_KEPT,
            async { Ok(Arc::new(self.store.responses(c.id).await?)) },
        )
        .await?;
        let audience = kept_or(
            &self.derived.consultation_audiences,
            seq,
            c.id,
            RESULTS_KEPT,
            async { Ok(Arc::new(self.audience(c).await?)) },
        )
        .await?;
        Ok((responses, audience))
    }

    async fn asks(&self, c: &StoredConsultation, org: OrgId) -> Result<bool> {
        if !c.everyone {
            return Ok(c.orgs.contains(&org));
        }
        let o = self.store.org_by_id(org).await?;
        Ok(
            o.archived_at.is_none()
                && matches!(o.kind, OrgKind::Coalition | OrgKind::International),
        )
    }

    fn consultation_shape(
        c: &StoredConsultation,
        in_audience: bool,
        now: DateTime<Utc>,
    ) -> Resource {
        let published = c.state == ConsultationState::Open;
        Resource::Consultation {
            published,
            open: published && now <= c.deadline,
            in_audience,
        }
    }

    /// A consultation `viewer` may read, whether their organisation is
    /// asked, and the policy's view of it.
    async fn readable_consultation(
        &self,
        viewer: &User,
        id: ConsultationId,
    ) -> Result<(StoredConsultation, bool, Resource)> {
        let c = self
            .store
            .consultation(id)
            .await?
            .ok_or(CoreError::NotFound)?;
        let asked = self.asks(&c, viewer.org_id).await?;
        let r = Self::consultation_shape(&c, asked, Utc::now());
        if !can(Some(&viewer.actor()), Action::View, r) {
            return Err(CoreError::NotFound);
        }
        Ok((c, asked, r))
    }

    /// A consultation the Secretariat prepares or runs.
    pub async fn curated_consultation(
        &self,
        actor: &User,
        id: ConsultationId,
    ) -> Result<StoredConsultation> {
        let (c, _, r) = self.readable_consultation(actor, id).await?;
        if !Self::may(actor, Action::Curate, r) {
            return Err(CoreError::Forbidden);
        }
        Ok(c)
    }

    /// The consultations `viewer` may read, newest deadline first.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn consultation_cards(&self, viewer: &User) -> Result<Vec<ConsultationCard>> {
        let now = Utc::now();
        let ours = self.store.response_states(viewer.org_id).await?;
        let mut out = Vec::new();
        for c in self.store.consultations().await? {
            let asked = self.asks(&c, viewer.org_id).await?;
            let r = Self::consultation_shape(&c, asked, now);
            if !Self::may(viewer, Action::View, r) {
                continue;
            }
            let t = text_for(&c, viewer.locale);
            out.push(ConsultationCard {
                id: c.id,
                lang: t.lang,
                title: t.title,
                state: c.state,
                closed: now > c.deadline,
                deadline: c.deadline,
                submitted: c.submitted,
                ours: asked.then(|| ours.get(&c.id).copied()),
                synthesis: c.synthesis_published_at.is_some(),
            });
        }
        Ok(out)
    }

    /// A deadline as typed (YYYY-MM-DD): the end of that day in the
    /// network's time zone, in the future.
    fn consultation_deadline(&self, raw: &str, errors: &mut FieldErrors) -> Option<DateTime<Utc>> {
        match NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d") {
            Ok(d) => match crate::capacity::rounds::end_of_day(d, self.settings.time_zone.tz()) {
                Some(t) if t > Utc::now() => Some(t),
                _ => {
                    errors.add("deadline", "error-deadline-past");
                    None
                }
            },
            Err(_) if raw.trim().is_empty() => {
                errors.add("deadline", "error-required");
                None
            }
            Err(_) => {
                errors.add("deadline", "error-date-invalid");
                None
            }
        }
    }

    /// Checks the form into a draft to store.
    async fn check_consultation(
        &self,
        actor: &User,
        f: &ConsultationForm,
    ) -> Result<minga_store::ConsultationDraft> {
        let mut errors = FieldErrors::new();
        let lang = Lang::parse(&f.lang).filter(|l| l.locale().is_some());
        if lang.is_none() {
            errors.add("lang", "error-library-lang");
        }
        let title = minga_domain::required_text(&f.title, TITLE_MAX)
            .map_err(|k| errors.add("title", k))
            .ok();
        let document = minga_domain::values::required_multiline(&f.document, DOCUMENT_MAX)
            .map_err(|k| errors.add("document", k))
            .ok();
        let resource = match f.resource.trim() {
            "" => None,
            typed => {
                let key = typed.trim_end_matches('/');
                let key = key.rsplit('/').next().unwrap_or(key);
                let key = key.split(['?', '#']).next().unwrap_or(key);
                match key.parse::<ResourceId>() {
                    Ok(id)
                        if self
                            .resource_title(Some(actor), id, actor.locale)
                            .await?
                            .is_some() =>
                    {
                        Some(id)
                    }
                    _ => {
                        errors.add_with(
                            "resource",
                            "error-practice-resource",
                            vec![("line", typed.chars().take(80).collect())],
                        );
                        None
                    }
                }
            }
        };
        let deadline = self.consultation_deadline(&f.deadline, &mut errors);
        let mut orgs: Vec<OrgId> = Vec::new();
        if !f.everyone {
            for o in f.orgs.iter().filter(|o| !o.is_empty()) {
                match o.parse::<OrgId>() {
                    Ok(id) if self.store.org_by_id(id).await.is_ok() => {
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
            if orgs.is_empty() && errors.is_empty() {
                errors.add("orgs", "error-consultation-audience");
            }
        }
        let questions = check_questions(&f.questions, &mut errors);
        match (lang, title, document, deadline) {
            (Some(lang), Some(title), Some(document), Some(deadline)) if errors.is_empty() => {
                Ok(minga_store::ConsultationDraft {
                    lang,
                    title,
                    document,
                    resource,
                    deadline,
                    everyone: f.everyone,
                    orgs,
                    questions,
                })
            }
            _ => Err(CoreError::Invalid(errors)),
        }
    }

    /// Prepares a consultation (a draft nobody else sees).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn new_consultation(
        &self,
        actor: &User,
        f: &ConsultationForm,
    ) -> Result<ConsultationId> {
        if !Self::may(actor, Action::Create, Resource::Kel) {
            return Err(CoreError::Forbidden);
        }
        let d = self.check_consultation(actor, f).await?;
        let id = ConsultationId::new();
        self.store.insert_consultation(id, &d, actor.id).await?;
        Ok(id)
    }

    /// Rewrites a draft.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn edit_consultation(
        &self,
        actor: &User,
        id: ConsultationId,
        f: &ConsultationForm,
    ) -> Result<()> {
        self.curated_consultation(actor, id).await?;
        let d = self.check_consultation(actor, f).await?;
        match self.store.update_draft_consultation(id, &d).await {
            Err(minga_store::StoreError::Conflict(m)) => Err(CoreError::Conflict(m)),
            other => Ok(other?),
        }
    }

    /// Writes the consultation in another language: title, document, and
    /// each question's prompt and choices (as many as the first language's).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn translate_consultation(
        &self,
        actor: &User,
        id: ConsultationId,
        lang: &str,
        title: &str,
        document: &str,
        questions: &[(String, String)],
    ) -> Result<()> {
        let c = self.curated_consultation(actor, id).await?;
        let mut errors = FieldErrors::new();
        let Some(lang) = Lang::parse(lang).filter(|l| l.locale().is_some()) else {
            return Err(CoreError::NotFound);
        };
        let title = minga_domain::required_text(title, TITLE_MAX)
            .map_err(|k| errors.add("title", k))
            .ok();
        let document = minga_domain::values::required_multiline(document, DOCUMENT_MAX)
            .map_err(|k| errors.add("document", k))
            .ok();
        let mut texts = Vec::new();
        for (i, q) in c.questions.iter().enumerate() {
            let (prompt, choices) = questions.get(i).cloned().unwrap_or_default();
            let n = i + 1;
            let prompt = match minga_domain::values::required_multiline(
                &prompt,
                minga_domain::consultation::PROMPT_MAX,
            ) {
                Ok(p) => p,
                Err(k) => {
                    errors.add(format!("q{n}_prompt"), k);
                    continue;
                }
            };
            let choices = choice_lines(&choices);
            let want = q.texts.first().map(|t| t.2.len()).unwrap_or(0);
            if q.kind == QuestionKind::Choice && choices.len() != want {
                errors.add_with(
                    format!("q{n}_choices"),
                    "error-consultation-choice-count",
                    vec![("n", want.to_string())],
                );
                continue;
            }
            texts.push((q.id, prompt, choices));
        }
        match (title, document) {
            (Some(t), Some(d)) if errors.is_empty() => Ok(self
                .store
                .translate_consultation(id, lang, &t, &d, &texts)
                .await?),
            _ => Err(CoreError::Invalid(errors)),
        }
    }

    /// Opens a draft: the organisations asked are told (their admins).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn open_consultation(&self, actor: &User, id: ConsultationId) -> Result<()> {
        let c = self.curated_consultation(actor, id).await?;
        if Utc::now() > c.deadline {
            let mut errors = FieldErrors::new();
            errors.add("deadline", "error-deadline-past");
            return Err(CoreError::Invalid(errors));
        }
        match self.store.open_consultation(id).await {
            Err(minga_store::StoreError::Conflict(m)) => return Err(CoreError::Conflict(m)),
            other => other?,
        }
        self.tell_audience(&c, "open", &[]).await?;
        Ok(())
    }

    /// Tells the fillers (admins) of the organisations asked, but those in
    /// `except`, of `event`.
    async fn tell_audience(
        &self,
        c: &StoredConsultation,
        event: &str,
        except: &[OrgId],
    ) -> Result<usize> {
        let orgs: Vec<OrgId> = self
            .audience(c)
            .await?
            .into_iter()
            .map(|o| o.id)
            .filter(|o| !except.contains(o))
            .collect();
        let mut people = Vec::new();
        for role in minga_domain::PROFILE_FILLERS {
            people.extend(
                self.store
                    .users_with_role_in(&orgs, role)
                    .await?
                    .into_iter()
                    .map(|u| u.id),
            );
        }
        let title = c.texts.first().map(|t| t.title.as_str()).unwrap_or("");
        self.notify(&Notify {
            kind: NotificationKind::Consultation,
            recipients: &people,
            actor: None,
            community: None,
            link: &format!("/kel/consultations/{}", c.id),
            params: consultation_params(event, title),
            dedupe: &format!("consultation:{}:{event}", c.id),
        })
        .await?;
        Ok(people.len())
    }

    /// Moves an open consultation's deadline (later or earlier, not past).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn set_consultation_deadline(
        &self,
        actor: &User,
        id: ConsultationId,
        raw: &str,
    ) -> Result<()> {
        self.curated_consultation(actor, id).await?;
        let mut errors = FieldErrors::new();
        let Some(deadline) = self.consultation_deadline(raw, &mut errors) else {
            return Err(CoreError::Invalid(errors));
        };
        Ok(self.store.set_consultation_deadline(id, deadline).await?)
    }

    /// A consultation's page for `viewer`.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn consultation_page(
        &self,
        viewer: &User,
        id: ConsultationId,
    ) -> Result<ConsultationPage> {
        let (c, asked, r) = self.readable_consultation(viewer, id).await?;
        let response = if asked {
            self.store.response_of(id, viewer.org_id).await?
        } else {
            None
        };
        let document = match c.resource {
            Some(rid) => self
                .resource_title(Some(viewer), rid, viewer.locale)
                .await?
                .map(|t| (t, format!("/library/{rid}"))),
            None => None,
        };
        let synthesis = c.synthesis_published_at.and_then(|_| {
            let t = c
                .texts
                .iter()
                .filter(|t| !t.synthesis.is_empty())
                .collect::<Vec<_>>();
            t.iter()
                .find(|t| t.lang == Lang::of(viewer.locale))
                .or(t.first())
                .map(|t| (t.lang, t.synthesis.clone()))
        });
        let shared = Resource::ConsultationAnswers {
            shared: c.answers_shared,
        };
        Ok(ConsultationPage {
            text: text_for(&c, viewer.locale),
            questions: c
                .questions
                .iter()
                .map(|q| question_view(q, viewer.locale))
                .collect(),
            response,
            in_audience: asked,
            closed: c.state == ConsultationState::Open && Utc::now() > c.deadline,
            document,
            synthesis,
            may_draft: Self::may(viewer, Action::Contribute, r),
            may_submit: Self::may(viewer, Action::Answer, r),
            may_curate: Self::may(viewer, Action::Curate, r),
            may_read_answers: c.state == ConsultationState::Open
                && Self::may(viewer, Action::View, shared),
            consultation: c,
        })
    }

    /// Saves the actor's organisation's response (`answers`: the raw value
    /// of each question, by id), submitting it when `submit`. `revision`
    /// is the response's as the form was read (0: none yet). After the
    /// deadline, or when a colleague saved meanwhile, the form comes back
    /// with what was typed and says why.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn save_response(
        &self,
        actor: &User,
        id: ConsultationId,
        answers: &HashMap<QuestionId, String>,
        submit: bool,
        revision: i64,
    ) -> Result<()> {
        let (c, asked, r) = self.readable_consultation(actor, id).await?;
        let mut errors = FieldErrors::new();
        let published = c.state == ConsultationState::Open;
        if published && asked && Utc::now() > c.deadline {
            errors.add("answers", "error-consultation-closed");
            return Err(CoreError::Invalid(errors));
        }
        if !Self::may(actor, Action::Contribute, r)
            || (submit && !Self::may(actor, Action::Answer, r))
        {
            return Err(CoreError::Forbidden);
        }
        let mut rows = Vec::new();
        for q in &c.questions {
            let field = format!("a{}", q.position);
            let choices = q.texts.first().map(|t| t.2.len()).unwrap_or(0);
            let raw = answers.get(&q.id).map(String::as_str).unwrap_or("");
            match read_answer(q.kind, choices, raw, &field, &mut errors) {
                Some(Answer::Text(t)) => rows.push((q.id, t, None)),
                Some(Answer::Choice(i)) => rows.push((q.id, String::new(), Some(i as i64))),
                Some(Answer::Scale(v)) => rows.push((q.id, String::new(), Some(v))),
                None if submit && raw.trim().is_empty() => {
                    errors.add(field, "error-consultation-unanswered")
                }
                None => {}
            }
        }
        if !errors.is_empty() {
            return Err(CoreError::Invalid(errors));
        }
        match self
            .store
            .save_response(id, actor.org_id, actor.id, revision, &rows, submit)
            .await
        {
            Err(minga_store::StoreError::Conflict(_)) => {
                errors.add("answers", "error-consultation-changed");
                Err(CoreError::Invalid(errors))
            }
            other => {
                other?;
                Ok(())
            }
        }
    }

    /// The answers together, grouped `by`: for the Secretariat, and for
    /// members once it shares them.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn consultation_results(
        &self,
        viewer: &User,
        id: ConsultationId,
        by: GroupBy,
    ) -> Result<Results> {
        let (c, _, r) = self.readable_consultation(viewer, id).await?;
        let shared = Resource::ConsultationAnswers {
            shared: c.answers_shared,
        };
        if c.state != ConsultationState::Open || !Self::may(viewer, Action::View, shared) {
            return Err(CoreError::Forbidden);
        }
        let (responses, audience) = self.kept_answers(&c).await?;
        let questions: Vec<QuestionView> = c
            .questions
            .iter()
            .map(|q| question_view(q, viewer.locale))
            .collect();
        let (groups, answered, results) = aggregate(&questions, &responses, by);
        let missing = audience
            .iter()
            .filter_map(|o| {
                let theirs = responses.iter().find(|x| x.org == o.id);
                match theirs {
                    Some(x) if x.state == ResponseState::Submitted => None,
                    other => Some((o.name.clone(), o.slug.to_string(), other.is_some())),
                }
            })
            .collect();
        Ok(Results {
            text: text_for(&c, viewer.locale),
            by,
            groups,
            answered,
            audience: audience.len(),
            missing,
            questions: results,
            responses,
            may_curate: Self::may(viewer, Action::Curate, r),
            consultation: c,
        })
    }

    /// Publishes the synthesis (per language; at least one) and whether
    /// members read the answers too; the organisations asked are told.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn publish_synthesis(
        &self,
        actor: &User,
        id: ConsultationId,
        texts: &[(String, String)],
        share_answers: bool,
    ) -> Result<()> {
        let c = self.curated_consultation(actor, id).await?;
        let mut errors = FieldErrors::new();
        if c.state != ConsultationState::Open {
            errors.add("synthesis_en", "error-consultation-not-open");
            return Err(CoreError::Invalid(errors));
        }
        let mut out = Vec::new();
        for (lang, text) in texts {
            let Some(l) = Lang::parse(lang).filter(|l| l.locale().is_some()) else {
                continue;
            };
            let text = text.trim();
            if text.is_empty() {
                continue;
            }
            if text.chars().count() > DOCUMENT_MAX {
                errors.add_with(
                    format!("synthesis_{lang}"),
                    "error-library-too-long",
                    vec![("max", DOCUMENT_MAX.to_string())],
                );
                continue;
            }
            out.push((l, text.replace("\r\n", "\n")));
        }
        if out.is_empty() && errors.is_empty() {
            errors.add("synthesis_en", "error-consultation-synthesis");
        }
        if !errors.is_empty() {
            return Err(CoreError::Invalid(errors));
        }
        let first = c.synthesis_published_at.is_none();
        self.store
            .publish_synthesis(id, &out, share_answers)
            .await?;
        if first {
            self.tell_audience(&c, "synthesis", &[]).await?;
        }
        Ok(())
    }

    /// Reminds the organisations asked that have not submitted, a week and
    /// a day before the deadline (each once). Returns the people told.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn send_consultation_reminders(&self, now: DateTime<Utc>) -> Result<usize> {
        let mut told = 0;
        for c in self.store.consultations().await? {
            if c.state != ConsultationState::Open || now > c.deadline {
                continue;
            }
            let left = c.deadline - now;
            let event = if left <= chrono::Duration::days(1) {
                "reminder-last"
            } else if left <= chrono::Duration::days(REMIND_DAYS_BEFORE) {
                "reminder"
            } else {
                continue;
            };
            let done: Vec<OrgId> = self
                .store
                .responses(c.id)
                .await?
                .into_iter()
                .filter(|r| r.state == ResponseState::Submitted)
                .map(|r| r.org)
                .collect();
            let c = self
                .store
                .consultation(c.id)
                .await?
                .ok_or(CoreError::NotFound)?;
            told += self.tell_audience(&c, event, &done).await?;
        }
        Ok(told)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use minga_domain::{Group, Region};

    fn row(
        org: &str,
        region: Region,
        group: Group,
        answers: &[(QuestionId, &str, Option<i64>)],
    ) -> ResponseRow {
        ResponseRow {
            org: OrgId::new(),
            org_name: org.into(),
            org_slug: org.into(),
            country: "KE".into(),
            region,
            group,
            kind: OrgKind::Coalition,
            state: ResponseState::Submitted,
            submitted_at: None,
            answers: answers
                .iter()
                .map(|(q, t, v)| (*q, (t.to_string(), *v)))
                .collect(),
        }
    }

    #[test]
    fn answers_are_counted_per_group_and_drafts_left_out() {
        let (open, choice, scale) = (QuestionId::new(), QuestionId::new(), QuestionId::new());
        let q = |id, kind, choices: &[&str]| QuestionView {
            id,
            position: 1,
            kind,
            lang: Lang::of(Locale::En),
            prompt: "?".into(),
            choices: choices.iter().map(|c| c.to_string()).collect(),
        };
        let questions = [
            q(open, QuestionKind::Open, &[]),
            q(choice, QuestionKind::Choice, &["Yes", "No"]),
            q(scale, QuestionKind::Scale, &[]),
        ];
        let mut draft = row(
            "Draft",
            Region::Africa,
            Group::South,
            &[(choice, "", Some(1))],
        );
        draft.state = ResponseState::Draft;
        let responses = [
            row(
                "Kenya",
                Region::Africa,
                Group::South,
                &[
                    (open, "More data", None),
                    (choice, "", Some(0)),
                    (scale, "", Some(4)),
                ],
            ),
            row(
                "Peru",
                Region::LatinAmericaCaribbean,
                Group::South,
                &[(choice, "", Some(0)), (scale, "", Some(2))],
            ),
            row(
                "Norway",
                Region::EuropeNorthAmerica,
                Group::North,
                &[(choice, "", Some(1))],
            ),
            draft,
        ];
        let (groups, answered, results) = aggregate(&questions, &responses, GroupBy::Group);
        assert_eq!(groups, ["north", "south"]);
        assert_eq!(answered, [1, 2]);
        assert_eq!(
            results[0].texts[1],
            [("Kenya".to_string(), "More data".to_string())]
        );
        assert_eq!(results[1].counts[0], ("Yes".to_string(), vec![0, 2], 2));
        assert_eq!(
            results[1].counts[1],
            ("No".to_string(), vec![1, 0], 1),
            "the draft is not counted"
        );
        assert_eq!(results[2].means, [None, Some(3.0)]);
        assert_eq!(results[2].mean, Some(3.0));
        assert_eq!(results[2].counts.len(), 5);
    }
}
