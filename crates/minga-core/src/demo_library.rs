//! The demo's library: resources in several languages forming translation
//! groups (files made here — small real PDFs and a chart drawn as a PNG —
//! and links), for everyone, for members and for one community; two
//! featured by the Secretariat and one archived. Shared through the same
//! use cases as the forms, so the demo meets every rule a member meets.

use crate::library::Curation;
use crate::{Core, CoreError, Result};
use minga_domain::library::ResourceForm;
use minga_domain::{Email, FileId, ResourceId, User};

/// A one-page PDF with a title and lines of text (ASCII: the standard
/// Helvetica font needs no embedding).
pub fn demo_pdf(title: &str, lines: &[&str]) -> Vec<u8> {
    let esc = |s: &str| {
        s.chars()
            .filter(|c| c.is_ascii() && !c.is_ascii_control())
            .flat_map(|c| match c {
                '(' | ')' | '\\' => vec!['\\', c],
                c => vec![c],
            })
            .collect::<String>()
    };
    let mut content = format!("BT /F1 20 Tf 50 780 Td ({}) Tj ET\n", esc(title));
    for (i, line) in lines.iter().enumerate() {
        content.push_str(&format!(
            "BT /F1 12 Tf 50 {} Td ({}) Tj ET\n",
            740 - 20 * i as i32,
            esc(line)
        ));
    }
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>".to_string(),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_string(),
        format!("<< /Length {} >>\nstream\n{content}endstream", content.len()),
    ];
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{o}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for off in offsets {
        out.extend_from_slice(format!("{off:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

/// A bar chart as a PNG: bars of the given heights (0–100) in the
/// network's colours on white.
pub fn demo_chart(bars: &[u32]) -> Result<Vec<u8>> {
    let (w, h) = (640u32, 400u32);
    let colours = [
        [0x1d, 0x4e, 0x89],
        [0xd9, 0x7b, 0x29],
        [0x2a, 0x9d, 0x8f],
        [0x8e, 0x44, 0xad],
    ];
    let mut img = image::RgbImage::from_pixel(w, h, image::Rgb([255, 255, 255]));
    let slot = w / (bars.len() as u32).max(1);
    for (i, bar) in bars.iter().enumerate() {
        let top = h - 20 - (h - 60) * bar.min(&100) / 100;
        let colour = image::Rgb(colours[i % colours.len()]);
        for x in (i as u32 * slot + 16)..((i as u32 + 1) * slot - 16) {
            for y in top..(h - 20) {
                img.put_pixel(x, y, colour);
            }
        }
    }
    for x in 0..w {
        img.put_pixel(x, h - 20, image::Rgb([0x33, 0x33, 0x33]));
    }
    let mut out = Vec::new();
    image::DynamicImage::ImageRgb8(img)
        .write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
        .map_err(CoreError::with("drawing the demo chart"))?;
    Ok(out)
}

/// A file of `actor`'s organisation, stored as an upload is.
async fn demo_file(core: &Core, actor: &User, name: &str, bytes: Vec<u8>) -> Result<FileId> {
    let body = futures_util::stream::iter([Ok::<_, std::io::Error>(bytes::Bytes::from(bytes))]);
    Ok(core.upload_file(actor, "upload", name, body).await?.id)
}

/// One language of a demo resource.
pub(crate) struct Version {
    pub(crate) lang: &'static str,
    pub(crate) title: &'static str,
    pub(crate) summary: &'static str,
    pub(crate) file: Option<(&'static str, Vec<u8>)>,
    pub(crate) url: &'static str,
}

impl Core {
    pub(crate) async fn demo_user(&self, email: &str) -> Result<User> {
        let email = Email::parse(email).map_err(CoreError::with("a demo address"))?;
        Ok(self.store.user_auth_by_email(&email).await?.user)
    }

    /// Shares a demo resource: its first version with what it is about,
    /// then the others as added languages.
    pub(crate) async fn demo_resource(
        &self,
        by: &User,
        about: ResourceForm,
        versions: Vec<Version>,
    ) -> Result<ResourceId> {
        let mut id = None;
        for v in versions {
            let file = match v.file {
                Some((name, bytes)) => Some(demo_file(self, by, name, bytes).await?),
                None => None,
            };
            let form = ResourceForm {
                lang: v.lang.into(),
                title: v.title.into(),
                summary: v.summary.into(),
                url: v.url.into(),
                ..about.clone()
            };
            match id {
                None => {
                    id = Some(
                        self.share_resource(by, &form, file, Default::default())
                            .await?,
                    )
                }
                Some(id) => {
                    self.add_resource_translation(by, id, &form, file, Default::default())
                        .await?;
                }
            }
        }
        id.ok_or_else(|| CoreError::other("a demo resource", "no version"))
    }

    /// The demo library (see the module's documentation).
    /// Returns the featured toolkit, which a learning initiative links.
    pub(crate) async fn seed_demo_library(&self) -> Result<ResourceId> {
        let domain = crate::demo::DEMO_DOMAIN;
        let member = self.demo_user(&format!("member@{domain}")).await?;
        let admin = self.demo_user(&format!("orgadmin@{domain}")).await?;
        let sec = self.demo_user(&format!("secretariat@{domain}")).await?;
        let about = |kind: &str,
                     year: &str,
                     licence: &str,
                     reach: &str,
                     items: &[&str],
                     countries: &[&str]| ResourceForm {
            kind: kind.into(),
            year: year.into(),
            licence: licence.into(),
            reach: reach.into(),
            items: items.iter().map(|s| s.to_string()).collect(),
            countries: countries.iter().map(|s| s.to_string()).collect(),
            ..ResourceForm::default()
        };
        let toolkit = self
            .demo_resource(
                &member,
                about("toolkit", "2024", "cc-by", "public", &["education-financing", "budget-tracking"], &[]),
                vec![
                    Version {
                        lang: "en",
                        title: "Financing education: a toolkit for coalitions",
                        summary: "How a national coalition reads the education budget, finds the gaps and argues for more and fairer spending, step by step, with worksheets.",
                        file: Some(("financing-toolkit-en.pdf", demo_pdf("Financing education: a toolkit", &["1. Read the budget", "2. Find the gaps", "3. Make the case"]))),
                        url: "",
                    },
                    Version {
                        lang: "es",
                        title: "Financiar la educación: caja de herramientas para coaliciones",
                        summary: "Cómo una coalición nacional lee el presupuesto educativo, encuentra las brechas y defiende un gasto mayor y más justo, paso a paso.",
                        file: Some(("financiamiento-herramientas-es.pdf", demo_pdf("Financiar la educacion: caja de herramientas", &["1. Leer el presupuesto", "2. Encontrar las brechas", "3. Argumentar"]))),
                        url: "",
                    },
                    Version {
                        lang: "fr",
                        title: "Financer l’éducation : boîte à outils pour les coalitions",
                        summary: "Comment une coalition nationale lit le budget de l’éducation et plaide pour une dépense plus juste.",
                        file: None,
                        url: "https://example.org/boite-a-outils-financement",
                    },
                ],
            )
            .await?;
        self.demo_resource(
            &admin,
            about("presentation", "2025", "cc-by-sa", "public", &["education-financing", "data-analysis-visualisation"], &["KE", "UG", "TZ"]),
            vec![
                Version {
                    lang: "en",
                    title: "Who pays for schools? A chart for East Africa",
                    summary: "Households, governments and donors: who pays what for a child's schooling in Kenya, Uganda and Tanzania.",
                    file: Some(("who-pays-for-schools.png", demo_chart(&[72, 45, 30, 12])?)),
                    url: "",
                },
                Version {
                    lang: "pt",
                    title: "Quem paga as escolas? Um gráfico para a África Oriental",
                    summary: "Famílias, governos e doadores: quem paga o quê pela escolarização de uma criança.",
                    file: Some(("quem-paga-as-escolas.png", demo_chart(&[72, 45, 30, 12])?)),
                    url: "",
                },
            ],
        )
        .await?;
        self.demo_resource(
            &member,
            about("policy-brief", "2023", "cc-by-nc", "members", &["teachers", "policy-analysis"], &["ML", "BF", "NE"]),
            vec![
                Version {
                    lang: "fr",
                    title: "Note d’orientation : les enseignants contractuels au Sahel",
                    summary: "Ce que coûte le recours aux enseignants contractuels, et trois pistes pour les titulariser sans rompre le budget.",
                    file: None,
                    url: "https://example.org/note-enseignants-sahel",
                },
                Version {
                    lang: "ar",
                    title: "موجز سياساتي: المعلمون المتعاقدون في منطقة الساحل",
                    summary: "كلفة الاعتماد على المعلمين المتعاقدين، وثلاثة سبل لتثبيتهم دون الإخلال بالميزانية.",
                    file: None,
                    url: "https://example.org/ar/mojaz-almoalimin",
                },
            ],
        )
        .await?;
        let report = self
            .demo_resource(
                &sec,
                about("report", "2022", "cc-by", "members", &["privatisation-right-to-education", "research-evidence"], &["CL", "CO", "PE"]),
                vec![Version {
                    lang: "es",
                    title: "Informe regional: privatización y derecho a la educación",
                    summary: "Diez años de escuelas privadas de bajo costo en tres países andinos, y lo que dicen los tribunales.",
                    file: Some(("informe-privatizacion.pdf", demo_pdf("Informe regional: privatizacion", &["Resumen ejecutivo", "Metodologia", "Hallazgos"]))),
                    url: "",
                }],
            )
            .await?;
        self.demo_resource(
            &admin,
            ResourceForm {
                community: crate::demo_communities::MEMBERS.into(),
                ..about("toolkit", "2025", "cc-by", "community", &["digital-advocacy", "campaigning-mobilisation"], &[])
            },
            vec![Version {
                lang: "en",
                title: "Digital campaign playbook",
                summary: "Plan a two-week online campaign: the message, the calendar, the partners and how to measure it.",
                file: None,
                url: "https://example.org/digital-playbook",
            }],
        )
        .await
        .map(|_| ())
        .or_else(|e| match e {
            // No community to keep it for (a demo without communities).
            CoreError::Invalid(_) => Ok(()),
            e => Err(e),
        })?;
        let old = self
            .demo_resource(
                &member,
                about("dataset", "2021", "cc0", "members", &["teachers", "data-analysis-visualisation"], &["NG", "GH"]),
                vec![Version {
                    lang: "en",
                    title: "Teacher survey data 2021",
                    summary: "Answers of 2,400 teachers on pay, training and class sizes, as a spreadsheet.",
                    file: None,
                    url: "https://example.org/teacher-survey-2021",
                }],
            )
            .await?;
        self.curate_resource(&sec, toolkit, Curation::Feature(true))
            .await?;
        self.curate_resource(&sec, report, Curation::Feature(true))
            .await?;
        self.curate_resource(&sec, old, Curation::Archive(true))
            .await?;
        Ok(toolkit)
    }
}

/// Words the generated resources' titles are made of.
const SUBJECTS: [&str; 12] = [
    "school budgets",
    "teacher pay",
    "girls' education",
    "education in emergencies",
    "early childhood",
    "adult literacy",
    "inclusive schools",
    "climate education",
    "school meals",
    "digital learning",
    "youth skills",
    "refugee learners",
];
const PLACES: [&str; 8] = [
    "Kenya",
    "Nepal",
    "Peru",
    "Senegal",
    "Jordan",
    "Brazil",
    "the Philippines",
    "Malawi",
];

impl Core {
    /// Adds `n` resources to a generated network (benchmarks), spread over
    /// kinds, years, languages (one in five in two), themes, countries and
    /// reaches (six in ten public, three for members, one for a community),
    /// shared by the network's staff. Links only: no file is stored.
    pub async fn seed_bench_resources(&self, n: usize) -> Result<()> {
        use minga_domain::library::{Lang, Licence, Reach, ResourceKind};
        use minga_store::{NewResource, NewTranslation};
        let staff = self.store.staff_ids(20_000).await?;
        if staff.is_empty() || n == 0 {
            return Ok(());
        }
        let taxonomy = self.taxonomy().await?;
        let communities: Vec<_> = self
            .store
            .all_communities()
            .await?
            .into_iter()
            .map(|(c, _)| c.id)
            .collect();
        let countries: Vec<minga_domain::Country> = minga_domain::Country::all().collect();
        let kinds: Vec<ResourceKind> = ResourceKind::ALL
            .iter()
            .copied()
            .filter(|k| *k != ResourceKind::Recording)
            .collect();
        // A small deterministic generator: the same network every run.
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move |m: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % m.max(1) as u64) as usize
        };
        let mut list = Vec::with_capacity(n);
        let mut second = Vec::new();
        for i in 0..n {
            let (user, org) = staff[next(staff.len())];
            let kind = kinds[next(kinds.len())];
            let subject = SUBJECTS[next(SUBJECTS.len())];
            let place = PLACES[next(PLACES.len())];
            let lang = Lang::ALL[[0, 0, 0, 1, 1, 2, 2, 3, 4, 5][next(10)]];
            let reach = match next(10) {
                0..=5 => Reach::Public,
                6..=8 => Reach::Members,
                _ if !communities.is_empty() => Reach::Community,
                _ => Reach::Members,
            };
            let items = (0..1 + next(3))
                .map(|_| taxonomy[next(taxonomy.len())].code.clone())
                .fold(Vec::new(), |mut v, c| {
                    if !v.contains(&c) {
                        v.push(c)
                    }
                    v
                });
            let mut cs = Vec::new();
            for _ in 0..next(4) {
                let c = countries[next(countries.len())];
                if !cs.contains(&c) {
                    cs.push(c);
                }
            }
            let id = ResourceId::new();
            list.push(NewResource {
                id,
                kind,
                year: Some(2005 + next(22) as i32),
                licence: Licence::ALL[next(Licence::ALL.len())],
                reach,
                community: (reach == Reach::Community)
                    .then(|| communities[next(communities.len())]),
                org,
                by: Some(user),
                items,
                countries: cs,
                first: NewTranslation {
                    lang,
                    title: format!("{} on {subject} in {place} ({})", self_title(kind), i + 1),
                    summary: format!(
                        "What coalitions learnt about {subject} in {place}, with the figures and the next steps."
                    ),
                    file: None,
                    url: Some(format!("https://example.org/resources/{}", i + 1)),
                    by: Some(user),
                },
            });
            if next(5) == 0 {
                let other = Lang::ALL[next(5)];
                if other != lang {
                    second.push((id, other, user, i));
                }
            }
        }
        self.store.bulk_insert_resources(&list, 2_000).await?;
        for (id, lang, user, i) in second {
            let t = NewTranslation {
                lang,
                title: format!("Translation {} of resource {}", lang.code(), i + 1),
                summary: "The same, in another language.".into(),
                file: None,
                url: Some(format!(
                    "https://example.org/resources/{}/{}",
                    i + 1,
                    lang.code()
                )),
                by: Some(user),
            };
            self.store.add_translation(id, &t).await?;
        }
        Ok(())
    }
}

/// The first word of a generated title.
fn self_title(kind: minga_domain::library::ResourceKind) -> &'static str {
    use minga_domain::library::ResourceKind::*;
    match kind {
        Report => "Report",
        Toolkit => "Toolkit",
        PolicyBrief => "Brief",
        Training => "Training",
        Dataset => "Data",
        Presentation => "Slides",
        Article => "Article",
        Recording | Other => "Notes",
    }
}
