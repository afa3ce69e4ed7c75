-- Issue 13: best practices. A practice is written by an organisation's
-- staff in the template's sections, reviewed by the Secretariat (comments
-- beside each section, changes requested) and published; every save of its
-- text is kept as a version. Other organisations record that they tried it.
CREATE TABLE practices (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES orgs (id),
    created_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    -- draft | submitted | changes-requested | published
    state TEXT NOT NULL,
    -- The language it is written in (en es fr pt ar, or und).
    lang TEXT NOT NULL,
    -- The latest version's text (versions keep every one).
    title TEXT NOT NULL,
    context TEXT NOT NULL,
    challenge TEXT NOT NULL,
    approach TEXT NOT NULL,
    results TEXT NOT NULL,
    lessons TEXT NOT NULL,
    replicate TEXT NOT NULL,
    contact TEXT NOT NULL,
    version BIGINT NOT NULL,
    -- "We tried this" records, counted for the list.
    replications BIGINT NOT NULL DEFAULT 0,
    submitted_at BIGINT,
    published_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX practices_by_state ON practices (state, published_at);
CREATE INDEX practices_by_org ON practices (org_id, updated_at);
CREATE INDEX practices_by_change ON practices (updated_at);

-- Every saved text of a practice, numbered from 1.
CREATE TABLE practice_versions (
    practice_id TEXT NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
    version BIGINT NOT NULL,
    title TEXT NOT NULL,
    context TEXT NOT NULL,
    challenge TEXT NOT NULL,
    approach TEXT NOT NULL,
    results TEXT NOT NULL,
    lessons TEXT NOT NULL,
    replicate TEXT NOT NULL,
    contact TEXT NOT NULL,
    saved_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    saved_at BIGINT NOT NULL,
    PRIMARY KEY (practice_id, version)
);

-- Themes and capacities, other organisations involved, and library
-- resources a practice links.
CREATE TABLE practice_items (
    practice_id TEXT NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
    item TEXT NOT NULL REFERENCES taxonomy_items (code),
    PRIMARY KEY (practice_id, item)
);
CREATE INDEX practice_items_by_item ON practice_items (item);
CREATE TABLE practice_orgs (
    practice_id TEXT NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
    org_id TEXT NOT NULL REFERENCES orgs (id),
    PRIMARY KEY (practice_id, org_id)
);
CREATE TABLE practice_resources (
    practice_id TEXT NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
    resource_id TEXT NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
    PRIMARY KEY (practice_id, resource_id)
);

-- The Secretariat's comments beside a section of a version; the workflow's
-- steps are comments too (section 'step', body naming the step).
CREATE TABLE practice_comments (
    id TEXT PRIMARY KEY,
    practice_id TEXT NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
    version BIGINT NOT NULL,
    section TEXT NOT NULL,
    body TEXT NOT NULL,
    author_id TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX practice_comments_by_practice ON practice_comments (practice_id, created_at);

-- "We tried this": another organisation's context and results.
CREATE TABLE practice_replications (
    id TEXT PRIMARY KEY,
    practice_id TEXT NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
    org_id TEXT NOT NULL REFERENCES orgs (id),
    created_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    context TEXT NOT NULL,
    results TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX practice_replications_by_practice ON practice_replications (practice_id, created_at);
-- One record per organisation (it may change it).
CREATE UNIQUE INDEX practice_replications_one_per_org ON practice_replications (practice_id, org_id);
