package com.frameratr.catalog;

import com.frameratr.platform.ApiException;
import com.frameratr.platform.Page;
import com.frameratr.platform.PageRequest;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
class CatalogService {

    private final CatalogRepository repository;
    private final TitleStatistics statistics;
    private final TotalCounts totals;

    CatalogService(
            CatalogRepository repository,
            TitleStatistics statistics,
            @Value("${frameratr.catalog.total-count-ttl:30s}") Duration totalCountTtl) {
        this.repository = repository;
        this.statistics = statistics;
        this.totals = new TotalCounts(totalCountTtl, 10_000);
    }

    Page<Title> list(TitleKind kind, @Nullable String query, PageRequest page) {
        String normalized = query == null || query.isBlank() ? null : query.strip();
        long total = totals.get(
                kind.code() + "\n" + (normalized == null ? "" : normalized), () -> repository.count(kind, normalized));
        return new Page<>(repository.list(kind, normalized, page), total, page);
    }

    TitleDetail detail(TitleKind kind, int id) {
        Title title = repository.find(kind, id).orElseThrow(() -> notFound(kind, id));
        return new TitleDetail(title, repository.genres(kind, id), statistics.summaryOf(kind, id));
    }

    static ApiException notFound(TitleKind kind, int id) {
        return ApiException.notFound(kind.label() + " " + id + " is not in the catalog");
    }
}
