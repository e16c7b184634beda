package com.frameratr.diary;

import com.frameratr.catalog.TitleRef;
import java.time.LocalDate;
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
}
