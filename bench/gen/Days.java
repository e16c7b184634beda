import java.time.LocalDate;

/**
 * The days the data's timestamps fall on, 2020-01-01 .. 2025-12-30. Their text is computed once:
 * the ratings loop appends tens of millions of timestamps and must not format dates.
 */
final class Days {

    static final int COUNT = 365 * 6;

    private static final String[] LABEL = new String[COUNT];

    static {
        LocalDate first = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < COUNT; i++) {
            LABEL[i] = first.plusDays(i) + " ";
        }
    }

    private Days() {}

    /** "yyyy-mm-dd " (with the space before the time of day). */
    static String label(int day) {
        return LABEL[day];
    }
}
