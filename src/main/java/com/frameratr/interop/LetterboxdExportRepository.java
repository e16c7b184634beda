package com.frameratr.interop;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows of a user's Letterboxd export, a page at a time: first the viewings of films in the order
 * they were watched, then the films rated or reviewed without a viewing that carries the review.
 * Letterboxd has no TV shows; they are left out.
 */
@Repository
class LetterboxdExportRepository {

    // A review is written with a viewing (diary_entries.review_id); when several viewings point at
    // the same review (it was edited at a rewatch), only the latest carries its text, so an import
    // creates it once. Served by diary_entries_uid_watched_on_idx, read backwards.
    private static final String VIEWINGS = """
            SELECT d.id, d.watched_on, d.rewatch, d.rating_val, d.tags, t.id AS tmdb_id, t.title,
                   CAST(extract(year FROM t.release_date) AS integer) AS year,
                   CASE WHEN NOT EXISTS (SELECT 1
                                         FROM diary_entries later
                                         WHERE later.review_id = d.review_id
                                           AND (later.watched_on, later.id) > (d.watched_on, d.id))
                        THEN r.body END AS review
            FROM diary_entries d
            JOIN titles t ON t.kind = d.kind AND t.id = d.title_id
            LEFT JOIN reviews r ON r.id = d.review_id
            WHERE d.uid = :uid
              AND d.kind = 'movie'
              AND (d.watched_on, d.id) > (:watchedOn, :id)
            ORDER BY d.watched_on, d.id
            LIMIT :limit
            """;

    // A rated film never logged: one row with the current rating (and the review, if any). A review
    // that no viewing carries (written on the title page): one row with it and the current rating.
    private static final String UNDATED = """
            SELECT t.id AS tmdb_id, t.title, CAST(extract(year FROM t.release_date) AS integer) AS year,
                   ra.rating_val, r.body AS review
            FROM (SELECT title_id FROM ratings WHERE uid = :uid AND kind = 'movie' AND title_id > :after
                  UNION
                  SELECT title_id FROM reviews WHERE uid = :uid AND kind = 'movie' AND title_id > :after) f
            JOIN titles t ON t.kind = 'movie' AND t.id = f.title_id
            LEFT JOIN ratings ra ON ra.uid = :uid AND ra.kind = 'movie' AND ra.title_id = f.title_id
            LEFT JOIN reviews r ON r.uid = :uid AND r.kind = 'movie' AND r.title_id = f.title_id
            WHERE (ra.uid IS NOT NULL
                   AND NOT EXISTS (SELECT 1 FROM diary_entries d
                                   WHERE d.uid = :uid AND d.kind = 'movie' AND d.title_id = f.title_id))
               OR (r.id IS NOT NULL
                   AND NOT EXISTS (SELECT 1 FROM diary_entries d WHERE d.review_id = r.id))
            ORDER BY f.title_id
            LIMIT :limit
            """;

    /** A viewing's row and where the next page starts. */
    record Viewing(long id, LocalDate watchedOn, LetterboxdRow row) {}

    private static final RowMapper<Viewing> VIEWING = (rs, n) -> {
        LocalDate watchedOn = rs.getObject("watched_on", LocalDate.class);
        return new Viewing(
                rs.getLong("id"),
                watchedOn,
                new LetterboxdRow(
                        rs.getInt("tmdb_id"),
                        rs.getString("title"),
                        rs.getObject("year", Integer.class),
                        watchedOn,
                        rs.getBigDecimal("rating_val"),
                        rs.getBoolean("rewatch"),
                        tags(rs),
                        rs.getString("review")));
    };

    private static final RowMapper<LetterboxdRow> UNDATED_ROW = (rs, n) -> new LetterboxdRow(
            rs.getInt("tmdb_id"),
            rs.getString("title"),
            rs.getObject("year", Integer.class),
            null,
            rs.getBigDecimal("rating_val"),
            null,
            List.of(),
            rs.getString("review"));

    private final JdbcClient jdbc;

    LetterboxdExportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The user's viewings of films after {@code (watchedOn, id)}, oldest first. */
    List<Viewing> viewings(String uid, LocalDate watchedOn, long id, int limit) {
        return jdbc.sql(VIEWINGS)
                .param("uid", uid)
                .param("watchedOn", watchedOn)
                .param("id", id)
                .param("limit", limit)
                .query(VIEWING)
                .list();
    }

    /** The films with tmdb id above {@code after} that need a row without a date. */
    List<LetterboxdRow> undated(String uid, int after, int limit) {
        return jdbc.sql(UNDATED)
                .param("uid", uid)
                .param("after", after)
                .param("limit", limit)
                .query(UNDATED_ROW)
                .list();
    }

    static List<String> tags(ResultSet rs) throws SQLException {
        @Nullable Array array = rs.getArray("tags");
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray())
                .map(String.class::cast)
                .toList();
    }
}
