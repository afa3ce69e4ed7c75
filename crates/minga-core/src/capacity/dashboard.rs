//! What the home page puts first for a signed-in person: for the staff of a
//! member organisation, the open round and their profile's progress, the
//! requests waiting for their answer and the best match for each need; for
//! the Secretariat, every round's progress, organisations nobody can answer
//! for, and the network's exchanges by status.

use crate::{Core, Result};
use minga_domain::capacity::{MappingRound, ProfileStatus};
use minga_domain::exchange::{Exchange, ExchangeStatus};
use minga_domain::{can, Action, Org, Role, User};
use minga_store::RoundCounts;

/// How many needs the dashboard names with their best match.
pub const NEEDS_SHOWN: usize = 3;

pub struct MemberDashboard {
    /// The round open for the organisation, and where its profile stands.
    pub round: Option<(MappingRound, ProfileStatus)>,
    /// Whether the reader fills in the profile.
    pub may_edit: bool,
    /// Requests other organisations made that wait for this one's answer.
    pub to_answer: Vec<(Exchange, Org)>,
    /// Exchanges agreed or under way.
    pub under_way: usize,
    /// Needs (their item's code) with the organisation that matches best.
    pub needs: Vec<(minga_domain::capacity::ItemCode, Org)>,
}

pub struct SecretariatDashboard {
    /// Rounds not closed (open, and drafts), newest first, with their counts.
    pub rounds: Vec<(MappingRound, RoundCounts)>,
    /// Exchanges in the network by status (only statuses that have some).
    pub exchanges: Vec<(ExchangeStatus, u64)>,
    /// Member organisations nobody can fill in the profile of (nobody to
    /// mail about a round), the first [`NOBODY_SHOWN`] by name, and how many.
    pub nobody: Vec<Org>,
    pub nobody_total: u64,
}

/// How many organisations with nobody to mail the dashboard names.
pub const NOBODY_SHOWN: i64 = 20;

pub enum Dashboard {
    Member(MemberDashboard),
    Secretariat(SecretariatDashboard),
}

impl Core {
    /// The reader's dashboard.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn dashboard(&self, actor: &User) -> Result<Dashboard> {
        if actor.role == Role::Secretariat {
            let mut rounds = Vec::new();
            for r in self
                .store
                .rounds()
                .await?
                .into_iter()
                .filter(|r| r.closed_at.is_none())
            {
                let counts = self.store.round_counts(r.id).await?;
                rounds.push((r, counts));
            }
            let exchanges = self
                .store
                .exchanges_by_status()
                .await?
                .into_iter()
                .filter_map(|(s, n)| Some((ExchangeStatus::parse(&s)?, u64::try_from(n).ok()?)))
                .collect();
            let (nobody, nobody_total) = self.store.orgs_without_fillers(NOBODY_SHOWN).await?;
            return Ok(Dashboard::Secretariat(SecretariatDashboard {
                rounds,
                exchanges,
                nobody,
                nobody_total,
            }));
        }
        let org = self.store.org_by_id(actor.org_id).await?;
        let may_edit = can(Some(&actor.actor()), Action::EditCapacity, org.resource());
        let round = match self.store.open_round_for(org.id).await? {
            Some(r) => {
                let status = self
                    .store
                    .profile(org.id, r.id)
                    .await?
                    .map(|p| p.status)
                    .unwrap_or(ProfileStatus::NotStarted);
                Some((r, status))
            }
            None => None,
        };
        let mut to_answer = Vec::new();
        let mut under_way = 0;
        for (x, other) in self.exchanges_of(actor).await? {
            match x.status {
                ExchangeStatus::Requested if x.helper == org.id => to_answer.push((x, other)),
                ExchangeStatus::Agreed | ExchangeStatus::InProgress => under_way += 1,
                _ => {}
            }
        }
        let needs = self
            .matches_for(org.id, 1)
            .await?
            .into_iter()
            .filter_map(|n| {
                let best = n.matches.into_iter().next()?;
                Some((n.need.item, best.0))
            })
            .take(NEEDS_SHOWN)
            .collect();
        Ok(Dashboard::Member(MemberDashboard {
            round,
            may_edit,
            to_answer,
            under_way,
            needs,
        }))
    }
}
