-- PUT /api/reviews/{id}/like: the statements of ReviewLikeService.like and its listeners, in one
-- transaction (the review, the liker's visibility, the liker's row, the like and its counter trigger,
-- the liked_review activity and its fan-out trigger, the author's notification and its counter)
\set user random(1, 4000)
\set review random(1, :reviews)
BEGIN;
SELECT uid AS author, kind, title_id FROM reviews WHERE id = :review \gset
SELECT ('u' || lpad(:user::text, 6, '0') IS NOT DISTINCT FROM :author
   OR ((NOT EXISTS (SELECT 1 FROM blocks vis_b WHERE vis_b.blocker_uid = :author AND vis_b.blocked_uid = 'u' || lpad(:user::text, 6, '0'))
   AND NOT EXISTS (SELECT 1 FROM blocks vis_b WHERE vis_b.blocker_uid = 'u' || lpad(:user::text, 6, '0') AND vis_b.blocked_uid = :author))
       AND ((SELECT vis_u.privacy FROM users vis_u WHERE vis_u.uid = :author) = 'public'
            OR EXISTS (SELECT 1 FROM follows vis_f WHERE vis_f.follower_uid = 'u' || lpad(:user::text, 6, '0')
                       AND vis_f.followee_uid = :author AND vis_f.status = 'following'))));
INSERT INTO users (uid, email, display_name, photo_url) VALUES ('u' || lpad(:user::text, 6, '0'), 'bench@example.com', 'Bench', NULL) ON CONFLICT (uid) DO NOTHING;
INSERT INTO review_likes (review_id, uid) VALUES (:review, 'u' || lpad(:user::text, 6, '0')) ON CONFLICT (review_id, uid) DO NOTHING;
INSERT INTO activities (actor_uid, type, kind, title_id, review_id, other_uid) VALUES ('u' || lpad(:user::text, 6, '0'), 'liked_review', :kind, :title_id, :review, :author) ON CONFLICT (review_id, actor_uid) WHERE type = 'liked_review' DO NOTHING;
INSERT INTO notifications (recipient_uid, actor_uid, type, review_id, list_id, comment_id, parent_comment_id)
SELECT :author, 'u' || lpad(:user::text, 6, '0'), 'review_liked', :review, NULL, NULL, NULL
WHERE CAST(:author AS text) <> 'u' || lpad(:user::text, 6, '0')
  AND (NOT EXISTS (SELECT 1 FROM blocks vis_b WHERE vis_b.blocker_uid = 'u' || lpad(:user::text, 6, '0') AND vis_b.blocked_uid = :author)
   AND NOT EXISTS (SELECT 1 FROM blocks vis_b WHERE vis_b.blocker_uid = :author AND vis_b.blocked_uid = 'u' || lpad(:user::text, 6, '0')))
ON CONFLICT DO NOTHING;
COMMIT;
