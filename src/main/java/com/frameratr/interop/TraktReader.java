package com.frameratr.interop;

import com.frameratr.catalog.TitleKind;
import com.frameratr.interop.FactList.Origin;
import com.frameratr.interop.FactList.TitleName;
import com.frameratr.interop.ImportFact.Fact;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Trakt's history, ratings and watchlist in the shapes of its API v2 ({@code GET /sync/history},
 * {@code /sync/ratings}, {@code /sync/watchlist}: arrays of items with a {@code movie} or {@code show}
 * carrying {@code ids.tmdb}), one file each or zipped; which is which is told by the items. TMDb ids
 * are given, so nothing is searched. Each play is a diary entry on the day of {@code watched_at}
 * (UTC); an episode's play is a viewing of its show, so several episodes on one day are one entry.
 */
final class TraktReader {

    private final FactList facts;

    private TraktReader(ImportProperties limits) {
        this.facts = new FactList(limits.maxRows());
    }

    static boolean wanted(String entry) {
        return entry.toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    }

    record Play(Origin origin, JsonNode item, Instant watchedAt) {}

    static List<ImportFact> read(List<UploadedFile> files, JsonMapper json, ImportProperties limits) {
        TraktReader reader = new TraktReader(limits);
        List<Play> plays = new ArrayList<>();
        List<Map.Entry<Origin, JsonNode>> ratings = new ArrayList<>();
        List<Map.Entry<Origin, JsonNode>> watchlist = new ArrayList<>();
        for (UploadedFile file : files) {
            int index = 0;
            try (MappingIterator<JsonNode> items =
                    json.readerFor(JsonNode.class).readValues(file.text())) {
                while (items.hasNextValue()) {
                    JsonNode item = items.nextValue();
                    index++;
                    Origin origin = new Origin(file.name(), index);
                    if (!item.isObject()) {
                        throw ImportRefused.invalid(UploadFiles.printable(file.name()) + " item " + index
                                + " is not an object: not Trakt's history, ratings or watchlist");
                    }
                    if (item.has("watched_at")) {
                        plays.add(new Play(
                                origin, item, instant(item.path("watched_at").asString(""))));
                    } else if (item.has("rating") && item.has("rated_at")) {
                        ratings.add(Map.entry(origin, item));
                    } else if (item.has("listed_at")) {
                        watchlist.add(Map.entry(origin, item));
                    } else {
                        throw ImportRefused.invalid(UploadFiles.printable(file.name()) + " item " + index
                                + " has none of watched_at, rated_at, listed_at: not Trakt's history, ratings or"
                                + " watchlist");
                    }
                }
            } catch (JacksonException ex) {
                throw ImportRefused.invalid(
                        UploadFiles.printable(file.name()) + " is not JSON: " + ex.getOriginalMessage());
            }
        }
        if (plays.isEmpty() && ratings.isEmpty() && watchlist.isEmpty()) {
            throw ImportRefused.invalid("The upload holds no Trakt history, ratings or watchlist items");
        }
        plays.sort(Comparator.comparing(Play::watchedAt, Comparator.nullsLast(Comparator.naturalOrder())));
        Set<String> seen = new HashSet<>();
        for (Play play : plays) {
            reader.play(play, seen);
        }
        ratings.forEach(e -> reader.rating(e.getKey(), e.getValue()));
        watchlist.forEach(e -> reader.watchlist(e.getKey(), e.getValue()));
        return reader.facts.facts();
    }

    private void play(Play play, Set<String> seen) {
        JsonNode item = play.item();
        String type = item.path("type").asString("");
        Map<String, Object> data = new LinkedHashMap<>();
        TitleName title = title(item, type.equals("episode") ? "show" : "movie");
        if (!type.equals("movie") && !type.equals("episode")) {
            facts.addSkipped(play.origin(), Fact.VIEWING, title, "history item of type " + type, data);
            return;
        }
        if (title == null || title.tmdbId() == null) {
            facts.addSkipped(play.origin(), Fact.VIEWING, title, "no TMDb id", data);
            return;
        }
        if (play.watchedAt() == null) {
            facts.addSkipped(play.origin(), Fact.VIEWING, title, "watched_at is not a time", data);
            return;
        }
        var day = play.watchedAt().atZone(ZoneOffset.UTC).toLocalDate();
        if (!LetterboxdReader.plausibleViewing(day)) {
            facts.addSkipped(play.origin(), Fact.VIEWING, title, "watched date is not a date 1870..tomorrow", data);
            return;
        }
        // a rewatch: the same movie, or the same episode, played before
        String what = type.equals("episode")
                ? title.key() + "/s" + item.path("episode").path("season").asInt(-1) + "e"
                        + item.path("episode").path("number").asInt(-1)
                : title.key();
        boolean rewatch = !seen.add(what);
        data.put("watched_on", day.toString());
        data.put("rewatch", rewatch);
        data.put("rating", null);
        data.put("tags", List.of());
        data.put("logged_at", play.watchedAt().toString());
        facts.add(play.origin(), Fact.VIEWING, title, "viewing|" + title.key() + "|" + day + "|" + rewatch, data);
    }

    private void rating(Origin origin, JsonNode item) {
        String type = item.path("type").asString("");
        TitleName title = title(item, type);
        Map<String, Object> data = new LinkedHashMap<>();
        if (!type.equals("movie") && !type.equals("show")) {
            facts.addSkipped(
                    origin, Fact.RATING, null, "FrameRatr rates movies and shows (this is a " + type + ")", data);
            return;
        }
        if (title == null || title.tmdbId() == null) {
            facts.addSkipped(origin, Fact.RATING, title, "no TMDb id", data);
            return;
        }
        JsonNode rating = item.path("rating");
        if (!rating.isIntegralNumber() || rating.asInt() < 1 || rating.asInt() > 10) {
            facts.addSkipped(origin, Fact.RATING, title, "rating is not 1..10", data);
            return;
        }
        data.put("rating", BigDecimal.valueOf(rating.asInt()).setScale(1));
        Instant rated = instant(item.path("rated_at").asString(""));
        if (rated != null) {
            data.put("rated_at", rated.toString());
        }
        facts.add(origin, Fact.RATING, title, "rating|" + title.key(), data);
    }

    private void watchlist(Origin origin, JsonNode item) {
        String type = item.path("type").asString("");
        TitleName title = title(item, type);
        Map<String, Object> data = new LinkedHashMap<>();
        if (!type.equals("movie") && !type.equals("show")) {
            facts.addSkipped(
                    origin,
                    Fact.WATCHLIST,
                    null,
                    "FrameRatr's watchlist holds movies and shows (this is a " + type + ")",
                    data);
            return;
        }
        if (title == null || title.tmdbId() == null) {
            facts.addSkipped(origin, Fact.WATCHLIST, title, "no TMDb id", data);
            return;
        }
        Instant listed = instant(item.path("listed_at").asString(""));
        if (listed != null) {
            data.put("added_at", listed.toString());
        }
        facts.add(origin, Fact.WATCHLIST, title, "watchlist|" + title.key(), data);
    }

    /** The movie or show the item is about; null when it has neither. */
    private static @Nullable TitleName title(JsonNode item, String field) {
        JsonNode media = item.path(field.equals("show") ? "show" : "movie");
        if (!media.isObject()) {
            return null;
        }
        TitleKind kind = field.equals("show") ? TitleKind.TV : TitleKind.MOVIE;
        String name = media.path("title").isString() ? media.path("title").asString() : null;
        Integer year =
                media.path("year").isIntegralNumber() ? media.path("year").asInt() : null;
        if (name != null && name.length() > LetterboxdReader.MAX_NAME) {
            name = name.substring(0, LetterboxdReader.MAX_NAME);
        }
        JsonNode tmdb = media.path("ids").path("tmdb");
        if (!tmdb.isIntegralNumber() || tmdb.asLong() < 1 || tmdb.asLong() > Integer.MAX_VALUE) {
            return new TitleName(kind, name, year, null);
        }
        return TitleName.tmdb(kind, tmdb.asInt(), name, year);
    }

    private static @Nullable Instant instant(String text) {
        try {
            return text.isEmpty() ? null : Instant.parse(text);
        } catch (DateTimeParseException ex) {
            return null;
        }
    }
}
