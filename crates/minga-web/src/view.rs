//! What every page template gets: the language, the signed-in person, the
//! CSRF token, and translation helpers callable from askama.

use crate::ctx::Ctx;
use crate::kept::slots::Slot;
use crate::AppState;
use askama::Template;
use minga_domain::{FieldErrors, Locale, User};
use minga_i18n::{s, I18n};

pub struct PageCtx {
    pub locale: Locale,
    pub user: Option<User>,
    /// Where the reader's CSRF token goes (filled in as the page leaves).
    pub csrf: &'static str,
    pub path: String,
    /// Where the stylesheet goes: a link, or inline on a first visit.
    pub css: &'static str,
    pub title_key: &'static str,
    /// A translated notice to show at the top (after a redirect).
    pub notice: Option<String>,
    /// The id of a form on the page that the language buttons send (to
    /// this page's address, with `lang`) instead of their own, so what was
    /// typed into it is kept when the language changes.
    pub lang_form: Option<&'static str>,
    /// The reader asked to load nothing heavy until asked (the smallest
    /// pictures, recordings only on request).
    pub data_saver: bool,
    /// Words people wrote that name the page (a recording's title), shown
    /// before the translated title in the browser's tab.
    pub title_text: Option<String>,
    /// Where `title_text` lives (a topic's or an event's community): shown
    /// after it in the tab instead of the translated title.
    pub title_within: Option<String>,
}

impl PageCtx {
    pub fn new(_st: &AppState, ctx: &Ctx, title_key: &'static str) -> PageCtx {
        PageCtx {
            locale: ctx.locale,
            user: ctx.user.clone(),
            csrf: Slot::Csrf.marker(),
            path: ctx.path.clone(),
            css: Slot::Css.marker(),
            title_key,
            notice: None,
            lang_form: None,
            data_saver: ctx.user.as_ref().is_some_and(|u| u.data_saver),
            title_text: None,
            title_within: None,
        }
    }

    /// Names the page by what people wrote: `text` in `within` (a topic in
    /// its community), each isolated from the title's direction.
    /// The page is about `text`: the title reads "text · (title key) · Minga".
    pub fn about(mut self, text: &str) -> PageCtx {
        self.title_text = Some(text.to_string());
        self
    }

    pub fn named(mut self, text: &str, within: &str) -> PageCtx {
        self.title_text = Some(text.to_string());
        self.title_within = Some(within.to_string());
        self
    }

    /// The size of a face as this reader gets it: with data saver on, the
    /// large picture becomes the small one.
    pub fn face_size(&self, size: crate::pictures::Size) -> crate::pictures::Size {
        if self.data_saver {
            crate::pictures::Size::Small
        } else {
            size
        }
    }

    /// Shows the notice named by `?notice=` when it is one we know.
    pub fn with_notice(mut self, notice: Option<&str>) -> PageCtx {
        self.notice = notice.and_then(Notice::parse).map(|n| self.t(n.key()));
        self
    }

    pub fn t(&self, key: &str) -> String {
        I18n::global().t(self.locale, key)
    }

    /// A message with one string argument.
    pub fn t1(&self, key: &str, name: &str, value: impl std::fmt::Display) -> String {
        I18n::global().ta(self.locale, key, &[(name, s(value.to_string()))])
    }

    /// A message about `n` things: `$count` is the number, for the
    /// language's plural rules (one, two, few, many…), and `$n` the same
    /// number written as the reader's language writes it.
    /// (By reference, as templates pass values.)
    pub fn count(&self, key: &str, n: &u64) -> String {
        I18n::global().ta(
            self.locale,
            key,
            &[
                ("count", minga_i18n::Value::from(*n)),
                ("n", s(self.number(n))),
            ],
        )
    }

    /// Whether this page is `href` (the navigation marks it `aria-current="page"`).
    /// The arrow that points back (to where a line starts) in the page's
    /// direction: ← in English, → in Arabic.
    pub fn back_arrow(&self) -> &'static str {
        if self.locale.is_rtl() {
            "→"
        } else {
            "←"
        }
    }
    /// The arrow that points forward ("A → B") in the page's direction.
    pub fn arrow(&self) -> &'static str {
        if self.locale.is_rtl() {
            "←"
        } else {
            "→"
        }
    }
    pub fn at(&self, href: &str) -> bool {
        self.path == href
    }
    /// Whether this page is `prefix` or under it (its section is marked).
    pub fn within(&self, prefix: &str) -> bool {
        self.path
            .strip_prefix(prefix)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    }

    pub fn lang(&self) -> &'static str {
        self.locale.code()
    }
    pub fn dir(&self) -> &'static str {
        self.locale.dir()
    }
    pub fn title(&self) -> String {
        match &self.title_text {
            Some(text) if self.title_within.is_some() => format!(
                "{} · {} · Minga",
                minga_i18n::isolate(text),
                minga_i18n::isolate(self.title_within.as_deref().unwrap_or_default()),
            ),
            Some(text) => format!(
                "{} · {} · Minga",
                minga_i18n::isolate(text),
                self.t(self.title_key)
            ),
            None => format!("{} · Minga", self.t(self.title_key)),
        }
    }
    pub fn locales(&self) -> [Locale; 5] {
        Locale::ALL
    }
    pub fn is_current(&self, l: &Locale) -> bool {
        *l == self.locale
    }
    /// Where the reader's name goes (filled in as the page leaves, so a
    /// kept page serves everyone in the same role and organisation).
    pub fn user_name(&self) -> &'static str {
        Slot::Name.marker()
    }
    /// Where the navigation's "waiting for your answer" item goes (filled
    /// in as the page leaves, like the name).
    pub fn waiting_slot(&self) -> &'static str {
        Slot::Waiting.marker()
    }

    /// Where the navigation's notifications item goes (filled per reader
    /// with their unread count as the page leaves).
    /// Where the home page lists the reader's own communities (filled as
    /// the page leaves, so the kept page stays the same for everyone).
    pub fn mine_slot(&self) -> &'static str {
        Slot::Mine.marker()
    }
    pub fn unread_slot(&self) -> &'static str {
        Slot::Unread.marker()
    }
    pub fn is_secretariat(&self) -> bool {
        self.user
            .as_ref()
            .is_some_and(|u| u.role == minga_domain::Role::Secretariat)
    }
    pub fn signed_in(&self) -> bool {
        self.user.is_some()
    }
    /// "(reports, photos, recordings; up to 20 MB each)" beside a file input.
    pub fn upload_hint(&self, max_bytes: u64) -> String {
        self.t1(
            "profile-upload-hint",
            "max",
            minga_core::files::format_megabytes(max_bytes),
        )
    }
    pub fn file_size(&self, bytes: u64) -> String {
        minga_i18n::format_file_size(self.locale, bytes)
    }
    pub fn number(&self, n: &u64) -> String {
        minga_i18n::format_number(self.locale, *n as i64)
    }
    pub fn date(&self, t: &chrono::DateTime<chrono::Utc>) -> String {
        let tz = self
            .user
            .as_ref()
            .map(|u| u.time_zone.tz())
            .unwrap_or(chrono_tz::UTC);
        minga_i18n::format_date(self.locale, *t, tz)
    }
    /// A calendar day in the reader's language.
    pub fn day(&self, d: chrono::NaiveDate) -> String {
        minga_i18n::format_day(self.locale, d)
    }
    /// A date and time in the reader's language and time zone.
    pub fn datetime(&self, t: &chrono::DateTime<chrono::Utc>) -> String {
        let tz = self
            .user
            .as_ref()
            .map(|u| u.time_zone.tz())
            .unwrap_or(chrono_tz::UTC);
        minga_i18n::format_datetime(self.locale, *t, tz)
    }
}

/// A message shown at the top of a page after a redirect (`?notice=`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    ExchangeRequested,
    ExchangeUpdated,
    MessageSent,
    ProfileDraft,
    ProfileSubmitted,
    RoundPrepared,
    RoundDeleted,
    RoundOpened,
    RoundClosed,
    RoundReopened,
    Saved,
    Invited,
    Welcome,
    PasswordChanged,
    SignedOut,
    Archived,
    Restored,
    Created,
    InvitationResent,
    InvitationRevoked,
    RoleChanged,
    PersonRemoved,
    PictureSaved,
    PictureRemoved,
    CommunityCreated,
    CommunityJoined,
    CommunityLeft,
    CommunityRequested,
    CommunityInvited,
    CommunityAnswered,
    CommunityHidden,
    CommunityShown,
    ResourceShared,
    TranslationAdded,
    ResourceFeatured,
    ResourceUnfeatured,
    ResourceArchived,
    ResourceRestored,
    ResourceMerged,
    PracticeSaved,
    PracticeSubmitted,
    PracticeChangesRequested,
    PracticePublished,
    PracticeTried,
    PracticeMovedOn,
    ResourceEdited,
    KelObjectiveSaved,
    InitiativeSaved,
    MilestoneAdded,
    MilestoneChanged,
    ContributionOffered,
    ContributionAnswered,
    ContributionAlreadyAnswered,
    OutputAdded,
    OutputRemoved,
    ConsultationSaved,
    ConsultationTranslated,
    ConsultationOpened,
    ConsultationOpenAlready,
    ConsultationDeadlinePast,
    ConsultationDeadlineMoved,
    SynthesisPublished,
    ResponseSaved,
    ResponseSubmitted,
}

impl Notice {
    pub const ALL: [Notice; 64] = [
        Notice::ExchangeRequested,
        Notice::ExchangeUpdated,
        Notice::MessageSent,
        Notice::ProfileDraft,
        Notice::ProfileSubmitted,
        Notice::RoundPrepared,
        Notice::RoundDeleted,
        Notice::RoundOpened,
        Notice::RoundClosed,
        Notice::RoundReopened,
        Notice::Saved,
        Notice::Invited,
        Notice::Welcome,
        Notice::PasswordChanged,
        Notice::SignedOut,
        Notice::Archived,
        Notice::Restored,
        Notice::Created,
        Notice::InvitationResent,
        Notice::InvitationRevoked,
        Notice::RoleChanged,
        Notice::PersonRemoved,
        Notice::PictureSaved,
        Notice::PictureRemoved,
        Notice::CommunityCreated,
        Notice::CommunityJoined,
        Notice::CommunityLeft,
        Notice::CommunityRequested,
        Notice::CommunityInvited,
        Notice::CommunityAnswered,
        Notice::CommunityHidden,
        Notice::CommunityShown,
        Notice::ResourceShared,
        Notice::TranslationAdded,
        Notice::ResourceFeatured,
        Notice::ResourceUnfeatured,
        Notice::ResourceArchived,
        Notice::ResourceRestored,
        Notice::ResourceMerged,
        Notice::PracticeSaved,
        Notice::PracticeSubmitted,
        Notice::PracticeChangesRequested,
        Notice::PracticePublished,
        Notice::PracticeTried,
        Notice::PracticeMovedOn,
        Notice::ResourceEdited,
        Notice::KelObjectiveSaved,
        Notice::InitiativeSaved,
        Notice::MilestoneAdded,
        Notice::MilestoneChanged,
        Notice::ContributionOffered,
        Notice::ContributionAnswered,
        Notice::ContributionAlreadyAnswered,
        Notice::OutputAdded,
        Notice::OutputRemoved,
        Notice::ConsultationSaved,
        Notice::ConsultationTranslated,
        Notice::ConsultationOpened,
        Notice::ConsultationOpenAlready,
        Notice::ConsultationDeadlinePast,
        Notice::ConsultationDeadlineMoved,
        Notice::SynthesisPublished,
        Notice::ResponseSaved,
        Notice::ResponseSubmitted,
    ];

    /// Its translation key, which is also its value in the URL.
    pub fn key(self) -> &'static str {
        match self {
            Notice::ExchangeRequested => "notice-exchange-requested",
            Notice::ExchangeUpdated => "notice-exchange-updated",
            Notice::MessageSent => "notice-message-sent",
            Notice::ProfileDraft => "notice-profile-draft",
            Notice::ProfileSubmitted => "notice-profile-submitted",
            Notice::RoundPrepared => "notice-round-prepared",
            Notice::RoundDeleted => "notice-round-deleted",
            Notice::RoundOpened => "notice-round-opened",
            Notice::RoundClosed => "notice-round-closed",
            Notice::RoundReopened => "notice-round-reopened",
            Notice::Saved => "notice-saved",
            Notice::Invited => "notice-invited",
            Notice::Welcome => "notice-welcome",
            Notice::PasswordChanged => "notice-password-changed",
            Notice::SignedOut => "notice-signed-out",
            Notice::Archived => "notice-archived",
            Notice::Restored => "notice-restored",
            Notice::Created => "notice-created",
            Notice::InvitationResent => "notice-invitation-resent",
            Notice::InvitationRevoked => "notice-invitation-revoked",
            Notice::RoleChanged => "notice-role-changed",
            Notice::PersonRemoved => "notice-person-removed",
            Notice::PictureSaved => "notice-picture-saved",
            Notice::PictureRemoved => "notice-picture-removed",
            Notice::CommunityCreated => "notice-community-created",
            Notice::CommunityJoined => "notice-community-joined",
            Notice::CommunityLeft => "notice-community-left",
            Notice::CommunityRequested => "notice-community-requested",
            Notice::CommunityInvited => "notice-community-invited",
            Notice::CommunityAnswered => "notice-community-answered",
            Notice::CommunityHidden => "notice-community-hidden",
            Notice::CommunityShown => "notice-community-shown",
            Notice::ResourceShared => "notice-resource-shared",
            Notice::TranslationAdded => "notice-translation-added",
            Notice::ResourceFeatured => "notice-resource-featured",
            Notice::ResourceUnfeatured => "notice-resource-unfeatured",
            Notice::ResourceArchived => "notice-resource-archived",
            Notice::ResourceRestored => "notice-resource-restored",
            Notice::ResourceMerged => "notice-resource-merged",
            Notice::PracticeSaved => "notice-practice-saved",
            Notice::PracticeSubmitted => "notice-practice-submitted",
            Notice::PracticeChangesRequested => "notice-practice-changes-requested",
            Notice::PracticePublished => "notice-practice-published",
            Notice::PracticeTried => "notice-practice-tried",
            Notice::PracticeMovedOn => "notice-practice-moved-on",
            Notice::ResourceEdited => "notice-resource-edited",
            Notice::KelObjectiveSaved => "notice-kel-objective-saved",
            Notice::InitiativeSaved => "notice-initiative-saved",
            Notice::MilestoneAdded => "notice-milestone-added",
            Notice::MilestoneChanged => "notice-milestone-changed",
            Notice::ContributionOffered => "notice-contribution-offered",
            Notice::ContributionAnswered => "notice-contribution-answered",
            Notice::ContributionAlreadyAnswered => "notice-contribution-already-answered",
            Notice::OutputAdded => "notice-output-added",
            Notice::OutputRemoved => "notice-output-removed",
            Notice::ConsultationSaved => "notice-consultation-saved",
            Notice::ConsultationTranslated => "notice-consultation-translated",
            Notice::ConsultationOpened => "notice-consultation-opened",
            Notice::ConsultationOpenAlready => "notice-consultation-open-already",
            Notice::ConsultationDeadlinePast => "notice-consultation-deadline-past",
            Notice::ConsultationDeadlineMoved => "notice-consultation-deadline-moved",
            Notice::SynthesisPublished => "notice-synthesis-published",
            Notice::ResponseSaved => "notice-response-saved",
            Notice::ResponseSubmitted => "notice-response-submitted",
        }
    }

    pub fn parse(s: &str) -> Option<Notice> {
        Notice::ALL.into_iter().find(|n| n.key() == s)
    }

    /// A redirect to `path` that shows this notice there.
    pub fn redirect(self, path: &str) -> axum::response::Redirect {
        axum::response::Redirect::to(&format!("{path}?notice={}", self.key()))
    }

    /// The same, to a `path` that has a query already.
    pub fn redirect_with(self, path: &str) -> axum::response::Redirect {
        axum::response::Redirect::to(&format!("{path}&notice={}", self.key()))
    }
}

/// Field errors of a form, translated on demand.
pub struct FormErrors {
    pub locale: Locale,
    pub errors: FieldErrors,
    /// A message about the whole form.
    pub form_key: Option<&'static str>,
    /// Seconds to wait before trying again, which that message names.
    pub wait_secs: Option<u64>,
    /// Fields' labels, so that the summary names each field it lists
    /// ("Title (Español): too long").
    pub labels: Vec<(String, String)>,
}

impl FormErrors {
    pub fn none(locale: Locale) -> FormErrors {
        FormErrors {
            locale,
            errors: FieldErrors::new(),
            form_key: None,
            wait_secs: None,
            labels: vec![],
        }
    }
    /// Names the fields in the summary by these labels.
    pub fn labelled(mut self, labels: Vec<(String, String)>) -> FormErrors {
        self.labels = labels;
        self
    }
    pub fn new(locale: Locale, errors: FieldErrors) -> FormErrors {
        FormErrors {
            locale,
            errors,
            form_key: Some("error-form-summary"),
            wait_secs: None,
            labels: vec![],
        }
    }
    pub fn form(locale: Locale, key: &'static str) -> FormErrors {
        FormErrors {
            locale,
            errors: FieldErrors::new(),
            form_key: Some(key),
            wait_secs: None,
            labels: vec![],
        }
    }
    /// Too many attempts: says how many seconds to wait when that is known,
    /// and otherwise `fallback`.
    pub fn too_many(locale: Locale, wait_secs: Option<u64>, fallback: &'static str) -> FormErrors {
        FormErrors {
            form_key: Some(if wait_secs.is_some() {
                "error-wait-seconds"
            } else {
                fallback
            }),
            wait_secs,
            ..FormErrors::none(locale)
        }
    }
    pub fn has(&self, field: &str) -> bool {
        self.errors.get(field).is_some()
    }
    pub fn error(&self, field: &str) -> Option<String> {
        self.errors.find(field).map(|e| self.message(e))
    }
    fn message(&self, e: &minga_domain::FieldError) -> String {
        let args: Vec<(&str, minga_i18n::Value)> = e
            .args
            .iter()
            .map(|(k, v)| (*k, minga_i18n::s(v.clone())))
            .collect();
        I18n::global().ta(self.locale, e.key, &args)
    }
    pub fn summary(&self) -> Option<String> {
        let args: Vec<(&str, minga_i18n::Value)> = self
            .wait_secs
            .map(|n| ("seconds", minga_i18n::Value::from(n)))
            .into_iter()
            .collect();
        self.form_key
            .map(|k| I18n::global().ta(self.locale, k, &args))
    }
    /// The failing fields in order, for the summary's links, each named by
    /// its label when the view gave one.
    pub fn list(&self) -> Vec<(String, String)> {
        self.errors
            .0
            .iter()
            .map(|e| {
                let msg = self.message(e);
                // A label the view gave, or else the field's usual label
                // (`field-time-zone` for `time_zone`) when there is one.
                let generic = format!("field-{}", e.field.replace('_', "-"));
                let label = match self.labels.iter().find(|(f, _)| *f == e.field) {
                    Some((_, label)) => Some(label.clone()),
                    None if I18n::global().has(self.locale, &generic) => {
                        Some(I18n::global().t(self.locale, &generic))
                    }
                    None => None,
                };
                let msg = match label {
                    Some(label) => I18n::global().ta(
                        self.locale,
                        "error-field-named",
                        &[
                            ("field", minga_i18n::s(label)),
                            ("message", minga_i18n::s(msg)),
                        ],
                    ),
                    None => msg,
                };
                (e.field.clone(), msg)
            })
            .collect()
    }
}

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorView {
    pub page: PageCtx,
    pub status: u16,
    pub message: String,
}

/// Adds `Retry-After` to a 429 answer when the wait is known.
pub fn with_retry_after(
    mut res: axum::response::Response,
    secs: Option<u64>,
) -> axum::response::Response {
    if let Some(secs) = secs {
        res.headers_mut()
            .insert(axum::http::header::RETRY_AFTER, secs.into());
    }
    res
}

/// Percent-encodes a query value.
pub fn urlencode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// A local path to return to, never another site: `next` resolved the way a
/// browser resolves a `Location` (the WHATWG URL parser, which drops tabs
/// and newlines and reads `\\` as `/`), kept only when it stays on this
/// site, and given back as its path and query in canonical, percent-encoded
/// form (so no control character reaches a header). Anything else is `/`.
pub fn safe_next(next: Option<&str>) -> String {
    static HERE: std::sync::LazyLock<url::Url> =
        std::sync::LazyLock::new(|| url::Url::parse("http://minga.invalid/").expect("a valid URL"));
    let Some(n) = next.filter(|n| n.starts_with('/')) else {
        return "/".into();
    };
    match HERE.join(n) {
        Ok(u) if u.origin() == HERE.origin() => {
            let mut out = u.path().to_string();
            if let Some(q) = u.query() {
                out.push('?');
                out.push_str(q);
            }
            // The path of an opaque-free http URL starts with `/`; `//` at
            // its start would read as another host once in a Location.
            if out.starts_with("//") {
                "/".into()
            } else {
                out
            }
        }
        _ => "/".into(),
    }
}

/// Renders a template into an HTML response body.
pub fn html<T: Template>(t: &T) -> Result<axum::response::Html<String>, crate::AppError> {
    t.render()
        .map(axum::response::Html)
        .map_err(crate::AppError::Template)
}

/// An option of a `<select>`: value, label, selected.
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

impl Choice {
    pub fn list<I: IntoIterator<Item = (String, String)>>(items: I, current: &str) -> Vec<Choice> {
        items
            .into_iter()
            .map(|(value, label)| Choice {
                selected: value == current,
                value,
                label,
            })
            .collect()
    }
}

/// The five languages, each named in itself.
pub fn locale_choices(current: &str) -> Vec<Choice> {
    Choice::list(
        Locale::ALL
            .iter()
            .map(|l| (l.code().to_string(), l.native_name().to_string())),
        current,
    )
}

/// The time zone picker: UTC, then the canonical zones in an `<optgroup>`
/// per area, each labelled with its offset from UTC now. A stored alias
/// (`Asia/Calcutta`) is offered first so that it stays chosen.
pub struct ZoneChoices {
    pub top: Vec<Choice>,
    pub groups: Vec<(String, Vec<Choice>)>,
}

pub fn time_zone_choices(locale: Locale, current: &str) -> ZoneChoices {
    use minga_domain::zones;
    let now = chrono::Utc::now();
    let i18n = minga_i18n::I18n::global();
    let mut top = vec![];
    if !current.is_empty() && current != "UTC" && !zones::is_canonical(current) {
        if let Ok(tz) = minga_domain::TimeZone::parse(current) {
            top.push(Choice {
                value: tz.as_str().to_string(),
                label: tz.as_str().replace('_', " "),
                selected: true,
            });
        }
    }
    top.push(Choice {
        value: "UTC".into(),
        label: "UTC".into(),
        selected: current == "UTC",
    });
    let groups = zones::grouped()
        .into_iter()
        .map(|(area, list)| {
            let label = i18n.t(locale, &format!("tz-area-{}", area.to_ascii_lowercase()));
            let choices = list
                .into_iter()
                .map(|z| Choice {
                    value: z.name.to_string(),
                    label: i18n.ta(
                        locale,
                        "tz-option",
                        &[
                            ("city", minga_i18n::s(&z.city)),
                            (
                                "offset",
                                minga_i18n::s(zones::format_offset(z.offset_seconds(now))),
                            ),
                        ],
                    ),
                    selected: z.name == current,
                })
                .collect();
            (label, choices)
        })
        .collect();
    ZoneChoices { top, groups }
}

/// The `?notice=` shown after a redirect; every page that redirects to itself reads it.
#[derive(serde::Deserialize, Default)]
pub struct NoticeQuery {
    pub notice: Option<String>,
}

/// The network's regions, in the reader's language.
pub fn region_choices(page: &PageCtx, current: &str) -> Vec<Choice> {
    Choice::list(
        minga_domain::Region::ALL
            .iter()
            .map(|r| (r.code().into(), page.t(&r.label_key()))),
        current,
    )
}

/// Global North and Global South.
pub fn group_choices(page: &PageCtx, current: &str) -> Vec<Choice> {
    Choice::list(
        minga_domain::Group::ALL
            .iter()
            .map(|g| (g.code().into(), page.t(&g.label_key()))),
        current,
    )
}

/// Kinds of organisation; `members_only` leaves out the Secretariat.
pub fn kind_choices(page: &PageCtx, current: &str, members_only: bool) -> Vec<Choice> {
    Choice::list(
        minga_domain::OrgKind::ALL
            .iter()
            .filter(|k| !members_only || **k != minga_domain::OrgKind::Secretariat)
            .map(|k| (k.code().into(), page.t(&k.label_key()))),
        current,
    )
}

#[cfg(test)]
mod tests {
    use super::safe_next;
    use proptest::prelude::*;

    #[test]
    fn only_paths_on_this_site_are_kept() {
        for (asked, got) in [
            ("/orgs?page=2", "/orgs?page=2"),
            ("/capacity/world?item=x#top", "/capacity/world?item=x"),
            ("//evil.example", "/"),
            ("/\\evil.example", "/"),
            ("/%09/evil.example", "/%09/evil.example"),
            ("/\t/evil.example", "/"),
            ("/\n/evil.example", "/"),
            ("https://evil.example/", "/"),
            ("evil.example", "/"),
            ("/caf\u{e9}", "/caf%C3%A9"),
            ("/a\u{b}b", "/a%0Bb"),
            ("/a\u{0}b\u{7f}", "/a%00b%7F"),
            ("/../../etc/passwd", "/etc/passwd"),
        ] {
            assert_eq!(safe_next(Some(asked)), got, "{asked:?}");
        }
        assert_eq!(safe_next(None), "/");
    }

    proptest! {
        /// Whatever is asked, the answer is a path on this site that a
        /// browser resolves to this site, with no byte a header refuses.
        #[test]
        fn any_next_stays_on_this_site(asked in "/?[\\PC\\t\\n\\r\u{0}\u{b}\u{7f}/\\\\.:@%]{0,24}") {
            let got = safe_next(Some(&asked));
            prop_assert!(got.starts_with('/') && !got.starts_with("//"), "{got:?}");
            prop_assert!(got.bytes().all(|b| (0x21..0x7f).contains(&b)), "{got:?}");
            prop_assert!(axum::http::HeaderValue::from_str(&got).is_ok());
            let base = url::Url::parse("https://minga.example/some/page").unwrap();
            let there = base.join(&got).unwrap();
            prop_assert_eq!(there.origin(), base.origin(), "{:?} leaves the site", got);
        }
    }
}
