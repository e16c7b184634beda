package com.frameratr.catalog;

import java.util.List;

/** A title with what its detail page shows beyond the list fields. */
record TitleDetail(Title title, List<String> genres, RatingSummary ratings) {}
