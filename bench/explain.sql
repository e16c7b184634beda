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
