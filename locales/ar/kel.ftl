## The KEL strategy: objectives and learning initiatives (issue 13)

nav-kel = Learning
kel-title = Knowledge exchange and learning
kel-intro = The network's learning strategy: its objectives, and the learning initiatives that members lead and contribute to. Follow their progress, offer what your organisation can bring, and link what they produce.
kel-empty-title = No objectives yet
kel-empty = The Secretariat has not written the strategy's objectives yet.
kel-no-initiatives = No learning initiative serves this objective yet.
kel-new-objective = Write an objective
kel-edit-objective = Edit this objective
kel-objective-intro = Write the objective in as many of the five languages as you can. Readers see their own language, else English, else the first one written. A language left blank is not shown.
kel-new-initiative = Start a learning initiative
kel-edit-initiative = Edit the initiative
kel-initiative-title = Learning initiative
kel-led-by = Led by
kel-from = from { $date }
kel-until = until { $date }
kel-progress = { $total ->
    [0] No milestones yet
   *[other] { $done } of { $total } milestones done
}
kel-contributors-count = { $count ->
    [0] No contributors yet
    [one] One contributing organisation
   *[other] { $count } contributing organisations
}
kel-choose = Choose…
kel-field-objective = Objective
kel-field-lead = Lead organisation
kel-field-title = Title
kel-field-body = What it aims at
kel-field-summary = What the initiative does and how members take part
kel-field-state = State
kel-field-starts = Starts on
kel-field-ends = Ends on
kel-field-partners = Partner organisations may follow it and contribute
kel-partners-admitted = Partner organisations take part in this initiative.
kel-state-planned = Planned
kel-state-running = Under way
kel-state-completed = Completed

kel-milestones = Milestones and progress
kel-no-milestones = No milestones yet.
kel-milestone-pending = To do
kel-milestone-done = Done
kel-milestone-dropped = Dropped
kel-milestone-late = Late
kel-milestone-mark-done = Mark done
kel-milestone-drop = Drop
kel-milestone-reopen = Reopen
kel-add-milestone = Add a milestone
kel-field-due = Date

kel-contributions = Contributions
kel-contributors = Contributing organisations
kel-no-contributions = No contribution offered yet.
kel-contribution-offered = Waiting for an answer
kel-contribution-accepted = Accepted
kel-contribution-declined = Declined
kel-offer = Offer a contribution
kel-offer-hint = Say what your organisation will bring, by when, and who will do it. The initiative's lead answers; you are told.
kel-field-what = What your organisation will contribute
kel-field-by-when = By when
kel-field-who = Who will do it
kel-offer-button = Offer this contribution
kel-offered-by = offered by
kel-reason = Reason
kel-reason-label = Your answer (a reason is needed to decline)
kel-accept = Accept
kel-decline = Decline

kel-outputs = Outputs
kel-no-outputs = No outputs linked yet.
kel-output-resource = Resource
kel-output-practice = Practice
kel-output-recording = Recording
kel-output-community = Community
kel-output-exchange = Peer exchange
kel-field-address = Address of a resource, practice, recording, community or peer exchange
kel-address-hint = Open it in Minga and copy its address from the browser, for example https://…/library/…
kel-add-output = Link this output
kel-remove-output = Remove

kel-timeline = Timeline
kel-log-created = { $actor } started the initiative “{ $detail }”, led by { $org }
kel-log-edited = { $actor } updated the initiative
kel-log-offered = { $org } offered a contribution: { $detail }
kel-log-accepted = The contribution of { $org } was accepted: { $detail }
kel-log-declined = The contribution of { $org } was declined: { $detail }
kel-log-milestone-added = Milestone added: { $detail }
kel-log-milestone-done = Milestone done: { $detail }
kel-log-milestone-dropped = Milestone dropped: { $detail }
kel-log-milestone-reopened = Milestone reopened: { $detail }
kel-log-output-added = { $org } linked an output: { $detail }
kel-log-output-removed = { $actor } removed an output: { $detail }

error-kel-date = Give a date as year-month-day, for example 2027-03-31.
error-kel-date-past = Choose today or a later date.
error-kel-ends-before = The end must come after the start.
error-kel-state = Choose a state from the list.
error-kel-objective = Choose an objective from the list.
error-kel-objective-empty = Write the objective's title in at least one language.
error-kel-lead = Choose the lead organisation from the list.
error-kel-lead-secretariat = Only the Secretariat moves an initiative to another lead.
error-kel-reason = Say why you decline, so the organisation can offer something else.
error-kel-closed = This initiative is completed: it takes no more contributions.
error-kel-output-address = Paste the address of a resource, practice, recording, community or peer exchange in Minga.
error-kel-output-unknown = Nothing you can open is at this address.
error-kel-output-twice = This initiative links that output already.

notice-kel-objective-saved = Objective saved.
notice-initiative-saved = Initiative saved.
notice-milestone-added = Milestone added.
notice-milestone-changed = Milestone updated.
notice-contribution-offered = Contribution offered. The initiative's lead is told.
notice-contribution-answered = Answer saved. The organisation is told.
notice-contribution-already-answered = Someone answered this offer meanwhile: see the answer below.
notice-output-added = Output linked.
notice-output-removed = Output removed. Its address is in the form below if you want to link it again.

notification-kind-initiative = Learning initiatives your organisation leads or contributes to
notification-text-initiative = { $event ->
    [offered] { $actor } offered a contribution to “{ $title }”
    [accepted] Your contribution to “{ $title }” was accepted
    [declined] Your contribution to “{ $title }” was declined
   *[other] The learning initiative “{ $title }” moved on
}
