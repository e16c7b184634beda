package com.frameratr.platform;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/** Items of one page and the total number of items of the whole list. */
public record Page<T>(List<T> items, long total, PageRequest request) {

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, request);
    }

    /**
     * The total of a list whose page was just read. A page that is not full ends the list, so its
     * total is known without counting; only a full page, or one past the end, asks {@code count}.
     */
    public static long total(List<?> pageItems, PageRequest request, LongSupplier count) {
        boolean endsTheList = pageItems.size() < request.limit() && (!pageItems.isEmpty() || request.offset() == 0);
        return endsTheList ? request.offset() + pageItems.size() : count.getAsLong();
    }

    public long lastPage() {
        return Math.max(1, (total + request.limit() - 1) / request.limit());
    }
}
