-- Notifications (issue 12): what happened that concerns a person, kept as a
-- kind and its params (the sentence is rendered when read, in the reader's
-- language), with where it leads. community_id names the community it
-- happened in, if any, so a reader who may no longer read that community
-- does not see it; it has no foreign key yet (communities come in 0012).
CREATE TABLE notifications (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    community_id TEXT,
    link TEXT NOT NULL,
    actor_id TEXT REFERENCES users (id) ON DELETE SET NULL,
    params TEXT NOT NULL,
    -- The event it reports ("exchange-message:<id>"): the same event never
    -- notifies a person twice.
    dedupe_key TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    read_at BIGINT,
    -- When it was emailed (at once or in a digest), or judged not to be
    -- (the reader had that kind off): the digest takes those still NULL.
    emailed_at BIGINT
);
CREATE UNIQUE INDEX notifications_once ON notifications (user_id, dedupe_key);
-- A reader's page, newest first.
CREATE INDEX notifications_by_user ON notifications (user_id, created_at, id);
-- A reader's unread count (every page's navigation).
CREATE INDEX notifications_unread ON notifications (user_id) WHERE read_at IS NULL;
-- The daily digest's work: what is neither emailed nor read.
CREATE INDEX notifications_to_digest ON notifications (user_id, created_at) WHERE emailed_at IS NULL AND read_at IS NULL;

-- What each person chose for each kind; a kind without a row has its default.
CREATE TABLE notification_prefs (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    delivery TEXT NOT NULL,
    PRIMARY KEY (user_id, kind)
);

-- When each person's last digest was sent: once a day at most.
CREATE TABLE notification_digests (
    user_id TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    sent_at BIGINT NOT NULL
);
