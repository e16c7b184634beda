-- The activity feed (issue 14): one row per thing a user did that their followers may see. Rows are
-- written by feed's listeners in the same transaction as the fact, and go with the fact: a removed
-- fact's listener deletes its row, and a deleted user, diary entry, review or list takes its rows
-- by cascade. What privacy or blocks hide is decided when the feed is read, never stored here.
--
-- One row per fact (the partial unique indexes): a listener that hears of a fact twice (a review
-- changed, a list changed again) updates the row or does nothing, never adds a second one.

CREATE TABLE activities (
    id         bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    actor_uid  text         NOT NULL REFERENCES users (uid) ON DELETE CASCADE,
    type       text         NOT NULL
        CHECK (type IN ('logged', 'reviewed', 'liked_review', 'created_list', 'updated_list', 'followed')),
    at         timestamptz  NOT NULL DEFAULT now(),
    -- the title of a viewing, a review or a liked review (the feed shows its card)
    kind       text,
    title_id   integer,
    -- a viewing's rating at the time it was logged
    rating_val numeric(3,1)
        CHECK (rating_val BETWEEN 0.5 AND 10 AND rating_val * 2 = trunc(rating_val * 2)),
    entry_id   bigint       REFERENCES diary_entries (id) ON DELETE CASCADE,
    review_id  bigint       REFERENCES reviews (id) ON DELETE CASCADE,
    list_id    bigint       REFERENCES user_lists (id) ON DELETE CASCADE,
    -- the author of a liked review, the user followed
    other_uid  text         REFERENCES users (uid) ON DELETE CASCADE,
    CHECK (CASE type
               WHEN 'logged' THEN entry_id IS NOT NULL AND kind IS NOT NULL AND title_id IS NOT NULL
               WHEN 'reviewed' THEN review_id IS NOT NULL AND kind IS NOT NULL AND title_id IS NOT NULL
               WHEN 'liked_review' THEN review_id IS NOT NULL AND other_uid IS NOT NULL
                                        AND kind IS NOT NULL AND title_id IS NOT NULL
               WHEN 'followed' THEN other_uid IS NOT NULL
               ELSE list_id IS NOT NULL
           END)
);

-- The feed reads each followee's newest rows in this order (fan-out on read, docs/performance.md);
-- the included columns are all its per-row privacy filter needs, so each followee's run is an
-- index-only scan and only the page's own rows are read from the table.
CREATE INDEX activities_actor_uid_at_idx ON activities (actor_uid, at DESC, id DESC)
    INCLUDE (type, other_uid, list_id);

-- one row per fact; these also serve the removals and the cascades
CREATE UNIQUE INDEX activities_entry_id_key ON activities (entry_id) WHERE type = 'logged';
CREATE UNIQUE INDEX activities_review_id_key ON activities (review_id) WHERE type = 'reviewed';
CREATE UNIQUE INDEX activities_liked_review_key ON activities (review_id, actor_uid) WHERE type = 'liked_review';
CREATE UNIQUE INDEX activities_list_id_key ON activities (list_id) WHERE type IN ('created_list', 'updated_list');
CREATE UNIQUE INDEX activities_followed_key ON activities (other_uid, actor_uid) WHERE type = 'followed';
