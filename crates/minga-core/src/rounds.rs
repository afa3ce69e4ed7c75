//! Mapping rounds as the Secretariat follows them: the list, one round's
//! progress, closing.

use crate::{Core, CoreError, Result};
use chrono::{DateTime, Utc};
use minga_domain::capacity::{MappingRound, RoundEntry};
use minga_domain::{can, Action, Resource, RoundId, User};

impl Core {
    /// `Forbidden` unless the actor runs the network (the Secretariat's
    /// pages: rounds, the taxonomy).
    pub fn require_administer(&self, actor: &User) -> Result<()> {
        if can(Some(&actor.actor()), Action::Administer, Resource::Network) {
            Ok(())
        } else {
            Err(CoreError::Forbidden)
        }
    }

    /// Every round, newest first (the Secretariat's list; the map's choice
    /// of rounds for every member).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn rounds(&self) -> Result<Vec<MappingRound>> {
        Ok(self.store.rounds().await?)
    }

    /// One round and where each organisation it asks stands.
    #[tracing::instrument(skip_all)]
    pub async fn round_progress(
        &self,
        actor: &User,
        id: RoundId,
    ) -> Result<(MappingRound, Vec<RoundEntry>)> {
        self.require_administer(actor)?;
        let round = self.store.round(id).await?;
        let entries = self.store.round_entries(id).await?;
        Ok((round, entries))
    }

    /// Closes a round: profiles are no longer asked for.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn close_round(&self, actor: &User, id: RoundId, now: DateTime<Utc>) -> Result<()> {
        self.require_administer(actor)?;
        Ok(self.store.close_round(id, now.timestamp_millis()).await?)
    }
}
