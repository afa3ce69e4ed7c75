//! The demo's KEL strategy: three objectives written in the five languages,
//! and two learning initiatives. One is under way, led by the demo
//! member's coalition, with milestones done, late and ahead, contributions
//! accepted, waiting and declined, and outputs (a library toolkit and a
//! published practice). The other is planned, led by another organisation,
//! open to partners and waiting for contributions. Written through the same
//! use cases as the forms.

use crate::{Core, Result};
use chrono::{Duration, Utc};
use minga_domain::kel::{ContributionForm, InitiativeForm, MilestoneStatus, ObjectiveText};
use minga_domain::{InitiativeId, ObjectiveId, PracticeId, ResourceId, User};

/// An objective's (title, text) in en, es, fr, pt and ar.
type Objective = [(&'static str, &'static str); 5];

const PEER_LEARNING: Objective = [
    (
        "Members learn from each other's policy and advocacy work",
        "Coalitions share what worked and what did not, and pair up to learn it.",
    ),
    (
        "Los miembros aprenden del trabajo de incidencia de los demás",
        "Las coaliciones comparten lo que funcionó y lo que no, y se emparejan para aprenderlo.",
    ),
    (
        "Les membres apprennent du travail de plaidoyer des autres",
        "Les coalitions partagent ce qui a marché ou non, et se jumellent pour l’apprendre.",
    ),
    (
        "Os membros aprendem com o trabalho de advocacy uns dos outros",
        "As coligações partilham o que funcionou e o que não funcionou, e formam pares para aprender.",
    ),
    (
        "يتعلّم الأعضاء من عمل بعضهم في السياسات والمناصرة",
        "تتبادل الائتلافات ما نجح وما لم ينجح، وتتشارك في أزواج لتتعلّمه.",
    ),
];

const FINANCING: Objective = [
    (
        "Stronger evidence on the financing of education",
        "Budget trackers and research that governments cannot ignore.",
    ),
    (
        "Evidencia más sólida sobre la financiación de la educación",
        "Seguimiento presupuestario e investigación que los gobiernos no puedan ignorar.",
    ),
    (
        "Des données plus solides sur le financement de l’éducation",
        "Des suivis budgétaires et des recherches que les gouvernements ne peuvent ignorer.",
    ),
    (
        "Evidências mais sólidas sobre o financiamento da educação",
        "Acompanhamento orçamental e pesquisa que os governos não possam ignorar.",
    ),
    (
        "أدلة أقوى على تمويل التعليم",
        "تتبّع للميزانيات وأبحاث لا تستطيع الحكومات تجاهلها.",
    ),
];

const INFORMATION: Objective = [
    (
        "A better flow of information for global advocacy",
        "What members learn nationally reaches the global campaigns in time.",
    ),
    (
        "Un mejor flujo de información para la incidencia global",
        "Lo que los miembros aprenden en su país llega a tiempo a las campañas globales.",
    ),
    (
        "Une meilleure circulation de l’information pour le plaidoyer mondial",
        "Ce que les membres apprennent dans leur pays arrive à temps aux campagnes mondiales.",
    ),
    (
        "Um melhor fluxo de informação para a advocacy global",
        "O que os membros aprendem no seu país chega a tempo às campanhas globais.",
    ),
    (
        "تدفّق أفضل للمعلومات من أجل المناصرة العالمية",
        "ما يتعلّمه الأعضاء في بلدانهم يصل في الوقت المناسب إلى الحملات العالمية.",
    ),
];

fn texts(o: &Objective) -> Vec<ObjectiveText> {
    ["en", "es", "fr", "pt", "ar"]
        .iter()
        .zip(o)
        .map(|(lang, (title, body))| ObjectiveText {
            lang: lang.to_string(),
            title: title.to_string(),
            body: body.to_string(),
        })
        .collect()
}

/// A day `days` from today, as a date field sends it.
fn day(days: i64) -> String {
    (Utc::now().date_naive() + Duration::days(days))
        .format("%Y-%m-%d")
        .to_string()
}

impl Core {
    async fn demo_objective(&self, sec: &User, o: &Objective) -> Result<ObjectiveId> {
        self.save_objective(sec, None, &texts(o)).await
    }

    #[allow(clippy::too_many_arguments)]
    async fn demo_initiative(
        &self,
        sec: &User,
        objective: ObjectiveId,
        lead: minga_domain::OrgId,
        state: &str,
        title: &str,
        summary: &str,
        (starts, ends): (i64, i64),
        partners: bool,
    ) -> Result<InitiativeId> {
        let f = InitiativeForm {
            objective: objective.to_string(),
            lead: lead.to_string(),
            state: state.into(),
            lang: "en".into(),
            title: title.into(),
            summary: summary.into(),
            starts_on: day(starts),
            ends_on: day(ends),
            partners,
        };
        self.new_initiative(sec, &f).await
    }

    async fn demo_offer(
        &self,
        by: &User,
        id: InitiativeId,
        what: &str,
        in_days: i64,
        who: &str,
    ) -> Result<minga_domain::ContributionId> {
        let f = ContributionForm {
            what: what.into(),
            by_when: day(in_days),
            who: who.into(),
        };
        self.offer_contribution(by, id, &f).await
    }

    /// The demo's strategy (see the module's documentation).
    pub(crate) async fn seed_demo_kel(&self, toolkit: ResourceId, radio: PracticeId) -> Result<()> {
        let domain = crate::demo::DEMO_DOMAIN;
        let sec = self.demo_user(&format!("secretariat@{domain}")).await?;
        let admin = self.demo_user(&format!("orgadmin@{domain}")).await?;
        let member = self.demo_user(&format!("member@{domain}")).await?;
        let peer = self.demo_objective(&sec, &PEER_LEARNING).await?;
        let financing = self.demo_objective(&sec, &FINANCING).await?;
        self.demo_objective(&sec, &INFORMATION).await?;
        // Staff of three other member organisations, one person each.
        let mut others: Vec<User> = Vec::new();
        for (user, org) in self.store.staff_ids(400).await? {
            if org != admin.org_id && org != sec.org_id && others.len() < 3 {
                let u = self.store.user_by_id(user).await?;
                if !others.iter().any(|o| o.org_id == u.org_id) {
                    others.push(u);
                }
            }
        }

        let budgets = self
            .demo_initiative(
                &sec,
                financing,
                admin.org_id,
                "running",
                "Peer review of education budget trackers",
                "Coalitions that track education budgets review each other's trackers in pairs, against a shared template, and meet to compare what they found.\nEach pair writes up what it changed as a best practice.",
                (-60, 150),
                false,
            )
            .await?;
        let milestones = [
            (
                "Call for participating coalitions",
                -45,
                Some(MilestoneStatus::Done),
            ),
            (
                "Shared review template agreed",
                -20,
                Some(MilestoneStatus::Done),
            ),
            ("Pairs matched", -5, None),
            ("Three peer reviews completed", 45, None),
            ("Webinar: what the reviews found", 90, None),
        ];
        for (title, due, status) in milestones {
            let m = self
                .add_milestone(&admin, budgets, title, &day(due))
                .await?;
            if let Some(s) = status {
                self.set_milestone(&admin, budgets, m, s).await?;
            }
        }
        let answers = [
            (
                "Review two trackers from Latin America, in Spanish.",
                40,
                "Lucía, our budget analyst",
                Some((true, "")),
            ),
            (
                "Host the webinar and record it for the library.",
                85,
                "Our communications officer",
                None,
            ),
            (
                "A new tracker for our country.",
                60,
                "The coordinator",
                Some((
                    false,
                    "This round reviews trackers that exist already; please join the next one.",
                )),
            ),
        ];
        for (other, (what, days, who, answer)) in others.iter().zip(answers) {
            let c = self.demo_offer(other, budgets, what, days, who).await?;
            if let Some((accept, reason)) = answer {
                self.answer_contribution(&admin, budgets, c, accept, reason)
                    .await?;
            }
        }
        self.add_output(&admin, budgets, &format!("/library/{toolkit}"))
            .await?;
        self.add_output(&member, budgets, &format!("/practices/{radio}"))
            .await?;

        // Led by another organisation; the demo coalition may offer to it.
        if let Some(lead) = others.first() {
            let clinic = self
                .demo_initiative(
                    &sec,
                    peer,
                    lead.org_id,
                    "planned",
                    "Digital campaigning clinic",
                    "Monthly clinics where a coalition brings a campaign it is planning and two others with digital experience advise it. Partners with digital skills are welcome.",
                    (20, 200),
                    true,
                )
                .await?;
            self.add_milestone(&sec, clinic, "First clinic", &day(30))
                .await?;
            self.add_milestone(&sec, clinic, "Guide to running a clinic", &day(180))
                .await?;
        }
        Ok(())
    }
}
