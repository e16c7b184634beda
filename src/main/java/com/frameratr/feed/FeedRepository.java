package com.frameratr.feed;

import com.frameratr.social.Visibility;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The feed's read: fan-out on read over the followees (docs/performance.md), in two steps. First each
 * followee's newest activity the viewer may see (one index descent each, {@code newest}); the
 * page-th newest of those is a lower bound of the page ({@code bound}: that many followees have a
 * visible row at least that new, so no row of the page is older). Then only the followees whose
 * newest reaches the bound (about a page of them) are walked, each for at most a page of rows, and
 * the runs are merged. The privacy filters sit inside both walks, before their LIMITs, so a hidden
 * row can never push a visible one off a page (a gap the next cursor would skip). Every walk is an
 * index-only scan of activities_actor_uid_at_idx (V17); only the page's rows are read from the table.
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

    private static final String PAGE = """
            WITH newest AS (
                SELECT f.uid, n.at
                FROM unnest(CAST(:followees AS text[])) AS f (uid)
                CROSS JOIN LATERAL (
                    SELECT i.at
                    FROM activities i
                    WHERE i.actor_uid = f.uid
                      AND (i.at, i.id) < (:at, :id)
                      AND %1$s
                    ORDER BY i.at DESC, i.id DESC
                    LIMIT 1
                ) n
            ), bound AS (
                SELECT CASE WHEN count(*) < :limit THEN CAST('-infinity' AS timestamptz) ELSE min(at) END AS at
                FROM (SELECT at FROM newest ORDER BY at DESC LIMIT :limit) top
            ), page AS (
                SELECT run.id, run.at
                FROM newest n
                CROSS JOIN bound
                CROSS JOIN LATERAL (
                    SELECT i.id, i.at
                    FROM activities i
                    WHERE i.actor_uid = n.uid
                      AND (i.at, i.id) < (:at, :id)
                      AND i.at >= bound.at
                      AND %1$s
                    ORDER BY i.at DESC, i.id DESC
                    LIMIT :limit
                ) run
                WHERE n.at >= bound.at
                ORDER BY run.at DESC, run.id DESC
                LIMIT :limit
            )
            SELECT a.id, a.type, a.actor_uid, a.at, a.kind, a.title_id, a.rating_val, a.other_uid,
                   a.review_id, left(r.body, :excerpt) AS review_excerpt, r.spoiler AS review_spoiler,
                   rr.rating_val AS review_rating, a.list_id, l.name AS list_name
            FROM page
            JOIN activities a ON a.id = page.id
            LEFT JOIN reviews r ON r.id = a.review_id
            LEFT JOIN ratings rr ON rr.uid = r.uid AND rr.kind = r.kind AND rr.title_id = r.title_id
            LEFT JOIN user_lists l ON l.id = a.list_id
            ORDER BY a.at DESC, a.id DESC
            """.formatted(VISIBLE);

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
