package com.frameratr.catalog;

import com.frameratr.platform.ApiException;
import com.frameratr.platform.Page;
import com.frameratr.platform.PageRequest;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
class CatalogService {

    private final CatalogRepository repository;
    private final TitleStatistics statistics;
    /**
     * Totals behind {@code X-Total-Count}, per kind and query. A page is an index walk that stops
     * after {@code limit} rows, but its total counts every match (on 100,000 movies 15 ms for the
     * whole list, 60 ms for {@code q=ab}, which no trigram index can serve). Titles change only by
     * import, so a total may lag by the TTL; the page itself is always current. Caffeine loads one
     * key once for concurrent callers and does not keep failures.
     */
    private final Cache<String, Long> totals;

    CatalogService(
            CatalogRepository repository,
            TitleStatistics statistics,
            @Value("${frameratr.catalog.total-count-ttl:30s}") Duration totalCountTtl) {
        this.repository = repository;
        this.statistics = statistics;
        this.totals = Caffeine.newBuilder()
                .expireAfterWrite(totalCountTtl)
                .maximumSize(10_000)
                .build();
    }

    Page<Title> list(TitleKind kind, @Nullable String query, PageRequest page) {
        String normalized = query == null || query.isBlank() ? null : query.strip();
        String key = kind.code() + "\n" + (normalized == null ? "" : normalized);
        long total = totals.get(key, ignored -> repository.count(kind, normalized));
        return new Page<>(repository.list(kind, normalized, page), total, page);
    }

    TitleDetail detail(TitleKind kind, int id) {
        var found = repository.findWithGenres(kind, id).orElseThrow(() -> notFound(kind, id));
        return new TitleDetail(found.title(), found.genres(), statistics.summaryOf(kind, id));
    }

    static ApiException notFound(TitleKind kind, int id) {
        return ApiException.notFound(kind.label() + " " + id + " is not in the catalog");
    }
}
