package com.frameratr.lists;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.Api.Response;
import com.frameratr.support.DevTokens;
import com.frameratr.support.Fixtures;
import com.frameratr.support.Json;
import com.frameratr.support.TmdbIntegrationTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The fuzz rules of fuzz.HostileInputTests for the list endpoints, whose paths that corpus does not
 * know: a seeded corpus of hostile requests, with and without a token, on a real list and on made-up
 * ids; never a 5xx, every error is problem+json, a rejected request writes nothing. Reproduce a
 * failure with {@code -Dfuzz.seed=<seed>}.
 */
@TmdbIntegrationTest
class ListsHostileInputTests {

    private static final long SEED = Long.getLong("fuzz.seed", 20261201L);
    private static final int CASES = Integer.getInteger("fuzz.lists.cases", 800);

    private static final String[] ENDPOINTS = {
        "GET /api/lists?sort={s}&q={s}&page={n}&limit={n}",
        "GET /api/lists?cursor={s}&sort={s}",
        "GET /api/lists/{list}",
        "GET /api/lists/{list}/entries?page={n}&limit={n}",
        "GET /api/lists/{list}/entries?cursor={s}",
        "POST /api/lists",
        "PATCH /api/lists/{list}",
        "DELETE /api/lists/{list}",
        "POST /api/lists/{list}/entries",
        "PATCH /api/lists/{list}/entries/{entry}",
        "DELETE /api/lists/{list}/entries/{entry}",
        "PUT /api/lists/{list}/order",
        "POST /api/lists/{list}/movies/{n}",
        "DELETE /api/lists/{list}/movies/{n}",
    };

    private static final String[] STRINGS = {
        "",
        " ",
        "a",
        "recent",
        "popular",
        "public",
        "unlisted",
        "private",
        "PUBLIC",
        "x".repeat(101),
        "x".repeat(2_001),
        "'; DROP TABLE user_lists; --",
        "%",
        "_",
        "\\",
        "\u0000",
        "\ud800",
        "\u3000",
        "𝕯𝖆𝖗𝖐 🦇",
        "\u202Eevil",
        "null",
        "{{7*7}}",
        "\n\r\t",
        "Ａｍéｌｉｅ"
    };

    private static final String[] NUMBERS = {
        "0",
        "1",
        "2",
        "3",
        "-1",
        "155",
        "1396",
        "2147483647",
        "2147483648",
        "99999999999999999999",
        "1.5",
        "1e3",
        "NaN",
        "",
        "abc",
        "null",
        "true",
        "\"2\""
    };

    private static final String[] IDS = {"0", "-1", "999999", "9223372036854775808", "abc", "1.0", "%00", "١٢٣"};

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    String[] token;
    String list;
    String entry;

    @BeforeEach
    void seed() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.deleteAll();
        fixtures.movie(155, "The Dark Knight", 90);
        fixtures.tvShow(1396, "Breaking Bad", 300);
        token = DevTokens.bearer(api, "list-fuzzer");
    }

    /** A list of two entries to aim at, made again whenever a case deleted it or one of them. */
    private void aim() {
        boolean intact = list != null
                && jdbc.sql("SELECT count(*) FROM user_list_items WHERE list_id = :list")
                                .param("list", Long.parseLong(list))
                                .query(Integer.class)
                                .single()
                        == 2;
        if (!intact) {
            ListFixtures lists = new ListFixtures(api, jdbc);
            long id = lists.create(token, "Fuzzed " + System.nanoTime(), "public");
            list = Long.toString(id);
            entry = Long.toString(lists.addMovie(token, id, 155));
            lists.addTv(token, id, 1396);
        }
    }

    @Test
    void hostileRequestsNeverBreakTheListsOrWriteWhenRejected() {
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < CASES && failures.size() < 20; i++) {
            aim();
            String endpoint = ENDPOINTS[random.nextInt(ENDPOINTS.length)];
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = fill(endpoint.substring(endpoint.indexOf(' ') + 1), random);
            String body = method.equals("GET") || method.equals("DELETE") ? null : body(random);
            String[] headers = random.nextInt(4) == 0 ? new String[0] : token;
            String before = fingerprint();

            Response response = send(method, path, body, headers);

            String problem = check(response, before);
            if (problem != null) {
                failures.add("#" + i + " " + method + " " + path + " body=" + body + " -> " + problem);
            }
        }
        assertThat(failures).as("seed " + SEED).isEmpty();
    }

    private String check(Response response, String before) {
        int status = response.status();
        if (status >= 500) {
            return status + " " + response.body();
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
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.uri("") + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        return api.send(request.build());
    }

    private String fill(String template, Random random) {
        String path = template;
        while (path.contains("{s}")) {
            path = path.replaceFirst("\\{s}", encode(pick(STRINGS, random)));
        }
        while (path.contains("{n}")) {
            path = path.replaceFirst("\\{n}", encode(pick(NUMBERS, random)));
        }
        path = path.replace("{list}", random.nextInt(3) == 0 ? pick(IDS, random) : list);
        return path.replace("{entry}", Matcher.quoteReplacement(random.nextInt(3) == 0 ? pick(IDS, random) : entry));
    }

    private String body(Random random) {
        String text = Json.object("v", pick(STRINGS, random)).substring(5).replaceFirst("}$", "");
        String number = pick(NUMBERS, random);
        String value = number.isEmpty() ? "\"\"" : number;
        return switch (random.nextInt(10)) {
            case 0 -> "{\"name\": " + text + ", \"visibility\": " + text + "}";
            case 1 -> "{\"description\": " + text + ", \"ranked\": " + value + "}";
            case 2 -> "{\"movie_id\": " + value + ", \"note\": " + text + ", \"position\": " + value + "}";
            case 3 -> "{\"tv_id\": " + value + ", \"movie_id\": " + value + "}";
            case 4 -> "{\"note\": " + text + ", \"position\": " + value + "}";
            case 5 -> "{\"entry_ids\": [" + entry + ", " + value + "]}";
            case 6 -> "{\"entry_ids\": " + value + "}";
            case 7 -> "{\"name\": \"New " + random.nextInt(1000) + "\", \"visibility\": " + text + "}";
            case 8 -> "[" + value + "]";
            default -> "{\"movie_id\": 155,";
        };
    }

    /** Rows, positions, notes and last changes of every table a list request could write. */
    private String fingerprint() {
        return jdbc.sql("""
                        SELECT concat_ws('|',
                            (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '')
                                    || ':' || coalesce(string_agg(name || visibility || ranked || coalesce(description, ''), ','
                                                                  ORDER BY id), '')
                             FROM user_lists),
                            (SELECT count(*) || ':' || coalesce(string_agg(id || '@' || position || coalesce(note, ''), ','
                                                                           ORDER BY id), '')
                             FROM user_list_items),
                            (SELECT coalesce(sum(list_count), 0) FROM title_list_counts),
                            (SELECT count(*) FROM titles),
                            (SELECT count(*) FROM users))
                        """).query(String.class).single();
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
