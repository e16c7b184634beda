-- The most-followed actors' activities are read, not copied (the hybrid of docs/design.md, decision
-- 17). V24 queued an activity of an actor with more than 1,000 approved followers and copied it in
-- chunks: the writer no longer waited, but the copy stayed: one like of a user with 50,000 followers
-- was still 50,000 inbox rows, about 2.5 s of PostgreSQL, and at the bench's `large` scale the
-- worker took half of the database's CPU of a stream of likes (docs/performance.md). Now each
-- activity is decided once, when it is written: **pushed** (copied into the followers' inboxes by
-- V20's trigger, as before) or **pulled** (no inbox rows; the feed's query merges the activities of
-- the pulled actors the viewer follows with the viewer's inbox). An activity is one or the other,
-- never both, so the two halves of a page cannot overlap or miss each other, whichever side of the
-- threshold its actor has been on since.

ALTER TABLE activities ADD COLUMN pulled boolean NOT NULL DEFAULT false;

-- the actors who have pulled activities (the feed's read looks each one up among the viewer's follows)
CREATE TABLE feed_pulled_actors (
    uid text PRIMARY KEY REFERENCES users (uid) ON DELETE CASCADE
);

-- a pulled actor's activities newest first, with what the feed's privacy check reads
CREATE INDEX activities_pulled_actor_at_idx ON activities (actor_uid, at DESC, id DESC)
    INCLUDE (type, other_uid, list_id)
    WHERE pulled;

CREATE FUNCTION activities_decide_pull() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    NEW.pulled := coalesce((SELECT followers FROM follow_counts WHERE uid = NEW.actor_uid), 0) > 1000;
    RETURN NEW;
END;
$$;

CREATE TRIGGER activities_decide_pull
    BEFORE INSERT ON activities
    FOR EACH ROW EXECUTE FUNCTION activities_decide_pull();

CREATE OR REPLACE FUNCTION feed_inbox_fan_out() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    IF NEW.pulled THEN
        IF TG_OP = 'INSERT' THEN
            INSERT INTO feed_pulled_actors (uid) VALUES (NEW.actor_uid) ON CONFLICT DO NOTHING;
        END IF;
    ELSIF TG_OP = 'INSERT' THEN
        INSERT INTO feed_inbox (viewer_uid, at, activity_id, actor_uid)
        SELECT follower_uid, NEW.at, NEW.id, NEW.actor_uid
        FROM follows
        WHERE followee_uid = NEW.actor_uid
          AND status = 'following';
    ELSE
        -- an activity moving up (a public list changed again) moves in the inboxes it reached
        UPDATE feed_inbox SET at = NEW.at WHERE activity_id = NEW.id;
    END IF;
    RETURN NULL;
END;
$$;

-- a new follow brings the followee's latest pushed activities; their pulled ones are read anyway
CREATE OR REPLACE FUNCTION feed_inbox_follow() RETURNS trigger LANGUAGE plpgsql AS
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
          AND NOT a.pulled
        ORDER BY a.at DESC, a.id DESC
        LIMIT 100
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END;
$$;

-- What V24 still had queued becomes pulled, without the inbox rows its chunks had copied so far.
UPDATE activities SET pulled = true WHERE id IN (SELECT activity_id FROM feed_fan_out_queue);
DELETE FROM feed_inbox WHERE activity_id IN (SELECT activity_id FROM feed_fan_out_queue);
INSERT INTO feed_pulled_actors (uid)
SELECT DISTINCT a.actor_uid FROM activities a JOIN feed_fan_out_queue q ON q.activity_id = a.id;

DROP TABLE feed_fan_out_queue;

-- the planner's estimate of this table decides how the feed's query finds the viewer's pulled
-- followees (few pulled actors: read them all; many: walk the viewer's follows); an empty, never
-- analysed table is estimated at pages of rows
ANALYZE feed_pulled_actors;
