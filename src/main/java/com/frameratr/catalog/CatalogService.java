package com.frameratr.catalog;

import com.frameratr.platform.ApiException;
import com.frameratr.platform.Page;
import com.frameratr.platform.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

@Service
class CatalogService {

    private final CatalogRepository repository;
    private final TitleStatistics statistics;

    CatalogService(CatalogRepository repository, TitleStatistics statistics) {
        this.repository = repository;
        this.statistics = statistics;
    }

    Page<Title> list(TitleKind kind, @Nullable String query, PageRequest page) {
        String normalized = query == null || query.isBlank() ? null : query.strip();
        return new Page<>(repository.list(kind, normalized, page), repository.count(kind, normalized), page);
    }

    TitleDetail detail(TitleKind kind, int id) {
        Title title = repository.find(kind, id).orElseThrow(() -> notFound(kind, id));
        return new TitleDetail(title, repository.genres(kind, id), statistics.summaryOf(kind, id));
    }

    static ApiException notFound(TitleKind kind, int id) {
        return ApiException.notFound(kind.label() + " " + id + " is not in the catalog");
    }
}
