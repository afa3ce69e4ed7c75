//! One fresh database per test.

use sqlx::{Connection, Executor};

pub struct TestDb {
    pub dir: tempfile::TempDir,
    /// `None` means SQLite in `dir`.
    pub url: Option<String>,
    admin: Option<(String, String)>,
}

impl TestDb {
    pub async fn new() -> TestDb {
        let dir = tempfile::tempdir().expect("temp dir");
        let Ok(admin_url) = std::env::var("MINGA_TEST_DATABASE_URL") else {
            return TestDb {
                dir,
                url: None,
                admin: None,
            };
        };
        sqlx::any::install_default_drivers();
        let name = format!("minga_t_{}", uuid::Uuid::new_v4().simple());
        let mut conn = sqlx::AnyConnection::connect(&admin_url)
            .await
            .expect("connect to MINGA_TEST_DATABASE_URL");
        conn.execute(format!("CREATE DATABASE {name}").as_str())
            .await
            .expect("create test database");
        let _ = conn.close().await;
        let mut url = url::Url::parse(&admin_url).expect("MINGA_TEST_DATABASE_URL is a URL");
        url.set_path(&format!("/{name}"));
        TestDb {
            dir,
            url: Some(url.to_string()),
            admin: Some((admin_url, name)),
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let Some((admin, name)) = self.admin.take() else {
            return;
        };
        // Drop runs outside async; a short-lived runtime on its own thread
        // removes the database (FORCE closes the pool's connections).
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build();
            if let Ok(rt) = rt {
                rt.block_on(async {
                    if let Ok(mut c) = sqlx::AnyConnection::connect(&admin).await {
                        let _ = c
                            .execute(
                                format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)").as_str(),
                            )
                            .await;
                        let _ = c.close().await;
                    }
                });
            }
        })
        .join();
    }
}
