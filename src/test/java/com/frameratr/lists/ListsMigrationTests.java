package com.frameratr.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frameratr.support.Migrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V10 on a database the previous version filled, and the previous version's statements (copied
 * from its ListRepository) on the migrated schema: during a rolling deploy both versions run.
 */
class ListsMigrationTests {

    static EmbeddedPostgres postgres;
    static JdbcClient jdbc;

    @BeforeAll
    static void migrateAPreviousVersionsData() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        jdbc = JdbcClient.create(postgres.getPostgresDatabase());
        Migrations.upTo(postgres.getPostgresDatabase(), "7").migrate();
        jdbc.sql("""
                INSERT INTO users (uid) VALUES ('ada'), ('grace');
                INSERT INTO titles (kind, id, title) VALUES ('movie', 1, 'One'), ('movie', 2, 'Two'), ('movie', 3, 'Three'),
                                                        ('tv', 1, 'Show'), ('movie', 4, 'Four');
                INSERT INTO user_lists (uid, name) VALUES ('ada', 'First'), ('ada', 'Empty'), ('grace', 'Second');
                INSERT INTO user_list_items (list_id, kind, title_id, added_at)
                VALUES (1, 'movie', 3, now() - interval '3 days'),
                       (1, 'tv', 1, now() - interval '2 days'),
                       (1, 'movie', 1, now() - interval '1 day'),
                       (3, 'movie', 2, now());
                """).update();
        Migrations.all(postgres.getPostgresDatabase()).migrate();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void existingEntriesGetPositionsInTheOrderTheyWereAddedAndTheListsTheirCounts() {
        assertThat(rows("SELECT title_id, position FROM user_list_items WHERE list_id = 1 ORDER BY position"))
                .containsExactly(
                        Map.of("title_id", 3, "position", 1),
                        Map.of("title_id", 1, "position", 2),
                        Map.of("title_id", 1, "position", 3));
        assertThat(rows("""
                        SELECT id, entry_count, movie_count, visibility, ranked
                        FROM user_lists
                        WHERE description IS NULL
                          AND id <= 3
                        ORDER BY id"""))
                .extracting(Map::values)
                .map(List::copyOf)
                .containsExactly(
                        List.of(1L, 3, 2, "private", false),
                        List.of(2L, 0, 0, "private", false),
                        List.of(3L, 1, 1, "private", false));
        assertThat(jdbc.sql("SELECT count(*) FROM user_list_items WHERE id IS NULL")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void thePreviousVersionsWritesKeepPositionsAndCountsRight() {
        long list = jdbc.sql("""
                        INSERT INTO user_lists (uid, name)
                        VALUES ('ada', 'Later')
                        ON CONFLICT ON CONSTRAINT user_lists_uid_name_key DO UPDATE
                        SET name = EXCLUDED.name
                        RETURNING id
                        """).query(Long.class).single();
        String add = """
                INSERT INTO user_list_items (list_id, kind, title_id)
                VALUES (:list, :kind, :titleId)
                ON CONFLICT DO NOTHING
                """;
        String remove = "DELETE FROM user_list_items WHERE list_id = :list AND kind = :kind AND title_id = :titleId";
        String mine = """
                SELECT l.id, l.name,
                       (SELECT count(*) FROM user_list_items i WHERE i.list_id = l.id AND i.kind = 'movie') AS movie_count
                FROM user_lists l
                WHERE l.uid = 'ada'
                  AND l.id = :list
                """;

        for (int id : new int[] {1, 2, 3, 4, 2}) {
            jdbc.sql(add)
                    .param("list", list)
                    .param("kind", "movie")
                    .param("titleId", id)
                    .update();
        }
        jdbc.sql(add)
                .param("list", list)
                .param("kind", "tv")
                .param("titleId", 1)
                .update();
        jdbc.sql(remove)
                .param("list", list)
                .param("kind", "movie")
                .param("titleId", 2)
                .update();

        assertThat(rows("SELECT kind, title_id, position FROM user_list_items WHERE list_id = " + list
                        + " ORDER BY position"))
                .containsExactly(
                        Map.of("kind", "movie", "title_id", 1, "position", 1),
                        Map.of("kind", "movie", "title_id", 3, "position", 2),
                        Map.of("kind", "movie", "title_id", 4, "position", 3),
                        Map.of("kind", "tv", "title_id", 1, "position", 4));
        assertThat(rows("SELECT entry_count, movie_count, visibility FROM user_lists WHERE id = " + list))
                .containsExactly(Map.of("entry_count", 4, "movie_count", 3, "visibility", "private"));
        assertThat(jdbc.sql(mine).param("list", list).query().listOfRows())
                .containsExactly(Map.of("id", list, "name", "Later", "movie_count", 3L));
    }

    @Test
    void theSchemaRefusesBrokenListsAndEntries() {
        List<String> refused = List.of(
                "UPDATE user_lists SET visibility = 'friends' WHERE id = 3",
                "UPDATE user_lists SET description = '' WHERE id = 3",
                "UPDATE user_lists SET description = repeat('x', 2001) WHERE id = 3",
                "UPDATE user_lists SET entry_count = -1, movie_count = 0 WHERE id = 2",
                "UPDATE user_lists SET movie_count = entry_count + 1 WHERE id = 3",
                "UPDATE user_list_items SET note = repeat('x', 1001) WHERE list_id = 3",
                "UPDATE user_list_items SET note = '' WHERE list_id = 3",
                "UPDATE user_list_items SET position = 0 WHERE list_id = 3",
                "UPDATE user_list_items SET position = 2 WHERE list_id = 1 AND position = 1",
                "UPDATE user_list_items SET list_id = 2 WHERE list_id = 3",
                "UPDATE user_list_items SET title_id = 4 WHERE list_id = 3",
                "INSERT INTO title_list_counts (kind, title_id, list_count) VALUES ('movie', 4, -1)");

        for (String statement : refused) {
            assertThatThrownBy(() -> jdbc.sql(statement).update())
                    .as(statement)
                    .isInstanceOf(DataIntegrityViolationException.class);
        }
    }

    private static List<Map<String, Object>> rows(String sql) {
        return jdbc.sql(sql).query().listOfRows();
    }
}
