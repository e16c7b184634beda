package com.frameratr.tmdb;

import com.frameratr.platform.problems.NotFoundException;

/** TMDb answered 404: it knows no such movie, show or person. */
public class TmdbNotFoundException extends NotFoundException {

    TmdbNotFoundException(String path) {
        super("TMDb has no resource " + path);
    }
}
