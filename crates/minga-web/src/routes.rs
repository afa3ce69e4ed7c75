//! Every route the application answers, recorded as it is registered, so
//! the list of paths cannot drift from the router: a feature's `router()`
//! returns [`Routes`], and [`route_patterns`] is built by the very code that
//! builds the router. The integration test `routes.rs` asks the router which
//! of these answer GET and compares them with the browser harness's table of
//! pages (`e2e/routes.json`), so a new page cannot go unchecked.
//!
//! So add routes here or in a feature's `router()`, never with `Router::route`
//! on the finished router in `lib.rs`: the test would not see them.

use crate::AppState;
use axum::routing::{get, MethodRouter};
use axum::Router;

/// A router that remembers the path pattern of each route added to it.
pub struct Routes {
    router: Router<AppState>,
    patterns: Vec<&'static str>,
}

impl Routes {
    pub fn new() -> Routes {
        Routes {
            router: Router::new(),
            patterns: Vec::new(),
        }
    }

    /// Like [`Router::route`], and remembers `path`.
    pub fn route(mut self, path: &'static str, method_router: MethodRouter<AppState>) -> Routes {
        self.router = self.router.route(path, method_router);
        self.patterns.push(path);
        self
    }

    /// Like [`Router::merge`], keeping both lists of paths.
    pub fn merge(mut self, other: Routes) -> Routes {
        self.router = self.router.merge(other.router);
        self.patterns.extend(other.patterns);
        self
    }

    pub fn into_router(self) -> Router<AppState> {
        self.router
    }
}

impl Default for Routes {
    fn default() -> Self {
        Routes::new()
    }
}

/// Every route of the application, before the shared layers.
pub(crate) fn all() -> Routes {
    Routes::new()
        .merge(crate::home::router())
        .merge(crate::accounts::router())
        .merge(crate::orgs::router())
        .merge(crate::communities::router())
        .merge(crate::people::router())
        .merge(crate::capacity::router())
        .merge(crate::notifications::router())
        .merge(crate::discussions::router())
        .merge(crate::events::router())
        .merge(crate::files::router())
        .merge(crate::pictures::router())
        .merge(crate::media::router())
        .merge(crate::library::router())
        .merge(crate::practices::router())
        .merge(crate::kel::router())
        .route("/healthz", get(crate::healthz))
        .route("/static/{file}", get(crate::assets::serve))
}

/// The path pattern (`/orgs/{slug}`) of every route the router has, whatever
/// its methods, in the order they are registered.
pub fn route_patterns() -> Vec<&'static str> {
    all().patterns
}
