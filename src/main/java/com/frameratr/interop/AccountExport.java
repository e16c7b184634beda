package com.frameratr.interop;

import com.frameratr.users.CurrentUser;
import com.frameratr.users.Users;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;

/**
 * The whole account as one ZIP, written straight to the client: {@code frameratr.json} (everything,
 * {@link FrameratrJson}) and {@code letterboxd.csv} (exactly the {@code format=letterboxd} export).
 * Both stream page by page; nothing but the current page and the compressor's window is in memory.
 */
@Service
class AccountExport {

    static final String JSON_ENTRY = "frameratr.json";
    static final String CSV_ENTRY = "letterboxd.csv";

    /** Where the ZIP goes, opened only once the first rows are read (headers, status 200). */
    interface Destination {
        OutputStream open() throws IOException;
    }

    /** What was written: items of frameratr.json, rows of letterboxd.csv after its header. */
    record Written(long jsonItems, long csvRows) {}

    private final Users users;
    private final FrameratrJson json;
    private final LetterboxdExport letterboxd;

    AccountExport(Users users, FrameratrJson json, LetterboxdExport letterboxd) {
        this.users = users;
        this.json = json;
        this.letterboxd = letterboxd;
    }

    /**
     * Writes the ZIP. On a failure part-way the ZIP is left unfinished, without its central directory,
     * so that no unzip tool takes a cut-short export for a whole one.
     */
    Written write(CurrentUser user, Instant exportedAt, Destination destination) throws IOException {
        // the profile is the users row; a user who never wrote anything may not have one yet
        users.ensureExists(user);
        FrameratrJson.Prepared account = json.prepare(user.uid(), exportedAt);
        ZipOutputStream zip = new ZipOutputStream(destination.open(), StandardCharsets.UTF_8);
        zip.putNextEntry(entry(JSON_ENTRY, exportedAt));
        long items = account.writeTo(zip);
        zip.closeEntry();
        // LetterboxdExport flushes the writer but never closes it: the ZIP is finished below
        long rows = letterboxd.write(user.uid(), () -> {
            zip.putNextEntry(entry(CSV_ENTRY, exportedAt));
            return new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 16_384);
        });
        zip.closeEntry();
        zip.finish();
        zip.flush();
        return new Written(items, rows);
    }

    private static ZipEntry entry(String name, Instant exportedAt) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(exportedAt.toEpochMilli());
        return entry;
    }
}
