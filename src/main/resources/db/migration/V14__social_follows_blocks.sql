-- The social graph (issue 14): a profile's privacy, follows (approved or requested), blocks, and
-- the followers/following counts a profile card shows, kept by trigger in the same transaction as
-- the follows (never count(*) per request: some users are followed by 50,000).
--
-- Who may see a user's content is decided once, by the SQL condition of social.Visibility, which
-- every query that shows another user's data embeds (per row in listings); its probes use the
-- primary keys below and blocks_blocked_uid_idx.

-- A constant default: PostgreSQL 11+ adds the column without rewriting the table.
ALTER TABLE users ADD COLUMN privacy text NOT NULL DEFAULT 'public' CHECK (privacy IN ('public', 'private'));

CREATE TABLE follows (
    -- newest first in every follow list: ids grow with time, and a one-number cursor reveals no uid
    id           bigint      GENERATED ALWAYS AS IDENTITY UNIQUE,
    follower_uid text        NOT NULL REFERENCES users (uid) ON DELETE CASCADE,
    followee_uid text        NOT NULL REFERENCES users (uid) ON DELETE CASCADE,
    status       text        NOT NULL CHECK (status IN ('requested', 'following')),
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (follower_uid, followee_uid),
    CHECK (follower_uid <> followee_uid)
);

-- followers of a user and pending requests to a user; the primary key serves "whom I follow"
-- lookups, this one the pages of a user's followers or following, newest first
CREATE INDEX follows_followee_status_id_idx ON follows (followee_uid, status, id DESC);
CREATE INDEX follows_follower_status_id_idx ON follows (follower_uid, status, id DESC);

CREATE TABLE blocks (
    blocker_uid text        NOT NULL REFERENCES users (uid) ON DELETE CASCADE,
    blocked_uid text        NOT NULL REFERENCES users (uid) ON DELETE CASCADE,
    id          bigint      GENERATED ALWAYS AS IDENTITY UNIQUE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (blocker_uid, blocked_uid),
    CHECK (blocker_uid <> blocked_uid)
);

CREATE INDEX blocks_blocked_uid_idx ON blocks (blocked_uid, blocker_uid);
CREATE INDEX blocks_blocker_id_idx ON blocks (blocker_uid, id DESC);

CREATE TABLE follow_counts (
    uid       text    PRIMARY KEY REFERENCES users (uid) ON DELETE CASCADE,
    followers integer NOT NULL DEFAULT 0 CHECK (followers >= 0),
    following integer NOT NULL DEFAULT 0 CHECK (following >= 0)
);

-- A removal only updates: when a user is deleted, their count row may be cascaded away before
-- their follows are, and re-creating it would point at the user being deleted (as in V3).
CREATE FUNCTION follow_counts_apply(p_follower text, p_followee text, p_delta integer)
    RETURNS void LANGUAGE plpgsql AS
$$
BEGIN
    IF p_delta > 0 THEN
        -- both rows in uid order, so that two opposite follows lock them in the same order
        INSERT INTO follow_counts AS c (uid, followers, following)
        SELECT u, CASE WHEN u = p_followee THEN 1 ELSE 0 END, CASE WHEN u = p_follower THEN 1 ELSE 0 END
        FROM unnest(ARRAY[p_follower, p_followee]) AS u
        ORDER BY u
        ON CONFLICT (uid) DO UPDATE
        SET followers = c.followers + EXCLUDED.followers,
            following = c.following + EXCLUDED.following;
    ELSE
        UPDATE follow_counts
        SET followers = followers - CASE WHEN uid = p_followee THEN 1 ELSE 0 END,
            following = following - CASE WHEN uid = p_follower THEN 1 ELSE 0 END
        WHERE uid IN (p_follower, p_followee);
    END IF;
END;
$$;

CREATE FUNCTION follows_maintain_counts() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'following' THEN
        PERFORM follow_counts_apply(OLD.follower_uid, OLD.followee_uid, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status = 'following' THEN
        PERFORM follow_counts_apply(NEW.follower_uid, NEW.followee_uid, 1);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER follows_maintain_counts
    AFTER INSERT OR UPDATE OF status OR DELETE ON follows
    FOR EACH ROW EXECUTE FUNCTION follows_maintain_counts();
