-- POST /api/reviews/{id}/comments: the statements of the comment's transaction (the review, the
-- commenter's visibility, the commenter's row, the comment and its thread and counter triggers, the
-- author's notification and its counter), then the author card of the response
\set user random(1, 4000)
\set review random(1, :reviews)
BEGIN;
SELECT uid AS author FROM reviews WHERE id = :review \gset
SELECT ('u' || lpad(:user::text, 6, '0') IS NOT DISTINCT FROM :author
   OR ((NOT EXISTS (SELECT 1 FROM blocks vis_b WHERE vis_b.blocker_uid = :author AND vis_b.blocked_uid = 'u' || lpad(:user::text, 6, '0'))
   AND NOT EXISTS (SELECT 1 FROM blocks vis_b WHERE vis_b.blocker_uid = 'u' || lpad(:user::text, 6, '0') AND vis_b.blocked_uid = :author))
       AND ((SELECT vis_u.privacy FROM users vis_u WHERE vis_u.uid = :author) = 'public'
            OR EXISTS (SELECT 1 FROM follows vis_f WHERE vis_f.follower_uid = 'u' || lpad(:user::text, 6, '0')
                       AND vis_f.followee_uid = :author AND vis_f.status = 'following'))));
INSERT INTO users (uid, email, display_name, photo_url) VALUES ('u' || lpad(:user::text, 6, '0'), 'bench@example.com', 'Bench', NULL) ON CONFLICT (uid) DO NOTHING;
INSERT INTO comments (review_id, list_id, uid, parent_id, thread_id, body) VALUES (:review, NULL, 'u' || lpad(:user::text, 6, '0'), NULL, 0, 'Benchmark comment: agreed.') RETURNING id AS comment_id \gset
INSERT INTO notifications (recipient_uid, actor_uid, type, review_id, list_id, comment_id, parent_comment_id)
SELECT :author, 'u' || lpad(:user::text, 6, '0'), 'review_commented', :review, NULL, :comment_id, NULL
WHERE CAST(:author AS text) <> 'u' || lpad(:user::text, 6, '0')
  AND (NOT EXISTS (SELECT 1 FROM blocks vis_b WHERE vis_b.blocker_uid = 'u' || lpad(:user::text, 6, '0') AND vis_b.blocked_uid = :author)
   AND NOT EXISTS (SELECT 1 FROM blocks vis_b WHERE vis_b.blocker_uid = :author AND vis_b.blocked_uid = 'u' || lpad(:user::text, 6, '0')))
ON CONFLICT DO NOTHING;
COMMIT;
SELECT uid, handle, display_name, photo_url, privacy = 'private' FROM users WHERE uid IN ('u' || lpad(:user::text, 6, '0'));
