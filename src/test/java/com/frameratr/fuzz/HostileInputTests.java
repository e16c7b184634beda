package com.frameratr.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.Api.Response;
import com.frameratr.support.DevTokens;
import com.frameratr.support.Fixtures;
import com.frameratr.support.TmdbIntegrationTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Throws a seeded, generated corpus of hostile requests at every endpoint, with and without a
 * token (TMDb answered by the fake), and holds the service to three rules: never a 5xx; every error is problem+json; a
 * rejected request writes nothing. Reproduce a failure with {@code -Dfuzz.seed=<seed>}.
 */
@TmdbIntegrationTest
class HostileInputTests {

    private static final long SEED = Long.getLong("fuzz.seed", 20261126L);
    private static final int CASES = Integer.getInteger("fuzz.cases", 1500);

    private static final String[] ENDPOINTS = {
        "GET /api/movies?q={s}&page={n}&limit={n}",
        "GET /api/movies/{id}",
        "GET /api/movies/{id}/reviews?page={n}&limit={n}",
        "GET /api/movies?cursor={s}&limit={n}",
        "GET /api/movies/{id}/reviews?cursor={s}",
        "GET /api/tv?q={s}&page={n}&limit={n}",
        "GET /api/tv/{id}",
        "GET /api/tv/{id}/reviews?page={n}",
        "GET /api/me",
        "PATCH /api/me",
        "GET /api/me/ratings?page={n}&limit={n}",
        "GET /api/me/ratings?cursor={s}&limit={n}",
        "POST /users",
        "GET /api/me/reviews?page={n}&limit={n}",
        "POST /api/ratings",
        "PUT /api/movies/{id}/rating",
        "PUT /api/tv/{id}/rating",
        "DELETE /api/movies/{id}/rating",
        "POST /api/reviews",
        "PUT /api/reviews/{id}",
        "DELETE /api/reviews/{id}",
        "GET /api/favorites/movies?page={n}&limit={n}",
        "GET /api/favorites/tv?cursor={s}",
        "POST /api/favorites/movies/{id}",
        "DELETE /api/favorites/tv/{id}",
        "POST /api/dev/token",
        "GET /api/lists/mine",
        "POST /api/lists",
        "POST /api/lists/{id}/movies/{id}",
        "DELETE /api/lists/{id}",
        "GET /api/watchlist/movies?sort={s}&page={n}&limit={n}",
        "GET /api/watchlist/tv?cursor={s}",
        "POST /api/watchlist/movies/{id}",
        "DELETE /api/watchlist/tv/{id}",
        "POST /api/diary",
        "GET /api/me/diary?year={n}&month={n}&tag={s}&limit={n}",
        "GET /api/me/diary?movie_id={n}&tv_id={n}&cursor={s}",
        "PATCH /api/diary/{id}",
        "DELETE /api/diary/{id}",
        "GET /api/me/stats?year={n}",
        "GET /api/me/last-activities",
        "GET /api/me/limits",
        "GET /api/users/{s}",
        "GET /api/users/{s}/diary?year={n}&cursor={s}&limit={n}",
        "GET /api/users/{s}/ratings?page={n}&limit={n}",
        "GET /api/users/{s}/lists",
        "GET /api/users/{s}/followers?cursor={s}&limit={n}",
        "GET /api/users/{s}/following?page={n}",
        "PUT /api/users/{s}/follow",
        "DELETE /api/users/{s}/follow",
        "PUT /api/users/{s}/block",
        "DELETE /api/users/{s}/block",
        "GET /api/me/follow-requests?cursor={s}&limit={n}",
        "POST /api/me/follow-requests/{s}/approve",
        "POST /api/me/follow-requests/{s}/deny",
        "GET /api/me/blocks?cursor={s}",
        "GET /api/feed?cursor={s}&limit={n}",
        "GET /api/feed?page={n}&limit={n}",
        "GET /api/me/notifications?cursor={s}&limit={n}",
        "POST /api/me/notifications/read",
        "GET /api/recommendations?limit={n}",
        "GET /api/tmdb/search/movies?q={s}&page={n}",
        "GET /api/tmdb/search/multi?q={s}",
        "GET /api/tmdb/movie/{id}",
        "GET /api/tmdb/tv/{id}/credits",
        "GET /api/tmdb/movie/{id}/similar?page={n}",
        "GET /api/tmdb/person/{id}",
        "GET /api/tmdb/trending/movies?time_window={s}&page={n}",
        "GET /api/tmdb/discover/movies?with_genres={s}&sort_by={s}&primary_release_year={n}&api_key={s}",
        "GET /api/tmdb/genres/tv",
        "GET /api/movies/{id}/reviews?sort={s}&cursor={s}&limit={n}",
        "GET /api/tv/{id}/reviews?sort={s}&page={n}",
        "GET /api/users/{s}/reviews?page={n}&limit={n}",
        "PUT /api/reviews/{id}/like",
        "DELETE /api/reviews/{id}/like",
        "GET /api/reviews/{id}/comments?cursor={s}&limit={n}",
        "POST /api/reviews/{id}/comments",
        "GET /api/lists/{id}/comments?cursor={s}&page={n}",
        "POST /api/lists/{id}/comments",
        "PATCH /api/comments/{id}",
        "DELETE /api/comments/{id}",
        "PUT /api/lists/{id}/like",
        "DELETE /api/lists/{id}/like",
        "GET /api/lists?sort={s}&cursor={s}",
        "POST /api/reports",
    };

    private static final String[] STRINGS = {
        "",
        " ",
        "a",
        "x".repeat(300),
        "x".repeat(20_000),
        "'; DROP TABLE users; --",
        "\" OR 1=1 --",
        "<script>alert(1)</script>",
        "../../etc/passwd",
        "%00",
        "\u0000",
        "\ud800",
        "\uFFFF",
        "𝕯𝖆𝖗𝖐 🦇",
        "\u202Eevil",
        "e\u0301",
        "Ａｍéｌｉｅ",
        "%",
        "_",
        "\\",
        "null",
        "${jndi:ldap://127.0.0.1/a}",
        "{{7*7}}",
        "\n\r\t",
        "١٢٣"
    };

    private static final String[] NUMBERS = {
        "0",
        "1",
        "-1",
        "155",
        "2147483647",
        "2147483648",
        "-2147483649",
        "99999999999999999999",
        "1e3",
        "1.5",
        "0x10",
        "NaN",
        "Infinity",
        "1e309",
        "-0",
        "00001",
        "",
        "abc",
        "%20",
        "١"
    };

    private static final String[] IDS = {
        "155",
        "1396",
        "0",
        "-1",
        "999999",
        "2147483648",
        "abc",
        "1;DROP",
        "..%2F..%2Fetc",
        "%2e%2e",
        "1.0",
        "1e2",
        "%00",
        "9".repeat(400),
        "١٢٣",
        "%F0%9F%A6%87",
        "1%20OR%201=1"
    };

    private static final String[] VALUES = {
        "0",
        "0.5",
        "10",
        "10.5",
        "7.3",
        "-1",
        "1e309",
        "-1e309",
        "99999999999999999999999999",
        "\"8\"",
        "true",
        "null",
        "[]",
        "{}",
        "\"\"",
        "1.0000000000000000000001",
        "5"
    };

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    String[] token;

    @BeforeEach
    void seed() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.deleteAll();
        fixtures.movie(155, "The Dark Knight", 90);
        fixtures.tvShow(1396, "Breaking Bad", 300);
        token = DevTokens.bearer(api, "fuzzer");
    }

    @Test
    void hostileRequestsNeverBreakTheServiceOrWriteWhenRejected() {
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < CASES && failures.size() < 20; i++) {
            String endpoint = ENDPOINTS[random.nextInt(ENDPOINTS.length)];
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = fill(endpoint.substring(endpoint.indexOf(' ') + 1), random);
            String body = method.equals("GET") || method.equals("DELETE") ? null : body(random);
            String[] headers = headers(random);
            String before = fingerprint();

            Response response = send(method, path, body, headers);

            String problem = check(response, before);
            if (problem != null) {
                failures.add("#" + i + " " + method + " " + path + " body=" + abbreviate(body) + " -> " + problem);
            }
        }
        assertThat(failures).as("seed " + SEED).isEmpty();
    }

    @Test
    void deeplyNestedJsonIsA400() {
        String deep = "[".repeat(5_000) + "]".repeat(5_000);

        Response response = api.post("/api/ratings", deep, token);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void oversizedHeadersAreRejectedWithoutAServerError() {
        Response response = api.get("/api/movies", "X-Padding", "x".repeat(20_000));

        assertThat(response.status()).isBetween(400, 499);
    }

    @Test
    void nulCharactersInTextAreA400() {
        Response response = api.post("/api/reviews", "{\"movie_id\": 155, \"body\": \"a\\u0000b\"}", token);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
    }

    private String check(Response response, String before) {
        int status = response.status();
        if (status >= 500) {
            return status + " " + abbreviate(response.body());
        }
        if (status >= 400) {
            if (!"application/problem+json".equals(response.contentType())) {
                return status + " with content type " + response.contentType();
            }
            if (!response.json().has("error")) {
                return status + " without an error member";
            }
            String after = fingerprint();
            if (!after.equals(before)) {
                return status + " but data changed: " + before + " -> " + after;
            }
        }
        return null;
    }

    private Response send(String method, String path, String body, String[] headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(api.uri("").toString() + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        return api.send(request.build());
    }

    private String[] headers(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> new String[0];
            case 1 ->
                new String[] {
                    "Authorization",
                    "Bearer " + STRINGS[random.nextInt(STRINGS.length)].replaceAll("[^\\x21-\\x7e]", "x")
                };
            default -> token;
        };
    }

    private static String fill(String template, Random random) {
        String path = template;
        while (path.contains("{s}")) {
            path = path.replaceFirst("\\{s}", encode(STRINGS[random.nextInt(STRINGS.length)]));
        }
        while (path.contains("{n}")) {
            path = path.replaceFirst("\\{n}", encode(NUMBERS[random.nextInt(NUMBERS.length)]));
        }
        while (path.contains("{id}")) {
            path = path.replaceFirst(
                    "\\{id}", java.util.regex.Matcher.quoteReplacement(IDS[random.nextInt(IDS.length)]));
        }
        return path;
    }

    private static String body(Random random) {
        String value = VALUES[random.nextInt(VALUES.length)];
        String text = "\"" + jsonEscape(STRINGS[random.nextInt(STRINGS.length)]) + "\"";
        String id = random.nextBoolean() ? NUMBERS[random.nextInt(NUMBERS.length)] : "155";
        id = id.isEmpty() ? "\"\"" : id;
        return switch (random.nextInt(17)) {
            case 0 -> "{\"movie_id\": " + id + ", \"rating_val\": " + value + "}";
            case 1 -> "{\"movie_id\": 155, \"body\": " + text + ", \"spoiler\": " + value + "}";
            case 2 -> "{\"display_name\": " + text + ", \"bio\": " + text + ", \"photo_url\": " + text + "}";
            case 3 -> "{\"uid\": " + text + ", \"email\": " + text + ", \"name\": " + text + "}";
            case 4 -> "{\"rating_val\": " + value + "}";
            case 5 -> "{\"tv_id\": " + id + ", \"movie_id\": " + id + ", \"rating_val\": 5}";
            case 6 -> "{\"movie_id\": 155, \"rating_val\": 5,";
            case 7 -> "[" + value + "]";
            case 8 -> value;
            case 9 -> "{\"body\": " + text + "}";
            case 10 -> "{\"movie_id\": 155, \"movie_id\": 1396, \"rating_val\": 8}";
            case 11 -> "{\"movie_id\": " + id + ", \"watched_on\": " + text + ", \"rating_val\": " + value + "}";
            case 12 -> "{\"movie_id\": 155, \"tags\": [" + text + ", " + value + "], \"review\": " + text + "}";
            case 13 -> "{\"tv_id\": " + id + ", \"liked\": " + value + ", \"rewatch\": " + text + "}";
            case 14 -> "{\"body\": " + text + ", \"parent_id\": " + id + "}";
            case 15 -> "{\"review_id\": " + id + ", \"comment_id\": " + value + ", \"reason\": " + text + "}";
            default -> "";
        };
    }

    /** Rows and last changes of every table a request could write. */
    private String fingerprint() {
        return jdbc.sql("""
                        SELECT concat_ws('|',
                            (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM users),
                            (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM ratings),
                            (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM reviews),
                            (SELECT count(*) || ':' || coalesce(max(created_at)::text, '') FROM favorites),
                            (SELECT count(*) FROM titles),
                            (SELECT count(*) FROM user_lists),
                            (SELECT count(*) FROM user_list_items),
                            (SELECT count(*) || ':' || coalesce(max(created_at)::text, '') FROM watchlist),
                            (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM diary_entries),
                            (SELECT count(*) FROM idempotency_keys),
                            (SELECT count(*) FROM review_likes),
                            (SELECT count(*) FROM list_likes),
                            (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM comments),
                            (SELECT count(*) FROM reports),
                            (SELECT coalesce(sum(rating_count), 0) FROM rating_stats))
                        """).query(String.class).single();
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String jsonEscape(String value) {
        StringBuilder escaped = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c)) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    private static String abbreviate(String text) {
        return text == null ? "none" : text.length() > 160 ? text.substring(0, 160) + "..." : text;
    }
}
