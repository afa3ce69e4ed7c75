//! How failed password checks slow an account down.
//!
//! A lock-out (no attempt for 15 minutes after 5 failures) lets any stranger
//! who knows an address keep its owner out. Instead, each failure past a few
//! free ones makes the account wait a little longer before the next check,
//! doubling up to a short ceiling: guessing stays slow (one try a minute at
//! best), while the owner waits at most a minute, told for how long.

/// Failures in a row that cost nothing (typos).
pub const FREE_FAILURES: i64 = 5;
/// The wait after the first failure past the free ones; each further
/// failure doubles it …
pub const FIRST_WAIT_MS: i64 = 2_000;
/// … up to this.
pub const MAX_WAIT_MS: i64 = 60_000;
/// A streak of failures is forgotten after this long without one.
pub const MEMORY_MS: i64 = 15 * 60 * 1000;

/// How long the account waits after `failures` failures in a row, in ms.
pub fn wait_after(failures: i64) -> i64 {
    if failures < FREE_FAILURES {
        return 0;
    }
    // Capped before shifting, so a long streak cannot overflow.
    let doublings = (failures - FREE_FAILURES).min(20) as u32;
    (FIRST_WAIT_MS << doublings).min(MAX_WAIT_MS)
}

/// Whole seconds (rounded up) until the next check is allowed, given the
/// streak (its length and the time of its latest failure, ms) and the time
/// now; `None` when a check may run now.
pub fn seconds_left(streak: Option<(i64, i64)>, now: i64) -> Option<u64> {
    let (failures, latest) = streak?;
    let left = latest + wait_after(failures) - now;
    (left > 0).then(|| (left as u64).div_ceil(1000))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_doubles_from_the_sixth_failure_up_to_a_minute() {
        let waits: Vec<i64> = (0..=12).map(wait_after).collect();
        assert_eq!(
            waits,
            [0, 0, 0, 0, 0, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000]
        );
        assert_eq!(wait_after(i64::MAX), MAX_WAIT_MS);
    }

    #[test]
    fn seconds_left_round_up_and_end() {
        assert_eq!(seconds_left(None, 10_000), None);
        assert_eq!(seconds_left(Some((4, 10_000)), 10_000), None);
        assert_eq!(seconds_left(Some((5, 10_000)), 10_000), Some(2));
        assert_eq!(seconds_left(Some((5, 10_000)), 10_001), Some(2));
        assert_eq!(seconds_left(Some((5, 10_000)), 11_000), Some(1));
        assert_eq!(seconds_left(Some((5, 10_000)), 11_999), Some(1));
        assert_eq!(seconds_left(Some((5, 10_000)), 12_000), None);
        assert_eq!(seconds_left(Some((30, 10_000)), 10_000), Some(60));
    }
}
