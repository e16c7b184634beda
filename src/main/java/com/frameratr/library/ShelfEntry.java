package com.frameratr.library;

import com.frameratr.catalog.TitleKind;
import java.time.OffsetDateTime;

/** A row of a shelf's table. */
record ShelfEntry(String uid, TitleKind kind, int titleId, OffsetDateTime addedAt) {}
