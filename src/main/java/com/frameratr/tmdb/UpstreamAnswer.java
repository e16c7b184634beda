package com.frameratr.tmdb;

/** What TMDb answered: 200 with its JSON, or 404. Errors are exceptions, never an answer. */
record UpstreamAnswer(int status, byte[] body) {

    static final int OK = 200;
    static final int NOT_FOUND = 404;

    boolean found() {
        return status == OK;
    }
}
