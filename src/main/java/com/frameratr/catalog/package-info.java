/**
 * The local catalog of movies and TV shows (keyed by their TMDb ids), their genres, title search,
 * and reading them over HTTP. Other features reach it through {@link com.frameratr.catalog.Catalog}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"platform", "tmdb"})
package com.frameratr.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
