package com.frameratr.interop;

import com.frameratr.catalog.TitleKind;
import com.frameratr.interop.ImportFact.Fact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The facts of one upload in reading order, numbered from 1, each fact once: a fact whose key was
 * seen before (the same viewing in reviews.csv and diary.csv, a film in watched.csv that the diary
 * logs) is kept as a {@code duplicate} row pointing at the first, so the user sees what was merged.
 * Refuses to grow past {@code max-rows}.
 */
final class FactList {

    /** Where a fact was read. */
    record Origin(String file, int line) {}

    /** The title as the file names it. */
    record TitleName(
            TitleKind kind,
            @Nullable String name,
            @Nullable Integer year,
            @Nullable Integer tmdbId) {

        static TitleName film(String name, @Nullable Integer year) {
            return new TitleName(TitleKind.MOVIE, name, year, null);
        }

        static TitleName tmdb(TitleKind kind, int tmdbId, @Nullable String name, @Nullable Integer year) {
            return new TitleName(kind, name, year, tmdbId);
        }

        /** How two rows name the same title: by TMDb id when given, else by name and year. */
        String key() {
            return tmdbId != null ? kind.code() + ":" + tmdbId : kind.code() + "|" + name + "|" + year;
        }
    }

    private final int maxRows;
    private final List<ImportFact> facts = new ArrayList<>();
    private final Map<String, Integer> firstByKey = new HashMap<>();

    FactList(int maxRows) {
        this.maxRows = maxRows;
    }

    /**
     * Adds a fact; when {@code key} was added before, as a duplicate of that row. Returns the row
     * number of the fact that now carries it (the earlier one for a duplicate).
     */
    int add(Origin origin, Fact fact, @Nullable TitleName title, String key, Map<String, Object> data) {
        Integer first = firstByKey.get(key);
        if (first != null) {
            append(origin, fact, title, RowStatus.DUPLICATE, "same-fact", first, data);
            return first;
        }
        int rowNo = append(origin, fact, title, initialStatus(fact, title), null, null, data);
        firstByKey.put(key, rowNo);
        return rowNo;
    }

    /** Adds a fact that repeats row {@code of} (e.g. a watched film that the diary logs). */
    void addDuplicate(Origin origin, Fact fact, @Nullable TitleName title, int of, Map<String, Object> data) {
        append(origin, fact, title, RowStatus.DUPLICATE, "same-fact", of, data);
    }

    /** Adds a row that will not be imported, saying why (a rating out of range, a review too long). */
    void addSkipped(Origin origin, Fact fact, @Nullable TitleName title, String why, Map<String, Object> data) {
        append(origin, fact, title, RowStatus.SKIPPED, why, null, data);
    }

    List<ImportFact> facts() {
        return List.copyOf(facts);
    }

    int size() {
        return facts.size();
    }

    private static RowStatus initialStatus(Fact fact, @Nullable TitleName title) {
        return fact.aboutATitle() && title != null ? RowStatus.PENDING : RowStatus.MATCHED;
    }

    private int append(
            Origin origin,
            Fact fact,
            @Nullable TitleName title,
            RowStatus status,
            @Nullable String rule,
            @Nullable Integer duplicateOf,
            Map<String, Object> data) {
        if (facts.size() >= maxRows) {
            throw ImportRefused.tooLarge("The upload holds more than " + maxRows + " rows (import_rows)");
        }
        int rowNo = facts.size() + 1;
        facts.add(new ImportFact(
                rowNo,
                origin.file(),
                origin.line(),
                fact,
                title == null ? null : title.kind(),
                title == null ? null : title.name(),
                title == null ? null : title.year(),
                title == null ? null : title.tmdbId(),
                status,
                rule,
                duplicateOf,
                data));
        return rowNo;
    }
}
