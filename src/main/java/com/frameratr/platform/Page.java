package com.frameratr.platform;

import java.util.List;
import java.util.function.Function;

/** Items of one page and the total number of items of the whole list. */
public record Page<T>(List<T> items, long total, PageRequest request) {

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, request);
    }

    public long lastPage() {
        return Math.max(1, (total + request.limit() - 1) / request.limit());
    }
}
