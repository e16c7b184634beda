package com.frameratr.lists;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import com.frameratr.lists.ListChanged.Change;
import com.frameratr.support.Api;
import com.frameratr.support.DevTokens;
import com.frameratr.support.EventRecorder;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import com.frameratr.support.Json;
import com.frameratr.users.CurrentUser;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** ListChanged for each change that changed something, after the commit, never after a rollback. */
@IntegrationTest
@Import(EventRecorder.class)
class ListEventsTests {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventRecorder events;

    @Autowired
    ListService lists;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void seed() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.deleteAll();
        fixtures.movie(155, "The Dark Knight", 90);
    }

    @Test
    void everyChangeArrivesOnceAfterTheCommit() {
        String[] token = DevTokens.bearer(api, "ev-list");
        long id = api.post("/api/lists", Json.object("name", "Nolan"), token)
                .json()
                .get("id")
                .asLong();
        api.post("/api/lists", Json.object("name", "Nolan"), token);
        api.post("/api/lists/" + id + "/movies/155", "", token);
        api.post("/api/lists/" + id + "/movies/155", "", token);
        api.delete("/api/lists/" + id + "/movies/155", token);
        api.delete("/api/lists/" + id, token);

        for (Change change : Change.values()) {
            ListChanged event =
                    events.awaitOne(ListChanged.class, e -> e.uid().equals("ev-list") && e.change() == change);
            assertThat(event.listId()).isEqualTo(id);
            assertThat(event.title())
                    .isEqualTo(
                            List.of(Change.TITLE_ADDED, Change.TITLE_REMOVED).contains(change)
                                    ? new TitleRef(TitleKind.MOVIE, 155)
                                    : null);
        }
    }

    @Test
    void nothingArrivesWhenTheChangeRollsBack() {
        new Fixtures(jdbc).user("ev-list-rb", "Rb");
        transactions.executeWithoutResult(status -> {
            lists.create(new CurrentUser("ev-list-rb", null, null, null), "Gone");
            status.setRollbackOnly();
        });
        api.post("/api/lists", Json.object("name", "Kept"), DevTokens.bearer(api, "ev-list-ok"));

        events.awaitOne(ListChanged.class, e -> e.uid().equals("ev-list-ok"));
        events.assertNone(ListChanged.class, e -> e.uid().equals("ev-list-rb"), "ev-list-rb");
    }
}
