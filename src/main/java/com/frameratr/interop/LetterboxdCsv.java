package com.frameratr.interop;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes rows in the CSV that Letterboxd's importer reads (letterboxd.com/about/importing-data):
 * RFC 4180 fields, quoted when they hold a comma, a quote, a line break or edge spaces, quotes
 * doubled; UTF-8; CRLF between records (a review keeps its own line breaks inside its quotes). A
 * text cell that a spreadsheet would run as a formula starts with a single quote (see {@link #text}).
 */
final class LetterboxdCsv {

    static final String HEADER = "tmdbID,Title,Year,WatchedDate,Rating,Rating10,Rewatch,Tags,Review";

    private final Writer out;

    LetterboxdCsv(Writer out) throws IOException {
        this.out = out;
        out.write(HEADER);
        out.write("\r\n");
    }

    void write(LetterboxdRow row) throws IOException {
        Integer rating10 = rating10(row.rating());
        field(Integer.toString(row.tmdbId()));
        out.write(',');
        field(text(row.title()));
        out.write(',');
        field(row.year() == null ? "" : row.year().toString());
        out.write(',');
        field(row.watchedOn() == null ? "" : row.watchedOn().toString());
        out.write(',');
        field(rating10 == null ? "" : stars(rating10));
        out.write(',');
        field(rating10 == null ? "" : rating10.toString());
        out.write(',');
        field(row.rewatch() == null ? "" : row.rewatch().toString());
        out.write(',');
        field(text(tags(row.tags())));
        out.write(',');
        field(row.review() == null ? "" : text(row.review()));
        out.write("\r\n");
    }

    /**
     * Letterboxd rates in ten steps (half stars); FrameRatr in twenty (0.5..10 in halves). A half
     * step rounds up (7.5 is 8, four stars), and 0.5 becomes the lowest step, 1.
     */
    static @Nullable Integer rating10(@Nullable BigDecimal rating) {
        if (rating == null) {
            return null;
        }
        return Math.max(1, rating.setScale(0, RoundingMode.HALF_UP).intValueExact());
    }

    /** Stars, 0.5..5: "3.5", "4". */
    static String stars(int rating10) {
        return BigDecimal.valueOf(rating10)
                .divide(BigDecimal.TWO)
                .stripTrailingZeros()
                .toPlainString();
    }

    /** Letterboxd splits tags at commas: one inside a tag (and the spaces around it) becomes a space. */
    static String tags(List<String> tags) {
        return tags.stream()
                .map(tag -> tag.replaceAll("\\s*,\\s*", " ").strip())
                .collect(Collectors.joining(", "));
    }

    /**
     * OWASP's rule against CSV injection: Excel, LibreOffice and Google Sheets read a cell starting
     * with {@code = + - @}, a tab or a carriage return as a formula (a review {@code =cmd|...} could run
     * a command on the reader's machine); a leading {@code '} makes them show it as text. Only the
     * free-text columns: the numeric ones never start with such a character.
     */
    static String text(String value) {
        if (value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0) {
            return value;
        }
        return "'" + value;
    }

    private void field(String value) throws IOException {
        boolean quote = !value.isEmpty()
                && (value.indexOf(',') >= 0
                        || value.indexOf('"') >= 0
                        || value.indexOf('\n') >= 0
                        || value.indexOf('\r') >= 0
                        || Character.isWhitespace(value.charAt(0))
                        || Character.isWhitespace(value.charAt(value.length() - 1)));
        if (!quote) {
            out.write(value);
            return;
        }
        out.write('"');
        out.write(value.replace("\"", "\"\""));
        out.write('"');
    }
}
