//! /capacity/profile: the organisation's capacity profile in the open round.
//! Admins edit it (drafts save; submit when ready); members read it.

use crate::ctx::SignedIn;
use crate::forms::{discard_if_refused, or_rerender, read_upload_form, CsrfMultipart, Uploads};
use crate::kept::keep;
use crate::view::Notice;
use crate::view::{html, FormErrors, NoticeQuery, PageCtx};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use minga_core::capacity::{ItemInput, ProfileEditor, ProfileInput, EVIDENCE_MAX, NEED_MAX};
use minga_core::CoreError;
use minga_domain::capacity::{ItemKind, Level, Priority, TaxonomyItem};
use minga_domain::files::FileRef;
use minga_domain::{Entity, Locale};

pub struct LevelOption {
    /// "" for "not answered"; "0" ("none") is an answer.
    pub value: String,
    pub label: String,
    pub checked: bool,
}

pub struct ItemRow {
    pub code: String,
    pub label: String,
    pub description: String,
    pub answered: bool,
    pub levels: Vec<LevelOption>,
    pub level_label: String,
    pub evidence: String,
    pub share: bool,
    pub need_label: String,
    pub need_options: Vec<(String, String, bool)>,
    pub need_description: String,
    pub files: Vec<FileRow>,
}

/// An evidence file beside its rating.
pub struct FileRow {
    pub id: String,
    pub name: String,
    pub href: String,
    pub size: String,
}

impl FileRow {
    pub fn new(f: &FileRef, page: &PageCtx) -> FileRow {
        FileRow {
            id: f.id.to_string(),
            name: f.name.clone(),
            href: f.href(),
            size: page.file_size(f.size),
        }
    }
}

pub struct Section {
    /// The anchor the jump list links to.
    pub id: &'static str,
    pub title: String,
    /// "3 of 8 answered".
    pub progress: String,
    pub items: Vec<ItemRow>,
}

pub struct LanguageOption {
    pub code: &'static str,
    pub name: &'static str,
    pub checked: bool,
}

/// What was sent, shown once a profile is submitted.
pub struct Sent {
    /// "12 of 40 answered".
    pub progress: String,
    /// Each answered item and its level.
    pub answers: Vec<(String, String)>,
    /// Each need: the item and its priority.
    pub needs: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "capacity/profile.html")]
pub struct ProfileView {
    page: PageCtx,
    errors: FormErrors,
    /// The summary's links: field and message, naming the item.
    error_list: Vec<(String, String)>,
    org_name: String,
    round_line: Option<String>,
    status_line: String,
    carried_line: Option<String>,
    may_edit: bool,
    /// Who fills in the profile, for a reader who may not.
    read_only_line: String,
    has_round: bool,
    /// Submitted in this round: changes update it (no going back to draft).
    submitted: bool,
    /// The answers shown were kept unsaved (on a change of language).
    kept_unsaved: bool,
    sections: Vec<Section>,
    languages: Vec<LanguageOption>,
    upload_hint: String,
    evidence_max: usize,
    evidence_limit: String,
    need_max: usize,
    need_limit: String,
    sent: Option<Sent>,
}

impl ProfileView {
    /// The error under a field, translated.
    fn err(&self, field: &str) -> Option<String> {
        self.errors.error(field)
    }
}

/// Reads the profile form's pairs: `level_CODE`, `evidence_CODE`,
/// `share_CODE`, `need_CODE`, `needdesc_CODE`, repeated `file_CODE`
/// (evidence files kept) and repeated `languages`.
fn read_form(pairs: &[(String, String)]) -> ProfileInput {
    let mut input = ProfileInput::default();
    for (k, v) in pairs {
        if k == "languages" {
            input.languages.push(v.clone());
            continue;
        }
        let Some((field, code)) = k.split_once('_') else {
            continue;
        };
        let item = input.item(code);
        match field {
            "level" => item.level = v.clone(),
            "evidence" => item.evidence = v.clone(),
            "share" => item.share = true,
            "need" => item.need = v.clone(),
            "needdesc" => item.need_description = v.clone(),
            "file" if !item.files.contains(v) => item.files.push(v.clone()),
            _ => {}
        }
    }
    input
}

/// An item's level in words, or "Not answered".
fn level_words(page: &PageCtx, it: &ItemInput) -> Option<String> {
    Level::parse(&it.level)
        .ok()
        .filter(|_| !it.level.trim().is_empty())
        .map(|l| page.t(&l.label_key()))
}

/// One item's row of the form: its level, evidence, need and files.
fn item_row(page: &PageCtx, t: &TaxonomyItem, it: &ItemInput, files: &[FileRef]) -> ItemRow {
    let l = page.locale;
    let given = it.level.trim();
    let answered = !given.is_empty();
    ItemRow {
        code: t.code.to_string(),
        label: t.label.get(l).to_string(),
        description: t.description.get(l).to_string(),
        answered,
        levels: std::iter::once(LevelOption {
            value: String::new(),
            label: page.t("profile-not-answered"),
            checked: !answered,
        })
        .chain(Level::ALL.iter().map(|lv| LevelOption {
            value: lv.value().to_string(),
            label: page.t(&lv.label_key()),
            checked: answered && given == lv.value().to_string(),
        }))
        .collect(),
        level_label: level_words(page, it).unwrap_or_else(|| page.t("profile-not-answered")),
        evidence: it.evidence.clone(),
        share: it.share,
        need_label: Priority::parse(&it.need)
            .map(|p| page.t(&p.label_key()))
            .unwrap_or_else(|| page.t("profile-need-none")),
        need_options: std::iter::once((
            String::new(),
            page.t("profile-need-none"),
            it.need.is_empty(),
        ))
        .chain(Priority::ALL.iter().map(|p| {
            (
                p.code().to_string(),
                page.t(&p.label_key()),
                it.need == p.code(),
            )
        }))
        .collect(),
        need_description: it.need_description.clone(),
        files: it
            .files
            .iter()
            .filter_map(|id| files.iter().find(|f| f.id.to_string() == *id))
            .map(|f| FileRow::new(f, page))
            .collect(),
    }
}

/// "3 of 8 answered", in the reader's language.
fn progress(page: &PageCtx, answered: usize, total: usize) -> String {
    let i18n = minga_i18n::I18n::global();
    i18n.ta(
        page.locale,
        "profile-answered-of",
        &[
            ("n", minga_i18n::s(page.number(&(answered as u64)))),
            ("total", minga_i18n::s(page.number(&(total as u64)))),
        ],
    )
}

/// The errors in the reader's words: an item's code becomes its label,
/// numbers are written as the reader's language writes them. Returns the
/// summary's links too, each naming its item when its message does not.
fn localise_errors(
    page: &PageCtx,
    taxonomy: &[TaxonomyItem],
    mut errors: FormErrors,
) -> (FormErrors, Vec<(String, String)>) {
    let label_of = |code: &str| {
        taxonomy
            .iter()
            .find(|t| t.code.as_str() == code)
            .map(|t| t.label.get(page.locale).to_string())
    };
    for e in &mut errors.errors.0 {
        for (k, v) in &mut e.args {
            match *k {
                "item" => {
                    if let Some(label) = label_of(v) {
                        *v = minga_i18n::isolate(&label);
                    }
                }
                "max" | "count" => {
                    if let Ok(n) = v.parse::<u64>() {
                        *v = page.number(&n);
                    }
                }
                _ => {}
            }
        }
    }
    let list = errors
        .list()
        .into_iter()
        .zip(&errors.errors.0)
        .map(|((field, msg), e)| {
            let item = field
                .split_once('_')
                .and_then(|(_, code)| label_of(code))
                .filter(|_| !e.args.iter().any(|(k, _)| *k == "item"));
            let text = match item {
                Some(label) => minga_i18n::I18n::global().ta(
                    page.locale,
                    "profile-error-item",
                    &[
                        ("item", minga_i18n::s(label)),
                        ("message", minga_i18n::s(msg)),
                    ],
                ),
                None => msg,
            };
            (field, text)
        })
        .collect();
    (errors, list)
}

/// What was sent: the answered items with their levels and the needs.
fn sent(page: &PageCtx, taxonomy: &[TaxonomyItem], input: &ProfileInput) -> Sent {
    let l = page.locale;
    let answers: Vec<(String, String)> = taxonomy
        .iter()
        .filter_map(|t| {
            let it = input.items.get(t.code.as_str())?;
            Some((t.label.get(l).to_string(), level_words(page, it)?))
        })
        .collect();
    let needs = taxonomy
        .iter()
        .filter_map(|t| {
            let it = input.items.get(t.code.as_str())?;
            let p = Priority::parse(&it.need)?;
            Some((t.label.get(l).to_string(), page.t(&p.label_key())))
        })
        .collect();
    Sent {
        progress: progress(page, answers.len(), taxonomy.len()),
        answers,
        needs,
    }
}

#[allow(clippy::too_many_arguments)]
fn build(
    st: &AppState,
    ctx: &crate::Ctx,
    ed: &ProfileEditor,
    input: &ProfileInput,
    taxonomy: &[TaxonomyItem],
    files: &[FileRef],
    errors: FormErrors,
    just_submitted: bool,
) -> ProfileView {
    let mut page = PageCtx::new(st, ctx, "profile-title");
    let l = page.locale;
    let may_edit = ed.may_edit && ed.round.is_some();
    if may_edit {
        // The language switcher sends this form first, so nothing typed is lost.
        page.lang_form = Some("profile");
    }
    let sections = ItemKind::ALL
        .iter()
        .map(|kind| {
            let items: Vec<ItemRow> = taxonomy
                .iter()
                .filter(|t| t.kind == *kind)
                .map(|t| {
                    let it = input
                        .items
                        .get(t.code.as_str())
                        .cloned()
                        .unwrap_or_default();
                    item_row(&page, t, &it, files)
                })
                .collect();
            let answered = items.iter().filter(|i| i.answered).count();
            Section {
                id: kind.code(),
                title: page.t(kind.plural_key()),
                progress: progress(&page, answered, items.len()),
                items,
            }
        })
        .collect();
    let languages = Locale::ALL
        .iter()
        .map(|lc| LanguageOption {
            code: lc.code(),
            name: lc.native_name(),
            checked: input.languages.iter().any(|x| x == lc.code()),
        })
        .collect();
    let i18n = minga_i18n::I18n::global();
    let limit = |max: usize| page.t1("profile-limit", "max", page.number(&(max as u64)));
    let (errors, error_list) = localise_errors(&page, taxonomy, errors);
    let submitted = ed.status == minga_domain::capacity::ProfileStatus::Submitted;
    ProfileView {
        org_name: ed.org.name.clone(),
        round_line: ed.round.as_ref().map(|r| {
            i18n.ta(
                l,
                "profile-round",
                &[
                    ("title", minga_i18n::s(minga_i18n::isolate(r.title_in(l)))),
                    ("date", minga_i18n::s(st.core.deadline_text(l, r.deadline))),
                ],
            )
        }),
        status_line: i18n.ta(
            l,
            "profile-status",
            &[("status", minga_i18n::s(page.t(ed.status.label_key())))],
        ),
        read_only_line: if ed.fillers.is_empty() {
            page.t("profile-filled-by-nobody")
        } else {
            let names: Vec<String> = ed.fillers.iter().map(|n| minga_i18n::isolate(n)).collect();
            page.t1("profile-filled-by", "names", names.join(", "))
        },
        carried_line: ed
            .carried_from
            .as_ref()
            .filter(|_| ed.round.is_some() && ed.may_edit)
            .map(|r| {
                page.t1(
                    "profile-carried",
                    "title",
                    minga_i18n::isolate(r.title_in(l)),
                )
            }),
        may_edit,
        has_round: ed.round.is_some(),
        submitted,
        kept_unsaved: ed.kept_unsaved && may_edit,
        sections,
        languages,
        upload_hint: page.upload_hint(st.core.settings.max_upload_bytes),
        evidence_max: EVIDENCE_MAX,
        evidence_limit: limit(EVIDENCE_MAX),
        need_max: NEED_MAX,
        need_limit: limit(NEED_MAX),
        sent: (submitted && just_submitted).then(|| sent(&page, taxonomy, input)),
        errors,
        error_list,
        page,
    }
}

pub async fn show(
    State(st): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let ed = st.core.profile_editor(&user).await?;
    let taxonomy = st.core.taxonomy().await?;
    let files = st.core.own_files(&user, &ed.input.file_ids()).await?;
    let just_submitted = q.notice.as_deref() == Some(Notice::ProfileSubmitted.key());
    let mut v = build(
        &st,
        &ctx,
        &ed,
        &ed.input,
        &taxonomy,
        &files,
        FormErrors::none(ctx.locale),
        just_submitted,
    );
    v.page = v.page.with_notice(q.notice.as_deref());
    Ok(keep(html(&v)?, &Entity::CONTENT))
}

/// POST /capacity/profile (multipart: evidence files come with the form).
/// Files that arrive are stored at once and stay attached to the form even
/// when something else in it needs fixing, so nothing uploaded is lost.
/// The header's language buttons send this form too (with `lang`): what was
/// typed is kept unsaved, the language changes, and the form comes back.
pub async fn save(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    mp: CsrfMultipart,
) -> Result<Response, AppError> {
    // Checked before the form is read, so a refused save stores no file.
    if !st.core.may_edit_capacity(&user).await? {
        return Err(AppError::Forbidden);
    }
    let (ctx, form) = read_upload_form(&st.core, &user, Uploads::Evidence, mp).await?;
    let uploaded = form.uploaded_ids();
    let mut pairs = form.pairs;
    for (field, f) in &form.uploaded {
        if let Some(code) = field.strip_prefix("upload_") {
            pairs.push((format!("file_{code}"), f.id.to_string()));
        }
    }
    let input = read_form(&pairs);
    if let Some((_, lang)) = pairs.iter().find(|(k, _)| k == "lang") {
        // Whatever goes wrong, a refused switch keeps none of the files it brought.
        let Some(locale) = Locale::parse(lang) else {
            st.core.discard_uploads(&user, &uploaded).await?;
            return Err(AppError::BadRequest);
        };
        let kept = st.core.keep_profile_draft(&user, &input).await;
        if kept.is_err() {
            st.core.discard_uploads(&user, &uploaded).await?;
        }
        kept?;
        st.core.set_locale(&user, locale).await?;
        return Ok(Redirect::to("/capacity/profile").into_response());
    }
    let submit = pairs.iter().any(|(k, v)| k == "action" && v == "submit");
    // A field far too long for the form is judged again, by name, below.
    let mut refused = form.errors;
    refused.0.retain(|e| {
        !(e.key == "error-text-field-too-large"
            && (e.field.starts_with("evidence_") || e.field.starts_with("needdesc_")))
    });
    let result = if refused.is_empty() {
        st.core.save_profile(&user, &input, submit).await
    } else {
        // A refused file (or a field far too long): nothing is saved, the
        // form comes back with everything in it and the errors beside.
        Err(CoreError::Invalid(refused))
    };
    discard_if_refused(&st.core, &user, &uploaded, &result).await?;
    or_rerender(
        result,
        ctx.locale,
        |()| {
            let notice = if submit {
                Notice::ProfileSubmitted
            } else {
                Notice::ProfileDraft
            };
            notice.redirect("/capacity/profile")
        },
        async |errors| {
            let ed = st.core.profile_editor(&user).await?;
            let taxonomy = st.core.taxonomy().await?;
            let files = st.core.own_files(&user, &input.file_ids()).await?;
            Ok(build(
                &st, &ctx, &ed, &input, &taxonomy, &files, errors, false,
            ))
        },
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::read_form;

    #[test]
    fn the_form_is_read_by_field_name_into_items() {
        let pairs: Vec<(String, String)> = [
            ("level_teachers", "3"),
            ("evidence_teachers", "Union partnership"),
            ("share_teachers", "on"),
            ("file_teachers", "a"),
            ("file_teachers", "a"),
            ("file_teachers", "b"),
            ("need_digital-advocacy", "high"),
            ("needdesc_digital-advocacy", "Campaigns"),
            ("languages", "en"),
            ("languages", "fr"),
            ("action", "submit"),
            ("csrf", "x"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        let input = read_form(&pairs);
        let t = &input.items["teachers"];
        assert_eq!(t.level, "3");
        assert_eq!(t.evidence, "Union partnership");
        assert!(t.share);
        assert_eq!(t.files, ["a", "b"]);
        let d = &input.items["digital-advocacy"];
        assert_eq!(
            (d.need.as_str(), d.need_description.as_str()),
            ("high", "Campaigns")
        );
        assert_eq!(input.languages, ["en", "fr"]);
        assert_eq!(input.items.len(), 2);
    }
}
