-- A review's like and comment counts move out of reviews into a narrow table of their own, with the
-- two listing orders that sort by them. Each like and each comment updates its review's counter in
-- the same transaction (V15, V16); on reviews that update rewrote a wide row and inserted into all
-- eight of its indexes (the counters are indexed, so it is never a HOT update): at the bench's
-- `large` scale about 2.4 GB of table and indexes touched at random, well past shared_buffers, so
-- nearly every like dirtied pages that a backend then had to write out to make room. pgbench of a
-- like's two statements: 3.1 ms for one client, 713 like transactions/s for eight; with the
-- counters in this table (about 425 MB at `large`): 1.2 ms and 1,050/s (docs/performance.md).
--
-- Every review has exactly one row here, inserted by trigger with the review; listings join it.
-- kind and title_id are copies (a review never changes its title) so that the most-liked and
-- most-replies orders are the orders of an index over one title's rows.

-- Writers of likes, comments and reviews on instances of the previous version wait until this
-- migration commits, so no count changes between the copy below and the new triggers. Taken in the
-- order those writers take them (a like or comment before the review it counts on), so a waiting
-- writer cannot deadlock with this migration.
LOCK TABLE review_likes, comments IN SHARE MODE;
LOCK TABLE reviews IN SHARE MODE;

CREATE TABLE review_reactions (
    review_id     bigint  PRIMARY KEY REFERENCES reviews (id) ON DELETE CASCADE,
    kind          text    NOT NULL,
    title_id      integer NOT NULL,
    like_count    integer NOT NULL DEFAULT 0 CHECK (like_count >= 0),
    comment_count integer NOT NULL DEFAULT 0 CHECK (comment_count >= 0)
);

INSERT INTO review_reactions (review_id, kind, title_id, like_count, comment_count)
SELECT id, kind, title_id, like_count, comment_count
FROM reviews;

-- the title listing's orders by reactions, ties newest first (ids grow with time), as V15 and V16 had them
CREATE INDEX review_reactions_title_like_count_idx
    ON review_reactions (kind, title_id, like_count DESC, review_id DESC);
CREATE INDEX review_reactions_title_comment_count_idx
    ON review_reactions (kind, title_id, comment_count DESC, review_id DESC);

CREATE FUNCTION reviews_add_reactions() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO review_reactions (review_id, kind, title_id) VALUES (NEW.id, NEW.kind, NEW.title_id);
    ELSE
        UPDATE review_reactions SET kind = NEW.kind, title_id = NEW.title_id WHERE review_id = NEW.id;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER reviews_add_reactions
    AFTER INSERT OR UPDATE OF kind, title_id ON reviews
    FOR EACH ROW EXECUTE FUNCTION reviews_add_reactions();

-- As before, a removal only updates: a review being deleted takes its likes, comments and this row
-- with it. The row lock of the UPDATE serialises concurrent likes (and comments) of one review.
CREATE OR REPLACE FUNCTION review_likes_maintain_count() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE review_reactions SET like_count = like_count + 1 WHERE review_id = NEW.review_id;
    ELSE
        UPDATE review_reactions SET like_count = like_count - 1 WHERE review_id = OLD.review_id;
    END IF;
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION comments_maintain_counts() RETURNS trigger LANGUAGE plpgsql AS
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
        UPDATE review_reactions SET comment_count = comment_count + delta WHERE review_id = entry.review_id;
    ELSE
        UPDATE user_lists SET comment_count = comment_count + delta WHERE id = entry.list_id;
    END IF;
    IF entry.parent_id IS NOT NULL THEN
        UPDATE comments SET reply_count = reply_count + delta WHERE id = entry.parent_id;
    END IF;
    RETURN NULL;
END;
$$;

-- reviews.like_count and comment_count stay, no longer maintained, while instances of the previous
-- version still read them during a rolling deploy (they show the counts as of this migration); their
-- indexes go now, the columns in a later migration, once no instance older than V26 can run.
DROP INDEX reviews_title_like_count_idx;
DROP INDEX reviews_title_comment_count_idx;
COMMENT ON COLUMN reviews.like_count IS 'unused since V26 (review_reactions.like_count); to be dropped';
COMMENT ON COLUMN reviews.comment_count IS 'unused since V26 (review_reactions.comment_count); to be dropped';

-- the listings' joins are planned from the first request, not after autovacuum's first analyze
ANALYZE review_reactions;
