package com.frameratr.interop;

import com.frameratr.catalog.TitleKind;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One fact read from an uploaded history, as it becomes an {@code import_rows} row: where it was
 * read, what it says ({@link Fact}), the title it is about as the file names it (a Letterboxd name
 * and year, or a TMDb id), and its own fields in {@code data}.
 */
record ImportFact(
        int rowNo,
        String sourceFile,
        int sourceLine,
        Fact fact,
        @Nullable TitleKind kind,
        @Nullable String name,
        @Nullable Integer year,
        @Nullable Integer tmdbId,
        RowStatus status,
        @Nullable String rule,
        @Nullable Integer duplicateOf,
        Map<String, Object> data) {

    enum Fact {
        VIEWING,
        RATING,
        REVIEW,
        WATCHLIST,
        FAVORITE,
        LIST,
        LIST_ENTRY,
        FOLLOW;

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** Whether the fact is about a title (a list's own row and a follow are not). */
        boolean aboutATitle() {
            return this != LIST && this != FOLLOW;
        }
    }
}
