package com.frameratr.reviews;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** ReviewWritten and ReviewDeleted reach listeners after the write commits, never after a rollback. */
@IntegrationTest
@Import(EventRecorder.class)
class ReviewEventsTests {

    static final TitleRef BREAKING_BAD = new TitleRef(TitleKind.TV, 1396);

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventRecorder events;

    @Autowired
    ReviewWriteService reviews;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void seed() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.deleteAll();
        fixtures.tvShow(1396, "Breaking Bad", 300);
    }

    @Test
    void reviewWrittenArrivesAfterTheCommitForNewAndChangedReviews() {
        String[] token = DevTokens.bearer(api, "ev-review");
        long id = api.post("/api/reviews", Json.object("tv_id", 1396, "body", "Say my name."), token)
                .json()
                .get("id")
                .asLong();

        ReviewWritten written =
                events.awaitOne(ReviewWritten.class, e -> e.uid().equals("ev-review"));
        api.put("/api/reviews/" + id, Json.object("body", "Still great.", "spoiler", true), token);

        assertThat(written.reviewId()).isEqualTo(id);
        assertThat(written.title()).isEqualTo(BREAKING_BAD);
        events.awaitOne(ReviewWritten.class, e -> e.uid().equals("ev-review") && e.spoiler());
    }

    @Test
    void noReviewWrittenWhenTheWriteRollsBack() {
        new Fixtures(jdbc).user("ev-review-rb", "Rb");
        transactions.executeWithoutResult(status -> {
            reviews.write(user("ev-review-rb"), BREAKING_BAD, "Gone.", false);
            status.setRollbackOnly();
        });
        var unknownTitle = api.post(
                "/api/reviews", Json.object("movie_id", 424242, "body", "?"), DevTokens.bearer(api, "ev-review-404"));

        assertThat(unknownTitle.status()).isEqualTo(503);
        events.assertNone(ReviewWritten.class, e -> e.uid().equals("ev-review-rb"), "ev-review-rb");
        events.assertNone(ReviewWritten.class, e -> e.uid().equals("ev-review-404"), "ev-review-404");
    }

    @Test
    void reviewDeletedArrivesAfterTheCommitAndNotAfterARollback() {
        String[] token = DevTokens.bearer(api, "ev-review-del");
        long id = api.post("/api/reviews", Json.object("tv_id", 1396, "body", "Bye."), token)
                .json()
                .get("id")
                .asLong();
        transactions.executeWithoutResult(status -> {
            reviews.delete(user("ev-review-del"), id);
            status.setRollbackOnly();
        });
        events.assertNone(ReviewDeleted.class, e -> e.reviewId() == id, "ev-review-del");

        api.delete("/api/reviews/" + id, token);

        ReviewDeleted deleted = events.awaitOne(ReviewDeleted.class, e -> e.reviewId() == id);
        assertThat(deleted.title()).isEqualTo(BREAKING_BAD);
    }

    private static CurrentUser user(String uid) {
        return new CurrentUser(uid, null, null, null);
    }
}
