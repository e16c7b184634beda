-- FrameRatr data model. Invariants live here as constraints so that a buggy writer cannot break them.

CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE (it reads a dictionary); pinning the dictionary makes it safe to index.
CREATE FUNCTION search_normalize(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN lower(public.unaccent('public.unaccent'::regdictionary, value));

CREATE FUNCTION int_array_sum(values_ integer[]) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN (SELECT coalesce(sum(v), 0) FROM unnest(values_) AS v);

-- Users ------------------------------------------------------------------------------------------

CREATE TABLE users (
    uid          text        PRIMARY KEY CHECK (length(uid) BETWEEN 1 AND 128),
    email        citext      CHECK (length(email) <= 320),
    display_name text        CHECK (length(display_name) <= 100),
    photo_url    text        CHECK (length(photo_url) <= 2048),
    bio          text        CHECK (length(bio) <= 1000),
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX users_email_idx ON users (email);

-- Catalog: movies and TV shows, keyed by their TMDb id in their own id space ----------------------

CREATE TABLE genres (
    id   integer PRIMARY KEY CHECK (id > 0),
    name text    NOT NULL CHECK (length(name) BETWEEN 1 AND 100)
);

CREATE TABLE titles (
    kind               text             NOT NULL CHECK (kind IN ('movie', 'tv')),
    id                 integer          NOT NULL CHECK (id > 0),
    title              text             NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
    original_title     text             CHECK (length(original_title) <= 500),
    original_language  text             CHECK (length(original_language) <= 16),
    overview           text             CHECK (length(overview) <= 10000),
    release_date       date,
    poster_path        text             CHECK (length(poster_path) <= 300),
    backdrop_path      text             CHECK (length(backdrop_path) <= 300),
    runtime            integer          CHECK (runtime BETWEEN 0 AND 10000),
    number_of_seasons  integer          CHECK (number_of_seasons >= 0),
    number_of_episodes integer          CHECK (number_of_episodes >= 0),
    vote_average       double precision NOT NULL DEFAULT 0 CHECK (vote_average BETWEEN 0 AND 10),
    vote_count         integer          NOT NULL DEFAULT 0 CHECK (vote_count >= 0),
    popularity         double precision NOT NULL DEFAULT 0 CHECK (popularity >= 0),
    adult              boolean          NOT NULL DEFAULT false,
    search_text        text             NOT NULL
        GENERATED ALWAYS AS (search_normalize(title || ' ' || coalesce(original_title, ''))) STORED,
    tmdb_synced_at     timestamptz,
    created_at         timestamptz      NOT NULL DEFAULT now(),
    updated_at         timestamptz      NOT NULL DEFAULT now(),
    PRIMARY KEY (kind, id),
    CHECK (kind = 'tv' OR (number_of_seasons IS NULL AND number_of_episodes IS NULL))
);

CREATE INDEX titles_kind_popularity_idx ON titles (kind, popularity DESC, id);
CREATE INDEX titles_search_text_idx ON titles USING gin (search_text gin_trgm_ops);

CREATE TABLE title_genres (
    kind     text    NOT NULL,
    title_id integer NOT NULL,
    genre_id integer NOT NULL REFERENCES genres (id),
    PRIMARY KEY (kind, title_id, genre_id),
    FOREIGN KEY (kind, title_id) REFERENCES titles (kind, id) ON DELETE CASCADE
);

-- Ratings and their statistics ------------------------------------------------------------------

CREATE TABLE ratings (
    uid        text         NOT NULL REFERENCES users (uid) ON DELETE CASCADE,
    kind       text         NOT NULL,
    title_id   integer      NOT NULL,
    rating_val numeric(3,1) NOT NULL
        CHECK (rating_val BETWEEN 0.5 AND 10 AND rating_val * 2 = trunc(rating_val * 2)),
    created_at timestamptz  NOT NULL DEFAULT now(),
    updated_at timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (uid, kind, title_id),
    FOREIGN KEY (kind, title_id) REFERENCES titles (kind, id) ON DELETE CASCADE
);

CREATE INDEX ratings_title_idx ON ratings (kind, title_id);
CREATE INDEX ratings_uid_updated_at_idx ON ratings (uid, updated_at DESC);

-- One row per rated title; histogram[i] counts ratings of i * 0.5 (i = 1..20).
CREATE TABLE rating_stats (
    kind         text         NOT NULL,
    title_id     integer      NOT NULL,
    rating_count integer      NOT NULL DEFAULT 0 CHECK (rating_count >= 0),
    rating_sum   numeric(14,1) NOT NULL DEFAULT 0 CHECK (rating_sum >= 0),
    histogram    integer[]    NOT NULL DEFAULT array_fill(0, ARRAY[20]),
    PRIMARY KEY (kind, title_id),
    FOREIGN KEY (kind, title_id) REFERENCES titles (kind, id) ON DELETE CASCADE,
    CHECK (array_ndims(histogram) = 1 AND array_lower(histogram, 1) = 1 AND cardinality(histogram) = 20),
    CHECK (0 <= ALL (histogram)),
    CHECK (int_array_sum(histogram) = rating_count),
    CHECK (rating_sum BETWEEN rating_count * 0.5 AND rating_count * 10)
);

-- Statistics follow the raw rows in the same transaction, whoever writes them (the service, a
-- cascade from a deleted user, or a hand-written statement). The upsert's row lock serialises
-- concurrent writers on one title, so counts stay exact across instances.
CREATE FUNCTION rating_stats_apply(p_kind text, p_title_id integer, p_val numeric, p_sign integer)
    RETURNS void LANGUAGE plpgsql AS
$$
DECLARE
    bucket integer := (p_val * 2)::integer;
BEGIN
    INSERT INTO rating_stats AS s (kind, title_id, rating_count, rating_sum, histogram)
    VALUES (p_kind, p_title_id, 0, 0, array_fill(0, ARRAY[20]))
    ON CONFLICT (kind, title_id) DO NOTHING;

    UPDATE rating_stats
    SET rating_count      = rating_count + p_sign,
        rating_sum        = rating_sum + p_sign * p_val,
        histogram[bucket] = histogram[bucket] + p_sign
    WHERE kind = p_kind
      AND title_id = p_title_id;
END;
$$;

CREATE FUNCTION ratings_maintain_stats() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM rating_stats_apply(OLD.kind, OLD.title_id, OLD.rating_val, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM rating_stats_apply(NEW.kind, NEW.title_id, NEW.rating_val, 1);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER ratings_maintain_stats
    AFTER INSERT OR UPDATE OF kind, title_id, rating_val OR DELETE ON ratings
    FOR EACH ROW EXECUTE FUNCTION ratings_maintain_stats();

-- Reviews -----------------------------------------------------------------------------------------

CREATE TABLE reviews (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uid        text        NOT NULL REFERENCES users (uid) ON DELETE CASCADE,
    kind       text        NOT NULL,
    title_id   integer     NOT NULL,
    body       text        NOT NULL CHECK (length(btrim(body)) >= 1 AND length(body) <= 10000),
    spoiler    boolean     NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT reviews_uid_kind_title_id_key UNIQUE (uid, kind, title_id),
    FOREIGN KEY (kind, title_id) REFERENCES titles (kind, id) ON DELETE CASCADE
);

CREATE INDEX reviews_title_created_at_idx ON reviews (kind, title_id, created_at DESC, id DESC);
CREATE INDEX reviews_uid_created_at_idx ON reviews (uid, created_at DESC, id DESC);

-- Favorites ---------------------------------------------------------------------------------------

CREATE TABLE favorites (
    uid        text        NOT NULL REFERENCES users (uid) ON DELETE CASCADE,
    kind       text        NOT NULL,
    title_id   integer     NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (uid, kind, title_id),
    FOREIGN KEY (kind, title_id) REFERENCES titles (kind, id) ON DELETE CASCADE
);

CREATE INDEX favorites_uid_kind_created_at_idx ON favorites (uid, kind, created_at DESC);

-- User lists (the web app's "my lists") -----------------------------------------------------------

CREATE TABLE user_lists (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uid        text        NOT NULL REFERENCES users (uid) ON DELETE CASCADE,
    name       text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_lists_uid_name_key UNIQUE (uid, name)
);

CREATE TABLE user_list_items (
    list_id    bigint      NOT NULL REFERENCES user_lists (id) ON DELETE CASCADE,
    kind       text        NOT NULL,
    title_id   integer     NOT NULL,
    added_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (list_id, kind, title_id),
    FOREIGN KEY (kind, title_id) REFERENCES titles (kind, id) ON DELETE CASCADE
);
