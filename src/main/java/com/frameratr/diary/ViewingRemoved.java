package com.frameratr.diary;

import com.frameratr.catalog.TitleRef;

/** A user deleted a diary entry. */
public record ViewingRemoved(long entryId, String uid, TitleRef title) {}
