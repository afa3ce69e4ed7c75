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

## Consultations

kel-objectives = The strategy's objectives
consultations-title = Consultations
consultations-none = No consultation yet.
consultation-new = Prepare a consultation
consultation-edit = Edit the consultation
consultation-title = Consultation
consultation-translate = Translate the consultation
consultation-synthesis-write = Write the synthesis
consultation-results = Answers
consultation-question-title = Answers to one question
consultation-kind-open = Open answer
consultation-kind-choice = One choice of a list
consultation-kind-scale = A scale from 1 to 5
consultation-answer-open = Write your answer
consultation-answer-choice = Choose one
consultation-answer-scale = From 1 (not at all) to 5 (fully)
consultation-form-intro = The consultation stays a draft, seen by the Secretariat only, until you open it. Then the organisations asked are told, and reminded a week and a day before the deadline if they have not answered.
consultation-field-lang = Language you write in
consultation-field-document = The discussion document (its text, or a summary of it)
consultation-document-hint = Line breaks are kept. Add other languages once it is saved.
consultation-field-resource = The document's file in the library (optional)
consultation-resource-hint = Share the file in the library first (in every language you have it), then paste its address here, for example https://…/library/…
consultation-field-deadline = Deadline
consultation-field-audience = Who is asked
consultation-audience-all = Every member organisation (coalitions and international organisations)
consultation-audience-some = Only the organisations chosen below
consultation-field-orgs = Organisations asked
consultation-questions = Questions
consultation-questions-hint = Rows left blank are not saved. For a choice, write one choice per line.
consultation-question-n = Question { $n }
consultation-field-kind = Kind of answer
consultation-field-prompt = Question
consultation-field-choices = Choices, one per line
consultation-more-rows = More question rows
consultation-save-draft = Save the draft
consultation-translate-intro = Write the consultation in this language; the original is shown above each question. Other languages:
consultation-synthesis-intro = What the Secretariat learnt from the answers, in as many languages as you can. Every member reads it on the consultation.
consultation-share-answers = Also let the members read every answer (each organisation's answers are otherwise seen by the Secretariat only)
consultation-publish-synthesis = Publish the synthesis
consultation-draft = Draft
consultation-closed = Closed
consultation-open = Open
consultation-deadline = Answers by { $date }
consultation-responses-count = { $count ->
    [0] No response yet
    [one] One response
   *[other] { $count } responses
}
consultation-open-button = Open it to the organisations asked
consultation-translations = Languages:
consultation-move-deadline = New deadline
consultation-move-deadline-button = Move the deadline
consultation-synthesis = Synthesis
consultation-document = The discussion document
consultation-document-file = the file, in the library
consultation-status-none = Your organisation has not answered yet.
consultation-status-draft = Your organisation's response is a draft, last saved { $date } by { $name }.
consultation-status-submitted = Your organisation's response was submitted { $date } by { $name }. You can change it until the deadline.
consultation-hint-admin = Save a draft as often as you like; colleagues see it and can add to it. Submitting sends your organisation's response.
consultation-hint-staff = Save a draft; colleagues see it and can add to it. Your organisation's admin submits it.
consultation-not-asked = This consultation does not ask your organisation.
consultation-save-response = Save the draft
consultation-submit = Submit our organisation's response
consultation-resubmit = Submit the changes
consultation-ours-none = Your organisation has not answered
consultation-ours-draft = Your organisation's response is a draft
consultation-ours-submitted = Your organisation has answered
consultation-answered-of = { $n } of { $total } organisations asked have answered.
consultation-group-by = Group answers by
consultation-by-region = Region
consultation-by-kind = Kind of organisation
consultation-by-group = Global North and South
consultation-export = Export (CSV)
consultation-show = Show
consultation-answered-by-group = Responses per group
consultation-question-document = Every answer to this question, to read or print
consultation-no-answers = No answer yet.
consultation-scale-value = Value
consultation-choice = Choice
consultation-all = All
consultation-mean = Mean
consultation-missing = Organisations that have not answered
consultation-missing-none = Every organisation asked has answered.
consultation-draft-begun = draft begun
consultation-submitted-at = Submitted

error-consultation-kind = Choose the kind of answer from the list.
error-consultation-choices = Write at least two choices, one per line.
error-consultation-no-question = Write at least one question.
error-consultation-choice = Choose one of the answers offered.
error-consultation-audience = Choose the organisations asked, or ask every member organisation.
error-consultation-choice-count = Write { $n } choices, one per line, in the same order as the original.
error-consultation-closed = The deadline has passed: the consultation takes no more answers. What you typed is below, so you can keep it.
error-consultation-unanswered = Answer this question before submitting, or save a draft.
error-consultation-changed = A colleague saved your organisation's response meanwhile. Their version is below with your answers on top: check them and save again.
error-consultation-not-open = Open the consultation first.
error-consultation-synthesis = Write the synthesis in at least one language.

notice-consultation-saved = Consultation saved.
notice-consultation-translated = Translation saved.
notice-consultation-opened = The consultation is open. The organisations asked are told.
notice-consultation-open-already = The consultation is open already: its questions no longer change.
notice-consultation-deadline-past = Move the deadline to a later day before opening it.
notice-consultation-deadline-moved = Deadline moved.
notice-synthesis-published = Synthesis published. The organisations asked are told.
notice-response-saved = Draft saved. Colleagues see it.
notice-response-submitted = Your organisation's response is submitted. Thank you.

notification-kind-consultation = Consultations that ask your organisation
notification-text-consultation = { $event ->
    [open] The Secretariat asks your organisation: “{ $title }”
    [reminder] The deadline of “{ $title }” is in a week, and your organisation has not answered
    [reminder-last] The deadline of “{ $title }” is tomorrow, and your organisation has not answered
    [synthesis] The synthesis of “{ $title }” is published
   *[other] The consultation “{ $title }” moved on
}
