-- Likes of lists (issue 14): the public lists page's "popular" becomes most liked, served by a
-- partial index like V10's, and the count is a column of user_lists kept by trigger.

ALTER TABLE user_lists ADD COLUMN like_count integer NOT NULL DEFAULT 0 CHECK (like_count >= 0);

CREATE TABLE list_likes (
    list_id    bigint      NOT NULL REFERENCES user_lists (id) ON DELETE CASCADE,
    uid        text        NOT NULL REFERENCES users (uid) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (list_id, uid)
);

CREATE INDEX list_likes_uid_idx ON list_likes (uid, list_id);

CREATE INDEX user_lists_public_like_count_idx ON user_lists (like_count DESC, id DESC)
    WHERE visibility = 'public';

-- A removal only updates (as in V3): a list being deleted takes its likes with it.
CREATE FUNCTION list_likes_maintain_count() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE user_lists SET like_count = like_count + 1 WHERE id = NEW.list_id;
    ELSE
        UPDATE user_lists SET like_count = like_count - 1 WHERE id = OLD.list_id;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER list_likes_maintain_count
    AFTER INSERT OR DELETE ON list_likes
    FOR EACH ROW EXECUTE FUNCTION list_likes_maintain_count();
