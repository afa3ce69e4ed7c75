//! The demo network: the Secretariat and member organisations in real
//! countries with fictional names (each marked as demo), and people of every
//! role. The same builder makes networks of any size for benchmarks.

use crate::{markdown, passwords, Core, Result};
use minga_domain::{
    Country, Email, Group, Locale, OrgFields, OrgId, OrgKind, Region, Role, Slug, TimeZone,
};
use minga_store::NewUser;

pub const DEMO_DOMAIN: &str = "demo.minga.test";
pub const DEFAULT_PASSWORD: &str = "minga-demo";

/// The named demo accounts, as the README lists them.
pub const ACCOUNTS: [(&str, Role); 4] = [
    ("secretariat@demo.minga.test", Role::Secretariat),
    ("orgadmin@demo.minga.test", Role::OrgAdmin),
    ("member@demo.minga.test", Role::Member),
    ("partner@demo.minga.test", Role::Partner),
];

#[derive(Debug, Clone, Copy)]
pub struct Size {
    /// Member organisations besides the Secretariat.
    pub orgs: usize,
    /// People in all, besides the named accounts.
    pub users: usize,
}

impl Size {
    pub const DEMO: Size = Size {
        orgs: 126,
        users: 300,
    };
}

/// How many of each kind: about 80% coalitions, 12% international, the rest partners.
fn kind_for(i: usize, n: usize) -> OrgKind {
    let intl = (n * 12).div_ceil(100);
    let partners = (n * 8).div_ceil(100);
    if i < n - intl - partners {
        OrgKind::Coalition
    } else if i < n - partners {
        OrgKind::International
    } else {
        OrgKind::Partner
    }
}

/// Countries taken in turn from each region, so every region is represented.
fn countries_round_robin() -> Vec<Country> {
    let by_region: Vec<Vec<Country>> = Region::ALL
        .iter()
        .map(|r| Country::all().filter(|c| c.region() == *r).collect())
        .collect();
    let longest = by_region.iter().map(Vec::len).max().unwrap_or(0);
    let mut out = Vec::new();
    for i in 0..longest {
        for list in &by_region {
            if let Some(c) = list.get(i) {
                out.push(*c);
            }
        }
    }
    out
}

/// A plausible, clearly fictional name in a language of the country.
fn org_name(kind: OrgKind, country: Country, n: usize) -> String {
    let suffix = if n > 0 {
        format!(" {}", n + 1)
    } else {
        String::new()
    };
    match kind {
        OrgKind::Coalition => {
            let lang = primary_language(country);
            let name = country.name(lang);
            match lang {
                Locale::Es => {
                    format!("Coalición por el Derecho a la Educación de {name}{suffix} (demo)")
                }
                Locale::Fr => format!("Coalition Éducation Pour Tous {name}{suffix} (démo)"),
                Locale::Pt => format!("Campanha pelo Direito à Educação {name}{suffix} (demo)"),
                Locale::Ar => format!("الحملة الوطنية للتعليم في {name}{suffix} (تجريبي)"),
                Locale::En => format!("{name} Coalition for Education{suffix} (demo)"),
            }
        }
        OrgKind::International => format!(
            "Learning Without Borders {}{suffix} (demo)",
            country.name(Locale::En)
        ),
        OrgKind::Partner => format!(
            "Open Education Foundation {}{suffix} (demo)",
            country.name(Locale::En)
        ),
        OrgKind::Secretariat => "Global Secretariat (demo)".into(),
    }
}

/// The language of a country's demo name: its first official language
/// that Minga speaks, else English.
fn primary_language(country: Country) -> Locale {
    country
        .languages()
        .iter()
        .copied()
        .find(|l| *l != Locale::En)
        .unwrap_or(Locale::En)
}

fn description(kind: OrgKind, country: Country) -> String {
    let what = match kind {
        OrgKind::Coalition => "a national coalition of teachers' unions, parents' associations and community organisations",
        OrgKind::International => "an international organisation supporting national coalitions",
        OrgKind::Partner => "a partner foundation working on open educational resources",
        OrgKind::Secretariat => "the Secretariat that coordinates the network",
    };
    format!(
        "*This is demo data: the organisation is fictional.*\n\nWe are {what} in **{}**.\n\n\
         - Policy dialogue with the ministry of education\n- Budget tracking and public campaigns\n- Peer learning with other members",
        country.name(Locale::En)
    )
}

fn fields(kind: OrgKind, country: Country, name: String, public: bool) -> OrgFields {
    let md = description(kind, country);
    let slugname = Slug::from_name(&name);
    OrgFields {
        website: Some(format!(
            "https://{}.example.org",
            slugname
                .as_str()
                .chars()
                .take(40)
                .collect::<String>()
                .trim_end_matches('-')
        )),
        contact_email: Some(format!(
            "contact@{}.{DEMO_DOMAIN}",
            country.code().to_ascii_lowercase()
        )),
        contact_phone: Some("+00 100 200 300".into()),
        name,
        kind,
        country,
        region_override: None,
        group_override: None,
        override_reason: None,
        // Demo descriptions are a few lines: always within the bounds.
        description_html: markdown::render(&md).unwrap_or_default(),
        description_md: md,
        public,
    }
}

impl Core {
    /// Whether the database already holds a network (then demo data is not added).
    pub async fn has_data(&self) -> Result<bool> {
        Ok(self.store.count_orgs().await? > 0)
    }

    /// Refreshes the query planner's statistics (after a bulk load).
    pub async fn refresh_statistics(&self) -> Result<()> {
        Ok(self.store.optimize().await?)
    }

    /// Fills an empty database with a network of `size`. Every person's
    /// password is `password` (hashed once: the demo shares one password).
    pub async fn seed_demo(&self, size: Size, password: &str) -> Result<()> {
        let hash = passwords::hash(password.to_string()).await?;
        let countries = countries_round_robin();

        let mut orgs: Vec<(OrgFields, Slug)> = Vec::with_capacity(size.orgs + 1);
        let secretariat_country =
            Country::parse("ZA").map_err(crate::CoreError::with("the secretariat's country"))?;
        orgs.push((
            fields(
                OrgKind::Secretariat,
                secretariat_country,
                org_name(OrgKind::Secretariat, secretariat_country, 0),
                true,
            ),
            Slug::from_name("secretariat"),
        ));
        let mut seen: std::collections::HashMap<(&'static str, OrgKind), usize> =
            Default::default();
        for i in 0..size.orgs {
            let kind = kind_for(i, size.orgs);
            let country = countries[(i * 7) % countries.len()];
            let nth = seen.entry((country.code(), kind)).or_insert(0);
            let name = org_name(kind, country, *nth);
            let slug = Slug::from_name(&format!(
                "{} {} {}",
                kind.code(),
                country.name(Locale::En),
                nth
            ));
            *nth += 1;
            // Two thirds of the directory is public.
            orgs.push((fields(kind, country, name, i % 3 != 2), slug));
        }
        let ids = self.store.create_orgs_bulk(&orgs, true).await?;

        // The named accounts: a Southern coalition's admin and a member of a
        // coalition, a partner's staff, the Secretariat.
        let southern_coalition = orgs
            .iter()
            .zip(&ids)
            .find(|((f, _), _)| {
                f.kind == OrgKind::Coalition
                    && f.country.group() == Group::South
                    && f.country.code() == "KE"
            })
            .or_else(|| {
                orgs.iter()
                    .zip(&ids)
                    .find(|((f, _), _)| f.kind == OrgKind::Coalition && f.group() == Group::South)
            })
            .map(|(_, id)| *id)
            .unwrap_or(ids[0]);
        let partner = orgs
            .iter()
            .zip(&ids)
            .find(|((f, _), _)| f.kind == OrgKind::Partner)
            .map(|(_, id)| *id)
            .unwrap_or(ids[0]);
        let mut users = Vec::with_capacity(size.users + 4);
        let person =
            |org_id: OrgId, email: String, name: String, role: Role, locale: Locale, tz: &str| {
                NewUser {
                    org_id,
                    email: Email::parse(&email)
                        .unwrap_or_else(|_| unreachable!("demo addresses are valid")),
                    name,
                    role,
                    locale,
                    time_zone: TimeZone::parse(tz).unwrap_or_else(|_| TimeZone::utc()),
                    password_hash: hash.clone(),
                }
            };
        for (email, role) in ACCOUNTS {
            let (org, name, tz) = match role {
                Role::Secretariat => (ids[0], "Sam Secretariat", "Africa/Johannesburg"),
                Role::OrgAdmin => (southern_coalition, "Amina Org-Admin", "Africa/Nairobi"),
                Role::Member => (southern_coalition, "Mateo Member", "Africa/Nairobi"),
                Role::Partner => (partner, "Paula Partner", "Europe/Lisbon"),
            };
            users.push(person(
                org,
                email.to_string(),
                name.to_string(),
                role,
                Locale::En,
                tz,
            ));
        }
        const FIRST: [&str; 12] = [
            "Ana", "Kwame", "Fatima", "Luis", "Aisha", "Jean", "Priya", "Tomás", "Nadia", "Joseph",
            "Mariam", "Chen",
        ];
        const LAST: [&str; 10] = [
            "Mensah", "García", "Haddad", "Silva", "Okafor", "Dubois", "Rahman", "Nguyen", "Kamau",
            "Morales",
        ];
        for i in 0..size.users {
            let org_index = 1 + i % size.orgs.max(1);
            let org = ids[org_index.min(ids.len() - 1)];
            let kind = orgs[org_index.min(orgs.len() - 1)].0.kind;
            // The first person of each organisation is its admin.
            let role = match (i < size.orgs, kind) {
                (_, OrgKind::Partner) => Role::Partner,
                (true, _) => Role::OrgAdmin,
                (false, _) => Role::Member,
            };
            let locale = Locale::ALL[i % 5];
            let name = format!(
                "{} {} (demo)",
                FIRST[i % FIRST.len()],
                LAST[(i / FIRST.len()) % LAST.len()]
            );
            users.push(person(
                org,
                format!("person{i}@{DEMO_DOMAIN}"),
                name,
                role,
                locale,
                "UTC",
            ));
        }
        self.store.create_users_bulk(&users).await?;
        let with_ids: Vec<(OrgFields, OrgId)> = orgs
            .into_iter()
            .map(|(f, _)| f)
            .zip(ids.iter().copied())
            .collect();
        self.seed_demo_capacity(&with_ids, southern_coalition)
            .await?;
        let mut named = Vec::new();
        for (email, _) in ACCOUNTS {
            let email = Email::parse(email).map_err(crate::CoreError::with("a demo address"))?;
            named.push(self.store.user_auth_by_email(&email).await?.user);
        }
        let mut others = Vec::new();
        for id in ids.iter().skip(1).take(12) {
            others.extend(self.store.users_of_org(*id).await?);
        }
        others.retain(|u| !named.iter().any(|n| n.id == u.id));
        self.seed_demo_communities(&named, &others).await?;
        self.seed_demo_discussions(&named, &others).await?;
        self.demo_events().await?;
        let toolkit = self.seed_demo_library().await?;
        let radio = self.seed_demo_practices().await?;
        self.seed_demo_kel(toolkit, radio).await?;
        self.seed_demo_consultations().await?;
        self.store.forget_made_up_mail(crate::jobs::MAIL).await?;
        self.store.optimize().await?;
        Ok(())
    }
}

/// A demo event: title, description, hours from now to its start, its
/// length in hours, places, cancelled.
type DemoEvent = (&'static str, &'static str, i64, i64, Option<u64>, bool);

impl Core {
    /// Upcoming and past events in the demo's communities (none when the
    /// demo has no community): in the first public community and the first
    /// members-only one, scheduled by someone inside it (the demo member,
    /// brought in when needed), with people going, a full event with a
    /// waiting list, a past session and a cancelled one.
    pub(crate) async fn demo_events(&self) -> Result<()> {
        use chrono::{Duration, DurationRound, Utc};
        use minga_domain::community::{CommunityVisibility, Standing};
        use minga_domain::event::EventFields;
        let member = Email::parse(&format!("member@{DEMO_DOMAIN}"))
            .map_err(crate::CoreError::with("the demo member's email"))?;
        let Ok(member) = self.store.user_auth_by_email(&member).await else {
            return Ok(());
        };
        let member = member.user;
        let communities = self.store.all_communities().await?;
        let pick = |v: CommunityVisibility| {
            communities
                .iter()
                .map(|(c, _)| c)
                .find(|c| c.visibility == v && c.hidden_at.is_none())
        };
        let hour = Utc::now()
            .duration_trunc(Duration::hours(1))
            .map_err(crate::CoreError::with("rounding the demo's times"))?;
        let plans: [(CommunityVisibility, &[DemoEvent]); 2] = [
            (
                CommunityVisibility::Public,
                &[
                    (
                        "Open session: mapping our capacities together",
                        "An hour to look at the capacity map together and ask each other how we got there.\n\n- Bring one question\n- Bring one thing that worked",
                        3 * 24 + 2,
                        1,
                        Some(30),
                        false,
                    ),
                    (
                        "Taller: incidencia digital para coaliciones",
                        "Un taller práctico con pocas plazas: campañas en redes sociales con poco presupuesto.",
                        10 * 24,
                        2,
                        Some(2),
                        false,
                    ),
                    (
                        "Webinar: financing education in crisis settings",
                        "The recording will be attached here after the session.",
                        -14 * 24,
                        2,
                        None,
                        false,
                    ),
                    (
                        "Rencontre régionale (reportée)",
                        "Cette rencontre est reportée ; une nouvelle date suivra.",
                        -3 * 24,
                        1,
                        None,
                        true,
                    ),
                ],
            ),
            (
                CommunityVisibility::Members,
                &[(
                    "جلسة تبادل الخبرات: التعليم الشامل",
                    "نتبادل فيها تجارب الائتلافات في الدعوة إلى التعليم الشامل.",
                    5 * 24,
                    1,
                    None,
                    false,
                )],
            ),
        ];
        for (visibility, events) in plans {
            let Some(c) = pick(visibility) else { continue };
            if !self.store.standing(c.id, member.id).await?.is_inside() {
                self.store
                    .set_standing(c.id, member.id, Standing::Member, None, "")
                    .await?;
            }
            let insiders = self.store.community_insiders(c.id).await?;
            for (title, description, hours, length, capacity, cancelled) in events.iter().copied() {
                let starts_at = hour + Duration::hours(hours);
                let fields = EventFields {
                    title: title.to_string(),
                    description: description.to_string(),
                    starts_at,
                    ends_at: starts_at + Duration::hours(length),
                    time_zone: member.time_zone.clone(),
                    online_url: Some("https://meet.example.org/minga-demo".to_string()),
                    capacity,
                    recording_media_id: None,
                };
                let html = markdown::render(description)
                    .map_err(|_| crate::CoreError::other("the demo", "event description"))?;
                let id = self
                    .store
                    .create_event(c.id, &fields, &html, member.id)
                    .await?;
                // People going (and, where places run out, waiting).
                for u in insiders.iter().take(4) {
                    self.store.set_rsvp(id, u.id, true).await?;
                }
                if cancelled {
                    self.store.cancel_event(id).await?;
                }
            }
        }
        Ok(())
    }
}

/// Captions of the demo's short recording.
pub const DEMO_CAPTIONS_EN: &str = "WEBVTT\n\n00:00.000 --> 00:01.500\nWelcome to the learning community.\n\n00:01.500 --> 00:03.000\nThis short recording has captions in English and Spanish.\n";
pub const DEMO_CAPTIONS_ES: &str = "WEBVTT\n\n00:00.000 --> 00:01.500\nBienvenidas a la comunidad de aprendizaje.\n\n00:01.500 --> 00:03.000\nEsta grabación corta tiene subtítulos en inglés y español.\n";

impl Core {
    /// The demo's short recording: three seconds, 160×120, made by ffmpeg
    /// from its own test sources (so it is reproducible and small), with
    /// English and Spanish captions and chapters, uploaded by the demo
    /// member into the public demo community; its renditions are queued for the worker. Does nothing
    /// (`Ok(None)`) without ffmpeg, so the demo starts anyway.
    pub async fn seed_demo_media(&self) -> Result<Option<minga_domain::MediaId>> {
        let Some(bytes) = self.make_test_recording(3).await? else {
            return Ok(None);
        };
        let email = Email::parse(ACCOUNTS[2].0)
            .map_err(|_| crate::CoreError::other("the demo member", "bad email"))?;
        let member = self.store.user_auth_by_email(&email).await?.user;
        let id = self
            .add_media_bytes(
                &member,
                Some(crate::demo_communities::PUBLIC),
                "Welcome to the learning community",
                "A three-second test recording with captions in English and Spanish.",
                bytes,
                &[
                    (Locale::En, DEMO_CAPTIONS_EN),
                    (Locale::Es, DEMO_CAPTIONS_ES),
                ],
            )
            .await?;
        self.set_media_chapters(&member, id, "0:00 Welcome\n0:01 Captions")
            .await?;
        Ok(Some(id))
    }
}
