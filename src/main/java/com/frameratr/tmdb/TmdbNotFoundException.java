package com.frameratr.tmdb;

import com.frameratr.platform.ApiException;
import org.springframework.http.HttpStatus;

/** TMDb answered 404: it knows no such movie, show or person. */
public class TmdbNotFoundException extends ApiException {

    TmdbNotFoundException(String path) {
        super(HttpStatus.NOT_FOUND, "not-found", "TMDb has no resource " + path);
    }
}
