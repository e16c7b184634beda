-- PUT /api/reviews/{id}/like: the two statements of the like's transaction as the service sends
-- them (ReviewLikeRepository.likeIfVisible: the review if the liker may see it, the liker's row, the
-- like and its counter trigger; ReviewLikeFeedRepository.liked: the liked_review activity and its
-- fan-out trigger, the author's notification and its counter), liker u000001..u004000 as the bench's
-- tokens, a random review
\set user random(1, 4000)
\set review random(1, :reviews)
BEGIN;
WITH review AS (
SELECT vr_r.id, vr_r.uid, vr_r.kind, vr_r.title_id
FROM reviews vr_r
WHERE vr_r.id = :review
  AND (('u' || lpad(:user::text, 6, '0')) IS NOT DISTINCT FROM vr_r.uid
 OR ((NOT EXISTS (SELECT 1 FROM blocks vis_b WHERE vis_b.blocker_uid = vr_r.uid AND vis_b.blocked_uid = 'u' || lpad(:user::text, 6, '0'))
 AND NOT EXISTS (SELECT 1 FROM blocks vis_b WHERE vis_b.blocker_uid = 'u' || lpad(:user::text, 6, '0') AND vis_b.blocked_uid = vr_r.uid))
     AND ((SELECT vis_u.privacy FROM users vis_u WHERE vis_u.uid = vr_r.uid) = 'public'
          OR EXISTS (SELECT 1 FROM follows vis_f WHERE vis_f.follower_uid = 'u' || lpad(:user::text, 6, '0')
                       AND vis_f.followee_uid = vr_r.uid AND vis_f.status = 'following'))))
),
liker AS (
    INSERT INTO users (uid, email, display_name, photo_url)
SELECT 'u' || lpad(:user::text, 6, '0'), 'bench@example.com', 'Bench', NULL
WHERE EXISTS (SELECT 1 FROM review)
ON CONFLICT (uid) DO NOTHING
),
liked AS (
    INSERT INTO review_likes (review_id, uid)
    SELECT review.id, 'u' || lpad(:user::text, 6, '0') FROM review
    ON CONFLICT (review_id, uid) DO NOTHING
    RETURNING review_id
)
SELECT review.uid AS author, review.kind, review.title_id, EXISTS (SELECT 1 FROM liked) AS written
FROM review \gset
WITH activity AS (
    INSERT INTO activities (actor_uid, type, kind, title_id, review_id, other_uid)
    VALUES ('u' || lpad(:user::text, 6, '0'), 'liked_review', :kind, :title_id, :review, CAST(:author AS text))
    ON CONFLICT (review_id, actor_uid) WHERE type = 'liked_review' DO NOTHING
)
INSERT INTO notifications (recipient_uid, actor_uid, type, review_id)
SELECT CAST(:author AS text), 'u' || lpad(:user::text, 6, '0'), 'review_liked', :review
WHERE CAST(:author AS text) <> 'u' || lpad(:user::text, 6, '0') AND (NOT EXISTS (SELECT 1 FROM blocks vis_b WHERE vis_b.blocker_uid = CAST(:author AS text) AND vis_b.blocked_uid = 'u' || lpad(:user::text, 6, '0'))
 AND NOT EXISTS (SELECT 1 FROM blocks vis_b WHERE vis_b.blocker_uid = 'u' || lpad(:user::text, 6, '0') AND vis_b.blocked_uid = CAST(:author AS text)))
ON CONFLICT DO NOTHING;
COMMIT;
