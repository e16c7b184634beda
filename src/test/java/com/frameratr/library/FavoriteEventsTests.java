package com.frameratr.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import com.frameratr.support.Api;
import com.frameratr.support.DevTokens;
import com.frameratr.support.EventRecorder;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import com.frameratr.users.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** FavoriteAdded and FavoriteRemoved: after the commit, once per change, never after a rollback. */
@IntegrationTest
@Import(EventRecorder.class)
class FavoriteEventsTests {

    static final TitleRef INCEPTION = new TitleRef(TitleKind.MOVIE, 27205);

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventRecorder events;

    @Autowired
    ShelfService shelves;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void seed() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.deleteAll();
        fixtures.movie(27205, "Inception", 80);
    }

    @Test
    void addedAndRemovedArriveOnceEachAfterTheCommit() {
        String[] token = DevTokens.bearer(api, "ev-fav");
        api.post("/api/favorites/movies/27205", "", token);
        api.post("/api/favorites/movies/27205", "", token);
        api.delete("/api/favorites/movies/27205", token);
        api.delete("/api/favorites/movies/27205", token);

        assertThat(events.awaitOne(FavoriteAdded.class, e -> e.uid().equals("ev-fav"))
                        .title())
                .isEqualTo(INCEPTION);
        assertThat(events.awaitOne(FavoriteRemoved.class, e -> e.uid().equals("ev-fav"))
                        .title())
                .isEqualTo(INCEPTION);
    }

    @Test
    void nothingArrivesWhenTheChangeRollsBack() {
        new Fixtures(jdbc).user("ev-fav-rb", "Rb");
        transactions.executeWithoutResult(status -> {
            shelves.add(Shelf.FAVORITES, user("ev-fav-rb"), INCEPTION);
            status.setRollbackOnly();
        });
        String[] token = DevTokens.bearer(api, "ev-fav-rb2");
        api.post("/api/favorites/movies/27205", "", token);
        transactions.executeWithoutResult(status -> {
            shelves.remove(Shelf.FAVORITES, user("ev-fav-rb2"), INCEPTION);
            status.setRollbackOnly();
        });

        events.awaitOne(FavoriteAdded.class, e -> e.uid().equals("ev-fav-rb2"));
        events.assertNone(FavoriteAdded.class, e -> e.uid().equals("ev-fav-rb"), "ev-fav-rb");
        events.assertNone(FavoriteRemoved.class, e -> e.uid().equals("ev-fav-rb2"), "ev-fav-rb2");
    }

    private static CurrentUser user(String uid) {
        return new CurrentUser(uid, null, null, null);
    }
}
