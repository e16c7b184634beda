package com.frameratr.lists;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.Api.Response;
import com.frameratr.support.DevTokens;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import com.frameratr.support.Json;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The public lists page: everyone's public lists, recent or popular, searchable by name, paged. */
@IntegrationTest
class PublicListsApiTests {

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
        for (int i = 1; i <= 5; i++) {
            fixtures.movie(i, "Movie " + i, i);
        }
        lists = new ListFixtures(api, jdbc);
        ada = DevTokens.bearer(api, "public-ada", "ada@example.com", "Ada");
        grace = DevTokens.bearer(api, "public-grace", "grace@example.com", "Grace");
    }

    @Test
    void onlyPublicListsAreOnThePageNewestChangeFirst() {
        long older = lists.create(ada, "Noir", "public");
        long unlisted = lists.create(ada, "By link", "unlisted");
        long hidden = lists.create(grace, "Hidden", "private");
        long newer = lists.create(grace, "Ghibli", "public");
        lists.addMovie(ada, unlisted, 1);
        lists.addMovie(grace, hidden, 1);

        Response page = api.get("/api/lists");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("X-Total-Count")).isEqualTo("2");
        assertThat(ids(page.json())).containsExactly(newer, older);
        assertThat(page.json().get(0).get("owner").toString())
                .isEqualTo("{\"handle\":\"grace\",\"display_name\":\"Grace\"}");
        assertThat(api.get("/api/lists/" + unlisted).status())
                .as("unlisted: readable by its link")
                .isEqualTo(200);

        lists.addMovie(ada, older, 1);
        assertThat(ids(api.get("/api/lists?sort=recent", grace).json()))
                .as("a new entry is a change")
                .containsExactly(older, newer);
        api.patch("/api/lists/" + newer, Json.object("visibility", "unlisted"), grace);
        assertThat(ids(api.get("/api/lists").json())).containsExactly(older);
    }

    @Test
    void popularIsMostLikedFirst() {
        long one = lists.create(ada, "One", "public");
        long three = lists.create(ada, "Three", "public");
        long none = lists.create(grace, "None", "public");
        long two = lists.create(grace, "Two", "public");
        lists.addMovie(grace, none, 1);
        lists.addMovie(grace, none, 2);
        String[][] likers = {ada, grace, DevTokens.bearer(api, "public-carol")};
        for (int i = 0; i < 3; i++) {
            api.put("/api/lists/" + three + "/like", "", likers[i]);
        }
        api.put("/api/lists/" + two + "/like", "", likers[0]);
        api.put("/api/lists/" + two + "/like", "", likers[1]);
        api.put("/api/lists/" + one + "/like", "", likers[2]);

        Response page = api.get("/api/lists?sort=popular");

        assertThat(ids(page.json())).containsExactly(three, two, one, none);
        List<Integer> counts = new ArrayList<>();
        page.json().forEach(list -> counts.add(list.get("like_count").asInt()));
        assertThat(counts).containsExactly(3, 2, 1, 0);
    }

    @Test
    void qSearchesNamesIgnoringCaseAndAccentsAndTakesWildcardsLiterally() {
        long amelie = lists.create(ada, "Le fabuleux destin d'Amélie", "public");
        long percent = lists.create(ada, "100% Nolan", "public");
        lists.create(ada, "Ghibli", "public");
        lists.create(grace, "amelie, privately", "private");

        assertThat(ids(api.get("/api/lists?q=AMELIE").json())).containsExactly(amelie);
        assertThat(ids(api.get("/api/lists?q=%25%20nolan").json())).containsExactly(percent);
        assertThat(ids(api.get("/api/lists?q=1_0").json())).isEmpty();
        assertThat(api.get("/api/lists?q=ame&sort=popular").header("X-Total-Count"))
                .isEqualTo("1");
        assertThat(ids(api.get("/api/lists?q=%20%20").json()))
                .as("blank is no search")
                .hasSize(3);
    }

    @Test
    void theQueryAndTheSortAreChecked() {
        assertInvalid(api.get("/api/lists?q=a"), "q", "must be at least 2 characters");
        assertInvalid(api.get("/api/lists?q=" + "x".repeat(201)), "q", "size must be between 0 and 200");
        assertInvalid(api.get("/api/lists?sort=liked"), "sort", "must be recent or popular");
        assertInvalid(api.get("/api/lists?sort=RECENT"), "sort", "must be recent or popular");
        assertInvalid(api.get("/api/lists?limit=101"), "limit", "must be less than or equal to 100");
    }

    @Test
    void pagesByNumberAndByCursorInEitherOrder() {
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long id = lists.create(i % 2 == 0 ? ada : grace, "List " + i, "public");
            for (int m = 1; m <= i; m++) {
                lists.addMovie(i % 2 == 0 ? ada : grace, id, m);
            }
            created.add(id);
        }
        List<Long> newestFirst = created.reversed();

        Response second = api.get("/api/lists?sort=popular&page=2&limit=2");
        assertThat(second.header("X-Total-Count")).isEqualTo("5");
        assertThat(second.header("Link"))
                .isEqualTo("</api/lists?sort=popular&page=1&limit=2>; rel=\"first\","
                        + " </api/lists?sort=popular&page=1&limit=2>; rel=\"prev\","
                        + " </api/lists?sort=popular&page=3&limit=2>; rel=\"next\","
                        + " </api/lists?sort=popular&page=3&limit=2>; rel=\"last\"");
        assertThat(ids(second.json())).containsExactlyElementsOf(newestFirst.subList(2, 4));

        assertThat(walk("recent")).containsExactlyElementsOf(newestFirst);
        assertThat(walk("popular")).containsExactlyElementsOf(newestFirst);
        String recentCursor = next(api.get("/api/lists?cursor=&limit=2&sort=recent"));
        assertInvalid(
                api.get("/api/lists?sort=popular&limit=2&cursor=" + recentCursor),
                "cursor",
                "is not a cursor of this list; follow the Link header");
    }

    @Test
    void eachOrderIsReadFromItsIndexWithoutSortingThePublicLists() {
        new Fixtures(jdbc).user("many", "Many");
        jdbc.sql("""
                INSERT INTO user_lists (uid, name, visibility, updated_at, entry_count, like_count)
                SELECT 'many', 'List ' || g, CASE WHEN g % 10 = 0 THEN 'private' ELSE 'public' END,
                       now() - g * interval '1 minute', g % 50, g % 40
                FROM generate_series(1, 5000) AS g
                """).update();
        jdbc.sql("ANALYZE user_lists").update();

        for (String query : List.of(PublicListRepository.RECENT, PublicListRepository.POPULAR)) {
            String plan = String.join(
                    "\n",
                    jdbc.sql("EXPLAIN " + query.formatted(""))
                            .param("viewer", null, java.sql.Types.VARCHAR)
                            .param("limit", 20)
                            .param("offset", 40)
                            .query(String.class)
                            .list());

            assertThat(plan)
                    .as(plan)
                    .contains("Index Scan using user_lists_public_")
                    .doesNotContain("Sort");
        }
    }

    private List<Long> walk(String sort) {
        List<Long> seen = new ArrayList<>();
        String path = "/api/lists?sort=" + sort + "&cursor=&limit=2";
        for (int pages = 0; path != null && pages < 10; pages++) {
            Response response = api.get(path);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            seen.addAll(ids(response.json()));
            String next = next(response);
            path = next == null ? null : "/api/lists?sort=" + sort + "&limit=2&cursor=" + next;
        }
        return seen;
    }

    private static String next(Response response) {
        var matcher = java.util.regex.Pattern.compile("cursor=([^&>]+)[^>]*>; rel=\"next\"")
                .matcher(response.header("Link"));
        return matcher.find() ? matcher.group(1) : null;
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.forEach(list -> ids.add(list.get("id").asLong()));
        return ids;
    }

    private static void assertInvalid(Response response, String field, String message) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json().get("errors").toString())
                .as(response.body())
                .isEqualTo("[{\"field\":\"" + field + "\",\"message\":\"" + message + "\"}]");
    }
}
