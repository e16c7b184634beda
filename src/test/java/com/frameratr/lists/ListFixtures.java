package com.frameratr.lists;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.Json;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Lists made through the API, and what the database holds of them, for this package's tests. */
final class ListFixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Api api;
    private final JdbcClient jdbc;

    ListFixtures(Api api, JdbcClient jdbc) {
        this.api = api;
        this.jdbc = jdbc;
    }

    long create(String[] user, String name, String visibility) {
        var response = api.post("/api/lists", Json.object("name", name, "visibility", visibility), user);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("id").asLong();
    }

    long addMovie(String[] user, long list, int movieId) {
        return add(user, list, Json.object("movie_id", movieId));
    }

    long addTv(String[] user, long list, int tvId) {
        return add(user, list, Json.object("tv_id", tvId));
    }

    long add(String[] user, long list, String body) {
        var response = api.post("/api/lists/" + list + "/entries", body, user);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("entry_id").asLong();
    }

    /** The entry ids as the database orders them by position, checking that positions are exactly 1..n. */
    List<Long> idsByPosition(long list) {
        List<Map<String, Object>> rows = jdbc.sql(
                        "SELECT id, position FROM user_list_items WHERE list_id = :list ORDER BY position")
                .param("list", list)
                .query()
                .listOfRows();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            assertThat(((Number) rows.get(i).get("position")).intValue())
                    .as("position of row %d of list %d", i, list)
                    .isEqualTo(i + 1);
            ids.add(((Number) rows.get(i).get("id")).longValue());
        }
        return ids;
    }

    /** The entry ids in the order GET .../entries answers them (one page of up to 100). */
    List<Long> idsAsServed(String[] user, long list) {
        var response = api.get("/api/lists/" + list + "/entries?limit=100", user == null ? new String[0] : user);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        response.json().forEach(entry -> ids.add(entry.get("entry_id").asLong()));
        return ids;
    }

    /** {@code user_lists} counters, as the triggers keep them. */
    Map<String, Object> counters(long list) {
        return jdbc.sql("SELECT entry_count, movie_count FROM user_lists WHERE id = :list")
                .param("list", list)
                .query()
                .singleRow();
    }

    OffsetDateTime updatedAt(long list) {
        return jdbc.sql("SELECT updated_at FROM user_lists WHERE id = :list")
                .param("list", list)
                .query(OffsetDateTime.class)
                .single();
    }

    int count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
    }

    /** The JSON without its timestamps and request id, which are checked on their own. */
    static JsonNode without(JsonNode node, String... names) {
        JsonNode copy = node.deepCopy();
        List<JsonNode> objects = copy.isArray() ? copy.valueStream().toList() : List.of(copy);
        for (JsonNode object : objects) {
            ((ObjectNode) object).remove(List.of(names));
        }
        return copy;
    }

    static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
