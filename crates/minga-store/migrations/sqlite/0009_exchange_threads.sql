-- Exchanges people can follow (issue 11): who answered a request, and a
-- thread in which the two sides (and the Secretariat) write to each other.
ALTER TABLE peer_exchanges ADD COLUMN answered_by TEXT REFERENCES users (id);

CREATE TABLE exchange_messages (
    id TEXT PRIMARY KEY,
    exchange_id TEXT NOT NULL REFERENCES peer_exchanges (id) ON DELETE CASCADE,
    author_id TEXT NOT NULL REFERENCES users (id),
    author_org TEXT NOT NULL REFERENCES orgs (id),
    body TEXT NOT NULL,
    body_html TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX exchange_messages_by_exchange ON exchange_messages (exchange_id, created_at, id);

-- The Secretariat's list of every exchange, newest first, a page at a time.
CREATE INDEX peer_exchanges_by_updated ON peer_exchanges (updated_at, id);
