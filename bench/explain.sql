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
