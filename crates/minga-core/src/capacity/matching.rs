//! Peer matches: for each need, who can help.

use crate::{Core, Result};
use minga_domain::capacity::Need;
use minga_domain::files::FileRef;
use minga_domain::matching::{matches_for_need, Candidate, Match, Seeker};
use minga_domain::{Org, OrgId};

/// Matches for one need.
pub struct NeedMatches {
    pub need: Need,
    pub matches: Vec<(Org, Match)>,
    /// The files each matched organisation gives as evidence for the item.
    pub evidence_files: Vec<(OrgId, FileRef)>,
}

impl Core {
    /// For each need of `org`, the organisations that can help, best first.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn matches_for(&self, org_id: OrgId, per_need: usize) -> Result<Vec<NeedMatches>> {
        let org = self.store.org_by_id(org_id).await?;
        let own = match self.store.open_round_for(org_id).await? {
            Some(r) => self.store.profile(org_id, r.id).await?,
            None => None,
        };
        let own = match own {
            Some(p) if !p.needs.is_empty() => Some(p),
            _ => self
                .store
                .latest_submitted_profile(org_id)
                .await?
                .map(|(_, p)| p),
        };
        let Some(own) = own else { return Ok(vec![]) };
        let seeker = Seeker {
            org: org_id,
            region: org.region,
            utc_offset_hours: org.country.solar_offset_hours(),
            languages: if own.languages.is_empty() {
                org.country.languages().to_vec()
            } else {
                own.languages.clone()
            },
        };
        let counts = self.store.exchange_counts().await?;
        let mut out = Vec::new();
        for need in &own.needs {
            let set = self.helpers_cached(&need.item).await?;
            let (helpers, profiles) = (&set.helpers, &set.profiles);
            let candidates: Vec<Candidate> = helpers
                .iter()
                .zip(profiles)
                .map(|(h, p)| Candidate {
                    org: h.org,
                    region: h.region,
                    utc_offset_hours: h.country.solar_offset_hours(),
                    profile: p,
                    open_exchanges: counts.open.get(&h.org).copied().unwrap_or(0),
                    completed_exchanges: counts.completed.get(&h.org).copied().unwrap_or(0),
                    completed_with_seeker: counts
                        .completed_pairs
                        .get(&(h.org, org_id))
                        .copied()
                        .unwrap_or(0),
                    on_item: counts
                        .on_item
                        .get(&(h.org, need.item.clone()))
                        .copied()
                        .unwrap_or_default(),
                })
                .collect();
            let ranked = matches_for_need(&seeker, &need.item, &candidates, per_need);
            let ids: Vec<OrgId> = ranked.iter().map(|m| m.org).collect();
            let orgs = self.store.orgs_by_ids(&ids).await?;
            let evidence_files = self.store.current_evidence(&need.item, &ids).await?;
            let matches = ranked
                .into_iter()
                .filter_map(|m| orgs.iter().find(|o| o.id == m.org).map(|o| (o.clone(), m)))
                .collect();
            out.push(NeedMatches {
                need: need.clone(),
                matches,
                evidence_files,
            });
        }
        Ok(out)
    }
}
