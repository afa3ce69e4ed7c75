-- Issue 13: the Knowledge Exchange and Learning strategy. Objectives are
-- written by the Secretariat in any of the five languages; learning
-- initiatives serve one, led by an organisation, with milestones,
-- contributions other organisations offer (the lead accepts or declines
-- with a reason), outputs that link what they produced elsewhere in Minga,
-- and a timeline of every step.
CREATE TABLE kel_objectives (
    id TEXT PRIMARY KEY,
    position BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE TABLE kel_objective_texts (
    objective_id TEXT NOT NULL REFERENCES kel_objectives (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (objective_id, lang)
);

CREATE TABLE initiatives (
    id TEXT PRIMARY KEY,
    objective_id TEXT NOT NULL REFERENCES kel_objectives (id),
    lead_org_id TEXT NOT NULL REFERENCES orgs (id),
    -- planned | running | completed
    state TEXT NOT NULL,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    -- Dates as YYYY-MM-DD (they sort as text), or NULL.
    starts_on TEXT,
    ends_on TEXT,
    admits_partners BIGINT NOT NULL DEFAULT 0,
    created_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX initiatives_by_objective ON initiatives (objective_id, created_at);
CREATE INDEX initiatives_by_lead ON initiatives (lead_org_id);

-- Organisations whose contribution was accepted.
CREATE TABLE initiative_orgs (
    initiative_id TEXT NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
    org_id TEXT NOT NULL REFERENCES orgs (id),
    since BIGINT NOT NULL,
    PRIMARY KEY (initiative_id, org_id)
);
CREATE INDEX initiative_orgs_by_org ON initiative_orgs (org_id);

CREATE TABLE initiative_milestones (
    id TEXT PRIMARY KEY,
    initiative_id TEXT NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    due_on TEXT NOT NULL,
    -- pending | done | dropped
    status TEXT NOT NULL,
    done_at BIGINT,
    created_at BIGINT NOT NULL
);
CREATE INDEX initiative_milestones_by_initiative ON initiative_milestones (initiative_id, due_on);

CREATE TABLE initiative_contributions (
    id TEXT PRIMARY KEY,
    initiative_id TEXT NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
    org_id TEXT NOT NULL REFERENCES orgs (id),
    offered_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    what TEXT NOT NULL,
    by_when TEXT NOT NULL,
    who TEXT NOT NULL,
    -- offered | accepted | declined
    state TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    answered_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    answered_at BIGINT,
    created_at BIGINT NOT NULL
);
CREATE INDEX initiative_contributions_by_initiative ON initiative_contributions (initiative_id, created_at);

-- What an initiative produced: a resource, practice, recording, community
-- or exchange, by id (a community by its id too).
CREATE TABLE initiative_outputs (
    id TEXT PRIMARY KEY,
    initiative_id TEXT NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    target TEXT NOT NULL,
    org_id TEXT NOT NULL REFERENCES orgs (id),
    added_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX initiative_outputs_once ON initiative_outputs (initiative_id, kind, target);

-- The timeline: one line per step, newest read first.
CREATE TABLE initiative_log (
    id TEXT PRIMARY KEY,
    initiative_id TEXT NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    actor_id TEXT REFERENCES users (id) ON DELETE SET NULL,
    org_id TEXT REFERENCES orgs (id),
    -- What the line names (a milestone's or output's title, an offer).
    detail TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX initiative_log_by_initiative ON initiative_log (initiative_id, at);
