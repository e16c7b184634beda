-- End of the bulk load: derive the diary and the watchlist from the generated rows, rebuild the
-- indexes, compute rating_stats, review_counts, title_counts, the diary's tag rows and the users'
-- last activities in one pass each (what the triggers skipped by session_replication_role would
-- have kept), commit, vacuum.
--
-- The diary (set-based and deterministic: hashtext of the row, not random()): a viewing for every
-- fifth rating, on the rating's day, with its value, a third of them tagged, one in ten also
-- rewatched a year later; and u000001 (the first bench token) is the heavy diarist of the issue's
-- stats target: 5,000 viewings of the 4,000 most popular movies, 1,000 of them rewatches.
\echo load: deriving the diary
INSERT INTO diary_entries (uid, kind, title_id, watched_on, rewatch, rating_val, liked, tags, created_at, updated_at)
SELECT r.uid, r.kind, r.title_id, r.created_at::date, false, r.rating_val, r.rating_val >= 9,
       CASE WHEN h % 3 = 0 THEN ARRAY['tag' || (h % 30)] ELSE '{}' END, r.created_at, r.created_at
FROM (SELECT ratings.*, abs(hashtext(uid || ':' || kind || ':' || title_id)) AS h FROM ratings
      WHERE uid <> 'u000001') r
WHERE r.h % 5 = 0;
INSERT INTO diary_entries (uid, kind, title_id, watched_on, rewatch, rating_val, liked, tags, created_at, updated_at)
SELECT e.uid, e.kind, e.title_id, e.watched_on + 365, true, e.rating_val, false, e.tags, e.created_at + interval '365 days',
       e.created_at + interval '365 days'
FROM diary_entries e
WHERE abs(hashtext(e.uid || ':' || e.title_id)) % 10 = 0
  AND e.watched_on < DATE '2025-06-01';
INSERT INTO diary_entries (uid, kind, title_id, watched_on, rewatch, rating_val, liked, tags, created_at, updated_at)
SELECT 'u000001', 'movie', t.id, DATE '2026-11-30' - (n * 7 % 3000), n > 4000, ((n % 20) + 1) * 0.5, n % 7 = 0,
       CASE WHEN n % 4 = 0 THEN ARRAY['tag' || (n % 12), 'cinema'] ELSE '{}' END,
       now() - n * interval '7 hours', now() - n * interval '7 hours'
FROM (SELECT id, row_number() OVER (ORDER BY popularity DESC, id) AS rank FROM titles WHERE kind = 'movie'
      ORDER BY popularity DESC, id LIMIT 4000) t
JOIN generate_series(1, 5000) AS n ON t.rank = CASE WHEN n <= 4000 THEN n ELSE n - 4000 END;
-- each viewing's copy of its title's runtime and genres (V13's trigger, skipped in the load)
UPDATE diary_entries e
SET runtime = t.runtime,
    genre_ids = ARRAY(SELECT genre_id FROM title_genres tg WHERE tg.kind = e.kind AND tg.title_id = e.title_id
                      ORDER BY genre_id)
FROM titles t
WHERE t.kind = e.kind AND t.id = e.title_id;
\echo load: deriving the watchlist
-- every tenth user keeps 50 popular movies they have not rated on the watchlist; u000001 keeps 500
INSERT INTO watchlist (uid, kind, title_id, created_at)
SELECT u.uid, 'movie', p.id, u.created_at + (p.rank - u.skip) * interval '1 hour'
FROM (SELECT uid, created_at, abs(hashtext(uid)) % 200 AS skip, CASE WHEN uid = 'u000001' THEN 500 ELSE 50 END AS size
      FROM users WHERE abs(hashtext(uid)) % 10 = 0 OR uid = 'u000001') u
JOIN (SELECT id, row_number() OVER (ORDER BY popularity DESC, id) AS rank
      FROM titles WHERE kind = 'movie' ORDER BY popularity DESC, id LIMIT 700) p
  ON p.rank > u.skip AND p.rank <= u.skip + u.size
WHERE NOT EXISTS (SELECT 1 FROM ratings r WHERE r.uid = u.uid AND r.kind = 'movie' AND r.title_id = p.id);
\echo load: deriving lists
-- every twentieth user has a ranked public list, an unlisted and a private one of 50 popular movies;
-- u000001's public list has 500 (the list page's benchmark)
INSERT INTO user_lists (uid, name, description, ranked, visibility, created_at, updated_at)
SELECT u.uid, v.name, 'Made by the benchmark', v.ranked, v.visibility,
       u.created_at + v.n * interval '1 day', u.created_at + v.n * interval '2 days'
FROM users u
CROSS JOIN (VALUES (1, 'Best of', true, 'public'), (2, 'Shared', false, 'unlisted'), (3, 'Mine', false, 'private'))
    AS v (n, name, ranked, visibility)
WHERE abs(hashtext(u.uid || ':lists')) % 20 = 0 OR u.uid = 'u000001';
INSERT INTO user_list_items (list_id, kind, title_id, added_at, position, note)
SELECT l.id, 'movie', p.id, l.created_at + p.rank * interval '1 minute', p.rank - l.skip,
       CASE WHEN p.rank % 5 = 0 THEN 'A note on this one' END
FROM (SELECT id, created_at, abs(hashtext(id::text)) % 200 AS skip,
             CASE WHEN uid = 'u000001' AND name = 'Best of' THEN 500 ELSE 50 END AS size
      FROM user_lists) l
JOIN (SELECT id, row_number() OVER (ORDER BY popularity DESC, id) AS rank
      FROM titles WHERE kind = 'movie' ORDER BY popularity DESC, id LIMIT 700) p
  ON p.rank > l.skip AND p.rank <= l.skip + l.size;
\echo load: deriving follows, the activities of the feed and the follow notifications
-- Follows, skewed (about one edge per user: 200,000 at large): u000001 (the first bench token, the
-- feed's benchmark user) follows exactly 1,000 users, u000002..u001001; u000002 is followed by a
-- quarter of all users (50,000 at large) and u000003 by a tenth; u000004..u000023 follow 1,000 users
-- each; every other user follows one user picked by hash, half of them. All approved, all public.
INSERT INTO follows (follower_uid, followee_uid, status, created_at)
SELECT e.follower, e.followee, 'following',
       now() - (abs(hashtext(e.follower || '>' || e.followee)) % (365 * 86400)) * interval '1 second'
FROM (
    SELECT 'u000001' AS follower, 'u' || lpad(n::text, 6, '0') AS followee FROM generate_series(2, 1001) AS n
    UNION ALL
    SELECT uid, 'u000002' FROM users WHERE uid <> 'u000001' AND abs(hashtext(uid || ':fan2')) % 4 = 0
    UNION ALL
    SELECT uid, 'u000003' FROM users WHERE uid <> 'u000001' AND abs(hashtext(uid || ':fan3')) % 10 = 0
    UNION ALL
    -- distinct followees per follower: 104729 is prime, so k * 104729 mod the user count never repeats
    SELECT 'u' || lpad(f::text, 6, '0'),
           'u' || lpad((1 + (f * 7919 + k::bigint * 104729) % c.users)::text, 6, '0')
    FROM generate_series(4, 23) AS f, generate_series(1, 1000) AS k, (SELECT count(*) AS users FROM users) c
    UNION ALL
    SELECT u.uid, 'u' || lpad((1 + abs(hashtext(u.uid || ':follows')) % c.users)::text, 6, '0')
    FROM users u, (SELECT count(*) AS users FROM users) c
    WHERE u.uid <> 'u000001' AND abs(hashtext(u.uid || ':follower')) % 2 = 0
) e
WHERE e.follower <> e.followee
  AND EXISTS (SELECT 1 FROM users u WHERE u.uid = e.followee)
ON CONFLICT DO NOTHING;
INSERT INTO follow_counts (uid, followers, following)
SELECT uid, sum(followers), sum(following)
FROM (SELECT followee_uid AS uid, 1 AS followers, 0 AS following FROM follows WHERE status = 'following'
      UNION ALL
      SELECT follower_uid, 0, 1 FROM follows WHERE status = 'following') c
GROUP BY uid;
-- What the feed's listeners would have written for these facts (V17): a viewing per diary entry,
-- a review per review, a public list, a follow. Likes come with the reactions module's data.
INSERT INTO activities (actor_uid, type, at, kind, title_id, rating_val, entry_id)
SELECT uid, 'logged', created_at, kind, title_id, rating_val, id FROM diary_entries;
INSERT INTO activities (actor_uid, type, at, kind, title_id, review_id)
SELECT uid, 'reviewed', created_at, kind, title_id, id FROM reviews;
INSERT INTO activities (actor_uid, type, at, list_id)
SELECT uid, CASE WHEN updated_at > created_at THEN 'updated_list' ELSE 'created_list' END, updated_at, id
FROM user_lists WHERE visibility = 'public';
INSERT INTO activities (actor_uid, type, at, other_uid)
SELECT follower_uid, 'followed', created_at, followee_uid FROM follows WHERE status = 'following';
-- the followees' notifications of their followers, read when older than a week (V19)
INSERT INTO notifications (recipient_uid, actor_uid, type, at, read)
SELECT followee_uid, follower_uid, 'followed', created_at, created_at < now() - interval '7 days'
FROM follows WHERE status = 'following'
ORDER BY created_at;
INSERT INTO notification_counts (uid, unread)
SELECT recipient_uid, count(*) FILTER (WHERE NOT read) FROM notifications GROUP BY recipient_uid;
\echo load: the reviews author ratings (V15) and every follower inbox (V20)
-- what the triggers of V15 keep: the author's current rating on the review
UPDATE reviews r
SET author_rating = ra.rating_val
FROM ratings ra
WHERE ra.uid = r.uid
  AND ra.kind = r.kind
  AND ra.title_id = r.title_id;
-- each activity in the inbox of each approved follower of its actor, in the primary key's order
INSERT INTO feed_inbox (viewer_uid, at, activity_id, actor_uid)
SELECT f.follower_uid, a.at, a.id, a.actor_uid
FROM follows f
JOIN activities a ON a.actor_uid = f.followee_uid
WHERE f.status = 'following'
ORDER BY 1, 2, 3;
\echo load: rebuilding indexes
DO $$
DECLARE r record;
BEGIN
    FOR r IN SELECT indexdef FROM bench_indexes LOOP
        EXECUTE r.indexdef;
    END LOOP;
END $$;
\echo load: computing rating_stats
-- histogram[i] counts ratings of i * 0.5 (i = 1..20), as the trigger of V1 maintains it
INSERT INTO rating_stats (kind, title_id, rating_count, rating_sum, histogram)
SELECT kind, title_id, count(*), sum(rating_val),
       ARRAY[count(*) FILTER (WHERE b = 1),  count(*) FILTER (WHERE b = 2),  count(*) FILTER (WHERE b = 3),
             count(*) FILTER (WHERE b = 4),  count(*) FILTER (WHERE b = 5),  count(*) FILTER (WHERE b = 6),
             count(*) FILTER (WHERE b = 7),  count(*) FILTER (WHERE b = 8),  count(*) FILTER (WHERE b = 9),
             count(*) FILTER (WHERE b = 10), count(*) FILTER (WHERE b = 11), count(*) FILTER (WHERE b = 12),
             count(*) FILTER (WHERE b = 13), count(*) FILTER (WHERE b = 14), count(*) FILTER (WHERE b = 15),
             count(*) FILTER (WHERE b = 16), count(*) FILTER (WHERE b = 17), count(*) FILTER (WHERE b = 18),
             count(*) FILTER (WHERE b = 19), count(*) FILTER (WHERE b = 20)]::integer[]
FROM (SELECT kind, title_id, rating_val, (rating_val * 2)::integer AS b FROM ratings) r
GROUP BY kind, title_id;
\echo load: computing review_counts
INSERT INTO review_counts (kind, title_id, review_count)
SELECT kind, title_id, count(*) FROM reviews GROUP BY kind, title_id;
\echo load: each review's reactions row (V26; the load has no likes or comments)
INSERT INTO review_reactions (review_id, kind, title_id)
SELECT id, kind, title_id FROM reviews;
\echo load: computing title_counts, the tag rows of the diary and last activities
INSERT INTO title_counts (kind, title_id, watch_count, fan_count)
SELECT kind, title_id, sum(watches)::integer, sum(fans)::integer
FROM (SELECT kind, title_id, 1 AS watches, 0 AS fans FROM diary_entries
      UNION ALL
      SELECT kind, title_id, 0, 1 FROM favorites) AS facts
GROUP BY kind, title_id;
INSERT INTO diary_entry_tags (entry_id, uid, tag, watched_on)
SELECT DISTINCT e.id, e.uid, t, e.watched_on FROM diary_entries e, unnest(e.tags) AS t;
UPDATE user_lists l
SET entry_count = c.entries, movie_count = c.movies
FROM (SELECT list_id, count(*) AS entries, count(*) FILTER (WHERE kind = 'movie') AS movies
      FROM user_list_items GROUP BY list_id) c
WHERE l.id = c.list_id;
INSERT INTO title_list_counts (kind, title_id, list_count)
SELECT i.kind, i.title_id, count(*)
FROM user_list_items i JOIN user_lists l ON l.id = i.list_id
WHERE l.visibility = 'public'
GROUP BY i.kind, i.title_id;
INSERT INTO user_last_activities (uid, ratings_at, reviews_at, favorites_at, watchlist_at, diary_at, lists_at)
SELECT u.uid, r.at, v.at, f.at, w.at, d.at, l.at
FROM users u
LEFT JOIN (SELECT uid, max(updated_at) AS at FROM ratings GROUP BY uid) r ON r.uid = u.uid
LEFT JOIN (SELECT uid, max(updated_at) AS at FROM reviews GROUP BY uid) v ON v.uid = u.uid
LEFT JOIN (SELECT uid, max(created_at) AS at FROM favorites GROUP BY uid) f ON f.uid = u.uid
LEFT JOIN (SELECT uid, max(created_at) AS at FROM watchlist GROUP BY uid) w ON w.uid = u.uid
LEFT JOIN (SELECT uid, max(updated_at) AS at FROM diary_entries GROUP BY uid) d ON d.uid = u.uid
LEFT JOIN (SELECT uid, max(updated_at) AS at FROM user_lists GROUP BY uid) l ON l.uid = u.uid;
COMMENT ON DATABASE frameratr IS :'bench_marker';
COMMIT;
RESET session_replication_role;
\echo load: vacuum (freeze, analyze)
VACUUM (FREEZE, ANALYZE);
