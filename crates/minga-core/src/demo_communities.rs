//! The demo's Learning Communities: one public, one for members that admits
//! partners, one by invitation only; the named accounts belong to some, the
//! org admin moderates two, and someone waits for an answer to a request.
//! Discussions, events and recordings add their own demo content to these
//! communities by slug.

use crate::{Core, Result};
use minga_domain::capacity::ItemCode;
use minga_domain::community::{CommunityFields, CommunityVisibility, Standing};
use minga_domain::{Locale, Role, Slug, User};

/// The demo communities' slugs, for other demo builders and the browser harness.
pub const PUBLIC: &str = "financing-education";
pub const MEMBERS: &str = "digital-advocacy-lab";
pub const INVITE_ONLY: &str = "coalition-leaders-circle";

struct Seed {
    slug: &'static str,
    title: &'static str,
    purpose: &'static str,
    visibility: CommunityVisibility,
    partners: bool,
    items: &'static [&'static str],
    languages: &'static [Locale],
}

const SEEDS: [Seed; 3] = [
    Seed {
        slug: PUBLIC,
        title: "Financing education: budgets and advocacy",
        purpose: "How coalitions track education budgets, read them with citizens and take the findings to parliaments and ministries.\n\n- monthly open calls\n- shared budget templates\n- recordings of past sessions",
        visibility: CommunityVisibility::Public,
        partners: false,
        items: &["budget-tracking", "research-evidence"],
        languages: &[Locale::En, Locale::Es, Locale::Fr],
    },
    Seed {
        slug: MEMBERS,
        title: "Digital advocacy lab",
        purpose: "Campaigns on social media, messaging groups and radio on a small budget: what worked, what did not, and the tools we use.",
        visibility: CommunityVisibility::Members,
        partners: true,
        items: &["digital-advocacy"],
        languages: &[Locale::En, Locale::Ar, Locale::Pt],
    },
    Seed {
        slug: INVITE_ONLY,
        title: "Coalition leaders circle",
        purpose: "A closed space for coordinators of national coalitions to speak frankly about governance, funding and staff.",
        visibility: CommunityVisibility::InviteOnly,
        partners: false,
        items: &["monitoring-evaluation"],
        languages: &[Locale::En, Locale::Fr, Locale::Es],
    },
];

impl Core {
    /// Makes the demo communities and who stands where in them.
    pub(crate) async fn seed_demo_communities(
        &self,
        named: &[User],
        others: &[User],
    ) -> Result<()> {
        let secretariat = named.iter().find(|u| u.role == Role::Secretariat);
        let mut ids = Vec::new();
        for s in &SEEDS {
            let fields = CommunityFields {
                title: s.title.to_string(),
                purpose: s.purpose.to_string(),
                visibility: s.visibility,
                partners_admitted: s.partners,
                items: s
                    .items
                    .iter()
                    .filter_map(|c| ItemCode::parse(c).ok())
                    .collect(),
                languages: s.languages.to_vec(),
            };
            let html = crate::markdown::render(s.purpose)
                .map_err(crate::CoreError::with("a demo purpose"))?;
            let slug = Slug::parse(s.slug).map_err(crate::CoreError::with("a demo slug"))?;
            let c = self
                .store
                .create_community(&fields, &html, &slug, secretariat.map(|u| u.id))
                .await?;
            ids.push(c.id);
        }
        let by_role = |r: Role| named.iter().find(|u| u.role == r);
        let mut place = Vec::new();
        if let Some(admin) = by_role(Role::OrgAdmin) {
            place.push((ids[0], admin.id, Standing::Member));
            place.push((ids[1], admin.id, Standing::Moderator));
            place.push((ids[2], admin.id, Standing::Moderator));
        }
        if let Some(member) = by_role(Role::Member) {
            place.push((ids[0], member.id, Standing::Member));
            place.push((ids[1], member.id, Standing::Member));
        }
        if let Some(partner) = by_role(Role::Partner) {
            place.push((ids[1], partner.id, Standing::Member));
        }
        // People of several organisations in each; one asks to join the circle.
        for (i, u) in others
            .iter()
            .filter(|u| u.role != Role::Partner)
            .take(12)
            .enumerate()
        {
            let community = ids[i % 2];
            place.push((community, u.id, Standing::Member));
            if i == 3 {
                place.push((ids[2], u.id, Standing::Member));
            }
        }
        for (community, user, standing) in place {
            self.store
                .set_standing(community, user, standing, None, "")
                .await?;
        }
        if let Some(u) = others.iter().filter(|u| u.role != Role::Partner).nth(5) {
            self.store
                .set_standing(
                    ids[2],
                    u.id,
                    Standing::Requested,
                    None,
                    "Nous coordonnons une coalition nationale depuis 2019 ; nous aimerions partager notre expérience.",
                )
                .await?;
        }
        Ok(())
    }
}

impl Core {
    /// Adds `n` communities to a generated network (benchmarks): seven in
    /// ten for members, two public, one by invitation; each with up to 40
    /// members drawn in turn from the network's staff, and the named
    /// accounts in the first ones.
    pub async fn seed_bench_communities(&self, n: usize) -> Result<Vec<minga_domain::CommunityId>> {
        let staff: Vec<minga_domain::UserId> = self
            .store
            .staff_ids(20_000)
            .await?
            .into_iter()
            .map(|(u, _)| u)
            .collect();
        let mut seeds = Vec::with_capacity(n);
        for i in 0..n {
            let s = &SEEDS[i % SEEDS.len()];
            let visibility = match i % 10 {
                0 | 1 => CommunityVisibility::Public,
                2 => CommunityVisibility::InviteOnly,
                _ => CommunityVisibility::Members,
            };
            let fields = CommunityFields {
                title: format!("{} {}", s.title, i + 1),
                purpose: s.purpose.to_string(),
                visibility,
                partners_admitted: i % 4 == 0,
                items: s
                    .items
                    .iter()
                    .filter_map(|c| ItemCode::parse(c).ok())
                    .collect(),
                languages: s.languages.to_vec(),
            };
            let html = crate::markdown::render(s.purpose)
                .map_err(crate::CoreError::with("a bench purpose"))?;
            let slug = Slug::parse(&format!("community-{}", i + 1))
                .map_err(crate::CoreError::with("a bench slug"))?;
            seeds.push((fields, html, slug));
        }
        let ids = self.store.create_communities_bulk(&seeds, None).await?;
        let mut rows = Vec::new();
        for (i, id) in ids.iter().enumerate() {
            for k in 0..40 {
                if let Some(u) = staff.get((i * 37 + k * 101) % staff.len().max(1)) {
                    rows.push((
                        *id,
                        *u,
                        if k == 0 {
                            Standing::Moderator
                        } else {
                            Standing::Member
                        },
                    ));
                }
            }
        }
        for (email, _) in crate::demo::ACCOUNTS {
            let email = minga_domain::Email::parse(email)
                .map_err(crate::CoreError::with("a demo address"))?;
            let u = self.store.user_auth_by_email(&email).await?.user;
            if u.role == Role::Secretariat {
                continue;
            }
            for id in ids.iter().take(10) {
                rows.push((*id, u.id, Standing::Member));
            }
        }
        for chunk in rows.chunks(5_000) {
            self.store.add_standings_bulk(chunk).await?;
        }
        Ok(ids)
    }
}

impl Core {
    /// Adds `posts` posts to the generated communities (benchmarks): topics
    /// of 50 posts spread evenly over `communities`, and in the first
    /// community one topic of 200 replies, "A long conversation", whose page
    /// the benchmark reads.
    pub async fn seed_bench_posts(
        &self,
        communities: &[minga_domain::CommunityId],
        posts: usize,
    ) -> Result<()> {
        use minga_store::BulkTopic;
        if communities.is_empty() || posts == 0 {
            return Ok(());
        }
        let authors = self.store.staff_ids(5_000).await?;
        let body = "We tried this in our coalition: **three meetings** with parents, then a letter to the ministry. What would you add?";
        let html = crate::markdown::render(body).map_err(crate::CoreError::with("a bench post"))?;
        let mut topics = vec![BulkTopic {
            community: communities[0],
            title: "A long conversation".into(),
            posts: 201,
        }];
        let per_topic = 50u32;
        let n_topics = posts.saturating_sub(201) / per_topic as usize;
        for i in 0..n_topics {
            topics.push(BulkTopic {
                community: communities[i % communities.len()],
                title: format!("What worked for us, part {}", i + 1),
                posts: per_topic,
            });
        }
        for chunk in topics.chunks(400) {
            self.store
                .add_topics_bulk(chunk, &authors, body, &html)
                .await?;
        }
        Ok(())
    }
}
