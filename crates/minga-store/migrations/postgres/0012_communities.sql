-- Learning Communities (issue 12): the communities, the themes and
-- capacities they are about, and where each person stands in each.
CREATE TABLE communities (
    id TEXT PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    purpose TEXT NOT NULL,
    purpose_html TEXT NOT NULL,
    -- public | members | invite_only
    visibility TEXT NOT NULL,
    partners_admitted BIGINT NOT NULL DEFAULT 0,
    -- The languages people write in there: codes joined by commas.
    languages TEXT NOT NULL DEFAULT '',
    created_by TEXT REFERENCES users (id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    -- When anything last happened in it; the list shows the liveliest first.
    active_at BIGINT NOT NULL,
    -- Hidden by the Secretariat.
    hidden_at BIGINT
);
CREATE INDEX communities_by_activity ON communities (active_at, id);

CREATE TABLE community_items (
    community_id TEXT NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    item TEXT NOT NULL,
    PRIMARY KEY (community_id, item)
);
CREATE INDEX community_items_by_item ON community_items (item, community_id);

-- Outsiders have no row.
CREATE TABLE community_members (
    community_id TEXT NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id),
    -- requested | invited | member | moderator
    standing TEXT NOT NULL,
    -- Who invited them, or who answered their request.
    by_user TEXT REFERENCES users (id),
    -- What a person asking to join wrote.
    note TEXT NOT NULL DEFAULT '',
    since BIGINT NOT NULL,
    -- When the member's current visit began, and when the one before it
    -- did: "new since your last visit" is what happened after
    -- `prev_seen_at`. Page loads within a visit write nothing.
    seen_at BIGINT,
    prev_seen_at BIGINT,
    PRIMARY KEY (community_id, user_id)
);
CREATE INDEX community_members_by_user ON community_members (user_id, community_id);
CREATE INDEX community_members_by_standing ON community_members (community_id, standing, since);
