package com.frameratr.platform.paging;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Items of one page, the total number of items of the whole list and, when the page is full, the
 * cursor that continues after its last item.
 */
public record Page<T>(
        List<T> items,
        long total,
        PageRequest request,
        @Nullable String nextCursor) {

    public Page(List<T> items, long total, PageRequest request) {
        this(items, total, request, null);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, request, nextCursor);
    }

    /** This page with the cursor after its last item, when it is full (a short page ends the list). */
    public Page<T> withNextCursor(Function<? super T, String> cursorOf) {
        String next = items.size() < request.limit() ? null : cursorOf.apply(items.getLast());
        return new Page<>(items, total, request, next);
    }

    /**
     * The total of a list whose page was just read. A numbered page that is not full ends the list,
     * so its total is known without counting; only a full page, one past the end, or a page after a
     * cursor (whose offset is unknown) asks {@code count}.
     */
    public static long total(List<?> pageItems, PageRequest request, LongSupplier count) {
        boolean endsTheList = !request.byCursor()
                && pageItems.size() < request.limit()
                && (!pageItems.isEmpty() || request.offset() == 0);
        return endsTheList ? request.offset() + pageItems.size() : count.getAsLong();
    }

    public long lastPage() {
        return Math.max(1, (total + request.limit() - 1) / request.limit());
    }
}
