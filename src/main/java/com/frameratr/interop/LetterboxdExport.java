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

    /** Where the CSV goes, opened only once there is something to send (headers, status 200). */
    interface Destination {
        Writer open() throws IOException;
    }

    private final LetterboxdExportRepository rows;

    LetterboxdExport(LetterboxdExportRepository rows) {
        this.rows = rows;
    }

    /**
     * Writes the CSV; returns the number of rows written after the header. The writer is flushed
     * after every page and never closed: it belongs to the caller (in the ZIP, more follows it).
     */
    long write(String uid, Destination destination) throws IOException {
        // the first page is read before anything is sent: a database that is down is then a 503
        // problem, not a 200 with a CSV cut short after its header
        List<LetterboxdExportRepository.Viewing> viewings = rows.viewings(uid, BEFORE_ALL, 0, PAGE);
        Writer out = destination.open();
        LetterboxdCsv csv = new LetterboxdCsv(out);
        long written = 0;
        while (true) {
            for (LetterboxdExportRepository.Viewing viewing : viewings) {
                csv.write(viewing.row());
            }
            written += viewings.size();
            out.flush();
            if (viewings.size() < PAGE) {
                break;
            }
            LetterboxdExportRepository.Viewing last = viewings.getLast();
            viewings = rows.viewings(uid, last.watchedOn(), last.id(), PAGE);
        }
        int after = 0;
        while (true) {
            List<LetterboxdRow> undated = rows.undated(uid, after, PAGE);
            for (LetterboxdRow row : undated) {
                csv.write(row);
            }
            written += undated.size();
            out.flush();
            if (undated.size() < PAGE) {
                return written;
            }
            after = undated.getLast().tmdbId();
        }
    }
}
