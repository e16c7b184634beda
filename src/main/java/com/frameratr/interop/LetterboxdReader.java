package com.frameratr.interop;

import com.frameratr.interop.FactList.Origin;
import com.frameratr.interop.FactList.TitleName;
import com.frameratr.interop.ImportFact.Fact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads Letterboxd's "Export your data" (letterboxd.com/settings/data): its ZIP, or any one of its
 * CSVs. Each fact is imported once (a viewing in reviews.csv is the same as in diary.csv; a film in
 * watched.csv that the diary logs adds nothing), ratings are stored ×2 (Letterboxd rates 0.5..5),
 * and a row that cannot be stored (a rating out of range, a review too long) is skipped with the
 * reason. Deleted and orphaned entries of the export (its {@code deleted/} and {@code orphaned/}
 * folders) are not read.
 */
final class LetterboxdReader {

    static final int MAX_REVIEW = 10_000;
    static final int MAX_NAME = 500;

    private static final List<String> FILM = List.of("Date", "Name", "Year", "Letterboxd URI");
    private static final List<String> RATINGS = List.of("Date", "Name", "Year", "Letterboxd URI", "Rating");
    private static final List<String> DIARY =
            List.of("Date", "Name", "Year", "Letterboxd URI", "Rating", "Rewatch", "Tags", "Watched Date");
    private static final List<String> REVIEWS =
            List.of("Date", "Name", "Year", "Letterboxd URI", "Rating", "Rewatch", "Review", "Tags", "Watched Date");
    private static final Set<String> REVIEW_OPTIONAL = Set.of("Spoiler");
    private static final List<String> LIST_HEADER = List.of("Date", "Name", "Tags", "URL", "Description");
    private static final List<String> LIST_ENTRIES = List.of("Position", "Name", "Year", "URL", "Description");

    /** The files read, in the order that makes the richer record of a fact come first. */
    enum Kind {
        REVIEWS,
        DIARY,
        WATCHED,
        RATINGS,
        WATCHLIST,
        LIKES,
        LIST
    }

    private final ImportProperties limits;
    private final FactList facts;
    // films with a viewing: the first viewing's row, for watched.csv rows that repeat it
    private final Map<String, Integer> firstViewing = new HashMap<>();

    private LetterboxdReader(ImportProperties limits) {
        this.limits = limits;
        this.facts = new FactList(limits.maxRows());
    }

    /** Whether a ZIP entry is one of the export's files that are imported. */
    static boolean wanted(String entry) {
        return kindOfEntry(entry).isPresent();
    }

    static List<ImportFact> read(List<UploadedFile> files, boolean fromZip, ImportProperties limits) {
        LetterboxdReader reader = new LetterboxdReader(limits);
        List<Map.Entry<Kind, UploadedFile>> known = new ArrayList<>();
        for (UploadedFile file : files) {
            Kind kind = (fromZip ? kindOfEntry(file.name()) : kindOfLoneFile(file)).orElseThrow();
            known.add(Map.entry(kind, file));
        }
        if (known.isEmpty()) {
            throw ImportRefused.invalid("The ZIP holds none of Letterboxd's export files (diary.csv, ratings.csv,"
                    + " watched.csv, watchlist.csv, reviews.csv, likes/films.csv, lists/*.csv)");
        }
        known.sort(Comparator.comparing((Map.Entry<Kind, UploadedFile> e) -> e.getKey())
                .thenComparing(e -> e.getValue().name()));
        for (Map.Entry<Kind, UploadedFile> entry : known) {
            reader.readFile(entry.getKey(), entry.getValue());
        }
        return reader.facts.facts();
    }

    private static Optional<Kind> kindOfEntry(String entry) {
        String lower = entry.toLowerCase(Locale.ROOT);
        return switch (lower) {
            case "diary.csv" -> Optional.of(Kind.DIARY);
            case "reviews.csv" -> Optional.of(Kind.REVIEWS);
            case "ratings.csv" -> Optional.of(Kind.RATINGS);
            case "watched.csv" -> Optional.of(Kind.WATCHED);
            case "watchlist.csv" -> Optional.of(Kind.WATCHLIST);
            case "likes/films.csv" -> Optional.of(Kind.LIKES);
            default -> lower.matches("lists/[^/]+\\.csv") ? Optional.of(Kind.LIST) : Optional.empty();
        };
    }

    /** A CSV uploaded alone: by its name as Letterboxd exports it, else by its header when that is unique. */
    private static Optional<Kind> kindOfLoneFile(UploadedFile file) {
        String name = file.name().toLowerCase(Locale.ROOT);
        Optional<Kind> byName = kindOfEntry(name.equals("films.csv") ? "likes/films.csv" : name);
        if (byName.isPresent()) {
            return byName;
        }
        String firstLine = file.text().lines().findFirst().orElse("").strip();
        if (firstLine.startsWith("Letterboxd list export")) {
            return Optional.of(Kind.LIST);
        }
        List<String> header = CsvTable.parse(file.name(), firstLine, Integer.MAX_VALUE).rows().stream()
                .findFirst()
                .map(row -> row.values().stream().map(String::strip).toList())
                .orElse(List.of());
        if (header.equals(DIARY)) {
            return Optional.of(Kind.DIARY);
        }
        if (header.containsAll(REVIEWS)) {
            return Optional.of(Kind.REVIEWS);
        }
        if (header.equals(RATINGS)) {
            return Optional.of(Kind.RATINGS);
        }
        if (header.equals(FILM)) {
            throw ImportRefused.invalid("Cannot tell whether " + UploadFiles.printable(file.name())
                    + " is watched.csv, watchlist.csv or likes/films.csv: upload it under its Letterboxd name"
                    + " or the whole ZIP");
        }
        throw ImportRefused.invalid(UploadFiles.printable(file.name())
                + " is not one of Letterboxd's export files (diary.csv, ratings.csv, watched.csv, watchlist.csv,"
                + " reviews.csv, likes/films.csv, lists/*.csv)");
    }

    private void readFile(Kind kind, UploadedFile file) {
        if (kind == Kind.LIST) {
            readList(file);
            return;
        }
        CsvTable table = CsvTable.parse(file.name(), file.text(), limits.maxRecordLength());
        switch (kind) {
            case REVIEWS -> {
                int[] c = table.columns(REVIEWS, REVIEW_OPTIONAL);
                table.body().forEach(row -> viewingOrReview(table.file(), row, c, true));
            }
            case DIARY -> {
                int[] c = table.columns(DIARY, Set.of());
                table.body().forEach(row -> viewingOrReview(table.file(), row, c, false));
            }
            case WATCHED -> {
                int[] c = table.columns(FILM, Set.of());
                table.body().forEach(row -> watched(table.file(), row, c));
            }
            case RATINGS -> {
                int[] c = table.columns(RATINGS, Set.of());
                table.body().forEach(row -> rating(table.file(), row, c));
            }
            case WATCHLIST -> {
                int[] c = table.columns(FILM, Set.of());
                table.body().forEach(row -> simple(table.file(), row, c, Fact.WATCHLIST));
            }
            case LIKES -> {
                int[] c = table.columns(FILM, Set.of());
                table.body().forEach(row -> simple(table.file(), row, c, Fact.FAVORITE));
            }
            case LIST -> throw new IllegalStateException("lists are read by readList");
        }
    }

    // columns of DIARY / REVIEWS by index in the wanted list
    private void viewingOrReview(String file, CsvTable.Row row, int[] c, boolean reviews) {
        Origin origin = new Origin(file, row.line());
        Optional<TitleName> title = film(row, c[1], c[2]);
        Map<String, Object> data = new LinkedHashMap<>();
        if (title.isEmpty()) {
            facts.addSkipped(origin, Fact.VIEWING, null, "no film name", data);
            return;
        }
        String ratingText = row.get(c[4]);
        String rewatchText = row.get(c[5]);
        String tagsText = row.get(reviews ? c[7] : c[6]);
        String watchedText = row.get(reviews ? c[8] : c[7]);
        String review = reviews ? row.raw(c[6]) : null;
        boolean spoiler = reviews && c.length > 9 && c[9] >= 0 && yes(row.get(c[9]));
        LocalDate logged = date(row.get(c[0]));
        if (logged != null) {
            data.put(
                    "logged_at", logged.atStartOfDay(ZoneOffset.UTC).toInstant().toString());
        }
        @Nullable BigDecimal rating;
        try {
            rating = rating(ratingText);
        } catch (IllegalArgumentException ex) {
            facts.addSkipped(origin, Fact.VIEWING, title.get(), ex.getMessage(), data);
            return;
        }
        if (review != null && review.strip().isEmpty()) {
            review = null;
        }
        if (review != null && review.length() > MAX_REVIEW) {
            facts.addSkipped(
                    origin, Fact.VIEWING, title.get(), "review longer than " + MAX_REVIEW + " characters", data);
            return;
        }
        LocalDate watched = watchedText.isEmpty() ? null : date(watchedText);
        if (!watchedText.isEmpty() && (watched == null || !plausibleViewing(watched))) {
            facts.addSkipped(origin, Fact.VIEWING, title.get(), "watched date is not a date 1870..tomorrow", data);
            return;
        }
        if (watched == null) {
            // a review without a viewing date (Letterboxd allows it): a review, no diary entry
            if (review == null) {
                facts.addSkipped(origin, Fact.VIEWING, title.get(), "no watched date", data);
                return;
            }
            data.put("review", review);
            data.put("spoiler", spoiler);
            facts.add(origin, Fact.REVIEW, title.get(), "review|" + title.get().key(), data);
            return;
        }
        boolean rewatch = yes(rewatchText);
        data.put("watched_on", watched.toString());
        data.put("rewatch", rewatch);
        data.put("rating", rating);
        data.put("tags", tags(tagsText));
        if (review != null) {
            data.put("review", review);
            data.put("spoiler", spoiler);
        }
        String filmKey = title.get().key();
        int rowNo = facts.add(
                origin, Fact.VIEWING, title.get(), "viewing|" + filmKey + "|" + watched + "|" + rewatch, data);
        firstViewing.putIfAbsent(filmKey, rowNo);
    }

    private void watched(String file, CsvTable.Row row, int[] c) {
        Origin origin = new Origin(file, row.line());
        Optional<TitleName> title = film(row, c[1], c[2]);
        Map<String, Object> data = new LinkedHashMap<>();
        if (title.isEmpty()) {
            facts.addSkipped(origin, Fact.VIEWING, null, "no film name", data);
            return;
        }
        Integer viewing = firstViewing.get(title.get().key());
        if (viewing != null) {
            facts.addDuplicate(origin, Fact.VIEWING, title.get(), viewing, data);
            return;
        }
        // Letterboxd knows only that the film was watched; a diary entry needs a day: the day it
        // was marked watched (the row's Date), as docs/interop.md says
        LocalDate marked = date(row.get(c[0]));
        if (marked == null || !plausibleViewing(marked)) {
            facts.addSkipped(origin, Fact.VIEWING, title.get(), "no date marked watched", data);
            return;
        }
        data.put("watched_on", marked.toString());
        data.put("rewatch", false);
        data.put("rating", null);
        data.put("tags", List.of());
        data.put("marked_watched", true);
        data.put("logged_at", marked.atStartOfDay(ZoneOffset.UTC).toInstant().toString());
        int rowNo = facts.add(
                origin, Fact.VIEWING, title.get(), "viewing|" + title.get().key() + "|" + marked + "|false", data);
        firstViewing.putIfAbsent(title.get().key(), rowNo);
    }

    private void rating(String file, CsvTable.Row row, int[] c) {
        Origin origin = new Origin(file, row.line());
        Optional<TitleName> title = film(row, c[1], c[2]);
        Map<String, Object> data = new LinkedHashMap<>();
        if (title.isEmpty()) {
            facts.addSkipped(origin, Fact.RATING, null, "no film name", data);
            return;
        }
        BigDecimal rating;
        try {
            rating = rating(row.get(c[4]));
        } catch (IllegalArgumentException ex) {
            facts.addSkipped(origin, Fact.RATING, title.get(), ex.getMessage(), data);
            return;
        }
        if (rating == null) {
            facts.addSkipped(origin, Fact.RATING, title.get(), "no rating", data);
            return;
        }
        data.put("rating", rating);
        LocalDate rated = date(row.get(c[0]));
        if (rated != null) {
            data.put("rated_at", rated.atStartOfDay(ZoneOffset.UTC).toInstant().toString());
        }
        facts.add(origin, Fact.RATING, title.get(), "rating|" + title.get().key(), data);
    }

    private void simple(String file, CsvTable.Row row, int[] c, Fact fact) {
        Origin origin = new Origin(file, row.line());
        Optional<TitleName> title = film(row, c[1], c[2]);
        Map<String, Object> data = new LinkedHashMap<>();
        if (title.isEmpty()) {
            facts.addSkipped(origin, fact, null, "no film name", data);
            return;
        }
        LocalDate added = date(row.get(c[0]));
        if (added != null) {
            data.put("added_at", added.atStartOfDay(ZoneOffset.UTC).toInstant().toString());
        }
        facts.add(origin, fact, title.get(), fact.code() + "|" + title.get().key(), data);
    }

    /**
     * lists/NAME.csv: a version line, a header block (Date, Name, Tags, URL, Description) with one
     * record, a blank line, then the entries (Position, Name, Year, URL, Description).
     */
    private void readList(UploadedFile file) {
        String text = file.text();
        int firstBreak = text.indexOf('\n');
        String first = (firstBreak < 0 ? text : text.substring(0, firstBreak)).strip();
        if (!first.startsWith("Letterboxd list export")) {
            throw ImportRefused.invalid(UploadFiles.printable(file.name())
                    + " is not a Letterboxd list export (its first line is not 'Letterboxd list export v…')");
        }
        CsvTable table = CsvTable.parse(
                file.name(), firstBreak < 0 ? "" : text.substring(firstBreak + 1), limits.maxRecordLength());
        List<CsvTable.Row> rows = table.rows();
        if (rows.size() < 2 || !strip(rows.get(0).values()).equals(LIST_HEADER)) {
            throw ImportRefused.invalid(UploadFiles.printable(file.name()) + " lacks the list header ("
                    + String.join(", ", LIST_HEADER) + ")");
        }
        CsvTable.Row meta = rows.get(1);
        String listKey = "list|" + file.name();
        String name = meta.get(1);
        Map<String, Object> listData = new LinkedHashMap<>();
        listData.put("list", listKey);
        Origin listOrigin = new Origin(file.name(), meta.line() + 1);
        if (name.isEmpty() || name.length() > 100) {
            facts.addSkipped(listOrigin, Fact.LIST, null, "list name must be 1..100 characters", listData);
            return;
        }
        listData.put("name", name);
        String description = meta.get(4);
        listData.put("description", description.isEmpty() ? null : truncate(description, 2000));
        listData.put("ranked", false);
        listData.put("visibility", "private");
        LocalDate created = date(meta.get(0));
        if (created != null) {
            listData.put(
                    "created_at",
                    created.atStartOfDay(ZoneOffset.UTC).toInstant().toString());
        }
        facts.add(listOrigin, Fact.LIST, null, listKey, listData);
        if (rows.size() < 3) {
            return;
        }
        if (!strip(rows.get(2).values()).equals(LIST_ENTRIES)) {
            throw ImportRefused.invalid(UploadFiles.printable(file.name()) + " lacks the entries header ("
                    + String.join(", ", LIST_ENTRIES) + ")");
        }
        for (CsvTable.Row row : rows.subList(3, rows.size())) {
            Origin origin = new Origin(file.name(), row.line() + 1);
            Optional<TitleName> title = film(row, 1, 2);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("list", listKey);
            if (title.isEmpty()) {
                facts.addSkipped(origin, Fact.LIST_ENTRY, null, "no film name", data);
                continue;
            }
            Integer position = integer(row.get(0));
            data.put("position", position);
            String note = row.get(4);
            data.put("note", note.isEmpty() ? null : truncate(note, 1000));
            facts.add(
                    origin,
                    Fact.LIST_ENTRY,
                    title.get(),
                    listKey + "|" + title.get().key(),
                    data);
        }
    }

    private static Optional<TitleName> film(CsvTable.Row row, int nameColumn, int yearColumn) {
        String name = row.get(nameColumn);
        if (name.isEmpty() || name.length() > MAX_NAME) {
            return Optional.empty();
        }
        return Optional.of(TitleName.film(name, integer(row.get(yearColumn))));
    }

    /** Letterboxd's 0.5..5 in halves, stored ×2 (1..10); empty is no rating. */
    static @Nullable BigDecimal rating(String text) {
        if (text.isEmpty()) {
            return null;
        }
        BigDecimal stars;
        try {
            stars = new BigDecimal(text);
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("rating is not a number");
        }
        BigDecimal doubled = stars.multiply(BigDecimal.TWO);
        if (doubled.compareTo(BigDecimal.ONE) < 0
                || doubled.compareTo(BigDecimal.TEN) > 0
                || doubled.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("rating is not 0.5..5 in halves");
        }
        return doubled.setScale(1);
    }

    /** Tags as the diary stores them: trimmed, lower case, at most 50 characters, at most 20. */
    static List<String> tags(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        List<String> tags = new ArrayList<>();
        for (String tag : text.split(",")) {
            String clean = truncate(tag.strip().toLowerCase(Locale.ROOT), 50).strip();
            if (!clean.isEmpty() && !tags.contains(clean) && tags.size() < 20) {
                tags.add(clean);
            }
        }
        return tags;
    }

    static @Nullable LocalDate date(String text) {
        try {
            return text.isEmpty() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException ex) {
            return null;
        }
    }

    static boolean plausibleViewing(LocalDate day) {
        return !day.isBefore(LocalDate.of(1870, 1, 1))
                && !day.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1));
    }

    private static @Nullable Integer integer(String text) {
        try {
            return text.isEmpty() ? null : Integer.valueOf(text);
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    private static boolean yes(String text) {
        return text.equalsIgnoreCase("yes") || text.equalsIgnoreCase("true");
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static List<String> strip(List<String> values) {
        return values.stream().map(String::strip).toList();
    }
}
