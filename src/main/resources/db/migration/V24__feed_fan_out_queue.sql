-- Fan-out on write (V20) copied an activity into every approved follower's inbox inside the writer's
-- transaction: one like by a user with 50,000 followers was 50,000 inbox rows, their index entries
-- and WAL before the like's response (about 1.5 s of PostgreSQL at the bench's `large` scale), and
-- at ten times the scale half a million. An activity of an actor with more than 1,000 approved
-- followers is now queued here instead, and feed.FanOutWorker copies it in chunks of followers
-- (each chunk its own short transaction, on whichever instance claims it): the writer pays one
-- queue row, the followers see the item a second or so later. Everyone else keeps the inline copy.

CREATE TABLE feed_fan_out_queue (
    activity_id     bigint      PRIMARY KEY REFERENCES activities (id) ON DELETE CASCADE,
    -- followers are copied in follows.id order, highest first; the next chunk starts below this
    below_follow_id bigint      NOT NULL DEFAULT 9223372036854775807,
    queued_at       timestamptz NOT NULL DEFAULT clock_timestamp()
);

-- the oldest queued activity first
CREATE INDEX feed_fan_out_queue_queued_at_idx ON feed_fan_out_queue (queued_at, activity_id);

CREATE OR REPLACE FUNCTION feed_inbox_fan_out() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF coalesce((SELECT followers FROM follow_counts WHERE uid = NEW.actor_uid), 0) > 1000 THEN
            INSERT INTO feed_fan_out_queue (activity_id) VALUES (NEW.id);
        ELSE
            INSERT INTO feed_inbox (viewer_uid, at, activity_id, actor_uid)
            SELECT follower_uid, NEW.at, NEW.id, NEW.actor_uid
            FROM follows
            WHERE followee_uid = NEW.actor_uid
              AND status = 'following';
        END IF;
    ELSE
        -- an activity moving up (a public list changed again) moves in the inboxes it reached;
        -- chunks still to come copy it with its new time
        UPDATE feed_inbox SET at = NEW.at WHERE activity_id = NEW.id;
    END IF;
    RETURN NULL;
END;
$$;
