package com.frameratr.social;

import java.time.OffsetDateTime;

/** One row of a follow or block list: the other user, when it began, and its id for the cursor. */
record Edge(long id, String uid, OffsetDateTime since) {}
