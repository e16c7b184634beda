package com.frameratr.interop;

import com.frameratr.interop.AccountExportRepository.Following;
import com.frameratr.interop.AccountExportRepository.ListEntry;
import com.frameratr.interop.AccountExportRepository.Profile;
import com.frameratr.interop.AccountExportRepository.Rating;
import com.frameratr.interop.AccountExportRepository.UserList;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams {@code frameratr.json}, the whole account in FrameRatr's own format (docs/interop.md), with
 * Jackson's streaming generator: every array is read in keyset pages, each written and flushed
 * before the next is read, each page its own statement (no transaction, no connection held while
 * the client reads). The heap holds one page, whatever the size of the account.
 */
@Service
class FrameratrJson {

    static final int FORMAT_VERSION = 1;

    private static final int PAGE = LetterboxdExport.PAGE;

    // before any viewing (watched_on >= 1870-01-01, ids from 1) and any title ("movie" < "tv", ids from 1)
    private static final LocalDate BEFORE_ALL = LocalDate.of(1870, 1, 1);

    private final AccountExportRepository rows;
    private final ObjectWriter writer;

    FrameratrJson(AccountExportRepository rows, JsonMapper json) {
        this.rows = rows;
        // closing the generator must not close the stream: the ZIP's next entry follows
        this.writer = json.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET);
    }

    /**
     * The user's export with its first rows read: a database that is down fails here, before the
     * caller sends anything (a 503 problem, not a 200 cut short).
     */
    Prepared prepare(String uid, Instant exportedAt) {
        Profile profile = rows.profile(uid).orElseThrow(() -> new IllegalStateException("no user " + uid));
        return new Prepared(uid, exportedAt, profile, rows.ratings(uid, "", 0, PAGE));
    }

    final class Prepared {

        private final String uid;
        private final Instant exportedAt;
        private final Profile profile;
        private final List<Rating> firstRatings;

        private Prepared(String uid, Instant exportedAt, Profile profile, List<Rating> firstRatings) {
            this.uid = uid;
            this.exportedAt = exportedAt;
            this.profile = profile;
            this.firstRatings = firstRatings;
        }

        /**
         * Writes the file; returns the number of items (array elements, list entries included).
         * On a failure part-way the generator is left open, not closed: closing would write the
         * missing brackets and make a cut-short export look whole.
         */
        long writeTo(OutputStream out) {
            JsonGenerator json = writer.createGenerator(out);
            json.writeStartObject();
            json.writeStringProperty("format", "frameratr");
            json.writeNumberProperty("version", FORMAT_VERSION);
            json.writePOJOProperty("exported_at", exportedAt);
            json.writePOJOProperty("profile", profile);
            long items =
                    array(json, "ratings", firstRatings, last -> rows.ratings(uid, last.kind(), last.tmdbId(), PAGE));
            items += array(
                    json,
                    "reviews",
                    rows.reviews(uid, "", 0, PAGE),
                    last -> rows.reviews(uid, last.kind(), last.tmdbId(), PAGE));
            items += array(
                    json,
                    "diary",
                    rows.diary(uid, BEFORE_ALL, 0, PAGE),
                    last -> rows.diary(uid, last.entry().watchedOn(), last.id(), PAGE),
                    viewing -> json.writePOJO(viewing.entry()));
            items += array(
                    json,
                    "watchlist",
                    rows.watchlist(uid, "", 0, PAGE),
                    last -> rows.watchlist(uid, last.kind(), last.tmdbId(), PAGE));
            items += array(
                    json,
                    "favorites",
                    rows.favorites(uid, "", 0, PAGE),
                    last -> rows.favorites(uid, last.kind(), last.tmdbId(), PAGE));
            long[] entries = {0};
            items += array(
                    json,
                    "lists",
                    rows.lists(uid, 0, PAGE),
                    last -> rows.lists(uid, last.id(), PAGE),
                    list -> entries[0] += list(json, list));
            items += array(
                    json,
                    "following",
                    rows.following(uid, "", PAGE),
                    (Following last) -> rows.following(uid, last.handle(), PAGE));
            json.writeEndObject();
            json.close();
            return items + entries[0];
        }
    }

    /** One list, its entries a page at a time (a list may hold thousands); returns their number. */
    private long list(JsonGenerator json, UserList list) {
        json.writeStartObject();
        json.writeStringProperty("name", list.name());
        json.writeStringProperty("description", list.description());
        json.writeBooleanProperty("ranked", list.ranked());
        json.writeStringProperty("visibility", list.visibility());
        json.writePOJOProperty("created_at", list.createdAt());
        long entries = array(
                json,
                "entries",
                rows.entries(list.id(), 0, PAGE),
                (ListEntry last) -> rows.entries(list.id(), last.position(), PAGE));
        json.writeEndObject();
        return entries;
    }

    private static <T> long array(JsonGenerator json, String name, List<T> first, Function<T, List<T>> next) {
        return array(json, name, first, next, json::writePOJO);
    }

    /** Writes the array page by page: {@code next} reads the page after a page's last element. */
    private static <T> long array(
            JsonGenerator json, String name, List<T> first, Function<T, List<T>> next, Consumer<T> element) {
        json.writeArrayPropertyStart(name);
        long written = 0;
        List<T> page = first;
        while (true) {
            page.forEach(element);
            written += page.size();
            json.flush();
            if (page.size() < PAGE) {
                break;
            }
            page = next.apply(page.getLast());
        }
        json.writeEndArray();
        return written;
    }
}
