package com.frameratr.diary;

import com.frameratr.catalog.TitleRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** What other features may ask of the diary. */
@Component
public class Diary {

    private final DiaryRepository repository;

    Diary(DiaryRepository repository) {
        this.repository = repository;
    }

    /** How often the user logged the title and the last date (null when never), counted from the entries. */
    public Watches watchesOf(String uid, TitleRef title) {
        return repository.watchesOf(uid, title);
    }

    public record Watches(int count, @Nullable LocalDate lastWatchedOn) {}

    /** The user's latest viewings, newest first (a profile's "recent diary"). */
    public List<LoggedViewing> recent(String uid, int limit) {
        return repository.page(new DiaryQuery(uid, null, null, null, null, null), limit).stream()
                .map(entry -> new LoggedViewing(
                        entry.id(),
                        entry.title(),
                        entry.watchedOn(),
                        entry.rewatch(),
                        entry.ratingVal(),
                        entry.liked()))
                .toList();
    }

    public record LoggedViewing(
            long id,
            TitleRef title,
            LocalDate watchedOn,
            boolean rewatch,
            @Nullable BigDecimal ratingVal,
            boolean liked) {}

    /**
     * How many different titles the user logged at all and in the given year: one index range of
     * the user's entries (5,000 for the bench's heaviest diarist).
     */
    public TitlesLogged titlesLogged(String uid, int year) {
        return repository.titlesLogged(uid, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    public record TitlesLogged(int ever, int inYear) {}
}
