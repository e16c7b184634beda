-- Likes of reviews (issue 14) and what the title's review listing sorts by: the like count and the
-- author's rating of the title, as columns of reviews kept by trigger in the same transaction, so
-- that each order of the listing is the order of an index over one title's reviews (a page never
-- sorts all of a popular title's reviews). The comment count joins them in V16.

-- Running instances of the previous version keep rating during a rolling deploy: their rating
-- writes wait until this migration commits, so no rating falls between the copy of the ratings
-- below and the trigger. Taken first, before the reviews' lock of ALTER TABLE: the diary writes a
-- rating before its review, and the opposite order could deadlock with it (Flyway runs this file in
-- one transaction).
LOCK TABLE ratings IN SHARE MODE;

-- Constant defaults: PostgreSQL 11+ adds the columns without rewriting the table.
ALTER TABLE reviews
    ADD COLUMN like_count    integer      NOT NULL DEFAULT 0 CHECK (like_count >= 0),
    -- the author's rating of the reviewed title, null when they have none (a copy of ratings.rating_val)
    ADD COLUMN author_rating numeric(3,1);

CREATE TABLE review_likes (
    review_id  bigint      NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
    uid        text        NOT NULL REFERENCES users (uid) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (review_id, uid)
);

-- a deleted account's likes are found by uid; also "did I like these reviews" for a page
CREATE INDEX review_likes_uid_idx ON review_likes (uid, review_id);

-- A removal only updates (as in V3): a review being deleted takes its likes with it, and there is
-- nothing left to count. The row lock of the UPDATE serialises concurrent likes of one review.
CREATE FUNCTION review_likes_maintain_count() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE reviews SET like_count = like_count + 1 WHERE id = NEW.review_id;
    ELSE
        UPDATE reviews SET like_count = like_count - 1 WHERE id = OLD.review_id;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER review_likes_maintain_count
    AFTER INSERT OR DELETE ON review_likes
    FOR EACH ROW EXECUTE FUNCTION review_likes_maintain_count();

-- The author's rating follows ratings: a new review takes the author's current rating, and every
-- change of a rating is copied onto the author's review of that title. A rating deleted by the
-- cascade of its title or user only updates a review that may be going too.
CREATE FUNCTION reviews_take_author_rating() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    SELECT rating_val INTO NEW.author_rating
    FROM ratings
    WHERE uid = NEW.uid
      AND kind = NEW.kind
      AND title_id = NEW.title_id;
    RETURN NEW;
END;
$$;

CREATE TRIGGER reviews_take_author_rating
    BEFORE INSERT OR UPDATE OF uid, kind, title_id ON reviews
    FOR EACH ROW EXECUTE FUNCTION reviews_take_author_rating();

CREATE FUNCTION ratings_copy_to_review() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE reviews
        SET author_rating = NULL
        WHERE uid = OLD.uid
          AND kind = OLD.kind
          AND title_id = OLD.title_id
          AND author_rating IS NOT NULL;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE reviews
        SET author_rating = NEW.rating_val
        WHERE uid = NEW.uid
          AND kind = NEW.kind
          AND title_id = NEW.title_id
          AND author_rating IS DISTINCT FROM NEW.rating_val;
    END IF;
    RETURN NULL;
END;
$$;

UPDATE reviews r
SET author_rating = g.rating_val
FROM ratings g
WHERE g.uid = r.uid
  AND g.kind = r.kind
  AND g.title_id = r.title_id;

CREATE TRIGGER ratings_copy_to_review
    AFTER INSERT OR UPDATE OF rating_val, uid, kind, title_id OR DELETE ON ratings
    FOR EACH ROW EXECUTE FUNCTION ratings_copy_to_review();

-- The title listing's orders, ties newest first (ids grow with time). An unrated review sorts last
-- in both rating orders: as 0 when highest first, as 11 when lowest first.
CREATE INDEX reviews_title_like_count_idx ON reviews (kind, title_id, like_count DESC, id DESC);
CREATE INDEX reviews_title_highest_idx ON reviews (kind, title_id, (coalesce(author_rating, 0)) DESC, id DESC);
CREATE INDEX reviews_title_lowest_idx ON reviews (kind, title_id, (coalesce(author_rating, 11)), id DESC);
