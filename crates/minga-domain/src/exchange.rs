//! Peer exchanges: a member asks another for support with a need; the other
//! side accepts or declines; both record what came of it.
//!
//! requested → agreed → in progress → completed, or requested → declined.
//! Either side may complete an agreed exchange directly (short exchanges
//! never need an "in progress" step).

use crate::capacity::ItemCode;
use crate::{ExchangeId, OrgId};
use chrono::{DateTime, Utc};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExchangeStatus {
    Requested,
    Agreed,
    InProgress,
    Completed,
    Declined,
}

impl ExchangeStatus {
    pub const ALL: [ExchangeStatus; 5] = [
        ExchangeStatus::Requested,
        ExchangeStatus::Agreed,
        ExchangeStatus::InProgress,
        ExchangeStatus::Completed,
        ExchangeStatus::Declined,
    ];
    pub fn code(self) -> &'static str {
        match self {
            ExchangeStatus::Requested => "requested",
            ExchangeStatus::Agreed => "agreed",
            ExchangeStatus::InProgress => "in_progress",
            ExchangeStatus::Completed => "completed",
            ExchangeStatus::Declined => "declined",
        }
    }
    pub fn parse(s: &str) -> Option<ExchangeStatus> {
        ExchangeStatus::ALL.into_iter().find(|x| x.code() == s)
    }
    pub fn label_key(self) -> String {
        format!("exchange-status-{}", self.code().replace('_', "-"))
    }
    pub fn is_open(self) -> bool {
        matches!(
            self,
            ExchangeStatus::Requested | ExchangeStatus::Agreed | ExchangeStatus::InProgress
        )
    }
}

/// Which side of an exchange someone is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Seeker,
    Helper,
}

/// What a side may do next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Accept,
    Decline,
    Start,
    Complete,
}

impl Step {
    pub const ALL: [Step; 4] = [Step::Accept, Step::Decline, Step::Start, Step::Complete];
    /// The button's words: the translation key.
    pub fn label_key(self) -> &'static str {
        match self {
            Step::Accept => "exchange-step-accept",
            Step::Decline => "exchange-step-decline",
            Step::Start => "exchange-step-start",
            Step::Complete => "exchange-step-complete",
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            Step::Accept => "accept",
            Step::Decline => "decline",
            Step::Start => "start",
            Step::Complete => "complete",
        }
    }
    pub fn parse(s: &str) -> Option<Step> {
        [Step::Accept, Step::Decline, Step::Start, Step::Complete]
            .into_iter()
            .find(|x| x.code() == s)
    }
}

/// The status after `step` taken by `side`, or `None` when it is not allowed.
pub fn next_status(current: ExchangeStatus, side: Side, step: Step) -> Option<ExchangeStatus> {
    use ExchangeStatus::*;
    match (current, side, step) {
        (Requested, Side::Helper, Step::Accept) => Some(Agreed),
        (Requested, Side::Helper, Step::Decline) => Some(Declined),
        (Agreed, _, Step::Start) => Some(InProgress),
        (Agreed | InProgress, _, Step::Complete) => Some(Completed),
        _ => None,
    }
}

/// The steps `side` may take now.
pub fn steps(current: ExchangeStatus, side: Side) -> Vec<Step> {
    [Step::Accept, Step::Decline, Step::Start, Step::Complete]
        .into_iter()
        .filter(|s| next_status(current, side, *s).is_some())
        .collect()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exchange {
    pub id: ExchangeId,
    pub item: ItemCode,
    pub seeker: OrgId,
    pub helper: OrgId,
    pub status: ExchangeStatus,
    pub message: String,
    pub reply: String,
    pub seeker_outcome: String,
    pub helper_outcome: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Exchange {
    pub fn side_of(&self, org: OrgId) -> Option<Side> {
        if org == self.seeker {
            Some(Side::Seeker)
        } else if org == self.helper {
            Some(Side::Helper)
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ExchangeStatus::*;

    #[test]
    fn only_the_helper_answers_a_request() {
        assert_eq!(
            next_status(Requested, Side::Helper, Step::Accept),
            Some(Agreed)
        );
        assert_eq!(
            next_status(Requested, Side::Helper, Step::Decline),
            Some(Declined)
        );
        assert_eq!(next_status(Requested, Side::Seeker, Step::Accept), None);
        assert_eq!(next_status(Requested, Side::Seeker, Step::Complete), None);
    }

    #[test]
    fn either_side_moves_an_agreed_exchange_on() {
        for side in [Side::Seeker, Side::Helper] {
            assert_eq!(next_status(Agreed, side, Step::Start), Some(InProgress));
            assert_eq!(
                next_status(InProgress, side, Step::Complete),
                Some(Completed)
            );
            assert_eq!(next_status(Agreed, side, Step::Complete), Some(Completed));
        }
    }

    #[test]
    fn finished_exchanges_stay_finished() {
        for s in [Completed, Declined] {
            for side in [Side::Seeker, Side::Helper] {
                assert!(steps(s, side).is_empty(), "{s:?}");
                assert!(!s.is_open());
            }
        }
        assert_eq!(
            steps(Requested, Side::Helper),
            vec![Step::Accept, Step::Decline]
        );
    }

    /// Every status × side × step, written out: what is not listed is refused.
    #[test]
    fn the_whole_state_machine() {
        use Side::{Helper as H, Seeker as S};
        use Step::*;
        let allowed = [
            (Requested, H, Accept, Agreed),
            (Requested, H, Decline, Declined),
            (Agreed, S, Start, InProgress),
            (Agreed, H, Start, InProgress),
            (Agreed, S, Complete, Completed),
            (Agreed, H, Complete, Completed),
            (InProgress, S, Complete, Completed),
            (InProgress, H, Complete, Completed),
        ];
        let mut checked = 0;
        for current in ExchangeStatus::ALL {
            for side in [S, H] {
                for step in [Accept, Decline, Start, Complete] {
                    let want = allowed
                        .iter()
                        .find(|(c, s, st, _)| *c == current && *s == side && *st == step)
                        .map(|row| row.3);
                    assert_eq!(
                        next_status(current, side, step),
                        want,
                        "{current:?} {side:?} {step:?}"
                    );
                    checked += 1;
                }
            }
        }
        assert_eq!(checked, 40);
        assert!(Requested.is_open() && Agreed.is_open() && InProgress.is_open());
        assert_eq!(steps(Requested, S), vec![]);
        assert_eq!(steps(Agreed, S), vec![Start, Complete]);
        assert_eq!(steps(InProgress, H), vec![Complete]);
    }

    #[test]
    fn codes_and_sides() {
        for s in ExchangeStatus::ALL {
            assert_eq!(ExchangeStatus::parse(s.code()), Some(s));
        }
        assert_eq!(ExchangeStatus::parse("nope"), None);
        assert_eq!(InProgress.label_key(), "exchange-status-in-progress");
        for st in [Step::Accept, Step::Decline, Step::Start, Step::Complete] {
            assert_eq!(Step::parse(st.code()), Some(st));
        }
        assert_eq!(Step::parse("finish"), None);
        let (a, b) = (OrgId::new(), OrgId::new());
        let ex = Exchange {
            id: ExchangeId::new(),
            item: ItemCode::parse("digital-advocacy").unwrap(),
            seeker: a,
            helper: b,
            status: Requested,
            message: String::new(),
            reply: String::new(),
            seeker_outcome: String::new(),
            helper_outcome: String::new(),
            created_at: Utc::now(),
            updated_at: Utc::now(),
        };
        assert_eq!(ex.side_of(a), Some(Side::Seeker));
        assert_eq!(ex.side_of(b), Some(Side::Helper));
        assert_eq!(ex.side_of(OrgId::new()), None);
    }
}
