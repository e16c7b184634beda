-- Consistency of a loaded (and benchmarked) database. Every "bad" count must be 0.
\set ON_ERROR_STOP on
\pset footer off
SELECT
  (SELECT count(*) FROM titles WHERE kind = 'movie')                       AS movies,
  (SELECT count(*) FROM titles WHERE kind = 'tv')                          AS tv_shows,
  (SELECT count(*) FROM users)                                             AS users,
  (SELECT count(*) FROM ratings)                                           AS ratings,
  (SELECT count(*) FROM reviews)                                           AS reviews,
  (SELECT count(*) FROM favorites)                                         AS favorites,
  (SELECT rating_count FROM rating_stats WHERE kind = 'movie' AND title_id = 1) AS movie_1_ratings,
  (SELECT round(100.0 * count(*) FILTER (WHERE search_text LIKE '%ab%') / count(*), 1)
     FROM titles WHERE kind = 'movie')                                     AS pct_movies_matching_ab;
-- rating_stats against the raw rows: count and sum per title, and every histogram bucket
WITH truth AS (
  SELECT kind, title_id, count(*)::integer AS n, sum(rating_val) AS total FROM ratings GROUP BY kind, title_id
)
SELECT count(*) AS bad_rating_stats_totals
FROM truth t
FULL JOIN (SELECT * FROM rating_stats WHERE rating_count > 0) s USING (kind, title_id)
WHERE t.n IS DISTINCT FROM s.rating_count OR t.total IS DISTINCT FROM s.rating_sum;
WITH truth AS (
  SELECT kind, title_id, (rating_val * 2)::integer AS bucket, count(*)::integer AS n
  FROM ratings GROUP BY 1, 2, 3
), stats AS (
  SELECT kind, title_id, i AS bucket, histogram[i] AS n
  FROM rating_stats CROSS JOIN generate_series(1, 20) AS i
  WHERE histogram[i] > 0
)
SELECT count(*) AS bad_histogram_buckets
FROM truth t FULL JOIN stats s USING (kind, title_id, bucket)
WHERE t.n IS DISTINCT FROM s.n;
-- review_counts against the raw rows
SELECT count(*) AS bad_review_counts
FROM (SELECT kind, title_id, count(*)::integer AS n FROM reviews GROUP BY kind, title_id) t
FULL JOIN (SELECT * FROM review_counts WHERE review_count > 0) c USING (kind, title_id)
WHERE t.n IS DISTINCT FROM c.review_count;
-- the foreign keys the load did not check
SELECT
  (SELECT count(*) FROM ratings r WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.uid = r.uid)
      OR NOT EXISTS (SELECT 1 FROM titles t WHERE t.kind = r.kind AND t.id = r.title_id)) AS bad_ratings_fk,
  (SELECT count(*) FROM reviews r WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.uid = r.uid)
      OR NOT EXISTS (SELECT 1 FROM titles t WHERE t.kind = r.kind AND t.id = r.title_id)) AS bad_reviews_fk,
  (SELECT count(*) FROM favorites f WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.uid = f.uid)
      OR NOT EXISTS (SELECT 1 FROM titles t WHERE t.kind = f.kind AND t.id = f.title_id)) AS bad_favorites_fk,
  (SELECT count(*) FROM title_genres g WHERE NOT EXISTS (SELECT 1 FROM titles t WHERE t.kind = g.kind AND t.id = g.title_id)
      OR NOT EXISTS (SELECT 1 FROM genres x WHERE x.id = g.genre_id)) AS bad_title_genres_fk;
-- trigger back on (it is a per-session setting, so this only proves nobody disabled it for good)
SELECT tgenabled AS ratings_trigger_enabled FROM pg_trigger WHERE tgname = 'ratings_maintain_stats';
-- the diary, the watchlist and title_counts against the raw rows (the triggers of V11 keep them
-- after the load; the load computed them once)
SELECT (SELECT count(*) FROM diary_entries)                                 AS diary_entries,
       (SELECT count(*) FROM diary_entries WHERE uid = 'u000001')           AS diarist_viewings,
       (SELECT count(*) FROM watchlist)                                     AS watchlist;
WITH truth AS (
  SELECT kind, title_id, sum(w)::integer AS watches, sum(f)::integer AS fans
  FROM (SELECT kind, title_id, 1 AS w, 0 AS f FROM diary_entries
        UNION ALL SELECT kind, title_id, 0, 1 FROM favorites) facts
  GROUP BY kind, title_id
)
SELECT count(*) AS bad_title_counts
FROM truth t
FULL JOIN (SELECT * FROM title_counts WHERE watch_count > 0 OR fan_count > 0) c USING (kind, title_id)
WHERE t.watches IS DISTINCT FROM c.watch_count OR t.fans IS DISTINCT FROM c.fan_count;
SELECT count(*) AS bad_diary_tag_rows
FROM (SELECT DISTINCT id, t FROM diary_entries, unnest(tags) AS t) e
FULL JOIN diary_entry_tags d ON d.entry_id = e.id AND d.tag = e.t
WHERE e.id IS NULL OR d.entry_id IS NULL;
-- follows, the feed's activities and notifications (issue 14): the counters against the rows, and
-- the references the load did not check
SELECT (SELECT count(*) FROM follows)                                             AS follows,
       (SELECT count(*) FROM follows WHERE follower_uid = 'u000001' AND status = 'following') AS feed_user_follows,
       (SELECT max(followers) FROM follow_counts)                                 AS most_followers,
       (SELECT max(following) FROM follow_counts)                                 AS most_following,
       (SELECT count(*) FROM activities)                                          AS activities,
       (SELECT count(*) FROM notifications)                                       AS notifications;
WITH truth AS (
  SELECT uid, sum(followers)::integer AS followers, sum(following)::integer AS following
  FROM (SELECT followee_uid AS uid, 1 AS followers, 0 AS following FROM follows WHERE status = 'following'
        UNION ALL SELECT follower_uid, 0, 1 FROM follows WHERE status = 'following') f
  GROUP BY uid
)
SELECT count(*) AS bad_follow_counts
FROM truth t
FULL JOIN (SELECT * FROM follow_counts WHERE followers > 0 OR following > 0) c USING (uid)
WHERE t.followers IS DISTINCT FROM c.followers OR t.following IS DISTINCT FROM c.following;
SELECT count(*) AS bad_notification_counts
FROM (SELECT recipient_uid AS uid, count(*)::integer AS unread FROM notifications WHERE NOT read GROUP BY 1) t
FULL JOIN (SELECT * FROM notification_counts WHERE unread > 0) c USING (uid)
WHERE t.unread IS DISTINCT FROM c.unread;
SELECT count(*) AS bad_activity_refs
FROM activities a
WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.uid = a.actor_uid)
   OR (a.other_uid IS NOT NULL AND NOT EXISTS (SELECT 1 FROM users u WHERE u.uid = a.other_uid))
   OR (a.entry_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM diary_entries e WHERE e.id = a.entry_id))
   OR (a.review_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.id = a.review_id))
   OR (a.list_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM user_lists l WHERE l.id = a.list_id));
SELECT count(*) AS bad_follow_activities
FROM follows f
FULL JOIN (SELECT * FROM activities WHERE type = 'followed') a
  ON a.actor_uid = f.follower_uid AND a.other_uid = f.followee_uid
WHERE (f.status = 'following' AND a.id IS NULL) OR f.follower_uid IS NULL;
-- the inbox (V20): no row without the approved follow it came from, and every activity a followee
-- recorded since the follow began is in the follower's inbox (before that, the load copied full
-- histories and a follow made by the service brings the latest 100: both are right); the most-followed
-- actors' pulled activities (V25) are read, never copied: none of them may be in an inbox
SELECT (SELECT count(*)
        FROM feed_inbox fi
        WHERE NOT EXISTS (SELECT 1 FROM follows f
                          WHERE f.follower_uid = fi.viewer_uid AND f.followee_uid = fi.actor_uid
                            AND f.status = 'following')) AS orphan_feed_inbox_rows,
       (SELECT count(*)
        FROM follows f
        JOIN activities a ON a.actor_uid = f.followee_uid AND a.at >= f.created_at
        WHERE f.status = 'following'
          AND NOT EXISTS (SELECT 1 FROM feed_inbox fi
                          WHERE fi.viewer_uid = f.follower_uid AND fi.at = a.at AND fi.activity_id = a.id)
          AND NOT a.pulled)
           AS missing_feed_inbox_rows,
       (SELECT count(*)
        FROM activities a
        JOIN feed_inbox fi ON fi.activity_id = a.id
        WHERE a.pulled) AS pulled_activities_in_inboxes,
       (SELECT count(*) FROM activities WHERE pulled) AS pulled_activities,
       (SELECT count(*) FROM feed_inbox) AS feed_inbox_rows;
