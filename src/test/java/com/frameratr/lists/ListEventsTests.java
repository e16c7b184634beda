package com.frameratr.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** The changes the first version's paths make; the others are the list pages' (below). */
    static final Set<Change> FIRST_VERSION =
            EnumSet.of(Change.CREATED, Change.DELETED, Change.TITLE_ADDED, Change.TITLE_REMOVED);

    @Test
    void everyChangeOfTheFirstVersionsPathsArrivesOnceAfterTheCommit() {
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

        for (Change change : FIRST_VERSION) {
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
    void everyChangeOfAListPageArrivesOnceAfterTheCommitAndNoOpsPublishNothing() {
        new Fixtures(jdbc).tvShow(1396, "Breaking Bad", 300);
        String[] token = DevTokens.bearer(api, "ev-page");
        long id = api.post("/api/lists", Json.object("name", "Mixed"), token)
                .json()
                .get("id")
                .asLong();
        api.patch("/api/lists/" + id, Json.object("visibility", "public"), token);
        api.patch("/api/lists/" + id, Json.object("visibility", "public"), token);
        long movie = api.post("/api/lists/" + id + "/entries", Json.object("movie_id", 155), token)
                .json()
                .get("entry_id")
                .asLong();
        long tv = api.post("/api/lists/" + id + "/entries", Json.object("tv_id", 1396, "position", 1), token)
                .json()
                .get("entry_id")
                .asLong();
        api.patch("/api/lists/" + id + "/entries/" + tv, Json.object("note", "Say my name."), token);
        api.patch("/api/lists/" + id + "/entries/" + tv, Json.object("note", "Say my name.", "position", 1), token);
        api.put("/api/lists/" + id + "/order", Json.object("entry_ids", List.of(movie, tv)), token);
        api.put("/api/lists/" + id + "/order", Json.object("entry_ids", List.of(movie, tv)), token);
        api.delete("/api/lists/" + id + "/entries/" + tv, token);

        TitleRef show = new TitleRef(TitleKind.TV, 1396);
        Map<Change, TitleRef> expected = new EnumMap<>(Change.class);
        expected.put(Change.CHANGED, null);
        expected.put(Change.ENTRY_CHANGED, show);
        expected.put(Change.REORDERED, null);
        expected.put(Change.TITLE_REMOVED, show);
        assertThat(expected.keySet()).containsAll(EnumSet.complementOf(EnumSet.copyOf(FIRST_VERSION)));
        expected.forEach((change, title) -> {
            ListChanged event =
                    events.awaitOne(ListChanged.class, e -> e.uid().equals("ev-page") && e.change() == change);
            assertThat(event.listId()).isEqualTo(id);
            assertThat(event.title()).isEqualTo(title);
        });
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(events.matching(
                                ListChanged.class, e -> e.uid().equals("ev-page") && e.change() == Change.TITLE_ADDED))
                        .extracting(ListChanged::title)
                        .containsExactlyInAnyOrder(new TitleRef(TitleKind.MOVIE, 155), show));
    }

    @Test
    void nothingArrivesWhenTheChangeRollsBack() {
        new Fixtures(jdbc).user("ev-list-rb", "Rb");
        transactions.executeWithoutResult(status -> {
            lists.create(
                    new CurrentUser("ev-list-rb", null, null, null),
                    new ListFields("Gone", null, false, Visibility.PRIVATE));
            status.setRollbackOnly();
        });
        api.post("/api/lists", Json.object("name", "Kept"), DevTokens.bearer(api, "ev-list-ok"));

        events.awaitOne(ListChanged.class, e -> e.uid().equals("ev-list-ok"));
        events.assertNone(ListChanged.class, e -> e.uid().equals("ev-list-rb"), "ev-list-rb");
    }
}
