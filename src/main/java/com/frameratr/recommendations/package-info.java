/**
 * Recommendations for a user: TMDb's recommendations for their favorites, merged, without what
 * they already favorited or rated.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"platform", "catalog", "users", "tmdb", "library"})
package com.frameratr.recommendations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
