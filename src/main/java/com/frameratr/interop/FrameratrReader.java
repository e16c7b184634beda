package com.frameratr.interop;

import com.frameratr.catalog.TitleKind;
import com.frameratr.interop.FactList.Origin;
import com.frameratr.interop.FactList.TitleName;
import com.frameratr.interop.ImportFact.Fact;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a FrameRatr account export ({@code frameratr.json}, alone or in the export's ZIP; see
 * docs/interop.md) so that another account gets the same library: ratings and reviews with their
 * times, the diary, watchlist, favorites, lists with their entries in order, and whom it followed.
 * The file is read item by item (an account of 50,000 viewings never becomes one tree).
 */
final class FrameratrReader {

    static final String FILE = "frameratr.json";

    private final FactList facts;
    private int listNo;

    private FrameratrReader(ImportProperties limits) {
        this.facts = new FactList(limits.maxRows());
    }

    static boolean wanted(String entry) {
        return UploadFiles.baseName(entry).equals(FILE);
    }

    static List<ImportFact> read(List<UploadedFile> files, JsonMapper json, ImportProperties limits) {
        List<UploadedFile> exports =
                files.stream().filter(file -> file.name().equals(FILE)).toList();
        if (exports.size() != 1) {
            throw ImportRefused.invalid("A FrameRatr import is the export's ZIP or its " + FILE + " alone");
        }
        FrameratrReader reader = new FrameratrReader(limits);
        reader.parse(exports.getFirst().text(), json);
        return reader.facts.facts();
    }

    private void parse(String text, JsonMapper json) {
        boolean versioned = false;
        try (JsonParser parser = json.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw ImportRefused.invalid(FILE + " is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_ARRAY) {
                    int index = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        JsonNode item = parser.readValueAsTree();
                        index++;
                        item(field, new Origin(FILE + "#" + field, index), item);
                    }
                } else {
                    JsonNode node = parser.readValueAsTree();
                    if (field.equals("format") && !node.asString("").equals("frameratr")) {
                        throw ImportRefused.invalid(FILE + " is not a FrameRatr export (format is not 'frameratr')");
                    }
                    if (field.equals("version")) {
                        if (node.asInt(0) != 1) {
                            throw ImportRefused.invalid(
                                    FILE + " has version " + node.asString("?") + "; this service reads version 1");
                        }
                        versioned = true;
                    }
                }
            }
        } catch (JacksonException ex) {
            throw ImportRefused.invalid(FILE + " is not valid JSON: " + ex.getOriginalMessage());
        }
        if (!versioned) {
            throw ImportRefused.invalid(FILE + " has no version");
        }
    }

    private void item(String field, Origin origin, JsonNode item) {
        switch (field) {
            case "ratings" ->
                titled(origin, item, Fact.RATING, "rating", data -> {
                    data.put("rating", rating(item.path("rating_val")));
                    data.put("rated_at", text(item, "updated_at"));
                    data.put("created_at", text(item, "created_at"));
                    return data.get("rating") == null ? "rating_val is not 0.5..10 in halves" : null;
                });
            case "reviews" ->
                titled(origin, item, Fact.REVIEW, "review", data -> {
                    String body = text(item, "body");
                    data.put("review", body);
                    data.put("spoiler", item.path("spoiler").asBoolean(false));
                    data.put("written_at", text(item, "updated_at"));
                    data.put("created_at", text(item, "created_at"));
                    return body == null || body.isBlank() || body.length() > LetterboxdReader.MAX_REVIEW
                            ? "review body must be 1.." + LetterboxdReader.MAX_REVIEW + " characters"
                            : null;
                });
            case "diary" -> viewing(origin, item);
            case "watchlist" ->
                titled(origin, item, Fact.WATCHLIST, "watchlist", data -> {
                    data.put("added_at", text(item, "added_at"));
                    return null;
                });
            case "favorites" ->
                titled(origin, item, Fact.FAVORITE, "favorite", data -> {
                    data.put("added_at", text(item, "added_at"));
                    return null;
                });
            case "lists" -> list(origin, item);
            case "following" -> {
                String handle = text(item, "handle");
                Map<String, Object> data = new LinkedHashMap<>();
                if (handle == null || handle.length() > 64) {
                    facts.addSkipped(origin, Fact.FOLLOW, null, "no handle", data);
                    return;
                }
                data.put("handle", handle);
                facts.add(origin, Fact.FOLLOW, null, "follow|" + handle, data);
            }
            default -> {
                // the profile and anything a later version adds: not imported
            }
        }
    }

    private interface Fields {
        /** Fills {@code data}; returns why the row cannot be stored, or null. */
        @Nullable
        String fill(Map<String, Object> data);
    }

    private void titled(Origin origin, JsonNode item, Fact fact, String keyPrefix, Fields fields) {
        Map<String, Object> data = new LinkedHashMap<>();
        TitleName title = title(item);
        if (title == null) {
            facts.addSkipped(origin, fact, null, "no kind and tmdb_id", data);
            return;
        }
        String why = fields.fill(data);
        if (why != null) {
            facts.addSkipped(origin, fact, title, why, data);
            return;
        }
        facts.add(origin, fact, title, keyPrefix + "|" + title.key(), data);
    }

    private void viewing(Origin origin, JsonNode item) {
        Map<String, Object> data = new LinkedHashMap<>();
        TitleName title = title(item);
        if (title == null) {
            facts.addSkipped(origin, Fact.VIEWING, null, "no kind and tmdb_id", data);
            return;
        }
        var day = LetterboxdReader.date(item.path("watched_on").asString(""));
        if (day == null || !LetterboxdReader.plausibleViewing(day)) {
            facts.addSkipped(origin, Fact.VIEWING, title, "watched_on is not a date 1870..tomorrow", data);
            return;
        }
        boolean rewatch = item.path("rewatch").asBoolean(false);
        data.put("watched_on", day.toString());
        data.put("rewatch", rewatch);
        JsonNode ratingNode = item.path("rating_val");
        BigDecimal rating = ratingNode.isNull() || ratingNode.isMissingNode() ? null : rating(ratingNode);
        if (rating == null && !(ratingNode.isNull() || ratingNode.isMissingNode())) {
            facts.addSkipped(origin, Fact.VIEWING, title, "rating_val is not 0.5..10 in halves", data);
            return;
        }
        data.put("rating", rating);
        data.put("liked", item.path("liked").asBoolean(false));
        List<String> tags = new ArrayList<>();
        item.path("tags").forEach(tag -> tags.add(tag.asString("")));
        data.put("tags", LetterboxdReader.tags(String.join(",", tags)));
        data.put("with_review", item.path("with_review").asBoolean(false));
        data.put("logged_at", text(item, "created_at"));
        facts.add(origin, Fact.VIEWING, title, "viewing|" + title.key() + "|" + day + "|" + rewatch, data);
    }

    private void list(Origin origin, JsonNode item) {
        String listKey = "list|" + (++listNo);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("list", listKey);
        String name = text(item, "name");
        if (name == null || name.isBlank() || name.length() > 100) {
            facts.addSkipped(origin, Fact.LIST, null, "list name must be 1..100 characters", data);
            return;
        }
        data.put("name", name);
        data.put("description", text(item, "description"));
        data.put("ranked", item.path("ranked").asBoolean(false));
        String visibility = item.path("visibility").asString("private");
        data.put("visibility", List.of("public", "unlisted", "private").contains(visibility) ? visibility : "private");
        data.put("created_at", text(item, "created_at"));
        facts.add(origin, Fact.LIST, null, listKey, data);
        int index = 0;
        for (JsonNode entry : item.path("entries")) {
            index++;
            Origin entryOrigin = new Origin(origin.file() + ".entries", origin.line() * 100_000 + index);
            Map<String, Object> entryData = new LinkedHashMap<>();
            entryData.put("list", listKey);
            TitleName title = title(entry);
            if (title == null) {
                facts.addSkipped(entryOrigin, Fact.LIST_ENTRY, null, "no kind and tmdb_id", entryData);
                continue;
            }
            entryData.put(
                    "position",
                    entry.path("position").isIntegralNumber()
                            ? entry.path("position").asInt()
                            : null);
            String note = text(entry, "note");
            entryData.put(
                    "note", note == null || note.isBlank() ? null : note.substring(0, Math.min(1000, note.length())));
            entryData.put("added_at", text(entry, "added_at"));
            facts.add(entryOrigin, Fact.LIST_ENTRY, title, listKey + "|" + title.key(), entryData);
        }
    }

    private static @Nullable TitleName title(JsonNode item) {
        String kind = item.path("kind").asString("");
        JsonNode id = item.path("tmdb_id");
        if (!(kind.equals("movie") || kind.equals("tv"))
                || !id.isIntegralNumber()
                || id.asLong() < 1
                || id.asLong() > Integer.MAX_VALUE) {
            return null;
        }
        return TitleName.tmdb(TitleKind.ofCode(kind), id.asInt(), null, null);
    }

    private static @Nullable BigDecimal rating(JsonNode node) {
        if (!node.isNumber()) {
            return null;
        }
        BigDecimal value = node.decimalValue();
        BigDecimal doubled = value.multiply(BigDecimal.TWO);
        if (value.compareTo(new BigDecimal("0.5")) < 0
                || value.compareTo(BigDecimal.TEN) > 0
                || doubled.stripTrailingZeros().scale() > 0) {
            return null;
        }
        return value.setScale(1, java.math.RoundingMode.UNNECESSARY);
    }

    private static @Nullable String text(JsonNode item, String field) {
        JsonNode node = item.path(field);
        return node.isString() ? node.asString() : null;
    }
}
