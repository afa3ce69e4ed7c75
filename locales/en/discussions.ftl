## discussions
topics-title = Topics
topics-none = No topics yet.
topic-title = Topic
topic-start = Start a topic
topic-new-title = Start a topic
topic-field-title = Title
topic-field-body = Your message
topic-body-hint = Markdown works: **bold**, lists, links. Mention someone with @ and the part of their email before the @ (like @maria), an organisation with @ and the last part of its address (like @ong-educa).
topic-replies = { $count ->
    [one] 1 reply
   *[other] { $n } replies
}
topic-new-posts = { $count ->
    [one] 1 new
   *[other] { $n } new
}
topic-page-of = Page { $page }
topic-first-unread = Jump to the first unread post
topic-pinned = Pinned
topic-locked = Locked
topic-locked-hint = This topic is locked: nobody can reply.
topic-follow = Follow
topic-following = You follow this topic.
topic-unfollow = Stop following
topic-mute = Mute
topic-muted = You muted this topic: you will not be told about it.
topic-unmute = Unmute
topic-reply = Reply
topic-reply-label = Your reply
topic-answering = Answering { $name }
topic-answering-post = Answering an earlier post
topic-mention-here = People here:
topic-send = Send reply
topic-save-draft = Save draft
topic-sign-in-to-reply = Sign in to reply
topic-moderate = Moderate this topic
topic-lock = Lock
topic-unlock = Unlock
topic-pin = Pin
topic-unpin = Unpin
topic-move-to = Move to community (the last part of its address)
topic-move = Move
topic-split-posts = Replies to move into a new topic
topic-split-hint = Their numbers, like 5, 6, 9 or 5-9 (the number is in each reply's address, #p5).
topic-split-title = Title of the new topic
topic-split = Split
post-title = Post
post-reply = Reply
post-quote = Quote
post-edit = Edit
post-more = More
post-react = React, flag…
post-edited = edited
post-edited-by = Last edited by { $name }
post-answers = In answer to { $name }:
post-hidden = Hidden by a moderator.
post-hidden-reason = Hidden by a moderator: { $reason }
post-attach = Attach files
post-history = Earlier versions
post-flag = Flag this post
post-flag-reason = Why should moderators look at it?
post-flag-send = Send to the moderators
post-moderate = Moderation
post-hide-reason = Reason (its author will see it)
post-hide = Hide this post
post-unhide = Show this post again
post-edit-title = Edit a post
post-edit-hint = Readers can see earlier versions.
post-edit-save = Save changes
reaction-thumbs-up = Thumbs up
reaction-heart = Love
reaction-party = Celebrate
reaction-idea = Insightful
flags-title = Flags waiting
flags-none = No flags are waiting.
flags-reason = Reason:
flags-review = Review the post
flags-dismiss = Dismiss: nothing to do
modlog-title = Moderation log
modlog-none = No moderation yet.
modlog-when = When
modlog-who = Who
modlog-act = What
modlog-topic = Topic
modlog-reason = Reason
modlog-hide = Hid a post
modlog-unhide = Showed a post again
modlog-lock = Locked a topic
modlog-unlock = Unlocked a topic
modlog-pin = Pinned a topic
modlog-unpin = Unpinned a topic
modlog-move = Moved a topic
modlog-split = Split a topic
modlog-dismiss = Dismissed flags
modlog-edit = Edited a post
error-topic-move-target = Choose a community you moderate.
error-topic-split-none = Name at least one reply (not the first post) of this topic.
community-recent-topics = Recent topics
community-all-topics = All topics
community-topics-new-since = { $count ->
    [one] 1 topic has new posts since your last visit.
   *[other] { $n } topics have new posts since your last visit.
}
