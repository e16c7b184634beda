/**
 * Users' ratings of titles (0.5 to 10 in steps of 0.5) and the per-title statistics kept beside
 * them, so reads never aggregate raw ratings.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"platform", "catalog", "users", "social"})
package com.frameratr.ratings;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
