//! Demo capacity data: a closed mapping round and an open one, with
//! plausible profiles, so the map, the matches and the round's progress are
//! full on first run. Values come from a fixed hash of (organisation, item),
//! so every run builds the same network.

use crate::{Core, Result};
use chrono::{Duration, Utc};
use minga_domain::capacity::{
    CapacityProfile, ItemKind, Level, Need, Priority, ProfileStatus, Rating, TaxonomyItem,
};
use minga_domain::files::FileRef;
use minga_domain::{Group, Locale, OrgFields, OrgId, OrgKind};
use minga_store::NewRound;

/// A small, fixed mixing function (SplitMix64's finaliser).
fn mix(a: u64, b: u64) -> u64 {
    let mut z = a.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ b.wrapping_add(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Items where Northern and international members tend to be strong, and
/// Southern coalitions often ask for support (the discussion paper's example
/// is digital advocacy).
const SOUTH_NEEDS: [&str; 5] = [
    "digital-advocacy",
    "research-evidence",
    "fundraising",
    "budget-tracking",
    "monitoring-evaluation",
];

fn profile_for(
    i: usize,
    org: OrgId,
    f: &OrgFields,
    taxonomy: &[TaxonomyItem],
    status: ProfileStatus,
    year: u64,
    focus: bool,
) -> CapacityProfile {
    let south = f.group() == Group::South;
    let mut ratings = Vec::new();
    let mut needs = Vec::new();
    for (j, t) in taxonomy.iter().enumerate() {
        let h = mix(i as u64 * 7919 + year, j as u64);
        let base: i64 = match (south, t.kind, f.kind) {
            (_, _, OrgKind::International) => 2,
            (false, ItemKind::Capacity, _) => 2,
            (false, ItemKind::Theme, _) => 1,
            (true, ItemKind::Theme, _) => 1,
            (true, ItemKind::Capacity, _) => 1,
        };
        let wants = south && SOUTH_NEEDS.contains(&t.code.as_str());
        let mut level = (base + (h % 3) as i64 - 1).clamp(0, 3) as u8;
        if wants && (!h.is_multiple_of(5) || focus) {
            level = level.min(1);
        }
        if focus && t.code.as_str() == "digital-advocacy" {
            level = 0;
        }
        let level = Level::new(level).unwrap_or(Level::NONE);
        let evidence = if level.can_support() {
            format!(
                "Demo: {} work in {} since {}.",
                t.label.get(Locale::En),
                f.country.name(Locale::En),
                2015 + (h % 9)
            )
        } else {
            String::new()
        };
        ratings.push(Rating {
            item: t.code.clone(),
            level,
            answered: true,
            evidence,
            share: level.can_support() && !h.is_multiple_of(4),
            files: vec![],
        });
        let need = wants && level.value() <= 1 && (focus || !h.is_multiple_of(3));
        if need {
            let priority = if focus && t.code.as_str() == "digital-advocacy" {
                Priority::High
            } else if focus {
                // Digital advocacy is the demo org_admin's first need.
                [Priority::Medium, Priority::Low][(h % 2) as usize]
            } else {
                [Priority::High, Priority::Medium, Priority::Low][(h % 3) as usize]
            };
            needs.push(Need {
                item: t.code.clone(),
                priority,
                description: format!(
                    "Demo: we want to learn {}.",
                    t.label.get(Locale::En).to_lowercase()
                ),
            });
        }
    }
    let mut languages: Vec<Locale> = f.country.languages().to_vec();
    if !languages.contains(&Locale::En) && (!i.is_multiple_of(3) || languages.is_empty()) {
        languages.push(Locale::En);
    }
    CapacityProfile {
        org,
        ratings,
        needs,
        languages,
        status,
    }
}

impl Core {
    /// Adds the demo rounds and profiles for the organisations just created.
    /// `focus` is the organisation of the demo org_admin: it has submitted
    /// needs (digital advocacy first) in the closed round and has not started
    /// the open one.
    pub(crate) async fn seed_demo_capacity(
        &self,
        orgs: &[(OrgFields, OrgId)],
        focus: OrgId,
    ) -> Result<()> {
        let taxonomy = self.store.taxonomy().await?;
        let members: Vec<&(OrgFields, OrgId)> = orgs
            .iter()
            .filter(|(f, _)| f.kind != OrgKind::Secretariat)
            .collect();
        let ids: Vec<OrgId> = members.iter().map(|(_, id)| *id).collect();
        let now = Utc::now();
        let last_year = now - Duration::days(400);
        let closed = self
            .store
            .create_round(
                &NewRound {
                    title: format!("Capacity mapping {} (demo)", last_year.format("%Y")),
                    texts: Default::default(),
                    draft: false,
                    deadline: (last_year + Duration::days(45)).timestamp_millis(),
                    orgs: ids.clone(),
                    created_by: None,
                    demo: true,
                    opened_at: Some(last_year.timestamp_millis()),
                },
                &[],
            )
            .await?;
        // A few strong helpers back their digital advocacy with a document, so
        // files show in the demo's matches; each file serves both rounds.
        let mut evidence: std::collections::HashMap<OrgId, FileRef> = Default::default();
        for (i, (f, id)) in members.iter().enumerate() {
            if *id == focus || i % 10 != 9 {
                let mut p = profile_for(
                    i,
                    *id,
                    f,
                    &taxonomy,
                    ProfileStatus::Submitted,
                    2025,
                    *id == focus,
                );
                self.attach_demo_evidence(&mut p, &f.name, &mut evidence)
                    .await?;
                self.store.save_profile(closed, &p, None).await?;
            }
        }
        self.store
            .close_round(closed, (last_year + Duration::days(60)).timestamp_millis())
            .await?;

        let open = self
            .store
            .create_round(
                &NewRound {
                    title: format!("Capacity mapping {} (demo)", now.format("%Y")),
                    texts: demo_texts(now.format("%Y").to_string(), false),
                    draft: false,
                    deadline: (now + Duration::days(21)).timestamp_millis(),
                    orgs: ids.clone(),
                    created_by: None,
                    demo: true,
                    opened_at: Some((now - Duration::days(10)).timestamp_millis()),
                },
                &[],
            )
            .await?;
        // The demo coalition's people have the open round's notifications
        // waiting (in the app only: the demo sends no email).
        let people: Vec<minga_domain::UserId> = self
            .store
            .users_of_org(focus)
            .await?
            .into_iter()
            .map(|u| u.id)
            .collect();
        let round = self.store.round(open).await?;
        self.seed_demo_notifications(&round, &people).await?;
        // A round being prepared, listed below the open one, for the
        // Secretariat to check (a handful of organisations, some of which
        // nobody can answer for yet).
        let next = (now + Duration::days(365)).format("%Y").to_string();
        self.store
            .create_round(
                &NewRound {
                    title: format!("Capacity mapping {next} (demo)"),
                    texts: demo_texts(next, true),
                    draft: true,
                    deadline: (now + Duration::days(400)).timestamp_millis(),
                    orgs: ids.iter().take(8).copied().collect(),
                    created_by: None,
                    demo: true,
                    opened_at: Some((now - Duration::days(11)).timestamp_millis()),
                },
                &[],
            )
            .await?;
        for (i, (f, id)) in members.iter().enumerate() {
            let status = match i % 20 {
                _ if *id == focus => continue,
                0..=7 => ProfileStatus::Submitted,
                8..=12 => ProfileStatus::Draft,
                _ => continue,
            };
            let mut p = profile_for(i, *id, f, &taxonomy, status, 2026, false);
            self.attach_demo_evidence(&mut p, &f.name, &mut evidence)
                .await?;
            self.store.save_profile(open, &p, None).await?;
        }
        Ok(())
    }

    /// Gives the profile's digital-advocacy rating a demo document when it is
    /// strong and shared, for the first organisations only (the demo, not a
    /// 10,000-organisation benchmark, needs them).
    async fn attach_demo_evidence(
        &self,
        p: &mut CapacityProfile,
        org_name: &str,
        made: &mut std::collections::HashMap<OrgId, FileRef>,
    ) -> Result<()> {
        const DEMO_FILES: usize = 30;
        let Some(r) = p
            .ratings
            .iter_mut()
            .find(|r| r.item.as_str() == "digital-advocacy" && r.share && r.level.can_support())
        else {
            return Ok(());
        };
        let file = match made.get(&p.org) {
            Some(f) => f.clone(),
            None if made.len() < DEMO_FILES => {
                let text = format!(
                    "{org_name}: how we plan and run online campaigns on education budgets (demo document).\n"
                );
                let stored = self
                    .blobs
                    .put_bytes(text.into_bytes().into(), self.settings.max_upload_bytes)
                    .await
                    .map_err(crate::CoreError::with("storing a demo evidence file"))?;
                let f = minga_store::NewFile {
                    id: minga_domain::FileId::new(),
                    blob_key: stored.key,
                    name: "campaign-report-demo.txt".into(),
                    content_type: "text/plain".into(),
                    size: stored.size,
                    org: p.org,
                    by: None,
                };
                self.store.insert_file(&f).await?;
                let r = FileRef {
                    id: f.id,
                    name: f.name,
                    content_type: f.content_type,
                    size: f.size,
                };
                made.insert(p.org, r.clone());
                r
            }
            None => return Ok(()),
        };
        r.files.push(file);
        Ok(())
    }
}

/// A demo round's title and message in the five languages.
fn demo_texts(year: String, draft: bool) -> minga_domain::capacity::RoundTexts {
    use minga_domain::capacity::RoundText;
    let t = |title: String, message: &str| RoundText {
        title,
        message: if draft { String::new() } else { message.into() },
    };
    [
        ("en", t(format!("Capacity mapping {year} (demo)"), "Thank you: your answers decide which peer exchanges we support this year.")),
        ("es", t(format!("Mapeo de capacidades {year} (demo)"), "Gracias: sus respuestas deciden qué intercambios entre pares apoyamos este año.")),
        ("fr", t(format!("Cartographie des capacités {year} (démo)"), "Merci : vos réponses décident des échanges entre pairs que nous soutenons cette année.")),
        ("pt", t(format!("Mapeamento de capacidades {year} (demo)"), "Obrigado: as vossas respostas decidem que intercâmbios entre pares apoiamos este ano.")),
        ("ar", t(format!("رسم خريطة القدرات {year} (تجريبي)"), "شكرًا لكم: إجاباتكم تحدد تبادلات الأقران التي ندعمها هذا العام.")),
    ]
    .into_iter()
    .map(|(l, t)| (l.to_string(), t))
    .collect()
}
