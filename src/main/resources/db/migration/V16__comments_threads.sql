-- Conversations (issue 14): comments under reviews and lists, with one level of replies, and
-- reports of reviews, comments and lists for an operator. The comment counts that listings show
-- (per review, per list, and replies per comment) are kept by trigger in the same transaction.

ALTER TABLE reviews ADD COLUMN comment_count integer NOT NULL DEFAULT 0 CHECK (comment_count >= 0);
ALTER TABLE user_lists ADD COLUMN comment_count integer NOT NULL DEFAULT 0 CHECK (comment_count >= 0);

CREATE INDEX reviews_title_comment_count_idx ON reviews (kind, title_id, comment_count DESC, id DESC);

CREATE TABLE comments (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    review_id   bigint      REFERENCES reviews (id) ON DELETE CASCADE,
    list_id     bigint      REFERENCES user_lists (id) ON DELETE CASCADE,
    uid         text        NOT NULL REFERENCES users (uid) ON DELETE CASCADE,
    -- a top-level comment of the same target; a reply's replies go with it
    parent_id   bigint      REFERENCES comments (id) ON DELETE CASCADE,
    -- the top-level comment of the thread (its own id for a top-level one): threads in order
    thread_id   bigint      NOT NULL,
    body        text        NOT NULL CHECK (length(btrim(body)) >= 1 AND length(body) <= 2000),
    reply_count integer     NOT NULL DEFAULT 0 CHECK (reply_count >= 0),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CHECK (num_nonnulls(review_id, list_id) = 1),
    CHECK (parent_id IS NULL OR parent_id <> id),
    CHECK (thread_id = coalesce(parent_id, id))
);

-- a target's conversation, thread after thread, each thread's replies oldest first after it
CREATE INDEX comments_review_thread_idx ON comments (review_id, thread_id, id) WHERE review_id IS NOT NULL;
CREATE INDEX comments_list_thread_idx ON comments (list_id, thread_id, id) WHERE list_id IS NOT NULL;
CREATE INDEX comments_parent_id_idx ON comments (parent_id) WHERE parent_id IS NOT NULL;
CREATE INDEX comments_uid_idx ON comments (uid);

-- The thread is decided by the database: a reply to a reply attaches to its top-level comment,
-- which must be under the same target.
CREATE FUNCTION comments_place_in_thread() RETURNS trigger LANGUAGE plpgsql AS
$$
DECLARE
    top comments%ROWTYPE;
BEGIN
    IF NEW.parent_id IS NOT NULL THEN
        SELECT * INTO top FROM comments WHERE id = NEW.parent_id;
        IF top.parent_id IS NOT NULL THEN
            NEW.parent_id := top.parent_id;
            SELECT * INTO top FROM comments WHERE id = NEW.parent_id;
        END IF;
        IF top.review_id IS DISTINCT FROM NEW.review_id OR top.list_id IS DISTINCT FROM NEW.list_id THEN
            RAISE EXCEPTION 'a reply must be under the same review or list as its parent'
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    NEW.thread_id := coalesce(NEW.parent_id, NEW.id);
    RETURN NEW;
END;
$$;

CREATE TRIGGER comments_place_in_thread
    BEFORE INSERT ON comments
    FOR EACH ROW EXECUTE FUNCTION comments_place_in_thread();

-- A comment stays where it was posted: the counters follow inserts and deletes only.
CREATE FUNCTION comments_keep_place() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'a comment cannot move; delete it and post a new one' USING ERRCODE = 'check_violation';
END;
$$;

CREATE TRIGGER comments_keep_place
    BEFORE UPDATE OF review_id, list_id, parent_id, thread_id, uid ON comments
    FOR EACH ROW
    WHEN (OLD.review_id IS DISTINCT FROM NEW.review_id
          OR OLD.list_id IS DISTINCT FROM NEW.list_id
          OR OLD.parent_id IS DISTINCT FROM NEW.parent_id
          OR OLD.thread_id IS DISTINCT FROM NEW.thread_id
          OR OLD.uid IS DISTINCT FROM NEW.uid)
    EXECUTE FUNCTION comments_keep_place();

-- A removal only updates (as in V3): a review, list or parent being deleted takes its comments with
-- it, and there is nothing left to count. The row locks of the UPDATEs serialise concurrent comments
-- of one target, always target first, then parent.
CREATE FUNCTION comments_maintain_counts() RETURNS trigger LANGUAGE plpgsql AS
$$
DECLARE
    entry comments%ROWTYPE;
    delta integer;
BEGIN
    IF TG_OP = 'INSERT' THEN
        entry := NEW;
        delta := 1;
    ELSE
        entry := OLD;
        delta := -1;
    END IF;
    IF entry.review_id IS NOT NULL THEN
        UPDATE reviews SET comment_count = comment_count + delta WHERE id = entry.review_id;
    ELSE
        UPDATE user_lists SET comment_count = comment_count + delta WHERE id = entry.list_id;
    END IF;
    IF entry.parent_id IS NOT NULL THEN
        UPDATE comments SET reply_count = reply_count + delta WHERE id = entry.parent_id;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER comments_maintain_counts
    AFTER INSERT OR DELETE ON comments
    FOR EACH ROW EXECUTE FUNCTION comments_maintain_counts();

-- Reports: one per user and item, never hiding the item; an operator reads the open ones
-- (docs/operations.md). A report goes with its item and with its reporter's account.
CREATE TABLE reports (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uid         text        NOT NULL REFERENCES users (uid) ON DELETE CASCADE,
    review_id   bigint      REFERENCES reviews (id) ON DELETE CASCADE,
    comment_id  bigint      REFERENCES comments (id) ON DELETE CASCADE,
    list_id     bigint      REFERENCES user_lists (id) ON DELETE CASCADE,
    reason      text        NOT NULL CHECK (length(btrim(reason)) >= 1 AND length(reason) <= 500),
    status      text        NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    created_at  timestamptz NOT NULL DEFAULT now(),
    resolved_at timestamptz,
    CHECK (num_nonnulls(review_id, comment_id, list_id) = 1),
    CONSTRAINT reports_uid_review_id_key UNIQUE (uid, review_id),
    CONSTRAINT reports_uid_comment_id_key UNIQUE (uid, comment_id),
    CONSTRAINT reports_uid_list_id_key UNIQUE (uid, list_id)
);

CREATE INDEX reports_open_created_at_idx ON reports (created_at) WHERE status = 'open';
CREATE INDEX reports_review_id_idx ON reports (review_id) WHERE review_id IS NOT NULL;
CREATE INDEX reports_comment_id_idx ON reports (comment_id) WHERE comment_id IS NOT NULL;
CREATE INDEX reports_list_id_idx ON reports (list_id) WHERE list_id IS NOT NULL;
