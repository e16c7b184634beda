package com.frameratr.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import com.frameratr.support.Api;
import com.frameratr.support.DevTokens;
import com.frameratr.support.EventRecorder;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import com.frameratr.support.Json;
import com.frameratr.users.CurrentUser;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** TitleRated and RatingRemoved reach listeners after the write commits, never after a rollback. */
@IntegrationTest
@Import(EventRecorder.class)
class RatingEventsTests {

    static final TitleRef DARK_KNIGHT = new TitleRef(TitleKind.MOVIE, 155);

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventRecorder events;

    @Autowired
    RatingService ratings;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void seed() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.deleteAll();
        fixtures.movie(155, "The Dark Knight", 90);
    }

    @Test
    void titleRatedArrivesAfterTheRatingIsCommitted() {
        api.put("/api/movies/155/rating", Json.object("rating_val", 8.5), DevTokens.bearer(api, "ev-rate"));

        TitleRated rated = events.awaitOne(TitleRated.class, e -> e.uid().equals("ev-rate"));

        assertThat(rated.title()).isEqualTo(DARK_KNIGHT);
        assertThat(rated.ratingVal()).isEqualByComparingTo("8.5");
    }

    @Test
    void titleRatedWaitsForTheCommit() throws Exception {
        new Fixtures(jdbc).user("ev-wait", "Wait");
        transactions.executeWithoutResult(status -> {
            ratings.rate(user("ev-wait"), DARK_KNIGHT, new BigDecimal("7"));
            sleep(500);
            assertThat(events.matching(TitleRated.class, e -> e.uid().equals("ev-wait")))
                    .as("not before the commit")
                    .isEmpty();
        });

        events.awaitOne(TitleRated.class, e -> e.uid().equals("ev-wait"));
    }

    @Test
    void noTitleRatedWhenTheWriteRollsBack() {
        new Fixtures(jdbc).user("ev-rollback", "Rollback");
        transactions.executeWithoutResult(status -> {
            ratings.rate(user("ev-rollback"), DARK_KNIGHT, new BigDecimal("6"));
            status.setRollbackOnly();
        });
        api.put("/api/movies/155/rating", Json.object("rating_val", 5), DevTokens.bearer(api, "ev-after"));
        events.awaitOne(TitleRated.class, e -> e.uid().equals("ev-after"));

        events.assertNone(TitleRated.class, e -> e.uid().equals("ev-rollback"), "ev-rollback");
    }

    @Test
    void noTitleRatedWhenTheTitleCannotBeImported() {
        // the first attempt meets the missing title and rolls back; TMDb is not configured: 503
        var response =
                api.put("/api/movies/424242/rating", Json.object("rating_val", 5), DevTokens.bearer(api, "ev-unknown"));

        assertThat(response.status()).isEqualTo(503);
        events.assertNone(TitleRated.class, e -> e.uid().equals("ev-unknown"), "ev-unknown");
    }

    @Test
    void ratingRemovedArrivesAfterTheCommitAndOnlyWhenARatingWasRemoved() {
        String[] token = DevTokens.bearer(api, "ev-unrate");
        api.put("/api/movies/155/rating", Json.object("rating_val", 8), token);
        api.delete("/api/movies/155/rating", token);
        api.delete("/api/movies/155/rating", token);

        RatingRemoved removed =
                events.awaitOne(RatingRemoved.class, e -> e.uid().equals("ev-unrate"));

        assertThat(removed.title()).isEqualTo(DARK_KNIGHT);
    }

    @Test
    void noRatingRemovedWhenTheRemovalRollsBack() {
        String[] token = DevTokens.bearer(api, "ev-keep");
        api.put("/api/movies/155/rating", Json.object("rating_val", 8), token);
        transactions.executeWithoutResult(status -> {
            ratings.unrate(user("ev-keep"), DARK_KNIGHT);
            status.setRollbackOnly();
        });

        events.awaitOne(TitleRated.class, e -> e.uid().equals("ev-keep"));
        events.assertNone(RatingRemoved.class, e -> e.uid().equals("ev-keep"), "ev-keep");
    }

    private static CurrentUser user(String uid) {
        return new CurrentUser(uid, null, null, null);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
