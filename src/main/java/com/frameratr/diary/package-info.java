/**
 * The diary: one entry per viewing of a movie or TV show, with the date, whether it was a rewatch,
 * the rating, like and review given with it, and tags; the user's stats are computed from it.
 * Logging a viewing also sets the current rating, writes the review, adds a liked title to
 * favorites and takes it off the watchlist, in the entry's transaction.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"platform", "catalog", "users", "social", "ratings", "reviews", "library"})
package com.frameratr.diary;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
