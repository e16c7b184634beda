package com.frameratr.titles;

import com.frameratr.catalog.Catalog;
import com.frameratr.catalog.TitleDetail;
import com.frameratr.catalog.TitleRef;
import com.frameratr.ratings.Ratings;
import org.springframework.stereotype.Service;

/**
 * Composes a title's page from the features that know about it: the catalog (the title, its
 * genres, TMDb's rating) and ratings (the users' summary). Two primary-key reads, no transaction:
 * each is one statement. This is where the viewer's own state (their rating, watchlist, diary) is
 * to be added for a signed-in reader.
 */
@Service
class TitlePageService {

    private final Catalog catalog;
    private final Ratings ratings;

    TitlePageService(Catalog catalog, Ratings ratings) {
        this.catalog = catalog;
        this.ratings = ratings;
    }

    TitlePageResponse page(TitleRef title) {
        TitleDetail detail = catalog.detail(title).orElseThrow(() -> Catalog.notFound(title));
        return TitlePageResponse.of(detail, ratings.summaryOf(title.kind(), title.id()));
    }
}
