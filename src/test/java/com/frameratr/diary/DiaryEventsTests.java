package com.frameratr.diary;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import com.frameratr.library.FavoriteAdded;
import com.frameratr.library.WatchlistAdded;
import com.frameratr.library.WatchlistRemoved;
import com.frameratr.ratings.TitleRated;
import com.frameratr.support.Api;
import com.frameratr.support.DevTokens;
import com.frameratr.support.EventRecorder;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import com.frameratr.users.CurrentUser;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** ViewingLogged and ViewingRemoved, and the facts a viewing implies: after the commit, once, never after a rollback. */
@IntegrationTest
@Import(EventRecorder.class)
class DiaryEventsTests {

    static final TitleRef INCEPTION = new TitleRef(TitleKind.MOVIE, 27205);

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventRecorder events;

    @Autowired
    DiaryService diary;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void seed() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.deleteAll();
        fixtures.movie(27205, "Inception", 80);
    }

    @Test
    void aViewingPublishesItselfAndWhatItImpliedOnceEvenWhenRetried() {
        String[] token = DevTokens.bearer(api, "ev-diary");
        api.post("/api/watchlist/movies/27205", "", token);
        String[] keyed = Api.with(token, "Idempotency-Key", "once");
        String body = "{\"movie_id\": 27205, \"watched_on\": \"2026-11-30\", \"rating_val\": 8, \"liked\": true}";
        long id = api.post("/api/diary", body, keyed).json().get("id").asLong();
        api.post("/api/diary", body, keyed);
        api.delete("/api/diary/" + id, token);

        ViewingLogged logged = events.awaitOne(ViewingLogged.class, e -> e.uid().equals("ev-diary"));
        assertThat(logged)
                .isEqualTo(new ViewingLogged(
                        id, "ev-diary", INCEPTION, LocalDate.of(2026, 11, 30), false, new java.math.BigDecimal("8.0")));
        events.awaitOne(TitleRated.class, e -> e.uid().equals("ev-diary"));
        events.awaitOne(FavoriteAdded.class, e -> e.uid().equals("ev-diary"));
        events.awaitOne(WatchlistAdded.class, e -> e.uid().equals("ev-diary"));
        events.awaitOne(WatchlistRemoved.class, e -> e.uid().equals("ev-diary"));
        assertThat(events.awaitOne(ViewingRemoved.class, e -> e.uid().equals("ev-diary")))
                .isEqualTo(new ViewingRemoved(id, "ev-diary", INCEPTION));
    }

    @Test
    void nothingArrivesWhenTheViewingRollsBack() {
        new Fixtures(jdbc).user("ev-diary-rb", "Rb");
        transactions.executeWithoutResult(status -> {
            diary.log(
                    new CurrentUser("ev-diary-rb", null, null, null),
                    new LogViewing(
                            INCEPTION, null, new java.math.BigDecimal("7"), "Hm", false, true, null, List.of(), false),
                    null);
            status.setRollbackOnly();
        });
        String[] token = DevTokens.bearer(api, "ev-diary-ok");
        api.post("/api/diary", "{\"movie_id\": 27205}", token);

        events.awaitOne(ViewingLogged.class, e -> e.uid().equals("ev-diary-ok"));
        events.assertNone(ViewingLogged.class, e -> e.uid().equals("ev-diary-rb"), "ev-diary-rb");
        events.assertNone(TitleRated.class, e -> e.uid().equals("ev-diary-rb"), "ev-diary-rb");
        events.assertNone(FavoriteAdded.class, e -> e.uid().equals("ev-diary-rb"), "ev-diary-rb");
    }
}
