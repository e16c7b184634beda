package com.frameratr.reviews;

import com.frameratr.catalog.TitleRef;

/** A review as other features address it: its id, author, title and count of comments (V16). */
public record ReviewRef(long id, String authorUid, TitleRef title, int commentCount) {}
