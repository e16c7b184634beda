package com.frameratr.comments;

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
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Comments and replies under reviews and lists: who may read, write, edit and delete them, and their counts. */
@IntegrationTest
class CommentsApiTests {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    People people;
    Person ada;
    Person grace;
    long review;

    @BeforeEach
    void seed() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.deleteAll();
        fixtures.movie(155, "The Dark Knight", 90);
        people = new People(api);
        ada = people.signIn("cm-ada");
        grace = people.signIn("cm-grace");
        review = api.post("/api/reviews", Json.object("movie_id", 155, "body", "Ledger."), ada.token())
                .json()
                .get("id")
                .asLong();
    }

    @Test
    void aCommentIsCreatedWithItsAuthorAndListedWithoutAToken() {
        Response posted = post("/api/reviews/" + review, grace, "  The interrogation scene.  ", null);

        assertThat(posted.status()).isEqualTo(201);
        JsonNode comment = posted.json();
        assertThat(comment.get("body").asString()).isEqualTo("The interrogation scene.");
        assertThat(comment.get("author").get("handle").asString()).isEqualTo(grace.handle());
        assertThat(comment.get("author").get("display_name").asString()).isEqualTo("cm-grace");
        assertThat(comment.get("author").has("photo_url")).isTrue();
        assertThat(comment.get("author").has("uid")).isFalse();
        assertThat(comment.get("parent_id").isNull()).isTrue();
        assertThat(comment.get("reply_count").asInt()).isZero();
        assertThat(comment.get("created_at").asString())
                .isEqualTo(comment.get("updated_at").asString());
        Response listed = api.get("/api/reviews/" + review + "/comments");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.header("X-Total-Count")).isEqualTo("1");
        assertThat(listed.json().get(0)).isEqualTo(comment);
        assertThat(api.get("/api/movies/155/reviews")
                        .json()
                        .get(0)
                        .get("comment_count")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void aReplyToAReplyAttachesToTheTopLevelCommentAndThreadsReadInOrder() {
        long first = id(post("/api/reviews/" + review, grace, "First", null));
        long second = id(post("/api/reviews/" + review, ada, "Second", null));
        long reply = id(post("/api/reviews/" + review, ada, "Reply", first));
        Response nested = post("/api/reviews/" + review, grace, "Reply to the reply", reply);

        assertThat(nested.status()).isEqualTo(201);
        assertThat(nested.json().get("parent_id").asLong()).isEqualTo(first);
        assertThat(nested.json().get("reply_count").isNull())
                .as("replies have no replies")
                .isTrue();
        List<Long> walked = new ArrayList<>();
        String path = "/api/reviews/" + review + "/comments?limit=1";
        for (int pages = 0; path != null && pages < 10; pages++) {
            Response page = api.get(path);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            page.json().forEach(comment -> walked.add(comment.get("id").asLong()));
            String next = nextCursor(page);
            path = next == null ? null : "/api/reviews/" + review + "/comments?limit=1&cursor=" + next;
        }
        assertThat(walked).containsExactly(first, reply, nested.json().get("id").asLong(), second);
        JsonNode top = api.get("/api/reviews/" + review + "/comments").json().get(0);
        assertThat(top.get("reply_count").asInt()).isEqualTo(2);
        assertThat(commentCount()).isEqualTo(4);
        assertThat(api.get("/api/reviews/" + review + "/comments?page=2").status())
                .isEqualTo(400);
    }

    @Test
    void onlyTheAuthorEditsAndTheAuthorOrTheReviewsAuthorDeletes() {
        Person stranger = people.signIn("cm-stranger");
        long comment = id(post("/api/reviews/" + review, grace, "Original", null));
        long other = id(post("/api/reviews/" + review, stranger, "Another", null));

        assertThat(api.patch("/api/comments/" + comment, Json.object("body", "Hijacked"), ada.token())
                        .status())
                .isEqualTo(404);
        assertThat(api.patch("/api/comments/" + comment, Json.object("body", "Hijacked"), stranger.token())
                        .status())
                .isEqualTo(404);
        Response edited = api.patch("/api/comments/" + comment, Json.object("body", "Edited"), grace.token());
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().get("body").asString()).isEqualTo("Edited");
        assertThat(api.delete("/api/comments/" + comment, stranger.token()).status())
                .isEqualTo(404);
        assertThat(api.delete("/api/comments/" + comment, ada.token()).body())
                .as("the review's author")
                .isEqualTo("{\"ok\":true}");
        assertThat(api.delete("/api/comments/" + comment, ada.token()).status()).isEqualTo(404);
        assertThat(api.delete("/api/comments/" + other, stranger.token()).status())
                .as("the comment's author")
                .isEqualTo(200);
        assertThat(commentCount()).isZero();
    }

    @Test
    void deletingATopLevelCommentTakesItsRepliesAndTheCountsFollow() {
        long top = id(post("/api/reviews/" + review, grace, "Top", null));
        post("/api/reviews/" + review, ada, "Reply one", top);
        long reply = id(post("/api/reviews/" + review, grace, "Reply two", top));
        post("/api/reviews/" + review, ada, "Other", null);

        api.delete("/api/comments/" + reply, grace.token());
        assertThat(api.get("/api/reviews/" + review + "/comments")
                        .json()
                        .get(0)
                        .get("reply_count")
                        .asInt())
                .isEqualTo(1);
        api.delete("/api/comments/" + top, grace.token());

        assertThat(commentCount()).isEqualTo(1);
        assertThat(api.get("/api/reviews/" + review + "/comments").json().size())
                .isEqualTo(1);
    }

    @Test
    void aReviewTheCallerMayNotSeeIsA404ForReadingAndWriting() {
        Person stranger = people.signIn("cm-hidden-stranger");
        Person blocked = people.signIn("cm-hidden-blocked");
        Person follower = people.signIn("cm-hidden-follower");
        people.makePrivate(ada);
        people.follow(follower, ada);
        people.block(ada, blocked);

        for (Person viewer : List.of(stranger, blocked)) {
            for (int attempt = 0; attempt < 2; attempt++) {
                assertThat(post("/api/reviews/" + review, viewer, "Hello?", null)
                                .status())
                        .isEqualTo(404);
                assertThat(api.get("/api/reviews/" + review + "/comments", viewer.token())
                                .status())
                        .isEqualTo(404);
            }
        }
        assertThat(api.get("/api/reviews/" + review + "/comments").status()).isEqualTo(404);
        assertThat(api.get("/api/reviews/999999999/comments").status()).isEqualTo(404);
        assertThat(post("/api/reviews/" + review, follower, "Approved.", null).status())
                .isEqualTo(201);
        assertThat(commentCount()).isEqualTo(1);
    }

    @Test
    void aFirstCommentMakesTheAuthorsRowFromTheTokenAndARefusedOneMakesNone() {
        Person shy = people.signIn("cm-first-private");
        long hidden = api.post("/api/reviews", Json.object("movie_id", 155, "body", "Few see this."), shy.token())
                .json()
                .get("id")
                .asLong();
        people.makePrivate(shy);
        // tokens only: neither caller has made a request that writes their row
        Person newcomer =
                new Person("cm-first-newcomer", DevTokens.bearer(api, "cm-first-newcomer", null, "New Comer"), "");
        Person refused =
                new Person("cm-first-refused", DevTokens.bearer(api, "cm-first-refused", null, "Re Fused"), "");

        Response posted = post("/api/reviews/" + review, newcomer, "First words.", null);
        Response refusedPost = post("/api/reviews/" + hidden, refused, "Let me in.", null);
        Response refusedReply = post(
                "/api/reviews/" + review,
                refused,
                "No such parent.",
                posted.json().get("id").asLong() + 1000);

        assertThat(posted.status()).isEqualTo(201);
        assertThat(posted.json().get("author").get("display_name").asString()).isEqualTo("New Comer");
        assertThat(refusedPost.status()).isEqualTo(404);
        assertThat(refusedPost.json().get("detail").asString()).isEqualTo("No review " + hidden);
        assertThat(refusedReply.status()).isEqualTo(404);
        assertThat(refusedReply.json().get("detail").asString())
                .isEqualTo("No comment " + (posted.json().get("id").asLong() + 1000) + " under this review");
        assertThat(jdbc.sql("SELECT uid FROM users WHERE uid LIKE 'cm-first-%' ORDER BY uid")
                        .query(String.class)
                        .list())
                .containsExactly("cm-first-newcomer", "cm-first-private");
        assertThat(commentCount()).isEqualTo(1);
    }

    @Test
    void commentsOfSomeoneBlockedEitherWayAreLeftOut() {
        Person blocker = people.signIn("cm-blocker");
        Person blockedOne = people.signIn("cm-blocked-one");
        long byBlocked = id(post("/api/reviews/" + review, blockedOne, "From the blocked", null));
        long byGrace = id(post("/api/reviews/" + review, grace, "From grace", null));
        people.block(blocker, blockedOne);

        assertThat(ids(api.get("/api/reviews/" + review + "/comments", blocker.token())))
                .containsExactly(byGrace);
        assertThat(ids(api.get("/api/reviews/" + review + "/comments", blockedOne.token())))
                .as("the blocked one does not see the blocker's comments either")
                .containsExactly(byBlocked, byGrace);
        long byBlocker = id(post("/api/reviews/" + review, blocker, "From the blocker", null));
        assertThat(ids(api.get("/api/reviews/" + review + "/comments", blockedOne.token())))
                .containsExactly(byBlocked, byGrace);
        assertThat(ids(api.get("/api/reviews/" + review + "/comments"))).containsExactly(byBlocked, byGrace, byBlocker);
    }

    @Test
    void bodiesAreOneTo2000VisibleCharactersAndAParentMustBeUnderTheSameTarget() {
        long otherReview = api.post("/api/reviews", Json.object("movie_id", 155, "body", "Mine."), grace.token())
                .json()
                .get("id")
                .asLong();
        long elsewhere = id(post("/api/reviews/" + otherReview, ada, "Elsewhere", null));

        for (String body : List.of("", "   ", "\u200b", "x".repeat(2001))) {
            Response rejected = post("/api/reviews/" + review, grace, body, null);
            assertThat(rejected.status()).as(body).isEqualTo(400);
            assertThat(rejected.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("body");
        }
        assertThat(post("/api/reviews/" + review, grace, "x".repeat(2000), null).status())
                .isEqualTo(201);
        assertThat(post("/api/reviews/" + review, grace, "Misplaced", elsewhere).status())
                .isEqualTo(404);
        assertThat(post("/api/reviews/" + review, grace, "Unknown", 999_999_999L)
                        .status())
                .isEqualTo(404);
        assertThat(commentCount()).isEqualTo(1);
    }

    @Test
    void publicAndUnlistedListsTakeCommentsPrivateOnesAre404ToOthers() {
        long open = list(ada, "Open", "public");
        long unlisted = list(ada, "By link", "unlisted");
        long closed = list(ada, "Mine", "private");

        assertThat(post("/api/lists/" + open, grace, "Nice list", null).status())
                .isEqualTo(201);
        assertThat(post("/api/lists/" + unlisted, grace, "Found it", null).status())
                .isEqualTo(201);
        assertThat(post("/api/lists/" + closed, grace, "Let me in", null).status())
                .isEqualTo(404);
        assertThat(api.get("/api/lists/" + closed + "/comments", grace.token()).status())
                .isEqualTo(404);
        assertThat(api.get("/api/lists/" + open + "/comments").header("X-Total-Count"))
                .isEqualTo("1");
        JsonNode page = api.get("/api/lists/" + open, grace.token()).json();
        assertThat(page.get("comment_count").asInt()).isEqualTo(1);
        long comment = api.get("/api/lists/" + unlisted + "/comments")
                .json()
                .get(0)
                .get("id")
                .asLong();
        assertThat(api.delete("/api/comments/" + comment, ada.token()).status())
                .as("the list's owner")
                .isEqualTo(200);
    }

    @Test
    void twentyUsersCommentingAtOnceCountTwenty() throws Exception {
        long top = id(post("/api/reviews/" + review, ada, "Top", null));
        List<Person> crowd = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            crowd.add(people.signIn("cm-crowd-" + i));
        }

        assertThat(atOnce(crowd, person -> post("/api/reviews/" + review, person, "Me too", null)))
                .containsOnly(201);
        assertThat(atOnce(crowd, person -> post("/api/reviews/" + review, person, "Reply", top)))
                .containsOnly(201);

        assertThat(commentCount()).isEqualTo(41);
        assertThat(jdbc.sql("SELECT reply_count FROM comments WHERE id = :id")
                        .param("id", top)
                        .query(Integer.class)
                        .single())
                .isEqualTo(20);
        assertThat(api.get("/api/reviews/" + review + "/comments").header("X-Total-Count"))
                .isEqualTo("41");
    }

    @Test
    void deletingATitleTakesItsReviewsLikesCommentsAndReportsAndLeavesOtherCountsAlone() {
        new Fixtures(jdbc).movie(27205, "Inception", 80);
        long other = api.post("/api/reviews", Json.object("movie_id", 27205, "body", "Dreams."), ada.token())
                .json()
                .get("id")
                .asLong();
        api.post("/api/ratings", "{\"movie_id\": 155, \"rating_val\": 7}", ada.token());
        for (long target : new long[] {review, other}) {
            api.put("/api/reviews/" + target + "/like", "", grace.token());
            long top = id(post("/api/reviews/" + target, grace, "Top", null));
            post("/api/reviews/" + target, ada, "Reply", top);
            api.post("/api/reports", Json.object("comment_id", top, "reason", "Hm"), ada.token());
        }

        jdbc.sql("DELETE FROM titles WHERE kind = 'movie' AND id = 155").update();

        assertThat(jdbc.sql("SELECT count(*) FROM reviews WHERE id = :id")
                        .param("id", review)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT like_count || '/' || comment_count FROM review_reactions WHERE review_id = :id")
                        .param("id", other)
                        .query(String.class)
                        .single())
                .isEqualTo("1/2");
        assertThat(jdbc.sql("SELECT count(*) FROM reports").query(Integer.class).single())
                .isEqualTo(1);
    }

    private Response post(String target, Person author, String body, Long parentId) {
        String json = parentId == null ? Json.object("body", body) : Json.object("body", body, "parent_id", parentId);
        return api.post(target + "/comments", json, author.token());
    }

    private long list(Person owner, String name, String visibility) {
        return api.post("/api/lists", Json.object("name", name, "visibility", visibility), owner.token())
                .json()
                .get("id")
                .asLong();
    }

    private int commentCount() {
        return jdbc.sql("SELECT comment_count FROM review_reactions WHERE review_id = :id")
                .param("id", review)
                .query(Integer.class)
                .single();
    }

    private static long id(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    private static List<Long> ids(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        response.json().forEach(comment -> ids.add(comment.get("id").asLong()));
        return ids;
    }

    private static String nextCursor(Response response) {
        var matcher = java.util.regex.Pattern.compile("cursor=([^&>]+)[^>]*>; rel=\"next\"")
                .matcher(response.header("Link"));
        return matcher.find() ? matcher.group(1) : null;
    }

    private static List<Integer> atOnce(List<Person> people, Function<Person, Response> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (Person person : people) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return request.apply(person).status();
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
