//! Who a session cookie belongs to, kept in memory: every page a signed-in
//! person asks for starts with this question, and asking the database each
//! time costs more than serving a kept page. An entry is believed while the
//! versions of people and of sessions are the ones it was read at (a
//! sign-out, a password change or an edit of the person moves them) and
//! the session has not expired.

use crate::versions::Versions;
use crate::{tokens, Core, Result};
use minga_domain::{Entity, User};
use minga_store::StoreError;

/// What a kept session depends on: the person, the session, and their
/// organisation (archiving one ends its people's sessions).
const DEPS: &[Entity] = &[Entity::User, Entity::Session, Entity::Org];
/// Sessions kept per app server; the least used go first.
const KEPT: usize = 50_000;

#[derive(Clone)]
struct Kept {
    user: Option<User>,
    expires_ms: i64,
    version: i64,
}

pub(crate) struct SessionCache {
    by_hash: quick_cache::sync::Cache<String, Kept>,
}

impl Default for SessionCache {
    fn default() -> Self {
        SessionCache {
            by_hash: quick_cache::sync::Cache::new(KEPT),
        }
    }
}

impl Core {
    /// The person a session token belongs to, if the session is live.
    /// `at` must have been read after the request arrived (`Core::versions`).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn session_user(&self, token: &str, at: &Versions) -> Result<Option<User>> {
        let hash = tokens::hash(token);
        let version = at.of(DEPS);
        let now = chrono::Utc::now().timestamp_millis();
        if let Some(k) = self.sessions.by_hash.get(&hash) {
            if k.version == version && now < k.expires_ms {
                return Ok(k.user);
            }
        }
        let kept = match self.store.session_user(&hash).await {
            Ok((user, expires_ms)) => Kept {
                user: Some(user),
                expires_ms,
                version,
            },
            // An unknown token is remembered too, so a stale cookie costs one
            // read per change rather than one per request.
            Err(StoreError::NotFound) => Kept {
                user: None,
                expires_ms: i64::MAX,
                version,
            },
            Err(e) => return Err(e.into()),
        };
        let user = kept.user.clone();
        self.sessions.by_hash.insert(hash, kept);
        Ok(user)
    }
}
