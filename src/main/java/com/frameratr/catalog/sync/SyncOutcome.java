package com.frameratr.catalog.sync;

/** What importing one title did. */
public enum SyncOutcome {
    /** The title was not in the catalog and now is. */
    CREATED,
    /** The title was in the catalog but stale, and was synced from TMDb again. */
    REFRESHED,
    /** The title was in the catalog and recently synced: nothing was done. */
    UP_TO_DATE,
    /** The title was in the catalog but stale, and TMDb could not be reached: it was kept as it is. */
    KEPT_STALE
}
