//! The `minga` command: serve the hub, fill it with demo data, run
//! migrations, and the Secretariat's first invitation.

mod config;

use anyhow::Context;
use clap::Parser;
use config::{AdminCommand, Cli, Command, ServerArgs};
use minga_core::{demo, Core, Mailer, Settings};
use minga_store::Store;
use std::time::{Duration, Instant};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("MINGA_LOG")
                .unwrap_or_else(|_| "info,sqlx=warn".into()),
        )
        .with_writer(std::io::stderr)
        // With MINGA_LOG=info,minga_core=debug,minga_store=debug every use
        // case and store call closes with its time: where a slow request went.
        .with_span_events(tracing_subscriber::fmt::format::FmtSpan::CLOSE)
        .init();
    config::warn_unknown_env();
    match cli.command {
        Command::Serve(args) => serve(args, None).await,
        Command::Demo {
            server,
            demo_password,
        } => serve(server, Some(demo_password)).await,
        Command::Migrate { server } => {
            open(&server).await?;
            tracing::info!("database is up to date");
            Ok(())
        }
        Command::Admin { server, command } => admin(server, command).await,
        Command::Generate {
            server,
            orgs,
            users,
            communities,
            posts,
            resources,
            practices,
            consultation_questions,
            password,
        } => {
            let core = open(&server).await?;
            if core.has_data().await? {
                anyhow::bail!("the database already holds data; generate into an empty data folder or database");
            }
            let t = Instant::now();
            core.seed_demo(demo::Size { orgs, users }, &password)
                .await?;
            if communities > 0 {
                let ids = core.seed_bench_communities(communities).await?;
                core.seed_bench_posts(&ids, posts).await?;
            }
            core.seed_bench_resources(resources).await?;
            core.seed_bench_practices(practices).await?;
            if let Some(id) = core.seed_bench_consultation(consultation_questions).await? {
                // The command's output, for the benchmark to read.
                #[allow(clippy::print_stdout)]
                {
                    println!("consultation {id}");
                }
            }
            core.refresh_statistics().await?;
            tracing::info!(
                communities,
                resources,
                practices,
                orgs,
                users,
                seconds = t.elapsed().as_secs_f64(),
                "generated network"
            );
            Ok(())
        }
    }
}

async fn open(args: &ServerArgs) -> anyhow::Result<Core> {
    std::fs::create_dir_all(&args.data_dir)
        .with_context(|| format!("creating {}", args.data_dir.display()))?;
    let store = Store::open(args.database_url.as_deref(), &args.data_dir)
        .await
        .with_context(|| "opening the database")?;
    let mailer = match &args.smtp_url {
        Some(url) => Mailer::smtp(url, &args.mail_from)?,
        None => Mailer::outbox(args.data_dir.join("outbox"), &args.mail_from)?,
    };
    let settings = Settings {
        base_url: args
            .base_url
            .clone()
            .unwrap_or_else(|| format!("http://{}", args.listen)),
        mail_from: args.mail_from.clone(),
        network_name: args.network_name.clone(),
        max_upload_bytes: args.max_upload_mb.saturating_mul(1_000_000),
        time_zone: minga_domain::TimeZone::parse(&args.time_zone).map_err(|_| {
            anyhow::anyhow!(
                "--time-zone {:?} is not a time zone name (try Africa/Nairobi or UTC)",
                args.time_zone
            )
        })?,
        org_quota_bytes: args.org_quota_mb.saturating_mul(1_000_000),
        max_media_bytes: args.max_media_mb.saturating_mul(1_000_000),
        ffmpeg: args.ffmpeg.clone(),
        pdftoppm: args.pdftoppm.clone(),
    };
    let blobs = match &args.blobs_url {
        Some(url) => minga_core::Blobs::from_url(url)?,
        None => minga_core::Blobs::local(&args.data_dir.join("files"))?,
    };
    let core = Core::new(store, blobs, mailer, settings);
    core.ensure_taxonomy().await?;
    core.refresh_org_keys().await?;
    Ok(core)
}

async fn serve(args: ServerArgs, demo_password: Option<String>) -> anyhow::Result<()> {
    let started = Instant::now();
    let core = open(&args).await?;
    if let Some(password) = demo_password {
        if core.has_data().await? {
            tracing::info!("the database already holds a network: serving it as it is");
        } else {
            core.seed_demo(demo::Size::DEMO, &password).await?;
            tracing::info!("demo network created");
            // A short recording when ffmpeg is here; the demo starts without.
            match core.seed_demo_media().await {
                Ok(Some(id)) => tracing::info!(media = %id, "demo recording made"),
                Ok(None) => tracing::info!("no ffmpeg: the demo has no recording"),
                Err(e) => tracing::warn!(error = %e, "making the demo recording"),
            }
        }
        let mut lines = String::from("\nDemo accounts (password: ");
        lines.push_str(&password);
        lines.push_str(")\n");
        for (email, role) in demo::ACCOUNTS {
            lines.push_str(&format!("  {email:<32} {}\n", role.code()));
        }
        eprintln!("{lines}");
    }
    tracing::info!(mail = %core.mailer.describe(), "outgoing mail");
    let proxies = minga_web::TrustedProxies::parse(&args.trusted_proxies)
        .map_err(|e| anyhow::anyhow!("--trusted-proxies: {e}"))?;
    let state = minga_web::AppState::new(core.clone()).with_trusted_proxies(proxies);
    if let Some(addr) = &args.metrics_listen {
        let metrics = tokio::net::TcpListener::bind(addr)
            .await
            .with_context(|| format!("binding {addr} for metrics"))?;
        let router = minga_web::metrics::router(state.clone());
        tracing::info!(address = %format!("http://{addr}/metrics"), "metrics");
        tokio::spawn(async move {
            if let Err(e) = axum::serve(metrics, router).await {
                tracing::error!(error = %e, "metrics listener");
            }
        });
    }
    let app = minga_web::router(state).layer(
        tower_http::trace::TraceLayer::new_for_http()
            .make_span_with(|req: &axum::http::Request<_>| {
                tracing::info_span!("request", method = %req.method(), path = %req.uri().path())
            })
            .on_response(|res: &axum::http::Response<_>, latency: Duration, _: &tracing::Span| {
                tracing::info!(status = res.status().as_u16(), latency_ms = latency.as_secs_f64() * 1000.0, "served");
            }),
    );
    tokio::spawn(core.clone().run_worker(Duration::from_secs(2)));
    // The library's list is read whole once per app server (seconds at
    // 100,000 resources): read it now, not when the first reader asks.
    let warm = core.clone();
    tokio::spawn(async move {
        if let Err(e) = warm.library_index().await {
            tracing::warn!(error = %e, "reading the library's list at start");
        }
    });
    let listener = tokio::net::TcpListener::bind(&args.listen)
        .await
        .with_context(|| format!("binding {}", args.listen))?;
    tracing::info!(
        address = %format!("http://{}", args.listen),
        startup_ms = started.elapsed().as_millis() as u64,
        "Minga is ready"
    );
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await?;
    core.close().await;
    Ok(())
}

async fn admin(args: ServerArgs, command: AdminCommand) -> anyhow::Result<()> {
    let core = open(&args).await?;
    match command {
        AdminCommand::Invite {
            email,
            role,
            org,
            locale,
            country,
        } => {
            let role_parsed = minga_domain::Role::parse(&role)
                .context("role must be secretariat, org_admin, member or partner")?;
            let org = match org {
                Some(slug) => core.org_by_slug(&slug).await.with_context(|| format!("no organisation {slug}"))?,
                None if role_parsed == minga_domain::Role::Secretariat => core
                    .ensure_secretariat_org(country.as_deref())
                    .await
                    .context("there is no Secretariat organisation yet: give its country with --country CODE (ISO 3166, e.g. ZA)")?,
                None => anyhow::bail!("--org SLUG is needed for roles other than secretariat"),
            };
            let input = minga_core::accounts::InviteInput {
                email: email.clone(),
                role,
                locale,
            };
            match core.invite(None, org.id, &input).await {
                Ok(Some(token)) => {
                    core.run_due_jobs().await?;
                    let link = core.link(&format!("/invite/{token}"));
                    // The link is the command's output, for scripts to read.
                    #[allow(clippy::print_stdout)]
                    {
                        println!("{link}");
                    }
                    Ok(())
                }
                Ok(None) => anyhow::bail!("{email} already has an account"),
                Err(minga_core::CoreError::Invalid(e)) => anyhow::bail!("{e}"),
                Err(e) => Err(e.into()),
            }
        }
    }
}
