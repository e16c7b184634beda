package com.frameratr.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTests {

    private final AtomicLong clock = new AtomicLong();
    private final TokenBuckets buckets = new TokenBuckets(2, 60, 10, clock::get);

    @Test
    void allowsTheBurstThenSaysHowLongToWait() {
        assertThat(buckets.tryTake("a")).isEmpty();
        assertThat(buckets.tryTake("a")).isEmpty();

        assertThat(buckets.tryTake("a"))
                .hasValueSatisfying(wait -> assertThat(wait).isEqualTo(Duration.ofSeconds(1)));
        assertThat(buckets.tryTake("b")).isEmpty();
    }

    @Test
    void refillsAtTheConfiguredRate() {
        buckets.tryTake("a");
        buckets.tryTake("a");

        clock.addAndGet(Duration.ofMillis(1001).toNanos());

        assertThat(buckets.tryTake("a")).isEmpty();
        assertThat(buckets.tryTake("a")).isPresent();
    }

    @Test
    void forgetsFullBucketsWhenOverTheKeyLimit() {
        for (int i = 0; i < 50; i++) {
            buckets.tryTake("user-" + i);
            clock.addAndGet(Duration.ofSeconds(5).toNanos());
        }

        buckets.tryTake("last");

        assertThat(buckets.tryTake("user-0")).isEmpty();
    }
}
