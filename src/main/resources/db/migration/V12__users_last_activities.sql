-- When each of a user's collections last changed (removals count), for GET /api/me/last-activities:
-- a client syncs only what changed. Kept by trigger on every collection, so no writer can forget it.

CREATE TABLE user_last_activities (
    uid          text        PRIMARY KEY REFERENCES users (uid) ON DELETE CASCADE,
    ratings_at   timestamptz,
    reviews_at   timestamptz,
    favorites_at timestamptz,
    watchlist_at timestamptz,
    diary_at     timestamptz,
    lists_at     timestamptz
);

-- An insert upserts the user's row. An update or a removal only updates it: in a cascade from a
-- deleted user the user is gone (and the cascade may set review ids of diary entries to null on
-- the way), and an insert would fail its foreign key. Every user with data has a row: their first
-- insert made it, the backfill below made the others'.
-- Static statements (one cached plan each) rather than a column name built per call.
CREATE FUNCTION user_last_activities_touch(p_uid text, p_what text, p_update_only boolean)
    RETURNS void LANGUAGE plpgsql AS
$$
BEGIN
    IF p_update_only THEN
        UPDATE user_last_activities AS a
        SET ratings_at = CASE WHEN p_what = 'ratings' THEN now() ELSE a.ratings_at END,
            reviews_at = CASE WHEN p_what = 'reviews' THEN now() ELSE a.reviews_at END,
            favorites_at = CASE WHEN p_what = 'favorites' THEN now() ELSE a.favorites_at END,
            watchlist_at = CASE WHEN p_what = 'watchlist' THEN now() ELSE a.watchlist_at END,
            diary_at = CASE WHEN p_what = 'diary' THEN now() ELSE a.diary_at END,
            lists_at = CASE WHEN p_what = 'lists' THEN now() ELSE a.lists_at END
        WHERE a.uid = p_uid;
    ELSE
        INSERT INTO user_last_activities AS a (uid, ratings_at, reviews_at, favorites_at, watchlist_at, diary_at, lists_at)
        VALUES (p_uid,
                CASE WHEN p_what = 'ratings' THEN now() END,
                CASE WHEN p_what = 'reviews' THEN now() END,
                CASE WHEN p_what = 'favorites' THEN now() END,
                CASE WHEN p_what = 'watchlist' THEN now() END,
                CASE WHEN p_what = 'diary' THEN now() END,
                CASE WHEN p_what = 'lists' THEN now() END)
        ON CONFLICT (uid) DO UPDATE
        SET ratings_at = CASE WHEN p_what = 'ratings' THEN now() ELSE a.ratings_at END,
            reviews_at = CASE WHEN p_what = 'reviews' THEN now() ELSE a.reviews_at END,
            favorites_at = CASE WHEN p_what = 'favorites' THEN now() ELSE a.favorites_at END,
            watchlist_at = CASE WHEN p_what = 'watchlist' THEN now() ELSE a.watchlist_at END,
            diary_at = CASE WHEN p_what = 'diary' THEN now() ELSE a.diary_at END,
            lists_at = CASE WHEN p_what = 'lists' THEN now() ELSE a.lists_at END;
    END IF;
END;
$$;

-- TG_ARGV[0]: the collection (ratings, reviews, favorites, watchlist, diary, lists)
CREATE FUNCTION user_last_activities_track() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM user_last_activities_touch(OLD.uid, TG_ARGV[0], true);
    ELSE
        PERFORM user_last_activities_touch(NEW.uid, TG_ARGV[0], TG_OP = 'UPDATE');
    END IF;
    RETURN NULL;
END;
$$;

-- List entries carry no uid: their list's owner changed something
CREATE FUNCTION user_last_activities_track_list_items() RETURNS trigger LANGUAGE plpgsql AS
$$
DECLARE
    owner text;
BEGIN
    SELECT uid INTO owner FROM user_lists WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.list_id ELSE NEW.list_id END;
    IF owner IS NOT NULL THEN
        PERFORM user_last_activities_touch(owner, 'lists', TG_OP <> 'INSERT');
    END IF;
    RETURN NULL;
END;
$$;

LOCK TABLE ratings, reviews, favorites, watchlist, diary_entries, user_lists, user_list_items IN SHARE MODE;

INSERT INTO user_last_activities (uid, ratings_at, reviews_at, favorites_at, watchlist_at, diary_at, lists_at)
SELECT u.uid,
       (SELECT max(updated_at) FROM ratings WHERE uid = u.uid),
       (SELECT max(updated_at) FROM reviews WHERE uid = u.uid),
       (SELECT max(created_at) FROM favorites WHERE uid = u.uid),
       (SELECT max(created_at) FROM watchlist WHERE uid = u.uid),
       (SELECT max(updated_at) FROM diary_entries WHERE uid = u.uid),
       (SELECT max(updated_at) FROM user_lists WHERE uid = u.uid)
FROM users u;

CREATE TRIGGER ratings_track_last_activity
    AFTER INSERT OR UPDATE OR DELETE ON ratings
    FOR EACH ROW EXECUTE FUNCTION user_last_activities_track('ratings');

CREATE TRIGGER reviews_track_last_activity
    AFTER INSERT OR UPDATE OR DELETE ON reviews
    FOR EACH ROW EXECUTE FUNCTION user_last_activities_track('reviews');

CREATE TRIGGER favorites_track_last_activity
    AFTER INSERT OR UPDATE OR DELETE ON favorites
    FOR EACH ROW EXECUTE FUNCTION user_last_activities_track('favorites');

CREATE TRIGGER watchlist_track_last_activity
    AFTER INSERT OR UPDATE OR DELETE ON watchlist
    FOR EACH ROW EXECUTE FUNCTION user_last_activities_track('watchlist');

CREATE TRIGGER diary_entries_track_last_activity
    AFTER INSERT OR UPDATE OR DELETE ON diary_entries
    FOR EACH ROW EXECUTE FUNCTION user_last_activities_track('diary');

CREATE TRIGGER user_lists_track_last_activity
    AFTER INSERT OR UPDATE OR DELETE ON user_lists
    FOR EACH ROW EXECUTE FUNCTION user_last_activities_track('lists');

CREATE TRIGGER user_list_items_track_last_activity
    AFTER INSERT OR UPDATE OR DELETE ON user_list_items
    FOR EACH ROW EXECUTE FUNCTION user_last_activities_track_list_items();
