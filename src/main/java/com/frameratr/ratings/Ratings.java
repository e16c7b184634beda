package com.frameratr.ratings;

import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import java.math.BigDecimal;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** What other features may ask of ratings: a title's summary, and given users' ratings of a title. */
@Component
public class Ratings {

    private final RatingStatsRepository repository;
    private final RatingService ratings;

    Ratings(RatingStatsRepository repository, RatingService ratings) {
        this.repository = repository;
        this.ratings = ratings;
    }

    /** 0.5 to 10 in steps of 0.5, else the 400 naming {@code rating_val}; the value with one decimal. */
    public static BigDecimal requireValid(@Nullable BigDecimal value) {
        return RatingValue.require(value);
    }

    /**
     * Sets the user's current rating of the title as part of the caller's transaction, whose user
     * row and title exist: the same upsert, statistics and {@link TitleRated} as {@code POST /api/ratings}.
     */
    public void rateWithin(String uid, TitleRef title, BigDecimal value) {
        ratings.rateWithin(uid, title, RatingValue.require(value));
    }

    /** How many of the user's current ratings have each value: index i counts ratings of (i + 1) × 0.5. */
    public int[] histogramOf(String uid) {
        return repository.userHistogram(uid);
    }

    /** The user's current rating of the title, if any. */
    public java.util.Optional<BigDecimal> ratingOf(String uid, TitleRef title) {
        return java.util.Optional.ofNullable(repository
                .valuesByUsers(title.kind(), title.id(), java.util.List.of(uid))
                .get(uid));
    }

    /** A title's count, average and histogram, kept by trigger; all zero when nobody has rated it. */
    public RatingSummary summaryOf(TitleKind kind, int id) {
        return repository.summary(kind, id).orElseGet(RatingSummary::none);
    }

    /** Which of the given titles the user has rated. */
    public java.util.Set<Integer> ratedAmong(String uid, TitleKind kind, Collection<Integer> ids) {
        return ids.isEmpty() ? java.util.Set.of() : java.util.Set.copyOf(repository.ratedAmong(uid, kind, ids));
    }
}
