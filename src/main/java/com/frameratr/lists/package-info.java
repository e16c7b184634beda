/**
 * Users' named lists of movies and TV shows: ranked or not, with a note per entry, private, unlisted
 * or public, readable by others as pages, and the public lists of everyone. Other features reach it
 * through {@link com.frameratr.lists.Lists}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"platform", "catalog", "users", "social"})
package com.frameratr.lists;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
