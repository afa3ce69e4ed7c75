use minga_testkit::TestApp;
use tower::ServiceExt;

#[tokio::test]
async fn metrics_count_requests_by_route_and_read_gauges() {
    let app = TestApp::with_demo(5).await;
    let mut c = app.signed_in("member@demo.minga.test").await;
    let member = app.user("member@demo.minga.test").await;
    let org = app.store().org_by_id(member.org_id).await.unwrap();
    for _ in 0..3 {
        assert_eq!(c.get(&format!("/orgs/{}", org.slug)).await.status, 200);
    }
    assert_eq!(c.get("/no-such-page").await.status, 404);
    // The metrics router answers on its own address; here, in process.
    let res = minga_web::metrics::router(app.state.clone())
        .oneshot(
            axum::http::Request::get("/metrics")
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert!(res.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("application/openmetrics-text"));
    let body = axum::body::to_bytes(res.into_body(), 1 << 20)
        .await
        .unwrap();
    let text = String::from_utf8(body.to_vec()).unwrap();
    // Routes are labelled by pattern, never by the URL itself.
    assert!(
        text.contains(
            r#"minga_http_requests_total{method="GET",route="/orgs/{slug}",status="200"} 3"#
        ),
        "{text}"
    );
    assert!(text.contains(r#"route="other",status="404""#));
    assert!(text.contains("minga_http_request_duration_seconds_bucket"));
    assert!(text.contains("minga_change_log_seq "));
    assert!(text.contains("minga_jobs_pending "));
    assert!(text.trim_end().ends_with("# EOF"));
}
