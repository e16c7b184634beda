-- The watchlist: what a user means to watch. The same shape as favorites (a shelf, see the library
-- module), so one repository serves both. The index serves the default order (newest first) and
-- its keyset cursor, and the per-user scans the other orders and the limit count start from.

CREATE TABLE watchlist (
    uid        text        NOT NULL REFERENCES users (uid) ON DELETE CASCADE,
    kind       text        NOT NULL,
    title_id   integer     NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (uid, kind, title_id),
    FOREIGN KEY (kind, title_id) REFERENCES titles (kind, id) ON DELETE CASCADE
);

CREATE INDEX watchlist_uid_kind_created_at_idx ON watchlist (uid, kind, created_at DESC, title_id);
