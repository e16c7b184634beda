package com.frameratr.support;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rows the tests insert directly: the catalog is filled by later features, not by these tests. */
public final class Fixtures {

    private final JdbcClient jdbc;

    public Fixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void movie(int id, String title, double popularity) {
        title("movie", id, title, title, popularity, LocalDate.of(2008, 7, 16));
    }

    public void tvShow(int id, String name, double popularity) {
        title("tv", id, name, name, popularity, LocalDate.of(2008, 1, 20));
    }

    public void title(String kind, int id, String title, String originalTitle, double popularity, LocalDate date) {
        jdbc.sql("""
                        INSERT INTO titles (kind, id, title, original_title, original_language, overview, release_date,
                                            poster_path, vote_average, vote_count, popularity, runtime)
                        VALUES (:kind, :id, :title, :originalTitle, 'en', 'An overview.', :date, '/poster.jpg',
                                7.5, 1000, :popularity, :runtime)
                        """)
                .param("kind", kind)
                .param("id", id)
                .param("title", title)
                .param("originalTitle", originalTitle)
                .param("date", date)
                .param("popularity", popularity)
                .param("runtime", kind.equals("movie") ? 120 : 45)
                .update();
    }

    public void genre(int id, String name) {
        jdbc.sql("INSERT INTO genres (id, name) VALUES (:id, :name) ON CONFLICT (id) DO NOTHING")
                .param("id", id)
                .param("name", name)
                .update();
    }

    public void titleGenre(String kind, int titleId, int genreId) {
        jdbc.sql("INSERT INTO title_genres (kind, title_id, genre_id) VALUES (:kind, :titleId, :genreId)")
                .param("kind", kind)
                .param("titleId", titleId)
                .param("genreId", genreId)
                .update();
    }

    public void user(String uid, String displayName) {
        jdbc.sql("INSERT INTO users (uid, email, display_name) VALUES (:uid, :email, :name) ON CONFLICT DO NOTHING")
                .param("uid", uid)
                .param("email", uid + "@example.com")
                .param("name", displayName)
                .update();
    }

    public void rating(String uid, String kind, int titleId, String value) {
        jdbc.sql("""
                        INSERT INTO ratings (uid, kind, title_id, rating_val)
                        VALUES (:uid, :kind, :titleId, CAST(:value AS numeric))
                        """)
                .param("uid", uid)
                .param("kind", kind)
                .param("titleId", titleId)
                .param("value", value)
                .update();
    }

    public long review(String uid, String kind, int titleId, String body) {
        return jdbc.sql("""
                        INSERT INTO reviews (uid, kind, title_id, body)
                        VALUES (:uid, :kind, :titleId, :body)
                        RETURNING id
                        """)
                .param("uid", uid)
                .param("kind", kind)
                .param("titleId", titleId)
                .param("body", body)
                .query(Long.class)
                .single();
    }

    public void deleteAll() {
        jdbc.sql("TRUNCATE users, titles, genres, recommendation_models CASCADE")
                .update();
    }
}
