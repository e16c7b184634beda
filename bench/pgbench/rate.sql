-- POST /api/ratings: the one statement of RatingService.rate (the statistics follow by trigger)
\set user random(1, 4000)
\set id random(1, :movies)
\set half random(1, 20)
INSERT INTO ratings AS r (uid, kind, title_id, rating_val) VALUES ('u' || lpad(:user::text, 6, '0'), 'movie', :id, :half / 2.0) ON CONFLICT (uid, kind, title_id) DO UPDATE SET rating_val = EXCLUDED.rating_val, updated_at = CASE WHEN r.rating_val = EXCLUDED.rating_val THEN r.updated_at ELSE now() END RETURNING uid, kind, title_id, rating_val, created_at, updated_at;
