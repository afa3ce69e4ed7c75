-- Issue 12: recordings and videos, their captions and lighter renditions,
-- and each person's data saver.

-- Data saver: pages load nothing heavy until asked. Set when an account is
-- made from an invitation (on for organisations of the Global South).
ALTER TABLE users ADD COLUMN data_saver BIGINT NOT NULL DEFAULT 0;

-- A recording or video. The bytes are in the blob store under blob_key
-- (SHA-256 of the content). community_id names the community it belongs
-- to (NULL: the whole network reads it).
CREATE TABLE media_assets (
    id TEXT PRIMARY KEY,
    community_id TEXT,
    org_id TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    uploaded_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    -- As typed, one "0:00 Title" per line, checked when saved.
    chapters TEXT NOT NULL,
    kind TEXT NOT NULL,
    content_type TEXT NOT NULL,
    blob_key TEXT NOT NULL,
    size BIGINT NOT NULL,
    duration_ms BIGINT,
    -- pending | done | unavailable | failed
    renditions TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX media_assets_by_community ON media_assets (community_id, created_at);
CREATE INDEX media_assets_by_blob ON media_assets (blob_key);

-- Lighter copies made by the worker: audio, small (240p video), poster.
CREATE TABLE media_renditions (
    media_id TEXT NOT NULL REFERENCES media_assets (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    content_type TEXT NOT NULL,
    blob_key TEXT NOT NULL,
    size BIGINT NOT NULL,
    PRIMARY KEY (media_id, kind)
);
CREATE INDEX media_renditions_by_blob ON media_renditions (blob_key);

-- Captions, one WebVTT file per language, checked on upload; small, so
-- kept here rather than in the blob store.
CREATE TABLE media_captions (
    media_id TEXT NOT NULL REFERENCES media_assets (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (media_id, lang)
);
