package com.frameratr.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.frameratr.comments.CommentDeleted;
import com.frameratr.comments.CommentPosted;
import com.frameratr.diary.ViewingLogged;
import com.frameratr.diary.ViewingRemoved;
import com.frameratr.library.FavoriteAdded;
import com.frameratr.library.FavoriteRemoved;
import com.frameratr.library.WatchlistAdded;
import com.frameratr.library.WatchlistRemoved;
import com.frameratr.lists.ListChanged;
import com.frameratr.lists.ListLiked;
import com.frameratr.lists.ListUnliked;
import com.frameratr.ratings.RatingRemoved;
import com.frameratr.ratings.TitleRated;
import com.frameratr.reviews.ReviewDeleted;
import com.frameratr.reviews.ReviewLiked;
import com.frameratr.reviews.ReviewUnliked;
import com.frameratr.reviews.ReviewWritten;
import com.frameratr.users.UserDeleted;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * A listener of every domain event, as a feature in another module would listen
 * ({@code @ApplicationModuleListener}: after the publishing transaction commits, asynchronously,
 * through the event publication registry). Not a component: only the contexts of tests that
 * {@code @Import} it have a listener, the others keep the service's own (none yet).
 */
public class EventRecorder {

    private final List<Object> received = new CopyOnWriteArrayList<>();
    private final JdbcClient jdbc;

    EventRecorder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(TitleRated event) {
        received.add(event);
    }

    @ApplicationModuleListener
    void on(RatingRemoved event) {
        received.add(event);
    }

    @ApplicationModuleListener
    void on(ReviewWritten event) {
        received.add(event);
    }

    @ApplicationModuleListener
    void on(ReviewDeleted event) {
        received.add(event);
    }

    @ApplicationModuleListener
    void on(FavoriteAdded event) {
        received.add(event);
    }

    @ApplicationModuleListener
    void on(FavoriteRemoved event) {
        received.add(event);
    }

    @ApplicationModuleListener
    void on(WatchlistAdded event) {
        received.add(event);
    }

    @ApplicationModuleListener
    void on(WatchlistRemoved event) {
        received.add(event);
    }

    @ApplicationModuleListener
    void on(ViewingLogged event) {
        received.add(event);
    }

    @ApplicationModuleListener
    void on(ViewingRemoved event) {
        received.add(event);
    }

    @ApplicationModuleListener
    void on(ListChanged event) {
        received.add(event);
    }

    @ApplicationModuleListener
    void on(UserDeleted event) {
        received.add(event);
    }

    @ApplicationModuleListener
    void on(ReviewLiked event) {
        received.add(event);
    }

    @ApplicationModuleListener
    void on(ReviewUnliked event) {
        received.add(event);
    }

    @ApplicationModuleListener
    void on(ListLiked event) {
        received.add(event);
    }

    @ApplicationModuleListener
    void on(ListUnliked event) {
        received.add(event);
    }

    @ApplicationModuleListener
    void on(CommentPosted event) {
        received.add(event);
    }

    @ApplicationModuleListener
    void on(CommentDeleted event) {
        received.add(event);
    }

    /** The one event of this type that matches, waiting up to 10 s for it. */
    public <T> T awaitOne(Class<T> type, Predicate<T> match) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !matching(type, match).isEmpty());
        List<T> found = matching(type, match);
        assertThat(found).as("%s received once", type.getSimpleName()).hasSize(1);
        return found.getFirst();
    }

    /**
     * No such event arrived, and none is on its way: a rolled-back transaction leaves no row in the
     * event publication registry (where every published event waits for its listeners).
     */
    public <T> void assertNone(Class<T> type, Predicate<T> match, String uid) {
        assertThat(matching(type, match))
                .as("%s received", type.getSimpleName())
                .isEmpty();
        int waiting = jdbc.sql("""
                        SELECT count(*)
                        FROM event_publication
                        WHERE event_type = :type
                          AND serialized_event LIKE :uid
                        """)
                .param("type", type.getName())
                .param("uid", "%\"" + uid + "\"%")
                .query(Integer.class)
                .single();
        assertThat(waiting).as("publications waiting for " + uid).isZero();
    }

    public <T> List<T> matching(Class<T> type, Predicate<T> match) {
        return received.stream()
                .filter(type::isInstance)
                .map(type::cast)
                .filter(match)
                .toList();
    }
}
