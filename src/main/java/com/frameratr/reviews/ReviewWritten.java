package com.frameratr.reviews;

import com.frameratr.catalog.TitleRef;

/** A user wrote or changed their review of a title. */
public record ReviewWritten(long reviewId, String uid, TitleRef title, boolean spoiler) {}
