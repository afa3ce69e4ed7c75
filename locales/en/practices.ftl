## Best practices (issue 13)

notification-kind-practice = Best practices of your organisation, and reviews
notification-text-practice = { $event ->
    [submit] { $actor } sent the practice “{ $title }” for review
    [request-changes] The Secretariat asks for changes to the practice “{ $title }”
    [publish] The practice “{ $title }” is published
    [unpublish] The practice “{ $title }” was taken back to a draft
    [tried] { $actor } recorded that their organisation tried “{ $title }”
   *[other] The practice “{ $title }” moved on
}

nav-practices = Practices
practices-title = Best practices
practices-intro = What organisations of the network did, how, and what it changed — reviewed by the Secretariat, with the organisations that tried it after them.
practices-write = Write a practice
practices-ours-title = Our organisation's practices
practices-review-title = Practices waiting for review
practices-filters = Filter the practices
practices-sort-newest = Newest first
practices-sort-tried = Most tried first
practices-results = Practices
practices-count = { $count ->
    [one] { $n } practice
   *[other] { $n } practices
}
practices-tried-count = { $count ->
    [0] Not tried elsewhere yet
    [one] Tried by { $n } other organisation
   *[other] Tried by { $n } other organisations
}
practices-empty-title = No practice here yet
practices-empty = Practices appear here once they are written, reviewed and published.

practice-section-context = Context
practice-section-challenge = The challenge
practice-section-approach = What we did
practice-section-results = Results and evidence
practice-section-lessons = Lessons learnt
practice-section-replicate = How to do it elsewhere
practice-section-contact = Whom to ask
practice-hint-context = Where and when: the country, the organisations, the people concerned.
practice-hint-challenge = The problem you set out to solve, and why it mattered.
practice-hint-approach = The steps you took, who took part, what it cost.
practice-hint-results = What changed, and how you know: figures, documents, testimonies.
practice-hint-lessons = What worked, what did not, what you would do differently.
practice-hint-replicate = What another organisation needs to do the same: conditions, time, skills, money.
practice-hint-contact = A person or a role to write to, if not the organisation's address.

practice-state-draft = Draft
practice-state-submitted = Waiting for review
practice-state-changes-requested = Changes asked
practice-state-published = Published
practices-note-draft = A draft: only your organisation and the Secretariat see it. Send it for review when it is ready.
practices-note-submitted = Sent for review: the Secretariat reads it and comments beside each section, then publishes it or asks for changes.
practices-note-changes-requested = The Secretariat asks for changes: see the comments beside the sections, edit and send it again.

practices-new-title = Write a practice
practices-edit-title = Edit the practice
practices-form-intro = Write each section in your own words; only the last one is optional. A draft is kept with every version you save.
practices-field-lang = Written in
practices-field-title = Title
practices-optional = optional
practices-field-orgs = Other organisations that took part
practices-orgs-hint = Hold Ctrl (or ⌘) to choose several.
practices-field-resources = Resources in the library
practices-resources-hint = Paste the addresses of library resources, one per line.
practices-save-hint = Save the draft as you go: nothing saved is lost if the connection drops.
practices-save-draft = Save the draft
practices-submit = Send for review
practices-edit = Edit

practices-section-empty = Not written yet.
practices-comments = The review's comments
practices-comment-on = Comment on “{ $section }”
practices-version-n = Version { $version }
practices-request-changes = Ask for changes
practices-publish = Publish
practices-links = Linked
practices-versions-title = Versions
practices-versions-count = { $count ->
    [one] { $n } version
   *[other] { $n } versions
}
practices-history = Review so far
practices-history-line = { $step }: { $name }, { $date } (version { $version })
practices-step-submit = Sent for review
practices-step-request-changes = Changes asked
practices-step-publish = Published
practices-step-unpublish = Taken back to a draft

practices-tried-title = We tried this
practices-tried-none = No other organisation has recorded trying it yet.
practices-tried-form = Your organisation tried it? Tell the network
practices-tried-context = Our context
practices-tried-results = What happened
practices-tried-button = Record that we tried it

error-practice-section-required = Write this section before sending the practice for review.
error-practice-too-long = Keep this section under { $max } characters.
error-practice-org = Choose organisations from the list.
error-practice-resource = “{ $line }” is not a resource of the library you can read.
error-practice-say-what = Say what should change, beside the section it concerns.
error-practice-moved-on = Someone changed this practice meanwhile: reload it and try again.
error-practice-tried-already = Your organisation already recorded trying this practice.

notice-practice-saved = Draft saved.
notice-practice-submitted = Sent for review. The Secretariat is told.
notice-practice-changes-requested = Sent back with your comments. Its authors are told.
notice-practice-published = Published. Its authors are told.
notice-practice-tried = Thank you: your experience is recorded with the practice.
notice-practice-moved-on = Someone changed this practice meanwhile: here it is as it is now.
