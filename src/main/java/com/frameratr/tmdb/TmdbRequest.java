package com.frameratr.tmdb;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One upstream GET: a TMDb path and its query parameters (already validated), never the token.
 * {@link #key()} is the normalised request (path and sorted parameters), the cache key.
 */
record TmdbRequest(String path, SortedMap<String, String> params, CacheKind kind) {

    TmdbRequest {
        params = new TreeMap<>(params);
    }

    static TmdbRequest of(CacheKind kind, String path, Map<String, String> params) {
        return new TmdbRequest(path, new TreeMap<>(params), kind);
    }

    static TmdbRequest of(CacheKind kind, String path) {
        return of(kind, path, Map.of());
    }

    /** What the first version appended to details, so that one call fills a title page. */
    static final String APPENDED = "credits,videos,similar,recommendations";

    /** Details of a movie or TV show; the proxy and the catalog import share this cache entry. */
    static TmdbRequest details(String mediaType, int id) {
        return of(CacheKind.DETAILS, "/" + mediaType + "/" + id, Map.of("append_to_response", APPENDED));
    }

    String key() {
        if (params.isEmpty()) {
            return path;
        }
        return path + "?"
                + params.entrySet().stream()
                        .map(entry -> entry.getKey() + "=" + entry.getValue())
                        .collect(Collectors.joining("&"));
    }
}
