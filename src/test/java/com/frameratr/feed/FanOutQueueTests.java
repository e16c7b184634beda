package com.frameratr.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.feed.SocialActors.Actor;
import com.frameratr.support.Api;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The most-followed actors' activities (over 1,000 approved followers, V24) are queued by the
 * writer and copied by {@link FanOutWorker} in chunks of 1,000 followers; everyone else's are copied
 * in the writer's transaction. The worker's own loop is slowed to an hour here, so each test decides
 * when the queue is worked on.
 */
@IntegrationTest
@TestPropertySource(properties = "frameratr.feed.fan-out-interval=1h")
class FanOutQueueTests {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    FanOutWorker worker;

    SocialActors people;
    Actor ada;
    Actor bob;

    @BeforeEach
    void seed() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.deleteAll();
        fixtures.movie(155, "The Dark Knight", 90);
        fixtures.movie(27205, "Inception", 80);
        people = new SocialActors(api, transactions, events);
        ada = people.signIn("ada");
        bob = people.signIn("bob");
        // drains what an earlier test class left, so each test starts from an empty queue
        worker.drain();
    }

    @Test
    void anActivityOfAnActorWithOverAThousandFollowersIsQueuedThenReachesEveryFollowerInChunks() {
        people.follow(ada, bob, "following");
        fans(bob, 2_499);
        Actor carol = people.signIn("carol");
        people.privacy(bob, "private");
        people.follow(carol, bob, "requested");

        long review = people.review(bob, 155, "Ledger carries it.");
        long activity = activityOf(review);

        assertThat(inboxRows(activity)).as("copied in the writer's transaction").isZero();
        assertThat(queued()).containsExactly(activity);
        assertThat(api.get("/api/feed", ada.token()).json()).isEmpty();

        long copied = worker.drain();

        assertThat(copied).isEqualTo(2_500);
        assertThat(inboxRows(activity)).isEqualTo(2_500);
        assertThat(queued()).isEmpty();
        JsonNode feed = api.get("/api/feed", ada.token()).json();
        assertThat(feed).hasSize(1);
        assertThat(feed.get(0).get("id").asLong()).isEqualTo(activity);
        assertThat(feed.get(0).get("type").asString()).isEqualTo("reviewed");
        assertThat(feed.get(0).get("actor").get("handle").asString()).isEqualTo(bob.handle());
        assertThat(api.get("/api/feed", carol.token()).json())
                .as("a request not yet approved copies nothing")
                .isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM feed_inbox WHERE viewer_uid = 'carol'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anActorWithExactlyAThousandFollowersIsStillCopiedInTheWritersTransaction() {
        people.follow(ada, bob, "following");
        fans(bob, 999);

        long activity = activityOf(people.review(bob, 155, "Ledger carries it."));

        assertThat(inboxRows(activity)).isEqualTo(1_000);
        assertThat(queued()).isEmpty();
        assertThat(api.get("/api/feed", ada.token()).json()).hasSize(1);
    }

    @Test
    void aFollowerWhoUnfollowsBeforeTheCopyGetsNothingAndARemovedActivityLeavesNoRows() {
        Actor carol = people.signIn("carol");
        people.follow(ada, bob, "following");
        people.follow(carol, bob, "following");
        fans(bob, 1_500);
        long review = people.review(bob, 155, "Ledger carries it.");
        long activity = activityOf(review);

        people.unfollow(carol, bob);
        worker.drain();

        assertThat(inboxRows(activity)).isEqualTo(1_501);
        assertThat(api.get("/api/feed", ada.token()).json()).hasSize(1);
        assertThat(api.get("/api/feed", carol.token()).json()).isEmpty();

        long secondReview = people.review(bob, 27205, "Dreams.");
        long second = activityOf(secondReview);
        assertThat(queued()).containsExactly(second);
        assertThat(api.delete("/api/reviews/" + secondReview, bob.token()).status())
                .isEqualTo(200);

        assertThat(queued()).as("the queue row goes with its activity").isEmpty();
        assertThat(worker.drain()).isZero();
        assertThat(inboxRows(second)).isZero();
    }

    @Test
    void twoInstancesWorkingOnTheQueueAtOnceCopyEachFollowerOnce() throws Exception {
        fans(bob, 1_200);
        Actor carol = people.signIn("carol");
        fans(carol, 1_300);
        long bobs = activityOf(people.review(bob, 155, "Ledger carries it."));
        long carols = activityOf(people.review(carol, 155, "Nolan's best."));

        var first = CompletableFuture.supplyAsync(worker::drain);
        var second = CompletableFuture.supplyAsync(worker::drain);

        assertThat(first.get() + second.get()).isEqualTo(2_500);
        assertThat(inboxRows(bobs)).isEqualTo(1_200);
        assertThat(inboxRows(carols)).isEqualTo(1_300);
        assertThat(queued()).isEmpty();
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

    private long activityOf(long review) {
        return jdbc.sql("SELECT id FROM activities WHERE review_id = :review AND type = 'reviewed'")
                .param("review", review)
                .query(Long.class)
                .single();
    }

    private long inboxRows(long activity) {
        return jdbc.sql("SELECT count(*) FROM feed_inbox WHERE activity_id = :activity")
                .param("activity", activity)
                .query(Long.class)
                .single();
    }

    private List<Long> queued() {
        return jdbc.sql("SELECT activity_id FROM feed_fan_out_queue ORDER BY activity_id")
                .query(Long.class)
                .list();
    }
}
