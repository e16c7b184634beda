package com.frameratr.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PageTotalTests {

    private final AtomicInteger counts = new AtomicInteger();

    private long count() {
        counts.incrementAndGet();
        return 57;
    }

    @Test
    void aShortFirstPageIsTheWholeList() {
        assertThat(Page.total(List.of("a", "b"), new PageRequest(1, 20), this::count))
                .isEqualTo(2);
        assertThat(counts).hasValue(0);
    }

    @Test
    void anEmptyFirstPageIsAnEmptyList() {
        assertThat(Page.total(List.of(), new PageRequest(1, 20), this::count)).isZero();
        assertThat(counts).hasValue(0);
    }

    @Test
    void aShortLaterPageEndsTheList() {
        assertThat(Page.total(List.of("a"), new PageRequest(3, 20), this::count))
                .isEqualTo(41);
        assertThat(counts).hasValue(0);
    }

    @Test
    void aFullPageIsCounted() {
        assertThat(Page.total(List.of("a", "b"), new PageRequest(1, 2), this::count))
                .isEqualTo(57);
        assertThat(counts).hasValue(1);
    }

    @Test
    void aPagePastTheEndIsCounted() {
        assertThat(Page.total(List.of(), new PageRequest(9, 20), this::count)).isEqualTo(57);
        assertThat(counts).hasValue(1);
    }
}
