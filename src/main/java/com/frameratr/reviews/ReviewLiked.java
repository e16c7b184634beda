package com.frameratr.reviews;

import com.frameratr.catalog.TitleRef;

/** A user liked a review (a repeated like publishes nothing). */
public record ReviewLiked(long reviewId, String uid, String authorUid, TitleRef title) {}
