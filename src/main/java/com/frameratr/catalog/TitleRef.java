package com.frameratr.catalog;

import com.frameratr.platform.problems.InvalidInputException;

/** Which title something is about: a kind and a TMDb id (positive). */
public record TitleRef(TitleKind kind, int id) {

    public TitleRef {
        if (id < 1) {
            throw new InvalidInputException("id", "must be a positive TMDb id");
        }
    }
}
