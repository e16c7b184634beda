package com.frameratr.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.feed.SocialActors.Actor;
import com.frameratr.support.Api;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
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
 * The inbox behind the feed (fan-out on write, V20): a new follow brings the followee's latest 100
 * activities, a new activity reaches every approved follower, a list changed again moves up, and an
 * unfollow or a block takes the pair's rows away in the same transaction.
 */
@IntegrationTest
class FeedInboxTests {

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
        people = new SocialActors(api, transactions, events);
        ada = people.signIn("ada");
        bob = people.signIn("bob");
    }

    @Test
    void aNewFollowBringsTheFolloweesLatestHundredActivities() {
        for (int day = 1; day <= 101; day++) {
            String date = java.time.LocalDate.of(2026, 1, 1).plusDays(day).toString();
            assertThat(api.post("/api/diary", "{\"movie_id\": 155, \"watched_on\": \"" + date + "\"}", bob.token())
                            .status())
                    .isEqualTo(201);
        }
        long oldest = jdbc.sql("SELECT min(id) FROM activities WHERE actor_uid = 'bob'")
                .query(Long.class)
                .single();

        people.follow(ada, bob, "following");

        List<Long> seen = walk(ada);
        assertThat(seen).hasSize(100).doesNotContain(oldest).doesNotHaveDuplicates();
    }

    @Test
    void aNewActivityReachesEveryFollowerAndAnUnfollowOrBlockTakesTheRowsAway() {
        Actor carol = people.signIn("carol");
        people.follow(ada, bob, "following");
        people.follow(carol, bob, "following");

        people.review(bob, 155, "Ledger.");

        assertThat(walk(ada)).hasSize(1);
        assertThat(walk(carol)).hasSize(1);
        assertThat(inboxRows("ada")).isEqualTo(1);

        people.unfollow(ada, bob);
        people.block(bob, carol);

        assertThat(inboxRows("ada")).isZero();
        assertThat(inboxRows("carol")).isZero();
        assertThat(api.get("/api/feed", ada.token()).body()).isEqualTo("[]");
    }

    @Test
    void aPublicListChangedAgainMovesUpInTheInbox() {
        people.follow(ada, bob, "following");
        long list = people.list(bob, "Winter", "public");
        people.review(bob, 155, "Later than the list.");

        assertThat(types(ada)).containsExactly("reviewed", "created_list");
        assertThat(api.patch("/api/lists/" + list, "{\"description\": \"Cold films\"}", bob.token())
                        .status())
                .isEqualTo(200);

        assertThat(types(ada)).containsExactly("updated_list", "reviewed");
    }

    private List<Long> walk(Actor viewer) {
        List<Long> ids = new ArrayList<>();
        String next = "/api/feed?limit=30";
        while (next != null) {
            Api.Response page = api.get(next, viewer.token());
            assertThat(page.status()).isEqualTo(200);
            for (JsonNode item : page.json()) {
                ids.add(item.get("id").asLong());
            }
            next = com.frameratr.support.Links.target(page.header("Link"), "next");
        }
        return ids;
    }

    private List<String> types(Actor viewer) {
        List<String> types = new ArrayList<>();
        api.get("/api/feed", viewer.token())
                .json()
                .forEach(item -> types.add(item.get("type").asString()));
        return types;
    }

    private int inboxRows(String viewer) {
        return jdbc.sql("SELECT count(*) FROM feed_inbox WHERE viewer_uid = :viewer")
                .param("viewer", viewer)
                .query(Integer.class)
                .single();
    }
}
