package com.frameratr.lists;

import static com.frameratr.lists.ListFixtures.json;
import static com.frameratr.lists.ListFixtures.without;
import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.Api.Response;
import com.frameratr.support.DevTokens;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import com.frameratr.support.Json;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** A list as a page: its fields, who may read it, and that only its owner may change it. */
@IntegrationTest
class ListPagesApiTests {

    static final String[] BAD_TOKEN = {"Authorization", "Bearer not.a.token"};

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    ListFixtures lists;
    String[] ada;
    String[] grace;

    @BeforeEach
    void seed() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.deleteAll();
        fixtures.movie(155, "The Dark Knight", 90);
        fixtures.movie(27205, "Inception", 80);
        lists = new ListFixtures(api, jdbc);
        ada = DevTokens.bearer(api, "page-ada", "ada@example.com", "Ada Lovelace");
        grace = DevTokens.bearer(api, "page-grace");
    }

    @Test
    void aListPageShowsItsFieldsItsOwnerAndItsSize() {
        Response created = api.post(
                "/api/lists",
                Json.object(
                        "name", "Nolan",
                        "description", "Best first.",
                        "ranked", true,
                        "visibility", "unlisted"),
                ada);
        long id = created.json().get("id").asLong();
        lists.addMovie(ada, id, 155);
        lists.addMovie(ada, id, 27205);

        Response page = api.get("/api/lists/" + id);

        assertThat(created.body()).isEqualTo("{\"id\":" + id + ",\"name\":\"Nolan\",\"movie_count\":0}");
        assertThat(page.status()).isEqualTo(200);
        assertThat(without(page.json(), "created_at", "updated_at"))
                .isEqualTo(json(Json.object(
                        "id",
                        id,
                        "name",
                        "Nolan",
                        "description",
                        "Best first.",
                        "ranked",
                        true,
                        "visibility",
                        "unlisted",
                        "owner",
                        owner("ada_lovelace", "Ada Lovelace"),
                        "entry_count",
                        2,
                        "like_count",
                        0,
                        "comment_count",
                        0,
                        "liked_by_me",
                        false)));
        assertTimes(page.json(), id);
    }

    @Test
    void aNewListIsPrivateUnrankedAndWithoutDescription() {
        long id = lists.create(ada, "Plain", "private");
        api.post("/api/lists", Json.object("name", "Defaults"), ada);
        long defaults = api.get("/api/lists/mine", ada).json().get(0).get("id").asLong();

        JsonNode page = api.get("/api/lists/" + defaults, ada).json();

        assertThat(defaults).isNotEqualTo(id);
        assertThat(without(page, "created_at", "updated_at", "id"))
                .isEqualTo(json(Json.object(
                        "name",
                        "Defaults",
                        "description",
                        null,
                        "ranked",
                        false,
                        "visibility",
                        "private",
                        "owner",
                        owner("ada_lovelace", "Ada Lovelace"),
                        "entry_count",
                        0,
                        "like_count",
                        0,
                        "comment_count",
                        0,
                        "liked_by_me",
                        false)));
        assertThat(api.get("/api/lists/" + defaults, grace).status()).isEqualTo(404);
    }

    @Test
    void patchSetsTheGivenFieldsKeepsTheOthersAndBumpsUpdatedAt() throws InterruptedException {
        long id = lists.create(ada, "Draft", "private");
        OffsetDateTime created = lists.updatedAt(id);
        Thread.sleep(5);

        Response changed = api.patch(
                "/api/lists/" + id,
                Json.object("name", "\u00a0Final ", "description", "All of them.", "visibility", "public"),
                ada);
        Response cleared = api.patch("/api/lists/" + id, Json.object("description", "", "ranked", true), ada);

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(without(changed.json(), "created_at", "updated_at"))
                .isEqualTo(json(Json.object(
                        "id",
                        id,
                        "name",
                        "Final",
                        "description",
                        "All of them.",
                        "ranked",
                        false,
                        "visibility",
                        "public",
                        "owner",
                        owner("ada_lovelace", "Ada Lovelace"),
                        "entry_count",
                        0,
                        "like_count",
                        0,
                        "comment_count",
                        0,
                        "liked_by_me",
                        false)));
        assertThat(OffsetDateTime.parse(changed.json().get("updated_at").asString()))
                .isAfter(created);
        assertThat(cleared.json().get("description").isNull()).isTrue();
        assertThat(cleared.json().get("ranked").asBoolean()).isTrue();
        assertThat(cleared.json().get("name").asString()).isEqualTo("Final");
    }

    @Test
    void aPatchThatChangesNothingKeepsUpdatedAt() {
        long id = lists.create(ada, "Same", "public");
        OffsetDateTime before = lists.updatedAt(id);

        Response same = api.patch("/api/lists/" + id, Json.object("name", "Same", "visibility", "public"), ada);
        Response empty = api.patch("/api/lists/" + id, "{}", ada);

        assertThat(same.status()).isEqualTo(200);
        assertThat(empty.status()).isEqualTo(200);
        assertThat(lists.updatedAt(id)).isEqualTo(before);
    }

    @Test
    void renamingToTheNameOfAnotherOfOnesListsIs409() {
        lists.create(ada, "Taken", "private");
        long id = lists.create(ada, "Mine", "private");
        lists.create(grace, "Graces", "private");

        Response taken = api.patch("/api/lists/" + id, Json.object("name", "Taken"), ada);
        Response othersName = api.patch("/api/lists/" + id, Json.object("name", "Graces"), ada);

        assertThat(taken.status()).isEqualTo(409);
        assertThat(without(taken.json(), "request_id"))
                .isEqualTo(json(Json.object(
                        "type", "urn:frameratr:problem:list-name-taken",
                        "title", "Conflict",
                        "status", 409,
                        "detail", "You have a list named Taken already",
                        "instance", "/api/lists/" + id,
                        "error", "You have a list named Taken already",
                        "name", "Taken")));
        assertThat(othersName.status()).isEqualTo(200);
    }

    @Test
    void whoMayReadAListFollowsItsVisibility() {
        Map<String, Long> byVisibility = new LinkedHashMap<>();
        for (String visibility : List.of("public", "unlisted", "private")) {
            long id = lists.create(ada, "A " + visibility + " list", visibility);
            lists.addMovie(ada, id, 155);
            byVisibility.put(visibility, id);
        }

        byVisibility.forEach((visibility, id) -> {
            int others = visibility.equals("private") ? 404 : 200;
            for (String path : List.of("/api/lists/" + id, "/api/lists/" + id + "/entries")) {
                assertThat(api.get(path, ada).status()).as("owner " + path).isEqualTo(200);
                assertThat(api.get(path, grace).status()).as("grace " + path).isEqualTo(others);
                assertThat(api.get(path).status()).as("anonymous " + path).isEqualTo(others);
                assertThat(api.get(path, BAD_TOKEN).status())
                        .as("an invalid token is no token " + path)
                        .isEqualTo(others);
            }
        });
    }

    @Test
    void aPrivateListIsTheSame404AsAnUnknownId() {
        long id = lists.create(ada, "Secret", "private");
        lists.addMovie(ada, id, 155);
        Response list = api.get("/api/lists/" + id, grace);
        Response entries = api.get("/api/lists/" + id + "/entries");

        api.delete("/api/lists/" + id, ada);

        assertThat(list.status()).isEqualTo(404);
        assertThat(without(list.json(), "request_id"))
                .isEqualTo(without(api.get("/api/lists/" + id, grace).json(), "request_id"));
        assertThat(without(entries.json(), "request_id"))
                .isEqualTo(without(api.get("/api/lists/" + id + "/entries").json(), "request_id"));
        assertThat(list.json().get("detail").asString()).isEqualTo("List " + id + " does not exist or is not yours");
    }

    @Test
    void theViewerIsTheTokensUserAndNoQueryParameter() {
        long id = lists.create(ada, "Secret", "private");
        String forged = "/api/lists/" + id + "?uid=page-ada&email=ada@example.com&name=Ada";

        assertThat(api.get("/api/lists/" + id, ada).status()).isEqualTo(200);
        assertThat(api.get(forged).status()).isEqualTo(404);
        assertThat(api.get(forged, grace).status()).isEqualTo(404);
        assertThat(api.get("/api/lists/" + id + "/entries?uid=page-ada").status())
                .isEqualTo(404);
    }

    @Test
    void everyWriteOfSomeoneElseIs404AndChangesNothing() {
        long id = lists.create(ada, "Ada's", "public");
        long entry = lists.addMovie(ada, id, 155);
        OffsetDateTime before = lists.updatedAt(id);
        String list = "/api/lists/" + id;

        List<Response> writes = List.of(
                api.patch(list, Json.object("name", "Mine now"), grace),
                api.delete(list, grace),
                api.post(list + "/entries", Json.object("movie_id", 27205), grace),
                api.patch(list + "/entries/" + entry, Json.object("note", "Grace was here"), grace),
                api.delete(list + "/entries/" + entry, grace),
                api.put(list + "/order", Json.object("entry_ids", List.of(entry)), grace),
                api.post(list + "/movies/27205", "", grace),
                api.delete(list + "/movies/155", grace));

        assertThat(writes).allSatisfy(response -> {
            assertThat(response.status()).as(response.body()).isEqualTo(404);
            assertThat(response.json().get("detail").asString())
                    .isEqualTo("List " + id + " does not exist or is not yours");
        });
        assertThat(lists.updatedAt(id)).isEqualTo(before);
        assertThat(lists.idsByPosition(id)).containsExactly(entry);
        assertThat(api.get(list).json().get("name").asString()).isEqualTo("Ada's");
    }

    @Test
    void writesWithoutAValidTokenAre401() {
        long id = lists.create(ada, "Ada's", "public");
        long entry = lists.addMovie(ada, id, 155);
        String list = "/api/lists/" + id;

        for (String[] token : List.of(new String[0], BAD_TOKEN)) {
            List<Response> calls = List.of(
                    api.get("/api/lists/mine", token),
                    api.post("/api/lists", Json.object("name", "New"), token),
                    api.patch(list, Json.object("name", "Mine now"), token),
                    api.delete(list, token),
                    api.post(list + "/entries", Json.object("movie_id", 27205), token),
                    api.patch(list + "/entries/" + entry, Json.object("note", "x"), token),
                    api.delete(list + "/entries/" + entry, token),
                    api.put(list + "/order", Json.object("entry_ids", List.of(entry)), token),
                    api.post(list + "/movies/27205", "", token));

            assertThat(calls).allSatisfy(response -> {
                assertThat(response.status()).as(response.body()).isEqualTo(401);
                assertThat(response.contentType()).isEqualTo("application/problem+json");
                assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
            });
        }
        assertThat(lists.idsByPosition(id)).containsExactly(entry);
    }

    @Test
    void namesAndDescriptionsHaveTheirBounds() {
        long id = lists.create(ada, "Bounds", "private");
        String max = "n".repeat(100);

        assertThat(api.post("/api/lists", Json.object("name", max), ada).status())
                .isEqualTo(200);
        assertThat(api.patch("/api/lists/" + id, Json.object("description", "d".repeat(2000)), ada)
                        .status())
                .isEqualTo(200);
        assertInvalid(
                api.post("/api/lists", Json.object("name", "n".repeat(101)), ada),
                "name",
                "size must be between 1 and 100");
        Response empty = api.patch("/api/lists/" + id, Json.object("name", ""), ada);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("errors").valueStream().map(JsonNode::toString))
                .containsExactlyInAnyOrder(
                        "{\"field\":\"name\",\"message\":\"must not be blank\"}",
                        "{\"field\":\"name\",\"message\":\"size must be between 1 and 100\"}");
        assertInvalid(api.patch("/api/lists/" + id, Json.object("name", "\u3000"), ada), "name", "must not be blank");
        assertInvalid(
                api.patch("/api/lists/" + id, Json.object("description", "d".repeat(2001)), ada),
                "description",
                "size must be between 0 and 2000");
        assertInvalid(
                api.post("/api/lists", Json.object("name", "Long", "description", "d".repeat(2001)), ada),
                "description",
                "size must be between 0 and 2000");
        assertThat(api.get("/api/lists/" + id, ada).json().get("name").asString())
                .isEqualTo("Bounds");
    }

    @Test
    void visibilityIsOneOfThreeWordsAndEveryFieldHasItsType() {
        long id = lists.create(ada, "Types", "private");
        String path = "/api/lists/" + id;

        for (String visibility : List.of("secret", "PUBLIC", "", "public ")) {
            assertInvalid(
                    api.patch(path, Json.object("visibility", visibility), ada),
                    "visibility",
                    "must be public, unlisted or private");
        }
        assertInvalid(
                api.post("/api/lists", Json.object("name", "V", "visibility", "friends"), ada),
                "visibility",
                "must be public, unlisted or private");
        assertInvalid(api.patch(path, Json.object("visibility", 1), ada), "visibility", "has the wrong type or format");
        assertInvalid(api.patch(path, Json.object("ranked", "yes"), ada), "ranked", "has the wrong type or format");
        assertInvalid(api.patch(path, Json.object("ranked", 1), ada), "ranked", "has the wrong type or format");
        assertInvalid(api.patch(path, Json.object("name", 5), ada), "name", "has the wrong type or format");
        assertInvalid(
                api.patch(path, Json.object("description", List.of("a")), ada),
                "description",
                "has the wrong type or format");
        assertThat(api.get(path, ada).json().get("visibility").asString()).isEqualTo("private");
    }

    @Test
    void unknownFieldsAreIgnoredAndIdsAreCheckedAsEverywhere() {
        long id = lists.create(ada, "Ids", "private");

        Response extra =
                api.patch("/api/lists/" + id, Json.object("ranked", true, "owner", "grace", "entry_count", 0), ada);

        assertThat(extra.status()).isEqualTo(200);
        assertThat(extra.json().get("owner").get("handle").asString()).isEqualTo("ada_lovelace");
        assertInvalid(api.get("/api/lists/0"), "id", "must be greater than or equal to 1");
        assertInvalid(api.get("/api/lists/abc/entries"), "id", "must be an integer");
        assertInvalid(
                api.patch("/api/lists/" + id + "/entries/0", Json.object("note", "x"), ada),
                "entry_id",
                "must be greater than or equal to 1");
        assertInvalid(api.delete("/api/lists/" + id + "/entries/x", ada), "entry_id", "must be an integer");
        assertThat(api.patch("/api/lists/" + id, "[]", ada).status()).isEqualTo(400);
    }

    private static Map<String, Object> owner(String handle, String displayName) {
        Map<String, Object> owner = new LinkedHashMap<>();
        owner.put("handle", handle);
        owner.put("display_name", displayName);
        return owner;
    }

    private static void assertInvalid(Response response, String field, String message) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json().get("errors").toString())
                .as(response.body())
                .isEqualTo("[{\"field\":\"" + field + "\",\"message\":\"" + message + "\"}]");
    }

    private void assertTimes(JsonNode page, long id) {
        Map<String, Object> row = jdbc.sql("SELECT created_at, updated_at FROM user_lists WHERE id = :id")
                .param("id", id)
                .query()
                .singleRow();
        assertThat(OffsetDateTime.parse(page.get("created_at").asString()).toInstant())
                .isEqualTo(((java.sql.Timestamp) row.get("created_at")).toInstant());
        assertThat(OffsetDateTime.parse(page.get("updated_at").asString()).toInstant())
                .isEqualTo(((java.sql.Timestamp) row.get("updated_at")).toInstant());
    }
}
