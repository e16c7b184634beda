/**
 * The title page, composed for reading: the catalog's title with its genres and TMDb's rating,
 * FrameRatr's users' rating summary, community counts, and the signed-in reader's own state. The catalog
 * knows nothing of the features shown beside its titles; this module does.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {"platform", "catalog", "users", "ratings", "reviews", "library", "lists", "diary"})
package com.frameratr.titles;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
