//! Peer exchanges: a member asks another for support with a need; the other
//! side accepts or declines; both record what came of it.
//!
//! requested → agreed → in progress → completed, or requested → declined,
//! or requested → withdrawn (the requesting side takes its request back
//! before it is answered). Either side may complete an agreed exchange
//! directly (short exchanges never need an "in progress" step).

use crate::capacity::ItemCode;
use crate::{ExchangeId, MessageId, OrgId, UserId};
use chrono::{DateTime, Utc};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExchangeStatus {
    Requested,
    Agreed,
    InProgress,
    Completed,
    Declined,
    Withdrawn,
}

impl ExchangeStatus {
    pub const ALL: [ExchangeStatus; 6] = [
        ExchangeStatus::Requested,
        ExchangeStatus::Agreed,
        ExchangeStatus::InProgress,
        ExchangeStatus::Completed,
        ExchangeStatus::Declined,
        ExchangeStatus::Withdrawn,
    ];
    pub fn code(self) -> &'static str {
        match self {
            ExchangeStatus::Requested => "requested",
            ExchangeStatus::Agreed => "agreed",
            ExchangeStatus::InProgress => "in_progress",
            ExchangeStatus::Completed => "completed",
            ExchangeStatus::Declined => "declined",
            ExchangeStatus::Withdrawn => "withdrawn",
        }
    }
    pub fn parse(s: &str) -> Option<ExchangeStatus> {
        ExchangeStatus::ALL.into_iter().find(|x| x.code() == s)
    }
    /// Its name, the one translation key used for this status everywhere
    /// (lists, the exchange's page, the matches, emails).
    pub fn label_key(self) -> &'static str {
        match self {
            ExchangeStatus::Requested => "exchange-status-requested",
            ExchangeStatus::Agreed => "exchange-status-agreed",
            ExchangeStatus::InProgress => "exchange-status-in-progress",
            ExchangeStatus::Completed => "exchange-status-completed",
            ExchangeStatus::Declined => "exchange-status-declined",
            ExchangeStatus::Withdrawn => "exchange-status-withdrawn",
        }
    }
    /// The key prefix of the email the other side gets when an exchange
    /// reaches this status (`…-subject`, `…-body`).
    pub fn email_key(self) -> String {
        format!("email-exchange-{}", self.code().replace('_', "-"))
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
    Withdraw,
}

impl Step {
    pub const ALL: [Step; 5] = [
        Step::Accept,
        Step::Decline,
        Step::Start,
        Step::Complete,
        Step::Withdraw,
    ];
    /// The button's words: the translation key.
    pub fn label_key(self) -> &'static str {
        match self {
            Step::Accept => "exchange-step-accept",
            Step::Decline => "exchange-step-decline",
            Step::Start => "exchange-step-start",
            Step::Complete => "exchange-step-complete",
            Step::Withdraw => "exchange-step-withdraw",
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            Step::Accept => "accept",
            Step::Decline => "decline",
            Step::Start => "start",
            Step::Complete => "complete",
            Step::Withdraw => "withdraw",
        }
    }
    pub fn parse(s: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|x| x.code() == s)
    }
}

/// The status after `step` taken by `side`, or `None` when it is not allowed.
pub fn next_status(current: ExchangeStatus, side: Side, step: Step) -> Option<ExchangeStatus> {
    use ExchangeStatus::*;
    match (current, side, step) {
        (Requested, Side::Helper, Step::Accept) => Some(Agreed),
        (Requested, Side::Helper, Step::Decline) => Some(Declined),
        (Requested, Side::Seeker, Step::Withdraw) => Some(Withdrawn),
        (Agreed, _, Step::Start) => Some(InProgress),
        (Agreed | InProgress, _, Step::Complete) => Some(Completed),
        _ => None,
    }
}

/// The steps `side` may take now, withdrawal included (pages show it apart,
/// behind a confirmation).
pub fn steps(current: ExchangeStatus, side: Side) -> Vec<Step> {
    Step::ALL
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
    /// Who asked (none for requests older than this record).
    pub requested_by: Option<UserId>,
    /// Who accepted or declined it.
    pub answered_by: Option<UserId>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A message in an exchange's thread, with its author's name and
/// organisation as they are now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExchangeMessage {
    pub id: MessageId,
    pub author: UserId,
    pub author_name: String,
    pub org: OrgId,
    pub org_name: String,
    /// As written.
    pub body: String,
    /// Rendered from Markdown and sanitised when it was written.
    pub body_html: String,
    pub created_at: DateTime<Utc>,
}

/// A person taking part in an exchange, with how to reach them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    pub id: UserId,
    pub name: String,
    pub email: String,
    pub org: OrgId,
}

/// Which exchanges the Secretariat's list shows; each filter left empty
/// lets every exchange through. A region or group matches either side.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExchangeFilter {
    pub status: Option<ExchangeStatus>,
    pub region: Option<crate::Region>,
    pub group: Option<crate::Group>,
    pub item: Option<ItemCode>,
}

/// An exchange in a list, with the names of its two organisations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExchangeSummary {
    pub exchange: Exchange,
    pub seeker_name: String,
    pub helper_name: String,
}

/// An open request an organisation has made: to whom, about what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenRequest {
    pub id: ExchangeId,
    pub helper: OrgId,
    pub item: ItemCode,
    pub status: ExchangeStatus,
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
    fn only_the_requester_withdraws_and_only_an_unanswered_request() {
        assert_eq!(
            next_status(Requested, Side::Seeker, Step::Withdraw),
            Some(Withdrawn)
        );
        assert_eq!(next_status(Requested, Side::Helper, Step::Withdraw), None);
        for s in [Agreed, InProgress, Completed, Declined, Withdrawn] {
            for side in [Side::Seeker, Side::Helper] {
                assert_eq!(next_status(s, side, Step::Withdraw), None, "{s:?}");
            }
        }
        assert!(!Withdrawn.is_open());
        // Once withdrawn, the helper can no longer answer.
        assert_eq!(next_status(Withdrawn, Side::Helper, Step::Accept), None);
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
        for s in [Completed, Declined, Withdrawn] {
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
            (Requested, S, Withdraw, Withdrawn),
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
                for step in Step::ALL {
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
        assert_eq!(checked, 6 * 2 * 5);
        assert!(Requested.is_open() && Agreed.is_open() && InProgress.is_open());
        assert_eq!(steps(Requested, S), vec![Withdraw]);
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
        for st in Step::ALL {
            assert_eq!(Step::parse(st.code()), Some(st));
        }
        // One key per status, each distinct.
        let keys: std::collections::HashSet<_> =
            ExchangeStatus::ALL.iter().map(|s| s.label_key()).collect();
        assert_eq!(keys.len(), ExchangeStatus::ALL.len());
        assert_eq!(Withdrawn.email_key(), "email-exchange-withdrawn");
        assert_eq!(InProgress.email_key(), "email-exchange-in-progress");
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
            requested_by: None,
            answered_by: None,
            created_at: Utc::now(),
            updated_at: Utc::now(),
        };
        assert_eq!(ex.side_of(a), Some(Side::Seeker));
        assert_eq!(ex.side_of(b), Some(Side::Helper));
        assert_eq!(ex.side_of(OrgId::new()), None);
    }
}
