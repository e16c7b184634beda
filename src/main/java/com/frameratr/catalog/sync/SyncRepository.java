package com.frameratr.catalog.sync;

import com.frameratr.catalog.TitleKind;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes imported titles: upserts, so that an import can run any number of times. */
@Repository
class SyncRepository {

    private static final String SYNCED_AT = """
            SELECT tmdb_synced_at
            FROM titles
            WHERE kind = :kind
              AND id = :id
              AND tmdb_synced_at IS NOT NULL
            """;

    // updated_at moves only when a value changed; (xmax = 0) is true for a freshly inserted row
    private static final String UPSERT_TITLE = """
            INSERT INTO titles AS t (kind, id, title, original_title, original_language, overview, release_date,
                                     poster_path, backdrop_path, runtime, number_of_seasons, number_of_episodes,
                                     vote_average, vote_count, popularity, adult, tmdb_synced_at)
            VALUES (:kind, :id, :title, :original_title, :original_language, :overview, :release_date,
                    :poster_path, :backdrop_path, :runtime, :number_of_seasons, :number_of_episodes,
                    :vote_average, :vote_count, :popularity, :adult, now())
            ON CONFLICT (kind, id) DO UPDATE
            SET title = EXCLUDED.title,
                original_title = EXCLUDED.original_title,
                original_language = EXCLUDED.original_language,
                overview = EXCLUDED.overview,
                release_date = EXCLUDED.release_date,
                poster_path = EXCLUDED.poster_path,
                backdrop_path = EXCLUDED.backdrop_path,
                runtime = EXCLUDED.runtime,
                number_of_seasons = EXCLUDED.number_of_seasons,
                number_of_episodes = EXCLUDED.number_of_episodes,
                vote_average = EXCLUDED.vote_average,
                vote_count = EXCLUDED.vote_count,
                popularity = EXCLUDED.popularity,
                adult = EXCLUDED.adult,
                tmdb_synced_at = EXCLUDED.tmdb_synced_at,
                updated_at = CASE
                    WHEN (t.title, t.original_title, t.original_language, t.overview, t.release_date, t.poster_path,
                          t.backdrop_path, t.runtime, t.number_of_seasons, t.number_of_episodes, t.vote_average,
                          t.vote_count, t.popularity, t.adult)
                         IS DISTINCT FROM
                         (EXCLUDED.title, EXCLUDED.original_title, EXCLUDED.original_language, EXCLUDED.overview,
                          EXCLUDED.release_date, EXCLUDED.poster_path, EXCLUDED.backdrop_path, EXCLUDED.runtime,
                          EXCLUDED.number_of_seasons, EXCLUDED.number_of_episodes, EXCLUDED.vote_average,
                          EXCLUDED.vote_count, EXCLUDED.popularity, EXCLUDED.adult)
                    THEN now()
                    ELSE t.updated_at
                END
            RETURNING (xmax = 0) AS created
            """;

    private static final String UPSERT_GENRE = """
            INSERT INTO genres (id, name)
            VALUES (:id, :name)
            ON CONFLICT (id) DO UPDATE
            SET name = EXCLUDED.name
            WHERE genres.name IS DISTINCT FROM EXCLUDED.name
            """;

    private static final String LINK_GENRE = """
            INSERT INTO title_genres (kind, title_id, genre_id)
            VALUES (:kind, :id, :genre_id)
            ON CONFLICT DO NOTHING
            """;

    private static final String UNLINK_OTHER_GENRES = """
            DELETE FROM title_genres
            WHERE kind = :kind
              AND title_id = :id
              AND NOT (genre_id = ANY (CAST(:genre_ids AS integer[])))
            """;

    private final JdbcClient jdbc;

    SyncRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Instant> syncedAt(TitleKind kind, int id) {
        return jdbc.sql(SYNCED_AT)
                .param("kind", kind.code())
                .param("id", id)
                .query(OffsetDateTime.class)
                .optional()
                .map(OffsetDateTime::toInstant);
    }

    /** Inserts or updates the title, its genres and its genre links; true when the title is new. */
    boolean save(SyncedTitle title) {
        boolean created = jdbc.sql(UPSERT_TITLE)
                .param("kind", title.kind().code())
                .param("id", title.id())
                .param("title", title.title())
                .param("original_title", title.originalTitle())
                .param("original_language", title.originalLanguage())
                .param("overview", title.overview())
                .param("release_date", title.releaseDate())
                .param("poster_path", title.posterPath())
                .param("backdrop_path", title.backdropPath())
                .param("runtime", title.runtime())
                .param("number_of_seasons", title.numberOfSeasons())
                .param("number_of_episodes", title.numberOfEpisodes())
                .param("vote_average", title.voteAverage())
                .param("vote_count", title.voteCount())
                .param("popularity", title.popularity())
                .param("adult", title.adult())
                .query(Boolean.class)
                .single();
        for (SyncedTitle.Genre genre : title.genres()) {
            jdbc.sql(UPSERT_GENRE)
                    .param("id", genre.id())
                    .param("name", genre.name())
                    .update();
            jdbc.sql(LINK_GENRE)
                    .param("kind", title.kind().code())
                    .param("id", title.id())
                    .param("genre_id", genre.id())
                    .update();
        }
        jdbc.sql(UNLINK_OTHER_GENRES)
                .param("kind", title.kind().code())
                .param("id", title.id())
                .param("genre_ids", arrayLiteral(title.genreIds()))
                .update();
        return created;
    }

    private static String arrayLiteral(List<Integer> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
