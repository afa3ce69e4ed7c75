//! Consultations (issue 13): the consultation with its texts per language,
//! its audience and questions; one response per organisation with its
//! answers; every answer read at once for the results. Every write is a
//! change of `Entity::Consultation`.

use crate::row::{from_ms, now_ms, opt, parse};
use crate::{change_log, Result, Store, StoreError};
use chrono::{DateTime, Utc};
use minga_domain::consultation::{ConsultationState, QuestionKind, QuestionText, ResponseState};
use minga_domain::library::Lang;
use minga_domain::{
    ConsultationId, Entity, Group, OrgId, OrgKind, QuestionId, Region, ResourceId, ResponseId,
    UserId,
};
use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};
use std::collections::HashMap;

/// A consultation's title, document text and synthesis in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsultationText {
    pub lang: Lang,
    pub title: String,
    pub document: String,
    pub synthesis: String,
}

/// A question with its prompt and choices in each language written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredQuestion {
    pub id: QuestionId,
    pub position: i64,
    pub kind: QuestionKind,
    /// (language, prompt, choices).
    pub texts: Vec<(Lang, String, Vec<String>)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredConsultation {
    pub id: ConsultationId,
    pub state: ConsultationState,
    pub deadline: DateTime<Utc>,
    /// Every member organisation, or only `orgs`.
    pub everyone: bool,
    pub orgs: Vec<OrgId>,
    pub resource: Option<ResourceId>,
    pub answers_shared: bool,
    pub synthesis_published_at: Option<DateTime<Utc>>,
    pub opened_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub texts: Vec<ConsultationText>,
    pub questions: Vec<StoredQuestion>,
    /// Responses submitted so far.
    pub submitted: i64,
}

/// What a new consultation, or a draft's new version, holds.
#[derive(Debug, Clone)]
pub struct ConsultationDraft {
    pub lang: Lang,
    pub title: String,
    pub document: String,
    pub resource: Option<ResourceId>,
    pub deadline: DateTime<Utc>,
    pub everyone: bool,
    pub orgs: Vec<OrgId>,
    pub questions: Vec<QuestionText>,
}

/// An organisation's response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredResponse {
    pub id: ResponseId,
    pub state: ResponseState,
    pub revision: i64,
    pub updated_by_name: String,
    pub updated_at: DateTime<Utc>,
    pub submitted_at: Option<DateTime<Utc>>,
    /// Per question: the text, and the value of a choice or scale.
    pub answers: HashMap<QuestionId, (String, Option<i64>)>,
}

/// A response with what the results group it by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponseRow {
    pub org: OrgId,
    pub org_name: String,
    pub org_slug: String,
    pub country: String,
    pub region: Region,
    pub group: Group,
    pub kind: OrgKind,
    pub state: ResponseState,
    pub submitted_at: Option<DateTime<Utc>>,
    pub answers: HashMap<QuestionId, (String, Option<i64>)>,
}

fn id_of<T: std::str::FromStr>(r: &AnyRow, col: &str) -> Result<T>
where
    T::Err: std::fmt::Display,
{
    parse(col, r.try_get::<String, _>(col)?.parse())
}

fn lang_of(r: &AnyRow) -> Result<Lang> {
    opt("language", Lang::parse(&r.try_get::<String, _>("lang")?))
}

async fn insert_questions(
    tx: &mut Transaction<'_, Any>,
    id: &str,
    lang: Lang,
    questions: &[QuestionText],
) -> Result<()> {
    sqlx::query("DELETE FROM consultation_questions WHERE consultation_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    for (i, q) in questions.iter().enumerate() {
        let qid = QuestionId::new().to_string();
        sqlx::query(
            "INSERT INTO consultation_questions (id, consultation_id, position, kind) VALUES ($1, $2, $3, $4)",
        )
        .bind(&qid)
        .bind(id)
        .bind(i as i64 + 1)
        .bind(q.kind.code())
        .execute(&mut **tx)
        .await?;
        sqlx::query(
            "INSERT INTO consultation_question_texts (question_id, lang, prompt, choices) VALUES ($1, $2, $3, $4)",
        )
        .bind(&qid)
        .bind(lang.code())
        .bind(&q.prompt)
        .bind(q.choices.join("\n"))
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

async fn set_audience(tx: &mut Transaction<'_, Any>, id: &str, orgs: &[OrgId]) -> Result<()> {
    sqlx::query("DELETE FROM consultation_orgs WHERE consultation_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    for o in orgs {
        sqlx::query("INSERT INTO consultation_orgs (consultation_id, org_id) VALUES ($1, $2)")
            .bind(id)
            .bind(o.to_string())
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

async fn set_text(
    tx: &mut Transaction<'_, Any>,
    id: &str,
    lang: Lang,
    title: &str,
    document: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO consultation_texts (consultation_id, lang, title, document) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (consultation_id, lang) DO UPDATE SET title = $3, document = $4",
    )
    .bind(id)
    .bind(lang.code())
    .bind(title)
    .bind(document)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

fn answers_of(rows: &[AnyRow]) -> Result<HashMap<QuestionId, (String, Option<i64>)>> {
    rows.iter()
        .map(|r| {
            Ok((
                id_of(r, "question_id")?,
                (r.try_get("text")?, r.try_get::<Option<i64>, _>("value")?),
            ))
        })
        .collect()
}

impl Store {
    /// Stores a new consultation as a draft.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn insert_consultation(
        &self,
        id: ConsultationId,
        d: &ConsultationDraft,
        by: UserId,
    ) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let key = id.to_string();
        let now = now_ms();
        sqlx::query(
            "INSERT INTO consultations (id, state, deadline, everyone, resource_id, created_by, created_at, updated_at) \
             VALUES ($1, 'draft', $2, $3, $4, $5, $6, $6)",
        )
        .bind(&key)
        .bind(d.deadline.timestamp_millis())
        .bind(i64::from(d.everyone))
        .bind(d.resource.map(|r| r.to_string()))
        .bind(by.to_string())
        .bind(now)
        .execute(&mut *tx)
        .await?;
        set_text(&mut tx, &key, d.lang, &d.title, &d.document).await?;
        set_audience(&mut tx, &key, &d.orgs).await?;
        insert_questions(&mut tx, &key, d.lang, &d.questions).await?;
        change_log::record(&mut tx, Entity::Consultation, &key, "create").await?;
        tx.commit().await?;
        Ok(())
    }

    /// Rewrites a draft (`Conflict` once it is open): its text in `lang`,
    /// deadline, audience and questions (whose other languages go, as the
    /// questions are new).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn update_draft_consultation(
        &self,
        id: ConsultationId,
        d: &ConsultationDraft,
    ) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let key = id.to_string();
        let n = sqlx::query(
            "UPDATE consultations SET deadline = $1, everyone = $2, resource_id = $3, updated_at = $4 \
             WHERE id = $5 AND state = 'draft'",
        )
        .bind(d.deadline.timestamp_millis())
        .bind(i64::from(d.everyone))
        .bind(d.resource.map(|r| r.to_string()))
        .bind(now_ms())
        .bind(&key)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n == 0 {
            return Err(StoreError::Conflict("the consultation is open".into()));
        }
        set_text(&mut tx, &key, d.lang, &d.title, &d.document).await?;
        set_audience(&mut tx, &key, &d.orgs).await?;
        insert_questions(&mut tx, &key, d.lang, &d.questions).await?;
        change_log::record(&mut tx, Entity::Consultation, &key, "edit").await?;
        tx.commit().await?;
        Ok(())
    }

    /// Writes the consultation's title and document in `lang`, and its
    /// questions' prompts and choices (by id).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn translate_consultation(
        &self,
        id: ConsultationId,
        lang: Lang,
        title: &str,
        document: &str,
        questions: &[(QuestionId, String, Vec<String>)],
    ) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let key = id.to_string();
        set_text(&mut tx, &key, lang, title, document).await?;
        for (qid, prompt, choices) in questions {
            sqlx::query(
                "INSERT INTO consultation_question_texts (question_id, lang, prompt, choices) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (question_id, lang) DO UPDATE SET prompt = $3, choices = $4",
            )
            .bind(qid.to_string())
            .bind(lang.code())
            .bind(prompt)
            .bind(choices.join("\n"))
            .execute(&mut *tx)
            .await?;
        }
        change_log::record(&mut tx, Entity::Consultation, &key, "translate").await?;
        tx.commit().await?;
        Ok(())
    }

    /// Opens a draft (`Conflict` when it is open already).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn open_consultation(&self, id: ConsultationId) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let key = id.to_string();
        let now = now_ms();
        let n = sqlx::query(
            "UPDATE consultations SET state = 'open', opened_at = $1, updated_at = $1 WHERE id = $2 AND state = 'draft'",
        )
        .bind(now)
        .bind(&key)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n == 0 {
            return Err(StoreError::Conflict("the consultation is open".into()));
        }
        change_log::record(&mut tx, Entity::Consultation, &key, "open").await?;
        tx.commit().await?;
        Ok(())
    }

    /// Moves an open consultation's deadline.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn set_consultation_deadline(
        &self,
        id: ConsultationId,
        deadline: DateTime<Utc>,
    ) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let key = id.to_string();
        sqlx::query("UPDATE consultations SET deadline = $1, updated_at = $2 WHERE id = $3")
            .bind(deadline.timestamp_millis())
            .bind(now_ms())
            .bind(&key)
            .execute(&mut *tx)
            .await?;
        change_log::record(&mut tx, Entity::Consultation, &key, "deadline").await?;
        tx.commit().await?;
        Ok(())
    }

    /// Publishes the synthesis in the languages given (the others are
    /// emptied) and whether members read the answers too.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn publish_synthesis(
        &self,
        id: ConsultationId,
        texts: &[(Lang, String)],
        share_answers: bool,
    ) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        let key = id.to_string();
        let now = now_ms();
        sqlx::query("UPDATE consultation_texts SET synthesis = '' WHERE consultation_id = $1")
            .bind(&key)
            .execute(&mut *tx)
            .await?;
        for (lang, text) in texts {
            // A language with no title yet takes the first one written.
            sqlx::query(
                "INSERT INTO consultation_texts (consultation_id, lang, title, document, synthesis) \
                 SELECT $1, $2, title, '', $3 FROM consultation_texts WHERE consultation_id = $1 \
                 ORDER BY lang LIMIT 1 \
                 ON CONFLICT (consultation_id, lang) DO UPDATE SET synthesis = $3",
            )
            .bind(&key)
            .bind(lang.code())
            .bind(text)
            .execute(&mut *tx)
            .await?;
        }
        sqlx::query(
            "UPDATE consultations SET synthesis_published_at = $1, answers_shared = $2, updated_at = $1 WHERE id = $3",
        )
        .bind(now)
        .bind(i64::from(share_answers))
        .bind(&key)
        .execute(&mut *tx)
        .await?;
        change_log::record(&mut tx, Entity::Consultation, &key, "synthesis").await?;
        tx.commit().await?;
        Ok(())
    }

    /// A consultation with its texts, audience and questions.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn consultation(&self, id: ConsultationId) -> Result<Option<StoredConsultation>> {
        let key = id.to_string();
        let Some(r) = sqlx::query(
            "SELECT c.*, (SELECT COUNT(*) FROM consultation_responses x \
             WHERE x.consultation_id = c.id AND x.state = 'submitted') AS submitted \
             FROM consultations c WHERE c.id = $1",
        )
        .bind(&key)
        .fetch_optional(&self.reader)
        .await?
        else {
            return Ok(None);
        };
        let mut c = consultation_from_row(&r)?;
        c.texts = sqlx::query(
            "SELECT lang, title, document, synthesis FROM consultation_texts WHERE consultation_id = $1 ORDER BY lang",
        )
        .bind(&key)
        .fetch_all(&self.reader)
        .await?
        .iter()
        .map(|r| {
            Ok(ConsultationText {
                lang: lang_of(r)?,
                title: r.try_get("title")?,
                document: r.try_get("document")?,
                synthesis: r.try_get("synthesis")?,
            })
        })
        .collect::<Result<_>>()?;
        let orgs: Vec<(String,)> =
            sqlx::query_as("SELECT org_id FROM consultation_orgs WHERE consultation_id = $1")
                .bind(&key)
                .fetch_all(&self.reader)
                .await?;
        c.orgs = orgs
            .into_iter()
            .map(|(o,)| parse("org id", o.parse()))
            .collect::<Result<_>>()?;
        let rows = sqlx::query(
            "SELECT q.id, q.position, q.kind, t.lang, t.prompt, t.choices FROM consultation_questions q \
             JOIN consultation_question_texts t ON t.question_id = q.id \
             WHERE q.consultation_id = $1 ORDER BY q.position, t.lang",
        )
        .bind(&key)
        .fetch_all(&self.reader)
        .await?;
        for r in &rows {
            let qid: QuestionId = id_of(r, "id")?;
            let text = (
                lang_of(r)?,
                r.try_get::<String, _>("prompt")?,
                r.try_get::<String, _>("choices")?
                    .lines()
                    .map(str::to_string)
                    .collect(),
            );
            match c.questions.last_mut() {
                Some(q) if q.id == qid => q.texts.push(text),
                _ => c.questions.push(StoredQuestion {
                    id: qid,
                    position: r.try_get("position")?,
                    kind: opt(
                        "question kind",
                        QuestionKind::parse(&r.try_get::<String, _>("kind")?),
                    )?,
                    texts: vec![text],
                }),
            }
        }
        Ok(Some(c))
    }

    /// Every consultation (newest first) with its texts, without questions.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn consultations(&self) -> Result<Vec<StoredConsultation>> {
        let rows = sqlx::query(
            "SELECT c.*, (SELECT COUNT(*) FROM consultation_responses x \
             WHERE x.consultation_id = c.id AND x.state = 'submitted') AS submitted \
             FROM consultations c ORDER BY c.deadline DESC",
        )
        .fetch_all(&self.reader)
        .await?;
        let mut out: Vec<StoredConsultation> = rows
            .iter()
            .map(consultation_from_row)
            .collect::<Result<_>>()?;
        let texts = sqlx::query(
            "SELECT consultation_id, lang, title, document, synthesis FROM consultation_texts ORDER BY lang",
        )
        .fetch_all(&self.reader)
        .await?;
        for r in &texts {
            let id: ConsultationId = id_of(r, "consultation_id")?;
            if let Some(c) = out.iter_mut().find(|c| c.id == id) {
                c.texts.push(ConsultationText {
                    lang: lang_of(r)?,
                    title: r.try_get("title")?,
                    document: String::new(),
                    synthesis: r.try_get("synthesis")?,
                });
            }
        }
        let orgs: Vec<(String, String)> =
            sqlx::query_as("SELECT consultation_id, org_id FROM consultation_orgs")
                .fetch_all(&self.reader)
                .await?;
        for (cid, org) in orgs {
            let cid: ConsultationId = parse("consultation id", cid.parse())?;
            if let Some(c) = out.iter_mut().find(|c| c.id == cid) {
                c.orgs.push(parse("org id", org.parse())?);
            }
        }
        Ok(out)
    }

    /// The states of `org`'s responses, by consultation.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn response_states(
        &self,
        org: OrgId,
    ) -> Result<HashMap<ConsultationId, ResponseState>> {
        let rows: Vec<(String, String)> = sqlx::query_as(
            "SELECT consultation_id, state FROM consultation_responses WHERE org_id = $1",
        )
        .bind(org.to_string())
        .fetch_all(&self.reader)
        .await?;
        rows.into_iter()
            .map(|(c, s)| {
                Ok((
                    parse("consultation id", c.parse())?,
                    opt("response state", ResponseState::parse(&s))?,
                ))
            })
            .collect()
    }

    /// `org`'s response to a consultation, if it has begun one.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn response_of(
        &self,
        id: ConsultationId,
        org: OrgId,
    ) -> Result<Option<StoredResponse>> {
        let Some(r) = sqlx::query(
            "SELECT x.*, COALESCE(u.name, '') AS by_name FROM consultation_responses x \
             LEFT JOIN users u ON u.id = x.updated_by WHERE x.consultation_id = $1 AND x.org_id = $2",
        )
        .bind(id.to_string())
        .bind(org.to_string())
        .fetch_optional(&self.reader)
        .await?
        else {
            return Ok(None);
        };
        let rid: String = r.try_get("id")?;
        let answers = sqlx::query(
            "SELECT question_id, text, value FROM consultation_answers WHERE response_id = $1",
        )
        .bind(&rid)
        .fetch_all(&self.reader)
        .await?;
        Ok(Some(StoredResponse {
            id: parse("response id", rid.parse())?,
            state: opt(
                "response state",
                ResponseState::parse(&r.try_get::<String, _>("state")?),
            )?,
            revision: r.try_get("revision")?,
            updated_by_name: r.try_get("by_name")?,
            updated_at: from_ms(r.try_get("updated_at")?),
            submitted_at: r.try_get::<Option<i64>, _>("submitted_at")?.map(from_ms),
            answers: answers_of(&answers)?,
        }))
    }

    /// Saves `org`'s response from a form read at `revision` (0: there was
    /// none), submitting it when `submit` (a submitted one stays submitted).
    /// `Conflict` when the response changed since (a colleague saved, or a
    /// second response was begun meanwhile). Returns the new revision.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn save_response(
        &self,
        id: ConsultationId,
        org: OrgId,
        by: UserId,
        revision: i64,
        answers: &[(QuestionId, String, Option<i64>)],
        submit: bool,
    ) -> Result<i64> {
        let mut tx = self.writer.begin().await?;
        let now = now_ms();
        let rid = if revision == 0 {
            // A second response from the same organisation fails on the
            // unique index: a conflict like any other.
            let rid = ResponseId::new().to_string();
            sqlx::query(
                "INSERT INTO consultation_responses (id, consultation_id, org_id, state, revision, updated_by, updated_at) \
                 VALUES ($1, $2, $3, 'draft', 1, $4, $5)",
            )
            .bind(&rid)
            .bind(id.to_string())
            .bind(org.to_string())
            .bind(by.to_string())
            .bind(now)
            .execute(&mut *tx)
            .await?;
            rid
        } else {
            let row: Option<(String,)> = sqlx::query_as(
                "UPDATE consultation_responses SET revision = revision + 1, updated_by = $1, updated_at = $2 \
                 WHERE consultation_id = $3 AND org_id = $4 AND revision = $5 RETURNING id",
            )
            .bind(by.to_string())
            .bind(now)
            .bind(id.to_string())
            .bind(org.to_string())
            .bind(revision)
            .fetch_optional(&mut *tx)
            .await?;
            row.ok_or_else(|| StoreError::Conflict("the response changed".into()))?
                .0
        };
        if submit {
            sqlx::query(
                "UPDATE consultation_responses SET state = 'submitted', submitted_by = $1, submitted_at = $2 WHERE id = $3",
            )
            .bind(by.to_string())
            .bind(now)
            .bind(&rid)
            .execute(&mut *tx)
            .await?;
        }
        sqlx::query("DELETE FROM consultation_answers WHERE response_id = $1")
            .bind(&rid)
            .execute(&mut *tx)
            .await?;
        for (qid, text, value) in answers {
            sqlx::query(
                "INSERT INTO consultation_answers (response_id, question_id, text, value) VALUES ($1, $2, $3, $4)",
            )
            .bind(&rid)
            .bind(qid.to_string())
            .bind(text)
            .bind(*value)
            .execute(&mut *tx)
            .await?;
        }
        let (rev,): (i64,) =
            sqlx::query_as("SELECT revision FROM consultation_responses WHERE id = $1")
                .bind(&rid)
                .fetch_one(&mut *tx)
                .await?;
        change_log::record(&mut tx, Entity::Consultation, &id.to_string(), "response").await?;
        tx.commit().await?;
        Ok(rev)
    }

    /// Every response to a consultation with its organisation's groups and
    /// answers: two queries, put together in memory.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn responses(&self, id: ConsultationId) -> Result<Vec<ResponseRow>> {
        let key = id.to_string();
        let rows = sqlx::query(
            "SELECT x.id, x.state, x.submitted_at, o.id AS org_id, o.name, o.slug, o.country, \
             COALESCE(o.region_override, o.region) AS region, COALESCE(o.group_override, o.grp) AS grp, o.kind \
             FROM consultation_responses x JOIN orgs o ON o.id = x.org_id \
             WHERE x.consultation_id = $1 ORDER BY o.name_folded",
        )
        .bind(&key)
        .fetch_all(&self.reader)
        .await?;
        let answers = sqlx::query(
            "SELECT a.response_id, a.question_id, a.text, a.value FROM consultation_answers a \
             JOIN consultation_responses x ON x.id = a.response_id WHERE x.consultation_id = $1",
        )
        .bind(&key)
        .fetch_all(&self.reader)
        .await?;
        let mut by_response: HashMap<String, HashMap<QuestionId, (String, Option<i64>)>> =
            HashMap::new();
        for a in &answers {
            by_response
                .entry(a.try_get("response_id")?)
                .or_default()
                .insert(
                    id_of(a, "question_id")?,
                    (a.try_get("text")?, a.try_get::<Option<i64>, _>("value")?),
                );
        }
        rows.iter()
            .map(|r| {
                let rid: String = r.try_get("id")?;
                Ok(ResponseRow {
                    org: id_of(r, "org_id")?,
                    org_name: r.try_get("name")?,
                    org_slug: r.try_get("slug")?,
                    country: r.try_get("country")?,
                    region: opt("region", Region::parse(&r.try_get::<String, _>("region")?))?,
                    group: opt("group", Group::parse(&r.try_get::<String, _>("grp")?))?,
                    kind: opt("org kind", OrgKind::parse(&r.try_get::<String, _>("kind")?))?,
                    state: opt(
                        "response state",
                        ResponseState::parse(&r.try_get::<String, _>("state")?),
                    )?,
                    submitted_at: r.try_get::<Option<i64>, _>("submitted_at")?.map(from_ms),
                    answers: by_response.remove(&rid).unwrap_or_default(),
                })
            })
            .collect()
    }
}

fn consultation_from_row(r: &AnyRow) -> Result<StoredConsultation> {
    let res: Option<String> = r.try_get("resource_id")?;
    Ok(StoredConsultation {
        id: id_of(r, "id")?,
        state: opt(
            "consultation state",
            ConsultationState::parse(&r.try_get::<String, _>("state")?),
        )?,
        deadline: from_ms(r.try_get("deadline")?),
        everyone: r.try_get::<i64, _>("everyone")? != 0,
        orgs: Vec::new(),
        resource: res.map(|x| parse("resource id", x.parse())).transpose()?,
        answers_shared: r.try_get::<i64, _>("answers_shared")? != 0,
        synthesis_published_at: r
            .try_get::<Option<i64>, _>("synthesis_published_at")?
            .map(from_ms),
        opened_at: r.try_get::<Option<i64>, _>("opened_at")?.map(from_ms),
        created_at: from_ms(r.try_get("created_at")?),
        texts: Vec::new(),
        questions: Vec::new(),
        submitted: r.try_get("submitted")?,
    })
}
