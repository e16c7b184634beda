package com.frameratr.catalog;

import com.frameratr.catalog.sync.TitleSync;
import com.frameratr.platform.problems.NotFoundException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** What other features may ask of the catalog. */
@Component
public class Catalog {

    private final CatalogRepository repository;
    private final TitleSync importer;

    Catalog(CatalogRepository repository, TitleSync importer) {
        this.repository = repository;
        this.importer = importer;
    }

    /** Throws the API's 404 problem when the title is not in the local catalog. */
    public void requireExists(TitleKind kind, int id) {
        if (!repository.exists(kind, id)) {
            throw CatalogService.notFound(kind, id);
        }
    }

    /**
     * Makes sure a title that a user writes about is in the catalog, importing it from TMDb when it
     * is not. Throws 404 when TMDb does not know it and 503 when TMDb cannot be asked. A title
     * already in the catalog costs no TMDb call, however old its row.
     */
    public void ensurePresent(TitleKind kind, int id) {
        if (!repository.exists(kind, id)) {
            importer.importTitle(kind, id);
        }
    }

    /** The title with its genres, or empty when the catalog does not have it. */
    public Optional<TitleDetail> detail(TitleRef title) {
        return repository
                .findWithGenres(title.kind(), title.id())
                .map(found -> new TitleDetail(
                        TitleCard.from(found.title()),
                        found.title().voteAverage(),
                        found.title().voteCount(),
                        found.genres()));
    }

    /** The 404 of a title the catalog does not have. */
    public static NotFoundException notFound(TitleRef title) {
        return CatalogService.notFound(title.kind(), title.id());
    }

    /**
     * The list form of each of the given titles of either kind that is in the catalog (one query
     * per kind present), for lists that mix movies and TV shows (a diary, a list, one's reviews).
     */
    public Map<TitleRef, TitleCard> cards(Collection<TitleRef> titles) {
        Map<TitleRef, TitleCard> cards = new java.util.HashMap<>();
        for (TitleKind kind : TitleKind.values()) {
            List<Integer> ids = titles.stream()
                    .filter(title -> title.kind() == kind)
                    .map(TitleRef::id)
                    .distinct()
                    .toList();
            cards(kind, ids).forEach((id, card) -> cards.put(new TitleRef(kind, id), card));
        }
        return cards;
    }

    /** The list form of each of the given titles that is in the catalog, by id. */
    public Map<Integer, TitleCard> cards(TitleKind kind, Collection<Integer> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return repository.findAll(kind, ids).stream()
                .collect(Collectors.toMap(Title::id, TitleCard::from, (a, b) -> a));
    }
}
