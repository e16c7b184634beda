/**
 * The embedded PostgreSQL 16 used when {@code DB_HOST} is unset: the local default and the tests.
 * Isolated here so that the production build, which has no embedded binaries, never loads it.
 */
@NullMarked
package com.frameratr.platform.embedded;

import org.jspecify.annotations.NullMarked;
