package com.frameratr.interop;

import com.frameratr.interop.TitleMatch.Candidate;
import com.frameratr.tmdb.Tmdb;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Finds the TMDb movie a Letterboxd row means from its name and year, through TMDb's search (the
 * shared cache; the caller decides whose budget pays). In order, the first rule that fits decides:
 * the title equals the name and the year matches; the original title equals it and the year
 * matches; either equals it and the year is one off (TMDb and Letterboxd date some films by
 * different releases). Several movies fitting the deciding rule make the row {@code ambiguous},
 * none {@code unmatched}: nothing is ever guessed. "Equals" ignores case, width, curly quotes and
 * spacing, never accents or punctuation otherwise.
 */
@Component
class TitleMatcher {

    /** Candidates shown for a row nobody could decide. */
    static final int SHOWN = 5;

    private final Tmdb tmdb;

    TitleMatcher(Tmdb tmdb) {
        this.tmdb = tmdb;
    }

    TitleMatch match(String name, @Nullable Integer year) {
        String wanted = normalise(name);
        Map<Integer, JsonNode> seen = new LinkedHashMap<>();
        if (year != null) {
            List<JsonNode> sameYear = results(tmdb.searchMovies(name, year), seen);
            TitleMatch decided = decide(
                    sameYear, r -> normalise(text(r, "title")).equals(wanted) && year.equals(year(r)), "exact-title");
            if (decided == null) {
                decided = decide(
                        sameYear,
                        r -> normalise(text(r, "original_title")).equals(wanted) && year.equals(year(r)),
                        "original-title");
            }
            if (decided != null) {
                return decided;
            }
        }
        List<JsonNode> any = results(tmdb.searchMovies(name, null), seen);
        List<JsonNode> all = new ArrayList<>(seen.values());
        Predicate<JsonNode> sameName = r -> normalise(text(r, "title")).equals(wanted)
                || normalise(text(r, "original_title")).equals(wanted);
        TitleMatch decided = year == null
                ? decide(any, sameName, "title-without-year")
                : decide(all, r -> sameName.test(r) && offByOne(year(r), year), "year-off-by-one");
        if (decided != null) {
            return decided;
        }
        return TitleMatch.unmatched("no-title-fits", candidates(all));
    }

    private static @Nullable TitleMatch decide(List<JsonNode> results, Predicate<JsonNode> rule, String name) {
        List<JsonNode> fitting = results.stream().filter(rule).toList();
        if (fitting.size() == 1) {
            return TitleMatch.matched(fitting.getFirst().path("id").asInt(), name);
        }
        if (fitting.size() > 1) {
            return TitleMatch.ambiguous(name, candidates(fitting));
        }
        return null;
    }

    private static List<JsonNode> results(JsonNode page, Map<Integer, JsonNode> seen) {
        List<JsonNode> results = new ArrayList<>();
        for (JsonNode result : page.path("results")) {
            if (result.path("id").isIntegralNumber() && result.path("id").asInt() > 0) {
                results.add(result);
                seen.putIfAbsent(result.path("id").asInt(), result);
            }
        }
        return results;
    }

    private static List<Candidate> candidates(List<JsonNode> results) {
        return results.stream()
                .limit(SHOWN)
                .map(r -> new Candidate(
                        r.path("id").asInt(),
                        text(r, "title"),
                        r.path("original_title").isString() ? text(r, "original_title") : null,
                        year(r),
                        r.path("poster_path").isString() ? text(r, "poster_path") : null))
                .toList();
    }

    private static boolean offByOne(@Nullable Integer found, int wanted) {
        return found != null && Math.abs(found - wanted) == 1;
    }

    private static String text(JsonNode result, String field) {
        return result.path(field).asString("");
    }

    private static @Nullable Integer year(JsonNode result) {
        String date = result.path("release_date").asString("");
        return date.matches("\\d{4}-.*") ? Integer.valueOf(date.substring(0, 4)) : null;
    }

    static String normalise(String title) {
        return Normalizer.normalize(title, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\u2018\u2019\u02BC]", "'")
                .replaceAll("[\u201C\u201D]", "\"")
                .replaceAll("[\u2010-\u2015]", "-")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
