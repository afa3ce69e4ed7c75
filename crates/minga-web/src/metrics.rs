//! `/metrics` in Prometheus (OpenMetrics) text: requests by route and status,
//! their latency, and a few gauges read at scrape time. Served on its own
//! address (`--metrics-listen`), never on the public one.

use crate::AppState;
use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::Registry;
use std::time::Instant;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    method: String,
    route: String,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    route: String,
}

type Latency = Family<RouteLabels, Histogram, fn() -> Histogram>;

fn latency_histogram() -> Histogram {
    // 0.25 ms to about 4 s.
    Histogram::new(exponential_buckets(0.000_25, 2.0, 15))
}

pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    latency: Latency,
    jobs_pending: Gauge,
    change_seq: Gauge,
}

impl Default for Metrics {
    fn default() -> Self {
        let mut registry = Registry::with_prefix("minga");
        let requests = Family::<RequestLabels, Counter>::default();
        let latency: Latency = Family::new_with_constructor(latency_histogram);
        let jobs_pending = Gauge::default();
        let change_seq = Gauge::default();
        registry.register(
            "http_requests",
            "HTTP requests answered, by route and status",
            requests.clone(),
        );
        registry.register(
            "http_request_duration_seconds",
            "Time to answer, by route",
            latency.clone(),
        );
        registry.register(
            "jobs_pending",
            "Jobs (mostly email) waiting in the jobs table",
            jobs_pending.clone(),
        );
        registry.register(
            "change_log_seq",
            "Newest change-log sequence number",
            change_seq.clone(),
        );
        Metrics {
            registry,
            requests,
            latency,
            jobs_pending,
            change_seq,
        }
    }
}

impl Metrics {
    fn record(&self, method: &str, route: &str, status: u16, seconds: f64) {
        self.requests
            .get_or_create(&RequestLabels {
                method: method.to_string(),
                route: route.to_string(),
                status,
            })
            .inc();
        self.latency
            .get_or_create(&RouteLabels {
                route: route.to_string(),
            })
            .observe(seconds);
    }

    /// The metrics as OpenMetrics text.
    pub fn render(&self) -> String {
        let mut out = String::new();
        // Writing to a String cannot fail.
        let _ = prometheus_client::encoding::text::encode(&mut out, &self.registry);
        out
    }
}

/// The route a request matched (its pattern, e.g. `/orgs/{slug}`), passed out
/// to `measure` so labels stay few whatever the URLs.
#[derive(Clone)]
pub(crate) struct RouteTag(pub(crate) String);

/// Inner layer (on matched routes only): tags the response with its route.
pub async fn tag_route(req: Request, next: Next) -> Response {
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|m| m.as_str().to_string());
    let mut res = next.run(req).await;
    if let Some(r) = route {
        res.extensions_mut().insert(RouteTag(r));
    }
    res
}

/// Outer layer: counts and times every request.
pub async fn measure(State(st): State<AppState>, req: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = req.method().as_str().to_string();
    let res = next.run(req).await;
    let route = res
        .extensions()
        .get::<RouteTag>()
        .map(|t| t.0.as_str())
        // What matched no route (404s, static misses).
        .unwrap_or("other");
    st.metrics.record(
        &method,
        route,
        res.status().as_u16(),
        started.elapsed().as_secs_f64(),
    );
    res
}

/// GET /metrics on the metrics address.
async fn serve_metrics(State(st): State<AppState>) -> Response {
    if let Ok((jobs, seq)) = st.core.queue_figures().await {
        st.metrics.jobs_pending.set(jobs);
        st.metrics.change_seq.set(seq);
    }
    (
        [(
            axum::http::header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        st.metrics.render(),
    )
        .into_response()
}

/// The router for the metrics address.
pub fn router(state: AppState) -> axum::Router {
    axum::Router::new()
        .route("/metrics", axum::routing::get(serve_metrics))
        .with_state(state)
}
