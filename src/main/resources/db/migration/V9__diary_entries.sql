-- The diary: one row per viewing. A title's watch count (the user's, and the community's) is
-- derived from these rows, never a separate counter a writer could forget.

CREATE TABLE diary_entries (
    id         bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uid        text         NOT NULL REFERENCES users (uid) ON DELETE CASCADE,
    kind       text         NOT NULL,
    title_id   integer      NOT NULL,
    watched_on date         NOT NULL CHECK (watched_on >= DATE '1870-01-01'),
    rewatch    boolean      NOT NULL DEFAULT false,
    rating_val numeric(3,1)
        CHECK (rating_val BETWEEN 0.5 AND 10 AND rating_val * 2 = trunc(rating_val * 2)),
    liked      boolean      NOT NULL DEFAULT false,
    -- the review written with this viewing; the review outlives a deleted entry and vice versa
    review_id  bigint       REFERENCES reviews (id) ON DELETE SET NULL,
    tags       text[]       NOT NULL DEFAULT '{}'
        CHECK (array_ndims(tags) IS NULL OR (array_ndims(tags) = 1 AND cardinality(tags) <= 20)),
    created_at timestamptz  NOT NULL DEFAULT now(),
    updated_at timestamptz  NOT NULL DEFAULT now(),
    FOREIGN KEY (kind, title_id) REFERENCES titles (kind, id) ON DELETE CASCADE
);

-- the diary page, newest viewing first, and its year/month filters (a range of watched_on)
CREATE INDEX diary_entries_uid_watched_on_idx ON diary_entries (uid, watched_on DESC, id DESC);
-- one title's viewings of a user: the movie_id/tv_id filter, the viewer's watch count and last date
CREATE INDEX diary_entries_uid_title_idx ON diary_entries (uid, kind, title_id, watched_on DESC, id DESC);
-- ON DELETE SET NULL from reviews looks entries up by review
CREATE INDEX diary_entries_review_id_idx ON diary_entries (review_id) WHERE review_id IS NOT NULL;

-- Tags are normalised (trimmed, lower case, 1..50 characters) by the service; the row says so too.
CREATE FUNCTION diary_tags_valid(p_tags text[]) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN NOT EXISTS (
        SELECT 1 FROM unnest(p_tags) AS t
        WHERE t IS NULL OR length(t) NOT BETWEEN 1 AND 50 OR t <> lower(btrim(t)));

ALTER TABLE diary_entries ADD CONSTRAINT diary_entries_tags_valid CHECK (diary_tags_valid(tags));

-- The tag filter of the diary page: one row per entry and tag, in the page's order, kept by
-- trigger so it cannot disagree with the entries' tags.
CREATE TABLE diary_entry_tags (
    entry_id   bigint NOT NULL REFERENCES diary_entries (id) ON DELETE CASCADE,
    uid        text   NOT NULL,
    tag        text   NOT NULL,
    watched_on date   NOT NULL,
    PRIMARY KEY (entry_id, tag)
);

CREATE INDEX diary_entry_tags_page_idx ON diary_entry_tags (uid, tag, watched_on DESC, entry_id DESC);

CREATE FUNCTION diary_entries_maintain_tags() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        DELETE FROM diary_entry_tags WHERE entry_id = OLD.id;
    END IF;
    INSERT INTO diary_entry_tags (entry_id, uid, tag, watched_on)
    SELECT DISTINCT NEW.id, NEW.uid, t, NEW.watched_on FROM unnest(NEW.tags) AS t;
    RETURN NULL;
END;
$$;

CREATE TRIGGER diary_entries_maintain_tags
    AFTER INSERT OR UPDATE OF tags, watched_on ON diary_entries
    FOR EACH ROW EXECUTE FUNCTION diary_entries_maintain_tags();

-- Retried POSTs: the first answer to a (user, Idempotency-Key) is kept for 24 hours and replayed;
-- the request's hash tells a retry from a different request that reuses the key. Older rows are
-- purged by a cluster job.
CREATE TABLE idempotency_keys (
    uid           text        NOT NULL REFERENCES users (uid) ON DELETE CASCADE,
    key           text        NOT NULL CHECK (length(key) BETWEEN 1 AND 255),
    request_hash  text        NOT NULL CHECK (length(request_hash) = 64),
    status        integer     CHECK (status BETWEEN 200 AND 299),
    response_body text        CHECK (length(response_body) <= 100000),
    created_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (uid, key)
);

CREATE INDEX idempotency_keys_created_at_idx ON idempotency_keys (created_at);
