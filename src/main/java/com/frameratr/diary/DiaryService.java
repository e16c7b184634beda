package com.frameratr.diary;

import com.frameratr.catalog.Catalog;
import com.frameratr.catalog.TitleCard;
import com.frameratr.catalog.TitleRef;
import com.frameratr.library.Favorites;
import com.frameratr.library.Watchlist;
import com.frameratr.platform.jdbc.ReferencedRows;
import com.frameratr.platform.limits.UserLimit;
import com.frameratr.platform.problems.ConflictException;
import com.frameratr.platform.problems.NotFoundException;
import com.frameratr.ratings.Ratings;
import com.frameratr.reviews.Reviews;
import com.frameratr.users.CurrentUser;
import com.frameratr.users.Users;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Logs viewings, changes and deletes them. A viewing and everything it implies (the current
 * rating, the review, the favorite, leaving the watchlist, the idempotency key's answer) is one
 * transaction: a retry finds all of it or none.
 */
@Service
class DiaryService {

    static final int CREATED = 201;

    private final DiaryRepository repository;
    private final IdempotencyKeys keys;
    private final Catalog catalog;
    private final Users users;
    private final Ratings ratings;
    private final Reviews reviews;
    private final Favorites favorites;
    private final Watchlist watchlist;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final UserLimit perDay;
    private final Clock clock = Clock.systemUTC();

    DiaryService(
            DiaryRepository repository,
            IdempotencyKeys keys,
            Catalog catalog,
            Users users,
            Ratings ratings,
            Reviews reviews,
            Favorites favorites,
            Watchlist watchlist,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            JsonMapper json,
            @Qualifier(DiaryLimits.ENTRIES_PER_DAY) UserLimit perDay) {
        this.repository = repository;
        this.keys = keys;
        this.catalog = catalog;
        this.users = users;
        this.ratings = ratings;
        this.reviews = reviews;
        this.favorites = favorites;
        this.watchlist = watchlist;
        this.transactions = transactions;
        this.events = events;
        this.json = json;
        this.perDay = perDay;
    }

    /** The answer to a POST: its status and JSON body, and whether it was replayed for a retry. */
    record Answer(int status, String body, boolean replayed) {}

    /**
     * Logs a viewing. With an idempotency key, a retry of the same request within 24 hours gets the
     * first answer again and writes nothing; another request with that key is a 409.
     */
    Answer log(CurrentUser user, LogViewing viewing, @Nullable String key) {
        LocalDate watchedOn = WatchedOn.orToday(viewing.watchedOn(), clock);
        BigDecimal rating = viewing.ratingVal() == null ? null : Ratings.requireValid(viewing.ratingVal());
        String hash = key == null ? null : hash(viewing);
        return ReferencedRows.writeOrCreateFirst(
                transactions,
                () -> {
                    if (key != null) {
                        Optional<IdempotencyKeys.Answer> earlier = keys.claimOrFind(user.uid(), key, hash);
                        if (earlier.isPresent()) {
                            return replay(earlier.get(), hash);
                        }
                    }
                    String body = json.writeValueAsString(render(create(user.uid(), viewing, watchedOn, rating)));
                    if (key != null) {
                        keys.complete(user.uid(), key, CREATED, body);
                    }
                    return new Answer(CREATED, body, false);
                },
                () -> {
                    catalog.ensurePresent(
                            viewing.title().kind(), viewing.title().id());
                    users.ensureExists(user);
                });
    }

    private DiaryEntry create(String uid, LogViewing viewing, LocalDate watchedOn, @Nullable BigDecimal rating) {
        TitleRef title = viewing.title();
        boolean rewatch =
                viewing.rewatch() != null ? viewing.rewatch() : repository.watchedOnOrBefore(uid, title, watchedOn);
        Long reviewId =
                viewing.review() == null ? null : reviews.writeWithin(uid, title, viewing.review(), viewing.spoiler());
        DiaryEntry entry = repository.insert(new DiaryEntry(
                0,
                uid,
                title.kind(),
                title.id(),
                watchedOn,
                rewatch,
                rating,
                viewing.liked(),
                reviewId,
                viewing.tags(),
                null,
                null));
        perDay.check(repository.countOnDay(uid, watchedOn) - 1, 1);
        if (rating != null) {
            ratings.rateWithin(uid, title, rating);
        }
        if (viewing.liked()) {
            favorites.addWithin(uid, title);
        }
        if (!viewing.keepInWatchlist()) {
            watchlist.removeWithin(uid, title);
        }
        events.publishEvent(new ViewingLogged(entry.id(), uid, title, watchedOn, rewatch, rating));
        return entry;
    }

    private static Answer replay(IdempotencyKeys.Answer earlier, @Nullable String hash) {
        if (!earlier.requestHash().equals(hash) || earlier.status() == null || earlier.body() == null) {
            throw new ConflictException(
                    "idempotency-key-reused",
                    "This Idempotency-Key was used for a different request in the last 24 hours");
        }
        return new Answer(earlier.status(), earlier.body(), true);
    }

    /** Changes one's own entry (anyone else's is a 404); a rating or review given also becomes the current one. */
    DiaryEntryResponse change(CurrentUser user, long id, ChangeViewing changes) {
        LocalDate newDate = changes.watchedOn() == null ? null : WatchedOn.orToday(changes.watchedOn(), clock);
        BigDecimal rating = changes.ratingVal() == null ? null : Ratings.requireValid(changes.ratingVal());
        return render(transactions.execute(status -> {
            DiaryEntry entry = repository.findOwnForUpdate(id, user.uid()).orElseThrow(() -> notFound(id));
            TitleRef title = entry.title();
            Long reviewId = entry.reviewId();
            if (changes.review() != null) {
                reviewId = reviews.writeWithin(
                        user.uid(), title, changes.review(), Boolean.TRUE.equals(changes.spoiler()));
            }
            if (rating != null) {
                ratings.rateWithin(user.uid(), title, rating);
            }
            boolean liked = changes.liked() != null ? changes.liked() : entry.liked();
            if (Boolean.TRUE.equals(changes.liked())) {
                favorites.addWithin(user.uid(), title);
            }
            DiaryEntry updated = repository.update(new DiaryEntry(
                    entry.id(),
                    entry.uid(),
                    entry.kind(),
                    entry.titleId(),
                    newDate != null ? newDate : entry.watchedOn(),
                    changes.rewatch() != null ? changes.rewatch() : entry.rewatch(),
                    rating != null ? rating : entry.ratingVal(),
                    liked,
                    reviewId,
                    changes.tags() != null ? changes.tags() : entry.tags(),
                    entry.createdAt(),
                    entry.updatedAt()));
            if (newDate != null && !newDate.equals(entry.watchedOn())) {
                perDay.check(repository.countOnDay(user.uid(), newDate) - 1, 1);
            }
            return updated;
        }));
    }

    /** Deletes one's own entry; the rating and review stay (they are the user's current ones). */
    void delete(CurrentUser user, long id) {
        transactions.executeWithoutResult(status -> {
            TitleRef title = repository.deleteOwn(id, user.uid()).orElseThrow(() -> notFound(id));
            events.publishEvent(new ViewingRemoved(id, user.uid(), title));
        });
    }

    DiaryEntryResponse render(DiaryEntry entry) {
        TitleCard card =
                catalog.cards(entry.kind(), java.util.List.of(entry.titleId())).get(entry.titleId());
        return DiaryEntryResponse.from(entry, card);
    }

    private String hash(LogViewing viewing) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(viewing).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("Diary entry " + id + " does not exist or is not yours");
    }
}
