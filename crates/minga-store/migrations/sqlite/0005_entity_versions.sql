-- How many changes each kind of entity has had. Every write bumps its
-- entity's row in the same transaction as its change_log entry, so the row
-- lock orders writers of one entity and a reader sees each committed change
-- exactly once: the sum over the entities a kept page or value is made of
-- is its version (unlike MAX(change_log.seq), which on PostgreSQL can be
-- seen before a smaller sequence number commits).
CREATE TABLE entity_versions (
    entity TEXT PRIMARY KEY,
    version INTEGER NOT NULL
);
INSERT INTO entity_versions (entity, version)
SELECT entity, COUNT(*) FROM change_log GROUP BY entity;
