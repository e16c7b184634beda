/**
 * TMDb (The Movie Database): the HTTP client with retries, the deployment-wide rate limit, the
 * two-level cache (Caffeine, then a PostgreSQL table shared by all instances) and the
 * {@code /api/tmdb/**} proxy. Other features reach TMDb through {@link com.frameratr.tmdb.Tmdb}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"platform"})
package com.frameratr.tmdb;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
