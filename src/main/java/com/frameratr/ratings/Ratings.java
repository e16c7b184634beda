package com.frameratr.ratings;

import com.frameratr.catalog.TitleKind;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What other features may ask of ratings: a title's summary, and given users' ratings of a title. */
@Component
public class Ratings {

    private final RatingStatsRepository repository;

    Ratings(RatingStatsRepository repository) {
        this.repository = repository;
    }

    /** A title's count, average and histogram, kept by trigger; all zero when nobody has rated it. */
    public RatingSummary summaryOf(TitleKind kind, int id) {
        return repository.summary(kind, id).orElseGet(RatingSummary::none);
    }

    /** Which of the given titles the user has rated. */
    public java.util.Set<Integer> ratedAmong(String uid, TitleKind kind, Collection<Integer> ids) {
        return ids.isEmpty() ? java.util.Set.of() : java.util.Set.copyOf(repository.ratedAmong(uid, kind, ids));
    }

    /** Each listed user's rating of the title; users who have not rated it are absent. */
    public Map<String, BigDecimal> ratingsBy(TitleKind kind, int id, Collection<String> uids) {
        return repository.valuesByUsers(kind, id, uids);
    }
}
