-- FrameRatr's own taste model (docs/recommendations.md). A rebuild writes a whole model under a new
-- id in one transaction, so an instance reads either the previous model or the new one, never half
-- of one; the previous model stays until the next rebuild, for instances that still serve it.

CREATE TABLE recommendation_models (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    factors     integer     NOT NULL CHECK (factors BETWEEN 1 AND 256),
    users       integer     NOT NULL CHECK (users >= 0),
    titles      integer     NOT NULL CHECK (titles >= 0),
    signals     bigint      NOT NULL CHECK (signals >= 0),
    -- (kind byte: 0 movie, 1 tv; id int32) per title, then titles x factors float32, both big-endian:
    -- one row that an instance reads in one go, rather than one row per title
    title_index bytea       NOT NULL CHECK (length(title_index) = titles * 5),
    title_factors bytea     NOT NULL CHECK (length(title_factors) = titles * factors * 4),
    rating_mean double precision NOT NULL CHECK (rating_mean BETWEEN 0.5 AND 10),
    build_ms    bigint      NOT NULL CHECK (build_ms >= 0),
    built_at    timestamptz NOT NULL DEFAULT now()
);

-- the k titles most similar to each title by our users' signals, most similar first
CREATE TABLE title_similarities (
    model_id     bigint   NOT NULL REFERENCES recommendation_models (id) ON DELETE CASCADE,
    kind         text     NOT NULL CHECK (kind IN ('movie', 'tv')),
    title_id     integer  NOT NULL,
    rank         smallint NOT NULL CHECK (rank >= 1),
    similar_kind text     NOT NULL CHECK (similar_kind IN ('movie', 'tv')),
    similar_id   integer  NOT NULL,
    score        real     NOT NULL CHECK (score > 0),
    PRIMARY KEY (model_id, kind, title_id, rank)
);

-- titles a user asked never to be recommended again
CREATE TABLE recommendation_hides (
    uid        text        NOT NULL REFERENCES users (uid) ON DELETE CASCADE,
    kind       text        NOT NULL,
    title_id   integer     NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (uid, kind, title_id),
    FOREIGN KEY (kind, title_id) REFERENCES titles (kind, id) ON DELETE CASCADE
);
