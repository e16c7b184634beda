package com.frameratr.lists;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import com.frameratr.support.Api;
import com.frameratr.support.DevTokens;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import com.frameratr.support.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A title's count of public lists ({@link Lists#publicListCount}) stays exact through everything
 * that changes it, and an account's lists and entries go with the account.
 */
@IntegrationTest
class ListCountsTests {

    static final TitleRef DARK_KNIGHT = new TitleRef(TitleKind.MOVIE, 155);
    static final TitleRef BREAKING_BAD = new TitleRef(TitleKind.TV, 1396);
    static final TitleRef MOVIE_1396 = new TitleRef(TitleKind.MOVIE, 1396);

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Lists facade;

    ListFixtures lists;
    String[] ada;
    String[] grace;

    @BeforeEach
    void seed() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.deleteAll();
        fixtures.movie(155, "The Dark Knight", 90);
        fixtures.movie(1396, "A movie with a TV show's id", 1);
        fixtures.tvShow(1396, "Breaking Bad", 300);
        lists = new ListFixtures(api, jdbc);
        ada = DevTokens.bearer(api, "counts-ada");
        grace = DevTokens.bearer(api, "counts-grace");
    }

    @Test
    void onlyPublicListsCountAndEachEntryOnce() {
        long adaPublic = lists.create(ada, "Public", "public");
        long gracePublic = lists.create(grace, "Also public", "public");
        lists.addMovie(ada, adaPublic, 155);
        lists.addTv(ada, adaPublic, 1396);
        lists.addMovie(grace, gracePublic, 155);
        lists.addMovie(ada, lists.create(ada, "Unlisted", "unlisted"), 155);
        lists.addMovie(ada, lists.create(ada, "Private", "private"), 155);

        assertCounts(2, 1, 0);
    }

    @Test
    void removingAnEntryByEitherPathUncountsIt() {
        long list = lists.create(ada, "Public", "public");
        long entry = lists.addMovie(ada, list, 155);
        lists.addTv(ada, list, 1396);

        api.delete("/api/lists/" + list + "/entries/" + entry, ada);
        assertCounts(0, 1, 0);
        api.post("/api/lists/" + list + "/movies/155", "", ada);
        assertCounts(1, 1, 0);
        api.delete("/api/lists/" + list + "/movies/155", ada);
        api.delete("/api/lists/" + list + "/movies/155", ada);
        assertCounts(0, 1, 0);
    }

    @Test
    void visibilityChangesCountTheWholeListInAndOut() {
        long list = lists.create(ada, "Flips", "private");
        lists.addMovie(ada, list, 155);
        lists.addTv(ada, list, 1396);
        lists.addMovie(ada, list, 1396);
        assertCounts(0, 0, 0);

        String[] visibilities = {"public", "public", "unlisted", "private", "public", "private"};
        int[] counted = {1, 1, 0, 0, 1, 0};
        for (int step = 0; step < visibilities.length; step++) {
            api.patch("/api/lists/" + list, Json.object("visibility", visibilities[step]), ada);
            assertCounts(counted[step], counted[step], counted[step]);
        }
    }

    @Test
    void deletingAPublicListUncountsItsTitles() {
        long list = lists.create(ada, "Gone soon", "public");
        lists.addMovie(ada, list, 155);
        lists.addTv(ada, list, 1396);
        lists.addMovie(grace, lists.create(grace, "Stays", "public"), 155);

        api.delete("/api/lists/" + list, ada);

        assertCounts(1, 0, 0);
    }

    @Test
    void deletingAnAccountDeletesItsListsAndEntriesAndUncountsThem() {
        long list = lists.create(ada, "Public", "public");
        lists.addMovie(ada, list, 155);
        lists.addTv(ada, list, 1396);
        lists.addMovie(ada, lists.create(ada, "Private", "private"), 155);
        long graces = lists.create(grace, "Grace's", "public");
        lists.addMovie(grace, graces, 155);

        assertThat(api.delete("/api/me", ada).status()).isEqualTo(200);

        assertCounts(1, 0, 0);
        assertThat(jdbc.sql("SELECT count(*) FROM user_lists WHERE uid = 'counts-ada'")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT list_id FROM user_list_items")
                        .query(Long.class)
                        .list())
                .containsExactly(graces);
        assertThat(api.get("/api/lists/" + list).status()).isEqualTo(404);
    }

    @Test
    void everyCountRowIsTheNumberOfPublicListsHoldingTheTitle() {
        long a = lists.create(ada, "A", "public");
        long b = lists.create(grace, "B", "public");
        long c = lists.create(grace, "C", "unlisted");
        lists.addMovie(ada, a, 155);
        lists.addTv(ada, a, 1396);
        lists.addMovie(grace, b, 155);
        lists.addMovie(grace, c, 1396);
        api.patch("/api/lists/" + c, Json.object("visibility", "public"), grace);
        api.patch("/api/lists/" + b, Json.object("visibility", "private"), grace);
        api.delete("/api/lists/" + a + "/movies/155", ada);

        List<Map<String, Object>> drift = jdbc.sql("""
                        SELECT c.kind, c.title_id, c.list_count, count(l.id) AS actual
                        FROM title_list_counts c
                        LEFT JOIN user_list_items i ON i.kind = c.kind AND i.title_id = c.title_id
                        LEFT JOIN user_lists l ON l.id = i.list_id AND l.visibility = 'public'
                        GROUP BY c.kind, c.title_id, c.list_count
                        HAVING c.list_count <> count(l.id)
                        """).query().listOfRows();

        assertThat(drift).isEmpty();
        assertCounts(0, 1, 1);
    }

    private void assertCounts(int darkKnight, int breakingBad, int movie1396) {
        assertThat(List.of(
                        facade.publicListCount(DARK_KNIGHT),
                        facade.publicListCount(BREAKING_BAD),
                        facade.publicListCount(MOVIE_1396)))
                .isEqualTo(List.of(darkKnight, breakingBad, movie1396));
    }
}
