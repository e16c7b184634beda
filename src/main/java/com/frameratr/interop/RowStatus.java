package com.frameratr.interop;

import java.util.Arrays;
import java.util.Locale;

/**
 * Where an import row stands. {@code PENDING}: its title is still to be matched. {@code MATCHED}:
 * it will be committed. {@code AMBIGUOUS}: several titles fit equally well; {@code UNMATCHED}: none
 * does (both wait for the user's choice). {@code DUPLICATE}: another row already carries the same
 * fact. {@code SKIPPED}: left out, by the user or because the row cannot be stored (the rule says why).
 */
enum RowStatus {
    PENDING,
    MATCHED,
    AMBIGUOUS,
    UNMATCHED,
    DUPLICATE,
    SKIPPED;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static RowStatus ofCode(String code) {
        return Arrays.stream(values())
                .filter(status -> status.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row status " + code));
    }
}
