package com.frameratr.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class CatalogApiTests {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    Fixtures fixtures;

    @BeforeEach
    void seed() {
        fixtures = new Fixtures(jdbc);
        fixtures.deleteAll();
        fixtures.movie(155, "The Dark Knight", 90);
        fixtures.movie(272, "Batman Begins", 80);
        fixtures.title("movie", 194, "Amélie", "Le Fabuleux Destin d'Amélie Poulain", 70, LocalDate.of(2001, 4, 25));
        fixtures.movie(27205, "Inception", 60);
        fixtures.movie(1, "100% Pure", 1);
        fixtures.tvShow(1396, "Breaking Bad", 300);
        fixtures.tvShow(1399, "Game of Thrones", 200);
    }

    @Test
    void listsMoviesMostPopularFirstWithSnakeCaseFields() {
        var response = api.get("/api/movies");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(ids(response.json())).containsExactly(155, 272, 194, 27205, 1);
        JsonNode first = response.json().get(0);
        assertThat(first.get("tmdb_id").asInt()).isEqualTo(155);
        assertThat(first.get("release_date").asString()).isEqualTo("2008-07-16");
        assertThat(first.has("original_title")).isTrue();
        assertThat(first.has("poster_path")).isTrue();
        assertThat(response.header("X-Total-Count")).isEqualTo("5");
    }

    @Test
    void searchIgnoresCaseAndAccents() {
        assertThat(ids(api.get("/api/movies?q=AMELIE").json())).containsExactly(194);
        assertThat(ids(api.get("/api/movies?q=am%C3%A9lie").json())).containsExactly(194);
        assertThat(ids(api.get("/api/movies?q=fabuleux").json())).containsExactly(194);
        assertThat(ids(api.get("/api/movies?q=bat").json())).containsExactly(272);
        assertThat(ids(api.get("/api/movies?q=knight").json())).containsExactly(155);
    }

    @Test
    void searchTreatsWildcardsLiterally() {
        assertThat(ids(api.get("/api/movies?q=0%25").json())).containsExactly(1);
        assertThat(ids(api.get("/api/movies?q=%25%25").json())).isEmpty();
        assertThat(ids(api.get("/api/movies?q=__").json())).isEmpty();
    }

    @Test
    void pagesWithLinkAndTotalCountHeaders() {
        var response = api.get("/api/movies?page=2&limit=2");

        assertThat(ids(response.json())).containsExactly(194, 27205);
        assertThat(response.header("X-Total-Count")).isEqualTo("5");
        assertThat(response.header("Link"))
                .contains("</api/movies?page=1&limit=2>; rel=\"first\"")
                .contains("</api/movies?page=1&limit=2>; rel=\"prev\"")
                .contains("</api/movies?page=3&limit=2>; rel=\"next\"")
                .contains("</api/movies?page=3&limit=2>; rel=\"last\"");
    }

    @Test
    void linksKeepTheSearchQuery() {
        var response = api.get("/api/movies?q=in&limit=1");

        assertThat(response.header("Link")).contains("q=in").contains("page=2");
    }

    @Test
    void pageBeyondTheEndIsAnEmptyArray() {
        var response = api.get("/api/movies?page=50");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().isArray()).isTrue();
        assertThat(response.json().size()).isZero();
        assertThat(response.header("X-Total-Count")).isEqualTo("5");
    }

    @Test
    void rejectsOutOfRangePagingWithTheParameterNamed() {
        for (String query : List.of("limit=101", "limit=0", "page=0", "page=-1", "limit=abc", "page=1.5")) {
            var response = api.get("/api/movies?" + query);

            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.contentType()).isEqualTo("application/problem+json");
            String parameter = query.substring(0, query.indexOf('='));
            assertThat(response.json().get("errors").get(0).get("field").asString())
                    .as(query)
                    .isEqualTo(parameter);
            assertThat(response.json().get("error").asString()).startsWith(parameter + ":");
        }
    }

    @Test
    void rejectsOverlongQuery() {
        var response = api.get("/api/movies?q=" + "x".repeat(201));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("q");
    }

    @Test
    void showsOneMovieWithGenresAndRatingSummary() {
        fixtures.genre(28, "Action");
        fixtures.genre(80, "Crime");
        fixtures.titleGenre("movie", 155, 80);
        fixtures.titleGenre("movie", 155, 28);
        fixtures.user("u1", "Ada");
        fixtures.user("u2", "Grace");
        fixtures.user("u3", "Linus");
        fixtures.rating("u1", "movie", 155, "10");
        fixtures.rating("u2", "movie", 155, "8.5");
        fixtures.rating("u3", "movie", 155, "8.5");

        JsonNode movie = api.get("/api/movies/155").json();

        assertThat(movie.get("id").asInt()).isEqualTo(155);
        assertThat(movie.get("tmdb_id").asInt()).isEqualTo(155);
        assertThat(movie.get("title").asString()).isEqualTo("The Dark Knight");
        assertThat(movie.get("tmdb_rating").asDouble()).isEqualTo(7.5);
        assertThat(movie.get("tmdb_votes").asInt()).isEqualTo(1000);
        assertThat(movie.get("genres").toString()).isEqualTo("[\"Action\",\"Crime\"]");
        assertThat(movie.get("user_rating_count").asInt()).isEqualTo(3);
        assertThat(movie.get("user_rating_avg").decimalValue()).isEqualByComparingTo("9.0");
        assertThat(movie.get("rating_histogram").get("10.0").asInt()).isEqualTo(1);
        assertThat(movie.get("rating_histogram").get("8.5").asInt()).isEqualTo(2);
        assertThat(movie.get("rating_histogram").get("0.5").asInt()).isZero();
        assertThat(movie.get("rating_histogram").size()).isEqualTo(20);
    }

    @Test
    void unratedMovieHasZeroCountAndNullAverage() {
        JsonNode movie = api.get("/api/movies/27205").json();

        assertThat(movie.get("user_rating_count").asInt()).isZero();
        assertThat(movie.get("user_rating_avg").isNull()).isTrue();
        assertThat(movie.get("genres").size()).isZero();
    }

    @Test
    void unknownMovieIsA404Problem() {
        var response = api.get("/api/movies/999999");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json().get("error").asString()).isEqualTo("Movie 999999 is not in the catalog");
        assertThat(response.json().get("type").asString()).isEqualTo("urn:frameratr:problem:not-found");
    }

    @Test
    void movieIdsAndTvIdsAreSeparate() {
        assertThat(api.get("/api/movies/1396").status()).isEqualTo(404);
        assertThat(api.get("/api/tv/155").status()).isEqualTo(404);
    }

    @Test
    void badIdIsA400NamingIt() {
        for (String id : List.of("abc", "0", "-5", "99999999999")) {
            var response = api.get("/api/movies/" + id);

            assertThat(response.status()).as(id).isEqualTo(400);
            assertThat(response.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("id");
        }
    }

    @Test
    void listsAndShowsTvShowsWithTvFieldNames() {
        var list = api.get("/api/tv?q=breaking");
        JsonNode show = api.get("/api/tv/1396").json();

        assertThat(ids(list.json())).containsExactly(1396);
        assertThat(list.header("X-Total-Count")).isEqualTo("1");
        assertThat(show.get("name").asString()).isEqualTo("Breaking Bad");
        assertThat(show.get("first_air_date").asString()).isEqualTo("2008-01-20");
        assertThat(show.get("user_rating_count").asInt()).isZero();
        assertThat(api.get("/api/tv/1").status()).isEqualTo(404);
    }

    private static List<Integer> ids(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(node -> node.get("id").asInt())
                .toList();
    }
}
