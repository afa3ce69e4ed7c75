//! Peer matching: for a need, rank the organisations that can help, and say
//! why in facts the reader can check. A pure function, so that every rule is
//! pinned down by unit and property tests.
//!
//! Scoring (integers, so ties are exact and the order is stable):
//! strength 2 → 40, 3 → 60; written evidence +10; a shared working language
//! +20; same region +10; 2 points per hour of shared office hours (0–16);
//! +3 per exchange completed as a helper (at most +15) and +5 per exchange
//! completed with this seeker (at most +10); on the needed item itself, +4
//! per exchange completed (at most +12), +2 per one whose requesting side
//! wrote what it learnt (at most +6) and −3 per request declined (at most
//! −9); −8 per exchange the helper is handling now, so the same strong
//! organisation is not asked by everyone.
//! Ties go to the less busy organisation, then to the lower id.

use crate::capacity::{CapacityProfile, ItemCode, Level};
use crate::{Locale, OrgId, Region};

/// The organisation looking for help.
#[derive(Debug, Clone)]
pub struct Seeker {
    pub org: OrgId,
    pub region: Region,
    pub utc_offset_hours: i32,
    pub languages: Vec<Locale>,
}

/// An organisation that might help, with what Minga knows of it.
#[derive(Debug, Clone)]
pub struct Candidate<'a> {
    pub org: OrgId,
    pub region: Region,
    pub utc_offset_hours: i32,
    pub profile: &'a CapacityProfile,
    /// Exchanges it is handling now as the helper.
    pub open_exchanges: u32,
    /// Exchanges it completed as the helper, with anyone.
    pub completed_exchanges: u32,
    /// Of those, the ones completed with this seeker.
    pub completed_with_seeker: u32,
    /// How its past exchanges as the helper on the needed item ended.
    pub on_item: ItemRecord,
}

/// How a helper's past exchanges on one item ended.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ItemRecord {
    /// Exchanges completed.
    pub completed: u32,
    /// Of those, the ones where the requesting side wrote what it learnt.
    pub learnt: u32,
    /// Requests it declined.
    pub declined: u32,
}

/// One reason, stated as a fact about the candidate and the seeker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// The candidate rates itself at this level in the needed item.
    Strength(Level),
    /// It backs the rating with this written evidence.
    Evidence(String),
    /// Languages both work in.
    SharedLanguages(Vec<Locale>),
    /// Both are in this region.
    SameRegion(Region),
    /// Hours of the 9-to-5 office day that overlap.
    OfficeHoursOverlap(u8),
    /// Exchanges it has completed as a helper.
    PastExchanges(u32),
    /// Exchanges it has completed with this seeker.
    WorkedTogether(u32),
    /// Exchanges it has completed on the needed item.
    CompletedOnItem(u32),
    /// Of those, the ones whose requesting side wrote what it learnt.
    LearntOnItem(u32),
    /// Requests on the needed item it declined.
    DeclinedOnItem(u32),
    /// Exchanges it is handling now.
    Busy(u32),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    pub org: OrgId,
    pub score: i32,
    pub reasons: Vec<Reason>,
}

/// Hours of a 9:00–17:00 day shared by two places `a` and `b` hours from UTC.
pub fn office_hours_overlap(a: i32, b: i32) -> u8 {
    let d = (a - b).rem_euclid(24);
    let d = d.min(24 - d);
    (8 - d).max(0) as u8
}

/// The reasons and score of one candidate, or `None` when it cannot help.
fn assess(seeker: &Seeker, need: &ItemCode, c: &Candidate<'_>) -> Option<Match> {
    if c.org == seeker.org || c.profile.org != c.org {
        return None;
    }
    let rating = c.profile.rating(need)?;
    if !rating.level.can_support() || !rating.share {
        return None;
    }
    let mut reasons = vec![Reason::Strength(rating.level)];
    let mut score = if rating.level == Level::LEADS { 60 } else { 40 };
    if !rating.evidence.trim().is_empty() {
        reasons.push(Reason::Evidence(rating.evidence.trim().to_string()));
        score += 10;
    }
    let shared: Vec<Locale> = Locale::ALL
        .into_iter()
        .filter(|l| seeker.languages.contains(l) && c.profile.languages.contains(l))
        .collect();
    if !shared.is_empty() {
        reasons.push(Reason::SharedLanguages(shared));
        score += 20;
    }
    if c.region == seeker.region {
        reasons.push(Reason::SameRegion(c.region));
        score += 10;
    }
    let overlap = office_hours_overlap(seeker.utc_offset_hours, c.utc_offset_hours);
    if overlap > 0 {
        reasons.push(Reason::OfficeHoursOverlap(overlap));
        score += 2 * overlap as i32;
    }
    if c.completed_exchanges > 0 {
        reasons.push(Reason::PastExchanges(c.completed_exchanges));
        score += (3 * c.completed_exchanges.min(5)) as i32;
    }
    if c.completed_with_seeker > 0 {
        reasons.push(Reason::WorkedTogether(c.completed_with_seeker));
        score += (5 * c.completed_with_seeker.min(2)) as i32;
    }
    let r = c.on_item;
    if r.completed > 0 {
        reasons.push(Reason::CompletedOnItem(r.completed));
        score += item_record_score(ItemRecord { declined: 0, ..r });
    }
    if r.learnt > 0 {
        reasons.push(Reason::LearntOnItem(r.learnt));
    }
    if r.declined > 0 {
        reasons.push(Reason::DeclinedOnItem(r.declined));
        score += item_record_score(ItemRecord {
            completed: 0,
            learnt: 0,
            ..r
        });
    }
    if c.open_exchanges > 0 {
        reasons.push(Reason::Busy(c.open_exchanges));
        score -= 8 * c.open_exchanges.min(10) as i32;
    }
    Some(Match {
        org: c.org,
        score,
        reasons,
    })
}

/// What a helper's record on the needed item adds to its score (or takes away).
fn item_record_score(r: ItemRecord) -> i32 {
    (4 * r.completed.min(3) + 2 * r.learnt.min(r.completed).min(3)) as i32
        - (3 * r.declined.min(3)) as i32
}

/// The score alone, without allocating the reasons: the same arithmetic as
/// `assess`, which the tests check.
fn score_only(seeker: &Seeker, need: &ItemCode, c: &Candidate<'_>) -> Option<i32> {
    if c.org == seeker.org || c.profile.org != c.org {
        return None;
    }
    let rating = c.profile.rating(need)?;
    if !rating.level.can_support() || !rating.share {
        return None;
    }
    let mut score = if rating.level == Level::LEADS { 60 } else { 40 };
    if !rating.evidence.trim().is_empty() {
        score += 10;
    }
    if seeker
        .languages
        .iter()
        .any(|l| c.profile.languages.contains(l))
    {
        score += 20;
    }
    if c.region == seeker.region {
        score += 10;
    }
    score += 2 * office_hours_overlap(seeker.utc_offset_hours, c.utc_offset_hours) as i32;
    score += (3 * c.completed_exchanges.min(5)) as i32;
    score += (5 * c.completed_with_seeker.min(2)) as i32;
    score += item_record_score(c.on_item);
    score -= 8 * c.open_exchanges.min(10) as i32;
    Some(score)
}

/// The organisations that can help `seeker` with `need`, best first, at most `limit`.
/// Candidates are ranked on their score alone; reasons are written only for
/// those shown, since a need may have thousands of candidates.
pub fn matches_for_need(
    seeker: &Seeker,
    need: &ItemCode,
    candidates: &[Candidate<'_>],
    limit: usize,
) -> Vec<Match> {
    let mut ranked: Vec<(i32, u32, OrgId, usize)> = candidates
        .iter()
        .enumerate()
        .filter_map(|(i, c)| score_only(seeker, need, c).map(|s| (s, c.open_exchanges, c.org, i)))
        .collect();
    let by_rank = |a: &(i32, u32, OrgId, usize), b: &(i32, u32, OrgId, usize)| {
        b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2))
    };
    if ranked.len() > limit && limit > 0 {
        ranked.select_nth_unstable_by(limit - 1, by_rank);
        ranked.truncate(limit);
    }
    ranked.sort_by(by_rank);
    ranked
        .into_iter()
        .take(limit)
        .filter_map(|(_, _, _, i)| assess(seeker, need, &candidates[i]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::capacity::{ProfileStatus, Rating};
    use proptest::prelude::*;

    fn code(s: &str) -> ItemCode {
        ItemCode::parse(s).unwrap()
    }

    fn profile(
        org: OrgId,
        level: u8,
        evidence: &str,
        langs: &[Locale],
        willing: bool,
    ) -> CapacityProfile {
        CapacityProfile {
            org,
            ratings: vec![Rating {
                item: code("digital-advocacy"),
                level: Level::new(level).unwrap(),
                answered: true,
                evidence: evidence.into(),
                share: willing,
                files: vec![],
            }],
            needs: vec![],
            languages: langs.to_vec(),
            status: ProfileStatus::Submitted,
        }
    }

    fn candidate(p: &CapacityProfile, region: Region, tz: i32, open: u32) -> Candidate<'_> {
        Candidate {
            org: p.org,
            region,
            utc_offset_hours: tz,
            profile: p,
            open_exchanges: open,
            completed_exchanges: 0,
            completed_with_seeker: 0,
            on_item: ItemRecord::default(),
        }
    }

    #[test]
    fn office_hours() {
        assert_eq!(office_hours_overlap(3, 3), 8);
        assert_eq!(office_hours_overlap(3, 0), 5);
        assert_eq!(office_hours_overlap(-5, 3), 0);
        assert_eq!(office_hours_overlap(11, -11), 6, "across the date line");
    }

    #[test]
    fn ranks_strength_language_and_explains() {
        let seeker = Seeker {
            org: OrgId::new(),
            region: Region::Africa,
            utc_offset_hours: 3,
            languages: vec![Locale::En, Locale::Fr],
        };
        let leader = profile(
            OrgId::new(),
            3,
            "Ran the 2025 #EducationCannotWait campaign",
            &[Locale::Fr],
            true,
        );
        let strong = profile(OrgId::new(), 2, "", &[Locale::Es], true);
        let weak = profile(OrgId::new(), 1, "some", &[Locale::En], true);
        let unwilling = profile(OrgId::new(), 3, "yes", &[Locale::En], false);
        let cands = [
            candidate(&strong, Region::LatinAmericaCaribbean, -5, 0),
            candidate(&leader, Region::EuropeNorthAmerica, 1, 0),
            candidate(&weak, Region::Africa, 3, 0),
            candidate(&unwilling, Region::Africa, 3, 0),
        ];
        let m = matches_for_need(&seeker, &code("digital-advocacy"), &cands, 10);
        assert_eq!(
            m.iter().map(|m| m.org).collect::<Vec<_>>(),
            vec![leader.org, strong.org]
        );
        assert_eq!(
            m[0].reasons,
            vec![
                Reason::Strength(Level::LEADS),
                Reason::Evidence("Ran the 2025 #EducationCannotWait campaign".into()),
                Reason::SharedLanguages(vec![Locale::Fr]),
                Reason::OfficeHoursOverlap(6)
            ]
        );
        assert!(m.iter().all(|x| x.org != seeker.org));
    }

    #[test]
    fn busy_helpers_give_way() {
        let seeker = Seeker {
            org: OrgId::new(),
            region: Region::Africa,
            utc_offset_hours: 0,
            languages: vec![Locale::En],
        };
        let busy = profile(OrgId::new(), 3, "e", &[Locale::En], true);
        let free = profile(OrgId::new(), 3, "e", &[Locale::En], true);
        let cands = [
            candidate(&busy, Region::Africa, 0, 3),
            candidate(&free, Region::Africa, 0, 0),
        ];
        let m = matches_for_need(&seeker, &code("digital-advocacy"), &cands, 10);
        assert_eq!(m[0].org, free.org);
        assert!(m[1].reasons.contains(&Reason::Busy(3)));
    }

    #[test]
    fn past_outcomes_on_the_item_are_reasons_and_count() {
        let seeker = Seeker {
            org: OrgId::new(),
            region: Region::Africa,
            utc_offset_hours: 0,
            languages: vec![Locale::En],
        };
        let proven = profile(OrgId::new(), 2, "e", &[Locale::En], true);
        let declines = profile(OrgId::new(), 2, "e", &[Locale::En], true);
        let fresh = profile(OrgId::new(), 2, "e", &[Locale::En], true);
        let mut a = candidate(&proven, Region::Africa, 0, 0);
        a.on_item = ItemRecord {
            completed: 2,
            learnt: 1,
            declined: 1,
        };
        let mut b = candidate(&declines, Region::Africa, 0, 0);
        b.on_item = ItemRecord {
            completed: 0,
            learnt: 0,
            declined: 2,
        };
        let c = candidate(&fresh, Region::Africa, 0, 0);
        let m = matches_for_need(&seeker, &code("digital-advocacy"), &[b, c, a], 10);
        // Two completed with one written up, one declined: 4·2 + 2 − 3 = +7;
        // two declined: −6; nothing known: 0.
        assert_eq!(
            m.iter().map(|m| m.org).collect::<Vec<_>>(),
            vec![proven.org, fresh.org, declines.org]
        );
        assert_eq!(m[0].score - m[1].score, 7);
        assert_eq!(m[1].score - m[2].score, 6);
        let tail = &m[0].reasons[m[0].reasons.len() - 3..];
        assert_eq!(
            tail,
            &[
                Reason::CompletedOnItem(2),
                Reason::LearntOnItem(1),
                Reason::DeclinedOnItem(1)
            ]
        );
        assert!(m[2].reasons.contains(&Reason::DeclinedOnItem(2)));
        assert!(!m[1]
            .reasons
            .iter()
            .any(|r| matches!(r, Reason::CompletedOnItem(_) | Reason::DeclinedOnItem(_))));
        // The record is bounded: many declines cost no more than three.
        assert_eq!(
            item_record_score(ItemRecord {
                completed: 0,
                learnt: 0,
                declined: 50
            }),
            -9
        );
        assert_eq!(
            item_record_score(ItemRecord {
                completed: 9,
                learnt: 9,
                declined: 0
            }),
            18
        );
    }

    fn arb_locales() -> impl Strategy<Value = Vec<Locale>> {
        proptest::sample::subsequence(Locale::ALL.to_vec(), 0..=5)
    }

    fn arb_region() -> impl Strategy<Value = Region> {
        proptest::sample::select(Region::ALL.to_vec())
    }

    #[derive(Debug, Clone)]
    struct Spec {
        level: u8,
        evidence: bool,
        langs: Vec<Locale>,
        willing: bool,
        region: Region,
        tz: i32,
        open: u32,
        done: u32,
        on_item: ItemRecord,
        is_seeker: bool,
    }

    fn arb_spec() -> impl Strategy<Value = Spec> {
        (
            0u8..=3,
            any::<bool>(),
            arb_locales(),
            any::<bool>(),
            arb_region(),
            -11i32..=12,
            0u32..4,
            0u32..6,
            (0u32..5, 0u32..5, 0u32..5),
            proptest::bool::weighted(0.1),
        )
            .prop_map(
                |(level, evidence, langs, willing, region, tz, open, done, item, is_seeker)| Spec {
                    level,
                    evidence,
                    langs,
                    willing,
                    region,
                    tz,
                    open,
                    done,
                    // Learnt is a part of completed.
                    on_item: ItemRecord {
                        completed: item.0,
                        learnt: item.1.min(item.0),
                        declined: item.2,
                    },
                    is_seeker,
                },
            )
    }

    proptest! {
        #[test]
        fn matches_hold_only_true_facts(specs in proptest::collection::vec(arb_spec(), 0..25), seeker_langs in arb_locales(), seeker_region in arb_region(), seeker_tz in -11i32..=12, limit in 0usize..30) {
            let seeker = Seeker { org: OrgId::new(), region: seeker_region, utc_offset_hours: seeker_tz, languages: seeker_langs.clone() };
            let profiles: Vec<CapacityProfile> = specs.iter().map(|s| {
                let org = if s.is_seeker { seeker.org } else { OrgId::new() };
                profile(org, s.level, if s.evidence { "evidence" } else { " " }, &s.langs, s.willing)
            }).collect();
            let cands: Vec<Candidate> = profiles.iter().zip(&specs).map(|(p, s)| Candidate {
                org: p.org, region: s.region, utc_offset_hours: s.tz, profile: p,
                open_exchanges: s.open, completed_exchanges: s.done, completed_with_seeker: s.done / 2,
                on_item: s.on_item,
            }).collect();
            let need = code("digital-advocacy");
            let got = matches_for_need(&seeker, &need, &cands, limit);
            prop_assert!(got.len() <= limit);
            for m in &got {
                // Never the seeker itself, never someone who cannot or will not help.
                prop_assert_ne!(m.org, seeker.org);
                let c = cands.iter().find(|c| c.org == m.org).unwrap();
                prop_assert!(c.profile.rating(&need).unwrap().share && c.profile.level(&need).can_support());
                for r in &m.reasons {
                    match r {
                        Reason::Strength(l) => prop_assert_eq!(*l, c.profile.level(&need)),
                        Reason::Evidence(text) => prop_assert!(!text.is_empty() && *text == c.profile.rating(&need).unwrap().evidence.trim()),
                        Reason::SharedLanguages(ls) => {
                            prop_assert!(!ls.is_empty());
                            for l in ls { prop_assert!(seeker.languages.contains(l) && c.profile.languages.contains(l)); }
                        }
                        Reason::SameRegion(reg) => prop_assert!(*reg == seeker.region && *reg == c.region),
                        Reason::OfficeHoursOverlap(h) => prop_assert!(*h > 0 && *h == office_hours_overlap(seeker.utc_offset_hours, c.utc_offset_hours)),
                        Reason::PastExchanges(n) => prop_assert!(*n > 0 && *n == c.completed_exchanges),
                        Reason::WorkedTogether(n) => prop_assert!(*n > 0 && *n == c.completed_with_seeker),
                        Reason::Busy(n) => prop_assert!(*n > 0 && *n == c.open_exchanges),
                        Reason::CompletedOnItem(n) => prop_assert!(*n > 0 && *n == c.on_item.completed),
                        Reason::LearntOnItem(n) => prop_assert!(*n > 0 && *n == c.on_item.learnt),
                        Reason::DeclinedOnItem(n) => prop_assert!(*n > 0 && *n == c.on_item.declined),
                    }
                }
            }
            // Best first.
            prop_assert!(got.windows(2).all(|w| w[0].score >= w[1].score));
            // The order does not depend on the order candidates come in.
            let mut reversed = cands.clone();
            reversed.reverse();
            prop_assert_eq!(matches_for_need(&seeker, &need, &reversed, limit), got.clone());
            // The quick score used for ranking is the score the reasons explain.
            for c in &cands {
                prop_assert_eq!(score_only(&seeker, &need, c), assess(&seeker, &need, c).map(|m| m.score));
            }
        }
    }
}
