package com.frameratr.lists;

import java.util.Locale;

/** The orders of the public lists page; each is the order of an index (V10, V18), so a page never sorts. */
enum ListSort {
    /** Most recently changed first. */
    RECENT,
    /** Most liked first (V18). */
    POPULAR;

    static final String CODES = "recent|popular";

    static ListSort ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
