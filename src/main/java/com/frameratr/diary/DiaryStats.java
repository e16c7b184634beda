package com.frameratr.diary;

import com.frameratr.catalog.Catalog;
import com.frameratr.catalog.TitleCard;
import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import com.frameratr.ratings.Ratings;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** A user's statistics, from their diary (and, for the whole life, their current ratings). */
@Service
class DiaryStats {

    static final int TOP = 10;

    private static final LocalDate EVER_FROM = WatchedOn.EARLIEST;
    private static final LocalDate EVER_UNTIL = LocalDate.of(2200, 1, 1);

    private final StatsRepository repository;
    private final Ratings ratings;
    private final Catalog catalog;
    private final TransactionTemplate snapshot;

    DiaryStats(StatsRepository repository, Ratings ratings, Catalog catalog, TransactionTemplate transactions) {
        this.repository = repository;
        this.ratings = ratings;
        this.catalog = catalog;
        // one snapshot for all the aggregates, so they agree with each other
        this.snapshot = new TransactionTemplate(transactions.getTransactionManager());
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    StatsResponse of(String uid, @Nullable Integer year) {
        LocalDate from = year == null ? EVER_FROM : LocalDate.of(year, 1, 1);
        LocalDate until = year == null ? EVER_UNTIL : from.plusYears(1);
        return snapshot.execute(status -> {
            StatsTally tally = repository.tally(uid, from, until);
            int[] histogram = year == null ? ratings.histogramOf(uid) : tally.ratingHistogram();
            return new StatsResponse(
                    year,
                    tally.distinct(TitleKind.MOVIE),
                    tally.distinct(TitleKind.TV),
                    tally.viewings(),
                    tally.rewatches(),
                    BigDecimal.valueOf(tally.minutes()).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP),
                    list(tally.byMonth()),
                    list(tally.byWeekday()),
                    tally.topGenres(repository.genreNames(), TOP).stream()
                            .map(genre -> new StatsResponse.GenreCount(genre.getKey(), genre.getValue()))
                            .toList(),
                    list(histogram),
                    StatsRepository.average(histogram),
                    mostWatched(tally.mostWatched(TOP)));
        });
    }

    private List<StatsResponse.MostWatchedTitle> mostWatched(List<StatsTally.TitleWatches> titles) {
        Map<TitleRef, TitleCard> cards = catalog.cards(
                titles.stream().map(StatsTally.TitleWatches::title).toList());
        return titles.stream()
                .filter(watches -> cards.containsKey(watches.title()))
                .map(watches -> new StatsResponse.MostWatchedTitle(
                        cards.get(watches.title()), watches.count(), watches.lastWatchedOn()))
                .toList();
    }

    private static List<Integer> list(int[] counts) {
        return Arrays.stream(counts).boxed().toList();
    }
}
