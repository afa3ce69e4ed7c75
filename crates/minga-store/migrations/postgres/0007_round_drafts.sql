-- PostgreSQL twin of the SQLite schema: keep them in step.
-- A round is prepared as a draft (its list of organisations checked, added
-- to and removed from) before it opens; its title and message may be
-- written in several languages, kept as JSON by language code:
-- {"es": {"title": "…", "message": "…"}}. `title` stays the fallback.
ALTER TABLE mapping_rounds ADD COLUMN draft BIGINT NOT NULL DEFAULT 0;
ALTER TABLE mapping_rounds ADD COLUMN texts TEXT NOT NULL DEFAULT '{}';
