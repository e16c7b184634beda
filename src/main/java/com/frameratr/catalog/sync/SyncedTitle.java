package com.frameratr.catalog.sync;

import com.frameratr.catalog.TitleKind;
import com.frameratr.platform.problems.UnavailableException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The catalog's fields of a TMDb movie or TV show, read from TMDb's details JSON and fitted to the
 * schema's limits (a text too long is cut, a number out of range is clamped).
 */
record SyncedTitle(
        TitleKind kind,
        int id,
        String title,
        @Nullable String originalTitle,
        @Nullable String originalLanguage,
        @Nullable String overview,
        @Nullable LocalDate releaseDate,
        @Nullable String posterPath,
        @Nullable String backdropPath,
        @Nullable Integer runtime,
        @Nullable Integer numberOfSeasons,
        @Nullable Integer numberOfEpisodes,
        double voteAverage,
        int voteCount,
        double popularity,
        boolean adult,
        List<Genre> genres) {

    record Genre(int id, String name) {}

    static SyncedTitle from(TitleKind kind, int id, JsonNode details) {
        boolean movie = kind == TitleKind.MOVIE;
        String original = text(details, movie ? "original_title" : "original_name", 500);
        String title = text(details, movie ? "title" : "name", 500);
        if (title == null || title.isBlank()) {
            title = original;
        }
        if (title == null || title.isBlank()) {
            throw new UnavailableException(
                    "tmdb-invalid",
                    "TMDb returned " + kind.label() + " " + id + " without a title",
                    UnavailableException.Reason.FAILED);
        }
        return new SyncedTitle(
                kind,
                id,
                title,
                original,
                text(details, "original_language", 16),
                text(details, "overview", 10_000),
                date(details.path(movie ? "release_date" : "first_air_date")),
                text(details, "poster_path", 300),
                text(details, "backdrop_path", 300),
                movie
                        ? integer(details.path("runtime"), 10_000)
                        : integer(details.path("episode_run_time").path(0), 10_000),
                movie ? null : integer(details.path("number_of_seasons"), Integer.MAX_VALUE),
                movie ? null : integer(details.path("number_of_episodes"), Integer.MAX_VALUE),
                Math.clamp(details.path("vote_average").asDouble(0), 0, 10),
                Math.max(0, details.path("vote_count").asInt(0)),
                Math.max(0, details.path("popularity").asDouble(0)),
                details.path("adult").asBoolean(false),
                genres(details.path("genres")));
    }

    List<Integer> genreIds() {
        return genres.stream().map(Genre::id).toList();
    }

    private static List<Genre> genres(JsonNode array) {
        List<Genre> genres = new ArrayList<>();
        for (JsonNode genre : array) {
            int id = genre.path("id").asInt(0);
            String name = text(genre, "name", 100);
            if (id > 0 && name != null && !name.isBlank()) {
                genres.add(new Genre(id, name));
            }
        }
        return List.copyOf(genres);
    }

    private static @Nullable String text(JsonNode node, String field, int maxLength) {
        JsonNode value = node.path(field);
        if (!value.isString() || value.stringValue().isEmpty()) {
            return null;
        }
        String text = value.stringValue();
        return text.length() <= maxLength ? text : text.substring(0, maxLength);
    }

    private static @Nullable Integer integer(JsonNode value, int max) {
        return value.isNumber() && value.asInt() >= 0 ? Math.min(value.asInt(), max) : null;
    }

    private static @Nullable LocalDate date(JsonNode value) {
        if (!value.isString() || value.stringValue().isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.stringValue());
        } catch (DateTimeParseException ex) {
            return null;
        }
    }
}
