package com.frameratr.titles;

import com.frameratr.catalog.TitleRef;
import com.frameratr.diary.ViewingLogged;
import com.frameratr.diary.ViewingRemoved;
import com.frameratr.library.FavoriteAdded;
import com.frameratr.library.FavoriteRemoved;
import com.frameratr.lists.ListChanged;
import com.frameratr.platform.web.StrongETagFilter;
import com.frameratr.ratings.RatingRemoved;
import com.frameratr.ratings.TitleRated;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public part of title pages, kept in this process with its JSON and ETag: a title page is read
 * far more often than anything on it changes, and a hit costs no database round trip and no JSON
 * writing. Freshness (API.md, "Title page"): a page is at most {@code page-cache-ttl} (1 s) old on
 * any instance, and once this instance's own write to the title commits (a rating, a viewing, a
 * favorite, a list entry) its page is read afresh, so a writer reading back through the same
 * instance sees the write (a list deleted or changed, its visibility among its fields, drops every
 * page: lists change seldom). Writes no event announces (an import's commit, an account deletion) show within the ttl. Bounded by the bytes of JSON held ({@code page-cache-size}); a ttl of 0
 * turns the cache off.
 */
@Component
class TitlePageCache {

    /** A title page without a viewer, written once. */
    record Page(TitlePageResponse response, byte[] json, String etag) {}

    private final @Nullable Cache<TitleRef, Page> pages;
    private final JsonMapper json;

    TitlePageCache(
            JsonMapper json,
            @Value("${frameratr.titles.page-cache-ttl:1s}") Duration ttl,
            @Value("${frameratr.titles.page-cache-size:16MB}") DataSize size) {
        this.json = json;
        this.pages = ttl.isPositive()
                ? Caffeine.newBuilder()
                        .expireAfterWrite(ttl)
                        .maximumWeight(size.toBytes())
                        .<TitleRef, Page>weigher((title, page) -> page.json().length + 256)
                        .build()
                : null;
    }

    /** The page of a title, from the cache or made by {@code load} (a NotFoundException is not cached). */
    Page get(TitleRef title, Function<TitleRef, TitlePageResponse> load) {
        return pages == null ? page(load.apply(title)) : pages.get(title, ref -> page(load.apply(ref)));
    }

    private Page page(TitlePageResponse response) {
        byte[] bytes = json.writeValueAsBytes(response);
        return new Page(response, bytes, StrongETagFilter.tagOf(bytes, null, null));
    }

    private void evict(@Nullable TitleRef title) {
        if (title != null) {
            afterCommit(cache -> cache.invalidate(title));
        }
    }

    /**
     * Once the write's transaction commits: evicted earlier, a read in between would cache the old
     * page again. A plain listener that registers the step itself, not a
     * {@code @TransactionalEventListener}: Spring Modulith would store a publication row for
     * that in every write's transaction.
     */
    private void afterCommit(Consumer<Cache<TitleRef, Page>> step) {
        Cache<TitleRef, Page> cache = pages;
        if (cache == null) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    step.accept(cache);
                }
            });
        } else {
            step.accept(cache);
        }
    }

    @EventListener
    void on(TitleRated rated) {
        evict(rated.title());
    }

    @EventListener
    void on(RatingRemoved removed) {
        evict(removed.title());
    }

    @EventListener
    void on(ViewingLogged logged) {
        evict(logged.title());
    }

    @EventListener
    void on(ViewingRemoved removed) {
        evict(removed.title());
    }

    @EventListener
    void on(FavoriteAdded added) {
        evict(added.title());
    }

    @EventListener
    void on(FavoriteRemoved removed) {
        evict(removed.title());
    }

    /**
     * An entry moves one title's list count; a deleted list, or a change of its fields (one of them
     * its visibility: the event does not say which), may move the count of any of its titles.
     */
    @EventListener
    void on(ListChanged changed) {
        switch (changed.change()) {
            case TITLE_ADDED, TITLE_REMOVED -> evict(changed.title());
            case DELETED, CHANGED -> afterCommit(Cache::invalidateAll);
            case CREATED, ENTRY_CHANGED, REORDERED -> {}
        }
    }
}
