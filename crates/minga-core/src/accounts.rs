//! Signing in and out, invitations, password resets and the account page.
//!
//! No answer here reveals whether an email address has an account: sign-in
//! failures are one error, reset requests always "succeed", and an invitation
//! to a registered address mails its owner instead of failing.

use crate::jobs::mail_job;
use crate::{passwords, throttle, tokens, Core, CoreError, Result};
use chrono::{Duration, Utc};
use minga_domain::{
    can, required_text, Action, Email, FieldErrors, Invitation, Locale, OrgId, Password, Role,
    TimeZone, User,
};
use minga_i18n::{s, I18n, Value};
use minga_store::{NewInvitation, NewJob, NewUser, StoreError};

pub const SESSION_DAYS: i64 = 30;
pub const INVITATION_DAYS: i64 = 7;
pub const RESET_MINUTES: i64 = 60;
/// Failed sign-ins per client address in a window (failures on one
/// account slow it down instead: see [`crate::throttle`]).
pub const LOGIN_PER_ADDRESS: i64 = 30;
pub const LOGIN_WINDOW_MS: i64 = 15 * 60 * 1000;
/// Reset requests per account, and per client address, in a window.
pub const RESET_PER_ACCOUNT: i64 = 3;
pub const RESET_PER_ADDRESS: i64 = 10;
pub const RESET_WINDOW_MS: i64 = 60 * 60 * 1000;
pub const NAME_MAX: usize = 120;

/// A session just started: the secret goes in the cookie, its hash in the
/// database.
#[derive(Debug, Clone)]
pub struct NewSession {
    pub token: String,
    pub expires_at: i64,
}

impl NewSession {
    fn start() -> NewSession {
        NewSession {
            token: tokens::new_token(),
            expires_at: (Utc::now() + Duration::days(SESSION_DAYS)).timestamp_millis(),
        }
    }
    fn stored(&self) -> (String, i64) {
        (tokens::hash(&self.token), self.expires_at)
    }
}

/// What the invitation form asks.
#[derive(Debug, Clone, Default)]
pub struct InviteInput {
    pub email: String,
    pub role: String,
    pub locale: String,
}

/// What an invitee fills in.
#[derive(Debug, Clone, Default)]
pub struct AcceptInput {
    pub name: String,
    pub password: String,
    pub password_confirm: String,
    pub locale: String,
    pub time_zone: String,
}

/// What an invitation came to: the new link's secret (none when the
/// address already has an account elsewhere, whose owner is mailed
/// instead), and whether it renewed an invitation already waiting.
#[derive(Debug, Clone)]
pub struct Invited {
    pub token: Option<String>,
    pub resent: bool,
}

/// The state of an invitation link.
#[derive(Debug, Clone)]
pub enum InvitationState {
    Open(Invitation),
    Used,
    Expired,
    Unknown,
}

/// Where the failed password checks of one address (with an account or
/// not) are counted, by sign-in and by the password change alike.
fn password_failures_key(email: &Email) -> String {
    format!("password:failures:{}", email.folded())
}

/// The job that looks up an address and mails it a reset link.
fn reset_job(email: &Email) -> NewJob {
    NewJob::now(RESET_JOB, email.as_str().to_string())
}

/// The kind of the job [`Core::send_reset_link`] runs.
pub const RESET_JOB: &str = "password-reset";

impl Core {
    // --- sessions ---------------------------------------------------------

    /// Signs in with email and password. Failures are limited per address;
    /// on one account they slow further checks down (never lock it).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn login(
        &self,
        email: &str,
        password: &str,
        client: &str,
    ) -> Result<(User, NewSession)> {
        // Counted before the check, so guesses sent at once all count; a
        // correct sign-in gives its count back, so a room signing in from one
        // connection never fills the limit.
        let address_key = format!("login:addr:{client}");
        if self
            .store
            .rate_limit_hit(&address_key, LOGIN_WINDOW_MS)
            .await?
            > LOGIN_PER_ADDRESS
        {
            return Err(CoreError::RateLimited { retry_after: None });
        }
        let email = Email::parse(email).map_err(|_| CoreError::InvalidCredentials)?;
        // Keyed on the address typed, account or not, so the answers do not
        // tell which addresses have one.
        let account_key = password_failures_key(&email);
        self.wait_for_password_check(&account_key).await?;
        let auth = match self.store.user_auth_by_email(&email).await {
            Ok(a) => Some(a),
            Err(StoreError::NotFound) => None,
            Err(e) => return Err(e.into()),
        };
        let ok = passwords::verify(
            password.to_string(),
            auth.as_ref().map(|a| a.password_hash.clone()),
        )
        .await;
        match auth {
            Some(a) if ok => {
                self.store.rate_limit_refund(&address_key).await?;
                self.store.rate_limit_clear(&account_key).await?;
                if self
                    .store
                    .org_by_id(a.user.org_id)
                    .await?
                    .archived_at
                    .is_some()
                {
                    return Err(CoreError::OrgArchived);
                }
                let session = NewSession::start();
                let (hash, exp) = session.stored();
                self.store.create_session(&hash, a.user.id, exp).await?;
                Ok((a.user, session))
            }
            _ => {
                self.store
                    .streak_hit(&account_key, throttle::MEMORY_MS)
                    .await?;
                Err(CoreError::InvalidCredentials)
            }
        }
    }

    /// Refuses a password check while the account's recent failures say to
    /// wait, saying for how long. Refused attempts are not failures, so
    /// hammering does not lengthen the wait.
    async fn wait_for_password_check(&self, key: &str) -> Result<()> {
        let (streak, now) = self.store.streak(key, throttle::MEMORY_MS).await?;
        match throttle::seconds_left(streak, now) {
            Some(secs) => Err(CoreError::RateLimited {
                retry_after: Some(secs),
            }),
            None => Ok(()),
        }
    }

    /// The person behind a session cookie, if the session is live.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn logout(&self, token: &str) -> Result<()> {
        Ok(self.store.delete_session(&tokens::hash(token)).await?)
    }

    // --- invitations ------------------------------------------------------

    /// Invites a person to an organisation. Returns the link's secret token
    /// (the caller may show it, e.g. on the command line); the email is queued.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn invite(
        &self,
        actor: Option<&User>,
        org_id: OrgId,
        input: &InviteInput,
    ) -> Result<Option<String>> {
        Ok(self.invite_or_resend(actor, org_id, input).await?.token)
    }

    /// [`Core::invite`], saying also whether an invitation already waiting
    /// for the address was sent again (with a new link) instead of a second
    /// one. Someone already in the organisation is not invited again: the
    /// inviter, who sees its people anyway, is told so.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn invite_or_resend(
        &self,
        actor: Option<&User>,
        org_id: OrgId,
        input: &InviteInput,
    ) -> Result<Invited> {
        let org = self.store.org_by_id(org_id).await?;
        let mut errors = FieldErrors::new();
        let email = errors.check("email", Email::parse(&input.email));
        let role = errors.check(
            "role",
            Role::parse(&input.role).ok_or("error-choose-option"),
        );
        let locale = errors.check(
            "locale",
            Locale::parse(&input.locale).ok_or("error-choose-option"),
        );
        errors.into_result()?;
        let (Some(email), Some(role), Some(locale)) = (email, role, locale) else {
            return Err(CoreError::other(
                "form validation",
                "validated fields missing",
            ));
        };

        // The command line (no actor) may invite anyone; people need the policy.
        if let Some(a) = actor {
            if !can(Some(&a.actor()), Action::Invite(role), org.resource()) {
                return Err(CoreError::Forbidden);
            }
        }
        if role == Role::Secretariat && org.kind != minga_domain::OrgKind::Secretariat {
            return Err(CoreError::field("role", "error-role-needs-secretariat"));
        }
        if role != Role::Secretariat && org.kind == minga_domain::OrgKind::Secretariat {
            return Err(CoreError::field("role", "error-role-secretariat-only"));
        }

        let i18n = I18n::global();
        let inviter = actor
            .map(|a| a.name.clone())
            .unwrap_or_else(|| self.settings.network_name.clone());
        match self.store.user_auth_by_email(&email).await {
            Ok(auth) if auth.user.org_id == org.id => {
                return Err(CoreError::field("email", "error-invite-already-in-org"));
            }
            Ok(_) | Err(StoreError::NotFound) => {}
            Err(e) => return Err(e.into()),
        }
        if let Some(waiting) = self.store.pending_invitation_for(org.id, &email).await? {
            let token = self
                .renew_invitation(&org, &waiting, role, locale, &inviter)
                .await?;
            return Ok(Invited {
                token: Some(token),
                resent: true,
            });
        }
        if self.store.email_registered(&email).await? {
            // Tell the owner of the address, not the inviter.
            let mail = self.compose(
                locale,
                email.to_string(),
                i18n.ta(
                    locale,
                    "email-already-member-subject",
                    &[("network", s(self.settings.network_name.clone()))],
                ),
                i18n.ta(
                    locale,
                    "email-already-member-body",
                    &[
                        ("name", s(inviter)),
                        ("org", s(org.name.clone())),
                        ("link", s(self.link("/login"))),
                    ],
                ),
            );
            self.queue_mail(&mail).await?;
            return Ok(Invited {
                token: None,
                resent: false,
            });
        }

        let token = tokens::new_token();
        let mail = self.invitation_mail(&org, &email, role, locale, &inviter, &token);
        let inv = NewInvitation {
            email,
            org_id,
            role,
            locale,
            invited_by: actor.map(|a| a.id),
            expires_at: (Utc::now() + Duration::days(INVITATION_DAYS)).timestamp_millis(),
        };
        self.store
            .create_invitation(&inv, &tokens::hash(&token), Some(&mail_job(&mail)))
            .await?;
        Ok(Invited {
            token: Some(token),
            resent: false,
        })
    }

    /// The invitation email, in the invitee's language, with the link of `token`.
    pub(crate) fn invitation_mail(
        &self,
        org: &minga_domain::Org,
        email: &Email,
        role: Role,
        locale: Locale,
        inviter: &str,
        token: &str,
    ) -> crate::OutgoingMail {
        let i18n = I18n::global();
        let link = self.link(&format!("/invite/{token}"));
        let role_label = i18n.t(locale, &role.label_key());
        self.compose(
            locale,
            email.to_string(),
            i18n.ta(
                locale,
                "email-invitation-subject",
                &[
                    ("network", s(self.settings.network_name.clone())),
                    ("org", s(org.name.clone())),
                ],
            ),
            i18n.ta(
                locale,
                "email-invitation-body",
                &[
                    ("name", s(inviter.to_string())),
                    ("org", s(org.name.clone())),
                    ("role", s(role_label)),
                    ("link", s(link)),
                    ("days", Value::from(INVITATION_DAYS)),
                    ("network", s(self.settings.network_name.clone())),
                ],
            ),
        )
    }

    /// Sends a waiting invitation again with a new link (the old one stops
    /// working) and a new week to use it, as `role` in `locale`. Returns
    /// the new link's secret.
    pub(crate) async fn renew_invitation(
        &self,
        org: &minga_domain::Org,
        inv: &Invitation,
        role: Role,
        locale: Locale,
        inviter: &str,
    ) -> Result<String> {
        let token = tokens::new_token();
        let mail = self.invitation_mail(org, &inv.email, role, locale, inviter, &token);
        self.store
            .renew_invitation(
                org.id,
                inv.id,
                &minga_store::Renewal {
                    token_hash: &tokens::hash(&token),
                    role,
                    locale,
                    expires_at: (Utc::now() + Duration::days(INVITATION_DAYS)).timestamp_millis(),
                },
                &mail_job(&mail),
            )
            .await?;
        Ok(token)
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn invitation_state(&self, token: &str) -> Result<InvitationState> {
        match self.store.invitation_by_token(&tokens::hash(token)).await {
            Ok(inv) if inv.accepted_at.is_some() => Ok(InvitationState::Used),
            Ok(inv) if inv.expires_at <= Utc::now() => Ok(InvitationState::Expired),
            // Nobody joins an archived organisation.
            Ok(inv)
                if self
                    .store
                    .org_by_id(inv.org_id)
                    .await?
                    .archived_at
                    .is_some() =>
            {
                Ok(InvitationState::Unknown)
            }
            Ok(inv) => Ok(InvitationState::Open(inv)),
            Err(StoreError::NotFound) => Ok(InvitationState::Unknown),
            Err(e) => Err(e.into()),
        }
    }

    /// Makes the account an invitation promised, and signs the person in.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn accept_invitation(
        &self,
        token: &str,
        input: &AcceptInput,
    ) -> Result<(User, NewSession)> {
        let inv = match self.invitation_state(token).await? {
            InvitationState::Open(inv) => inv,
            _ => return Err(CoreError::LinkInvalid),
        };
        let mut errors = FieldErrors::new();
        let name = errors.check("name", required_text(&input.name, NAME_MAX));
        let password = errors.check("password", Password::parse(&input.password));
        if password.is_some() && input.password != input.password_confirm {
            errors.add("password_confirm", "error-password-mismatch");
        }
        let locale = errors.check(
            "locale",
            Locale::parse(&input.locale).ok_or("error-choose-option"),
        );
        let tz = errors.check("time_zone", TimeZone::parse(&input.time_zone));
        errors.into_result()?;
        let (Some(name), Some(password), Some(locale), Some(time_zone)) =
            (name, password, locale, tz)
        else {
            return Err(CoreError::other(
                "form validation",
                "validated fields missing",
            ));
        };
        let password_hash = passwords::hash(password.expose().to_string()).await?;
        let user = NewUser {
            org_id: inv.org_id,
            email: inv.email,
            name,
            role: inv.role,
            locale,
            time_zone,
            password_hash,
        };
        // Data saver starts on for organisations of the Global South.
        let org = self.store.org_by_id(inv.org_id).await?;
        let data_saver = minga_domain::media::data_saver_default(org.group);
        let session = NewSession::start();
        let (hash, exp) = session.stored();
        match self
            .store
            .accept_invitation(&tokens::hash(token), &user, data_saver, (&hash, exp))
            .await
        {
            Ok(u) => Ok((u, session)),
            Err(StoreError::NotFound) => Err(CoreError::LinkInvalid),
            Err(StoreError::Conflict(_)) => Err(CoreError::LinkInvalid),
            Err(e) => Err(e.into()),
        }
    }

    // --- password reset ---------------------------------------------------

    /// Asks for a reset link to be mailed if the address has an account.
    /// Answers the same either way, after the same work: whether the address
    /// has an account is looked up by the worker ([`Core::send_reset_link`]),
    /// so the answer's timing tells nothing either. Only the per-address
    /// rate limit can refuse.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn request_password_reset(&self, email: &str, client: &str) -> Result<()> {
        let email = Email::parse(email).map_err(|key| CoreError::field("email", key))?;
        if self
            .store
            .rate_limit_hit(&format!("reset:addr:{client}"), RESET_WINDOW_MS)
            .await?
            > RESET_PER_ADDRESS
        {
            return Err(CoreError::RateLimited { retry_after: None });
        }
        // Over the per-address-typed limit we silently send nothing: an
        // error would tell a stranger the account exists.
        let account_hits = self
            .store
            .rate_limit_hit(&format!("reset:acct:{}", email.folded()), RESET_WINDOW_MS)
            .await?;
        if account_hits > RESET_PER_ACCOUNT {
            return Ok(());
        }
        self.store.enqueue(&reset_job(&email)).await?;
        Ok(())
    }

    /// The worker's half of a reset request: makes a link and mails it if
    /// the address has an account, and does nothing otherwise.
    #[tracing::instrument(level = "debug", skip_all)]
    pub(crate) async fn send_reset_link(&self, email: &str) -> Result<()> {
        let email =
            Email::parse(email).map_err(|key| CoreError::other("reading a reset request", key))?;
        let user = match self.store.user_auth_by_email(&email).await {
            Ok(a) => a.user,
            Err(StoreError::NotFound) => return Ok(()),
            Err(e) => return Err(e.into()),
        };
        let token = tokens::new_token();
        let i18n = I18n::global();
        let mail = self.compose(
            user.locale,
            user.email.to_string(),
            i18n.ta(
                user.locale,
                "email-reset-subject",
                &[("network", s(self.settings.network_name.clone()))],
            ),
            i18n.ta(
                user.locale,
                "email-reset-body",
                &[
                    ("name", s(user.name.clone())),
                    ("link", s(self.link(&format!("/password/reset/{token}")))),
                    ("minutes", Value::from(RESET_MINUTES)),
                ],
            ),
        );
        let expires = (Utc::now() + Duration::minutes(RESET_MINUTES)).timestamp_millis();
        self.store
            .create_password_reset(&tokens::hash(&token), user.id, expires, &mail_job(&mail))
            .await?;
        Ok(())
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn reset_link_valid(&self, token: &str) -> Result<bool> {
        Ok(self
            .store
            .password_reset_valid(&tokens::hash(token))
            .await?)
    }

    /// Sets a new password from a reset link, ends every other session and
    /// signs the person in.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn reset_password(
        &self,
        token: &str,
        password: &str,
        confirm: &str,
    ) -> Result<(User, NewSession)> {
        if !self.reset_link_valid(token).await? {
            return Err(CoreError::LinkInvalid);
        }
        let mut errors = FieldErrors::new();
        let pw = errors.check("password", Password::parse(password));
        if pw.is_some() && password != confirm {
            errors.add("password_confirm", "error-password-mismatch");
        }
        errors.into_result()?;
        let hash = passwords::hash(password.to_string()).await?;
        let session = NewSession::start();
        let (sh, exp) = session.stored();
        match self
            .store
            .complete_password_reset(&tokens::hash(token), &hash, (&sh, exp))
            .await
        {
            Ok(u) => Ok((u, session)),
            Err(StoreError::NotFound) => Err(CoreError::LinkInvalid),
            Err(e) => Err(e.into()),
        }
    }

    // --- the account page -------------------------------------------------

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn update_account(
        &self,
        user: &User,
        name: &str,
        locale: &str,
        time_zone: &str,
    ) -> Result<User> {
        let mut errors = FieldErrors::new();
        let name = errors.check("name", required_text(name, NAME_MAX));
        let locale = errors.check("locale", Locale::parse(locale).ok_or("error-choose-option"));
        let tz = errors.check("time_zone", TimeZone::parse(time_zone));
        errors.into_result()?;
        match (name, locale, tz) {
            (Some(n), Some(l), Some(tz)) => {
                Ok(self.store.update_user_profile(user.id, &n, l, &tz).await?)
            }
            _ => Err(CoreError::other(
                "form validation",
                "validated fields missing",
            )),
        }
    }

    /// Switches only the language (the switcher on every page).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn set_locale(&self, user: &User, locale: Locale) -> Result<User> {
        Ok(self
            .store
            .update_user_profile(user.id, &user.name, locale, &user.time_zone)
            .await?)
    }

    /// Changes the password after checking the current one; other sessions end.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn change_password(
        &self,
        user: &User,
        current: &str,
        new: &str,
        confirm: &str,
        session_token: &str,
    ) -> Result<()> {
        // The same brake as signing in: a stolen session must not become a
        // fast way to guess the password.
        let failures_key = password_failures_key(&user.email);
        self.wait_for_password_check(&failures_key).await?;
        let stored = self.store.user_password_hash(user.id).await?;
        let mut errors = FieldErrors::new();
        if passwords::verify(current.to_string(), Some(stored)).await {
            self.store.rate_limit_clear(&failures_key).await?;
        } else {
            self.store
                .streak_hit(&failures_key, throttle::MEMORY_MS)
                .await?;
            errors.add("current_password", "error-password-wrong");
        }
        let pw = errors.check("new_password", Password::parse(new));
        if pw.is_some() && new != confirm {
            errors.add("new_password_confirm", "error-password-mismatch");
        }
        errors.into_result()?;
        let hash = passwords::hash(new.to_string()).await?;
        self.store
            .set_password(user.id, &hash, Some(&tokens::hash(session_token)))
            .await?;
        Ok(())
    }

    /// Whether `actor` may invite people to `org` at all (any role).
    pub fn may_invite(&self, actor: &User, org: &minga_domain::Org) -> bool {
        Role::ALL
            .into_iter()
            .any(|r| can(Some(&actor.actor()), Action::Invite(r), org.resource()))
    }

    /// The roles `actor` may give in `org`.
    pub fn invitable_roles(&self, actor: &User, org: &minga_domain::Org) -> Vec<Role> {
        Role::ALL
            .into_iter()
            .filter(|r| can(Some(&actor.actor()), Action::Invite(*r), org.resource()))
            .filter(|r| {
                (*r == Role::Secretariat) == (org.kind == minga_domain::OrgKind::Secretariat)
            })
            .collect()
    }
}
