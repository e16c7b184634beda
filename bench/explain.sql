-- EXPLAIN (ANALYZE, BUFFERS) of the service's hot queries (the SQL of the repositories, with values).
--   source bench/pg.sh; pg_start small; pg_psql small -f bench/explain.sql
\pset pager off
\echo '--- list, first page (CatalogRepository LIST)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT kind, id, title, original_title, original_language, overview, release_date, poster_path,
  backdrop_path, runtime, number_of_seasons, number_of_episodes, vote_average, vote_count, popularity
FROM titles WHERE kind = 'movie' ORDER BY popularity DESC, id LIMIT 20 OFFSET 0;
\echo '--- search q=ab, first page'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT kind, id, title, popularity
FROM titles WHERE kind = 'movie' AND search_text LIKE '%' || search_normalize('ab') || '%'
ORDER BY popularity DESC, id LIMIT 20 OFFSET 0;
\echo '--- total of the list (X-Total-Count; reused for 30 s since the fix)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT count(*) FROM titles WHERE kind = 'movie';
\echo '--- total of q=ab'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT count(*) FROM titles WHERE kind = 'movie' AND search_text LIKE '%' || search_normalize('ab') || '%';
\echo '--- total of q=knight (a trigram query: the GIN index serves it)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT count(*) FROM titles WHERE kind = 'movie' AND search_text LIKE '%' || search_normalize('knight') || '%';
\echo '--- detail: title, genres, rating summary'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM titles WHERE kind = 'movie' AND id = 1;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT g.name FROM title_genres tg JOIN genres g ON g.id = tg.genre_id WHERE tg.kind = 'movie' AND tg.title_id = 1 ORDER BY g.name;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT rating_count, rating_sum, histogram FROM rating_stats WHERE kind = 'movie' AND title_id = 1;
\echo '--- reviews of movie 1, first page and total'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT id, uid, kind, title_id, body, spoiler, created_at, updated_at FROM reviews
WHERE kind = 'movie' AND title_id = 1 ORDER BY created_at DESC, id DESC LIMIT 20 OFFSET 0;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT count(*) FROM reviews WHERE kind = 'movie' AND title_id = 1;
\echo '--- favorites of a heavy user'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT uid, kind, title_id, created_at FROM favorites
WHERE uid = (SELECT uid FROM favorites GROUP BY uid ORDER BY count(*) DESC LIMIT 1) AND kind = 'movie'
ORDER BY created_at DESC, title_id LIMIT 20 OFFSET 0;
