package com.frameratr.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import com.frameratr.diary.ViewingLogged;
import com.frameratr.feed.SocialActors.Actor;
import com.frameratr.reviews.ReviewLiked;
import com.frameratr.reviews.ReviewUnliked;
import com.frameratr.reviews.ReviewWritten;
import com.frameratr.support.Api;
import com.frameratr.support.Api.Response;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import com.frameratr.support.Links;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * GET /api/feed through the real stack: each activity type as a follower sees it, what privacy and
 * blocks hide at the time of reading, removal with the fact, and keyset paging.
 */
@IntegrationTest
class FeedApiTests {

    private static final TitleRef DARK_KNIGHT = new TitleRef(TitleKind.MOVIE, 155);

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    SocialActors people;
    Actor ada;
    Actor bob;
    Actor carol;

    @BeforeEach
    void seed() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.deleteAll();
        fixtures.movie(155, "The Dark Knight", 90);
        fixtures.movie(27205, "Inception", 80);
        people = new SocialActors(api, transactions, events);
        ada = people.signIn("ada");
        bob = people.signIn("bob");
        carol = people.signIn("carol");
    }

    @Test
    void aFollowerSeesEachKindOfActivityNewestFirstWithItsCards() {
        people.follow(ada, bob, "following");
        long carolsReview = people.review(carol, 27205, "Dreams within dreams.");
        api.post("/api/ratings", "{\"movie_id\": 27205, \"rating_val\": 9}", carol.token());

        assertThat(api.post("/api/diary", "{\"movie_id\": 155, \"rating_val\": 8.5}", bob.token())
                        .status())
                .isEqualTo(201);
        long bobsReview = people.review(bob, 155, "Ledger's Joker carries it.");
        long list = people.list(bob, "Winter", "public");
        people.follow(bob, carol, "following");
        people.publish(new ReviewLiked(carolsReview, bob.uid(), carol.uid(), new TitleRef(TitleKind.MOVIE, 27205)));

        Response feed = api.get("/api/feed", ada.token());

        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.header("X-Total-Count")).isNull();
        assertThat(types(feed)).containsExactly("liked_review", "followed", "created_list", "reviewed", "logged");
        JsonNode liked = feed.json().get(0);
        assertThat(liked.get("actor").get("handle").asString()).isEqualTo(bob.handle());
        assertThat(liked.get("actor").has("display_name")).isTrue();
        assertThat(liked.get("actor").has("photo_url")).isTrue();
        assertThat(liked.get("title").get("title").asString()).isEqualTo("Inception");
        assertThat(liked.get("review").get("id").asLong()).isEqualTo(carolsReview);
        assertThat(liked.get("review").get("excerpt").asString()).isEqualTo("Dreams within dreams.");
        assertThat(liked.get("review").get("spoiler").asBoolean()).isFalse();
        assertThat(liked.get("review").get("rating").decimalValue()).isEqualByComparingTo("9");
        assertThat(liked.get("user").get("handle").asString()).isEqualTo(carol.handle());
        JsonNode followed = feed.json().get(1);
        assertThat(followed.get("user").get("handle").asString()).isEqualTo(carol.handle());
        assertThat(followed.get("title").isNull()).isTrue();
        JsonNode created = feed.json().get(2);
        assertThat(created.get("list").get("id").asLong()).isEqualTo(list);
        assertThat(created.get("list").get("name").asString()).isEqualTo("Winter");
        JsonNode reviewed = feed.json().get(3);
        assertThat(reviewed.get("review").get("id").asLong()).isEqualTo(bobsReview);
        assertThat(reviewed.get("review").get("rating").decimalValue())
                .as("the author's current rating, from the diary")
                .isEqualByComparingTo("8.5");
        assertThat(reviewed.get("title").get("title").asString()).isEqualTo("The Dark Knight");
        JsonNode logged = feed.json().get(4);
        assertThat(logged.get("rating_val").decimalValue()).isEqualByComparingTo("8.5");
        assertThat(logged.get("title").get("title").asString()).isEqualTo("The Dark Knight");
        assertThat(logged.get("review").isNull()).isTrue();
        assertThat(logged.get("list").isNull()).isTrue();
        assertThat(logged.get("user").isNull()).isTrue();
        assertThat(logged.get("at").asString()).isNotBlank();
    }

    @Test
    void onlyWhatTheFollowedDidAppearsNeverTheViewersOwnOrStrangers() {
        people.follow(ada, bob, "following");
        people.review(ada, 155, "Mine.");
        people.review(carol, 155, "A stranger's.");

        assertThat(types(api.get("/api/feed", ada.token()))).isEmpty();
        assertThat(api.get("/api/feed", carol.token()).body()).isEqualTo("[]");
    }

    @Test
    void aPrivateActorsActivityReachesApprovedFollowersOnlyAndUnfollowingHidesItAtOnce() {
        people.privacy(bob, "private");
        people.review(bob, 155, "For my followers.");

        people.follow(ada, bob, "requested");
        assertThat(types(api.get("/api/feed", ada.token())))
                .as("only requested")
                .isEmpty();

        people.approve(bob, ada);
        assertThat(types(api.get("/api/feed", ada.token()))).containsExactly("reviewed");

        people.unfollow(ada, bob);
        assertThat(types(api.get("/api/feed", ada.token())))
                .as("after unfollowing")
                .isEmpty();
    }

    @Test
    void aBlockEitherWayEmptiesTheFeedOfTheOther() {
        people.follow(ada, bob, "following");
        people.follow(carol, bob, "following");
        people.review(bob, 155, "Seen by followers.");

        people.block(bob, ada);
        assertThat(types(api.get("/api/feed", ada.token())))
                .as("the actor blocks me")
                .isEmpty();

        people.block(carol, bob);
        assertThat(types(api.get("/api/feed", carol.token())))
                .as("I block the actor")
                .isEmpty();
    }

    @Test
    void aLikedReviewOfAnAuthorTheViewerMayNotSeeIsLeftOut() {
        Actor dan = people.signIn("dan");
        people.follow(ada, bob, "following");
        people.follow(dan, bob, "following");
        people.follow(dan, carol, "following");
        long carolsReview = people.review(carol, 155, "Only for some.");
        people.publish(new ReviewLiked(carolsReview, bob.uid(), carol.uid(), DARK_KNIGHT));
        assertThat(types(api.get("/api/feed", ada.token()))).containsExactly("liked_review");

        people.privacy(carol, "private");

        assertThat(types(api.get("/api/feed", ada.token())))
                .as("a stranger to the now private author")
                .isEmpty();
        assertThat(types(api.get("/api/feed", dan.token())))
                .as("an approved follower of the author")
                .contains("liked_review");
    }

    @Test
    void aFollowOfSomeoneWhoBlocksTheViewerIsLeftOut() {
        people.follow(ada, bob, "following");
        people.follow(bob, carol, "following");
        assertThat(types(api.get("/api/feed", ada.token()))).containsExactly("followed");

        people.block(carol, ada);

        assertThat(types(api.get("/api/feed", ada.token()))).isEmpty();
    }

    @Test
    void aListShowsWhilePublicAndAChangeMovesItUpAsUpdated() {
        people.follow(ada, bob, "following");
        long list = people.list(bob, "Noir", "private");
        assertThat(types(api.get("/api/feed", ada.token())))
                .as("a private list")
                .isEmpty();

        api.patch("/api/lists/" + list, "{\"visibility\": \"public\"}", bob.token());
        assertThat(types(api.get("/api/feed", ada.token()))).containsExactly("created_list");

        people.review(bob, 155, "Later.");
        api.post("/api/lists/" + list + "/movies/155", "", bob.token());
        assertThat(types(api.get("/api/feed", ada.token()))).containsExactly("updated_list", "reviewed");

        api.patch("/api/lists/" + list, "{\"visibility\": \"unlisted\"}", bob.token());
        assertThat(types(api.get("/api/feed", ada.token()))).containsExactly("reviewed");
    }

    @Test
    void removingTheFactRemovesItsActivity() {
        people.follow(ada, bob, "following");
        long entry = api.post("/api/diary", "{\"movie_id\": 155}", bob.token())
                .json()
                .get("id")
                .asLong();
        long review = people.review(bob, 27205, "Soon gone.");
        long list = people.list(bob, "Gone", "public");
        people.follow(bob, carol, "following");
        long carolsReview = people.review(carol, 155, "Liked, then not.");
        people.publish(new ReviewLiked(carolsReview, bob.uid(), carol.uid(), DARK_KNIGHT));
        assertThat(types(api.get("/api/feed", ada.token())))
                .containsExactly("liked_review", "followed", "created_list", "reviewed", "logged");

        api.delete("/api/diary/" + entry, bob.token());
        api.delete("/api/reviews/" + review, bob.token());
        api.delete("/api/lists/" + list, bob.token());
        people.unfollow(bob, carol);
        people.publish(new ReviewUnliked(carolsReview, bob.uid()));

        assertThat(types(api.get("/api/feed", ada.token()))).isEmpty();
        assertThat(activitiesOf(bob)).isZero();
    }

    @Test
    void theSameFactHeardTwiceIsOneActivity() {
        people.follow(ada, bob, "following");
        long review = people.review(bob, 155, "First words.");
        api.put("/api/reviews/" + review, "{\"body\": \"Second words.\"}", bob.token());
        JsonNode logged = api.post("/api/diary", "{\"movie_id\": 27205, \"rating_val\": 7}", bob.token())
                .json();
        // a second delivery of the same facts, as a republished event would be
        people.publish(
                new ReviewWritten(review, bob.uid(), DARK_KNIGHT, false),
                new ViewingLogged(
                        logged.get("id").asLong(),
                        bob.uid(),
                        new TitleRef(TitleKind.MOVIE, 27205),
                        LocalDate.now(),
                        false,
                        new BigDecimal("7")));

        Response feed = api.get("/api/feed", ada.token());

        assertThat(types(feed)).containsExactly("logged", "reviewed");
        assertThat(feed.json().get(1).get("review").get("excerpt").asString()).isEqualTo("Second words.");
        assertThat(activitiesOf(bob)).isEqualTo(2);
    }

    @Test
    void keysetPagesWalkTheWholeFeedWithoutDuplicatesOrGapsWhateverThePageSize() {
        List<Actor> actors = new ArrayList<>(List.of(bob, carol));
        for (int i = 0; i < 3; i++) {
            actors.add(people.signIn("actor" + i));
        }
        actors.forEach(actor -> people.follow(ada, actor, "following"));
        List<Actor> followed = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            followed.add(people.signIn("target" + i));
        }
        // rows at the same instant (the id breaks the tie), interleaved between the actors, and a
        // followed user who blocks ada: the follows of them are hidden, also when they are an
        // actor's newest rows
        for (int a = 0; a < actors.size(); a++) {
            for (int i = 0; i < followed.size(); i++) {
                jdbc.sql("""
                                INSERT INTO activities (actor_uid, type, other_uid, at)
                                VALUES (:actor, 'followed', :other,
                                        TIMESTAMPTZ '2026-11-01 12:00:00+00' + make_interval(mins => :minutes))
                                """)
                        .param("actor", actors.get(a).uid())
                        .param("other", followed.get(i).uid())
                        .param("minutes", i < 2 ? 0 : i * 3 + a % 3)
                        .update();
            }
        }
        people.block(followed.getLast(), ada);
        List<Long> expected = jdbc.sql("""
                        SELECT id
                        FROM activities
                        WHERE type = 'followed' AND other_uid <> :hidden AND actor_uid <> 'ada'
                        ORDER BY at DESC, id DESC
                        """)
                .param("hidden", followed.getLast().uid())
                .query(Long.class)
                .list();
        assertThat(expected).hasSize(25);

        for (int limit : List.of(1, 2, 4, 7, 100)) {
            List<Long> walked = new ArrayList<>();
            String next = "/api/feed?limit=" + limit;
            while (next != null) {
                Response page = api.get(next, ada.token());
                assertThat(page.status()).isEqualTo(200);
                assertThat(page.json().size()).isLessThanOrEqualTo(limit);
                page.json().forEach(item -> walked.add(item.get("id").asLong()));
                next = Links.target(page.header("Link"), "next");
            }
            assertThat(walked).as("pages of " + limit).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void theFeedPagesByCursorOnlyAndNeedsASignedInUser() {
        Response numbered = api.get("/api/feed?page=2", ada.token());
        assertThat(numbered.status()).isEqualTo(400);
        assertThat(numbered.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/feed?cursor=bm9wZQ", ada.token()).status()).isEqualTo(400);
        assertThat(api.get("/api/feed?limit=0", ada.token()).status()).isEqualTo(400);
        assertThat(api.get("/api/feed").status()).isEqualTo(401);
    }

    private int activitiesOf(Actor actor) {
        return jdbc.sql("SELECT count(*) FROM activities WHERE actor_uid = :uid")
                .param("uid", actor.uid())
                .query(Integer.class)
                .single();
    }

    private static List<String> types(Response feed) {
        assertThat(feed.status()).as(feed.toString()).isEqualTo(200);
        return StreamSupport.stream(feed.json().spliterator(), false)
                .map(item -> item.get("type").asString())
                .toList();
    }
}
