package com.frameratr.ratings;

import com.frameratr.platform.problems.InvalidInputException;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** 0.5 to 10 in steps of 0.5, as the schema's CHECK says; checked here first for a clear 400. */
final class RatingValue {

    static final String FIELD = "rating_val";
    private static final BigDecimal MIN = new BigDecimal("0.5");
    private static final BigDecimal MAX = BigDecimal.TEN;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private RatingValue() {}

    static BigDecimal require(@Nullable BigDecimal value) {
        if (value == null) {
            throw new InvalidInputException(FIELD, "is required");
        }
        boolean inRange = value.compareTo(MIN) >= 0 && value.compareTo(MAX) <= 0;
        if (!inRange || value.multiply(TWO).stripTrailingZeros().scale() > 0) {
            throw new InvalidInputException(FIELD, "must be from 0.5 to 10 in steps of 0.5");
        }
        return value.setScale(1);
    }
}
