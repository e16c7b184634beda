-- GET /api/movies/1/reviews: the page, its authors' names and ratings, and the total (one row of
-- review_counts, kept by the trigger of V3)
SELECT id, uid, kind, title_id, body, spoiler, created_at, updated_at FROM reviews WHERE kind = 'movie' AND title_id = 1 ORDER BY created_at DESC, id DESC LIMIT 20 OFFSET 0;
SELECT uid, display_name FROM users WHERE uid IN (SELECT uid FROM reviews WHERE kind = 'movie' AND title_id = 1 ORDER BY created_at DESC, id DESC LIMIT 20);
SELECT uid, rating_val FROM ratings WHERE kind = 'movie' AND title_id = 1 AND uid IN (SELECT uid FROM reviews WHERE kind = 'movie' AND title_id = 1 ORDER BY created_at DESC, id DESC LIMIT 20);
SELECT coalesce((SELECT review_count FROM review_counts WHERE kind = 'movie' AND title_id = 1), 0);
