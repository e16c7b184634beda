-- A collection's last-activity time (V12) is when its owner changed it. The reviews and lists
-- triggers fired on every update of the row, so another user's like or comment (the counter
-- updates of V15, V16 and V18) moved the author's reviews_at or lists_at, and every like or comment
-- paid for a PL/pgSQL call and an update of the author's user_last_activities row, one that all
-- of a popular author's likers wait on in turn. They now fire only on the columns the owner writes
-- (UPDATE OF is decided without calling the function). A review's author_rating is the author's
-- own rating, so it still counts; a list's entry counts move with its entries, whose own trigger
-- already counts them, and with updated_at.

DROP TRIGGER reviews_track_last_activity ON reviews;
CREATE TRIGGER reviews_track_last_activity
    AFTER INSERT OR UPDATE OF uid, kind, title_id, body, spoiler, created_at, updated_at, author_rating OR DELETE
    ON reviews
    FOR EACH ROW EXECUTE FUNCTION user_last_activities_track('reviews');

DROP TRIGGER user_lists_track_last_activity ON user_lists;
CREATE TRIGGER user_lists_track_last_activity
    AFTER INSERT OR UPDATE OF uid, name, description, ranked, visibility, created_at, updated_at OR DELETE
    ON user_lists
    FOR EACH ROW EXECUTE FUNCTION user_last_activities_track('lists');
