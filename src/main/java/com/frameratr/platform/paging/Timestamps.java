package com.frameratr.platform.paging;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** PostgreSQL's timestamptz has microseconds; cursors carry them exactly as a number. */
public final class Timestamps {

    private Timestamps() {}

    public static long toMicros(OffsetDateTime time) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, time.toInstant());
    }

    /** Years 0001 to 9999, as PostgreSQL stores them; anything else is not one of our cursors. */
    private static final long MAX_MICROS = 253_402_300_799_999_999L;

    private static final long MIN_MICROS = -62_135_596_800_000_000L;

    public static OffsetDateTime fromMicros(long micros) {
        if (micros < MIN_MICROS || micros > MAX_MICROS) {
            throw Cursor.invalid();
        }
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
