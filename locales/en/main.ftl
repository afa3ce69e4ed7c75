## Layout, navigation, shared words and errors

skip-to-content = Skip to content
nav-label = Main
nav-orgs = Members
nav-account = My account
nav-sign-in = Sign in
nav-sign-out = Sign out
language-switcher = Language
footer-text = Minga — the network's Learning Hub. Free and open source.
save = Save
cancel = Cancel
choose = Choose…
filter-any = Any
filter-apply = Apply filters
filter-clear = Clear filters
pager-label = Pages
pager-prev = Previous page
pager-next = Next page
pager-position = Page { $page } of { $pages }

home-title = Learning Hub
home-intro = Minga is where the network's coalitions, international organisations and partners share what they know: who works on what, where, and how to reach them.
home-welcome-back = Welcome, { $name }
home-your-org = Your organisation
home-edit-org = Edit its profile
home-invite = Invite colleagues
home-network = The network
home-network-count = { $count ->
    [one] { $n } organisation you can see, by region:
   *[other] { $n } organisations you can see, by region:
}
home-browse = Browse the member directory

notice-saved = Your changes are saved.
notice-invited = The invitation is on its way by email.
notice-welcome = Welcome! Your account is ready.
notice-password-changed = Your password has been changed.
notice-signed-out = You have signed out.
notice-archived = The organisation is archived: it no longer appears in the directory.
notice-restored = The organisation is back in the directory.
notice-created = The organisation has been created.

error-title = Something went wrong
error-home-link = Go to the home page
error-400 = The request could not be understood. Please check what you sent and try again.
error-403 = You do not have permission to do this.
error-404 = This page does not exist, or you do not have access to it.
error-409 = Someone changed this at the same time, or the name is already taken. Please reload the page and try again.
error-429 = Too many attempts. Please wait a few minutes and try again.
error-500 = An unexpected error happened on our side. It has been logged; please try again later.
error-csrf = This form has expired or did not come from this site. Go back, reload the page and try again.
error-form-summary = Please correct the problems below.
error-required = This field is required.
error-too-long = This is too long.
error-markdown-too-complex = This text would make too large a page (a table with many columns and rows, or lists and quotes nested very deeply). Shorten its tables or nesting; everything you typed is still here.
error-text-invalid = This contains characters that are not allowed.
error-choose-option = Please choose one of the options.
error-email-invalid = Enter an email address such as name@example.org.
error-url-invalid = Enter a web address starting with https:// or http://.
error-phone-invalid = Use only digits, spaces and + - ( ) . (at most 40 characters).
error-country-invalid = Choose a country from the list.
error-slug-invalid = Use lowercase letters, digits and single hyphens.
error-timezone-invalid = Choose a time zone from the list.

region-africa = Africa
region-asia-pacific = Asia-Pacific
region-latin-america-caribbean = Latin America and the Caribbean
region-mena = Middle East and North Africa
region-europe-north-america = Europe and North America
group-north = Global North
group-south = Global South
kind-coalition = National or regional coalition
kind-international = International organisation
kind-partner = Partner
kind-secretariat = Secretariat
role-secretariat = Secretariat
role-org-admin = Organisation admin
role-member = Member
role-partner = Partner

# Files
file-size-kb = { $n } KB
file-size-mb = { $n } MB
error-file-too-large = “{ $name }” is larger than { $max }, the most one file can be. It was not kept; everything else in the form is as you left it.
error-file-empty = “{ $name }” is empty, so it was not kept.
error-quota-exceeded = “{ $name }” was not kept: it would take your organisation’s files past their storage space of { $max }. Everything else in the form is as you left it; ask the Secretariat if you need more space.
error-file-interrupted = The upload of “{ $name }” was cut off. Please choose the file again.
error-too-many-files = At most 10 files can back up one answer. Untick some to keep the others.
error-too-many-files-at-once = At most { $max } files can be sent at once; the rest were not kept.
deadline-end-of-day = { $date }, end of the day ({ $zone } time)
error-field-named = { $field }: { $message }

## Home dashboards
home-round = Mapping round
home-fill-profile = Fill in your organisation's profile
home-see-profile = See your organisation's profile
home-to-answer = Waiting for your answer
home-to-answer-none = No request is waiting for your organisation's answer.
home-asks-about = { $org } asks about { $item }
home-under-way = { $count ->
    [one] { $n } exchange agreed or under way
   *[other] { $n } exchanges agreed or under way
}
home-needs = Who can help with your needs
home-needs-none = Add what your organisation wants to learn to its profile, and the organisations that can help appear here.
home-need-match = { $item }: { $org }
home-all-matches = All matches
home-rounds-none = No round is open or being prepared.
home-round-line = { $title } · { $state } · { $submitted } of { $total } submitted
home-round-nobody = { $count ->
    [one] · { $n } with nobody to fill it in
   *[other] · { $n } with nobody to fill it in
}
home-exchanges = Peer exchanges in the network
home-exchanges-none = No peer exchange yet.

## profile form (issue 11)
error-413 = What you sent is far larger than any form here takes, so it could not be read. Go back, shorten the longest texts and try again.
error-text-field-too-large = This is far too long: only the first { $max } KB were kept. Shorten it.
error-file-kind = “{ $name }” was refused: only documents, spreadsheets, presentations, images, audio, video and plain text can be kept. Nothing of it was stored.
nav-waiting = { $count ->
    [one] { $n } request to answer
   *[other] { $n } requests to answer
}
home-your-exchanges = Your peer exchanges
home-nobody = Nobody to fill in the profile
home-nobody-none = Every member organisation has someone who fills in its profile and is emailed about rounds.
home-nobody-count = { $count ->
    [one] { $n } member organisation has nobody who can fill in its profile, so no round can reach it. Invite someone:
   *[other] { $n } member organisations have nobody who can fill in their profile, so no round can reach them. Invite someone:
}

## notifications (issue 12)
nav-notifications = Notifications
nav-notifications-unread = { $count ->
    [one] { $n } unread notification
   *[other] { $n } unread notifications
}
nav-notifications-many = 99+ unread notifications
notification-someone = Someone
notification-text-reply = { $actor } replied to “{ $topic }” in { $community }
notification-text-mention = { $actor } mentioned you in “{ $topic }” in { $community }
notification-text-new-topic = { $actor } started “{ $topic }” in { $community }
notification-text-new-event = New event in { $community }: “{ $title }”
notification-text-exchange = { $event ->
    [requested] { $org } asks for your support with { $item }
    [message] { $actor } of { $org } wrote about the exchange on { $item }
   *[other] The exchange with { $org } on { $item } is now “{ $status }”
}
notification-text-round = { $event ->
    [reminder] Reminder: the capacity profile for “{ $title }” is due by { $date }
   *[other] New mapping round “{ $title }”: please update your capacity profile by { $date }
}
notification-kind-reply = Replies to what you wrote
notification-kind-mention = Mentions of you
notification-kind-new-topic = New topics in communities you follow
notification-kind-new-event = New events in communities you follow
notification-kind-exchange = Peer exchanges of your organisation
notification-kind-round = Mapping rounds
notification-delivery-off = No email
notification-delivery-immediately = Email at once
notification-delivery-daily = Daily summary
notifications-title = Notifications
notifications-none = No notifications yet. Replies, mentions, exchanges and mapping rounds that concern you will appear here.
notifications-unread = Unread
notifications-mark-read = Mark as read
notifications-mark-all-read = Mark all as read
notifications-older = Older notifications
notifications-newest = Newest notifications
notifications-settings-link = Choose which emails you receive
notifications-settings-title = Notification emails
notifications-settings-intro = You always find your notifications in Minga. For each kind, choose whether you also get an email at once, one summary a day, or no email. Emails come in your language.
notifications-settings-save = Save my choices
account-notifications = Notifications
## Recordings and data saver (issue 12)
media-title = Recording
media-list-title = Recordings and videos
media-list-empty = No recordings yet.
media-new-title = Upload a recording or video
media-field-title = Title
media-chapters = Chapters
media-chapters-hint = One per line: the moment, then its title, such as “0:00 Introduction” or “1:02:30 Questions”.
media-captions-optional = Captions (optional)
media-caption-language = Language of the captions
media-caption-file = Caption file (WebVTT, .vtt)
media-caption-hint = A WebVTT file: it starts with the line WEBVTT, then each caption’s times and words.
media-file = Recording or video
media-file-hint = Sound or video files, up to { $max }.
media-upload = Upload
media-player = Player
media-no-player = Your browser cannot play this here: download it instead.
media-saver-intro = Data saver is on: nothing is downloaded until you choose what to play.
media-captions = Captions
media-transcript-link = Read the transcript
media-no-captions = This recording has no captions yet.
media-downloads = Download
media-edit-chapters = Edit the chapters
media-add-captions = Add captions
media-transcript-title = Transcript
media-transcript-in = Captions in { $language }.
media-transcript-others = Also in:
media-by = uploaded by { $name }
media-play-audio = Play the sound only ({ $size })
media-play-small = Play the small video ({ $size })
media-play-original = Play the full video ({ $size })
media-play-original-audio = Play ({ $size })
media-rendition-audio = Sound only — { $size }
media-rendition-small = Small video — { $size }
media-rendition-poster = Still picture — { $size }
media-rendition-original = As uploaded — { $size }
media-renditions-pending = Lighter versions (sound only, small video) are being made; come back in a few minutes.
media-renditions-unavailable = Lighter versions (sound only, small video) are not available on this server: only the recording as uploaded.
media-renditions-failed = Lighter versions could not be made from this file: only the recording as uploaded.
error-media-kind = “{ $name }” is not a sound or video file, so it was not kept.
error-media-missing = Choose the recording or video to upload.
error-caption-missing = Choose a caption file.
error-chapter-line = Line { $line } is not a moment and a title, such as “1:23 Questions”.
error-chapter-order = Line { $line } starts before the chapter above it; put the chapters in order.
error-chapter-too-many = Line { $line } is one chapter too many (at most 100).
error-vtt-too-large = This caption file is too large (at most 512 KB).
error-vtt-encoding = This caption file is not text in UTF-8.
error-vtt-header = This is not a WebVTT file: its first line must be WEBVTT (line { $line }).
error-vtt-timestamp = Line { $line }: a caption’s times must read like 00:01:02.500 --> 00:01:04.000.
error-vtt-end-before-start = Line { $line }: this caption ends before it starts.
error-vtt-order = Line { $line }: this caption starts before the one above it.
error-vtt-no-cues = This WebVTT file has no captions in it.
data-saver-title = Data saver
data-saver-label = Save data: load nothing heavy until I ask
data-saver-hint = Recordings offer the sound first and load nothing until you press play; pictures come in their smallest size.

## perms-notices
notification-text-join-request = { $actor } asks to join { $community }
notification-text-membership = { $event ->
    [accepted] Your request to join { $community } was accepted
   *[other] { $actor } invited you to join { $community }
}
notification-text-event-change = “{ $title }” in { $community } has a new time or place
notification-kind-join-request = Requests to join communities you moderate
notification-kind-membership = Invitations to communities, and answers to your requests
notification-kind-event-change = Changes to events you are going to
