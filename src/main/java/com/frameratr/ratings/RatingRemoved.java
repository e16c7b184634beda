package com.frameratr.ratings;

import com.frameratr.catalog.TitleRef;

/** A user removed their rating of a title. Not published for the ratings of a deleted account ({@code UserDeleted}). */
public record RatingRemoved(String uid, TitleRef title) {}
