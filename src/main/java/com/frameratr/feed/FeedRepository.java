package com.frameratr.feed;

import com.frameratr.social.Visibility;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The feed's read: one backward range of the viewer's inbox (fan-out on write, V20: each pushed
 * activity of someone the viewer follows is there as a key) merged with the pulled activities of the
 * most-followed actors the viewer follows (V25), each row checked for what privacy and blocks hide
 * now, until a page is full (docs/performance.md).
 */
@Repository
class FeedRepository {

    // what the viewer may see of an activity i of someone they follow, decided now
    private static final String VISIBLE = """
            CASE i.type
                WHEN 'liked_review' THEN %s
                WHEN 'followed' THEN %s
                WHEN 'created_list' THEN EXISTS (
                    SELECT 1 FROM user_lists pl WHERE pl.id = i.list_id AND pl.visibility = 'public')
                WHEN 'updated_list' THEN EXISTS (
                    SELECT 1 FROM user_lists pl WHERE pl.id = i.list_id AND pl.visibility = 'public')
                ELSE true
            END""".formatted(
                    Visibility.sqlCanSee(":viewer", "i.other_uid"), Visibility.sqlNotBlocked(":viewer", "i.other_uid"));

    // A page is the newest of two ordered halves, merged: the viewer's inbox (pushed activities, one
    // backward range) and the pulled activities (V25) of the few most-followed actors the viewer
    // follows, each actor's newest visible ones from one range of its partial index. An activity is
    // in exactly one half. The privacy check runs inside the pulled half too, so that an actor's
    // hidden items cannot crowd out their visible ones.
    private static final String PAGE = """
            SELECT i.id, i.type, i.actor_uid, i.at, i.kind, i.title_id, i.rating_val, i.other_uid,
                   i.review_id, left(r.body, :excerpt) AS review_excerpt, r.spoiler AS review_spoiler,
                   rr.rating_val AS review_rating, i.list_id, l.name AS list_name
            FROM (
                (SELECT fi.at, fi.activity_id
                 FROM feed_inbox fi
                 WHERE fi.viewer_uid = :viewer
                   AND (fi.at, fi.activity_id) < (:at, :id)
                 ORDER BY fi.at DESC, fi.activity_id DESC)
                UNION ALL
                (SELECT pulled.at, pulled.id
                 FROM feed_pulled_actors pa
                 JOIN follows pf ON pf.follower_uid = :viewer
                                AND pf.followee_uid = pa.uid
                                AND pf.status = 'following'
                 CROSS JOIN LATERAL (
                     SELECT i.at, i.id
                     FROM activities i
                     WHERE i.actor_uid = pa.uid
                       AND i.pulled
                       AND (i.at, i.id) < (:at, :id)
                       AND %1$s
                     ORDER BY i.at DESC, i.id DESC
                     LIMIT :limit) pulled
                 ORDER BY 1 DESC, 2 DESC)
            ) k (at, activity_id)
            JOIN activities i ON i.id = k.activity_id
            LEFT JOIN reviews r ON r.id = i.review_id
            LEFT JOIN ratings rr ON rr.uid = r.uid AND rr.kind = r.kind AND rr.title_id = r.title_id
            LEFT JOIN user_lists l ON l.id = i.list_id
            WHERE (i.pulled OR %1$s)
            ORDER BY k.at DESC, k.activity_id DESC
            LIMIT :limit
            """.formatted(VISIBLE);

    /** By position of PAGE's columns: the reflective record mapper cost more than the query (as in CatalogRepository). */
    private static final RowMapper<FeedRow> ROW = (rs, row) -> new FeedRow(
            rs.getLong(1),
            rs.getString(2),
            rs.getString(3),
            rs.getObject(4, OffsetDateTime.class),
            rs.getString(5),
            rs.getObject(6, Integer.class),
            rs.getBigDecimal(7),
            rs.getString(8),
            rs.getObject(9, Long.class),
            rs.getString(10),
            rs.getObject(11, Boolean.class),
            rs.getBigDecimal(12),
            rs.getObject(13, Long.class),
            rs.getString(14));

    private static final String GENERIC_PLANS = "SET LOCAL plan_cache_mode = force_generic_plan";

    /** Characters of a review's body an item carries. */
    static final int EXCERPT = 280;

    private final JdbcClient jdbc;

    FeedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The viewer's page of the followees' activity, newest first, before {@code (at, id)}. */
    List<FeedRow> page(String viewer, OffsetDateTime at, long id, int limit) {
        // PostgreSQL kept planning this statement anew for every execution (its generic plan's
        // estimate looks worse than a custom one), 5-8 ms of planning for 0.4 ms of execution at the
        // bench's tiny scale; the generic plan is the same index walk, so this transaction uses it
        jdbc.sql(GENERIC_PLANS).update();
        return jdbc.sql(PAGE)
                .param("viewer", viewer)
                .param("at", at)
                .param("id", id)
                .param("limit", limit)
                .param("excerpt", EXCERPT)
                .query(ROW)
                .list();
    }
}
