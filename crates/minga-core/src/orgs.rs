//! The member directory and organisation profiles.

use crate::{markdown, Core, CoreError, Result};
use minga_domain::{
    can, optional_url, required_text, Action, Classification, Country, Email, FieldErrors, Group,
    Org, OrgFields, OrgFilter, OrgId, OrgKind, Page, Region, Resource, Slug, User,
};

pub const PER_PAGE: u32 = 24;
pub const NAME_MAX: usize = 160;
pub const DESCRIPTION_MAX: usize = 20_000;

/// The organisation form as typed; kept whole so a form with errors can be
/// shown again exactly as it was.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct OrgInput {
    pub name: String,
    pub kind: String,
    pub country: String,
    pub region: String,
    pub group: String,
    /// Why the region or group differs from the country's (Secretariat).
    pub override_reason: String,
    pub description: String,
    pub website: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub public: Option<String>,
}

impl OrgInput {
    pub fn from_org(o: &Org) -> OrgInput {
        OrgInput {
            name: o.name.clone(),
            kind: o.kind.code().into(),
            country: o.country.code().into(),
            region: if o.region_overridden {
                o.region.code().into()
            } else {
                String::new()
            },
            group: if o.group_overridden {
                o.group.code().into()
            } else {
                String::new()
            },
            override_reason: o.override_reason.clone().unwrap_or_default(),
            description: o.description_md.clone(),
            website: o.website.clone().unwrap_or_default(),
            contact_email: o.contact_email.clone().unwrap_or_default(),
            contact_phone: o.contact_phone.clone().unwrap_or_default(),
            public: o.public.then(|| "on".into()),
        }
    }

    /// Checks every field; `may_change_kind` is false for an org_admin, who
    /// cannot reclassify their own organisation.
    pub fn validate(
        &self,
        current: Option<&Org>,
        may_classify: bool,
    ) -> Result<OrgFields, FieldErrors> {
        let mut e = FieldErrors::new();
        let name = e.check("name", required_text(&self.name, NAME_MAX));
        let kind = if may_classify || current.is_none() {
            e.check(
                "kind",
                OrgKind::parse(&self.kind).ok_or("error-choose-option"),
            )
        } else {
            current.map(|o| o.kind)
        };
        let country = e.check("country", Country::parse(&self.country));
        // Region and North/South follow the country; only the Secretariat
        // sets them otherwise, and says why (`Classification::decide`).
        let region = match self.region.as_str() {
            "" => Some(None),
            code => e
                .check("region", Region::parse(code).ok_or("error-choose-option"))
                .map(Some),
        };
        let group = match self.group.as_str() {
            "" => Some(None),
            code => e
                .check("group", Group::parse(code).ok_or("error-choose-option"))
                .map(Some),
        };
        let mut classification = Classification::default();
        if let (Some(country), Some(region), Some(group)) = (country, region, group) {
            // What someone who may not classify did not touch stays as the
            // Secretariat left it.
            let unchanged = current.filter(|o| {
                !may_classify
                    && region.is_none_or(|r| r == o.region)
                    && group.is_none_or(|g| g == o.group)
            });
            match unchanged {
                Some(o) => {
                    classification = Classification {
                        region_override: o.region_overridden.then_some(o.region),
                        group_override: o.group_overridden.then_some(o.group),
                        reason: o.override_reason.clone(),
                    }
                }
                None => match Classification::decide(
                    country,
                    region,
                    group,
                    &self.override_reason,
                    may_classify,
                ) {
                    Ok(c) => classification = c,
                    Err((field, key)) => e.add(field, key),
                },
            }
        }
        let Classification {
            region_override,
            group_override,
            reason: override_reason,
        } = classification;
        let description = self.description.trim().to_string();
        let description_html = if description.chars().count() > DESCRIPTION_MAX {
            e.add("description", "error-too-long");
            None
        } else {
            e.check(
                "description",
                markdown::render(&description).map_err(|_| "error-markdown-too-complex"),
            )
        };
        let website = e.check("website", optional_url(&self.website));
        let contact_email = match self.contact_email.trim() {
            "" => Some(None),
            s => e.check(
                "contact_email",
                Email::parse(s).map(|m| Some(m.to_string())),
            ),
        };
        let phone = self.contact_phone.trim();
        let phone_ok = phone.chars().count() <= 40
            && phone
                .chars()
                .all(|c| c.is_ascii_digit() || " +-().".contains(c));
        if !phone_ok {
            e.add("contact_phone", "error-phone-invalid");
        }
        e.into_result()?;
        match (
            name,
            kind,
            country,
            website,
            contact_email,
            description_html,
        ) {
            (
                Some(name),
                Some(kind),
                Some(country),
                Some(website),
                Some(contact_email),
                Some(description_html),
            ) => Ok(OrgFields {
                name,
                kind,
                country,
                region_override,
                group_override,
                override_reason,
                description_html,
                description_md: description,
                website,
                contact_email,
                contact_phone: (!phone.is_empty()).then(|| phone.to_string()),
                public: self.public.is_some(),
            }),
            _ => Err(FieldErrors::new()),
        }
    }
}

/// An organisation's profile page, with what the viewer may see.
pub struct Profile {
    pub org: Org,
    /// Staff, for signed-in members only.
    pub staff: Option<Vec<User>>,
    pub may_edit: bool,
    pub may_invite: bool,
    pub may_archive: bool,
    /// Why its region or group is not its country's, for the Secretariat.
    pub override_reason: Option<String>,
    /// Its latest submitted capacity profile, for signed-in readers (what
    /// the map already shows them), with the needs of the reader's own
    /// organisation that this one offers to help with.
    pub capacities: Option<OrgCapacities>,
    /// May see and manage its people (the people page).
    pub may_manage_people: bool,
    /// The logo and the staff's avatars, by id, for those that have one.
    pub pictures: std::collections::HashMap<String, minga_domain::people::Picture>,
}

/// An organisation's strengths and needs as its page shows them.
pub struct OrgCapacities {
    pub profile: minga_domain::capacity::CapacityProfile,
    /// Items the reader's organisation needs and this one offers (rates 2
    /// or more and shares): where an exchange could start.
    pub could_help_reader: Vec<minga_domain::capacity::ItemCode>,
}

impl Core {
    /// One page of the directory as `viewer` may see it, in the order of
    /// `filter.locale`'s collation. Words of `filter.text` are looked for,
    /// accents and case aside, in names, in the countries' names in every
    /// language and in the themes of each organisation's current profile.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn directory(
        &self,
        viewer: Option<&User>,
        mut filter: OrgFilter,
        page: u32,
    ) -> Result<Page<Org>> {
        let actor = viewer.map(|u| u.actor());
        filter.public_only = viewer.is_none();
        filter.include_archived =
            filter.include_archived && can(actor.as_ref(), Action::Administer, Resource::Network);
        Ok(self.store.list_orgs(&filter, page, PER_PAGE).await?)
    }

    /// Every organisation `viewer` can find with `filter`, in name order
    /// (for pickers: linking organisations to a practice).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn directory_all(
        &self,
        viewer: Option<&User>,
        mut filter: OrgFilter,
    ) -> Result<Vec<Org>> {
        filter.public_only = viewer.is_none();
        filter.include_archived = false;
        Ok(self.store.all_orgs_matching(&filter).await?)
    }

    /// The countries that have organisations `viewer` can find, with how
    /// many, sorted by their names in `locale`'s collation.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn directory_countries(
        &self,
        viewer: Option<&User>,
        locale: minga_domain::Locale,
    ) -> Result<Vec<(Country, u64)>> {
        let mut counts = self.store.count_orgs_by_country(viewer.is_none()).await?;
        counts.sort_by(|a, b| {
            minga_domain::text::collate(locale, a.0.name(locale), b.0.name(locale))
        });
        Ok(counts)
    }

    /// Remakes organisations' search and sort keys made by other code (run
    /// at start, after migrations).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn refresh_org_keys(&self) -> Result<u64> {
        Ok(self.store.refresh_org_keys().await?)
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn org_profile(&self, viewer: Option<&User>, slug: &str) -> Result<Profile> {
        let org = self.store.org_by_slug(slug).await?;
        let actor = viewer.map(|u| u.actor());
        let a = actor.as_ref();
        // A page the viewer may not see does not exist for them.
        if !can(a, Action::View, org.resource()) {
            return Err(CoreError::NotFound);
        }
        let staff = if can(a, Action::ViewContacts, org.resource()) {
            Some(self.store.users_of_org(org.id).await?)
        } else {
            None
        };
        let capacities = match viewer {
            Some(v) => self.org_capacities(v, &org).await?,
            None => None,
        };
        // The logo, and the avatars of the people shown.
        let mut owners = vec![org.id.to_string()];
        owners.extend(staff.iter().flatten().map(|u| u.id.to_string()));
        Ok(Profile {
            pictures: self.store.pictures_of(&owners).await?,
            may_manage_people: can(a, Action::ManagePeople, org.resource()),
            capacities,
            may_edit: can(a, Action::Edit, org.resource()),
            may_invite: viewer.is_some_and(|u| self.may_invite(u, &org)),
            may_archive: can(a, Action::Archive, org.resource()),
            override_reason: org
                .override_reason
                .clone()
                .filter(|_| can(a, Action::Administer, Resource::Network)),
            staff,
            org,
        })
    }

    async fn org_capacities(&self, viewer: &User, org: &Org) -> Result<Option<OrgCapacities>> {
        let Some((_, profile)) = self.store.latest_submitted_profile(org.id).await? else {
            return Ok(None);
        };
        let reader_needs = if viewer.org_id == org.id {
            vec![]
        } else {
            self.store
                .latest_submitted_profile(viewer.org_id)
                .await?
                .map(|(_, p)| p.needs)
                .unwrap_or_default()
        };
        let could_help_reader = reader_needs
            .into_iter()
            .filter(|n| {
                profile.ratings.iter().any(|r| {
                    r.item == n.item && r.share && r.level >= minga_domain::capacity::Level::STRONG
                })
            })
            .map(|n| n.item)
            .collect();
        Ok(Some(OrgCapacities {
            profile,
            could_help_reader,
        }))
    }

    /// The organisation `actor` may edit, or `Forbidden`/`NotFound`.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn org_for_edit(&self, actor: &User, slug: &str) -> Result<Org> {
        let org = self.store.org_by_slug(slug).await?;
        let a = actor.actor();
        if !can(Some(&a), Action::View, org.resource()) {
            return Err(CoreError::NotFound);
        }
        if !can(Some(&a), Action::Edit, org.resource()) {
            return Err(CoreError::Forbidden);
        }
        Ok(org)
    }

    /// `Forbidden` unless the actor may create organisations.
    pub fn require_create_org(&self, actor: &User) -> Result<()> {
        if can(Some(&actor.actor()), Action::Create, Resource::Network) {
            Ok(())
        } else {
            Err(CoreError::Forbidden)
        }
    }

    pub fn may_classify(&self, actor: &User) -> bool {
        can(Some(&actor.actor()), Action::Administer, Resource::Network)
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn update_org(&self, actor: &User, slug: &str, input: &OrgInput) -> Result<Org> {
        let org = self.org_for_edit(actor, slug).await?;
        let fields = input.validate(Some(&org), self.may_classify(actor))?;
        Ok(self.store.update_org(org.id, &fields).await?)
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn create_org(&self, actor: &User, input: &OrgInput) -> Result<Org> {
        if !can(Some(&actor.actor()), Action::Create, Resource::Network) {
            return Err(CoreError::Forbidden);
        }
        let fields = input.validate(None, true)?;
        let slug = Slug::from_name(&fields.name);
        let slug = if slug.as_str() == "org" {
            Slug::from_name(&format!(
                "{} {}",
                fields.country.name(minga_domain::Locale::En),
                fields.kind.code()
            ))
        } else {
            slug
        };
        Ok(self.store.create_org(&fields, &slug, false).await?)
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn set_org_archived(&self, actor: &User, slug: &str, archived: bool) -> Result<Org> {
        let org = self.store.org_by_slug(slug).await?;
        if !can(Some(&actor.actor()), Action::Archive, org.resource()) {
            return Err(CoreError::Forbidden);
        }
        self.store.set_org_archived(org.id, archived).await?;
        Ok(self.store.org_by_id(org.id).await?)
    }
}

impl Core {
    /// How many organisations `viewer` can find in each region.
    /// An organisation by id, for ids the reader's own data names (their
    /// organisation, their invitation's).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn org_by_id(&self, id: OrgId) -> Result<Org> {
        Ok(self.store.org_by_id(id).await?)
    }

    /// An organisation by its slug (the command line's `--org`).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn org_by_slug(&self, slug: &str) -> Result<Org> {
        Ok(self.store.org_by_slug(slug).await?)
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn network_counts(&self, viewer: Option<&User>) -> Result<Vec<(Region, u64)>> {
        let counts = self.store.count_orgs_by_region(viewer.is_none()).await?;
        Ok(Region::ALL
            .into_iter()
            .map(|r| {
                (
                    r,
                    counts
                        .iter()
                        .find(|(c, _)| *c == r)
                        .map(|(_, n)| *n as u64)
                        .unwrap_or(0),
                )
            })
            .collect())
    }
}

impl Core {
    /// The Secretariat's organisation, created on a fresh install so the
    /// first Secretariat account has somewhere to belong.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn ensure_secretariat_org(&self, country: Option<&str>) -> Result<Org> {
        if let Some(org) = self.store.first_org_of_kind(OrgKind::Secretariat).await? {
            return Ok(org);
        }
        let country = Country::parse(country.unwrap_or(""))
            .map_err(|key| CoreError::field("country", key))?;
        let name = format!("{} Secretariat", self.settings.network_name);
        let fields = OrgFields {
            name: name.clone(),
            kind: OrgKind::Secretariat,
            country,
            region_override: None,
            group_override: None,
            override_reason: None,
            description_md: String::new(),
            description_html: String::new(),
            website: None,
            contact_email: None,
            contact_phone: None,
            public: true,
        };
        Ok(self
            .store
            .create_org(&fields, &Slug::from_name("secretariat"), false)
            .await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(country: &str, region: &str, group: &str, reason: &str) -> OrgInput {
        OrgInput {
            name: "Watch".into(),
            kind: "coalition".into(),
            country: country.into(),
            region: region.into(),
            group: group.into(),
            override_reason: reason.into(),
            ..Default::default()
        }
    }

    fn org(fields: &OrgFields) -> Org {
        let now = chrono::Utc::now();
        Org {
            id: OrgId::new(),
            slug: Slug::from_name(&fields.name),
            name: fields.name.clone(),
            kind: fields.kind,
            country: fields.country,
            region: fields.region(),
            group: fields.group(),
            region_overridden: fields.region_override.is_some(),
            group_overridden: fields.group_override.is_some(),
            override_reason: fields.override_reason.clone(),
            description_md: String::new(),
            description_html: String::new(),
            website: None,
            contact_email: None,
            contact_phone: None,
            public: true,
            demo: false,
            archived_at: None,
            created_at: now,
            updated_at: now,
        }
    }

    #[test]
    fn the_form_derives_region_and_group_from_the_country() {
        let f = input("KE", "", "", "").validate(None, true).unwrap();
        assert_eq!((f.region(), f.group()), (Region::Africa, Group::South));
        assert_eq!(f.override_reason, None);
        // Choosing Kenya's own values is no override and needs no reason.
        let f = input("KE", "africa", "south", "")
            .validate(None, true)
            .unwrap();
        assert_eq!((f.region_override, f.group_override), (None, None));
    }

    #[test]
    fn an_override_needs_the_secretariat_and_a_reason() {
        let e = input("KE", "europe-north-america", "north", " ")
            .validate(None, true)
            .unwrap_err();
        assert_eq!(
            e.get("override_reason"),
            Some("error-override-reason-required")
        );
        let f = input("KE", "europe-north-america", "north", "European chapter")
            .validate(None, true)
            .unwrap();
        assert_eq!(f.region(), Region::EuropeNorthAmerica);
        assert_eq!(f.group(), Group::North);
        assert_eq!(f.override_reason.as_deref(), Some("European chapter"));

        // An org admin (no classifying) keeps what the Secretariat set...
        let current = org(&f);
        let kept = input("KE", "", "", "")
            .validate(Some(&current), false)
            .unwrap();
        assert_eq!(kept.region_override, Some(Region::EuropeNorthAmerica));
        assert_eq!(kept.override_reason.as_deref(), Some("European chapter"));
        // ...and cannot set another.
        let plain = org(&input("KE", "", "", "").validate(None, true).unwrap());
        let e = input("KE", "mena", "", "Because")
            .validate(Some(&plain), false)
            .unwrap_err();
        assert_eq!(e.get("region"), Some("error-override-forbidden"));
    }
}
