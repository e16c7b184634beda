package com.frameratr.catalog;

import com.frameratr.platform.paging.Page;
import com.frameratr.platform.paging.PageRequest;
import com.frameratr.platform.problems.InvalidInputException;
import com.frameratr.platform.problems.NotFoundException;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
class CatalogService {

    static final int MIN_QUERY = 2;

    private final CatalogRepository repository;
    /**
     * Totals behind {@code X-Total-Count} of full pages, per kind and query. A page is an index walk
     * that stops after {@code limit} rows, but its total counts every match (on 100,000 movies 15 ms
     * for the whole list, 60 ms for {@code q=ab}, which no trigram index can serve; ten times that
     * at 1,000,000). Titles change only by import, so a total may lag by the TTL; the page itself is
     * always current. After the TTL a total is recounted in the background while the old one is
     * still served, so no request waits for a recount; one unused for ten TTLs is dropped.
     */
    private final LoadingCache<TotalKey, Long> totals;

    private record TotalKey(TitleKind kind, @Nullable String query) {}

    CatalogService(
            CatalogRepository repository, @Value("${frameratr.catalog.total-count-ttl:30s}") Duration totalCountTtl) {
        this.repository = repository;
        Caffeine<Object, Object> builder = Caffeine.newBuilder().maximumSize(10_000);
        if (totalCountTtl.isPositive()) {
            builder.refreshAfterWrite(totalCountTtl).expireAfterWrite(totalCountTtl.multipliedBy(10));
        } else {
            builder.expireAfterWrite(Duration.ZERO);
        }
        this.totals = builder.build(key -> repository.count(key.kind(), key.query()));
    }

    /**
     * Titles by popularity; {@code query} (at least {@link #MIN_QUERY} characters: shorter ones
     * match nearly everything and no trigram index can narrow them) filters by title.
     */
    Page<Title> list(TitleKind kind, @Nullable String query, PageRequest page) {
        String normalized = query == null || query.isBlank() ? null : query.strip();
        if (normalized != null && normalized.codePointCount(0, normalized.length()) < MIN_QUERY) {
            throw new InvalidInputException("q", "must be at least " + MIN_QUERY + " characters");
        }
        List<Title> titles = repository.list(kind, normalized, page);
        long total = Page.total(titles, page, () -> totals.get(new TotalKey(kind, normalized)));
        return new Page<>(titles, total, page).withNextCursor(CatalogRepository::cursorOf);
    }

    static NotFoundException notFound(TitleKind kind, int id) {
        return new NotFoundException(kind.label() + " " + id + " is not in the catalog");
    }
}
