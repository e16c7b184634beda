/**
 * Moving one's history in and out of FrameRatr: the Letterboxd-format export of the diary, ratings
 * and reviews ({@code GET /api/me/export?format=letterboxd}), the whole account as a ZIP of
 * {@code frameratr.json} and that CSV ({@code format=zip}), and imports of Letterboxd's, Trakt's and
 * FrameRatr's own exports ({@code /api/imports}: upload, background matching, review, commit; see
 * docs/interop.md).
 *
 * <p>An export reads the other modules' tables itself, in keyset pages (as the feed reads reviews
 * and lists): one statement per page of a few hundred rows joins what a CSV row or JSON element
 * needs, where going through each module's facade would be one call per row per module, and paging
 * keeps both the heap and the time a pool connection is held flat whatever the size of the account
 * and however slowly the client reads.
 *
 * <p>An import's commit writes the library's tables itself too, in set-based statements (see
 * {@link com.frameratr.interop.ImportCommit}), and publishes no domain events: thousands of
 * imported viewings are not news for followers' feeds.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"platform", "users", "catalog", "tmdb", "social"})
package com.frameratr.interop;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
