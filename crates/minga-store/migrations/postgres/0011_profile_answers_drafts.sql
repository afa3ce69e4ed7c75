-- Issue 11: "0 — none" is an answer, an untouched item is not. A rating row
-- kept only for its evidence or files has answered = 0. Rows from before
-- this column were all given through a form that always sent a level.
ALTER TABLE profile_ratings ADD COLUMN answered BIGINT NOT NULL DEFAULT 1;

-- What an organisation typed into its profile form and has not saved yet
-- (kept when someone switches language mid-form), as given: JSON.
CREATE TABLE profile_drafts (
    org_id TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    round_id TEXT NOT NULL REFERENCES mapping_rounds (id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    updated_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (org_id, round_id)
);
