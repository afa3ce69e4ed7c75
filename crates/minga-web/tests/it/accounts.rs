use minga_testkit::TestApp;

#[tokio::test]
async fn sign_in_and_out() {
    let app = TestApp::with_demo(6).await;
    let mut c = app.client();
    let r = c.login("secretariat@demo.minga.test", "minga-demo").await;
    assert_eq!(r.status, 303);
    assert_eq!(r.location.as_deref(), Some("/"));
    let cookie = r
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .find(|v| v.starts_with("minga_session="))
        .unwrap();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    let home = c.get("/").await;
    assert!(home.contains("Sam Secretariat"), "{}", home.body);
    let out = c.post("/logout", &[]).await;
    assert_eq!(out.status, 303);
    assert!(!c.get("/").await.contains("Sam Secretariat"));
    // The old session no longer opens the account page.
    assert_eq!(c.get("/account").await.status, 303);
}

#[tokio::test]
async fn wrong_password_and_unknown_account_get_the_same_answer() {
    let app = TestApp::with_demo(3).await;
    let mut c = app.client();
    let wrong = c.login("member@demo.minga.test", "not the password").await;
    let unknown = c.login("nobody@demo.minga.test", "not the password").await;
    assert_eq!(wrong.status, 401);
    assert_eq!(unknown.status, 401);
    assert!(wrong.contains("The email or password is not right."));
    assert!(unknown.contains("The email or password is not right."));
    // The typed email is kept, the password is not.
    assert!(wrong.contains("value=\"member@demo.minga.test\""));
    assert!(!wrong.contains("not the password"));
}

#[tokio::test]
async fn sign_in_is_rate_limited_per_account() {
    let app = TestApp::with_demo(3).await;
    let mut c = app.client();
    for _ in 0..5 {
        assert_eq!(
            c.login("member@demo.minga.test", "wrong password!")
                .await
                .status,
            401
        );
    }
    let r = c.login("member@demo.minga.test", "minga-demo").await;
    assert_eq!(r.status, 429, "the right password waits too");
    assert!(r.contains("Please try again in 2 seconds."), "{}", r.body);
    // Another account from the same address is not locked.
    assert_eq!(
        c.login("partner@demo.minga.test", "minga-demo")
            .await
            .status,
        303
    );
}

#[tokio::test]
async fn invitation_journey_by_email() {
    let app = TestApp::with_demo(6).await;
    let mut sec = app.signed_in("secretariat@demo.minga.test").await;
    let org = app
        .store()
        .list_orgs(&Default::default(), 1, 50)
        .await
        .unwrap()
        .items
        .into_iter()
        .find(|o| o.kind == minga_domain::OrgKind::Coalition)
        .unwrap();
    let r = sec
        .post(
            &format!("/orgs/{}/invite", org.slug),
            &[
                ("email", "Nuevo@Example.org"),
                ("role", "member"),
                ("locale", "es"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let mail = app.deliver_mail().await;
    assert_eq!(mail.len(), 1);
    let m = &mail[0];
    assert_eq!(m.envelope_to, vec!["Nuevo@Example.org".to_string()]);
    assert!(m.subject.contains(&org.name), "{}", m.subject);
    let link = m.link("/invite/").expect("link in the invitation");
    let path = link.trim_start_matches("http://minga.test");
    // The link is stored to expire 7 days after it was made, and the email,
    // in the invitee's language, says so.
    let token = path.trim_start_matches("/invite/");
    let inv = app
        .store()
        .invitation_by_token(&minga_core::tokens::hash(token))
        .await
        .unwrap();
    let lifetime = inv.expires_at - inv.created_at;
    let week = chrono::Duration::days(7);
    assert!(
        lifetime <= week && lifetime > week - chrono::Duration::seconds(30),
        "{lifetime:?}"
    );
    assert!(
        m.text
            .contains("El enlace solo funciona una vez y caduca en 7 días."),
        "{}",
        m.text
    );

    // The invitee opens it, makes a mistake, and keeps what they typed.
    let mut guest = app.client();
    let page = guest.get(path).await;
    assert_eq!(page.status, 200);
    let bad = guest
        .post(
            path,
            &[
                ("name", "Lucía Pérez"),
                ("password", "short"),
                ("password_confirm", "short"),
                ("locale", "es"),
                ("time_zone", "America/Lima"),
            ],
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(bad.contains("value=\"Lucía Pérez\""));
    assert!(bad.contains("aria-invalid=\"true\""));
    let ok = guest
        .post(
            path,
            &[
                ("name", "Lucía Pérez"),
                ("password", "una clave larga"),
                ("password_confirm", "una clave larga"),
                ("locale", "es"),
                ("time_zone", "America/Lima"),
            ],
        )
        .await;
    assert_eq!(ok.status, 303);
    let home = guest.get(&ok.location.unwrap()).await;
    assert!(home.contains("lang=\"es\""), "the chosen language applies");
    assert!(home.contains("Lucía Pérez"));

    // The link works once.
    let again = app.client().get(path).await;
    assert_eq!(again.status, 410);
    // And the new account can sign in with its email in any case.
    let mut c = app.client();
    assert_eq!(
        c.login("nuevo@example.ORG", "una clave larga").await.status,
        303
    );
}

/// Moves every stored time of the invitations to `email` back by `by`, as if
/// that much time had passed since they were sent.
async fn age_invitation(app: &TestApp, email: &str, by: chrono::Duration) {
    let ms = by.num_milliseconds();
    let n = app
        .sql(&format!(
            "UPDATE invitations SET created_at = created_at - {ms}, expires_at = expires_at - {ms} \
             WHERE email = '{email}'"
        ))
        .await;
    assert_eq!(n, 1, "one invitation to {email}");
}

#[tokio::test]
async fn invitation_works_for_seven_days_and_not_after() {
    let app = TestApp::with_demo(3).await;
    let mut sec = app.signed_in("secretariat@demo.minga.test").await;
    let mut links = Vec::new();
    for email in ["early@example.org", "late@example.org"] {
        let r = sec
            .post(
                "/orgs/secretariat/invite",
                &[("email", email), ("role", "secretariat"), ("locale", "fr")],
            )
            .await;
        assert_eq!(r.status, 303, "{}", r.body);
        let mail = app.deliver_mail().await;
        assert!(
            mail[0].text.contains("expire dans 7 jours"),
            "{}",
            mail[0].text
        );
        let link = mail[0].link("/invite/").unwrap();
        links.push(link.trim_start_matches("http://minga.test").to_string());
    }
    let accept = |name: &'static str| {
        [
            ("name", name),
            ("password", "long enough pw"),
            ("password_confirm", "long enough pw"),
            ("locale", "fr"),
            ("time_zone", "UTC"),
        ]
    };
    // A minute before the seventh day ends, both links still work.
    let almost = chrono::Duration::days(7) - chrono::Duration::minutes(1);
    age_invitation(&app, "early@example.org", almost).await;
    age_invitation(&app, "late@example.org", almost).await;
    let mut early = app.client();
    assert_eq!(early.get(&links[0]).await.status, 200);
    let r = early.post(&links[0], &accept("Early")).await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(app.client().get(&links[1]).await.status, 200);

    // Two minutes later, a minute past the seventh day, the other is refused.
    age_invitation(&app, "late@example.org", chrono::Duration::minutes(2)).await;
    let mut late = app.client();
    let r = late.get(&links[1]).await;
    assert_eq!(r.status, 410);
    assert!(r.contains("expir"), "{}", r.body);
    let r = late.post(&links[1], &accept("Late")).await;
    assert_eq!(r.status, 410);
    assert!(app
        .store()
        .user_auth_by_email(&minga_domain::Email::parse("late@example.org").unwrap())
        .await
        .is_err());
    assert!(app
        .store()
        .user_auth_by_email(&minga_domain::Email::parse("early@example.org").unwrap())
        .await
        .is_ok());
}

#[tokio::test]
async fn org_admin_invites_only_into_own_org_and_not_secretariat() {
    let app = TestApp::with_demo(6).await;
    let mut admin = app.signed_in("orgadmin@demo.minga.test").await;
    let me = app.user("orgadmin@demo.minga.test").await;
    let own = app.store().org_by_id(me.org_id).await.unwrap();
    let ok = admin
        .post(
            &format!("/orgs/{}/invite", own.slug),
            &[
                ("email", "colleague@example.org"),
                ("role", "member"),
                ("locale", "en"),
            ],
        )
        .await;
    assert_eq!(ok.status, 303);
    let escalate = admin
        .post(
            &format!("/orgs/{}/invite", own.slug),
            &[
                ("email", "boss@example.org"),
                ("role", "secretariat"),
                ("locale", "en"),
            ],
        )
        .await;
    assert_eq!(escalate.status, 403);
    let other = app
        .store()
        .list_orgs(&Default::default(), 1, 50)
        .await
        .unwrap()
        .items
        .into_iter()
        .find(|o| o.id != own.id)
        .unwrap();
    let r = admin
        .post(
            &format!("/orgs/{}/invite", other.slug),
            &[
                ("email", "x@example.org"),
                ("role", "member"),
                ("locale", "en"),
            ],
        )
        .await;
    assert_eq!(r.status, 403);
    assert_eq!(app.deliver_mail().await.len(), 1);
}

#[tokio::test]
async fn inviting_a_registered_address_reveals_nothing_to_the_inviter() {
    let app = TestApp::with_demo(3).await;
    let mut sec = app.signed_in("secretariat@demo.minga.test").await;
    let r = sec
        .post(
            "/orgs/secretariat/invite",
            &[
                ("email", "member@demo.minga.test"),
                ("role", "secretariat"),
                ("locale", "en"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    let mail = app.deliver_mail().await;
    assert_eq!(mail.len(), 1);
    assert!(mail[0].subject.contains("already have an account"));
}

#[tokio::test]
async fn password_reset_by_email() {
    let app = TestApp::with_demo(3).await;
    let mut c = app.client();
    let unknown = c
        .post("/password/forgot", &[("email", "ghost@example.org")])
        .await;
    let known = c
        .post("/password/forgot", &[("email", "member@demo.minga.test")])
        .await;
    assert_eq!(unknown.status, 200);
    assert_eq!(known.status, 200);
    assert_eq!(
        unknown.body.replace("ghost@example.org", ""),
        known.body.replace("member@demo.minga.test", ""),
        "same answer either way"
    );
    let mail = app.deliver_mail().await;
    assert_eq!(mail.len(), 1, "only the registered address gets mail");
    let link = mail[0].link("/password/reset/").unwrap();
    let path = link.trim_start_matches("http://minga.test").to_string();
    // A signed-in session elsewhere ends when the password is reset.
    let mut other = app.signed_in("member@demo.minga.test").await;
    let mismatch = c
        .post(
            &path,
            &[
                ("password", "new password 1"),
                ("password_confirm", "new password 2"),
            ],
        )
        .await;
    assert_eq!(mismatch.status, 422);
    assert!(mismatch.contains("do not match"));
    let ok = c
        .post(
            &path,
            &[
                ("password", "brand new password"),
                ("password_confirm", "brand new password"),
            ],
        )
        .await;
    assert_eq!(ok.status, 303);
    assert_eq!(other.get("/account").await.status, 303, "old sessions end");
    assert_eq!(c.get(&path).await.status, 410, "the link works once");
    assert_eq!(
        app.client()
            .login("member@demo.minga.test", "brand new password")
            .await
            .status,
        303
    );
}

#[tokio::test]
async fn account_page_updates_profile_and_password() {
    let app = TestApp::with_demo(3).await;
    let mut c = app.signed_in("member@demo.minga.test").await;
    let bad = c
        .post(
            "/account",
            &[("name", ""), ("locale", "pt"), ("time_zone", "Mars/Base")],
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(bad.contains("This field is required."));
    assert!(bad.contains("Choose a time zone from the list."));
    let ok = c
        .post(
            "/account",
            &[
                ("name", "Mateo M."),
                ("locale", "pt"),
                ("time_zone", "America/Sao_Paulo"),
            ],
        )
        .await;
    assert_eq!(ok.status, 303);
    let page = c.get("/account").await;
    assert!(page.contains("lang=\"pt\""));
    assert!(page.contains("value=\"Mateo M.\""));
    assert!(page.contains("<option value=\"America/Sao_Paulo\" selected>"));
    let wrong = c
        .post(
            "/account/password",
            &[
                ("current_password", "nope"),
                ("new_password", "another long one"),
                ("new_password_confirm", "another long one"),
            ],
        )
        .await;
    assert_eq!(wrong.status, 422);
    let ok = c
        .post(
            "/account/password",
            &[
                ("current_password", "minga-demo"),
                ("new_password", "another long one"),
                ("new_password_confirm", "another long one"),
            ],
        )
        .await;
    assert_eq!(ok.status, 303);
    assert_eq!(
        c.get("/account").await.status,
        200,
        "this session stays signed in"
    );
    assert_eq!(
        app.client()
            .login("member@demo.minga.test", "another long one")
            .await
            .status,
        303
    );
}

#[tokio::test]
async fn admin_invite_without_web_makes_first_secretariat() {
    let app = TestApp::new().await;
    let org = app.core.ensure_secretariat_org(Some("KE")).await.unwrap();
    let input = minga_core::accounts::InviteInput {
        email: "first@example.org".into(),
        role: "secretariat".into(),
        locale: "en".into(),
    };
    let token = app
        .core
        .invite(None, org.id, &input)
        .await
        .unwrap()
        .expect("a token");
    let mut c = app.client();
    let r = c
        .post(
            &format!("/invite/{token}"),
            &[
                ("name", "First"),
                ("password", "first password"),
                ("password_confirm", "first password"),
                ("locale", "en"),
                ("time_zone", "UTC"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    assert!(
        c.get("/orgs/new").await.status == 200,
        "a Secretariat account can add organisations"
    );
    assert_eq!(app.deliver_mail().await.len(), 1);
}
