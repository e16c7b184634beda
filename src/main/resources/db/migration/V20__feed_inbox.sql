-- Fan-out on write for the feed (issue 14). Reading a feed by merging the activity of up to 1,000
-- followees at read time (V17's first design) cost one index descent per followee: 16-18 ms of
-- PostgreSQL per page for a user following 1,000 people, five times the budget of 200 feeds/s on
-- this deployment. Each activity is now copied, as a key, into the inbox of every approved follower
-- in the transaction that records it, so a page is one backward range of the viewer's inbox.
--
-- What privacy and blocks hide is still decided when the feed is read (the feed's query checks each
-- row), never stored here; the inbox only knows who followed whom, and follows end with their rows:
-- an unfollow, a denied or withdrawn request and a block delete the pair's rows in the same
-- transaction (the trigger on follows below).

CREATE TABLE feed_inbox (
    viewer_uid  text        NOT NULL REFERENCES users (uid) ON DELETE CASCADE,
    at          timestamptz NOT NULL,
    activity_id bigint      NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    actor_uid   text        NOT NULL,
    PRIMARY KEY (viewer_uid, at, activity_id)
);

-- the cascade of a removed activity, and an activity moving up (a public list changed again)
CREATE INDEX feed_inbox_activity_id_idx ON feed_inbox (activity_id);
-- an unfollow removes one actor's rows from one inbox
CREATE INDEX feed_inbox_viewer_actor_idx ON feed_inbox (viewer_uid, actor_uid);

-- Existing activities of existing follows, so a feed is not empty after the deploy.
INSERT INTO feed_inbox (viewer_uid, at, activity_id, actor_uid)
SELECT f.follower_uid, a.at, a.id, a.actor_uid
FROM follows f
JOIN activities a ON a.actor_uid = f.followee_uid
WHERE f.status = 'following';

CREATE FUNCTION feed_inbox_fan_out() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO feed_inbox (viewer_uid, at, activity_id, actor_uid)
        SELECT follower_uid, NEW.at, NEW.id, NEW.actor_uid
        FROM follows
        WHERE followee_uid = NEW.actor_uid
          AND status = 'following';
    ELSE
        UPDATE feed_inbox SET at = NEW.at WHERE activity_id = NEW.id;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER activities_fan_out
    AFTER INSERT OR UPDATE OF at ON activities
    FOR EACH ROW EXECUTE FUNCTION feed_inbox_fan_out();

-- How many of a newly followed user's latest activities enter the follower's inbox at once.
CREATE FUNCTION feed_inbox_follow() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'following' THEN
        DELETE FROM feed_inbox WHERE viewer_uid = OLD.follower_uid AND actor_uid = OLD.followee_uid;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status = 'following' THEN
        INSERT INTO feed_inbox (viewer_uid, at, activity_id, actor_uid)
        SELECT NEW.follower_uid, a.at, a.id, a.actor_uid
        FROM activities a
        WHERE a.actor_uid = NEW.followee_uid
        ORDER BY a.at DESC, a.id DESC
        LIMIT 100
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER follows_refill_inbox
    AFTER INSERT OR UPDATE OF status OR DELETE ON follows
    FOR EACH ROW EXECUTE FUNCTION feed_inbox_follow();
