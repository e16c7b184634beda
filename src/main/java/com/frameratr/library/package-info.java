/**
 * A user's shelves of titles, one shape: favorites and the watchlist (a title is on a shelf or not,
 * since when). Lists, with their order and notes, are the {@code lists} module.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"platform", "catalog", "users"})
package com.frameratr.library;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
