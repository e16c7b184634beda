package com.frameratr.catalog;

import com.frameratr.platform.web.StrongETagFilter;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The first page of the popular movies and TV shows ({@code GET /api/movies}, {@code /api/tv}, with
 * no query string or only {@code limit}), written once per {@code first-page-ttl} (1 s) with its
 * paging headers and ETag: every visitor's home page asks for it, and the catalog under it changes
 * only when titles are imported. At most two kinds times 101 query strings are kept; any other
 * query string (a search, a page, a cursor, anything unknown) is answered fresh, so a client
 * cannot fill the cache. A ttl of 0 turns it off (the page is then written for every request, as
 * TitlePageCache does).
 */
@Component
class FirstPageCache {

    private static final Pattern CACHEABLE_QUERY = Pattern.compile("limit=[1-9][0-9]{0,2}");

    /** A page as sent: the JSON array, its paging headers and their strong tag. */
    record Entry(byte[] json, String totalCount, @Nullable String link, String etag) {}

    private record Key(TitleKind kind, String query) {}

    private final @Nullable Cache<Key, Entry> pages;
    private final JsonMapper json;

    FirstPageCache(JsonMapper json, @Value("${frameratr.catalog.first-page-ttl:1s}") Duration ttl) {
        // each card by its own class, as the HTTP converter writes them (a writer for List<TitleCard>
        // would write the interface's no properties)
        this.json = json;
        this.pages = ttl.isPositive()
                ? Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(256).build()
                : null;
    }

    /**
     * Whether a list request is the first page of popular titles in one of the kept spellings (a
     * search, a page or a cursor always has its own parameter in the query string).
     */
    static boolean cacheable(@Nullable String queryString) {
        return queryString == null || CACHEABLE_QUERY.matcher(queryString).matches();
    }

    Entry get(TitleKind kind, @Nullable String queryString, Supplier<ResponseEntity<List<TitleCard>>> page) {
        Key key = new Key(kind, queryString == null ? "" : queryString);
        return pages == null ? entry(page.get()) : pages.get(key, k -> entry(page.get()));
    }

    private Entry entry(ResponseEntity<List<TitleCard>> response) {
        byte[] json = this.json.writeValueAsBytes(response.getBody());
        String total = response.getHeaders().getFirst("X-Total-Count");
        String link = response.getHeaders().getFirst(HttpHeaders.LINK);
        return new Entry(json, total == null ? "0" : total, link, StrongETagFilter.tagOf(json, total, link));
    }
}
