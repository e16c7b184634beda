package com.frameratr.catalog;

import org.springframework.stereotype.Component;

/** What other features may ask of the catalog. */
@Component
public class Catalog {

    private final CatalogRepository repository;

    Catalog(CatalogRepository repository) {
        this.repository = repository;
    }

    /** Throws the API's 404 problem when the title is not in the local catalog. */
    public void requireExists(TitleKind kind, int id) {
        if (!repository.exists(kind, id)) {
            throw CatalogService.notFound(kind, id);
        }
    }
}
