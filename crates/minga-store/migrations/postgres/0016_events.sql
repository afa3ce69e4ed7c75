-- Events of learning communities (issue 12): when and where, who is going
-- and who waits for a place, the reminders already sent, and the secret
-- tokens calendar programs subscribe with.
CREATE TABLE events (
    id TEXT PRIMARY KEY,
    community_id TEXT NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    description_html TEXT NOT NULL,
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    -- The zone the organiser typed the times in (times are UTC).
    time_zone TEXT NOT NULL,
    online_url TEXT,
    -- Places; NULL when anyone may come.
    capacity BIGINT,
    -- The recording, after the event (a media asset's id).
    recording_media_id TEXT,
    created_by TEXT REFERENCES users (id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    -- iCalendar's SEQUENCE, bumped by every change and by cancelling.
    sequence BIGINT NOT NULL DEFAULT 0,
    cancelled_at BIGINT
);
CREATE INDEX events_by_community ON events (community_id, starts_at);
CREATE INDEX events_by_start ON events (starts_at);

-- Outsiders and people not going have no row. The waiting list is ordered
-- by `since`, then the person's id.
CREATE TABLE event_rsvps (
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id),
    -- going | waiting
    status TEXT NOT NULL,
    since BIGINT NOT NULL,
    PRIMARY KEY (event_id, user_id)
);
CREATE INDEX event_rsvps_by_status ON event_rsvps (event_id, status, since);
CREATE INDEX event_rsvps_by_user ON event_rsvps (user_id, event_id);

-- Each reminder (kind: 24h | 1h) is sent to each person once: the row is
-- written in the transaction that queues the mail.
CREATE TABLE event_reminders (
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id),
    kind TEXT NOT NULL,
    sent_at BIGINT NOT NULL,
    PRIMARY KEY (event_id, user_id, kind)
);

-- One calendar token per person (SHA-256 of the secret), for feeds of
-- communities that calendar programs (which carry no cookie) subscribe to.
CREATE TABLE calendar_tokens (
    user_id TEXT PRIMARY KEY REFERENCES users (id),
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL
);
