-- TMDb: the answer cache shared by all instances, and the deployment-wide rate limit.

-- One row per normalised upstream request (path + sorted parameters; never the token). The body is
-- TMDb's JSON, byte for byte. Rows outlive expires_at to be served when TMDb fails, until purged.
CREATE TABLE tmdb_cache (
    key        text        PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 2000),
    status     smallint    NOT NULL CHECK (status IN (200, 404)),
    body       bytea       NOT NULL,
    fetched_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL CHECK (expires_at >= fetched_at)
);

CREATE INDEX tmdb_cache_expires_at_idx ON tmdb_cache (expires_at);

-- The deployment-wide rate limit of TMDb calls, one row. next_at: the next free slot; every call
-- reserves one with an atomic UPDATE (its place in the queue). last_started_at: when the latest call
-- really started; a call starts only if that is at least TMDB_SLEEP_SEC ago (compare-and-set).
CREATE TABLE tmdb_rate_limit (
    id              integer     PRIMARY KEY CHECK (id = 1),
    next_at         timestamptz NOT NULL,
    last_started_at timestamptz NOT NULL
);

INSERT INTO tmdb_rate_limit (id, next_at, last_started_at) VALUES (1, '-infinity', '-infinity');
