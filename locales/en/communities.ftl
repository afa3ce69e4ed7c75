# Learning Communities (issue 12).

## Communities: errors
error-community-languages-required = Choose at least one language people write in there.
error-community-invite-unknown = Nobody in the network has this email address. Ask their organisation to invite them to Minga first.
error-community-partners-not-admitted = This person works for a partner organisation, and this community does not admit partners.
error-community-already-member = This person is already a member.

## Communities: pages
nav-communities = Communities
communities-title = Learning Communities
communities-intro = Members learn from each other here: open discussions, events and shared recordings, each community around a theme of the network.
communities-new = New community
communities-create = Create the community
communities-invitations = Invitations for you
communities-filters = Filter communities
communities-filter-theme = Theme or capacity
communities-filter-language = Language
communities-filter-mine = Only my communities
communities-count = { $count ->
    [one] { $n } community
   *[other] { $n } communities
}
communities-empty-title = No communities to show
communities-empty = There are no communities yet.
communities-empty-filtered = No community matches these filters.
community-visibility-public = Public
community-visibility-public-hint = Anyone can read it, even without signing in; people of the network join it freely.
community-visibility-members = Members only
community-visibility-members-hint = Only people of the network read it; they join it freely.
community-visibility-invite-only = Invite only
community-visibility-invite-only-hint = People of the network see that it exists and can ask to join; only its members read it.
community-partners-admitted = Partners admitted
community-hidden = Hidden
community-members-count = { $count ->
    [one] { $n } member
   *[other] { $n } members
}
community-standing-requested = Request sent
community-standing-invited = You are invited
community-standing-member = You are a member
community-standing-moderator = You moderate it
community-last-visit = Your last visit: { $when }.
community-note-hint = Optional: say why you would like to join (up to { $max } characters).
community-leave-confirm = You will leave { $title }. You can join again later.
community-you-are-invited = You are invited to join this community.
community-accept = Accept the invitation
community-decline = Decline
community-request-waiting = Your request to join is waiting for a moderator’s answer.
community-withdraw = Withdraw the request
community-you-moderate = You moderate this community.
community-you-are-member = You are a member of this community.
community-join = Join the community
community-request-note = Message to the moderators
community-request = Ask to join
community-sign-in-to-join = Sign in to join
community-edit = Edit the community
community-requests-waiting = { $count ->
    [one] { $n } person asks to join
   *[other] { $n } people ask to join
}
community-purpose = What this community is for
community-members-only-inside = Only its members read what is written here.
community-no-members = Nobody has joined yet.
community-moderator = Moderator
community-all-members = See all members
community-leave = Leave the community
community-leave-button = Leave
community-field-title = Title
community-field-purpose = Purpose
community-field-themes = Themes and capacities
community-field-languages = Languages people write in
community-field-visibility = Who can read it
community-field-partners = Admit people of partner organisations
community-chars-hint = Up to { $max } characters.
community-purpose-hint = What members will learn and do together. Markdown: **bold**, lists, links. Up to { $max } characters.
community-save = Save
community-hide = Hide the community
community-hide-hint = Nobody but the Secretariat will see it or anything in it, until it is shown again.
community-show-again = Show the community again
community-show-again-hint = Its members and, depending on who can read it, others will see it again.
community-members-title = Members
community-requests = Asking to join
community-no-requests = Nobody is waiting for an answer.
community-request-accept = Accept
community-request-decline = Decline
community-invite = Invite someone
community-invite-email = Their email address
community-invite-hint = Anyone with an account in Minga. They accept or decline on the community’s page.
community-invite-send = Send the invitation
community-invited = Invited, not yet answered
community-appoint = Make moderator
community-unappoint = Stop moderating
community-remove = Remove
notice-community-created = The community has been created.
notice-community-joined = Welcome: you are now a member.
notice-community-left = You are no longer in this community.
notice-community-requested = Your request has been sent to the moderators.
notice-community-invited = The invitation has been sent.
notice-community-answered = The answer has been recorded.
notice-community-hidden = The community is hidden.
notice-community-shown = The community is shown again.

## People's pages
person-title = Person
person-language = Language in Minga
person-time = Time where they are
person-communities = Communities
person-no-communities = Not in any community you can see.

## perms-notices
home-my-communities = My communities
home-my-communities-none = You are not in any community yet.
home-my-communities-find = Find a community
home-my-communities-all = All communities
