package com.frameratr.tmdb;

/**
 * On whose behalf a TMDb answer is wanted, which decides how much of the deployment's TMDb budget
 * a miss may use. {@link Purpose#IMPORT}: a signed-in user's write about a title not yet in the
 * catalog (or the import command); it may queue up to {@code max-queue-wait}. {@link Purpose#BROWSE}:
 * the public proxy; each client (user, else address) has its own small share of misses per minute,
 * and a miss gives up when the deployment's queue is longer than {@code browse-queue-wait}, so
 * browsing can never fill the queue that imports wait in. {@link Purpose#REFRESH}: a background
 * refresh of a stale answer, charged to no one, queued like browsing. {@link Purpose#BACKGROUND_IMPORT}:
 * matching an uploaded history (thousands of titles) in the background; paced to its share of the
 * deployment's budget first, then queued like browsing, so it never crowds out a user's request.
 */
record Caller(Purpose purpose, String client) {

    enum Purpose {
        BROWSE,
        IMPORT,
        REFRESH,
        BACKGROUND_IMPORT
    }

    static final Caller IMPORTER = new Caller(Purpose.IMPORT, "import");
    static final Caller REFRESHER = new Caller(Purpose.REFRESH, "refresh");
    static final Caller BACKGROUND_IMPORTER = new Caller(Purpose.BACKGROUND_IMPORT, "background-import");

    static Caller browsing(String client) {
        return new Caller(Purpose.BROWSE, client);
    }
}
