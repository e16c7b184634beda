package com.frameratr.reviews;

import com.frameratr.catalog.TitleRef;

/** A user deleted their review. Not published for the reviews of a deleted account ({@code UserDeleted}). */
public record ReviewDeleted(long reviewId, String uid, TitleRef title) {}
