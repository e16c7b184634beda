/** FrameRatr backend: movie and TV discovery, ratings, reviews and favorites. */
@NullMarked
package com.frameratr;

import org.jspecify.annotations.NullMarked;
