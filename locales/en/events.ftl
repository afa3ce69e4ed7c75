## Events (issue 12): events of learning communities, RSVP, reminders, calendars.

events-upcoming = Upcoming events
events-past = Past events
events-none-upcoming = No events are planned yet.
events-none-past = No events have taken place yet.
events-all-upcoming = All upcoming events
events-all-past = All past events
events-subscribe = Subscribe in your calendar
events-schedule = Schedule an event

event-title = Event
event-new-title = Schedule an event
event-edit-title = Change the event
event-cancelled = Cancelled
event-cancelled-notice = This event has been cancelled.
event-when = { $date }, { $start }–{ $end } ({ $zone })
event-when-days = { $start } – { $end } ({ $zone })
event-field-when = When
event-organiser-time = Organiser's time: { $when }
event-field-organiser = Organiser
event-field-online = Join online
event-field-places = Places
event-field-recording = Recording
event-recording-watch = Watch or listen to the recording
event-going = { $count ->
    [one] { $n } person going.
   *[other] { $n } people going.
}
event-places-left = { $count ->
    [0] No places left.
    [one] { $n } place left.
   *[other] { $n } places left.
}
event-waiting = { $count ->
    [one] { $n } person on the waiting list.
   *[other] { $n } people on the waiting list.
}
event-who-going = Who is going
event-rsvp-heading = Are you going?
event-rsvp-going = You are going.
event-rsvp-waiting = You are number { $n } on the waiting list. If a place frees up, it is yours and we will email you.
event-rsvp-none = You have not said you are going.
event-rsvp-go = I am going
event-rsvp-wait = Join the waiting list
event-rsvp-withdraw = I am not going
event-rsvp-sign-in = Sign in to say you are going
event-add-to-calendar = Add to my calendar (.ics)
event-manage = Organise
event-edit = Change the event
event-cancel = Cancel the event
event-cancel-warning = The event stays on the page marked as cancelled, and calendars that have it show it as cancelled.
event-cancel-confirm = Yes, cancel the event
event-label-title = Title
event-label-description = Description
event-label-time-zone = Time zone of the times below
event-label-starts = Starts
event-label-ends = Ends
event-label-online-url = Link to join online
event-label-capacity = Places
event-label-recording = Recording
event-hint-description = Optional. You can use Markdown: **bold**, *italic*, lists and links.
event-hint-times = Each reader sees the times in their own time zone.
event-hint-online-url = Optional. It must start with https://.
event-hint-capacity = Optional. Leave it empty if anyone may come; when it is full, people join a waiting list.
event-hint-recording = After the event: the link of its recording (/media/…) or its id.
event-schedule = Schedule the event

error-event-ends-before-start = The event must end after it starts.
error-event-time-invalid = Enter a date and time, such as 2026-12-01 14:00.
error-event-time-skipped = That time does not exist in this time zone (the clocks skip it). Choose another time.
error-event-link-https = Enter a link that starts with https://.
error-event-recording-invalid = Enter the recording's link (/media/…) or its id.
error-event-capacity = Enter a whole number of places from 1 to 100,000, or leave it empty.

calendar-title = Subscribe to the calendar
calendar-intro = Calendar programs (on your phone or computer) can follow this community's events: new events and changes appear by themselves.
calendar-public-link = Calendar link: copy it into your calendar program
calendar-subscribe = Subscribe with my calendar program
calendar-download = Download the calendar (.ics)
calendar-private-intro = This community's events are for its readers only, so your calendar program needs a private link of your own. Do not share it: anyone with it sees these events.
calendar-private-link = Your private calendar link: copy it into your calendar program
calendar-private-once = This link is shown only now. It works for every community whose events you may read.
calendar-revoked = Your private calendar link no longer works.
calendar-has-link = You already have a private link. Making a new one stops the old one.
calendar-make-link = Make my private link
calendar-new-link = Make a new private link
calendar-revoke = Stop my private link

email-event-when = When: { $when }
email-event-online = Join online: { $link }
email-event-page = The event: { $link }
email-event-ics = Add it to your calendar: { $link }
email-event-place-subject = A place is yours: { $title }
email-event-place-body = Hello { $name },

    A place has freed up at "{ $title }" in { $community }, and it is yours: you are going.
    If you can no longer come, say so on the event's page so that the next person gets the place.
email-event-reminder-day-subject = Reminder: { $title }
email-event-reminder-day-body = Hello { $name },

    A reminder: "{ $title }" in { $community } starts in about a day, and you said you are going.
email-event-reminder-hour-subject = Starting soon: { $title }
email-event-reminder-hour-body = Hello { $name },

    A reminder: "{ $title }" in { $community } starts in about an hour, and you said you are going.
email-event-cancelled-subject = Cancelled: { $title }
email-event-cancelled-body = Hello { $name },

    "{ $title }" in { $community }, which you said you would go to, has been cancelled.

## perms-notices
error-event-recording-unknown = No recording you can see has this address. Paste the address of a recording's page (/media/…).
