package com.frameratr.diary;

import com.frameratr.catalog.TitleRef;
import com.frameratr.platform.paging.Cursor;
import com.frameratr.platform.problems.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What of a user's diary a page shows: optionally one title, one tag, one year or month (the
 * half-open range {@code from..until} of watched_on), and where the previous page ended.
 */
record DiaryQuery(
        String uid,
        @Nullable TitleRef title,
        @Nullable String tag,
        @Nullable LocalDate from,
        @Nullable LocalDate until,
        @Nullable After after) {

    /** The sort key of the last entry of the previous page. */
    record After(LocalDate watchedOn, long id) {

        static After decode(String cursor) {
            List<String> parts = Cursor.decode(cursor, 2);
            try {
                return new After(LocalDate.parse(parts.get(0)), Cursor.longPart(parts.get(1)));
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("cursor", "is not a cursor of this list");
            }
        }
    }

    /** The watched_on range of a year, or of one month of it; month without year is a 400. */
    static LocalDate[] period(@Nullable Integer year, @Nullable Integer month) {
        if (month != null && year == null) {
            throw new InvalidInputException("month", "needs a year");
        }
        if (year == null) {
            return new LocalDate[] {null, null};
        }
        if (month == null) {
            return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)};
        }
        LocalDate start = LocalDate.of(year, month, 1);
        return new LocalDate[] {start, start.plusMonths(1)};
    }
}
