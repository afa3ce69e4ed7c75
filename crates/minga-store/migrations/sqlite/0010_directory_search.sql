-- The directory (issue 11): a folded search key and each language's
-- collation sort key per organisation, both computed in Rust
-- (minga_domain::text), and the reason for a region/group override.
-- keys_version names the code that made the keys; rows made by another
-- (all of them, right after this migration) are remade at start.
ALTER TABLE orgs ADD COLUMN search_key TEXT NOT NULL DEFAULT '';
ALTER TABLE orgs ADD COLUMN sort_en BLOB;
ALTER TABLE orgs ADD COLUMN sort_es BLOB;
ALTER TABLE orgs ADD COLUMN sort_fr BLOB;
ALTER TABLE orgs ADD COLUMN sort_pt BLOB;
ALTER TABLE orgs ADD COLUMN sort_ar BLOB;
ALTER TABLE orgs ADD COLUMN keys_version TEXT NOT NULL DEFAULT '';
ALTER TABLE orgs ADD COLUMN override_reason TEXT;
CREATE INDEX orgs_sort_en ON orgs (sort_en, id);
CREATE INDEX orgs_sort_es ON orgs (sort_es, id);
CREATE INDEX orgs_sort_fr ON orgs (sort_fr, id);
CREATE INDEX orgs_sort_pt ON orgs (sort_pt, id);
CREATE INDEX orgs_sort_ar ON orgs (sort_ar, id);
CREATE INDEX orgs_keys_version ON orgs (keys_version);
