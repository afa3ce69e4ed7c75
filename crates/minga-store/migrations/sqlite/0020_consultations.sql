-- Issue 13: consultations. The Secretariat asks the member organisations
-- (all, or some) about a discussion document — its text here in several
-- languages, its file a resource of the library — with questions, by a
-- deadline. Each organisation gives one response (drafted by its staff,
-- submitted by its admin, changed until the deadline); the Secretariat
-- reads them together and publishes a synthesis.
CREATE TABLE consultations (
    id TEXT PRIMARY KEY,
    -- draft | open (an open one past its deadline is closed)
    state TEXT NOT NULL,
    -- The end of the deadline's day in the network's time zone (ms).
    deadline INTEGER NOT NULL,
    -- Every member organisation (1), or those in consultation_orgs (0).
    everyone INTEGER NOT NULL,
    -- The discussion document's file(s), as a resource of the library.
    resource_id TEXT REFERENCES resources (id) ON DELETE SET NULL,
    answers_shared INTEGER NOT NULL DEFAULT 0,
    synthesis_published_at INTEGER,
    created_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    opened_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX consultations_by_state ON consultations (state, deadline);

-- Title, document text and synthesis, per language.
CREATE TABLE consultation_texts (
    consultation_id TEXT NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    document TEXT NOT NULL,
    synthesis TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (consultation_id, lang)
);

CREATE TABLE consultation_orgs (
    consultation_id TEXT NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    org_id TEXT NOT NULL REFERENCES orgs (id),
    PRIMARY KEY (consultation_id, org_id)
);

CREATE TABLE consultation_questions (
    id TEXT PRIMARY KEY,
    consultation_id TEXT NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    -- open | choice | scale
    kind TEXT NOT NULL
);
CREATE INDEX consultation_questions_by_consultation ON consultation_questions (consultation_id, position);

-- A question's prompt and choices (one per line, the same count in every
-- language) per language.
CREATE TABLE consultation_question_texts (
    question_id TEXT NOT NULL REFERENCES consultation_questions (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    prompt TEXT NOT NULL,
    choices TEXT NOT NULL,
    PRIMARY KEY (question_id, lang)
);

-- One response per organisation: a second is refused by this index.
CREATE TABLE consultation_responses (
    id TEXT PRIMARY KEY,
    consultation_id TEXT NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    org_id TEXT NOT NULL REFERENCES orgs (id),
    -- draft | submitted
    state TEXT NOT NULL,
    -- Bumped by every save: a form sent from an older one is refused, so
    -- two colleagues never overwrite each other unknowingly.
    revision INTEGER NOT NULL,
    updated_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    updated_at INTEGER NOT NULL,
    submitted_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    submitted_at INTEGER
);
CREATE UNIQUE INDEX consultation_responses_one_per_org ON consultation_responses (consultation_id, org_id);

CREATE TABLE consultation_answers (
    response_id TEXT NOT NULL REFERENCES consultation_responses (id) ON DELETE CASCADE,
    question_id TEXT NOT NULL REFERENCES consultation_questions (id) ON DELETE CASCADE,
    -- An open answer's text; a choice's position or a scale's value.
    text TEXT NOT NULL,
    value INTEGER,
    PRIMARY KEY (response_id, question_id)
);
