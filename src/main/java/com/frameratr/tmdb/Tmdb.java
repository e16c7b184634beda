package com.frameratr.tmdb;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What other features may ask of TMDb. Answers come through the same cache, rate limit and retries
 * as the proxy's (the same requests share cache entries) and are TMDb's JSON.
 */
@Component
public class Tmdb {

    /** TMDb's media types, as in its paths: {@code movie} and {@code tv}. */
    public static final String MOVIE = "movie";

    public static final String TV = "tv";

    // who the current thread's misses are charged to, when not a user's own write
    private static final ScopedValue<Caller> CALLER = ScopedValue.newInstance();

    private final TmdbCache cache;
    private final TmdbProperties properties;
    private final JsonMapper json;

    Tmdb(TmdbCache cache, TmdbProperties properties, JsonMapper json) {
        this.cache = cache;
        this.properties = properties;
        this.json = json;
    }

    /** Whether TMDB_TOKEN is set; without it every other method throws a 503 {@link TmdbUnavailableException}. */
    public boolean configured() {
        return properties.configured();
    }

    /**
     * A movie's or TV show's details (with credits, videos, similar and recommendations appended).
     *
     * @throws TmdbNotFoundException when TMDb has no such id
     * @throws TmdbUnavailableException when TMDb cannot answer and nothing is cached
     */
    public JsonNode details(String mediaType, int id) {
        return answer(TmdbRequest.details(requireMediaType(mediaType), id));
    }

    /** One page ({@code {page, results, total_pages, total_results}}) of one of TMDb's lists. */
    public JsonNode listPage(TmdbList list, String mediaType, int page) {
        if (page < 1 || page > 500) {
            throw new IllegalArgumentException("page must be 1..500");
        }
        return answer(TmdbRequest.of(
                CacheKind.LIST, list.path(requireMediaType(mediaType)), Map.of("page", Integer.toString(page))));
    }

    /**
     * The first page ({@code {page, results, total_pages, total_results}}) of TMDb's movie search,
     * adult titles excluded; with {@code year}, TMDb's filter on any release in that year. The query is
     * normalised as the proxy's, so both share cache entries.
     */
    public JsonNode searchMovies(String query, @Nullable Integer year) {
        String normalised = query.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (normalised.isEmpty() || normalised.length() > 200) {
            throw new IllegalArgumentException("query must be 1..200 characters");
        }
        Map<String, String> params = new HashMap<>(Map.of("query", normalised, "page", "1", "include_adult", "false"));
        if (year != null) {
            params.put("year", year.toString());
        }
        return answer(TmdbRequest.of(CacheKind.SEARCH, "/search/movie", params));
    }

    /**
     * Runs {@code work} with every TMDb miss it causes, here or through another feature (the
     * catalog's import of a title), charged as a background import: paced to its share of the
     * deployment's budget and never queueing long, so users' own requests keep theirs. A miss that
     * cannot get a slot soon throws the 503 {@code tmdb-rate-limited}; the caller tries later.
     */
    public static <T> T asBackgroundImport(Supplier<T> work) {
        return ScopedValue.where(CALLER, Caller.BACKGROUND_IMPORTER).call(work::get);
    }

    /**
     * Runs {@code work} with every TMDb miss it causes charged as browsing by {@code client} (a
     * {@code ClientKey}): the client's own small share of misses, as the public proxy's, for a
     * public endpoint that reads TMDb on an anonymous client's behalf.
     */
    public static <T> T asBrowsing(String client, Supplier<T> work) {
        return ScopedValue.where(CALLER, Caller.browsing(client)).call(work::get);
    }

    private JsonNode answer(TmdbRequest request) {
        CachedAnswer answer = cache.get(request, CALLER.orElse(Caller.IMPORTER)).answer();
        if (answer.status() == UpstreamAnswer.NOT_FOUND) {
            throw new TmdbNotFoundException(request.path());
        }
        return json.readTree(answer.body());
    }

    private static String requireMediaType(String mediaType) {
        if (!mediaType.equals(MOVIE) && !mediaType.equals(TV)) {
            throw new IllegalArgumentException("media type must be movie or tv");
        }
        return mediaType;
    }
}
