-- Issue 13: the resource library. A resource is one work (a report, a
-- toolkit, a recording…) in one or more languages: its translations share
-- everything but their language, title, summary and file or link.
CREATE TABLE resources (
    id TEXT PRIMARY KEY,
    -- report | toolkit | policy-brief | training | recording | dataset |
    -- presentation | article | other
    kind TEXT NOT NULL,
    -- Year of publication, when known.
    year BIGINT,
    -- cc-by | cc-by-sa | … | copyright | unknown
    licence TEXT NOT NULL,
    -- public | members | community (whoever may read community_id)
    visibility TEXT NOT NULL,
    community_id TEXT REFERENCES communities (id) ON DELETE CASCADE,
    -- The organisation that shared it.
    org_id TEXT NOT NULL REFERENCES orgs (id),
    shared_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    -- shared (by a member) | recording (media_assets.id) |
    -- exchange (peer_exchanges.id produced the file)
    origin TEXT NOT NULL,
    origin_id TEXT,
    featured BIGINT NOT NULL DEFAULT 0,
    archived BIGINT NOT NULL DEFAULT 0,
    -- A duplicate the Secretariat merged into another resource: its address
    -- leads there.
    merged_into TEXT REFERENCES resources (id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX resources_by_origin ON resources (origin, origin_id);
CREATE INDEX resources_by_age ON resources (created_at);
-- What changed since a moment: the list in memory reads only that.
CREATE INDEX resources_by_change ON resources (updated_at);

-- One language of a resource: a file (in the blob store through files) or
-- a link, or neither for a recording (its own page plays it).
CREATE TABLE resource_translations (
    resource_id TEXT NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
    -- en | es | fr | pt | ar | und (another language, or not stated)
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    file_id TEXT REFERENCES files (id),
    url TEXT,
    -- The first page as a small picture, made by the worker:
    -- none | pending | done | unavailable | failed
    preview TEXT NOT NULL,
    preview_blob TEXT,
    preview_size BIGINT,
    added_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (resource_id, lang)
);
CREATE INDEX resource_translations_by_file ON resource_translations (file_id);
CREATE INDEX resource_translations_by_preview ON resource_translations (preview_blob);

-- Themes and capacities of the taxonomy a resource is about.
CREATE TABLE resource_items (
    resource_id TEXT NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
    item TEXT NOT NULL REFERENCES taxonomy_items (code),
    PRIMARY KEY (resource_id, item)
);
CREATE INDEX resource_items_by_item ON resource_items (item);

-- Countries a resource is about (ISO 3166-1 alpha-2); none: global.
CREATE TABLE resource_countries (
    resource_id TEXT NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
    country TEXT NOT NULL,
    PRIMARY KEY (resource_id, country)
);

-- What the network already holds comes into the library with its origin:
-- every recording (its community's readers read it, or every member when
-- it is in none) and every file a peer exchange produced (every member
-- reads those, as before). A recording's resource has the recording's id,
-- an exchange's file the file's id.
INSERT INTO resources (id, kind, year, licence, visibility, community_id, org_id, shared_by,
                       origin, origin_id, created_at, updated_at)
SELECT id, 'recording', CAST(EXTRACT(YEAR FROM to_timestamp(created_at / 1000.0)) AS BIGINT), 'unknown',
       CASE WHEN community_id IS NULL THEN 'members' ELSE 'community' END,
       community_id, org_id, uploaded_by, 'recording', id, created_at, updated_at
FROM media_assets;
INSERT INTO resource_translations (resource_id, lang, title, summary, preview, added_by, created_at)
SELECT id, 'und', title, description, 'none', uploaded_by, created_at FROM media_assets;

INSERT INTO resources (id, kind, year, licence, visibility, community_id, org_id,
                                 shared_by, origin, origin_id, created_at, updated_at)
SELECT r.file_id, 'other', CAST(EXTRACT(YEAR FROM to_timestamp(r.added_at / 1000.0)) AS BIGINT),
       'unknown', 'members', NULL, r.org_id, f.uploaded_by, 'exchange', r.exchange_id,
       r.added_at, r.added_at
FROM exchange_resources r JOIN files f ON f.id = r.file_id
ORDER BY r.added_at
ON CONFLICT DO NOTHING;
INSERT INTO resource_translations (resource_id, lang, title, summary, file_id, preview,
                                             added_by, created_at)
SELECT f.id, 'und', f.name, '', f.id,
       CASE WHEN f.content_type IN ('application/pdf', 'image/png', 'image/jpeg', 'image/gif',
                                    'image/webp') THEN 'pending' ELSE 'none' END,
       f.uploaded_by, f.created_at
FROM files f WHERE f.id IN (SELECT id FROM resources WHERE origin = 'exchange')
ON CONFLICT DO NOTHING;
INSERT INTO resource_items (resource_id, item)
SELECT r.file_id, e.item FROM exchange_resources r JOIN peer_exchanges e ON e.id = r.exchange_id
ON CONFLICT DO NOTHING;
