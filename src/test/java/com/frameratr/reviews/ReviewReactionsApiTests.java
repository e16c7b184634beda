package com.frameratr.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.Api.Response;
import com.frameratr.support.DevTokens;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import com.frameratr.support.Json;
import com.frameratr.support.People;
import com.frameratr.support.People.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Likes of reviews, the listing's orders and counters, and who sees whose reviews. */
@IntegrationTest
class ReviewReactionsApiTests {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    Fixtures fixtures;
    People people;

    @BeforeEach
    void seed() {
        fixtures = new Fixtures(jdbc);
        fixtures.deleteAll();
        fixtures.movie(155, "The Dark Knight", 90);
        people = new People(api);
    }

    @Test
    void aLikeIsIdempotentCountedOnceAndShownToTheLiker() {
        Person ada = people.signIn("rr-ada");
        Person grace = people.signIn("rr-grace");
        long id = review(ada, "Ledger.");

        Response first = api.put("/api/reviews/" + id + "/like", "", grace.token());
        Response again = api.put("/api/reviews/" + id + "/like", "", grace.token());

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).isEqualTo("{\"ok\":true}");
        assertThat(again.body()).isEqualTo("{\"ok\":true}");
        JsonNode seenByGrace =
                api.get("/api/movies/155/reviews", grace.token()).json().get(0);
        assertThat(seenByGrace.get("like_count").asInt()).isEqualTo(1);
        assertThat(seenByGrace.get("liked_by_me").asBoolean()).isTrue();
        assertThat(seenByGrace.get("comment_count").asInt()).isZero();
        JsonNode anonymous = api.get("/api/movies/155/reviews").json().get(0);
        assertThat(anonymous.get("like_count").asInt()).isEqualTo(1);
        assertThat(anonymous.get("liked_by_me").asBoolean()).isFalse();
        assertThat(api.get("/api/movies/155/reviews", ada.token())
                        .json()
                        .get(0)
                        .get("liked_by_me")
                        .asBoolean())
                .isFalse();

        assertThat(api.delete("/api/reviews/" + id + "/like", grace.token()).body())
                .isEqualTo("{\"ok\":true}");
        assertThat(api.delete("/api/reviews/" + id + "/like", grace.token()).body())
                .isEqualTo("{\"ok\":true}");
        assertThat(likeCount(id)).isZero();
    }

    @Test
    void aReviewTheCallerMayNotSeeIsThe404OfAnUnknownOne() {
        Person ada = people.signIn("rr-private");
        Person stranger = people.signIn("rr-stranger");
        Person requested = people.signIn("rr-requested");
        Person blocked = people.signIn("rr-blocked");
        Person blocker = people.signIn("rr-blocker");
        Person follower = people.signIn("rr-follower");
        long id = review(ada, "Hidden.");
        people.makePrivate(ada);
        people.requestFollow(requested, ada);
        people.follow(follower, ada);
        people.block(ada, blocked);
        people.block(blocker, ada);
        Response unknown = api.put("/api/reviews/999999999/like", "", stranger.token());

        for (Person viewer : List.of(stranger, requested, blocked, blocker)) {
            for (int attempt = 0; attempt < 2; attempt++) {
                assertSameNotFound(api.put("/api/reviews/" + id + "/like", "", viewer.token()), unknown);
                assertSameNotFound(api.delete("/api/reviews/" + id + "/like", viewer.token()), unknown);
            }
        }
        assertThat(likeCount(id)).isZero();
        assertThat(api.put("/api/reviews/" + id + "/like", "", follower.token()).status())
                .isEqualTo(200);
        assertThat(likeCount(id)).isEqualTo(1);
    }

    @Test
    void aFirstLikeMakesTheLikersRowFromTheTokenAndARefusedOneMakesNone() {
        Person ada = people.signIn("rr-first-author");
        long id = review(ada, "Seen by all.");
        Person shy = people.signIn("rr-first-private");
        long hidden = review(shy, "Seen by few.");
        people.makePrivate(shy);
        // tokens only: neither caller has made a request that writes their row
        String[] newcomer = DevTokens.bearer(api, "rr-first-newcomer", "newcomer@example.com", "New Comer");
        String[] refused = DevTokens.bearer(api, "rr-first-refused", "refused@example.com", "Re Fused");

        assertThat(api.put("/api/reviews/" + id + "/like", "", newcomer).body()).isEqualTo("{\"ok\":true}");
        assertThat(api.put("/api/reviews/" + hidden + "/like", "", refused).status())
                .isEqualTo(404);

        assertThat(jdbc.sql("SELECT email || ' ' || display_name FROM users WHERE uid = 'rr-first-newcomer'")
                        .query(String.class)
                        .single())
                .isEqualTo("newcomer@example.com New Comer");
        assertThat(jdbc.sql("SELECT count(*) FROM users WHERE uid = 'rr-first-refused'")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(likeCount(id)).isEqualTo(1);
        assertThat(likeCount(hidden)).isZero();
    }

    @Test
    void twentyUsersLikingAtOnceCountTwentyAndUnlikingAtOnceCountZero() throws Exception {
        long id = review(people.signIn("rr-popular"), "Everyone likes this.");
        List<String[]> tokens = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            tokens.add(people.signIn("rr-fan-" + i).token());
        }

        assertThat(atOnce(tokens, token -> api.put("/api/reviews/" + id + "/like", "", token)))
                .containsOnly(200);
        assertThat(likeCount(id)).isEqualTo(20);
        assertThat(api.get("/api/movies/155/reviews")
                        .json()
                        .get(0)
                        .get("like_count")
                        .asInt())
                .isEqualTo(20);

        assertThat(atOnce(tokens, token -> api.delete("/api/reviews/" + id + "/like", token)))
                .containsOnly(200);
        assertThat(likeCount(id)).isZero();
    }

    @Test
    void eachSortHasItsOrderByPageAndByCursor() {
        List<Person> authors = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            authors.add(people.signIn("rr-sort-" + i));
        }
        long[] ids = new long[5];
        for (int i = 0; i < 5; i++) {
            ids[i] = review(authors.get(i), "Review " + i);
        }
        // likes 2, 0, 3, 1, 0; comments 0, 2, 1, 0, 0; ratings 6, none, 9, 3, 6
        int[] likes = {2, 0, 3, 1, 0};
        int[] comments = {0, 2, 1, 0, 0};
        String[] ratings = {"6", null, "9", "3", "6"};
        for (int i = 0; i < 5; i++) {
            for (int l = 0; l < likes[i]; l++) {
                api.put("/api/reviews/" + ids[i] + "/like", "", authors.get(l).token());
            }
            for (int c = 0; c < comments[i]; c++) {
                api.post(
                        "/api/reviews/" + ids[i] + "/comments",
                        Json.object("body", "Hm " + c),
                        authors.get(c).token());
            }
            if (ratings[i] != null) {
                api.post(
                        "/api/ratings",
                        "{\"movie_id\": 155, \"rating_val\": " + ratings[i] + "}",
                        authors.get(i).token());
            }
        }

        assertOrder("newest", ids[4], ids[3], ids[2], ids[1], ids[0]);
        assertOrder("most_liked", ids[2], ids[0], ids[3], ids[4], ids[1]);
        assertOrder("most_replies", ids[1], ids[2], ids[4], ids[3], ids[0]);
        assertOrder("highest", ids[2], ids[4], ids[0], ids[3], ids[1]);
        assertOrder("lowest", ids[3], ids[4], ids[0], ids[2], ids[1]);
        JsonNode highest = api.get("/api/movies/155/reviews?sort=highest").json();
        assertThat(highest.get(0).get("rating").decimalValue()).isEqualByComparingTo("9");
        assertThat(highest.get(4).get("rating").isNull()).isTrue();
        assertThat(highest.get(0).get("comment_count").asInt()).isEqualTo(1);
        assertThat(api.get("/api/movies/155/reviews?sort=popular").status()).isEqualTo(400);
    }

    @Test
    void aCursorOfOneOrderFitsNoOther() {
        Person ada = people.signIn("rr-cursor-a");
        Person grace = people.signIn("rr-cursor-b");
        review(ada, "One");
        review(grace, "Two");
        String next = nextCursor(api.get("/api/movies/155/reviews?sort=most_liked&cursor=&limit=1"));

        Response other = api.get("/api/movies/155/reviews?sort=newest&limit=1&cursor=" + next);

        assertThat(other.status()).isEqualTo(400);
        assertThat(other.json().get("errors").get(0).get("field").asString()).isEqualTo("cursor");
    }

    @Test
    void aTitlesListingShowsOnlyTheReviewsWhoseAuthorTheViewerMaySee() {
        Person owner = people.signIn("rr-m-owner");
        Person open = people.signIn("rr-m-public");
        Person follower = people.signIn("rr-m-follower");
        Person stranger = people.signIn("rr-m-stranger");
        Person requested = people.signIn("rr-m-requested");
        Person blocked = people.signIn("rr-m-blocked");
        Person blocker = people.signIn("rr-m-blocker");
        long hidden = review(owner, "Private profile's review");
        long shown = review(open, "Public profile's review");
        people.makePrivate(owner);
        people.follow(follower, owner);
        people.requestFollow(requested, owner);
        people.block(owner, blocked);
        people.block(blocker, owner);

        assertThat(reviewIds(owner.token())).containsExactly(shown, hidden);
        assertThat(reviewIds(follower.token())).containsExactly(shown, hidden);
        assertThat(reviewIds(stranger.token())).containsExactly(shown);
        assertThat(reviewIds(requested.token())).containsExactly(shown);
        assertThat(reviewIds(blocked.token())).containsExactly(shown);
        assertThat(reviewIds(blocker.token())).containsExactly(shown);
        assertThat(reviewIds()).containsExactly(shown);
        assertThat(api.get("/api/movies/155/reviews").header("X-Total-Count"))
                .as("the title's count of reviews, hidden ones included")
                .isEqualTo("2");

        // a block hides a public profile's reviews too, both ways
        people.block(open, stranger);
        people.block(requested, open);
        assertThat(reviewIds(stranger.token())).isEmpty();
        assertThat(reviewIds(requested.token())).isEmpty();
        assertThat(reviewIds(follower.token())).containsExactly(shown, hidden);
    }

    @Test
    void aUsersReviewsAreForWhoMaySeeTheirContent() {
        Person owner = people.signIn("rr-u-owner");
        Person follower = people.signIn("rr-u-follower");
        Person stranger = people.signIn("rr-u-stranger");
        Person requested = people.signIn("rr-u-requested");
        Person blocked = people.signIn("rr-u-blocked");
        Person blocker = people.signIn("rr-u-blocker");
        long id = review(owner, "On my profile");
        api.post("/api/ratings", "{\"movie_id\": 155, \"rating_val\": 8.5}", owner.token());
        String path = "/api/users/" + owner.handle() + "/reviews";
        Response asPublic = api.get(path);
        people.makePrivate(owner);
        people.follow(follower, owner);
        people.requestFollow(requested, owner);
        people.block(owner, blocked);
        people.block(blocker, owner);
        api.put("/api/reviews/" + id + "/like", "", follower.token());

        assertThat(asPublic.status()).isEqualTo(200);
        assertThat(asPublic.header("X-Total-Count")).isEqualTo("1");
        JsonNode review = asPublic.json().get(0);
        assertThat(review.get("id").asLong()).isEqualTo(id);
        assertThat(review.get("movie_title").asString()).isEqualTo("The Dark Knight");
        assertThat(review.get("rating").decimalValue()).isEqualByComparingTo("8.5");
        assertThat(review.has("uid")).as("the Firebase uid stays private").isFalse();
        assertThat(api.get(path, owner.token()).status()).isEqualTo(200);
        JsonNode seenByFollower = api.get(path, follower.token()).json().get(0);
        assertThat(seenByFollower.get("like_count").asInt()).isEqualTo(1);
        assertThat(seenByFollower.get("liked_by_me").asBoolean()).isTrue();
        for (Person viewer : List.of(stranger, requested)) {
            Response refused = api.get(path, viewer.token());
            assertThat(refused.status()).as(viewer.uid()).isEqualTo(403);
            assertThat(refused.json().get("type").asString()).isEqualTo("urn:frameratr:problem:private-profile");
        }
        Response toBlocker = api.get(path, blocker.token());
        assertThat(toBlocker.status()).isEqualTo(403);
        assertThat(toBlocker.json().get("type").asString()).isEqualTo("urn:frameratr:problem:blocked-by-you");
        assertThat(api.get(path).status()).isEqualTo(403);
        Response toBlocked = api.get(path, blocked.token());
        assertThat(toBlocked.status()).isEqualTo(404);
        assertThat(toBlocked.json().get("detail").asString())
                .isEqualTo(api.get("/api/users/nobody_here/reviews")
                        .json()
                        .get("detail")
                        .asString()
                        .replace("nobody_here", owner.handle()));
    }

    @Test
    void eachOrderIsReadFromAnIndexOverTheTitleWithoutSortingItsReviews() {
        fixtures.movie(27205, "Inception", 80);
        jdbc.sql("""
                INSERT INTO users (uid, display_name)
                SELECT 'rr-many-' || g, 'Many ' || g
                FROM generate_series(1, 3000) AS g
                """).update();
        jdbc.sql("""
                INSERT INTO reviews (uid, kind, title_id, body, author_rating)
                SELECT 'rr-many-' || g, 'movie',
                       CASE WHEN g % 3 = 0 THEN 27205 ELSE 155 END, 'Review ' || g,
                       CASE WHEN g % 7 = 0 THEN NULL ELSE (g % 20 + 1) / 2.0 END
                FROM generate_series(1, 3000) AS g
                """).update();
        jdbc.sql("""
                UPDATE review_reactions rr
                SET like_count = v.g % 97, comment_count = v.g % 13
                FROM (SELECT id, substring(uid FROM 9)::int AS g FROM reviews WHERE uid LIKE 'rr-many-%') v
                WHERE rr.review_id = v.id
                """).update();
        jdbc.sql("ANALYZE reviews").update();
        jdbc.sql("ANALYZE review_reactions").update();

        for (ReviewSort sort : ReviewSort.values()) {
            for (boolean afterCursor : new boolean[] {false, true}) {
                var explain = jdbc.sql("EXPLAIN " + TitleReviewRepository.sql(sort, afterCursor))
                        .param("kind", "movie")
                        .param("id", 155)
                        .param("viewer", null, java.sql.Types.VARCHAR)
                        .param("limit", 20);
                explain = afterCursor
                        ? explain.param(
                                        "value",
                                        sort == ReviewSort.NEWEST
                                                ? (Object) java.time.OffsetDateTime.now()
                                                : (Object) java.math.BigDecimal.valueOf(5))
                                .param("reviewId", 1_000_000L)
                        : explain.param("offset", 40);
                String plan = String.join("\n", explain.query(String.class).list());

                assertThat(plan).as(sort + " " + plan).contains("Index Scan").doesNotContain("Sort");
            }
        }
    }

    private void assertOrder(String sort, long... expected) {
        List<Long> paged = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            Response response = api.get("/api/movies/155/reviews?sort=" + sort + "&limit=2&page=" + page);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            response.json().forEach(review -> paged.add(review.get("id").asLong()));
        }
        List<Long> walked = new ArrayList<>();
        String path = "/api/movies/155/reviews?sort=" + sort + "&limit=2&cursor=";
        for (int pages = 0; path != null && pages < 5; pages++) {
            Response response = api.get(path);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            response.json().forEach(review -> walked.add(review.get("id").asLong()));
            String next = nextCursor(response);
            path = next == null ? null : "/api/movies/155/reviews?sort=" + sort + "&limit=2&cursor=" + next;
        }
        List<Long> order = java.util.Arrays.stream(expected).boxed().toList();
        assertThat(paged).as(sort + " by page").containsExactlyElementsOf(order);
        assertThat(walked).as(sort + " by cursor").containsExactlyElementsOf(order);
    }

    private static String nextCursor(Response response) {
        var matcher = java.util.regex.Pattern.compile("cursor=([^&>]+)[^>]*>; rel=\"next\"")
                .matcher(response.header("Link"));
        return matcher.find() ? matcher.group(1) : null;
    }

    private List<Long> reviewIds(String... token) {
        Response response = api.get("/api/movies/155/reviews", token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        response.json().forEach(review -> ids.add(review.get("id").asLong()));
        return ids;
    }

    private long review(Person author, String body) {
        Response written = api.post("/api/reviews", Json.object("movie_id", 155, "body", body), author.token());
        assertThat(written.status()).as(written.body()).isEqualTo(200);
        return written.json().get("id").asLong();
    }

    private int likeCount(long id) {
        return jdbc.sql("SELECT like_count FROM review_reactions WHERE review_id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    private static void assertSameNotFound(Response response, Response unknown) {
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("detail").asString().replaceAll("\\d+", "N"))
                .isEqualTo(unknown.json().get("detail").asString().replaceAll("\\d+", "N"));
        assertThat(response.json().get("type").asString())
                .isEqualTo(unknown.json().get("type").asString());
    }

    /** Each token's request, all released at once; their statuses. */
    static List<Integer> atOnce(List<String[]> tokens, java.util.function.Function<String[], Response> request)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tokens.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (String[] token : tokens) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return request.apply(token).status();
                }));
            }
            start.countDown();
            List<Integer> result = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                result.add(status.get());
            }
            return result;
        } finally {
            pool.shutdownNow();
        }
    }
}
