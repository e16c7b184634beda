package com.frameratr.tmdb;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.FakeTmdb;
import com.frameratr.support.TmdbIntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every /api/tmdb path against the fake TMDb: the upstream request, TMDb's JSON unchanged, caching headers. */
@TmdbIntegrationTest
class TmdbProxyTests {

    final FakeTmdb tmdb = FakeTmdb.start();

    @Autowired
    Api api;

    @Autowired
    TmdbCache cache;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void startClean() {
        tmdb.reset();
        cache.clearMemory();
        jdbc.sql("DELETE FROM tmdb_cache").update();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '!', textBlock = """
            /api/tmdb/search/movies?q=Dark%20%20Knight ! /search/movie ! query=dark knight;page=1;include_adult=false ! search-movie.json ! 900
            /api/tmdb/search/tv?q=breaking&page=2 ! /search/tv ! query=breaking;page=2 ! search-tv.json ! 900
            /api/tmdb/search/multi?q=pitt ! /search/multi ! query=pitt ! search-multi.json ! 900
            /api/tmdb/search/person?q=Brad%20Pitt ! /search/person ! query=brad pitt ! search-person.json ! 900
            /api/tmdb/movie/155 ! /movie/155 ! append_to_response=credits,videos,similar,recommendations ! movie-155.json ! 86400
            /api/tmdb/movie/155/credits ! /movie/155/credits ! '' ! movie-_-credits.json ! 86400
            /api/tmdb/movie/155/videos ! /movie/155/videos ! '' ! movie-_-videos.json ! 86400
            /api/tmdb/movie/155/similar?page=2 ! /movie/155/similar ! page=2 ! movie-_-similar.json ! 86400
            /api/tmdb/movie/155/recommendations ! /movie/155/recommendations ! page=1 ! movie-_-recommendations.json ! 86400
            /api/tmdb/tv/1396 ! /tv/1396 ! append_to_response=credits,videos,similar,recommendations ! tv-1396.json ! 86400
            /api/tmdb/tv/1396/credits ! /tv/1396/credits ! '' ! tv-_-credits.json ! 86400
            /api/tmdb/tv/1396/videos ! /tv/1396/videos ! '' ! tv-_-videos.json ! 86400
            /api/tmdb/tv/1396/similar ! /tv/1396/similar ! page=1 ! tv-_-similar.json ! 86400
            /api/tmdb/tv/1396/recommendations?page=3 ! /tv/1396/recommendations ! page=3 ! tv-_-recommendations.json ! 86400
            /api/tmdb/person/287 ! /person/287 ! '' ! person-287.json ! 86400
            /api/tmdb/trending/movies?time_window=week ! /trending/movie/week ! page=1 ! trending-movie.json ! 3600
            /api/tmdb/trending/tv ! /trending/tv/day ! page=1 ! trending-tv.json ! 3600
            /api/tmdb/trending/all?time_window=day&page=2 ! /trending/all/day ! page=2 ! trending-all.json ! 3600
            /api/tmdb/popular/movies ! /movie/popular ! page=1 ! movie-popular-p1.json ! 3600
            /api/tmdb/popular/tv?page=2 ! /tv/popular ! page=2 ! tv-popular-p2.json ! 3600
            /api/tmdb/top-rated/movies ! /movie/top_rated ! page=1 ! movie-top_rated.json ! 3600
            /api/tmdb/top-rated/tv ! /tv/top_rated ! page=1 ! tv-top_rated.json ! 3600
            /api/tmdb/upcoming/movies ! /movie/upcoming ! page=1 ! movie-upcoming.json ! 3600
            /api/tmdb/now-playing/movies?page=4 ! /movie/now_playing ! page=4 ! movie-now_playing.json ! 3600
            /api/tmdb/discover/movies?with_genres=28,12&primary_release_year=2008&sort_by=popularity.desc&vote_average.gte=7.5 ! /discover/movie ! with_genres=28,12;primary_release_year=2008;sort_by=popularity.desc;vote_average.gte=7.5;include_adult=false;page=1 ! discover-movie.json ! 3600
            /api/tmdb/discover/tv?first_air_date_year=2008&with_original_language=en&with_genres=18%7C80&page=2 ! /discover/tv ! first_air_date_year=2008;with_original_language=en;with_genres=18|80;page=2 ! discover-tv.json ! 3600
            /api/tmdb/genres/movies ! /genre/movie/list ! '' ! genre-movie-list.json ! 604800
            /api/tmdb/genres/tv ! /genre/tv/list ! '' ! genre-tv-list.json ! 604800
            """)
    void proxiesTmdbAndKeepsItsJson(String path, String upstreamPath, String upstreamParams, String file, long ttl)
            throws IOException {
        var response = api.get(path);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.body()).isEqualTo(file(file));
        assertThat(response.header("Cache-Control")).isEqualTo("max-age=" + ttl + ", public");
        assertThat(response.header("X-Cache")).isEqualTo("MISS");
        assertThat(tmdb.calls()).singleElement().satisfies(call -> {
            assertThat(call.path()).isEqualTo(upstreamPath);
            assertThat(call.bearer()).isTrue();
            for (String param : upstreamParams.split(";")) {
                if (!param.isEmpty()) {
                    String[] pair = param.split("=", 2);
                    assertThat(call.query()).containsEntry(pair[0], pair[1]);
                }
            }
            assertThat(call.query()).doesNotContainKey("api_key");
        });

        var again = api.get(path);

        assertThat(again.body()).isEqualTo(response.body());
        assertThat(again.header("X-Cache")).isEqualTo("HIT");
        assertThat(tmdb.calls()).hasSize(1);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/tmdb/search/movies                                 | q
            /api/tmdb/search/movies?q=                              | q
            /api/tmdb/search/tv?q=%20%20                            | q
            /api/tmdb/search/multi?q=x&page=0                       | page
            /api/tmdb/search/person?q=x&page=501                    | page
            /api/tmdb/popular/movies?page=abc                       | page
            /api/tmdb/top-rated/tv?page=-1                          | page
            /api/tmdb/movie/155/similar?page=600                    | page
            /api/tmdb/trending/movies?time_window=month             | time_window
            /api/tmdb/movie/0                                       | id
            /api/tmdb/movie/-5                                      | id
            /api/tmdb/tv/abc                                        | id
            /api/tmdb/tv/0/credits                                  | id
            /api/tmdb/person/99999999999                            | id
            /api/tmdb/discover/movies?api_key=stolen                | api_key
            /api/tmdb/discover/movies?include_adult=true            | include_adult
            /api/tmdb/discover/movies?first_air_date_year=2008      | first_air_date_year
            /api/tmdb/discover/tv?primary_release_year=2008         | primary_release_year
            /api/tmdb/discover/tv?with_genres=18;DROP%20TABLE       | with_genres
            /api/tmdb/discover/movies?primary_release_year=20o8     | primary_release_year
            /api/tmdb/discover/movies?sort_by=popularity            | sort_by
            /api/tmdb/discover/movies?page=0                        | page
            """)
    void rejectsInvalidParametersNamingThem(String path, String parameter) {
        var response = api.get(path);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(parameter);
        assertThat(tmdb.calls()).isEmpty();
    }

    @Test
    void searchLongerThan200CharactersIsRejected() {
        var response = api.get("/api/tmdb/search/movies?q=" + "a".repeat(201));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("q");
    }

    @Test
    void searchesDifferingOnlyInCaseAndSpacesShareOneEntry() {
        api.get("/api/tmdb/search/movies?q=Dark%20Knight");
        var response = api.get("/api/tmdb/search/movies?q=%20dark%20%20KNIGHT");

        assertThat(response.header("X-Cache")).isEqualTo("HIT");
        assertThat(tmdb.calls()).hasSize(1);
    }

    @Test
    void openApiDocumentsTheProxyWithExamples() {
        var paths = api.get("/v3/api-docs").json().get("paths");

        assertThat(paths.propertyNames())
                .contains(
                        "/api/tmdb/search/{type}",
                        "/api/tmdb/{type}/{id}",
                        "/api/tmdb/{type}/{id}/{part}",
                        "/api/tmdb/person/{id}",
                        "/api/tmdb/trending/{type}",
                        "/api/tmdb/discover/{type}",
                        "/api/tmdb/genres/{type}");
        var search = paths.get("/api/tmdb/search/{type}").get("get");
        assertThat(search.get("tags").get(0).asString()).isEqualTo("TMDb: lists and search");
        assertThat(search.get("parameters").toString()).contains("\"name\":\"q\"", "dark knight");
    }

    static String file(String name) throws IOException {
        try (InputStream in = TmdbProxyTests.class.getResourceAsStream("/tmdb/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
