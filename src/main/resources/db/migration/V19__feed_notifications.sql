-- Notifications (issue 14): what others did to a user or their things (followed them, asked to,
-- liked or commented on their review or list, replied to their comment). Written by feed's
-- listeners in the same transaction as the fact; never for one's own actions and never across a
-- block (a block deletes the pair's notifications both ways). The unread count of GET /api/me is
-- a counter kept by statement-level triggers, never a count(*) per request.

CREATE TABLE notifications (
    id                bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recipient_uid     text        NOT NULL REFERENCES users (uid) ON DELETE CASCADE,
    actor_uid         text        NOT NULL REFERENCES users (uid) ON DELETE CASCADE,
    type              text        NOT NULL CHECK (type IN ('followed', 'follow_requested', 'review_liked',
                                                           'list_liked', 'review_commented', 'list_commented',
                                                           'comment_replied')),
    at                timestamptz NOT NULL DEFAULT now(),
    read              boolean     NOT NULL DEFAULT false,
    review_id         bigint      REFERENCES reviews (id) ON DELETE CASCADE,
    list_id           bigint      REFERENCES user_lists (id) ON DELETE CASCADE,
    -- comments live in the comments module's table; its CommentDeleted event removes these rows
    comment_id        bigint,
    parent_comment_id bigint,
    CHECK (recipient_uid <> actor_uid)
);

CREATE INDEX notifications_recipient_uid_id_idx ON notifications (recipient_uid, id DESC);
-- the pair's rows, for a block, and the cascade of a deleted actor
CREATE INDEX notifications_actor_uid_idx ON notifications (actor_uid, recipient_uid);
CREATE INDEX notifications_comment_id_idx ON notifications (comment_id) WHERE comment_id IS NOT NULL;
CREATE INDEX notifications_parent_comment_id_idx ON notifications (parent_comment_id)
    WHERE parent_comment_id IS NOT NULL;
CREATE INDEX notifications_review_id_idx ON notifications (review_id) WHERE review_id IS NOT NULL;
CREATE INDEX notifications_list_id_idx ON notifications (list_id) WHERE list_id IS NOT NULL;

-- one notification per fact
CREATE UNIQUE INDEX notifications_follow_key ON notifications (recipient_uid, actor_uid, type)
    WHERE type IN ('followed', 'follow_requested');
CREATE UNIQUE INDEX notifications_review_liked_key ON notifications (review_id, actor_uid)
    WHERE type = 'review_liked';
CREATE UNIQUE INDEX notifications_list_liked_key ON notifications (list_id, actor_uid)
    WHERE type = 'list_liked';
CREATE UNIQUE INDEX notifications_comment_key ON notifications (comment_id, recipient_uid)
    WHERE comment_id IS NOT NULL;

CREATE TABLE notification_counts (
    uid    text    PRIMARY KEY REFERENCES users (uid) ON DELETE CASCADE,
    unread integer NOT NULL DEFAULT 0 CHECK (unread >= 0)
);

-- Per statement, from the transition tables: marking a thousand read is one update per recipient.
-- A removal only updates: a deleted recipient's count row may be cascaded away first (as in V3).
CREATE FUNCTION notifications_count_inserted() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO notification_counts AS c (uid, unread)
    SELECT recipient_uid, count(*) FROM new_rows WHERE NOT read GROUP BY recipient_uid ORDER BY recipient_uid
    ON CONFLICT (uid) DO UPDATE SET unread = c.unread + EXCLUDED.unread;
    RETURN NULL;
END;
$$;

CREATE FUNCTION notifications_count_changed() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    UPDATE notification_counts c
    SET unread = c.unread + d.delta
    FROM (SELECT uid, sum(delta) AS delta
          FROM (SELECT recipient_uid AS uid, -1 AS delta FROM old_rows WHERE NOT read
                UNION ALL
                SELECT recipient_uid, 1 FROM new_rows WHERE NOT read) changes
          GROUP BY uid
          HAVING sum(delta) <> 0) d
    WHERE c.uid = d.uid;
    RETURN NULL;
END;
$$;

CREATE FUNCTION notifications_count_deleted() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    UPDATE notification_counts c
    SET unread = c.unread - d.n
    FROM (SELECT recipient_uid AS uid, count(*) AS n FROM old_rows WHERE NOT read GROUP BY recipient_uid) d
    WHERE c.uid = d.uid;
    RETURN NULL;
END;
$$;

CREATE TRIGGER notifications_count_inserted
    AFTER INSERT ON notifications REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION notifications_count_inserted();

CREATE TRIGGER notifications_count_changed
    AFTER UPDATE ON notifications REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION notifications_count_changed();

CREATE TRIGGER notifications_count_deleted
    AFTER DELETE ON notifications REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION notifications_count_deleted();
