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
use axum::response::Response;
use minga_core::capacity::{ItemInput, ProfileEditor, ProfileInput};
use minga_core::CoreError;
use minga_domain::capacity::{ItemKind, Level, Priority, TaxonomyItem};
use minga_domain::files::FileRef;
use minga_domain::{Entity, Locale};

pub struct LevelOption {
    pub value: u8,
    pub label: String,
    pub checked: bool,
}

pub struct ItemRow {
    pub code: String,
    pub label: String,
    pub description: String,
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
    pub title: String,
    pub items: Vec<ItemRow>,
}

pub struct LanguageOption {
    pub code: &'static str,
    pub name: &'static str,
    pub checked: bool,
}

#[derive(Template)]
#[template(path = "capacity/profile.html")]
pub struct ProfileView {
    page: PageCtx,
    errors: FormErrors,
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
    sections: Vec<Section>,
    languages: Vec<LanguageOption>,
    upload_hint: String,
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

/// One item's row of the form: its level, evidence, need and files.
fn item_row(page: &PageCtx, t: &TaxonomyItem, it: &ItemInput, files: &[FileRef]) -> ItemRow {
    let l = page.locale;
    let current: u8 = it.level.trim().parse().unwrap_or(0);
    ItemRow {
        code: t.code.to_string(),
        label: t.label.get(l).to_string(),
        description: t.description.get(l).to_string(),
        levels: Level::ALL
            .iter()
            .map(|lv| LevelOption {
                value: lv.value(),
                label: page.t(&lv.label_key()),
                checked: lv.value() == current,
            })
            .collect(),
        level_label: page.t(&Level::new(current.min(3))
            .map(|l| l.label_key())
            .unwrap_or_default()),
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

fn build(
    st: &AppState,
    ctx: &crate::Ctx,
    ed: &ProfileEditor,
    input: &ProfileInput,
    taxonomy: &[TaxonomyItem],
    files: &[FileRef],
    errors: FormErrors,
) -> ProfileView {
    let page = PageCtx::new(st, ctx, "profile-title");
    let l = page.locale;
    let sections = ItemKind::ALL
        .iter()
        .map(|kind| Section {
            title: page.t(kind.plural_key()),
            items: taxonomy
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
                .collect(),
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
        may_edit: ed.may_edit && ed.round.is_some(),
        has_round: ed.round.is_some(),
        submitted: ed.status == minga_domain::capacity::ProfileStatus::Submitted,
        sections,
        languages,
        upload_hint: page.upload_hint(st.core.settings.max_upload_bytes),
        errors,
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
    let mut v = build(
        &st,
        &ctx,
        &ed,
        &ed.input,
        &taxonomy,
        &files,
        FormErrors::none(ctx.locale),
    );
    v.page = v.page.with_notice(q.notice.as_deref());
    Ok(keep(html(&v)?, &Entity::CONTENT))
}

/// POST /capacity/profile (multipart: evidence files come with the form).
/// Files that arrive are stored at once and stay attached to the form even
/// when something else in it needs fixing, so nothing uploaded is lost.
pub async fn save(
    State(st): State<AppState>,
    SignedIn(_, user): SignedIn,
    mp: CsrfMultipart,
) -> Result<Response, AppError> {
    // Checked before the form is read, so a refused save stores no file.
    if !st.core.may_edit_capacity(&user).await? {
        return Err(AppError::Forbidden);
    }
    let (ctx, form) = read_upload_form(&st.core, &user, Uploads::Allowed, mp).await?;
    let uploaded = form.uploaded_ids();
    let mut pairs = form.pairs;
    for (field, f) in &form.uploaded {
        if let Some(code) = field.strip_prefix("upload_") {
            pairs.push((format!("file_{code}"), f.id.to_string()));
        }
    }
    let submit = pairs.iter().any(|(k, v)| k == "action" && v == "submit");
    let input = read_form(&pairs);
    let result = if form.errors.is_empty() {
        st.core.save_profile(&user, &input, submit).await
    } else {
        Err(CoreError::Invalid(form.errors))
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
            Ok(build(&st, &ctx, &ed, &input, &taxonomy, &files, errors))
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
