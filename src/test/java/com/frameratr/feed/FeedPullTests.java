package com.frameratr.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.feed.SocialActors.Actor;
import com.frameratr.support.Api;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import com.frameratr.support.Links;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The most-followed actors' activities (over 1,000 approved followers when written, V25) are
 * pulled: no inbox rows, read by the feed's query from the actor's own range and merged with the
 * viewer's inbox. Everyone else's are pushed into their followers' inboxes in the writer's
 * transaction.
 */
@IntegrationTest
class FeedPullTests {

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

    @BeforeEach
    void seed() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.deleteAll();
        fixtures.movie(155, "The Dark Knight", 90);
        fixtures.movie(27205, "Inception", 80);
        fixtures.movie(603, "The Matrix", 85);
        people = new SocialActors(api, transactions, events);
        ada = people.signIn("ada");
        bob = people.signIn("bob");
    }

    @Test
    void anActivityOfAnActorWithOverAThousandFollowersWritesNoInboxRowsAndIsInEachFollowersFeedAtOnce() {
        people.follow(ada, bob, "following");
        fans(bob, 1_000);
        Actor carol = people.signIn("carol");
        Actor dave = people.signIn("dave");
        people.privacy(bob, "private");
        people.follow(carol, bob, "requested");

        long activity = activityOf(people.review(bob, 155, "Ledger carries it."));

        assertThat(pulled(activity)).isTrue();
        assertThat(inboxRows(activity)).isZero();
        JsonNode feed = api.get("/api/feed", ada.token()).json();
        assertThat(feed).hasSize(1);
        assertThat(feed.get(0).get("id").asLong()).isEqualTo(activity);
        assertThat(feed.get(0).get("type").asString()).isEqualTo("reviewed");
        assertThat(feed.get(0).get("actor").get("handle").asString()).isEqualTo(bob.handle());
        assertThat(feedIds(fan(bob, 7))).containsExactly(activity);
        assertThat(feedIds(carol)).as("a request not yet approved").isEmpty();
        assertThat(feedIds(dave)).as("a stranger").isEmpty();
    }

    @Test
    void anActorWithExactlyAThousandFollowersIsStillPushed() {
        people.follow(ada, bob, "following");
        fans(bob, 999);

        long activity = activityOf(people.review(bob, 155, "Ledger carries it."));

        assertThat(pulled(activity)).isFalse();
        assertThat(inboxRows(activity)).isEqualTo(1_000);
        assertThat(feedIds(ada)).containsExactly(activity);
    }

    @Test
    void pushedAndPulledActivitiesAreOneFeedNewestFirstAndEachIsOnOnePageOnly() {
        Actor carol = people.signIn("carol");
        people.follow(ada, bob, "following");
        people.follow(ada, carol, "following");
        long bobsPushed = activityOf(people.review(bob, 155, "Before the crowd."));
        fans(bob, 1_001);
        List<Long> expected = new ArrayList<>();
        expected.add(bobsPushed);
        int[] movies = {27205, 603};
        for (int i = 0; i < 2; i++) {
            expected.add(activityOf(people.review(carol, movies[i], "Carol " + i)));
            expected.add(activityOf(people.review(bob, movies[i], "Bob " + i)));
        }

        assertThat(pulled(bobsPushed)).isFalse();
        assertThat(pulled(expected.get(2))).isTrue();
        assertThat(pulled(expected.get(1))).isFalse();
        List<Long> paged = new ArrayList<>();
        String path = "/api/feed?limit=2";
        for (int page = 0; page < 5 && path != null; page++) {
            Api.Response response = api.get(path, ada.token());
            assertThat(response.status()).isEqualTo(200);
            response.json().forEach(item -> paged.add(item.get("id").asLong()));
            path = Links.target(response.header("Link"), "next");
        }
        assertThat(paged).containsExactlyElementsOf(expected.reversed());
    }

    @Test
    void anUnfollowOrABlockTakesThePulledActivitiesOutOfTheFeedAtOnce() {
        Actor carol = people.signIn("carol");
        people.follow(ada, bob, "following");
        people.follow(carol, bob, "following");
        fans(bob, 1_001);
        long activity = activityOf(people.review(bob, 155, "Ledger carries it."));
        assertThat(feedIds(ada)).containsExactly(activity);
        assertThat(feedIds(carol)).containsExactly(activity);

        people.unfollow(ada, bob);
        people.block(bob, carol);

        assertThat(feedIds(ada)).isEmpty();
        assertThat(feedIds(carol)).isEmpty();
    }

    @Test
    void aNewFollowerOfAPulledActorSeesTheirPulledActivitiesWithoutCopyingThem() {
        fans(bob, 1_001);
        long activity = activityOf(people.review(bob, 155, "Ledger carries it."));

        people.follow(ada, bob, "following");

        assertThat(inboxRows(activity)).isZero();
        assertThat(feedIds(ada)).containsExactly(activity);
    }

    @Test
    void aPulledActorsItemsTheViewerMayNotSeeDoNotCrowdOutTheOnesTheyMay() {
        Actor hidden = people.signIn("hidden");
        people.follow(ada, bob, "following");
        fans(bob, 1_001);
        long review = people.review(bob, 155, "Ledger carries it.");
        people.privacy(hidden, "private");
        people.follow(bob, hidden, "requested");
        people.approve(hidden, bob);
        for (int movie : new int[] {155, 27205, 603}) {
            long hiddensReview = people.review(hidden, movie, "Mine.");
            assertThat(api.put("/api/reviews/" + hiddensReview + "/like", "", bob.token())
                            .status())
                    .isEqualTo(200);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM activities WHERE actor_uid = 'bob' AND pulled")
                        .query(Long.class)
                        .single())
                .as("the review, the follow of hidden and the three likes")
                .isEqualTo(5);
        long followed = jdbc.sql(
                        "SELECT id FROM activities WHERE actor_uid = 'bob' AND type = 'followed' AND other_uid = 'hidden'")
                .query(Long.class)
                .single();

        JsonNode page = api.get("/api/feed?limit=2", ada.token()).json();

        assertThat(page).hasSize(2);
        assertThat(page.get(0).get("id").asLong()).isEqualTo(followed);
        assertThat(page.get(1).get("id").asLong()).isEqualTo(activityOf(review));
    }

    /** Approved followers fan1..fanN of the actor, written as the service's follows are. */
    private void fans(Actor actor, int count) {
        String prefix = actor.uid() + "-fan";
        jdbc.sql("""
                INSERT INTO users (uid, display_name)
                SELECT :prefix || g, 'Fan ' || g FROM generate_series(1, :count) g
                """).param("prefix", prefix).param("count", count).update();
        jdbc.sql("""
                INSERT INTO follows (follower_uid, followee_uid, status)
                SELECT :prefix || g, :actor, 'following' FROM generate_series(1, :count) g
                """)
                .param("prefix", prefix)
                .param("actor", actor.uid())
                .param("count", count)
                .update();
    }

    /** One of the fans, signed in. */
    private Actor fan(Actor actor, int n) {
        return people.signIn(actor.uid() + "-fan" + n);
    }

    private List<Long> feedIds(Actor viewer) {
        Api.Response response = api.get("/api/feed", viewer.token());
        assertThat(response.status()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        response.json().forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    private long activityOf(long review) {
        return jdbc.sql("SELECT id FROM activities WHERE review_id = :review AND type = 'reviewed'")
                .param("review", review)
                .query(Long.class)
                .single();
    }

    private boolean pulled(long activity) {
        return jdbc.sql("SELECT pulled FROM activities WHERE id = :activity")
                .param("activity", activity)
                .query(Boolean.class)
                .single();
    }

    private long inboxRows(long activity) {
        return jdbc.sql("SELECT count(*) FROM feed_inbox WHERE activity_id = :activity")
                .param("activity", activity)
                .query(Long.class)
                .single();
    }
}
