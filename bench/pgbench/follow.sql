-- PUT /api/users/{handle}/follow of a public profile: the statements of FollowService.follow and its
-- listeners (the follower's row, the followee by handle, the pair's lock, both blocks, the edge and
-- its counter and inbox-backfill triggers, the limit's count, the followed activity and its fan-out,
-- the followee's notification), one transaction; followees are users without a bench token
\set follower random(1, 4000)
\set followee random(4001, 24000)
BEGIN;
INSERT INTO users (uid, email, display_name, photo_url) VALUES ('u' || lpad(:follower::text, 6, '0'), 'bench@example.com', 'Bench', NULL) ON CONFLICT (uid) DO NOTHING;
SELECT uid, handle, display_name, photo_url, privacy = 'private' FROM users WHERE uid = 'u' || lpad(:followee::text, 6, '0');
SELECT pg_advisory_xact_lock(hashtextextended(least('u' || lpad(:follower::text, 6, '0'), 'u' || lpad(:followee::text, 6, '0')) || '|' || greatest('u' || lpad(:follower::text, 6, '0'), 'u' || lpad(:followee::text, 6, '0')), 14));
SELECT EXISTS (SELECT 1 FROM blocks WHERE blocker_uid = 'u' || lpad(:followee::text, 6, '0') AND blocked_uid = 'u' || lpad(:follower::text, 6, '0'));
SELECT EXISTS (SELECT 1 FROM blocks WHERE blocker_uid = 'u' || lpad(:follower::text, 6, '0') AND blocked_uid = 'u' || lpad(:followee::text, 6, '0'));
INSERT INTO follows (follower_uid, followee_uid, status) VALUES ('u' || lpad(:follower::text, 6, '0'), 'u' || lpad(:followee::text, 6, '0'), 'following') ON CONFLICT (follower_uid, followee_uid) DO NOTHING;
SELECT count(*) FROM follows WHERE follower_uid = 'u' || lpad(:follower::text, 6, '0');
INSERT INTO activities (actor_uid, type, other_uid) VALUES ('u' || lpad(:follower::text, 6, '0'), 'followed', 'u' || lpad(:followee::text, 6, '0')) ON CONFLICT (other_uid, actor_uid) WHERE type = 'followed' DO NOTHING;
DELETE FROM notifications WHERE actor_uid = 'u' || lpad(:follower::text, 6, '0') AND recipient_uid = 'u' || lpad(:followee::text, 6, '0') AND type = 'follow_requested';
INSERT INTO notifications (recipient_uid, actor_uid, type, review_id, list_id, comment_id, parent_comment_id)
SELECT 'u' || lpad(:followee::text, 6, '0'), 'u' || lpad(:follower::text, 6, '0'), 'followed', NULL, NULL, NULL, NULL
WHERE NOT EXISTS (SELECT 1 FROM blocks vis_b WHERE vis_b.blocker_uid = 'u' || lpad(:follower::text, 6, '0') AND vis_b.blocked_uid = 'u' || lpad(:followee::text, 6, '0'))
  AND NOT EXISTS (SELECT 1 FROM blocks vis_b WHERE vis_b.blocker_uid = 'u' || lpad(:followee::text, 6, '0') AND vis_b.blocked_uid = 'u' || lpad(:follower::text, 6, '0'))
ON CONFLICT DO NOTHING;
COMMIT;
