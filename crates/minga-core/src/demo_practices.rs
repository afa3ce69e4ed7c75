//! The demo's best practices, one in each state of the review: two
//! published (one in Spanish) that other organisations tried, one waiting
//! for review, one sent back with the Secretariat's comments, one draft.
//! Written through the same use cases as the forms.

use crate::practices::PracticeForm;
use crate::{Core, Result};
use minga_domain::practice::{PracticeText, Section, Step};
use minga_domain::{PracticeId, User};

/// A practice's title and sections (context … contact), and its themes.
struct Seed {
    lang: &'static str,
    title: &'static str,
    sections: [&'static str; 7],
    items: &'static [&'static str],
}

fn form(s: &Seed) -> PracticeForm {
    let mut text = PracticeText {
        title: s.title.into(),
        ..PracticeText::default()
    };
    for (section, body) in Section::ALL.iter().zip(s.sections) {
        text.set(*section, body.into());
    }
    PracticeForm {
        lang: s.lang.into(),
        text,
        items: s.items.iter().map(|i| i.to_string()).collect(),
        ..PracticeForm::default()
    }
}

const RADIO: Seed = Seed {
    lang: "en",
    title: "Community radio to explain school budgets",
    sections: [
        "Rural Kenya, 2023: fourteen parent associations in three counties, most members reading little English.",
        "School grants were published as tables nobody could read, so parents could not ask where the money went.",
        "A weekly half-hour show on two community radios, in Kiswahili, with a county budget officer answering listeners' calls; a printed one-page summary per school.",
        "Three counties published each school's grant on the school gate; parents' questions at meetings doubled (minutes of 41 meetings).",
        "Start with the local language and one number people care about; invite the officials, do not denounce them on air.",
        "A partner radio, a budget officer willing to speak, six months, and about 1,500 USD for airtime and printing.",
        "The coalition's coordinator.",
    ],
    items: &["budget-tracking", "media-communication", "education-financing"],
};

const MENTORING: Seed = Seed {
    lang: "es",
    title: "Mentoría entre coaliciones para campañas digitales",
    sections: [
        "Cinco coaliciones de América Latina, 2024, con equipos de comunicación de una o dos personas.",
        "Cada coalición aprendía sola a usar las redes, repitiendo los mismos errores.",
        "Parejas de coaliciones: una con experiencia acompaña a otra durante una campaña de dos semanas, con una llamada semanal.",
        "Las cinco campañas llegaron a 3 veces más personas que la anterior; dos coaliciones siguen trabajando juntas.",
        "Fijar objetivos medibles antes de empezar; la llamada semanal es lo que más valoran.",
        "Dos coaliciones dispuestas, dos semanas de campaña y una hora por semana.",
        "",
    ],
    items: &["digital-advocacy", "campaigning-mobilisation"],
};

const SMS: Seed = Seed {
    lang: "en",
    title: "Tracking teacher vacancies with SMS surveys",
    sections: [
        "Northern Nigeria, 2024, 120 schools.",
        "Official figures of teacher vacancies were two years old.",
        "Head teachers answer three questions by SMS each month.",
        "A monthly vacancy map shared with the state education board.",
        "Keep it to three questions; thank people with the results.",
        "An SMS gateway, a volunteer to call those who do not answer.",
        "",
    ],
    items: &["teachers", "data-analysis-visualisation"],
};

const YOUTH: Seed = Seed {
    lang: "fr",
    title: "Des conseils de jeunes dans la gestion des écoles",
    sections: [
        "Sénégal, 2023, dix collèges.",
        "Les élèves n’étaient jamais consultés sur le budget de l’école.",
        "Un conseil de jeunes élus siège au comité de gestion.",
        "Les conseils ont proposé des dépenses pour l’eau et l’éclairage.",
        "Former les jeunes avant la première réunion.",
        "L’accord du chef d’établissement et un animateur.",
        "",
    ],
    items: &["youth-engagement"],
};

const DRAFT: Seed = Seed {
    lang: "en",
    title: "Budget hearings in local languages",
    sections: [
        "Malawi, 2025: district budget hearings.",
        "",
        "",
        "",
        "",
        "",
        "",
    ],
    items: &["budget-tracking"],
};

impl Core {
    /// Writes `seed` as `author` and sends it for review.
    async fn demo_submitted(&self, author: &User, seed: &Seed) -> Result<PracticeId> {
        self.new_practice(author, &form(seed), true).await
    }

    /// The demo's practices (see the module's documentation). Returns the
    /// published radio practice, which a learning initiative links.
    pub(crate) async fn seed_demo_practices(&self) -> Result<PracticeId> {
        let domain = crate::demo::DEMO_DOMAIN;
        let member = self.demo_user(&format!("member@{domain}")).await?;
        let admin = self.demo_user(&format!("orgadmin@{domain}")).await?;
        let sec = self.demo_user(&format!("secretariat@{domain}")).await?;
        // Staff of other member organisations, who try the published ones.
        let mut others = Vec::new();
        for (user, org) in self.store.staff_ids(200).await? {
            if org != member.org_id && org != sec.org_id && others.len() < 3 {
                let u = self.store.user_by_id(user).await?;
                if !others.iter().any(|o: &User| o.org_id == u.org_id) {
                    others.push(u);
                }
            }
        }
        let radio = self.demo_submitted(&member, &RADIO).await?;
        self.take_step(
            &sec,
            radio,
            Step::RequestChanges,
            &[(
                Section::Results,
                "How many parents came to the meetings? A figure would help others.".into(),
            )],
        )
        .await?;
        self.save_practice(&member, radio, &form(&RADIO), true)
            .await?;
        self.take_step(&sec, radio, Step::Publish, &[]).await?;
        let mentoring = self.demo_submitted(&admin, &MENTORING).await?;
        self.take_step(&sec, mentoring, Step::Publish, &[]).await?;
        // (practice, which of the other organisations, context, results);
        // a small demo network may have fewer organisations to try them.
        let tried = [
            (
                radio,
                0,
                "Lima, 2024, with two community radios in Quechua.",
                "Parents asked for the budget in 9 schools; one district now publishes it.",
            ),
            (
                radio,
                1,
                "Kathmandu valley, 2025, a weekly segment on an FM station.",
                "Slower start: officials declined to speak for two months.",
            ),
            (
                mentoring,
                0,
                "Two coalitions in West Africa, 2025.",
                "The younger coalition ran its first online campaign alone the next year.",
            ),
        ];
        for (id, who, context, results) in tried {
            if let Some(who) = others.get(who) {
                self.record_replication(who, id, context, results).await?;
            }
        }
        self.demo_submitted(&member, &SMS).await?;
        let youth = self.demo_submitted(&admin, &YOUTH).await?;
        self.take_step(
            &sec,
            youth,
            Step::RequestChanges,
            &[
                (
                    Section::Results,
                    "Qu’est-ce qui a été réalisé des propositions ? Un exemple suffit.".into(),
                ),
                (
                    Section::Replicate,
                    "Combien de temps faut-il à l’animateur ?".into(),
                ),
            ],
        )
        .await?;
        self.new_practice(&member, &form(&DRAFT), false).await?;
        Ok(radio)
    }
}

impl Core {
    /// Adds `n` published practices to a generated network (benchmarks),
    /// by the network's staff, each about one to three themes, tried by up
    /// to four other organisations.
    pub async fn seed_bench_practices(&self, n: usize) -> Result<()> {
        use minga_domain::library::Lang;
        let staff = self.store.staff_ids(20_000).await?;
        if staff.is_empty() || n == 0 {
            return Ok(());
        }
        let taxonomy = self.taxonomy().await?;
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = move |m: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % m.max(1) as u64) as usize
        };
        let seeds = [&RADIO, &MENTORING, &SMS, &YOUTH];
        let mut list = Vec::with_capacity(n);
        for i in 0..n {
            let (by, org) = staff[next(staff.len())];
            let s = seeds[next(seeds.len())];
            let mut f = form(s);
            f.text.title = format!("{} ({})", s.title, i + 1);
            let mut items = Vec::new();
            for _ in 0..1 + next(3) {
                let c = taxonomy[next(taxonomy.len())].code.clone();
                if !items.contains(&c) {
                    items.push(c);
                }
            }
            let mut tried_by: Vec<(minga_domain::OrgId, minga_domain::UserId)> = Vec::new();
            for _ in 0..next(5) {
                let (u, o) = staff[next(staff.len())];
                if o != org && !tried_by.iter().any(|(x, _)| *x == o) {
                    tried_by.push((o, u));
                }
            }
            list.push(minga_store::BulkPractice {
                org,
                by,
                lang: Lang::parse(s.lang).unwrap_or(Lang::OTHER),
                text: f.text,
                items,
                tried_by,
            });
        }
        Ok(self.store.bulk_insert_practices(&list, 1_000).await?)
    }
}
