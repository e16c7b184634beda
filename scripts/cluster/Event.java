/** A fault action's begin or end ("kill 2 (begin)", "tmdb ok (done)"), at ms. */
record Event(long at, String what) {}
