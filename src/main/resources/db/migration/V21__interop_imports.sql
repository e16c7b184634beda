-- History imports (issue 15): a job per upload, its rows (one per fact read from the files), and a
-- second TMDb pacing row for background imports.
--
-- The uploaded file itself is never stored: it is parsed when it arrives and only the rows are
-- kept, so "deleted 7 days after they finish" covers everything the upload left behind.

CREATE TABLE import_jobs (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uid          text        NOT NULL REFERENCES users (uid) ON DELETE CASCADE,
    source       text        NOT NULL CHECK (source IN ('letterboxd', 'trakt', 'frameratr')),
    status       text        NOT NULL CHECK (status IN ('matching', 'ready', 'committing', 'done', 'failed')),
    file_name    text        CHECK (length(file_name) <= 255),
    -- the commit's steps done so far (each step is idempotent: a commit cut short runs it again)
    commit_step  integer     NOT NULL DEFAULT 0,
    -- what the commit wrote, by table
    applied      jsonb       NOT NULL DEFAULT '{}',
    error        text        CHECK (length(error) <= 1000),
    created_at   timestamptz NOT NULL DEFAULT now(),
    -- the instances' workers take the job whose turn is oldest, so that imports share them fairly;
    -- a worker holds a job until lease_until and renews it as it goes: a job whose worker died is
    -- taken by another once the lease has run out
    turn_at      timestamptz NOT NULL DEFAULT now(),
    lease_until  timestamptz,
    finished_at  timestamptz,
    CHECK ((status IN ('done', 'failed')) = (finished_at IS NOT NULL))
);

-- at most one import per user that is not finished (matching, waiting to be committed, committing)
CREATE UNIQUE INDEX import_jobs_one_open_per_user ON import_jobs (uid) WHERE finished_at IS NULL;
CREATE INDEX import_jobs_work_idx ON import_jobs (turn_at) WHERE status IN ('matching', 'committing');
CREATE INDEX import_jobs_finished_at_idx ON import_jobs (finished_at) WHERE finished_at IS NOT NULL;

CREATE TABLE import_rows (
    job_id       bigint      NOT NULL REFERENCES import_jobs (id) ON DELETE CASCADE,
    row_no       integer     NOT NULL CHECK (row_no >= 1),
    -- where the fact was read: file name and line of its record
    source_file  text        NOT NULL CHECK (length(source_file) <= 255),
    source_line  integer     NOT NULL,
    fact         text        NOT NULL
        CHECK (fact IN ('viewing', 'rating', 'review', 'watchlist', 'favorite', 'list', 'list_entry', 'follow')),
    -- the title as the file names it (Letterboxd: name and year; Trakt and FrameRatr: a TMDb id)
    kind         text        CHECK (kind IN ('movie', 'tv')),
    name         text        CHECK (length(name) <= 500),
    year         integer,
    tmdb_id      integer     CHECK (tmdb_id >= 1),
    status       text        NOT NULL
        CHECK (status IN ('pending', 'matched', 'ambiguous', 'unmatched', 'duplicate', 'skipped')),
    -- how the match was made (exact-title, original-title, year-off-by-one, tmdb-id, chosen) or why not
    match_rule   text,
    candidates   jsonb,
    duplicate_of integer,
    -- the fact's own fields (watched_on, rewatch, rating, tags, review, list, position, note, ...)
    data         jsonb       NOT NULL DEFAULT '{}',
    PRIMARY KEY (job_id, row_no)
);

-- the worker matches one distinct title of a job at a time, and the rows page is read by status
CREATE INDEX import_rows_title_idx ON import_rows (job_id, kind, name, year, tmdb_id) WHERE status = 'pending';
CREATE INDEX import_rows_status_idx ON import_rows (job_id, status, row_no);

-- Row 2 paces background imports' TMDb calls (a share of TMDB_SLEEP_SEC's budget), row 1 every call.
ALTER TABLE tmdb_rate_limit DROP CONSTRAINT tmdb_rate_limit_id_check;
ALTER TABLE tmdb_rate_limit ADD CONSTRAINT tmdb_rate_limit_id_check CHECK (id IN (1, 2));
INSERT INTO tmdb_rate_limit (id, next_at, last_started_at) VALUES (2, '-infinity', '-infinity');
