//! The demo's consultations, written through the same use cases as the
//! forms: an open one on the discussion paper this project grew from (its
//! file in the library in two languages, its questions in English, Spanish
//! and French), answered by about half the organisations asked but not by
//! the demo's own coalition, which the journey answers; and a closed one
//! whose answers are shared and whose synthesis is published; and a
//! draft still being prepared.

use crate::consultations::ConsultationForm;
use crate::demo_library::{demo_pdf, Version};
use crate::{Core, Result};
use chrono::{Duration, Utc};
use minga_domain::consultation::QuestionForm;
use minga_domain::library::ResourceForm;
use minga_domain::{ConsultationId, Role, User};
use std::collections::HashMap;

fn q(kind: &str, prompt: &str, choices: &[&str]) -> QuestionForm {
    QuestionForm {
        kind: kind.into(),
        prompt: prompt.into(),
        choices: choices.join("\n"),
    }
}

/// A day `days` from today, as a date field sends it.
fn day(days: i64) -> String {
    (Utc::now().date_naive() + Duration::days(days))
        .format("%Y-%m-%d")
        .to_string()
}

const PAPER: &str = "The movement's members want to learn from each other. This paper proposes a free online Learning Hub: learning communities that share recordings and open discussions, a map of the capacities and needs of every coalition so that peers can be matched, a home for best practices, and learning initiatives coordinated by the Secretariat.\n\nWe ask every member organisation how it learns today, what it can offer others, and what the Secretariat should change first.";

impl Core {
    /// Every member organisation's admins answer `id` in turn, `answers`
    /// giving each one's raw answers by question position; `submit` or
    /// leave a draft.
    async fn demo_answers(
        &self,
        id: ConsultationId,
        people: &[User],
        answers: impl Fn(usize, &User) -> (Vec<String>, bool),
    ) -> Result<()> {
        let c = self
            .store
            .consultation(id)
            .await?
            .ok_or(crate::CoreError::NotFound)?;
        for (i, who) in people.iter().enumerate() {
            let (raw, submit) = answers(i, who);
            let by_id: HashMap<_, _> = c
                .questions
                .iter()
                .zip(raw)
                .map(|(q, a)| (q.id, a))
                .collect();
            self.save_response(who, id, &by_id, submit, 0).await?;
        }
        Ok(())
    }

    /// The demo's consultations (see the module's documentation).
    pub(crate) async fn seed_demo_consultations(&self) -> Result<()> {
        let domain = crate::demo::DEMO_DOMAIN;
        let sec = self.demo_user(&format!("secretariat@{domain}")).await?;
        let own = self.demo_user(&format!("orgadmin@{domain}")).await?;
        // The file of the paper, shared in the library for members.
        let about = ResourceForm {
            kind: "report".into(),
            year: Utc::now().format("%Y").to_string(),
            licence: "cc-by".into(),
            reach: "members".into(),
            items: vec!["knowledge-management".into(), "coalition-building".into()],
            ..ResourceForm::default()
        };
        let paper = self
            .demo_resource(
                &sec,
                about,
                vec![
                    Version {
                        lang: "en",
                        title: "Discussion paper: a Learning Hub for the movement",
                        summary: "The paper the members are consulted on.",
                        file: Some((
                            "learning-hub-discussion-paper.pdf",
                            demo_pdf(
                                "A Learning Hub for the movement",
                                &[
                                    "1. Learning communities",
                                    "2. A map of capacities",
                                    "3. Best practices",
                                    "4. Learning initiatives",
                                ],
                            ),
                        )),
                        url: "",
                    },
                    Version {
                        lang: "es",
                        title:
                            "Documento de discusión: un Centro de Aprendizaje para el movimiento",
                        summary: "El documento sobre el que se consulta a los miembros.",
                        file: Some((
                            "centro-de-aprendizaje-documento.pdf",
                            demo_pdf(
                                "Un Centro de Aprendizaje para el movimiento",
                                &["1. Comunidades de aprendizaje", "2. Un mapa de capacidades"],
                            ),
                        )),
                        url: "",
                    },
                ],
            )
            .await?;
        let open_form = ConsultationForm {
            lang: "en".into(),
            title: "Consultation on the Learning Hub discussion paper".into(),
            document: PAPER.into(),
            resource: format!("/library/{paper}"),
            deadline: day(10),
            everyone: true,
            orgs: Vec::new(),
            questions: vec![
                q(
                    "choice",
                    "Which way of learning from other members helps your organisation most?",
                    &[
                        "Learning communities with recordings",
                        "A peer exchange with one organisation",
                        "Webinars",
                        "A library of resources and practices",
                    ],
                ),
                q(
                    "scale",
                    "How well does the network help you learn from other members today?",
                    &[],
                ),
                q(
                    "scale",
                    "How ready is your organisation to share its strengths with others?",
                    &[],
                ),
                q("open", "What should the Secretariat change first?", &[]),
                q(
                    "choice",
                    "How do your staff usually connect?",
                    &[
                        "A mobile phone",
                        "A shared office computer",
                        "Their own computer",
                    ],
                ),
            ],
        };
        let open = self.new_consultation(&sec, &open_form).await?;
        self.translate_consultation(
            &sec,
            open,
            "es",
            "Consulta sobre el documento de discusión del Centro de Aprendizaje",
            "Los miembros del movimiento quieren aprender unos de otros. Este documento propone un Centro de Aprendizaje en línea y gratuito.\n\nPreguntamos a cada organización miembro cómo aprende hoy, qué puede ofrecer y qué debería cambiar primero la Secretaría.",
            &[
                ("¿Qué forma de aprender de otros miembros ayuda más a su organización?".into(), "Comunidades de aprendizaje con grabaciones\nUn intercambio entre pares con una organización\nSeminarios web\nUna biblioteca de recursos y prácticas".into()),
                ("¿Qué tan bien le ayuda hoy la red a aprender de otros miembros?".into(), String::new()),
                ("¿Qué tan dispuesta está su organización a compartir sus fortalezas?".into(), String::new()),
                ("¿Qué debería cambiar primero la Secretaría?".into(), String::new()),
                ("¿Cómo se conecta habitualmente su personal?".into(), "Un teléfono móvil\nUna computadora compartida en la oficina\nSu propia computadora".into()),
            ],
        )
        .await?;
        self.translate_consultation(
            &sec,
            open,
            "fr",
            "Consultation sur le document de réflexion du Centre d’apprentissage",
            "Les membres du mouvement veulent apprendre les uns des autres. Ce document propose un Centre d’apprentissage en ligne et gratuit.\n\nNous demandons à chaque organisation membre comment elle apprend aujourd’hui, ce qu’elle peut offrir et ce que le Secrétariat devrait changer d’abord.",
            &[
                ("Quelle façon d’apprendre des autres membres aide le plus votre organisation ?".into(), "Des communautés d’apprentissage avec des enregistrements\nUn échange entre pairs avec une organisation\nDes webinaires\nUne bibliothèque de ressources et de pratiques".into()),
                ("Dans quelle mesure le réseau vous aide-t-il aujourd’hui à apprendre des autres membres ?".into(), String::new()),
                ("Votre organisation est-elle prête à partager ses points forts ?".into(), String::new()),
                ("Que devrait changer d’abord le Secrétariat ?".into(), String::new()),
                ("Comment votre personnel se connecte-t-il habituellement ?".into(), "Un téléphone mobile\nUn ordinateur partagé au bureau\nSon propre ordinateur".into()),
            ],
        )
        .await?;
        self.open_consultation(&sec, open).await?;

        // Every other organisation's admin (but the demo coalition's)
        // answers; a few leave a draft.
        let asked: Vec<_> = self
            .audience(
                &self
                    .store
                    .consultation(open)
                    .await?
                    .ok_or(crate::CoreError::NotFound)?,
            )
            .await?
            .into_iter()
            .map(|o| o.id)
            .filter(|o| *o != own.org_id)
            .collect();
        let mut admins: Vec<User> = Vec::new();
        for u in self
            .store
            .users_with_role_in(&asked, Role::OrgAdmin)
            .await?
        {
            if !admins.iter().any(|a| a.org_id == u.org_id) {
                admins.push(u);
            }
        }
        let half: Vec<User> = admins.iter().step_by(2).cloned().collect();
        let changes = [
            "Translate every recording's captions into French and Portuguese.",
            "Make the pages lighter: many of our staff pay for every megabyte.",
            "Tell us who in the network has already done what we plan.",
            "A monthly call per region, recorded for those who cannot join.",
        ];
        self.demo_answers(open, &half, |i, _| {
            (
                vec![
                    (i % 4).to_string(),
                    (1 + i % 5).to_string(),
                    (2 + i % 4).to_string(),
                    changes[i % changes.len()].to_string(),
                    (i % 3).to_string(),
                ],
                i % 7 != 3,
            )
        })
        .await?;

        // Closed: answered, its deadline passed, the synthesis published
        // and the answers shared with the members.
        let closed_form = ConsultationForm {
            lang: "en".into(),
            title: "Priorities for next year's global week of action".into(),
            document: "The Secretariat proposes three themes for next year's global week of action and asks which your organisation would campaign on.".into(),
            resource: String::new(),
            deadline: day(5),
            everyone: true,
            orgs: Vec::new(),
            questions: vec![
                q("choice", "Which theme would your organisation campaign on?", &["Education financing", "Teachers", "Girls' education"]),
                q("scale", "How much capacity does your organisation have for the week?", &[]),
                q("open", "What support would you need from the Secretariat?", &[]),
            ],
        };
        let closed = self.new_consultation(&sec, &closed_form).await?;
        self.open_consultation(&sec, closed).await?;
        let needs = [
            "Printed materials in the local language.",
            "A short video we can dub.",
            "Data on the education budget of our country.",
        ];
        let most: Vec<User> = admins.iter().take(admins.len() * 2 / 3).cloned().collect();
        self.demo_answers(closed, &most, |i, _| {
            (
                vec![
                    (i % 3).to_string(),
                    (1 + (i * 2) % 5).to_string(),
                    needs[i % needs.len()].to_string(),
                ],
                true,
            )
        })
        .await?;
        self.store
            .set_consultation_deadline(closed, Utc::now() - Duration::days(3))
            .await?;
        self.publish_synthesis(
            &sec,
            closed,
            &[
                ("en".into(), "Most organisations will campaign on education financing, and many asked for data on their country's budget. The Secretariat will prepare one budget sheet per country and a short video to dub.".into()),
                ("es".into(), "La mayoría de las organizaciones hará campaña sobre la financiación de la educación, y muchas pidieron datos del presupuesto de su país. La Secretaría preparará una ficha presupuestaria por país y un video breve para doblar.".into()),
            ],
            true,
        )
        .await?;

        // Being prepared: the Secretariat's only.
        let draft = ConsultationForm {
            lang: "en".into(),
            title: "How the Secretariat reports to members".into(),
            document: "A draft of next year's reporting: what the Secretariat tells members, how often and in which languages.".into(),
            resource: String::new(),
            deadline: day(40),
            everyone: true,
            orgs: Vec::new(),
            questions: vec![
                q("scale", "How useful are the Secretariat's quarterly reports?", &[]),
                q("open", "What would you like to hear about more often?", &[]),
            ],
        };
        self.new_consultation(&sec, &draft).await?;
        Ok(())
    }
}

impl Core {
    /// For benchmarks: a consultation of `questions` questions (choices,
    /// scales and open ones in turn) asking every member organisation, and
    /// a submitted response from each one that has staff, written straight
    /// to the store as the bulk seeds are.
    pub async fn seed_bench_consultation(
        &self,
        questions: usize,
    ) -> Result<Option<ConsultationId>> {
        if questions == 0 {
            return Ok(None);
        }
        let sec = self
            .demo_user(&format!("secretariat@{}", crate::demo::DEMO_DOMAIN))
            .await?;
        let kinds = ["choice", "scale", "open"];
        let form = ConsultationForm {
            lang: "en".into(),
            title: "Benchmark consultation".into(),
            document: PAPER.into(),
            resource: String::new(),
            deadline: day(30),
            everyone: true,
            orgs: Vec::new(),
            questions: (0..questions)
                .map(|i| {
                    q(
                        kinds[i % 3],
                        &format!("Question {} of the benchmark?", i + 1),
                        &[
                            "First choice",
                            "Second choice",
                            "Third choice",
                            "Fourth choice",
                        ],
                    )
                })
                .collect(),
        };
        let id = self.new_consultation(&sec, &form).await?;
        self.open_consultation(&sec, id).await?;
        let c = self
            .store
            .consultation(id)
            .await?
            .ok_or(crate::CoreError::NotFound)?;
        let asked: Vec<_> = self.audience(&c).await?.into_iter().map(|o| o.id).collect();
        let mut done = Vec::new();
        for (user, org) in self.store.staff_ids(1_000_000).await? {
            if !asked.contains(&org) || done.contains(&org) {
                continue;
            }
            done.push(org);
            let n = done.len() as i64;
            let rows: Vec<_> = c
                .questions
                .iter()
                .map(|q| match q.kind {
                    minga_domain::consultation::QuestionKind::Open => (
                        q.id,
                        format!("Answer {n}: more recordings with captions, and lighter pages."),
                        None,
                    ),
                    minga_domain::consultation::QuestionKind::Choice => {
                        (q.id, String::new(), Some((n + q.position) % 4))
                    }
                    minga_domain::consultation::QuestionKind::Scale => {
                        (q.id, String::new(), Some(1 + (n * q.position) % 5))
                    }
                })
                .collect();
            self.store
                .save_response(id, org, user, 0, &rows, true)
                .await?;
        }
        Ok(Some(id))
    }
}
