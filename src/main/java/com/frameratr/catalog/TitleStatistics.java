package com.frameratr.catalog;

/**
 * Where a title's rating summary comes from. The ratings feature implements it; the catalog only
 * shows the summary, so it does not depend on ratings.
 */
public interface TitleStatistics {
    RatingSummary summaryOf(TitleKind kind, int id);
}
