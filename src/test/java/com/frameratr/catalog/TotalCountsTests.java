package com.frameratr.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TotalCountsTests {

    @Test
    void keepsATotalForItsLifetimeThenCountsAgain() throws InterruptedException {
        var counts = new TotalCounts(Duration.ofMillis(200), 100);
        var calls = new AtomicLong();
        assertThat(counts.get("movie\nab", calls::incrementAndGet)).isEqualTo(1);
        assertThat(counts.get("movie\nab", calls::incrementAndGet)).isEqualTo(1);
        assertThat(counts.get("movie\nother", calls::incrementAndGet)).isEqualTo(2);
        Thread.sleep(250);
        assertThat(counts.get("movie\nab", calls::incrementAndGet)).isEqualTo(3);
    }

    @Test
    void doesNotRememberAFailure() {
        var counts = new TotalCounts(Duration.ofSeconds(30), 100);
        assertThatThrownBy(() -> counts.get("k", () -> {
                    throw new IllegalStateException("database down");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(counts.get("k", () -> 7)).isEqualTo(7);
    }

    @Test
    void zeroLifetimeCountsEveryTime() {
        var counts = new TotalCounts(Duration.ZERO, 100);
        var calls = new AtomicLong();
        counts.get("k", calls::incrementAndGet);
        counts.get("k", calls::incrementAndGet);
        assertThat(calls).hasValue(2);
    }

    @Test
    void staysBounded() {
        var counts = new TotalCounts(Duration.ofSeconds(30), 3);
        for (int i = 0; i < 10; i++) {
            assertThat(counts.get("k" + i, () -> 1)).isEqualTo(1);
        }
        var calls = new AtomicLong();
        counts.get("k0", calls::incrementAndGet); // evicted when the map filled up
        assertThat(calls).hasValue(1);
    }
}
