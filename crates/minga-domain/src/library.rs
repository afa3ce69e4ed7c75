//! The resource library (issue 13): what a resource is (its kind, licence,
//! language and who reads it), the checks on what a member shares, and the
//! filters of the list with their address. No I/O.

use crate::capacity::ItemCode;
use crate::{FieldErrors, Locale, Region};

/// What sort of work a resource is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ResourceKind {
    Report,
    Toolkit,
    PolicyBrief,
    Training,
    Recording,
    Dataset,
    Presentation,
    Article,
    Other,
}

coded!(ResourceKind {
    Report = "report",
    Toolkit = "toolkit",
    PolicyBrief = "policy-brief",
    Training = "training",
    Recording = "recording",
    Dataset = "dataset",
    Presentation = "presentation",
    Article = "article",
    Other = "other",
});

impl ResourceKind {
    /// Fluent key of its name.
    pub fn label_key(self) -> String {
        format!("library-kind-{}", self.code())
    }
}

/// Under what terms a resource may be reused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Licence {
    CcBy,
    CcBySa,
    CcByNc,
    CcByNcSa,
    CcByNd,
    CcByNcNd,
    Cc0,
    Copyright,
    Unknown,
}

coded!(Licence {
    CcBy = "cc-by",
    CcBySa = "cc-by-sa",
    CcByNc = "cc-by-nc",
    CcByNcSa = "cc-by-nc-sa",
    CcByNd = "cc-by-nd",
    CcByNcNd = "cc-by-nc-nd",
    Cc0 = "cc0",
    Copyright = "copyright",
    Unknown = "unknown",
});

impl Licence {
    pub fn label_key(self) -> String {
        format!("library-licence-{}", self.code())
    }
    /// The licence's own page, for the Creative Commons ones.
    pub fn href(self) -> Option<&'static str> {
        Some(match self {
            Licence::CcBy => "https://creativecommons.org/licenses/by/4.0/",
            Licence::CcBySa => "https://creativecommons.org/licenses/by-sa/4.0/",
            Licence::CcByNc => "https://creativecommons.org/licenses/by-nc/4.0/",
            Licence::CcByNcSa => "https://creativecommons.org/licenses/by-nc-sa/4.0/",
            Licence::CcByNd => "https://creativecommons.org/licenses/by-nd/4.0/",
            Licence::CcByNcNd => "https://creativecommons.org/licenses/by-nc-nd/4.0/",
            Licence::Cc0 => "https://creativecommons.org/publicdomain/zero/1.0/",
            Licence::Copyright | Licence::Unknown => return None,
        })
    }
}

/// Who reads a resource.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reach {
    /// Anyone, signed in or not.
    Public,
    /// The member organisations and the Secretariat (not partners: they
    /// read what is public and what their communities hold).
    Members,
    /// Whoever may read its community.
    Community,
}

coded!(Reach {
    Public = "public",
    Members = "members",
    Community = "community",
});

impl Reach {
    pub fn label_key(self) -> String {
        format!("library-reach-{}", self.code())
    }
}

/// Where a resource came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Origin {
    /// A member shared it in the library.
    Shared,
    /// A recording of a learning community (its id is the recording's).
    Recording,
    /// A file that a peer exchange produced (its id is the file's).
    Exchange,
}

coded!(Origin {
    Shared = "shared",
    Recording = "recording",
    Exchange = "exchange",
});

/// Where a translation's first-page picture stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PreviewState {
    /// Not a PDF or a picture (or a link): nothing to show.
    None,
    /// Queued for the worker.
    Pending,
    Done,
    /// The server has no PDF renderer (pdftoppm).
    Unavailable,
    /// The file could not be read.
    Failed,
}

coded!(PreviewState {
    None = "none",
    Pending = "pending",
    Done = "done",
    Unavailable = "unavailable",
    Failed = "failed",
});

impl PreviewState {
    /// What a new translation's preview starts as, by its file's type.
    pub fn for_content_type(content_type: &str) -> PreviewState {
        if previewable(content_type) {
            PreviewState::Pending
        } else {
            PreviewState::None
        }
    }
}

/// Whether a first-page picture can be made of a file of this type.
pub fn previewable(content_type: &str) -> bool {
    matches!(
        content_type,
        "application/pdf" | "image/png" | "image/jpeg" | "image/gif" | "image/webp"
    )
}

/// A translation's language: one of the five, or another (or not stated).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang(Option<LocaleOrd>);

/// `Locale` in the order of `Locale::ALL`, for sorting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct LocaleOrd(u8);

impl Lang {
    pub const OTHER: Lang = Lang(None);
    pub const ALL: [Lang; 6] = [
        Lang(Some(LocaleOrd(0))),
        Lang(Some(LocaleOrd(1))),
        Lang(Some(LocaleOrd(2))),
        Lang(Some(LocaleOrd(3))),
        Lang(Some(LocaleOrd(4))),
        Lang(None),
    ];

    pub fn of(l: Locale) -> Lang {
        Lang(Some(LocaleOrd(l as u8)))
    }
    pub fn locale(self) -> Option<Locale> {
        self.0.map(|LocaleOrd(i)| Locale::ALL[i as usize])
    }
    pub fn code(self) -> &'static str {
        self.locale().map_or("und", Locale::code)
    }
    pub fn parse(s: &str) -> Option<Lang> {
        if s == "und" {
            return Some(Lang::OTHER);
        }
        Locale::ALL
            .into_iter()
            .find(|l| l.code() == s)
            .map(Lang::of)
    }
    /// The language's own name (the Fluent key `library-lang-other` for
    /// the rest).
    pub fn native_name(self) -> Option<&'static str> {
        self.locale().map(Locale::native_name)
    }
    /// The `lang` attribute for text in it ("" when unknown: the page's).
    pub fn html_lang(self) -> &'static str {
        self.locale().map_or("", Locale::code)
    }
}

/// Longest title and summary, in characters.
pub const TITLE_MAX: usize = 200;
pub const SUMMARY_MAX: usize = 3000;
/// Longest link kept, in characters.
pub const URL_MAX: usize = 2000;
/// Most themes and capacities, and countries, one resource names.
pub const ITEMS_MAX: usize = 12;
pub const COUNTRIES_MAX: usize = 30;
/// The earliest year of publication accepted.
pub const YEAR_MIN: i32 = 1900;

/// What a member typed in the share form (or the form that adds a
/// translation, which has the first four fields), before it is checked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ResourceForm {
    pub lang: String,
    pub title: String,
    pub summary: String,
    pub url: String,
    pub kind: String,
    pub licence: String,
    pub year: String,
    pub reach: String,
    /// A community's slug (when `reach` is community).
    pub community: String,
    pub items: Vec<String>,
    pub countries: Vec<String>,
}

/// One language of a resource, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslationFields {
    pub lang: Lang,
    pub title: String,
    pub summary: String,
    /// A web address instead of a file.
    pub url: Option<String>,
}

/// A shared resource's own fields, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResourceFields {
    pub kind: ResourceKind,
    pub licence: Licence,
    pub year: Option<i32>,
    pub reach: Reach,
    pub community: Option<String>,
    pub items: Vec<ItemCode>,
    pub countries: Vec<crate::Country>,
}

/// Checks one language's fields. `has_file`: a file came with the form (or
/// was kept from an earlier try); a resource needs a file or a link, not both.
pub fn check_translation(
    f: &ResourceForm,
    has_file: bool,
    errors: &mut FieldErrors,
) -> Option<TranslationFields> {
    let lang = Lang::parse(&f.lang);
    if lang.is_none() {
        errors.add("lang", "error-library-lang");
    }
    let title = crate::required_text(&f.title, TITLE_MAX)
        .map_err(|k| errors.add("title", k))
        .ok();
    let summary = f.summary.trim();
    if summary.chars().count() > SUMMARY_MAX {
        errors.add_with(
            "summary",
            "error-library-too-long",
            vec![("max", SUMMARY_MAX.to_string())],
        );
    }
    let url = match crate::optional_url(&f.url) {
        Ok(u) if u.as_ref().is_some_and(|u| u.chars().count() > URL_MAX) => {
            errors.add("url", "error-url-invalid");
            None
        }
        Ok(u) => u,
        Err(k) => {
            errors.add("url", k);
            None
        }
    };
    match (has_file, url.is_some() || !f.url.trim().is_empty()) {
        (false, false) => errors.add("upload", "error-library-file-or-link"),
        (true, true) => errors.add("url", "error-library-not-both"),
        _ => {}
    }
    Some(TranslationFields {
        lang: lang?,
        title: title?,
        summary: summary.to_string(),
        url,
    })
}

/// Checks a new resource's own fields. `known_item`: whether a code names
/// an item of the taxonomy; `this_year` bounds the year of publication.
pub fn check_resource(
    f: &ResourceForm,
    known_item: impl Fn(&ItemCode) -> bool,
    this_year: i32,
    errors: &mut FieldErrors,
) -> Option<ResourceFields> {
    let kind = ResourceKind::parse(&f.kind).filter(|k| *k != ResourceKind::Recording);
    if kind.is_none() {
        errors.add("kind", "error-library-kind");
    }
    let licence = Licence::parse(&f.licence);
    if licence.is_none() {
        errors.add("licence", "error-library-licence");
    }
    let year = match f.year.trim() {
        "" => Some(None),
        y => match y.parse::<i32>() {
            Ok(y) if (YEAR_MIN..=this_year + 1).contains(&y) => Some(Some(y)),
            _ => {
                errors.add_with(
                    "year",
                    "error-library-year",
                    vec![
                        ("min", YEAR_MIN.to_string()),
                        ("max", (this_year + 1).to_string()),
                    ],
                );
                None
            }
        },
    };
    let reach = Reach::parse(&f.reach);
    if reach.is_none() {
        errors.add("reach", "error-library-reach");
    }
    let community = (reach == Some(Reach::Community))
        .then(|| f.community.trim().to_string())
        .filter(|s| !s.is_empty());
    if reach == Some(Reach::Community) && community.is_none() {
        errors.add("community", "error-library-community");
    }
    let mut items = Vec::new();
    for code in &f.items {
        match ItemCode::parse(code) {
            Ok(c) if known_item(&c) => {
                if !items.contains(&c) {
                    items.push(c)
                }
            }
            _ => {
                errors.add("items", "error-library-item");
                break;
            }
        }
    }
    if items.len() > ITEMS_MAX {
        errors.add_with(
            "items",
            "error-library-too-many",
            vec![("max", ITEMS_MAX.to_string())],
        );
    }
    let mut countries = Vec::new();
    for code in f.countries.iter().filter(|c| !c.is_empty()) {
        match crate::Country::parse(code) {
            Ok(c) => {
                if !countries.contains(&c) {
                    countries.push(c)
                }
            }
            Err(_) => {
                errors.add("countries", "error-country-invalid");
                break;
            }
        }
    }
    if countries.len() > COUNTRIES_MAX {
        errors.add_with(
            "countries",
            "error-library-too-many",
            vec![("max", COUNTRIES_MAX.to_string())],
        );
    }
    Some(ResourceFields {
        kind: kind?,
        licence: licence?,
        year: year?,
        reach: reach?,
        community,
        items,
        countries,
    })
}

/// Where a resource is about, for the region filter: a region, or the
/// whole world (no country named).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Place {
    Region(Region),
    Global,
}

impl Place {
    pub const ALL: [Place; 6] = [
        Place::Region(Region::Africa),
        Place::Region(Region::AsiaPacific),
        Place::Region(Region::LatinAmericaCaribbean),
        Place::Region(Region::MiddleEastNorthAfrica),
        Place::Region(Region::EuropeNorthAmerica),
        Place::Global,
    ];
    pub fn code(self) -> &'static str {
        match self {
            Place::Region(r) => r.code(),
            Place::Global => "global",
        }
    }
    pub fn parse(s: &str) -> Option<Place> {
        Place::ALL.into_iter().find(|p| p.code() == s)
    }
    pub fn label_key(self) -> String {
        match self {
            Place::Region(r) => r.label_key(),
            Place::Global => "library-global".into(),
        }
    }
}

/// How the list is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Sort {
    #[default]
    Newest,
    Title,
}

coded!(Sort {
    Newest = "newest",
    Title = "title",
});

/// Resources per page of the list.
pub const PAGE_SIZE: usize = 20;
/// Longest search text kept, in characters.
pub const QUERY_MAX: usize = 100;

/// The list's filters, as its address carries them. Unknown values are
/// dropped (an old link still opens, a little wider). The language filter
/// is `language=`: `lang=` switches the language of the page itself.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct LibraryFilter {
    pub kind: Option<ResourceKind>,
    pub item: Option<ItemCode>,
    pub place: Option<Place>,
    pub lang: Option<Lang>,
    pub year: Option<i32>,
    /// Words the title or summary must hold (folded).
    pub q: String,
    pub sort: Sort,
    /// 1-based.
    pub page: usize,
    /// The Secretariat's view of what was archived.
    pub archived: bool,
}

impl LibraryFilter {
    /// Reads the query pairs of `/library?…`.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> LibraryFilter {
        let mut f = LibraryFilter {
            page: 1,
            ..LibraryFilter::default()
        };
        for (k, v) in pairs {
            match k {
                "kind" => f.kind = ResourceKind::parse(v),
                "item" => f.item = ItemCode::parse(v).ok(),
                "region" => f.place = Place::parse(v),
                "language" => f.lang = Lang::parse(v),
                "year" => f.year = v.parse().ok().filter(|y| (YEAR_MIN..=9999).contains(y)),
                "q" => f.q = v.trim().chars().take(QUERY_MAX).collect(),
                "sort" => f.sort = Sort::parse(v).unwrap_or_default(),
                "page" => f.page = v.parse().ok().filter(|p| *p >= 1).unwrap_or(1),
                "archived" => f.archived = v == "1",
                _ => {}
            }
        }
        f
    }

    /// The address of the list with these filters, the defaults left out.
    pub fn href(&self) -> String {
        let mut q: Vec<(&str, String)> = Vec::new();
        if !self.q.is_empty() {
            q.push(("q", self.q.clone()));
        }
        if let Some(k) = self.kind {
            q.push(("kind", k.code().into()));
        }
        if let Some(i) = &self.item {
            q.push(("item", i.as_str().into()));
        }
        if let Some(p) = self.place {
            q.push(("region", p.code().into()));
        }
        if let Some(l) = self.lang {
            q.push(("language", l.code().into()));
        }
        if let Some(y) = self.year {
            q.push(("year", y.to_string()));
        }
        if self.sort != Sort::Newest {
            q.push(("sort", self.sort.code().into()));
        }
        if self.archived {
            q.push(("archived", "1".into()));
        }
        if self.page > 1 {
            q.push(("page", self.page.to_string()));
        }
        if q.is_empty() {
            return "/library".into();
        }
        // Pairs of strings always serialise.
        let query = serde_urlencoded::to_string(&q).unwrap_or_default();
        format!("/library?{query}")
    }

    /// The same filters on another page.
    pub fn at_page(&self, page: usize) -> LibraryFilter {
        LibraryFilter {
            page,
            ..self.clone()
        }
    }

    /// Whether any filter narrows the list (the search text included).
    pub fn narrows(&self) -> bool {
        self.kind.is_some()
            || self.item.is_some()
            || self.place.is_some()
            || self.lang.is_some()
            || self.year.is_some()
            || !self.q.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> ResourceForm {
        ResourceForm {
            lang: "fr".into(),
            title: "Guide du plaidoyer".into(),
            summary: "Comment".into(),
            url: String::new(),
            kind: "toolkit".into(),
            licence: "cc-by".into(),
            year: "2024".into(),
            reach: "members".into(),
            community: String::new(),
            items: vec!["policy".into()],
            countries: vec!["SN".into()],
        }
    }

    #[test]
    fn a_complete_form_passes_and_keeps_what_was_typed() {
        let mut e = FieldErrors::new();
        let t = check_translation(&form(), true, &mut e).unwrap();
        let r = check_resource(&form(), |_| true, 2026, &mut e).unwrap();
        assert!(e.is_empty(), "{e:?}");
        assert_eq!(t.lang, Lang::of(Locale::Fr));
        assert_eq!(r.kind, ResourceKind::Toolkit);
        assert_eq!(r.year, Some(2024));
        assert_eq!(r.countries.len(), 1);
    }

    #[test]
    fn each_bad_field_is_named() {
        let f = ResourceForm {
            lang: "xx".into(),
            title: " ".into(),
            kind: "recording".into(),
            licence: "gpl".into(),
            year: "3000".into(),
            reach: "community".into(),
            items: vec!["nope".into()],
            countries: vec!["ZZ".into()],
            ..form()
        };
        let mut e = FieldErrors::new();
        assert!(check_translation(&f, false, &mut e).is_none());
        assert!(check_resource(&f, |_| false, 2026, &mut e).is_none());
        for field in [
            "lang",
            "title",
            "upload",
            "kind",
            "licence",
            "year",
            "community",
            "items",
            "countries",
        ] {
            assert!(e.get(field).is_some(), "{field} not named: {e:?}");
        }
    }

    #[test]
    fn a_file_or_a_link_but_not_both() {
        let mut e = FieldErrors::new();
        let f = ResourceForm {
            url: "https://example.org/r.pdf".into(),
            ..form()
        };
        check_translation(&f, true, &mut e);
        assert_eq!(e.get("url"), Some("error-library-not-both"));
        let mut e = FieldErrors::new();
        let t = check_translation(&f, false, &mut e).unwrap();
        assert!(e.is_empty());
        assert_eq!(t.url.as_deref(), Some("https://example.org/r.pdf"));
    }

    #[test]
    fn filters_survive_their_address() {
        let f = LibraryFilter::from_pairs([
            ("kind", "policy-brief"),
            ("item", "policy"),
            ("region", "global"),
            ("language", "und"),
            ("year", "2023"),
            ("q", "réseau école"),
            ("sort", "title"),
            ("page", "3"),
        ]);
        let href = f.href();
        let back: Vec<(String, String)> = url_pairs(&href);
        let again = LibraryFilter::from_pairs(back.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        assert_eq!(f, again);
        assert_eq!(LibraryFilter::from_pairs([]).href(), "/library");
        // Junk is dropped, never an error.
        let junk = LibraryFilter::from_pairs([("kind", "x"), ("page", "-1"), ("year", "y")]);
        assert_eq!(junk.href(), "/library");
    }

    fn url_pairs(href: &str) -> Vec<(String, String)> {
        let q = href.split_once('?').map_or("", |(_, q)| q);
        serde_urlencoded::from_str(q).unwrap()
    }

    #[test]
    fn languages_round_trip_and_other_is_und() {
        for l in Lang::ALL {
            assert_eq!(Lang::parse(l.code()), Some(l));
        }
        assert_eq!(Lang::OTHER.code(), "und");
        assert_eq!(Lang::of(Locale::Ar).html_lang(), "ar");
    }
}
