package com.frameratr.reviews;

/** A user took back their like of a review. */
public record ReviewUnliked(long reviewId, String uid) {}
