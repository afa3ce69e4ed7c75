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
}
