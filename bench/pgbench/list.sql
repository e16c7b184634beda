-- GET /api/movies?page=N&limit=:limit: the page query (the total is reused for 30 s by the service)
\set page random(1, 5)
SELECT kind, id, title, original_title, original_language, overview, release_date, poster_path, backdrop_path, runtime, number_of_seasons, number_of_episodes, vote_average, vote_count, popularity FROM titles WHERE kind = 'movie' ORDER BY popularity DESC, id LIMIT :limit OFFSET (:page - 1) * :limit;
