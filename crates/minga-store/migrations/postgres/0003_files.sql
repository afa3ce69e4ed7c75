-- PostgreSQL twin of the SQLite schema: keep them in step.
-- Uploaded files: the bytes live in the blob store under their SHA-256; these
-- rows say what they are, whose they are and what they belong to.
CREATE TABLE files (
    id TEXT PRIMARY KEY,
    blob_key TEXT NOT NULL,
    name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    -- The organisation the file was uploaded for: only its people may attach it.
    org_id TEXT NOT NULL REFERENCES orgs (id),
    uploaded_by TEXT REFERENCES users (id),
    created_at BIGINT NOT NULL
);
CREATE INDEX files_by_org ON files (org_id);
CREATE INDEX files_by_blob ON files (blob_key);
CREATE INDEX files_by_age ON files (created_at);

-- Evidence behind a rating in a capacity profile. A new round's profile
-- links the same files again, so nobody uploads them twice.
CREATE TABLE evidence_files (
    profile_id TEXT NOT NULL REFERENCES capacity_profiles (id) ON DELETE CASCADE,
    item TEXT NOT NULL REFERENCES taxonomy_items (code),
    file_id TEXT NOT NULL REFERENCES files (id),
    position BIGINT NOT NULL,
    PRIMARY KEY (profile_id, item, file_id)
);
CREATE INDEX evidence_files_by_file ON evidence_files (file_id);

-- What a peer exchange produced: documents either side attached to its outcome.
CREATE TABLE exchange_resources (
    exchange_id TEXT NOT NULL REFERENCES peer_exchanges (id) ON DELETE CASCADE,
    file_id TEXT NOT NULL REFERENCES files (id),
    org_id TEXT NOT NULL REFERENCES orgs (id),
    added_at BIGINT NOT NULL,
    PRIMARY KEY (exchange_id, file_id)
);
CREATE INDEX exchange_resources_by_file ON exchange_resources (file_id);
