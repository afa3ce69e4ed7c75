-- Discussions (issue 12): topics in a community, their posts with a
-- position each (1 is the opening post), earlier texts of edited posts,
-- reactions, mentions, attachments, where each reader stands in a topic
-- (last read, following or muted, a draft), flags, and the moderation log.
CREATE TABLE topics (
    id TEXT PRIMARY KEY,
    community_id TEXT NOT NULL REFERENCES communities (id),
    title TEXT NOT NULL,
    author_id TEXT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL,
    last_post_at BIGINT NOT NULL,
    -- The position the latest post took; positions are never reused.
    last_position BIGINT NOT NULL DEFAULT 0,
    -- Posts in it now (a split takes some away).
    post_count BIGINT NOT NULL DEFAULT 0,
    pinned BIGINT NOT NULL DEFAULT 0,
    locked_at BIGINT
);
CREATE INDEX topics_by_community ON topics (community_id, pinned, last_post_at);

CREATE TABLE posts (
    id TEXT PRIMARY KEY,
    topic_id TEXT NOT NULL REFERENCES topics (id),
    position BIGINT NOT NULL,
    author_id TEXT NOT NULL REFERENCES users (id),
    author_org TEXT NOT NULL REFERENCES orgs (id),
    reply_to TEXT,
    body TEXT NOT NULL,
    body_html TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    edited_at BIGINT,
    edited_by TEXT REFERENCES users (id),
    hidden_at BIGINT,
    hidden_by TEXT REFERENCES users (id),
    hidden_reason TEXT NOT NULL DEFAULT '',
    UNIQUE (topic_id, position)
);
CREATE INDEX posts_by_author ON posts (author_id, created_at);

-- The texts a post had before each edit, oldest first.
CREATE TABLE post_versions (
    post_id TEXT NOT NULL REFERENCES posts (id),
    version BIGINT NOT NULL,
    body TEXT NOT NULL,
    body_html TEXT NOT NULL,
    -- Who wrote this text, and when.
    by_user TEXT NOT NULL REFERENCES users (id),
    at BIGINT NOT NULL,
    PRIMARY KEY (post_id, version)
);

CREATE TABLE post_reactions (
    post_id TEXT NOT NULL REFERENCES posts (id),
    user_id TEXT NOT NULL REFERENCES users (id),
    kind TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (post_id, kind, user_id)
);

-- Who a post mentions (a person, or an organisation): notifications read these.
CREATE TABLE post_mentions (
    post_id TEXT NOT NULL REFERENCES posts (id),
    user_id TEXT REFERENCES users (id),
    org_id TEXT REFERENCES orgs (id)
);
CREATE INDEX post_mentions_by_post ON post_mentions (post_id);

CREATE TABLE post_files (
    post_id TEXT NOT NULL REFERENCES posts (id),
    file_id TEXT NOT NULL REFERENCES files (id),
    PRIMARY KEY (post_id, file_id)
);
CREATE INDEX post_files_by_file ON post_files (file_id);

CREATE TABLE topic_readers (
    topic_id TEXT NOT NULL REFERENCES topics (id),
    user_id TEXT NOT NULL REFERENCES users (id),
    last_read BIGINT NOT NULL DEFAULT 0,
    -- neutral | following | muted
    follow TEXT NOT NULL DEFAULT 'neutral',
    draft TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (topic_id, user_id)
);
CREATE INDEX topic_readers_by_follow ON topic_readers (topic_id, follow);

CREATE TABLE post_flags (
    id TEXT PRIMARY KEY,
    post_id TEXT NOT NULL REFERENCES posts (id),
    community_id TEXT NOT NULL REFERENCES communities (id),
    by_user TEXT NOT NULL REFERENCES users (id),
    reason TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    resolved_at BIGINT,
    resolved_by TEXT REFERENCES users (id)
);
CREATE INDEX post_flags_open ON post_flags (community_id, resolved_at, created_at);

CREATE TABLE moderation_log (
    id TEXT PRIMARY KEY,
    community_id TEXT NOT NULL REFERENCES communities (id),
    actor_id TEXT NOT NULL REFERENCES users (id),
    act TEXT NOT NULL,
    topic_id TEXT,
    post_id TEXT,
    reason TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);
CREATE INDEX moderation_log_by_community ON moderation_log (community_id, created_at);
