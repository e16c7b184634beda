package com.frameratr.titles;

import com.frameratr.catalog.Catalog;
import com.frameratr.catalog.TitleDetail;
import com.frameratr.catalog.TitleRef;
import com.frameratr.diary.Diary;
import com.frameratr.library.Favorites;
import com.frameratr.library.Watchlist;
import com.frameratr.lists.Lists;
import com.frameratr.ratings.Ratings;
import com.frameratr.reviews.Reviews;
import com.frameratr.users.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Composes a title's page from the features that know about it: the catalog (the title, its
 * genres, TMDb's rating), ratings (the users' summary), the community counts (watches and fans,
 * public lists) and, for a signed-in reader, their own state. The part everyone sees is four
 * primary-key reads, no transaction (each is one statement), kept in {@link TitlePageCache}; a
 * reader with a token adds five small index reads, one per feature that owns the fact, every time.
 */
@Service
class TitlePageService {

    private final Catalog catalog;
    private final Ratings ratings;
    private final TitleCountsRepository counts;
    private final Watchlist watchlist;
    private final Favorites favorites;
    private final Diary diary;
    private final Reviews reviews;
    private final Lists lists;
    private final TitlePageCache cache;

    TitlePageService(
            Catalog catalog,
            Ratings ratings,
            TitleCountsRepository counts,
            Watchlist watchlist,
            Favorites favorites,
            Diary diary,
            Reviews reviews,
            Lists lists,
            TitlePageCache cache) {
        this.catalog = catalog;
        this.ratings = ratings;
        this.counts = counts;
        this.watchlist = watchlist;
        this.favorites = favorites;
        this.diary = diary;
        this.reviews = reviews;
        this.lists = lists;
        this.cache = cache;
    }

    /** The page everyone sees, with its JSON and tag. */
    TitlePageCache.Page publicPage(TitleRef title) {
        return cache.get(title, this::load);
    }

    /** The page with the reader's own state, read now. */
    TitlePageResponse page(TitleRef title, CurrentUser reader) {
        return publicPage(title).response().withViewer(viewer(reader.uid(), title));
    }

    private TitlePageResponse load(TitleRef title) {
        TitleDetail detail = catalog.detail(title).orElseThrow(() -> Catalog.notFound(title));
        return TitlePageResponse.of(
                detail,
                ratings.summaryOf(title.kind(), title.id()),
                counts.of(title),
                lists.publicListCount(title),
                null);
    }

    private ViewerState viewer(String uid, TitleRef title) {
        Diary.Watches watches = diary.watchesOf(uid, title);
        return new ViewerState(
                ratings.ratingOf(uid, title).orElse(null),
                watchlist.contains(uid, title),
                !favorites
                        .favoritedAmong(uid, title.kind(), List.of(title.id()))
                        .isEmpty(),
                watches.count(),
                watches.lastWatchedOn(),
                reviews.reviewIdOf(uid, title).orElse(null));
    }
}
