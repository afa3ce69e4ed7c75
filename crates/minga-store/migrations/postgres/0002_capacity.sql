-- PostgreSQL twin of the SQLite schema: keep them in step.
-- The map of capacities: taxonomy, mapping rounds, capacity profiles, peer exchanges.
CREATE TABLE taxonomy_items (
    code TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    position BIGINT NOT NULL,
    label_en TEXT NOT NULL, label_es TEXT NOT NULL, label_fr TEXT NOT NULL, label_pt TEXT NOT NULL, label_ar TEXT NOT NULL,
    description_en TEXT NOT NULL, description_es TEXT NOT NULL, description_fr TEXT NOT NULL, description_pt TEXT NOT NULL, description_ar TEXT NOT NULL,
    -- Search terms, one per line.
    synonyms_en TEXT NOT NULL, synonyms_es TEXT NOT NULL, synonyms_fr TEXT NOT NULL, synonyms_pt TEXT NOT NULL, synonyms_ar TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE mapping_rounds (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    deadline BIGINT NOT NULL,
    opened_at BIGINT NOT NULL,
    closed_at BIGINT,
    created_by TEXT REFERENCES users (id),
    demo BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE round_orgs (
    round_id TEXT NOT NULL REFERENCES mapping_rounds (id) ON DELETE CASCADE,
    org_id TEXT NOT NULL REFERENCES orgs (id),
    reminded_at BIGINT,
    PRIMARY KEY (round_id, org_id)
);
CREATE INDEX round_orgs_by_org ON round_orgs (org_id);

CREATE TABLE capacity_profiles (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES orgs (id),
    round_id TEXT NOT NULL REFERENCES mapping_rounds (id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    -- Working languages, comma-separated locale codes.
    languages TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by TEXT REFERENCES users (id),
    submitted_at BIGINT,
    -- 1 on the organisation's most recently submitted profile: the one the
    -- map of matches reads.
    current BIGINT NOT NULL DEFAULT 0,
    UNIQUE (org_id, round_id)
);
CREATE INDEX capacity_profiles_by_round ON capacity_profiles (round_id, status);
CREATE INDEX capacity_profiles_current ON capacity_profiles (current, org_id);

CREATE TABLE profile_ratings (
    profile_id TEXT NOT NULL REFERENCES capacity_profiles (id) ON DELETE CASCADE,
    item TEXT NOT NULL REFERENCES taxonomy_items (code),
    level BIGINT NOT NULL,
    evidence TEXT NOT NULL,
    share BIGINT NOT NULL,
    PRIMARY KEY (profile_id, item)
);
CREATE INDEX profile_ratings_by_item ON profile_ratings (item, level);

CREATE TABLE profile_needs (
    profile_id TEXT NOT NULL REFERENCES capacity_profiles (id) ON DELETE CASCADE,
    item TEXT NOT NULL REFERENCES taxonomy_items (code),
    priority TEXT NOT NULL,
    description TEXT NOT NULL,
    PRIMARY KEY (profile_id, item)
);
CREATE INDEX profile_needs_by_item ON profile_needs (item);

CREATE TABLE peer_exchanges (
    id TEXT PRIMARY KEY,
    item TEXT NOT NULL REFERENCES taxonomy_items (code),
    seeker_org TEXT NOT NULL REFERENCES orgs (id),
    helper_org TEXT NOT NULL REFERENCES orgs (id),
    status TEXT NOT NULL,
    message TEXT NOT NULL,
    reply TEXT NOT NULL DEFAULT '',
    seeker_outcome TEXT NOT NULL DEFAULT '',
    helper_outcome TEXT NOT NULL DEFAULT '',
    requested_by TEXT REFERENCES users (id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX peer_exchanges_by_helper ON peer_exchanges (helper_org, status);
CREATE INDEX peer_exchanges_by_seeker ON peer_exchanges (seeker_org, status);
