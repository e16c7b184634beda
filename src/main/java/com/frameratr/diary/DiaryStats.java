package com.frameratr.diary;

import com.frameratr.catalog.Catalog;
import com.frameratr.catalog.TitleCard;
import com.frameratr.catalog.TitleKind;
import com.frameratr.ratings.Ratings;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
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
            StatsRepository.Totals totals = repository.totals(uid, from, until);
            int[] histogram = year == null ? ratings.histogramOf(uid) : repository.ratingHistogram(uid, from, until);
            return new StatsResponse(
                    year,
                    totals.films(),
                    totals.shows(),
                    totals.viewings(),
                    totals.rewatches(),
                    BigDecimal.valueOf(totals.minutes()).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP),
                    list(totals.byMonth()),
                    list(totals.byWeekday()),
                    repository.topGenres(uid, from, until, TOP).stream()
                            .map(genre -> new StatsResponse.GenreCount(genre.name(), genre.count()))
                            .toList(),
                    list(histogram),
                    StatsRepository.average(histogram),
                    mostWatched(repository.mostWatched(uid, from, until, TOP)));
        });
    }

    private List<StatsResponse.MostWatchedTitle> mostWatched(List<StatsRepository.MostWatched> titles) {
        Map<TitleKind, Map<Integer, TitleCard>> cards = new EnumMap<>(TitleKind.class);
        for (TitleKind kind : TitleKind.values()) {
            cards.put(
                    kind,
                    catalog.cards(
                            kind,
                            titles.stream()
                                    .filter(title -> title.kind() == kind)
                                    .map(StatsRepository.MostWatched::titleId)
                                    .toList()));
        }
        return titles.stream()
                .filter(title -> cards.get(title.kind()).containsKey(title.titleId()))
                .map(title -> new StatsResponse.MostWatchedTitle(
                        cards.get(title.kind()).get(title.titleId()), title.viewings(), title.lastWatchedOn()))
                .toList();
    }

    private static List<Integer> list(int[] counts) {
        return Arrays.stream(counts).boxed().toList();
    }
}
