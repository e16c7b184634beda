package com.frameratr.diary;

import com.frameratr.platform.problems.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A viewing's date: default today (UTC); not after tomorrow (time zones ahead of UTC), not before 1870. */
final class WatchedOn {

    static final LocalDate EARLIEST = LocalDate.of(1870, 1, 1);

    private WatchedOn() {}

    static LocalDate orToday(@Nullable LocalDate date, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (date == null) {
            return today;
        }
        if (date.isAfter(today.plusDays(1))) {
            throw new InvalidInputException("watched_on", "must not be after tomorrow (UTC)");
        }
        if (date.isBefore(EARLIEST)) {
            throw new InvalidInputException("watched_on", "must not be before 1870-01-01");
        }
        return date;
    }
}
