/** Users' favorite movies and TV shows. */
@NullMarked
@ApplicationModule(allowedDependencies = {"platform", "catalog", "users"})
package com.frameratr.favorites;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
