## The resource library (issue 13)

nav-library = Library

library-title = Library
library-intro = Reports, toolkits, policy briefs, training material, recordings and data that members of the network share, in every language they exist in.
library-share = Share a resource
library-featured = Chosen by the Secretariat
library-featured-tag = Featured
library-filters = Filter the library
library-search = Words in the title or summary
library-field-kind = Type
library-field-item = Theme or capacity
library-field-items = Themes and capacities
library-field-lang = Language
library-field-year = Year of publication
library-field-sort = Order
library-sort-newest = Newest first
library-sort-title = By title
library-choice-count = { $label } ({ $n })
library-results = Resources
library-count = { $count ->
    [one] { $n } resource
   *[other] { $n } resources
}
library-empty-title = Nothing shared yet
library-empty = The library fills up as members share what they made and used.
library-empty-filtered-title = No resource matches
library-empty-filtered = Try fewer filters or other words.
library-also-in = Also in:
library-link-to = link to { $host }
library-archived = archived
library-show-archived = See archived resources
library-show-current = Back to current resources
library-global = Global (no country)
library-lang-other = Another language

library-kind-report = Report
library-kind-toolkit = Toolkit
library-kind-policy-brief = Policy brief
library-kind-training = Training material
library-kind-recording = Recording
library-kind-dataset = Data set
library-kind-presentation = Presentation
library-kind-article = Article
library-kind-other = Other

library-licence-cc-by = Creative Commons Attribution (CC BY)
library-licence-cc-by-sa = Creative Commons Attribution-ShareAlike (CC BY-SA)
library-licence-cc-by-nc = Creative Commons Attribution-NonCommercial (CC BY-NC)
library-licence-cc-by-nc-sa = Creative Commons Attribution-NonCommercial-ShareAlike (CC BY-NC-SA)
library-licence-cc-by-nd = Creative Commons Attribution-NoDerivatives (CC BY-ND)
library-licence-cc-by-nc-nd = Creative Commons Attribution-NonCommercial-NoDerivatives (CC BY-NC-ND)
library-licence-cc0 = Public domain (CC0)
library-licence-copyright = All rights reserved
library-licence-unknown = Not stated

library-reach-public = Everyone, also people who are not signed in
library-reach-members = The member organisations of the network
library-reach-community = The people who may read one community
library-reach-community-named = The people who may read the community { $community }

library-origin = Where it comes from
library-origin-exchange = Produced by the peer exchange between { $seeker } and { $helper }
library-origin-exchange-short = Peer exchange output
library-origin-recording = A recording of the community { $community }
library-origin-recording-network = A recording shared with the whole network

library-about = About this resource
library-field-countries = Countries
library-field-licence = Licence
library-field-reach = Who can read it
library-shared-by = Shared by
library-download = Download
library-open-link = Open it on { $host }
library-play = Play the recording
library-see-preview = See the first page
library-preview-waiting = A preview of the first page is being made.
library-archived-note = The Secretariat archived this resource: it is no longer listed in the library.
library-add-language = Add a language

library-curate = Curate
library-feature = Feature in the library
library-unfeature = Stop featuring
library-archive = Archive
library-restore = Restore to the library
library-merge-into = Merge this duplicate into
library-merge-hint = Paste the address of the resource to keep. Its missing languages are taken from this one, and this address will lead there.
library-merge = Merge

library-preview-title = First page
library-preview-alt = First page of { $title }
library-preview-caption = A small picture of the first page, to judge before downloading.

library-new-title = Share a resource
library-new-intro = Share one language of it now; you can add the others afterwards.
library-translate-title = Add a language
library-translate-intro = Another language of:
library-field-title = Title
library-field-summary = Summary
library-summary-hint = What it is, for whom, and what a reader will find in it.
library-file-or-link = The file, or a link to it
library-field-file = File
library-file-kept = This file is kept from your last try: untick it to leave it out.
library-field-url = Or a web address
library-url-hint = When the resource lives on another site.
library-choose = Choose…
library-year-hint = Four digits, such as 2024. Leave empty when unknown.
library-field-community = Community
library-no-community = None
library-themes = Themes
library-capacities = Technical capacities
library-countries-hint = Leave empty for a resource about the whole world. Hold Ctrl (or ⌘) to choose several.

error-library-lang = Choose the language this version is in.
error-library-lang-taken = This resource is already there in that language.
error-library-file-or-link = Choose a file or give a web address.
error-library-not-both = Give a file or a web address, not both.
error-library-kind = Choose what type of resource it is.
error-library-licence = Choose a licence from the list.
error-library-year = Enter a year between { $min } and { $max }, or leave it empty.
error-library-reach = Choose who can read it.
error-library-community = Choose a community you take part in.
error-library-item = Choose themes and capacities from the list.
error-library-too-many = Choose at most { $max }.
error-library-too-long = Keep it under { $max } characters.
error-library-merge-target = Paste the address of another resource of the library.

notice-resource-shared = Shared. Thank you: it is in the library now.
notice-translation-added = The new language is added.
notice-resource-featured = Featured in the library.
notice-resource-unfeatured = No longer featured.
notice-resource-archived = Archived: it is no longer listed. You can restore it here.
notice-resource-restored = Restored to the library.
notice-resource-merged = Merged: the duplicate now leads here.

library-edit-title = Change the resource
library-edit-intro = Change this language’s title and summary, and what the resource is about. Its file or link stays: another file is another language.
library-edit = Change
library-save = Save the changes
notice-resource-edited = Saved.
