package com.frameratr.lists;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** Who besides its owner may read a list. */
enum Visibility {
    /** Anyone, and it is on the public lists page. */
    PUBLIC,
    /** Anyone who has its link (its id); not on the public lists page. */
    UNLISTED,
    /** Only its owner; to anyone else it does not exist. */
    PRIVATE;

    /** The rule of request bodies, in the words of its error. */
    static final String CODES = "public|unlisted|private";

    static final String MESSAGE = "must be public, unlisted or private";

    /** As stored in {@code user_lists.visibility} and written in JSON. */
    @JsonValue
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Visibility ofCode(String code) {
        return Arrays.stream(values())
                .filter(visibility -> visibility.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no visibility " + code));
    }
}
