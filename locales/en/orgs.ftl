## The member directory and organisation profiles

orgs-title = Member directory
orgs-intro = The coalitions, international organisations and partners of the network.
orgs-new = Add an organisation
orgs-filters = Filter the directory
orgs-search = Name contains
orgs-include-archived = Include archived
orgs-count = { $count ->
    [one] { $n } organisation
   *[other] { $n } organisations
}
orgs-empty-title = No organisations to show
orgs-empty = The directory is empty for now.
orgs-empty-filtered = No organisation matches these filters.
field-region = Region
field-country = Country
field-kind = Kind
field-group = North / South
field-org-name = Name of the organisation
field-description = Description
field-website = Website
field-contact-email = Contact email
field-contact-phone = Contact phone
field-public = Show this profile publicly
field-invite-language = Language of the invitation
hint-markdown = You can use Markdown: **bold**, *italic*, lists and links.
hint-public = Public profiles are visible to anyone. Contacts and staff are only shown to signed-in members.

org-title = Organisation
org-back = ← All members
org-about = About
org-no-description = No description yet.
org-demo = Demo data
org-archived = Archived
org-members-only = Members only
org-edit = Edit profile
org-invite = Invite people
org-archive = Archive
org-restore = Restore
org-updated = Last updated
org-staff = People
org-no-staff = Nobody from this organisation has joined yet.
org-contacts-signed-in = Contacts are shown to signed-in members of the network.
org-edit-title = Edit the organisation
org-new-title = Add an organisation
org-derived = Derived from the country
org-invite-title = Invite a person
org-invite-intro = They will join { $org } with the role you choose.
org-invite-submit = Send the invitation
org-invite-hint = The invitation link works once and expires after 7 days.
error-role-needs-secretariat = The Secretariat role can only be given in the Secretariat.
error-role-secretariat-only = In the Secretariat, only the Secretariat role can be given.
org-capacities = Strengths and needs
org-no-strengths = No strength rated 2 or 3 in its latest profile.
org-no-needs = No need in its latest profile.
org-offers = offers to help peers
org-could-help = They offer help with { $item }, which your organisation needs: ask them

## directory (issue 11)
orgs-search-any = Name, country or theme
orgs-country-option = { $country } ({ $count })
pager-past-end-title = There is no such page
pager-past-end = The results end at page { $pages }.
pager-last = Go to the last page
field-override-reason = Reason for a different region or group
hint-override-reason = Required when the region or group is not the one the country gives. Only the Secretariat sees it.
org-override-reason = Region or group set by the Secretariat:
error-override-reason-required = Say why the region or group differs from the country’s.
error-override-forbidden = Only the Secretariat can set a region or group other than the country’s.
## People and pictures (issue 11)
people-title = People
people-count = { $count ->
    [one] { $n } person
   *[other] { $n } people
}
people-role-of = Role of { $name }
people-change-role = Change role
people-remove = Remove from the organisation
people-remove-confirm = { $name } will no longer be able to sign in. What they wrote stays, under their name.
people-remove-confirm-button = Remove
people-invitations = Invitations waiting
people-no-invitations = No invitation is waiting.
people-expires = Link valid until
people-actions = Actions
people-resend = Send again
people-revoke = Revoke
org-edit-details = Details
error-last-admin-role = This is the organisation’s last admin: give someone else the admin role first.
error-last-admin-remove = This is the organisation’s last admin, so they cannot be removed: give someone else the admin role first.
error-invite-already-in-org = This person is already in the organisation.
notice-invitation-resent = The invitation was sent again with a new link; the old link no longer works.
notice-invitation-revoked = The invitation was revoked; its link no longer works.
notice-role-changed = The role was changed.
notice-person-removed = The person was removed from the organisation.
notice-picture-saved = The picture was saved.
notice-picture-removed = The picture was removed.
picture-logo = Logo
picture-logo-choose = New logo
picture-logo-alt = Logo of { $org }
picture-avatar = Picture
picture-avatar-choose = New picture
picture-avatar-alt = Picture of { $name }
picture-hint = PNG, JPEG, GIF or WebP. It is cropped to a square around its centre.
picture-upload = Upload
picture-remove = Remove the picture
error-picture-choose = Choose a picture to upload.
error-picture-not-image = “{ $name }” is not a picture Minga can read: upload a PNG, JPEG, GIF or WebP file.
error-picture-too-large = “{ $name }” is too large: a picture may be at most { $max } pixels wide and tall.
error-picture-corrupt = “{ $name }” is damaged and cannot be read. Try saving it again.
