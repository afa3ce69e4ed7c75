## The map of capacities: profiles, rounds, matches

nav-capacity = Capacities
capacity-nav-label = Capacities
capacity-nav-profile = Our profile
capacity-nav-matches = Peer matches
capacity-nav-map = Map
capacity-nav-rounds = Mapping rounds

level-0 = 0 — none
level-1 = 1 — basic
level-2 = 2 — strong
level-3 = 3 — can lead others
priority-high = High
priority-medium = Medium
priority-low = Low
status-not_started = Not started
status-draft = Draft
status-submitted = Submitted
kind-theme-plural = Themes
kind-capacity-plural = Technical capacities

profile-title = Capacity profile
profile-intro = Rate your organisation in each theme and technical capacity, from 0 (none) to 3 (can lead others). Say what backs your rating, mark what you are willing to share with peers, and list what you want to learn.
profile-round = Round: { $title }. Deadline: { $date }.
profile-status = Status: { $status }
profile-carried = Your answers from “{ $title }” are filled in: check them, change what has changed, and submit.
profile-no-round = No mapping round is open for your organisation at the moment. The Secretariat opens rounds; your last submitted profile is shown below.
profile-no-profile = Your organisation has not submitted a profile yet.
profile-read-only = Only your organisation's admins can edit this profile.
profile-languages = Languages you can work in
profile-level = Strength
profile-evidence = Evidence (what you did, links)
profile-share = We can support peers in this
profile-need = We want to learn this
profile-need-none = No
profile-need-description = What exactly do you need?
profile-save-draft = Save draft
profile-save-changes = Save changes
profile-submit = Submit the profile
notice-profile-draft = Draft saved. Submit when you are ready.
notice-profile-submitted = Thank you: your profile is submitted. Peers can now find you.
error-level-range = Choose a level from 0 to 3.
error-share-needs-level = You can offer support from level 2 (strong) up.
error-need-priority = Choose a priority for this need, or clear its description.
error-languages-required = Choose at least one language you can work in.
error-no-open-round = No mapping round is open for your organisation.
error-code-invalid = Use lowercase letters, digits and hyphens.

matches-title = Peer matches
matches-intro = For each need of your organisation, the members that can help, best first, and why.
matches-none-profile = Your organisation has no needs listed yet. Add them to your capacity profile to see who can help.
matches-none-for-need = Nobody offers this yet. The Secretariat sees it as a gap in the network.
matches-need = { $item } (priority: { $priority })
reason-strength = Rates itself { $level } in this.
reason-evidence = Backs it with evidence: “{ $evidence }”
reason-languages = Works in { $languages }, as you do.
reason-region = Also in { $region }.
reason-hours = { $hours ->
    [one] Their working day overlaps yours by { $hours } hour.
   *[other] Their working day overlaps yours by { $hours } hours.
}
reason-past = { $count ->
    [one] Has completed { $count } peer exchange.
   *[other] Has completed { $count } peer exchanges.
}
reason-together = { $count ->
    [one] Has completed { $count } exchange with you.
   *[other] Has completed { $count } exchanges with you.
}
reason-busy = { $count ->
    [one] Is supporting { $count } organisation right now.
   *[other] Is supporting { $count } organisations right now.
}

rounds-title = Mapping rounds
rounds-intro = A round asks organisations to update their capacity profiles by a deadline. Minga emails the people who fill in each profile (its admins, or a partner organisation's staff) in their language, and reminds those who have not submitted as the deadline nears.
rounds-none = No round has been opened yet.
rounds-open-title = Prepare a round
rounds-field-title = Title
rounds-field-deadline = Deadline
rounds-deadline-hint = The round closes at the end of this day, { $zone } time, for everyone wherever they are.
rounds-scope = Which organisations (all members when left at “Any”)
rounds-open-submit = Prepare the round
rounds-state-open = Open
rounds-state-closed = Closed
rounds-state-overdue = Past its deadline
rounds-deadline = Deadline: { $date }
error-deadline-past = The deadline must be a day in the future.
error-date-invalid = Enter a date such as 2026-12-31.
error-round-no-orgs = No organisation matches this choice.
notice-round-opened = The round is open and the people who fill in its profiles are being emailed.

round-title = Round progress
round-by-region = Progress by region
round-by-kind = Progress by kind of organisation
round-overdue = Overdue: not submitted after the deadline
round-none-overdue = Nobody is overdue.
round-overdue-more = …and { $n } more: the CSV lists every one.
round-all = All organisations in the round
round-csv = Download as CSV
round-total = Total
round-updated = Last change
round-close = Close the round
round-close-warning = { $count ->
    [one] { $n } organisation has not submitted its profile. Once the round is closed, nobody can submit in it and no more reminders are sent; you can open it again later.
   *[other] { $n } organisations have not submitted their profile. Once the round is closed, nobody can submit in it and no more reminders are sent; you can open it again later.
}
round-close-confirm = Yes, close the round
round-reopen = Open the round again
round-reopen-deadline = New deadline
round-reopen-submit = Open again until this day
notice-round-closed = The round is closed.
notice-round-reopened = The round is open again.

email-round-open-subject = { $network }: please update your capacity profile ({ $title })
email-round-open-body =
    Hello { $name },

    The Secretariat has opened the mapping round “{ $title }”. Please update the capacity profile of { $org } by { $date }: rate your strengths, say what you are willing to share and what you want to learn, so that members can learn from each other.

    Your answers from the last round are already filled in:
    { $link }
email-round-reminder-subject = { $network }: reminder about { $title }
email-round-reminder-body =
    Hello { $name },

    The capacity profile of { $org } for “{ $title }” has not been submitted yet. The deadline is { $date }.

    It takes a few minutes, and your answers from the last round are already filled in:
    { $link }
profile-status-short = Status

map-title = Map of capacities
map-intro = Where the network's strengths are (organisations rating themselves 2 or 3) and what members want to learn, by theme and region, for the Global North and the Global South. Choose a cell to see the organisations behind it.
map-filters = Map filters
map-round = Profiles
map-current = Each organisation's latest profile
map-compare = Compare with
map-compare-none = No comparison
map-item = Theme or capacity
map-measure = Show
map-strengths = Strengths
map-needs = Needs
map-empty = No profile has been submitted for this choice yet.
map-legend = Organisations:
map-no-countries = No organisation has this yet.
world-title = World map of capacities
map-world-intro = One theme or capacity, country by country. The heat maps by region are on the
    map of capacities page:
map-world-hint = Choose a theme or capacity to see it on the world map, country by country, or open the
map-group-none = No organisation of this group has a profile counted yet.
map-group-zero = No organisation of this group has any of these yet.
map-table = The map as a table
map-organisations = Organisations
map-cell-title = Organisations on the map
map-cell-empty = No organisation matches.

capacity-nav-exchanges = Peer exchanges
exchange-status-requested = Requested
exchange-status-agreed = Agreed
exchange-status-in-progress = In progress
exchange-status-completed = Completed
exchange-status-declined = Declined
exchanges-title = Peer exchanges
exchanges-intro = Exchanges your organisation asked for or was asked for, newest first.
exchanges-none = No exchange yet. Request one from your peer matches.
exchanges-asked = We asked { $org }
exchanges-asked-by = { $org } asked us
exchange-title = Peer exchange
exchange-about = About: { $item }
exchange-message = Request
exchange-reply = Reply
exchange-outcome-seeker = What the requesting organisation learnt
exchange-outcome-helper = What the supporting organisation learnt
exchange-step-accept = Accept
exchange-step-decline = Decline
exchange-step-start = Mark as in progress
exchange-step-complete = Mark as completed
exchange-text-reply = Your reply (optional)
exchange-text-outcome = What came of it and what was learnt (links to what it produced are welcome)
exchange-outcome-save = Save what we learnt
exchange-request = Request an exchange
matches-engaged = You have already asked them about this need. The exchange:
exchange-request-message = Your message: what you need and how you would like to work together
exchange-request-send = Send the request
exchange-secretariat-view = You are seeing this exchange as the Secretariat.
error-exchange-exists = You already have an open exchange with this organisation on this need.
error-exchange-moved = Someone else has already answered this exchange. Reload the page.
notice-exchange-requested = Your request is sent. You will hear back by email.
notice-exchange-updated = The exchange is updated and the other organisation is told by email.

email-exchange-requested-subject = { $network }: { $org } asks for your support with { $item }
email-exchange-requested-body =
    Hello { $name },

    { $org } would like to learn from your organisation about { $item }. Their message:

    { $message }

    Status: { $status }. Accept or decline on Minga:
    { $link }
email-exchange-agreed-subject = { $network }: the exchange with { $org } on { $item } is now “{ $status }”
email-exchange-agreed-body =
    Hello { $name },

    Good news: { $org } accepted your request for a peer exchange on { $item }. Status: { $status }. Their reply:
    { $link }
email-exchange-declined-subject = { $network }: the exchange with { $org } on { $item } is now “{ $status }”
email-exchange-declined-body =
    Hello { $name },

    { $org } cannot support you with { $item } this time. Status: { $status }. Their reply, and other organisations that can help, are on Minga:
    { $link }
email-exchange-in-progress-subject = { $network }: the exchange with { $org } on { $item } is now “{ $status }”
email-exchange-in-progress-body =
    Hello { $name },

    { $org } has moved your peer exchange on { $item } forward. Status: { $status }.
    { $link }
email-exchange-completed-subject = { $network }: the exchange with { $org } on { $item } is now “{ $status }”
email-exchange-completed-body =
    Hello { $name },

    { $org } has recorded the end of your peer exchange on { $item }. Status: { $status }. Please record what your organisation learnt, so the network can learn from it too:
    { $link }

capacity-nav-taxonomy = Themes and capacities
taxonomy-title = Themes and capacities
taxonomy-intro = The themes and technical capacities that organisations rate themselves on. Labels are needed in all five languages; descriptions and search terms help members choose.
taxonomy-new = Add a theme or capacity
taxonomy-edit-title = Theme or capacity
taxonomy-code = Code
taxonomy-code-hint = Lowercase letters, digits and hyphens, e.g. digital-advocacy. It cannot change later.
taxonomy-position = Order in the list
taxonomy-label = Name
taxonomy-description = Description
taxonomy-synonyms = Search terms, separated by commas
error-code-taken = This code is already used.
error-number-invalid = Enter a whole number.
gaps-title = Gaps: needs nobody offers
gaps-intro = Needs listed by members for which no organisation rates itself 2 or more and offers support, by region.
gaps-none = No gap: someone offers support for every need listed.
gaps-count = { $count ->
    [one] { $n } organisation needs this
   *[other] { $n } organisations need this
}

profile-upload = Add files
profile-upload-hint = (reports, photos, recordings; up to { $max } each)
exchange-resources = What it produced
exchange-upload = Attach what the exchange produced
matches-evidence-files = Evidence they share:

## Rounds prepared as drafts, in several languages, with who fills in each profile
rounds-field-title-in = Title in { $language }
rounds-field-message-in = Message in { $language } (optional)
rounds-texts = Title and message
rounds-texts-hint = Write them in every language you can: each reader sees their own, and otherwise the first title written.
rounds-open-intro = You will see the list of organisations, and who will be emailed, before the round opens.
rounds-state-draft = Draft: not open yet
round-draft-title = Prepare a round
round-draft-intro = This round is not open yet: nobody has been asked or emailed. Check its organisations, add or remove some, then open it.
round-draft-open = Open the round
round-draft-orgs = { $count ->
    [one] { $n } organisation.
   *[other] { $n } organisations.
}
round-draft-people = { $count ->
    [one] { $n } person fills in these profiles and will be emailed.
   *[other] { $n } people fill in these profiles and will be emailed.
}
round-open-submit = { $count ->
    [one] Open the round and email { $n } person
   *[other] Open the round and email { $n } people
}
round-nobody-warning = { $count ->
    [one] { $n } organisation has nobody who can fill in its profile (no admin, and no staff if it is a partner): invite someone first, or remove it.
   *[other] { $n } organisations have nobody who can fill in their profile (no admin, and no staff if they are partners): invite someone first, or remove them.
}
round-nobody-invite = Invite someone
round-nobody-title = Nobody to fill in the profile
round-nobody-open = { $count ->
    [one] { $n } organisation in this round has nobody who can fill in its profile, so nobody there was emailed. Invite someone: they can fill it in as soon as they join.
   *[other] { $n } organisations in this round have nobody who can fill in their profile, so nobody there was emailed. Invite someone: they can fill it in as soon as they join.
}
round-draft-list = Organisations in this round
round-draft-empty = No organisation is in this round yet: add some below.
round-fillers = Who fills it in
round-nobody = Nobody
round-somebody = Someone can
round-remove = Remove
round-add = Add organisations
round-add-search = Name, country or theme
round-add-find = Find
round-add-none = No organisation outside this round matches.
round-add-one = Add
round-add-matching = Add all that match
round-add-matching-submit = Add them
round-edit = Change the title, message or deadline
round-edit-submit = Save
round-delete = Delete this draft
round-delete-warning = The draft and its list are deleted. Nobody was asked yet, so nobody is told.
round-delete-confirm = Yes, delete the draft
notice-round-prepared = The round is prepared. Check its organisations, then open it.
notice-round-deleted = The draft is deleted.
error-round-message-needs-title = A message needs a title in the same language.
error-round-title-required = Give the round a title in at least one language.
error-too-long-max = This is too long: at most { $max } characters.
email-round-message-intro = The Secretariat adds:
profile-filled-by = Your organisation's profile is filled in by { $names }.
profile-filled-by-nobody = Nobody in your organisation can fill in this profile yet. The Secretariat can see this and will invite someone.
## profile form (issue 11)
profile-not-answered = Not answered
profile-answered-of = { $n } of { $total } answered
profile-limit = up to { $max } characters
profile-jump = Sections of the form
profile-error-item = { $item }: { $message }
profile-kept-unsaved = What you typed was kept when you changed language. It is not saved yet: save a draft or submit it.
profile-sent-title = What you sent
profile-sent-needs = Your needs
profile-sent-matches = See the peers who can help you
error-level-required = { $item } has evidence but no level: choose one (0 — none is an answer).
error-evidence-too-long = The evidence for { $item } is too long: up to { $max } characters, and this has { $count }.
error-need-too-long = The description of the need for { $item } is too long: up to { $max } characters, and this has { $count }.
## Exchanges people can follow (issue 11): emails
email-exchange-withdrawn-subject = { $network }: the exchange with { $org } on { $item } is now “{ $status }”
email-exchange-withdrawn-body =
    Hello { $name },

    { $org } withdrew its request for a peer exchange on { $item }; nothing more is needed from you. Status: { $status }.
    { $link }
email-exchange-message-subject = { $network }: { $org } wrote about the exchange on { $item }
email-exchange-message-body =
    Hello { $name },

    { $org } wrote in your peer exchange on { $item }:

    { $message }

    Reply on Minga:
    { $link }

## Exchanges people can follow (issue 11): pages
exchange-status-withdrawn = Withdrawn
exchange-step-withdraw = Withdraw the request
exchange-withdraw-warning = The organisation you asked is told by email. A withdrawn request cannot be reopened; you may send a new one later.
exchange-withdraw-confirm = Yes, withdraw the request
exchange-asked = Asked by
exchange-answered = Answered by
exchange-person-of = { $person } ({ $org })
exchange-people = People taking part
exchange-people-hint = Only the two organisations and the Secretariat see these contacts.
exchange-people-org = Organisation
exchange-thread = Messages
exchange-thread-none = No message yet.
exchange-thread-write = Your message
exchange-thread-hint = Plain text or Markdown. The people taking part on the other side receive it by email, in their language.
exchange-thread-send = Send the message
notice-message-sent = Your message is sent.
exchanges-network-intro = Every peer exchange in the network, most recently changed first. A region or group matches either organisation.
exchanges-filters = Filter the exchanges
exchanges-filter-status = Status
exchanges-filter-item = Capacity
exchanges-count = { $count ->
    [one] { $n } exchange
   *[other] { $n } exchanges
}
exchanges-network-none = No exchange matches these filters.
exchanges-between = { $seeker } asked { $helper }
reason-item-completed = { $count ->
    [one] Completed { $count } peer exchange on this capacity.
   *[other] Completed { $count } peer exchanges on this capacity.
}
reason-item-learnt = { $count ->
    [one] In { $count } of them, the organisation helped wrote down what it learnt.
   *[other] In { $count } of them, the organisations helped wrote down what they learnt.
}
reason-item-declined = { $count ->
    [one] Declined { $count } request on this capacity.
   *[other] Declined { $count } requests on this capacity.
}
