//! The repository suite: the same tests on SQLite and, when
//! MINGA_TEST_DATABASE_URL is set, on PostgreSQL.

use minga_domain::{Country, Email, Locale, OrgFields, OrgFilter, OrgKind, Role, Slug, TimeZone};
use minga_store::{NewJob, NewUser, StoreError};
use minga_testkit::TestApp;

fn fields(name: &str, country: &str) -> OrgFields {
    OrgFields {
        name: name.into(),
        kind: OrgKind::Coalition,
        country: Country::parse(country).unwrap(),
        region_override: None,
        group_override: None,
        override_reason: None,
        description_md: String::new(),
        description_html: String::new(),
        website: None,
        contact_email: None,
        contact_phone: None,
        public: true,
    }
}

#[tokio::test]
async fn orgs_round_trip_with_unique_slugs_and_unicode_search() {
    let app = TestApp::new().await;
    let s = app.store();
    let a = s
        .create_org(
            &fields("Éducation Pour Tous", "SN"),
            &Slug::parse("ept").unwrap(),
            false,
        )
        .await
        .unwrap();
    let b = s
        .create_org(
            &fields("ÉDUCATION Sénégal", "SN"),
            &Slug::parse("ept").unwrap(),
            false,
        )
        .await
        .unwrap();
    assert_eq!(a.slug.as_str(), "ept");
    assert_eq!(b.slug.as_str(), "ept-2");
    assert_eq!(a.country.region(), a.region);
    let hits = s
        .list_orgs(
            &OrgFilter {
                text: Some("éducation".into()),
                ..Default::default()
            },
            1,
            10,
        )
        .await
        .unwrap();
    assert_eq!(hits.total, 2, "case folding works beyond ASCII");
    let mut f = fields("Renamed", "BR");
    f.group_override = Some(minga_domain::Group::North);
    let updated = s.update_org(a.id, &f).await.unwrap();
    assert_eq!(updated.group, minga_domain::Group::North);
    assert!(updated.group_overridden);
    assert!(matches!(
        s.org_by_slug("nope").await,
        Err(StoreError::NotFound)
    ));
    s.set_org_archived(b.id, true).await.unwrap();
    assert_eq!(
        s.list_orgs(&OrgFilter::default(), 1, 10)
            .await
            .unwrap()
            .total,
        1
    );
    // (The test app also loaded the taxonomy, which is in the log too.)
    let log: Vec<_> = s
        .changes_since(0, 1000)
        .await
        .unwrap()
        .into_iter()
        .filter(|c| c.entity == "org")
        .collect();
    assert_eq!(
        log.iter().map(|c| c.op.as_str()).collect::<Vec<_>>(),
        vec!["create", "create", "update", "archive"]
    );
    assert!(log.windows(2).all(|w| w[0].seq < w[1].seq));
}

#[tokio::test]
async fn emails_are_unique_whatever_their_case() {
    let app = TestApp::new().await;
    let s = app.store();
    let org = s
        .create_org(&fields("Org", "KE"), &Slug::parse("org").unwrap(), false)
        .await
        .unwrap();
    let user = |email: &str| NewUser {
        org_id: org.id,
        email: Email::parse(email).unwrap(),
        name: "N".into(),
        role: Role::Member,
        locale: Locale::Ar,
        time_zone: TimeZone::parse("Asia/Amman").unwrap(),
        password_hash: "x".into(),
    };
    let u = s.create_user(&user("Ünal@Example.org")).await.unwrap();
    assert_eq!(u.locale, Locale::Ar);
    assert!(matches!(
        s.create_user(&user("ünal@example.ORG")).await,
        Err(StoreError::Conflict(_))
    ));
    let found = s
        .user_auth_by_email(&Email::parse("ÜNAL@example.org").unwrap())
        .await
        .unwrap();
    assert_eq!(found.user.id, u.id);
}

#[tokio::test]
async fn rate_limits_count_within_a_window() {
    let app = TestApp::new().await;
    let s = app.store();
    assert_eq!(s.rate_limit_hit("k", 60_000).await.unwrap(), 1);
    assert_eq!(s.rate_limit_hit("k", 60_000).await.unwrap(), 2);
    assert_eq!(s.rate_limit_peek("k", 60_000).await.unwrap(), 2);
    // A window that has already passed starts again.
    assert_eq!(s.rate_limit_hit("k", -1).await.unwrap(), 1);
    s.rate_limit_clear("k").await.unwrap();
    assert_eq!(s.rate_limit_peek("k", 60_000).await.unwrap(), 0);
}

#[tokio::test]
async fn refunds_and_streaks_on_both_databases() {
    let app = TestApp::new().await;
    let s = app.store();
    // A refund takes one hit back, never below zero.
    s.rate_limit_hit("addr", 60_000).await.unwrap();
    s.rate_limit_refund("addr").await.unwrap();
    s.rate_limit_refund("addr").await.unwrap();
    assert_eq!(s.rate_limit_peek("addr", 60_000).await.unwrap(), 0);
    assert_eq!(s.rate_limit_hit("addr", 60_000).await.unwrap(), 1);
    // A streak remembers its length and its latest failure's time.
    assert_eq!(s.streak("acct", 60_000).await.unwrap().0, None);
    assert_eq!(s.streak_hit("acct", 60_000).await.unwrap(), 1);
    assert_eq!(s.streak_hit("acct", 60_000).await.unwrap(), 2);
    let (streak, now) = s.streak("acct", 60_000).await.unwrap();
    let (n, latest) = streak.expect("a streak");
    assert_eq!(n, 2);
    assert!(latest <= now && now - latest < 60_000, "{latest} {now}");
    // A failure after a quiet spell longer than the memory starts again.
    assert_eq!(s.streak_hit("acct", -1).await.unwrap(), 1);
    assert_eq!(s.streak("acct", -1).await.unwrap().0, None, "forgotten");
}

#[tokio::test]
async fn jobs_are_claimed_once_and_retried_after_failure() {
    let app = TestApp::new().await;
    let s = app.store();
    s.enqueue(&NewJob::now("test", "{}".into())).await.unwrap();
    let job = s.claim_job(60_000).await.unwrap().expect("a due job");
    assert!(
        s.claim_job(60_000).await.unwrap().is_none(),
        "leased jobs are not handed out twice"
    );
    s.fail_job(&job, "boom").await.unwrap();
    assert!(
        s.claim_job(60_000).await.unwrap().is_none(),
        "retried later, not now"
    );
    assert_eq!(s.pending_jobs().await.unwrap(), 1);
    let mut later = NewJob::now("test", "{}".into());
    later.run_at -= 1000;
    s.enqueue(&later).await.unwrap();
    let j = s.claim_job(60_000).await.unwrap().unwrap();
    s.complete_job(&j.id).await.unwrap();
    assert_eq!(s.pending_jobs().await.unwrap(), 1);
}

#[tokio::test]
async fn long_jobs_run_in_a_loop_of_their_own() {
    use minga_store::JobKinds;
    let app = TestApp::new().await;
    let s = app.store();
    let mut media = NewJob::now("media_renditions", "m".into());
    media.run_at -= 1000; // due first
    s.enqueue(&media).await.unwrap();
    s.enqueue(&NewJob::now("mail", "{}".into())).await.unwrap();
    // The mail loop skips the renditions, however long they wait…
    let j = s
        .claim_job_of(60_000, JobKinds::AllBut(&["media_renditions"]))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(j.kind, "mail");
    assert!(s
        .claim_job_of(60_000, JobKinds::AllBut(&["media_renditions"]))
        .await
        .unwrap()
        .is_none());
    // …which their own loop takes, and extends its lease.
    let j = s
        .claim_job_of(60_000, JobKinds::Only(&["media_renditions"]))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(j.payload, "m");
    s.extend_lease(&j.id, 3_600_000).await.unwrap();
    assert!(s.claim_job(60_000).await.unwrap().is_none());
}

mod capacity {
    use super::fields;
    use minga_domain::capacity::{
        CapacityProfile, ItemCode, ItemKind, Level, Localised, Need, Priority, ProfileStatus,
        Rating, TaxonomyItem,
    };
    use minga_domain::{Locale, Slug};
    use minga_store::NewRound;
    use minga_testkit::TestApp;

    fn item(code: &str, kind: ItemKind, pos: i64) -> TaxonomyItem {
        let l = |s: &str| {
            Localised([
                s.into(),
                format!("{s} es"),
                format!("{s} fr"),
                format!("{s} pt"),
                format!("{s} ar"),
            ])
        };
        TaxonomyItem {
            code: ItemCode::parse(code).unwrap(),
            kind,
            label: l(code),
            description: l("desc"),
            synonyms: [
                vec!["a".into(), "b".into()],
                vec![],
                vec![],
                vec![],
                vec!["ج".into()],
            ],
            position: pos,
        }
    }

    #[tokio::test]
    async fn taxonomy_rounds_and_profiles_round_trip() {
        let app = TestApp::new().await;
        let s = app.store();
        s.upsert_taxonomy(&[
            item("digital-advocacy", ItemKind::Capacity, 1),
            item("teachers", ItemKind::Theme, 1),
        ])
        .await
        .unwrap();
        // Upserting again updates, never duplicates.
        s.upsert_taxonomy(&[item("teachers", ItemKind::Theme, 2)])
            .await
            .unwrap();
        // The seeded taxonomy (40 items) is updated in place, never duplicated.
        let tax = s.taxonomy().await.unwrap();
        assert_eq!(tax.len(), 40);
        let first_capacity = tax
            .iter()
            .position(|t| t.kind == ItemKind::Capacity)
            .unwrap();
        assert!(
            tax[..first_capacity]
                .iter()
                .all(|t| t.kind == ItemKind::Theme),
            "themes come first"
        );
        let teachers = tax.iter().find(|t| t.code.as_str() == "teachers").unwrap();
        assert_eq!(teachers.position, 2);
        assert_eq!(teachers.label.get(Locale::Fr), "teachers fr");
        assert_eq!(teachers.synonyms[0], vec!["a".to_string(), "b".to_string()]);

        let org = s
            .create_org(&fields("Org", "KE"), &Slug::parse("org").unwrap(), false)
            .await
            .unwrap();
        let old = s
            .create_round(
                &NewRound {
                    title: "2025".into(),
                    texts: Default::default(),
                    draft: false,
                    deadline: 1,
                    orgs: vec![org.id],
                    created_by: None,
                    demo: false,
                    opened_at: Some(1_000),
                },
                &[],
            )
            .await
            .unwrap();
        let new = s
            .create_round(
                &NewRound {
                    title: "2026".into(),
                    texts: Default::default(),
                    draft: false,
                    deadline: 2,
                    orgs: vec![org.id],
                    created_by: None,
                    demo: false,
                    opened_at: None,
                },
                &[],
            )
            .await
            .unwrap();
        assert_eq!(s.open_round_for(org.id).await.unwrap().unwrap().id, new);
        let entries = s.round_entries(new).await.unwrap();
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].status, ProfileStatus::NotStarted);

        let mut p = CapacityProfile {
            org: org.id,
            ratings: vec![Rating {
                item: ItemCode::parse("digital-advocacy").unwrap(),
                level: Level::LEADS,
                answered: true,
                evidence: "campaigns".into(),
                share: true,
                files: vec![],
            }],
            needs: vec![Need {
                item: ItemCode::parse("teachers").unwrap(),
                priority: Priority::High,
                description: "union work".into(),
            }],
            languages: vec![Locale::En, Locale::Ar],
            status: ProfileStatus::Submitted,
        };
        s.save_profile(old, &p, None).await.unwrap();
        p.status = ProfileStatus::Draft;
        p.ratings[0].level = Level::STRONG;
        s.save_profile(new, &p, None).await.unwrap();
        s.save_profile(new, &p, None).await.unwrap();
        assert_eq!(s.profile(org.id, new).await.unwrap().unwrap(), p);
        assert_eq!(
            s.round_entries(new).await.unwrap()[0].status,
            ProfileStatus::Draft
        );
        // Matching reads the newest *submitted* profile: the old round's, until the draft is submitted.
        let latest = s.latest_submitted_profiles().await.unwrap();
        assert_eq!(latest.len(), 1);
        assert_eq!(latest[0].ratings[0].level, Level::LEADS);
        p.status = ProfileStatus::Submitted;
        s.save_profile(new, &p, None).await.unwrap();
        let latest = s.latest_submitted_profiles().await.unwrap();
        assert_eq!(latest.len(), 1);
        assert_eq!(latest[0].ratings[0].level, Level::STRONG);
        assert_eq!(
            s.latest_submitted_profile(org.id)
                .await
                .unwrap()
                .unwrap()
                .0
                .id,
            new
        );
        assert_eq!(
            s.round_orgs_to_remind(new, i64::MAX).await.unwrap().len(),
            0,
            "submitted: no reminder"
        );
        assert_eq!(
            s.round_orgs_to_remind(old, i64::MAX).await.unwrap().len(),
            0
        );
    }

    /// The kept tallies equal the counts aggregated from the profiles, for
    /// every source and kind.
    async fn assert_tallies_match(s: &minga_store::Store, step: &str) {
        use minga_store::MapSource;
        let mut sources = vec![MapSource::Current];
        sources.extend(
            s.rounds()
                .await
                .unwrap()
                .iter()
                .map(|r| MapSource::Round(r.id)),
        );
        let mut kinds = vec![None];
        kinds.extend(minga_domain::OrgKind::ALL.iter().copied().map(Some));
        for source in &sources {
            for kind in &kinds {
                let key = |c: &minga_store::MapCount| {
                    (
                        c.measure == minga_store::MapMeasure::Need,
                        c.item.to_string(),
                        c.country.clone(),
                        c.region.clone(),
                        c.group.clone(),
                        c.count,
                    )
                };
                let mut kept: Vec<_> = s
                    .map_counts(*source, *kind)
                    .await
                    .unwrap()
                    .iter()
                    .map(key)
                    .collect();
                let mut counted: Vec<_> = s
                    .map_counts_recomputed(*source, *kind)
                    .await
                    .unwrap()
                    .iter()
                    .map(key)
                    .collect();
                kept.sort();
                counted.sort();
                assert_eq!(kept, counted, "{step}: {source:?} {kind:?}");
            }
        }
    }

    #[tokio::test]
    async fn map_tallies_follow_every_change() {
        let app = TestApp::with_demo(30).await;
        let s = app.store();
        assert_tallies_match(s, "after the demo").await;
        let rounds = s.rounds().await.unwrap();
        let open = rounds.iter().find(|r| r.closed_at.is_none()).unwrap().id;
        let latest = s.latest_submitted_profiles().await.unwrap();
        assert!(latest.len() > 10);
        // A profile submitted again in the open round, with other answers.
        let mut p = latest[0].clone();
        p.ratings.iter_mut().for_each(|r| r.level = Level::LEADS);
        p.needs.clear();
        s.save_profile(open, &p, None).await.unwrap();
        assert_tallies_match(s, "resubmitted").await;
        // ... then taken back to draft with yet other answers: still current.
        p.status = ProfileStatus::Draft;
        p.ratings.truncate(1);
        s.save_profile(open, &p, None).await.unwrap();
        assert_tallies_match(s, "back to draft").await;
        // An organisation moves country and changes kind.
        let org = s.org_by_id(latest[1].org).await.unwrap();
        let mut f = fields(&org.name, "BR");
        f.kind = minga_domain::OrgKind::International;
        s.update_org(org.id, &f).await.unwrap();
        assert_tallies_match(s, "moved").await;
        // Archived organisations leave the map, and come back when restored.
        s.set_org_archived(latest[2].org, true).await.unwrap();
        assert_tallies_match(s, "archived").await;
        s.set_org_archived(latest[2].org, false).await.unwrap();
        assert_tallies_match(s, "restored").await;
        // A first profile for an organisation that had none.
        let fresh = s
            .create_org(
                &fields("Fresh", "KE"),
                &Slug::parse("fresh").unwrap(),
                false,
            )
            .await
            .unwrap();
        let mut q = latest[3].clone();
        q.org = fresh.id;
        s.save_profile(open, &q, None).await.unwrap();
        assert_tallies_match(s, "first profile").await;
        s.prune_map_tallies().await.unwrap();
        assert_tallies_match(s, "pruned").await;
    }
}

/// Runs one statement on the test database behind the store's back.
async fn raw(db: &minga_testkit::db::TestDb, sql: &str) {
    use sqlx::{Connection, Executor};
    let url = match &db.url {
        Some(u) => u.clone(),
        None => format!("sqlite://{}", db.dir.path().join("minga.db").display()),
    };
    let mut c = sqlx::AnyConnection::connect(&url).await.unwrap();
    c.execute(sql).await.unwrap();
    c.close().await.unwrap();
}

#[tokio::test]
async fn an_edited_migration_that_was_applied_is_refused_at_start() {
    use minga_store::Store;
    let db = minga_testkit::db::TestDb::new().await;
    let open = || Store::open(db.url.as_deref(), db.dir.path());
    let s = open().await.unwrap();
    s.close().await;
    // A database migrated before checksums were recorded is upgraded: the
    // sums of the migrations it applied are filled in on its next start.
    raw(&db, "DELETE FROM schema_migration_checksums").await;
    let s = open()
        .await
        .expect("an old database starts and gets checksums");
    s.close().await;
    // The recorded sum no longer matches the file: as if 0001 had been edited.
    raw(
        &db,
        "UPDATE schema_migration_checksums SET checksum = 'edited' WHERE version = 1",
    )
    .await;
    let err = match open().await {
        Ok(_) => panic!("an edited migration must be refused"),
        Err(e) => e,
    };
    assert!(
        matches!(err, StoreError::MigrationChanged { ref name, .. } if name.ends_with("/0001_foundation.sql")),
        "{err:?}"
    );
    let msg = err.to_string();
    assert!(msg.contains("0001_foundation.sql"), "{msg}");
    assert!(msg.contains("recorded SHA-256 edited"), "{msg}");
    assert!(msg.contains("put the change in a new migration"), "{msg}");
}
