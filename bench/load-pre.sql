-- Preamble of the bulk load that Gen.java streams into psql (run as a superuser).
-- The whole load is one transaction: a failed load leaves the previous data as it was.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
SET maintenance_work_mem = '1GB';
SET max_parallel_maintenance_workers = 1;
SET synchronous_commit = off;
-- 'replica' skips ordinary triggers, which in PostgreSQL include the foreign-key checks and
-- ratings_maintain_stats: the generator produces referentially sound rows (checked after the load
-- by bench/verify.sql) and rating_stats is computed below in one set-based statement.
SET session_replication_role = replica;
\echo load: truncating and dropping secondary indexes
BEGIN;
TRUNCATE favorites, watchlist, title_list_counts, diary_entry_tags, diary_entries, idempotency_keys, title_counts, user_last_activities,
    review_counts, reviews, rating_stats, ratings, user_list_items, user_lists, title_genres, titles, genres, users
    RESTART IDENTITY CASCADE;
-- indexes that back no constraint are dropped during the load and rebuilt after it (a sort per index
-- instead of 25 M random B-tree inserts); their definitions are kept to rebuild exactly what the
-- migrations (V1, V3, ...) created
CREATE TEMP TABLE bench_indexes ON COMMIT DROP AS
SELECT i.indexname, i.indexdef
FROM pg_indexes i
WHERE i.schemaname = 'public'
  AND i.tablename IN ('titles', 'title_genres', 'ratings', 'reviews', 'favorites', 'users', 'watchlist',
                      'diary_entries', 'diary_entry_tags', 'user_lists', 'user_list_items', 'follows',
                      'activities', 'notifications', 'feed_inbox')
  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname);
DO $$
DECLARE r record;
BEGIN
    FOR r IN SELECT indexname FROM bench_indexes LOOP
        EXECUTE format('DROP INDEX public.%I', r.indexname);
    END LOOP;
END $$;
\echo load: copying rows
