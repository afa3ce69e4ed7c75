//! The resource library (issue 13): sharing a resource (a file or a link)
//! in one language and adding others, reading it, the list with its
//! filters and their counts, the Secretariat's curation (feature, archive,
//! merge duplicates), and first-page previews made by the worker.
//!
//! The list is made in memory: every resource not merged away is read once
//! per change of the library (`LIBRARY_DEPS`) into a [`LibraryIndex`], and
//! each request filters, counts and pages it with the reader's reach — no
//! query per request beyond the versions read, whatever the filters.

use crate::derived::{lock, Deps};
use crate::{Core, CoreError, Result};
use minga_domain::capacity::ItemCode;
use minga_domain::community::{can_in_community, CommunityAction, Standing};
use minga_domain::files::FileRef;
use minga_domain::library::{
    check_resource, check_translation, Lang, LibraryFilter, Origin, Place, PreviewState, Reach,
    ResourceForm, ResourceKind, Sort, PAGE_SIZE,
};
use minga_domain::{
    can, text, Action, CommunityId, Entity, FieldErrors, Locale, Resource, ResourceId, User,
    LIBRARY_READERS,
};
use minga_store::{NewResource, NewTranslation, ResourceAbout};
pub use minga_store::{StoredResource, StoredTranslation};
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

/// What the list is made of: the library's own changes. Names (of
/// communities, organisations, items) are looked up when a page is made.
pub const LIBRARY_DEPS: Deps = &[Entity::Resource];

/// The input that brings a file on the share and translate forms.
pub const UPLOAD_FIELD: &str = "upload";

/// One resource as the list holds it.
pub struct Entry {
    pub res: StoredResource,
    /// Bits of `Place::ALL` it is about.
    places: u8,
    /// Bits of `Lang::ALL` it is in.
    langs: u8,
    /// Its titles and summaries folded, for the search words.
    folded: String,
    /// The collation key of the title each language's readers see first,
    /// made when first needed and kept while the entry is unchanged.
    title_keys: [std::sync::OnceLock<Vec<u8>>; 5],
}

fn bit<T: PartialEq>(all: &[T], v: &T) -> u8 {
    all.iter().position(|x| x == v).map_or(0, |i| 1 << i)
}

impl Entry {
    fn new(res: StoredResource) -> Entry {
        let places = if res.about.countries.is_empty() {
            bit(&Place::ALL, &Place::Global)
        } else {
            res.about.countries.iter().fold(0, |acc, c| {
                acc | bit(&Place::ALL, &Place::Region(c.region()))
            })
        };
        let langs = res
            .translations
            .iter()
            .fold(0, |acc, t| acc | bit(&Lang::ALL, &t.lang));
        let folded = res
            .translations
            .iter()
            .map(|t| format!("{} {}", text::fold(&t.title), text::fold(&t.summary)))
            .collect::<Vec<_>>()
            .join(" ");
        Entry {
            res,
            places,
            langs,
            folded,
            title_keys: Default::default(),
        }
    }

    fn title_key(&self, locale: Locale) -> &[u8] {
        self.title_keys[locale as usize]
            .get_or_init(|| text::sort_key(locale, &self.shown(None, locale).title))
    }

    /// The language a reader sees first: the one asked for, else the
    /// reader's, else the first shared.
    pub fn shown(&self, asked: Option<Lang>, locale: Locale) -> &StoredTranslation {
        let ts = &self.res.translations;
        asked
            .and_then(|l| ts.iter().find(|t| t.lang == l))
            .or_else(|| ts.iter().find(|t| t.lang == Lang::of(locale)))
            .unwrap_or(&ts[0])
    }
}

/// Every resource not merged away, newest first, and orders by title per
/// language made when first asked for.
pub struct LibraryIndex {
    entries: Vec<Arc<Entry>>,
    by_id: HashMap<ResourceId, usize>,
    by_title: Mutex<HashMap<Locale, Arc<Vec<u32>>>>,
}

impl LibraryIndex {
    fn new(list: Vec<StoredResource>) -> LibraryIndex {
        let entries = list
            .into_iter()
            .filter(|r| r.merged_into.is_none() && !r.translations.is_empty())
            .map(|r| Arc::new(Entry::new(r)))
            .collect();
        LibraryIndex::of(entries)
    }

    /// This index with `changed` resources in place of their old entries
    /// (merged ones dropped).
    fn with_changes(&self, changed: Vec<StoredResource>) -> LibraryIndex {
        let ids: HashSet<ResourceId> = changed.iter().map(|r| r.id).collect();
        let mut entries: Vec<Arc<Entry>> = self
            .entries
            .iter()
            .filter(|e| !ids.contains(&e.res.id))
            .cloned()
            .collect();
        entries.extend(
            changed
                .into_iter()
                .filter(|r| r.merged_into.is_none() && !r.translations.is_empty())
                .map(|r| Arc::new(Entry::new(r))),
        );
        LibraryIndex::of(entries)
    }

    fn of(mut entries: Vec<Arc<Entry>>) -> LibraryIndex {
        entries.sort_by_key(|e| std::cmp::Reverse((e.res.created_at, e.res.id)));
        let by_id = entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.res.id, i))
            .collect();
        LibraryIndex {
            entries,
            by_id,
            by_title: Mutex::default(),
        }
    }

    pub fn get(&self, id: ResourceId) -> Option<&Entry> {
        self.by_id.get(&id).map(|&i| &*self.entries[i])
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Positions in title order as readers of `locale` see the titles.
    fn title_order(&self, locale: Locale) -> Arc<Vec<u32>> {
        if let Some(o) = lock(&self.by_title).get(&locale) {
            return o.clone();
        }
        let mut keyed: Vec<(&[u8], u32)> = self
            .entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.title_key(locale), i as u32))
            .collect();
        keyed.sort_unstable();
        let order = Arc::new(keyed.into_iter().map(|(_, i)| i).collect::<Vec<_>>());
        lock(&self.by_title).insert(locale, order.clone());
        order
    }
}

/// Whom a reader's reach lets see: everything (the Secretariat), what is
/// kept for members, and the communities they may read.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Reader {
    all: bool,
    members: bool,
    communities: Vec<CommunityId>,
}

impl Reader {
    fn reads(&self, r: &StoredResource) -> bool {
        self.all
            || match r.about.reach {
                Reach::Public => true,
                Reach::Members => self.members,
                Reach::Community => r
                    .about
                    .community
                    .is_some_and(|c| self.communities.binary_search(&c).is_ok()),
            }
    }

    /// A short text naming this reach, for keeping pages per reach.
    pub fn key(&self) -> String {
        if self.all {
            return "all".into();
        }
        let mut k = if self.members { "m" } else { "v" }.to_string();
        for c in &self.communities {
            k.push(':');
            k.push_str(&c.0.simple().to_string()[..12]);
        }
        k
    }
}

/// How many resources each value of a filter would give, with the other
/// filters as they are.
#[derive(Debug, Clone, Default)]
pub struct Facets {
    pub kinds: Vec<(ResourceKind, usize)>,
    pub items: Vec<(ItemCode, usize)>,
    pub places: Vec<(Place, usize)>,
    pub langs: Vec<(Lang, usize)>,
    pub years: Vec<(i32, usize)>,
}

/// One card of the list: the resource in the language shown first.
#[derive(Debug, Clone)]
pub struct Card {
    pub id: ResourceId,
    pub kind: ResourceKind,
    pub year: Option<i32>,
    pub lang: Lang,
    pub title: String,
    pub summary: String,
    /// The other languages it is in.
    pub others: Vec<Lang>,
    pub file: Option<FileRef>,
    pub url: Option<String>,
    pub origin: Origin,
    pub featured: bool,
    pub archived: bool,
    pub created_at: chrono::DateTime<chrono::Utc>,
}

/// A page of the list.
#[derive(Debug, Clone)]
pub struct LibraryPage {
    pub filter: LibraryFilter,
    pub cards: Vec<Card>,
    /// Resources the filters give, on every page.
    pub total: usize,
    pub pages: usize,
    pub facets: Facets,
    /// Featured resources (on the first page of the unfiltered list).
    pub featured: Vec<Card>,
    pub may_share: bool,
    pub may_curate: bool,
}

/// Longest summary a card shows, in characters.
const CARD_SUMMARY: usize = 240;
/// Featured resources shown above the list.
const FEATURED_SHOWN: usize = 4;

fn card(e: &Entry, asked: Option<Lang>, locale: Locale) -> Card {
    let t = e.shown(asked, locale);
    let summary: String = t.summary.chars().take(CARD_SUMMARY).collect();
    let summary = if summary.len() < t.summary.len() {
        format!("{}…", summary.trim_end())
    } else {
        summary
    };
    Card {
        id: e.res.id,
        kind: e.res.about.kind,
        year: e.res.about.year,
        lang: t.lang,
        title: t.title.clone(),
        summary,
        others: e
            .res
            .translations
            .iter()
            .map(|x| x.lang)
            .filter(|l| *l != t.lang)
            .collect(),
        file: t.file.clone(),
        url: t.url.clone(),
        origin: e.res.origin,
        featured: e.res.featured,
        archived: e.res.archived,
        created_at: e.res.created_at,
    }
}

/// The filters' dimensions, in the order of the `fails` bits.
const KIND: u8 = 1;
const ITEM: u8 = 2;
const PLACE: u8 = 4;
const LANG: u8 = 8;
const YEAR: u8 = 16;
const WORDS: u8 = 32;

/// Filters, counts and pages the index for one reader.
pub fn list_page(
    index: &LibraryIndex,
    reader: &Reader,
    f: &LibraryFilter,
    locale: Locale,
) -> (Vec<Card>, usize, Facets, Vec<Card>) {
    let words = text::query_words(&f.q);
    let mut kinds: HashMap<ResourceKind, usize> = HashMap::new();
    let mut items: HashMap<&ItemCode, usize> = HashMap::new();
    let mut places = [0usize; 6];
    let mut langs = [0usize; 6];
    let mut years: HashMap<i32, usize> = HashMap::new();
    let mut hits: Vec<u32> = Vec::new();
    for (i, e) in index.entries.iter().enumerate() {
        let r = &e.res;
        if r.archived != f.archived || !reader.reads(r) {
            continue;
        }
        let mut fails = 0u8;
        if f.kind.is_some_and(|k| k != r.about.kind) {
            fails |= KIND;
        }
        if f.item
            .as_ref()
            .is_some_and(|it| !r.about.items.contains(it))
        {
            fails |= ITEM;
        }
        if f.place
            .is_some_and(|p| e.places & bit(&Place::ALL, &p) == 0)
        {
            fails |= PLACE;
        }
        if f.lang.is_some_and(|l| e.langs & bit(&Lang::ALL, &l) == 0) {
            fails |= LANG;
        }
        if f.year.is_some_and(|y| r.about.year != Some(y)) {
            fails |= YEAR;
        }
        if !words.iter().all(|w| e.folded.contains(w.as_str())) {
            fails |= WORDS;
        }
        // A dimension counts the resources every other filter lets through.
        let counts = |dim: u8| fails & !dim == 0;
        if counts(KIND) {
            *kinds.entry(r.about.kind).or_default() += 1;
        }
        if counts(ITEM) {
            for it in &r.about.items {
                *items.entry(it).or_default() += 1;
            }
        }
        if counts(PLACE) {
            for (n, slot) in places.iter_mut().enumerate() {
                *slot += usize::from(e.places & (1 << n) != 0);
            }
        }
        if counts(LANG) {
            for (n, slot) in langs.iter_mut().enumerate() {
                *slot += usize::from(e.langs & (1 << n) != 0);
            }
        }
        if counts(YEAR) {
            if let Some(y) = r.about.year {
                *years.entry(y).or_default() += 1;
            }
        }
        if fails == 0 {
            hits.push(i as u32);
        }
    }
    if f.sort == Sort::Title {
        let order = index.title_order(locale);
        let wanted: HashSet<u32> = hits.iter().copied().collect();
        hits = order
            .iter()
            .copied()
            .filter(|i| wanted.contains(i))
            .collect();
    }
    let total = hits.len();
    let start = (f.page.saturating_sub(1)).saturating_mul(PAGE_SIZE);
    let cards = hits
        .iter()
        .skip(start)
        .take(PAGE_SIZE)
        .map(|&i| card(&index.entries[i as usize], f.lang, locale))
        .collect();
    let featured = if f.page == 1 && !f.narrows() && !f.archived {
        index
            .entries
            .iter()
            .filter(|e| e.res.featured && !e.res.archived && reader.reads(&e.res))
            .take(FEATURED_SHOWN)
            .map(|e| card(e, None, locale))
            .collect()
    } else {
        Vec::new()
    };
    let mut kinds: Vec<_> = kinds.into_iter().collect();
    kinds.sort_by_key(|(k, _)| ResourceKind::ALL.iter().position(|x| x == k));
    let mut items: Vec<(ItemCode, usize)> =
        items.into_iter().map(|(k, n)| (k.clone(), n)).collect();
    items.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let mut years: Vec<_> = years.into_iter().collect();
    years.sort_by_key(|y| std::cmp::Reverse(y.0));
    let facets = Facets {
        kinds,
        items,
        places: Place::ALL
            .into_iter()
            .zip(places)
            .filter(|(_, n)| *n > 0)
            .collect(),
        langs: Lang::ALL
            .into_iter()
            .zip(langs)
            .filter(|(_, n)| *n > 0)
            .collect(),
        years,
    };
    (cards, total, facets, featured)
}

/// A resource's page.
#[derive(Debug, Clone)]
pub struct ResourcePage {
    pub res: StoredResource,
    /// The language shown (an index into `res.translations`).
    pub shown: usize,
    pub org_name: String,
    pub org_slug: String,
    /// Its community's slug and title, when it is kept for one.
    pub community: Option<(String, String)>,
    /// Names of what it is about, in the reader's language.
    pub items: Vec<String>,
    pub may_edit: bool,
    pub may_curate: bool,
    /// The languages a translation may still be added in.
    pub missing: Vec<Lang>,
    /// An exchange's two sides, when it came from one (with its address
    /// when the reader may open it).
    pub exchange: Option<(String, String, Option<String>)>,
}

/// What opening a resource's address gives.
#[derive(Debug, Clone)]
pub enum Opened {
    Page(Box<ResourcePage>),
    /// Merged into another: its address leads there.
    Merged(ResourceId),
}

/// A curation step of the Secretariat.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Curation {
    Feature(bool),
    Archive(bool),
}

impl Core {
    /// The library's index, as of the latest change. The first is read
    /// whole; after a change only the resources changed since the last
    /// read (less a margin for writes still committing) are read again and
    /// replace their entries.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn library_index(&self) -> Result<Arc<LibraryIndex>> {
        let kept = &self.derived.library;
        let seq = self.seq_of(LIBRARY_DEPS).await?;
        let current = |kept: &KeptLibrary| {
            lock(&kept.last)
                .as_ref()
                .filter(|l| l.seq >= seq)
                .map(|l| l.index.clone())
        };
        if let Some(i) = current(kept) {
            return Ok(i);
        }
        let _one = kept.reading.lock().await;
        if let Some(i) = current(kept) {
            return Ok(i);
        }
        let read_at = chrono::Utc::now().timestamp_millis();
        let previous = lock(&kept.last).take();
        let index = match previous {
            Some(p) => {
                let changed = self
                    .store
                    .resources_changed_since(p.read_at - CHANGE_MARGIN_MS)
                    .await?;
                Arc::new(p.index.with_changes(changed))
            }
            None => Arc::new(LibraryIndex::new(self.store.all_resources().await?)),
        };
        *lock(&kept.last) = Some(LastIndex {
            seq,
            read_at,
            index: index.clone(),
        });
        Ok(index)
    }

    /// What `viewer`'s reach lets them read in the library.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn library_reader(&self, viewer: Option<&User>) -> Result<Reader> {
        let actor = viewer.map(User::actor);
        let role = viewer.map(|u| u.role);
        if role == Some(minga_domain::Role::Secretariat) {
            return Ok(Reader {
                all: true,
                members: true,
                communities: Vec::new(),
            });
        }
        let directory = self.community_directory().await?;
        let standings = self.standings(viewer).await?;
        let mut communities: Vec<CommunityId> = directory
            .all()
            .filter(|(c, _)| {
                let standing = standings.get(&c.id).copied().unwrap_or(Standing::Outsider);
                can_in_community(actor.as_ref(), standing, CommunityAction::Read, c.shape())
            })
            .map(|(c, _)| c.id)
            .collect();
        communities.sort_unstable();
        Ok(Reader {
            all: false,
            members: role.is_some_and(|r| LIBRARY_READERS.contains(&r)),
            communities,
        })
    }

    /// A page of the library's list for `viewer`.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn library_page(
        &self,
        viewer: Option<&User>,
        locale: Locale,
        mut filter: LibraryFilter,
    ) -> Result<LibraryPage> {
        let who = viewer.map(User::actor);
        let may_curate = viewer.is_some_and(|u| u.role == minga_domain::Role::Secretariat);
        // Only the Secretariat looks at what was archived.
        filter.archived &= may_curate;
        let index = self.library_index().await?;
        let reader = self.library_reader(viewer).await?;
        let (cards, total, facets, featured) = list_page(&index, &reader, &filter, locale);
        Ok(LibraryPage {
            pages: total.div_ceil(PAGE_SIZE).max(1),
            filter,
            cards,
            total,
            facets,
            featured,
            may_share: can(who.as_ref(), Action::Create, Resource::Library),
            may_curate,
        })
    }

    /// The policy's view of a resource for `viewer`.
    async fn library_item(&self, viewer: Option<&User>, r: &StoredResource) -> Result<Resource> {
        let reader = self.library_reader(viewer).await?;
        Ok(Resource::LibraryItem {
            org: r.org,
            sharer: r.shared_by,
            read: reader.reads(r),
        })
    }

    /// A resource `viewer` may read (merged ones too), or `NotFound`.
    async fn readable_resource(
        &self,
        viewer: Option<&User>,
        id: ResourceId,
    ) -> Result<(StoredResource, Resource)> {
        let r = self.store.resource(id).await?.ok_or(CoreError::NotFound)?;
        let item = self.library_item(viewer, &r).await?;
        if !can(viewer.map(User::actor).as_ref(), Action::View, item) {
            return Err(CoreError::NotFound);
        }
        Ok((r, item))
    }

    /// The title a reader of `locale` sees first of a resource `viewer` may
    /// read (`None`: unknown, unreadable, or merged away), for links to it.
    pub(crate) async fn resource_title(
        &self,
        viewer: Option<&User>,
        id: ResourceId,
        locale: Locale,
    ) -> Result<Option<String>> {
        let r = match self.readable_resource(viewer, id).await {
            Ok((r, _)) if r.merged_into.is_none() => r,
            Ok(_) | Err(CoreError::NotFound) => return Ok(None),
            Err(e) => return Err(e),
        };
        let ts = &r.translations;
        Ok(ts
            .iter()
            .find(|t| t.lang == Lang::of(locale))
            .or(ts.first())
            .map(|t| t.title.clone()))
    }

    /// A resource `actor` may edit.
    async fn editable_resource(&self, actor: &User, id: ResourceId) -> Result<StoredResource> {
        let (r, item) = self.readable_resource(Some(actor), id).await?;
        if r.merged_into.is_some() || !can(Some(&actor.actor()), Action::Edit, item) {
            return Err(CoreError::Forbidden);
        }
        Ok(r)
    }

    /// A resource's page, in the language asked for (else the reader's,
    /// else the first shared).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn resource_page(
        &self,
        viewer: Option<&User>,
        locale: Locale,
        id: ResourceId,
        asked: Option<Lang>,
    ) -> Result<Opened> {
        let (r, item) = self.readable_resource(viewer, id).await?;
        if let Some(into) = r.merged_into {
            return Ok(Opened::Merged(into));
        }
        if r.translations.is_empty() {
            return Err(CoreError::NotFound);
        }
        let who = viewer.map(User::actor);
        let shown = asked
            .and_then(|l| r.translations.iter().position(|t| t.lang == l))
            .or_else(|| {
                r.translations
                    .iter()
                    .position(|t| t.lang == Lang::of(locale))
            })
            .unwrap_or(0);
        let org = self.store.org_by_id(r.org).await?;
        let community = match r.about.community {
            Some(c) => self
                .community_directory()
                .await?
                .by_id(c)
                .map(|(c, _)| (c.slug.to_string(), c.title.clone())),
            None => None,
        };
        let taxonomy = self.taxonomy().await?;
        let items = r
            .about
            .items
            .iter()
            .filter_map(|code| taxonomy.iter().find(|t| &t.code == code))
            .map(|t| t.label.get(locale).to_string())
            .collect();
        let exchange = match (r.origin, r.origin_id.as_deref()) {
            (Origin::Exchange, Some(x)) => self.exchange_sides(viewer, x).await?,
            _ => None,
        };
        let may_edit = r.origin == Origin::Shared && can(who.as_ref(), Action::Edit, item);
        let missing = Lang::ALL
            .into_iter()
            .filter(|l| r.translations.iter().all(|t| t.lang != *l))
            .collect();
        Ok(Opened::Page(Box::new(ResourcePage {
            shown,
            org_name: org.name,
            org_slug: org.slug.to_string(),
            community,
            items,
            may_edit,
            may_curate: can(who.as_ref(), Action::Curate, item),
            missing,
            exchange,
            res: r,
        })))
    }

    /// The two sides of the exchange `id` names, and its address when
    /// `viewer` may open it.
    async fn exchange_sides(
        &self,
        viewer: Option<&User>,
        id: &str,
    ) -> Result<Option<(String, String, Option<String>)>> {
        let Ok(id) = id.parse::<minga_domain::ExchangeId>() else {
            return Ok(None);
        };
        let x = match self.store.exchange(id).await {
            Ok(x) => x,
            Err(minga_store::StoreError::NotFound) => return Ok(None),
            Err(e) => return Err(e.into()),
        };
        let seeker = self.store.org_by_id(x.seeker).await?.name;
        let helper = self.store.org_by_id(x.helper).await?.name;
        let resource = Resource::Exchange {
            seeker: x.seeker,
            helper: x.helper,
        };
        let href = can(viewer.map(User::actor).as_ref(), Action::View, resource)
            .then(|| format!("/capacity/exchanges/{id}"));
        Ok(Some((seeker, helper, href)))
    }

    /// Whether `actor` may share in the library (asked before a form's
    /// files are read, so a refused request stores nothing).
    pub fn may_share(&self, actor: &User) -> bool {
        can(Some(&actor.actor()), Action::Create, Resource::Library)
    }

    /// The communities `actor` may keep a resource for: those they may
    /// post in, as (slug, title), by title.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn library_communities(&self, actor: &User) -> Result<Vec<(String, String)>> {
        let directory = self.community_directory().await?;
        let standings = self.standings(Some(actor)).await?;
        let who = actor.actor();
        let mut list: Vec<(String, String)> = directory
            .all()
            .filter(|(c, _)| {
                let standing = standings.get(&c.id).copied().unwrap_or(Standing::Outsider);
                can_in_community(Some(&who), standing, CommunityAction::Post, c.shape())
            })
            .map(|(c, _)| (c.slug.to_string(), c.title.clone()))
            .collect();
        list.sort_by(|a, b| text::collate(actor.locale, &a.1, &b.1));
        Ok(list)
    }

    /// Checks what a resource is about; `community` is resolved to one the
    /// actor may post in.
    async fn check_about(
        &self,
        actor: &User,
        form: &ResourceForm,
        errors: &mut FieldErrors,
    ) -> Result<Option<ResourceAbout>> {
        let taxonomy = self.taxonomy().await?;
        let this_year = chrono::Datelike::year(&chrono::Utc::now());
        let Some(f) = check_resource(
            form,
            |c| taxonomy.iter().any(|t| &t.code == c),
            this_year,
            errors,
        ) else {
            return Ok(None);
        };
        let community = match &f.community {
            Some(slug) => {
                let allowed = self.library_communities(actor).await?;
                if !allowed.iter().any(|(s, _)| s == slug) {
                    errors.add("community", "error-library-community");
                    return Ok(None);
                }
                let directory = self.community_directory().await?;
                directory.by_slug(slug).map(|(c, _)| c.id)
            }
            None => None,
        };
        Ok(Some(ResourceAbout {
            kind: f.kind,
            year: f.year,
            licence: f.licence,
            reach: f.reach,
            community,
            items: f.items,
            countries: f.countries,
        }))
    }

    /// The file kept for a form: the actor's organisation's own upload.
    async fn form_file(
        &self,
        actor: &User,
        file: Option<minga_domain::FileId>,
    ) -> Result<Option<FileRef>> {
        Ok(match file {
            Some(id) => self.own_files(actor, &[id]).await?.into_iter().next(),
            None => None,
        })
    }

    /// Shares a resource in one language, with a file (already stored:
    /// `file`) or a link.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn share_resource(
        &self,
        actor: &User,
        form: &ResourceForm,
        file: Option<minga_domain::FileId>,
        mut errors: FieldErrors,
    ) -> Result<ResourceId> {
        if !self.may_share(actor) {
            return Err(CoreError::Forbidden);
        }
        let file = self.form_file(actor, file).await?;
        let t = check_translation(form, file.is_some(), &mut errors);
        let about = self.check_about(actor, form, &mut errors).await?;
        let (Some(t), Some(about), true) = (t, about, errors.is_empty()) else {
            return Err(CoreError::Invalid(errors));
        };
        let id = ResourceId::new();
        let new = NewResource {
            id,
            kind: about.kind,
            year: about.year,
            licence: about.licence,
            reach: about.reach,
            community: about.community,
            org: actor.org_id,
            by: Some(actor.id),
            items: about.items,
            countries: about.countries,
            first: NewTranslation {
                lang: t.lang,
                title: t.title,
                summary: t.summary,
                file: if t.url.is_some() { None } else { file },
                url: t.url,
                by: Some(actor.id),
            },
        };
        self.store.insert_resource(&new).await?;
        Ok(id)
    }

    /// What the form that adds a language to `id` needs: the resource, and
    /// whether `actor` may add one.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn translation_form(&self, actor: &User, id: ResourceId) -> Result<StoredResource> {
        self.editable_resource(actor, id).await
    }

    /// Adds a language to a resource.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn add_resource_translation(
        &self,
        actor: &User,
        id: ResourceId,
        form: &ResourceForm,
        file: Option<minga_domain::FileId>,
        mut errors: FieldErrors,
    ) -> Result<Lang> {
        let r = self.editable_resource(actor, id).await?;
        if r.origin != Origin::Shared {
            return Err(CoreError::Forbidden);
        }
        let file = self.form_file(actor, file).await?;
        let t = check_translation(form, file.is_some(), &mut errors);
        if let Some(t) = &t {
            if r.translations.iter().any(|x| x.lang == t.lang) {
                errors.add("lang", "error-library-lang-taken");
            }
        }
        let (Some(t), true) = (t, errors.is_empty()) else {
            return Err(CoreError::Invalid(errors));
        };
        let lang = t.lang;
        let new = NewTranslation {
            lang,
            title: t.title,
            summary: t.summary,
            file: if t.url.is_some() { None } else { file },
            url: t.url,
            by: Some(actor.id),
        };
        match self.store.add_translation(id, &new).await {
            Err(minga_store::StoreError::Conflict(_)) => {
                let mut errors = FieldErrors::new();
                errors.add("lang", "error-library-lang-taken");
                Err(CoreError::Invalid(errors))
            }
            other => Ok(other.map(|()| lang)?),
        }
    }

    /// Changes a shared resource: one language's title and summary, and
    /// what the resource is about and who reads it (its file or link stays;
    /// another file is another language, or a new resource).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn edit_resource(
        &self,
        actor: &User,
        id: ResourceId,
        lang: Lang,
        form: &ResourceForm,
    ) -> Result<()> {
        let r = self.editable_resource(actor, id).await?;
        if r.origin != Origin::Shared || r.translations.iter().all(|t| t.lang != lang) {
            return Err(CoreError::NotFound);
        }
        let mut errors = FieldErrors::new();
        let title = minga_domain::required_text(&form.title, minga_domain::library::TITLE_MAX)
            .map_err(|k| errors.add("title", k))
            .ok();
        let summary = form.summary.trim().to_string();
        if summary.chars().count() > minga_domain::library::SUMMARY_MAX {
            errors.add_with(
                "summary",
                "error-library-too-long",
                vec![("max", minga_domain::library::SUMMARY_MAX.to_string())],
            );
        }
        let about = self.check_about(actor, form, &mut errors).await?;
        let (Some(title), Some(about), true) = (title, about, errors.is_empty()) else {
            return Err(CoreError::Invalid(errors));
        };
        self.store
            .edit_translation(id, lang, &title, &summary)
            .await?;
        Ok(self.store.set_resource_about(id, &about).await?)
    }

    /// Features or archives a resource, or undoes it (the Secretariat).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn curate_resource(&self, actor: &User, id: ResourceId, c: Curation) -> Result<()> {
        let (r, item) = self.readable_resource(Some(actor), id).await?;
        if r.merged_into.is_some() || !can(Some(&actor.actor()), Action::Curate, item) {
            return Err(CoreError::Forbidden);
        }
        let (featured, archived) = match c {
            Curation::Feature(on) => (Some(on), None),
            Curation::Archive(on) => (None, Some(on)),
        };
        Ok(self
            .store
            .set_resource_flags(id, featured, archived)
            .await?)
    }

    /// Merges the duplicate `from` into `into`, named by its address or id
    /// as typed (the Secretariat).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn merge_resource(
        &self,
        actor: &User,
        from: ResourceId,
        into: &str,
    ) -> Result<ResourceId> {
        let (r, item) = self.readable_resource(Some(actor), from).await?;
        if r.merged_into.is_some() || !can(Some(&actor.actor()), Action::Curate, item) {
            return Err(CoreError::Forbidden);
        }
        let invalid = || {
            let mut e = FieldErrors::new();
            e.add("into", "error-library-merge-target");
            CoreError::Invalid(e)
        };
        let typed = into.trim().trim_end_matches('/');
        let typed = typed.rsplit('/').next().unwrap_or(typed);
        let typed = typed.split(['?', '#']).next().unwrap_or(typed);
        let into: ResourceId = typed.parse().map_err(|_| invalid())?;
        if into == from {
            return Err(invalid());
        }
        match self.store.resource(into).await? {
            Some(t) if t.merged_into.is_none() => {}
            _ => return Err(invalid()),
        }
        self.store.merge_resources(from, into).await?;
        Ok(into)
    }

    /// Opens a translation's preview picture (a JPEG) for `viewer`.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn resource_preview(
        &self,
        viewer: Option<&User>,
        id: ResourceId,
        lang: Lang,
    ) -> Result<(String, Vec<u8>)> {
        let (r, _) = self.readable_resource(viewer, id).await?;
        let t = r
            .translations
            .iter()
            .find(|t| t.lang == lang)
            .ok_or(CoreError::NotFound)?;
        let Some((key, size)) = &t.preview_blob else {
            return Err(CoreError::NotFound);
        };
        let bytes = self
            .blobs
            .read_all(key)
            .await
            .map_err(CoreError::with("reading a preview"))?;
        let _ = size;
        Ok((crate::files::entity_tag(key), bytes))
    }

    /// Whether `viewer` reads a file as a language of a resource they may
    /// read (`None`: the file is in no resource).
    pub(crate) async fn may_read_library_file(
        &self,
        viewer: Option<&User>,
        file: minga_domain::FileId,
    ) -> Result<Option<bool>> {
        let ids = self.store.resources_of_file(file).await?;
        if ids.is_empty() {
            return Ok(None);
        }
        for id in ids {
            match self.readable_resource(viewer, id).await {
                Ok(_) => return Ok(Some(true)),
                Err(CoreError::NotFound) => {}
                Err(e) => return Err(e),
            }
        }
        Ok(Some(false))
    }

    /// How many resources the library holds (merged ones aside).
    pub async fn count_resources(&self) -> Result<i64> {
        Ok(self.store.count_resources().await?)
    }
}

/// How far before the last read the next one looks for changes: a write
/// stamps `updated_at` before it commits, so one committing slowly (or
/// made on an app server whose clock is behind) is still caught.
const CHANGE_MARGIN_MS: i64 = 5 * 60 * 1000;

/// The index with the version it is current at and when it was read.
struct LastIndex {
    seq: i64,
    read_at: i64,
    index: Arc<LibraryIndex>,
}

/// Kept values of the library (a field of `Derived`).
#[derive(Default)]
pub struct KeptLibrary {
    last: Mutex<Option<LastIndex>>,
    /// One read of the index at a time (the others wait for it).
    reading: tokio::sync::Mutex<()>,
}

/// The size of the preview picture of a page, at most, in bytes: the
/// preview page with it stays within the 50 KB page budget.
pub const PREVIEW_MAX_BYTES: usize = 36 * 1024;
/// The preview picture's width, in pixels.
pub const PREVIEW_WIDTH: u32 = 480;

impl Core {
    /// Makes the first-page picture of a translation (the worker's job):
    /// a picture is scaled down; a PDF's first page is drawn by pdftoppm
    /// when the server has it. The state records what happened.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn make_preview(&self, payload: &str) -> Result<()> {
        let bad = || CoreError::other("reading a preview job", payload.to_string());
        let (id, lang) = payload.split_once(':').ok_or_else(bad)?;
        let id: ResourceId = id.parse().map_err(|_| bad())?;
        let lang = Lang::parse(lang).ok_or_else(bad)?;
        let Some(r) = self.store.resource(id).await? else {
            return Ok(());
        };
        let Some(file) = r
            .translations
            .iter()
            .find(|t| t.lang == lang)
            .and_then(|t| t.file.clone())
        else {
            return Ok(());
        };
        let stored = self.store.file(file.id).await?.ok_or(CoreError::NotFound)?;
        let bytes = self
            .blobs
            .read_all(&stored.blob_key)
            .await
            .map_err(CoreError::with("reading a file to preview"))?;
        let picture = if file.content_type == "application/pdf" {
            match self.first_page(&bytes).await? {
                Some(png) => png,
                None => {
                    return Ok(self
                        .store
                        .set_preview(id, lang, PreviewState::Unavailable, None)
                        .await?)
                }
            }
        } else {
            bytes
        };
        let made = tokio::task::spawn_blocking(move || {
            crate::pictures::make_preview(&picture, PREVIEW_WIDTH, PREVIEW_MAX_BYTES)
        })
        .await
        .map_err(CoreError::with("making a preview"))?;
        match made {
            Ok(jpeg) => {
                let size = jpeg.len() as u64;
                let stored = self
                    .blobs
                    .put_bytes(bytes::Bytes::from(jpeg), PREVIEW_MAX_BYTES as u64)
                    .await
                    .map_err(CoreError::with("storing a preview"))?;
                self.store
                    .set_preview(id, lang, PreviewState::Done, Some((&stored.key, size)))
                    .await?;
            }
            Err(_) => {
                self.store
                    .set_preview(id, lang, PreviewState::Failed, None)
                    .await?;
            }
        }
        Ok(())
    }

    /// The first page of a PDF as a PNG, drawn by pdftoppm at the preview's
    /// width; `None` when pdftoppm cannot be run or cannot read the file.
    async fn first_page(&self, pdf: &[u8]) -> Result<Option<Vec<u8>>> {
        let dir = tempfile::tempdir().map_err(CoreError::with("making a folder for pdftoppm"))?;
        let input = dir.path().join("in.pdf");
        tokio::fs::write(&input, pdf)
            .await
            .map_err(CoreError::with("writing a PDF for pdftoppm"))?;
        let out = dir.path().join("page");
        let width = (PREVIEW_WIDTH * 2).to_string();
        let args = [
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            "-png",
            "-scale-to-x",
            width.as_str(),
            "-scale-to-y",
            "-1",
            input.to_str().unwrap_or_default(),
            out.to_str().unwrap_or_default(),
        ];
        let program = std::path::PathBuf::from(&self.settings.pdftoppm);
        match crate::media::run_for(&program, &args, PDFTOPPM_TIMEOUT).await {
            Ok(Some(o)) if o.status.success() => {}
            Ok(_) => return Ok(None),
            Err(e) => {
                tracing::warn!(error = %e, "pdftoppm failed");
                return Ok(None);
            }
        }
        Ok(tokio::fs::read(dir.path().join("page.png")).await.ok())
    }

    /// Queues the previews still waiting without a job (at the worker's start).
    pub async fn queue_missing_previews(&self) -> Result<usize> {
        Ok(self.store.queue_missing_previews().await?)
    }
}

/// The longest one pdftoppm run may take.
const PDFTOPPM_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(60);
