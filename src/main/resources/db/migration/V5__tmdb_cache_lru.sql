-- The shared TMDb cache is bounded in bytes as well as rows, and what it evicts first is what was
-- least recently used: evicting by latest expiry let anyone push out short-lived popular answers
-- (lists, searches) by filling the table with long-lived rows (details of obscure ids).
-- size_bytes counts what a row costs us; last_used_at moves on writes and, in batches, on hits.

ALTER TABLE tmdb_cache
    ADD COLUMN last_used_at timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN size_bytes   integer     NOT NULL GENERATED ALWAYS AS (octet_length(key) + octet_length(body)) STORED;

CREATE INDEX tmdb_cache_last_used_at_idx ON tmdb_cache (last_used_at);
