//! A cookie-keeping client that drives the router in process (no TCP) and
//! adds the CSRF token to forms, as a browser with the page open would.

use axum::body::Body;
use axum::http::{header, Request};
use std::collections::BTreeMap;
use tower::ServiceExt;

#[derive(Debug)]
pub struct Resp {
    pub status: u16,
    pub location: Option<String>,
    pub headers: axum::http::HeaderMap,
    pub body: String,
}

impl Resp {
    pub fn contains(&self, s: &str) -> bool {
        self.body.contains(s)
    }
}

pub struct Client {
    router: axum::Router,
    pub cookies: BTreeMap<String, String>,
    /// Sent as Accept-Language.
    pub accept_language: Option<String>,
}

impl Client {
    pub fn new(router: axum::Router) -> Client {
        Client {
            router,
            cookies: BTreeMap::new(),
            accept_language: None,
        }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    async fn send(&mut self, req: Request<Body>) -> Resp {
        let res = self
            .router
            .clone()
            .oneshot(req)
            .await
            .expect("router answers");
        for v in res.headers().get_all(header::SET_COOKIE) {
            if let Ok(c) = cookie::Cookie::parse(v.to_str().unwrap_or("").to_string()) {
                let expired = c.max_age().is_some_and(|a| a.is_zero() || a.is_negative())
                    || c.value().is_empty();
                if expired {
                    self.cookies.remove(c.name());
                } else {
                    self.cookies
                        .insert(c.name().to_string(), c.value().to_string());
                }
            }
        }
        let status = res.status().as_u16();
        let location = res
            .headers()
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let headers = res.headers().clone();
        let bytes = axum::body::to_bytes(res.into_body(), 16 * 1024 * 1024)
            .await
            .expect("body");
        Resp {
            status,
            location,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }

    fn builder(&self, method: &str, path: &str) -> axum::http::request::Builder {
        let mut b = Request::builder()
            .method(method)
            .uri(path)
            .header(header::HOST, "minga.test");
        if !self.cookies.is_empty() {
            b = b.header(header::COOKIE, self.cookie_header());
        }
        if let Some(al) = &self.accept_language {
            b = b.header(header::ACCEPT_LANGUAGE, al.as_str());
        }
        b
    }

    pub async fn get(&mut self, path: &str) -> Resp {
        let req = self
            .builder("GET", path)
            .body(Body::empty())
            .expect("request");
        self.send(req).await
    }

    /// Posts a form with this client's CSRF token (fetching a page first if
    /// the client has none yet).
    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Resp {
        let token = self.csrf_token().await;
        let mut all: Vec<(&str, &str)> = vec![("csrf", token.as_str())];
        all.extend_from_slice(fields);
        self.post_raw(path, &all).await
    }

    /// This client's CSRF token, fetching a page first if it has none yet.
    async fn csrf_token(&mut self) -> String {
        if !self.cookies.contains_key(minga_web::CSRF_COOKIE) {
            self.get("/login").await;
        }
        self.cookies
            .get(minga_web::CSRF_COOKIE)
            .cloned()
            .unwrap_or_default()
    }

    /// Posts exactly these fields (no CSRF token added).
    pub async fn post_raw(&mut self, path: &str, fields: &[(&str, &str)]) -> Resp {
        let body = serde_urlencoded::to_string(fields).expect("form");
        let req = self
            .builder("POST", path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .expect("request");
        self.send(req).await
    }

    /// Posts a `multipart/form-data` form (one with file inputs), CSRF token first.
    pub async fn post_multipart(&mut self, path: &str, fields: &[(&str, &str)]) -> Resp {
        self.post_files(path, fields, &[]).await
    }

    /// Posts a multipart form with files: `(input name, file name, bytes)`.
    pub async fn post_files(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        files: &[(&str, &str, &[u8])],
    ) -> Resp {
        let token = self.csrf_token().await;
        let boundary = "----mingatestboundary7MA4YWxkTrZu0gW";
        let mut body: Vec<u8> = Vec::new();
        let mut part = |headers: String, content: &[u8]| {
            body.extend_from_slice(format!("--{boundary}\r\n{headers}\r\n\r\n").as_bytes());
            body.extend_from_slice(content);
            body.extend_from_slice(b"\r\n");
        };
        part(
            "Content-Disposition: form-data; name=\"csrf\"".into(),
            token.as_bytes(),
        );
        for (name, value) in fields {
            part(
                format!("Content-Disposition: form-data; name=\"{name}\""),
                value.as_bytes(),
            );
        }
        for (name, file_name, bytes) in files {
            part(
                format!(
                    "Content-Disposition: form-data; name=\"{name}\"; filename=\"{file_name}\"\r\nContent-Type: application/octet-stream"
                ),
                bytes,
            );
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        let req = self
            .builder("POST", path)
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={boundary}"),
            )
            .body(Body::from(body))
            .expect("request");
        self.send(req).await
    }

    /// Fetches raw bytes (downloads), with extra request headers.
    pub async fn get_bytes(
        &mut self,
        path: &str,
        headers: &[(&str, &str)],
    ) -> (u16, axum::http::HeaderMap, Vec<u8>) {
        let mut b = self.builder("GET", path);
        for (k, v) in headers {
            b = b.header(*k, *v);
        }
        let res = self
            .router
            .clone()
            .oneshot(b.body(Body::empty()).expect("request"))
            .await
            .expect("router answers");
        let status = res.status().as_u16();
        let headers = res.headers().clone();
        let bytes = axum::body::to_bytes(res.into_body(), 64 * 1024 * 1024)
            .await
            .expect("body");
        (status, headers, bytes.to_vec())
    }

    pub async fn login(&mut self, email: &str, password: &str) -> Resp {
        self.post("/login", &[("email", email), ("password", password)])
            .await
    }
}
