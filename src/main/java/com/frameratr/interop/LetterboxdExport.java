package com.frameratr.interop;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Streams a user's Letterboxd CSV page by page: each page is one short statement (no transaction
 * and no connection held while the client reads), written and flushed before the next is read.
 */
@Service
class LetterboxdExport {

    /** Rows per statement: a few MB at most (a review is up to 10,000 characters). */
    static final int PAGE = 500;

    // before any viewing (watched_on >= 1870-01-01, ids from 1)
    private static final LocalDate BEFORE_ALL = LocalDate.of(1870, 1, 1);

    private final LetterboxdExportRepository rows;

    LetterboxdExport(LetterboxdExportRepository rows) {
        this.rows = rows;
    }

    /** Writes the CSV; returns the number of rows written after the header. */
    long write(String uid, Writer out) throws IOException {
        LetterboxdCsv csv = new LetterboxdCsv(out);
        long written = 0;
        LocalDate watchedOn = BEFORE_ALL;
        long id = 0;
        List<LetterboxdExportRepository.Viewing> viewings;
        do {
            viewings = rows.viewings(uid, watchedOn, id, PAGE);
            for (LetterboxdExportRepository.Viewing viewing : viewings) {
                csv.write(viewing.row());
                watchedOn = viewing.watchedOn();
                id = viewing.id();
            }
            written += viewings.size();
            out.flush();
        } while (viewings.size() == PAGE);
        int after = 0;
        List<LetterboxdRow> undated;
        do {
            undated = rows.undated(uid, after, PAGE);
            for (LetterboxdRow row : undated) {
                csv.write(row);
                after = row.tmdbId();
            }
            written += undated.size();
            out.flush();
        } while (undated.size() == PAGE);
        return written;
    }
}
