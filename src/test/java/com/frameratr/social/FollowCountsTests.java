package com.frameratr.social;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.DevTokens;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The follower counts stay exact under concurrent writers, and a block always wins over a racing follow. */
@IntegrationTest
class FollowCountsTests {

    private static final int WRITERS = 20;

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void seed() {
        new Fixtures(jdbc).deleteAll();
    }

    @Test
    void manyFollowersAtOnceAreCountedExactlyAndSoAreTheirUnfollows() throws Exception {
        signIn("star");
        List<String[]> fans = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            fans.add(signIn("fan" + i));
        }

        List<Integer> statuses =
                all(fans, fan -> api.put("/api/users/star/follow", "", fan).status());
        assertThat(statuses).containsOnly(200);
        assertThat(follows("followers", "star")).isEqualTo(WRITERS);
        assertThat(api.get("/api/users/star/followers").header("X-Total-Count")).isEqualTo(Integer.toString(WRITERS));

        // each fan twice at once: the repeats change nothing
        List<String[]> twice = new ArrayList<>(fans);
        twice.addAll(fans);
        assertThat(all(twice, fan -> api.delete("/api/users/star/follow", fan).status()))
                .containsOnly(200);
        assertThat(follows("followers", "star")).isZero();
        assertThat(jdbc.sql("SELECT sum(following) FROM follow_counts")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aBlockRacingAFollowNeverLeavesAFollowBehind() throws Exception {
        String[] owner = signIn("owner");
        String[] fan = signIn("fan");
        for (int round = 0; round < 10; round++) {
            List<Callable<Api.Response>> race = List.of(
                    () -> api.put("/api/users/owner/follow", "", fan),
                    () -> api.put("/api/users/fan/block", "", owner));
            try (var pool = Executors.newFixedThreadPool(2)) {
                var results = pool.invokeAll(race);
                // which of the two takes the pair's lock first is the race itself; each order has
                // one exact answer: a follow before the block succeeds, one after it is the 404 of a
                // blocker; either way nothing of it may remain
                Api.Response follow = results.get(0).get();
                if (follow.status() == 200) {
                    assertThat(follow.body()).isEqualTo("{\"status\":\"following\"}");
                } else {
                    assertThat(follow.status()).as(follow.toString()).isEqualTo(404);
                    assertThat(follow.json().get("detail").asString()).isEqualTo("No user @owner");
                }
                assertThat(results.get(1).get().body()).isEqualTo("{\"ok\":true}");
            }
            assertThat(jdbc.sql("SELECT count(*) FROM follows")
                            .query(Integer.class)
                            .single())
                    .as("round " + round)
                    .isZero();
            assertThat(follows("followers", "owner")).isZero();
            assertThat(api.delete("/api/users/fan/block", owner).status()).isEqualTo(200);
        }
    }

    private interface Call {
        int send(String[] user);
    }

    private List<Integer> all(List<String[]> users, Call call) throws Exception {
        List<Callable<Integer>> calls = new ArrayList<>();
        for (String[] user : users) {
            calls.add(() -> call.send(user));
        }
        List<Integer> statuses = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(WRITERS)) {
            for (var result : pool.invokeAll(calls)) {
                statuses.add(result.get());
            }
        }
        return statuses;
    }

    private int follows(String column, String uid) {
        return jdbc.sql("SELECT coalesce((SELECT " + column + " FROM follow_counts WHERE uid = :uid), 0)")
                .param("uid", uid)
                .query(Integer.class)
                .single();
    }

    private String[] signIn(String uid) {
        String[] user = DevTokens.bearer(api, uid);
        assertThat(api.get("/api/me", user).status()).isEqualTo(200);
        return user;
    }
}
