package com.frameratr.feed;

import com.frameratr.social.Visibility;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The feed's read: fan-out on read over the followees (docs/performance.md). For each followee the
 * lateral subquery walks their newest activities by index, after the cursor, keeping only what the
 * viewer may see now, at most a page of them; the outer query merges those short runs. The filters
 * sit inside the lateral, before its LIMIT, so a hidden row can never push a visible one off a page
 * (which would be a gap the next page's cursor skips).
 */
@Repository
class FeedRepository {

    private static final String PAGE = """
            SELECT a.id, a.type, a.actor_uid, a.at, a.kind, a.title_id, a.rating_val, a.other_uid,
                   a.review_id, left(r.body, :excerpt) AS review_excerpt, r.spoiler AS review_spoiler,
                   rr.rating_val AS review_rating, a.list_id, l.name AS list_name
            FROM unnest(CAST(:followees AS text[])) AS f (uid)
            CROSS JOIN LATERAL (
                SELECT *
                FROM activities a
                WHERE a.actor_uid = f.uid
                  AND (a.at, a.id) < (:at, :id)
                  AND CASE a.type
                          WHEN 'liked_review' THEN %s
                          WHEN 'followed' THEN NOT EXISTS (
                              SELECT 1
                              FROM blocks b
                              WHERE (b.blocker_uid = a.other_uid AND b.blocked_uid = :viewer)
                                 OR (b.blocker_uid = :viewer AND b.blocked_uid = a.other_uid))
                          WHEN 'created_list' THEN EXISTS (
                              SELECT 1 FROM user_lists pl WHERE pl.id = a.list_id AND pl.visibility = 'public')
                          WHEN 'updated_list' THEN EXISTS (
                              SELECT 1 FROM user_lists pl WHERE pl.id = a.list_id AND pl.visibility = 'public')
                          ELSE true
                      END
                ORDER BY a.at DESC, a.id DESC
                LIMIT :limit
            ) a
            LEFT JOIN reviews r ON r.id = a.review_id
            LEFT JOIN ratings rr ON rr.uid = r.uid AND rr.kind = r.kind AND rr.title_id = r.title_id
            LEFT JOIN user_lists l ON l.id = a.list_id
            ORDER BY a.at DESC, a.id DESC
            LIMIT :limit
            """.formatted(Visibility.sqlCanSee(":viewer", "a.other_uid"));

    /** Characters of a review's body an item carries. */
    static final int EXCERPT = 280;

    private final JdbcClient jdbc;

    FeedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The viewer's page of the followees' activity, newest first, before {@code (at, id)}. */
    List<FeedRow> page(String viewer, List<String> followees, OffsetDateTime at, long id, int limit) {
        return jdbc.sql(PAGE)
                .param("followees", followees.toArray(String[]::new))
                .param("viewer", viewer)
                .param("at", at)
                .param("id", id)
                .param("limit", limit)
                .param("excerpt", EXCERPT)
                .query(FeedRow.class)
                .list();
    }
}
