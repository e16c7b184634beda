package com.frameratr.interop;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where an uploaded history comes from: the {@code source} of {@code POST /api/imports}. */
enum ImportSource {
    LETTERBOXD,
    TRAKT,
    FRAMERATR;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<ImportSource> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
