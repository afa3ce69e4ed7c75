-- People taken out of their organisation keep their row (what they wrote
-- stays attributed to them by name) but can no longer sign in.
ALTER TABLE users ADD COLUMN removed_at INTEGER;

-- An organisation's logo or a person's avatar: the small (40 px) and large
-- (160 px) variants, each named by its blob's content hash and extension
-- ("<sha256>.png"), so their URLs never change and are cached for a year.
CREATE TABLE pictures (
    owner_id TEXT PRIMARY KEY,
    small TEXT NOT NULL,
    large TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX pictures_by_small ON pictures (small);
CREATE INDEX pictures_by_large ON pictures (large);
