-- GET /api/movies/{id}: the two statements of CatalogService.detail for a random movie (the title
-- with its genres, then the rating statistics)
\set id random(1, :movies)
SELECT kind, id, title, original_title, original_language, overview, release_date, poster_path, backdrop_path, runtime, number_of_seasons, number_of_episodes, vote_average, vote_count, popularity, ARRAY(SELECT g.name FROM title_genres tg JOIN genres g ON g.id = tg.genre_id WHERE tg.kind = titles.kind AND tg.title_id = titles.id ORDER BY g.name) AS genres FROM titles WHERE kind = 'movie' AND id = :id;
SELECT rating_count, rating_sum, histogram FROM rating_stats WHERE kind = 'movie' AND title_id = :id;
