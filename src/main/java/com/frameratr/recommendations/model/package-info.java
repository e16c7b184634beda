/**
 * The taste model's arithmetic, with no Spring and no database: signals, item-item neighbours,
 * implicit ALS, top-n selection. The offline evaluation ({@code bench/recsys}) runs these same
 * classes, so what it measures is what the service serves.
 */
@NullMarked
package com.frameratr.recommendations.model;

import org.jspecify.annotations.NullMarked;
