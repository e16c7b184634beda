package com.frameratr.ratings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The users' ratings of one title as kept in the statistics table: count, sum, and a histogram
 * whose {@code i}-th bucket counts ratings of {@code (i + 1) * 0.5}.
 */
public record RatingSummary(int count, BigDecimal sum, int[] histogram) {

    public static final int BUCKETS = 20;

    public static RatingSummary none() {
        return new RatingSummary(0, BigDecimal.ZERO, new int[BUCKETS]);
    }

    /** Average with one decimal, or null when nobody has rated the title. */
    public @Nullable BigDecimal average() {
        return count == 0 ? null : sum.divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
    }

    /** Buckets keyed "0.5", "1.0", ... "10.0", in order, zeros included. */
    public Map<String, Integer> histogramByValue() {
        Map<String, Integer> byValue = new LinkedHashMap<>();
        for (int i = 0; i < BUCKETS; i++) {
            byValue.put(
                    BigDecimal.valueOf(i + 1L, 0)
                            .multiply(new BigDecimal("0.5"))
                            .setScale(1)
                            .toPlainString(),
                    histogram[i]);
        }
        return byValue;
    }
}
