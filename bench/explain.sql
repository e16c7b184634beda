-- EXPLAIN (ANALYZE, BUFFERS) of the service's hot statements (the repositories' SQL with values).
--   source bench/pg.sh; pg_start large; pg_psql large -f bench/explain.sql
\pset pager off
\echo '--- list, first page (CatalogRepository LIST)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT kind, id, title, original_title, original_language, overview, release_date, poster_path,
  backdrop_path, runtime, number_of_seasons, number_of_episodes, vote_average, vote_count, popularity
FROM titles WHERE kind = 'movie' ORDER BY popularity DESC, id LIMIT 20 OFFSET 0;
\echo '--- list, page 5'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT kind, id, title, popularity
FROM titles WHERE kind = 'movie' ORDER BY popularity DESC, id LIMIT 20 OFFSET 80;
\echo '--- search q=ab, first page'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT kind, id, title, popularity
FROM titles WHERE kind = 'movie' AND search_text LIKE '%' || search_normalize('ab') || '%'
ORDER BY popularity DESC, id LIMIT 20 OFFSET 0;
\echo '--- search q=knight, first page (a trigram query)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT kind, id, title, popularity
FROM titles WHERE kind = 'movie' AND search_text LIKE '%' || search_normalize('knight') || '%'
ORDER BY popularity DESC, id LIMIT 20 OFFSET 0;
\echo '--- total of the list (X-Total-Count of a full page; recounted in the background every 30 s)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT count(*) FROM titles WHERE kind = 'movie';
\echo '--- total of q=ab'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT count(*) FROM titles WHERE kind = 'movie' AND search_text LIKE '%' || search_normalize('ab') || '%';
\echo '--- detail: the title with its genres (one statement), then the rating summary'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT kind, id, title, original_title, original_language, overview, release_date, poster_path,
  backdrop_path, runtime, number_of_seasons, number_of_episodes, vote_average, vote_count, popularity,
  ARRAY(SELECT g.name FROM title_genres tg JOIN genres g ON g.id = tg.genre_id
        WHERE tg.kind = titles.kind AND tg.title_id = titles.id ORDER BY g.name) AS genres
FROM titles WHERE kind = 'movie' AND id = 1;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT rating_count, rating_sum, histogram FROM rating_stats WHERE kind = 'movie' AND title_id = 1;
\echo '--- reviews of movie 1: page, authors'' ratings, total'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT id, uid, kind, title_id, body, spoiler, created_at, updated_at FROM reviews
WHERE kind = 'movie' AND title_id = 1 ORDER BY created_at DESC, id DESC LIMIT 20 OFFSET 0;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT uid, rating_val FROM ratings WHERE kind = 'movie' AND title_id = 1
AND uid IN (SELECT uid FROM reviews WHERE kind = 'movie' AND title_id = 1 ORDER BY created_at DESC, id DESC LIMIT 20);
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT coalesce((SELECT review_count FROM review_counts WHERE kind = 'movie' AND title_id = 1), 0);
\echo '--- the rating upsert (rolled back)'
BEGIN;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) INSERT INTO ratings AS r (uid, kind, title_id, rating_val) VALUES ('u000001', 'movie', 1, 7.5)
ON CONFLICT (uid, kind, title_id) DO UPDATE SET rating_val = EXCLUDED.rating_val,
  updated_at = CASE WHEN r.rating_val = EXCLUDED.rating_val THEN r.updated_at ELSE now() END
RETURNING uid, kind, title_id, rating_val, created_at, updated_at;
ROLLBACK;
\echo '--- favorites page of user u000001'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT uid, kind, title_id, created_at FROM favorites
WHERE uid = 'u000001' AND kind = 'movie' ORDER BY created_at DESC, title_id LIMIT 20 OFFSET 0;
\echo '--- keyset pages (the Link rel="next" cursor), each after a deep or a first page'
SELECT popularity AS deep_pop, id AS deep_id FROM titles WHERE kind = 'movie' ORDER BY popularity DESC, id OFFSET 9999 LIMIT 1 \gset
\echo '--- list after the 10,000th movie (CatalogRepository LIST_AFTER)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT kind, id, title, popularity FROM titles
WHERE kind = 'movie' AND popularity <= :deep_pop AND (popularity < :deep_pop OR id > :deep_id)
ORDER BY popularity DESC, id LIMIT 20;
SELECT popularity AS ab_pop, id AS ab_id FROM titles WHERE kind = 'movie' AND search_text LIKE '%' || search_normalize('ab') || '%'
ORDER BY popularity DESC, id OFFSET 999 LIMIT 1 \gset
\echo '--- search q=ab after its 1,000th match'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT kind, id, title, popularity FROM titles
WHERE kind = 'movie' AND search_text LIKE '%' || search_normalize('ab') || '%'
  AND popularity <= :ab_pop AND (popularity < :ab_pop OR id > :ab_id)
ORDER BY popularity DESC, id LIMIT 20;
SELECT created_at AS rev_at, id AS rev_id FROM reviews WHERE kind = 'movie' AND title_id = 1
ORDER BY created_at DESC, id DESC OFFSET 19 LIMIT 1 \gset
\echo '--- reviews of movie 1 after the first page (ReviewRepository PAGE_FOR_TITLE_AFTER)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT id, uid, kind, title_id, body, spoiler, created_at, updated_at FROM reviews
WHERE kind = 'movie' AND title_id = 1 AND (created_at, id) < (:'rev_at', :rev_id)
ORDER BY created_at DESC, id DESC LIMIT 20;
SELECT updated_at AS rat_at, kind AS rat_kind, title_id AS rat_id FROM ratings WHERE uid = 'u000001'
ORDER BY updated_at DESC, kind, title_id OFFSET 19 LIMIT 1 \gset
\echo '--- my ratings after the first page (RatingRepository PAGE_FOR_USER_AFTER)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT uid, kind, title_id, rating_val, created_at, updated_at FROM ratings
WHERE uid = 'u000001' AND updated_at <= :'rat_at' AND (updated_at < :'rat_at' OR (kind, title_id) > (:'rat_kind', :rat_id))
ORDER BY updated_at DESC, kind, title_id LIMIT 20;
\echo '--- my reviews after a cursor (ReviewRepository PAGE_FOR_USER_AFTER)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT id, uid, kind, title_id, body, spoiler, created_at, updated_at FROM reviews
WHERE uid = 'u000001' AND (created_at, id) < (now(), 9223372036854775807) ORDER BY created_at DESC, id DESC LIMIT 20;
\echo '--- favorites after a cursor (FavoriteRepository PAGE_AFTER)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT uid, kind, title_id, created_at FROM favorites
WHERE uid = 'u000001' AND kind = 'movie' AND created_at <= now() AND (created_at < now() OR title_id > 0)
ORDER BY created_at DESC, title_id LIMIT 20;
\echo '--- review authors by uid, with their handles (UserRepository AUTHORS)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT uid, handle, display_name FROM users
WHERE uid IN (SELECT uid FROM reviews WHERE kind = 'movie' AND title_id = 1 ORDER BY created_at DESC, id DESC LIMIT 20);
-- ---- issue 13: the library, the diary, lists, stats (u000001 is the load's heavy diarist) ------
\echo '--- watchlist page of u000001, sort=added (ShelfRepository page)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT s.uid, s.kind, s.title_id, s.created_at FROM watchlist s
WHERE s.uid = 'u000001' AND s.kind = 'movie' ORDER BY s.created_at DESC, s.title_id LIMIT 20 OFFSET 0;
\echo '--- watchlist page of u000001, sort=popularity (the user''s shelf joined to titles, sorted)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT s.uid, s.kind, s.title_id, s.created_at FROM watchlist s
JOIN titles t ON t.kind = s.kind AND t.id = s.title_id
WHERE s.uid = 'u000001' AND s.kind = 'movie' ORDER BY t.popularity DESC, s.title_id LIMIT 20 OFFSET 0;
\echo '--- the watchlist limit count after an add'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT count(*) FROM watchlist WHERE uid = 'u000001';
\echo '--- diary page of u000001, first page (DiaryRepository page)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT e.id, e.uid, e.kind, e.title_id, e.watched_on, e.rewatch, e.rating_val,
  e.liked, e.review_id, e.tags, e.created_at, e.updated_at
FROM diary_entries e WHERE e.uid = 'u000001' ORDER BY e.watched_on DESC, e.id DESC LIMIT 50;
SELECT watched_on AS d_on, id AS d_id FROM diary_entries WHERE uid = 'u000001' ORDER BY watched_on DESC, id DESC
OFFSET 2999 LIMIT 1 \gset
\echo '--- diary page of u000001 after its 3,000th entry (the cursor)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT e.id, e.watched_on FROM diary_entries e
WHERE e.uid = 'u000001' AND e.watched_on <= :'d_on' AND (e.watched_on < :'d_on' OR e.id < :d_id)
ORDER BY e.watched_on DESC, e.id DESC LIMIT 50;
\echo '--- diary of u000001 in 2025-06 (year and month filter) and its total'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT e.id, e.watched_on FROM diary_entries e
WHERE e.uid = 'u000001' AND e.watched_on >= DATE '2025-06-01' AND e.watched_on < DATE '2025-07-01'
ORDER BY e.watched_on DESC, e.id DESC LIMIT 50;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT count(*) FROM diary_entries e WHERE e.uid = 'u000001';
\echo '--- diary of u000001 for one movie (movie_id filter; also the viewer''s watch count)'
SELECT title_id AS d_title FROM diary_entries WHERE uid = 'u000001' AND rewatch LIMIT 1 \gset
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT e.id, e.watched_on FROM diary_entries e
WHERE e.uid = 'u000001' AND e.kind = 'movie' AND e.title_id = :d_title ORDER BY e.watched_on DESC, e.id DESC LIMIT 20;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT count(*), max(watched_on) FROM diary_entries
WHERE uid = 'u000001' AND kind = 'movie' AND title_id = :d_title;
\echo '--- diary of u000001 with tag=cinema (the tag rows in page order)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT e.id, e.watched_on FROM diary_entry_tags t
JOIN diary_entries e ON e.id = t.entry_id
WHERE t.uid = 'u000001' AND t.tag = 'cinema' ORDER BY t.watched_on DESC, t.entry_id DESC LIMIT 50;
\echo '--- stats of u000001, whole life: the one read of the viewings of the period (StatsRepository VIEWINGS), the genres'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT kind, title_id, watched_on, rewatch, runtime, genre_ids, rating_val
FROM diary_entries WHERE uid = 'u000001' AND watched_on >= DATE '1870-01-01' AND watched_on < DATE '2200-01-01';
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT id, name FROM genres;
\echo '--- stats of u000001 for 2026'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT kind, title_id, watched_on, rewatch, runtime, genre_ids, rating_val
FROM diary_entries WHERE uid = 'u000001' AND watched_on >= DATE '2026-01-01' AND watched_on < DATE '2027-01-01';
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT (rating_val * 2)::integer AS bucket, count(*)::integer FROM ratings
WHERE uid = 'u000001' GROUP BY bucket;
\echo '--- title page extras: community counts, public lists, the viewer''s rating, watchlist, favorite, review'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT watch_count, fan_count FROM title_counts WHERE kind = 'movie' AND title_id = 1;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT list_count FROM title_list_counts WHERE kind = 'movie' AND title_id = 1;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT title_id FROM watchlist WHERE uid = 'u000001' AND kind = 'movie' AND title_id IN (1);
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT id FROM reviews WHERE uid = 'u000001' AND kind = 'movie' AND title_id = 1;
\echo '--- last activities of u000001'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT ratings_at, reviews_at, favorites_at, watchlist_at, diary_at, lists_at
FROM user_last_activities WHERE uid = 'u000001';
\echo '--- public lists, popular and recent, first page; a list''s entries by position'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT id, uid, name, entry_count FROM user_lists WHERE visibility = 'public'
ORDER BY entry_count DESC, id DESC LIMIT 20 OFFSET 0;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT id, uid, name, updated_at FROM user_lists WHERE visibility = 'public'
ORDER BY updated_at DESC, id DESC LIMIT 20 OFFSET 0;
SELECT id AS big_list FROM user_lists WHERE uid = 'u000001' AND name = 'Best of' \gset
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT id, list_id, kind, title_id, position, note, added_at FROM user_list_items
WHERE list_id = :big_list ORDER BY position LIMIT 50 OFFSET 0;
\echo '--- the feed of u000001, who follows 1,000 users (u000002 and u000003 among them, whose new activities are pulled): first page (FeedRepository PAGE: one range of the inbox merged with the pulled actors, V25)'
-- prepared, as the service sends it: a generic plan after five executions. Before the run, the
-- pulled half is empty (the load writes every activity into inboxes); bench/verify.sql counts them
PREPARE feed_page (text, timestamptz, bigint, integer) AS
SELECT i.id, i.type, i.actor_uid, i.at, i.kind, i.title_id, i.rating_val, i.other_uid,
       i.review_id, left(r.body, 280) AS review_excerpt, r.spoiler AS review_spoiler,
       rr.rating_val AS review_rating, i.list_id, l.name AS list_name
FROM (
    (SELECT fi.at, fi.activity_id
     FROM feed_inbox fi
     WHERE fi.viewer_uid = $1
       AND (fi.at, fi.activity_id) < ($2, $3)
     ORDER BY fi.at DESC, fi.activity_id DESC)
    UNION ALL
    (SELECT pulled.at, pulled.id
     FROM feed_pulled_actors pa
     JOIN follows pf ON pf.follower_uid = $1
                    AND pf.followee_uid = pa.uid
                    AND pf.status = 'following'
     CROSS JOIN LATERAL (
         SELECT i.at, i.id
         FROM activities i
         WHERE i.actor_uid = pa.uid
           AND i.pulled
           AND (i.at, i.id) < ($2, $3)
           AND CASE i.type
    WHEN 'liked_review' THEN ($1 IS NOT DISTINCT FROM i.other_uid
 OR ((NOT EXISTS (SELECT 1 FROM blocks vis_b WHERE vis_b.blocker_uid = i.other_uid AND vis_b.blocked_uid = $1)
 AND NOT EXISTS (SELECT 1 FROM blocks vis_b WHERE vis_b.blocker_uid = $1 AND vis_b.blocked_uid = i.other_uid))
     AND ((SELECT vis_u.privacy FROM users vis_u WHERE vis_u.uid = i.other_uid) = 'public'
          OR EXISTS (SELECT 1
                     FROM follows vis_f
                     WHERE vis_f.follower_uid = $1
                       AND vis_f.followee_uid = i.other_uid
                       AND vis_f.status = 'following'))))
    WHEN 'followed' THEN (NOT EXISTS (SELECT 1 FROM blocks vis_b WHERE vis_b.blocker_uid = i.other_uid AND vis_b.blocked_uid = $1)
 AND NOT EXISTS (SELECT 1 FROM blocks vis_b WHERE vis_b.blocker_uid = $1 AND vis_b.blocked_uid = i.other_uid))
    WHEN 'created_list' THEN EXISTS (
        SELECT 1 FROM user_lists pl WHERE pl.id = i.list_id AND pl.visibility = 'public')
    WHEN 'updated_list' THEN EXISTS (
        SELECT 1 FROM user_lists pl WHERE pl.id = i.list_id AND pl.visibility = 'public')
    ELSE true
END
         ORDER BY i.at DESC, i.id DESC
         LIMIT $4) pulled
     ORDER BY 1 DESC, 2 DESC)
) k (at, activity_id)
JOIN activities i ON i.id = k.activity_id
LEFT JOIN reviews r ON r.id = i.review_id
LEFT JOIN ratings rr ON rr.uid = r.uid AND rr.kind = r.kind AND rr.title_id = r.title_id
LEFT JOIN user_lists l ON l.id = i.list_id
WHERE (i.pulled OR CASE i.type
    WHEN 'liked_review' THEN ($1 IS NOT DISTINCT FROM i.other_uid
 OR ((NOT EXISTS (SELECT 1 FROM blocks vis_b WHERE vis_b.blocker_uid = i.other_uid AND vis_b.blocked_uid = $1)
 AND NOT EXISTS (SELECT 1 FROM blocks vis_b WHERE vis_b.blocker_uid = $1 AND vis_b.blocked_uid = i.other_uid))
     AND ((SELECT vis_u.privacy FROM users vis_u WHERE vis_u.uid = i.other_uid) = 'public'
          OR EXISTS (SELECT 1
                     FROM follows vis_f
                     WHERE vis_f.follower_uid = $1
                       AND vis_f.followee_uid = i.other_uid
                       AND vis_f.status = 'following'))))
    WHEN 'followed' THEN (NOT EXISTS (SELECT 1 FROM blocks vis_b WHERE vis_b.blocker_uid = i.other_uid AND vis_b.blocked_uid = $1)
 AND NOT EXISTS (SELECT 1 FROM blocks vis_b WHERE vis_b.blocker_uid = $1 AND vis_b.blocked_uid = i.other_uid))
    WHEN 'created_list' THEN EXISTS (
        SELECT 1 FROM user_lists pl WHERE pl.id = i.list_id AND pl.visibility = 'public')
    WHEN 'updated_list' THEN EXISTS (
        SELECT 1 FROM user_lists pl WHERE pl.id = i.list_id AND pl.visibility = 'public')
    ELSE true
END)
ORDER BY k.at DESC, k.activity_id DESC
LIMIT $4;
\o /dev/null
EXECUTE feed_page('u000001', '9999-12-31 23:59:59.999999+00', 9223372036854775807, 20);
EXECUTE feed_page('u000001', '9999-12-31 23:59:59.999999+00', 9223372036854775807, 20);
EXECUTE feed_page('u000001', '9999-12-31 23:59:59.999999+00', 9223372036854775807, 20);
EXECUTE feed_page('u000001', '9999-12-31 23:59:59.999999+00', 9223372036854775807, 20);
EXECUTE feed_page('u000001', '9999-12-31 23:59:59.999999+00', 9223372036854775807, 20);
\o
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) EXECUTE feed_page('u000001', '9999-12-31 23:59:59.999999+00', 9223372036854775807, 20);
DEALLOCATE feed_page;
\echo '--- notifications of u000002 (followed by a quarter of all users): first page, unread count'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT n.id, n.type, n.actor_uid, n.at, n.read, n.review_id, n.list_id, n.comment_id
FROM notifications n
WHERE n.recipient_uid = 'u000002' AND n.id < 9223372036854775807
  AND NOT EXISTS (SELECT 1 FROM blocks b
                  WHERE (b.blocker_uid = n.recipient_uid AND b.blocked_uid = n.actor_uid)
                     OR (b.blocker_uid = n.actor_uid AND b.blocked_uid = n.recipient_uid))
ORDER BY n.id DESC LIMIT 20;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT coalesce((SELECT unread FROM notification_counts WHERE uid = 'u000002'), 0);

-- V26: the title's review listing joins each review's counters (review_reactions); the orders by
-- likes and replies walk that table's indexes, the others the reviews' (anonymous reader: the
-- condition of social.Visibility.sqlCanSee with a null viewer)
\set review_page 'SELECT r.id, r.uid, r.kind, r.title_id, r.body, r.spoiler, r.created_at, r.updated_at, rr.like_count, rr.comment_count, r.author_rating FROM reviews r JOIN review_reactions rr ON rr.review_id = r.id'
\set anon_can_see '(CAST(NULL AS text) IS NOT DISTINCT FROM r.uid OR ((NOT EXISTS (SELECT 1 FROM blocks vis_b WHERE vis_b.blocker_uid = r.uid AND vis_b.blocked_uid = CAST(NULL AS text)) AND NOT EXISTS (SELECT 1 FROM blocks vis_b WHERE vis_b.blocker_uid = CAST(NULL AS text) AND vis_b.blocked_uid = r.uid)) AND ((SELECT vis_u.privacy FROM users vis_u WHERE vis_u.uid = r.uid) = \'public\' OR EXISTS (SELECT 1 FROM follows vis_f WHERE vis_f.follower_uid = CAST(NULL AS text) AND vis_f.followee_uid = r.uid AND vis_f.status = \'following\'))))'
\echo '--- reviews of movie 1, most_liked, first page (TitleReviewRepository)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
:review_page
    WHERE rr.kind = 'movie' AND rr.title_id = 1
      AND :anon_can_see
    ORDER BY rr.like_count DESC, rr.review_id DESC
    LIMIT 20 OFFSET 0;
\echo '--- reviews of movie 1, most_liked, after a cursor (TitleReviewRepository)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
:review_page
    WHERE rr.kind = 'movie' AND rr.title_id = 1
      AND :anon_can_see
      AND (rr.like_count, rr.review_id) < ('2', '297557')
    ORDER BY rr.like_count DESC, rr.review_id DESC
    LIMIT 20;
\echo '--- reviews of movie 1, most_replies, first page (TitleReviewRepository)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
:review_page
    WHERE rr.kind = 'movie' AND rr.title_id = 1
      AND :anon_can_see
    ORDER BY rr.comment_count DESC, rr.review_id DESC
    LIMIT 20 OFFSET 0;
\echo '--- reviews of movie 1, most_replies, after a cursor (TitleReviewRepository)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
:review_page
    WHERE rr.kind = 'movie' AND rr.title_id = 1
      AND :anon_can_see
      AND (rr.comment_count, rr.review_id) < ('1', '2251050')
    ORDER BY rr.comment_count DESC, rr.review_id DESC
    LIMIT 20;
\echo '--- reviews of movie 1, newest, first page (TitleReviewRepository)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
:review_page
    WHERE r.kind = 'movie' AND r.title_id = 1
      AND :anon_can_see
    ORDER BY r.created_at DESC, r.id DESC
    LIMIT 20 OFFSET 0;
\echo '--- reviews of movie 1, newest, after a cursor (TitleReviewRepository)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
:review_page
    WHERE r.kind = 'movie' AND r.title_id = 1
      AND :anon_can_see
      AND (r.created_at, r.id) < ('2025-12-24 04:00:58+00', '1603453')
    ORDER BY r.created_at DESC, r.id DESC
    LIMIT 20;
