package com.frameratr.ratings;

import com.frameratr.catalog.TitleRef;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A user rated a title (first or again, with the same or another value); published after the commit. */
public record TitleRated(String uid, TitleRef title, BigDecimal ratingVal, OffsetDateTime ratedAt) {}
