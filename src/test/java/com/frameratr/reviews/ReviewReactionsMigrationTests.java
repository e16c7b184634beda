package com.frameratr.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Migrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V26 on a database the previous version filled: the counters move into review_reactions with
 * their values, every review has its row from then on, and the triggers keep it exact.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewReactionsMigrationTests {

    static EmbeddedPostgres postgres;
    static JdbcClient jdbc;

    @BeforeAll
    static void migrateAPreviousVersionsData() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        jdbc = JdbcClient.create(postgres.getPostgresDatabase());
        Migrations.upTo(postgres.getPostgresDatabase(), "25").migrate();
        jdbc.sql("""
                INSERT INTO users (uid) VALUES ('ada'), ('grace'), ('alan');
                INSERT INTO titles (kind, id, title) VALUES ('movie', 1, 'One'), ('tv', 2, 'Two');
                INSERT INTO reviews (id, uid, kind, title_id, body) OVERRIDING SYSTEM VALUE
                VALUES (1, 'ada', 'movie', 1, 'Liked twice'), (2, 'grace', 'tv', 2, 'Commented'),
                       (3, 'alan', 'movie', 1, 'Nothing yet');
                INSERT INTO review_likes (review_id, uid) VALUES (1, 'grace'), (1, 'alan'), (2, 'ada');
                INSERT INTO comments (review_id, uid, thread_id, body) VALUES (2, 'ada', 0, 'One'), (2, 'alan', 0, 'Two');
                """).update();
        Migrations.all(postgres.getPostgresDatabase()).migrate();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    @Order(1)
    void everyReviewGetsItsRowWithTheCountsThePreviousVersionKept() {
        assertThat(counters()).containsExactly("1 movie 1 2/0", "2 tv 2 1/2", "3 movie 1 0/0");
    }

    @Test
    @Order(2)
    void likesCommentsAndNewReviewsMoveTheNewCountersOnly() {
        jdbc.sql("""
                INSERT INTO users (uid) VALUES ('edsger');
                INSERT INTO reviews (id, uid, kind, title_id, body) OVERRIDING SYSTEM VALUE
                VALUES (4, 'edsger', 'movie', 1, 'New');
                INSERT INTO review_likes (review_id, uid) VALUES (4, 'ada'), (3, 'ada');
                DELETE FROM review_likes WHERE review_id = 1 AND uid = 'alan';
                INSERT INTO comments (review_id, uid, thread_id, body) VALUES (4, 'grace', 0, 'Hi');
                """).update();

        assertThat(counters()).containsExactly("1 movie 1 1/0", "2 tv 2 1/2", "3 movie 1 1/0", "4 movie 1 1/1");
        // the previous version's columns keep what they had at the migration, for its instances' reads
        assertThat(jdbc.sql("SELECT like_count FROM reviews WHERE id = 1")
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);

        jdbc.sql("DELETE FROM reviews WHERE id = 4").update();
        assertThat(counters()).containsExactly("1 movie 1 1/0", "2 tv 2 1/2", "3 movie 1 1/0");
    }

    @Test
    @Order(3)
    void theCopiedTitleFollowsAReviewMovedToAnotherTitle() {
        jdbc.sql("UPDATE reviews SET kind = 'tv', title_id = 2 WHERE id = 3").update();

        assertThat(counters()).containsExactly("1 movie 1 1/0", "2 tv 2 1/2", "3 tv 2 1/0");
    }

    @Test
    @Order(4)
    void thePreviousVersionsMostLikedPageStillRunsOnTheOldColumns() {
        // ReviewSort.MOST_LIKED before V26, as an instance of the previous version sends it during a deploy
        assertThat(jdbc.sql("""
                                SELECT r.id FROM reviews r
                                WHERE r.kind = 'movie' AND r.title_id = 1
                                ORDER BY r.like_count DESC, r.id DESC LIMIT 20""").query(Long.class).list()).containsExactly(1L);
    }

    private static List<String> counters() {
        return jdbc.sql("""
                        SELECT review_id || ' ' || kind || ' ' || title_id || ' ' || like_count || '/' || comment_count
                        FROM review_reactions
                        ORDER BY review_id""").query(String.class).list();
    }
}
