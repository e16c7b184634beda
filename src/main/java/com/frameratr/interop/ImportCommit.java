package com.frameratr.interop;

import com.frameratr.platform.limits.UserLimit;
import com.frameratr.platform.problems.DomainException;
import com.frameratr.social.Social;
import com.frameratr.users.CurrentUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies an import's matched rows to the user's library in a fixed order of steps, each a few
 * set-based statements in its own transaction, each idempotent: a commit cut short (the instance
 * stopped) runs its last step again, and committing the same history twice, or a newer export of
 * it, adds only what is not there. A viewing is the same when title, day and rewatch flag match; a
 * rating or review changes only when the file's is newer than the stored one; lists are matched by
 * name and entries by title. The stored limits (watchlist titles, lists, entries per list) hold:
 * what would pass one is left out and counted in {@code over_limit}.
 *
 * <p>The tables are written directly, without the features' domain events: an imported history is
 * not news for one's followers' feeds, and thousands of events would flood them (docs/interop.md).
 * The counters the features keep by trigger (rating statistics, watch counts, list counts) follow.
 */
@Component
class ImportCommit {

    private static final Logger log = LoggerFactory.getLogger(ImportCommit.class);

    /** The steps in order; the job remembers how many are done. */
    enum Step {
        LISTS,
        RATINGS,
        REVIEWS,
        FAVORITES,
        WATCHLIST,
        DIARY,
        LINK_REVIEWS,
        LIST_ENTRIES,
        FOLLOWS
    }

    private final ImportCommitRepository statements;
    private final TransactionTemplate transaction;
    private final ImportRepository jobs;
    private final ImportProperties properties;
    private final Social social;
    private final int maxLists;
    private final int maxEntriesPerList;
    private final int maxWatchlist;

    ImportCommit(
            ImportCommitRepository statements,
            TransactionTemplate transaction,
            ImportRepository jobs,
            ImportProperties properties,
            Social social,
            ObjectProvider<UserLimit> limits) {
        this.statements = statements;
        this.transaction = transaction;
        this.jobs = jobs;
        this.properties = properties;
        this.social = social;
        List<UserLimit> all = limits.stream().toList();
        this.maxLists = limit(all, "lists_per_user");
        this.maxEntriesPerList = limit(all, "entries_per_list");
        this.maxWatchlist = limit(all, "watchlist_titles");
    }

    private static int limit(List<UserLimit> limits, String name) {
        return limits.stream()
                .filter(limit -> limit.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no limit " + name))
                .max();
    }

    /** Runs the job's remaining steps; each step done is recorded, so a restart resumes there. */
    void run(ImportJob job) {
        Map<String, Long> applied = new LinkedHashMap<>(job.applied());
        Step[] steps = Step.values();
        for (int step = job.commitStep(); step < steps.length; step++) {
            long started = System.nanoTime();
            apply(steps[step], job, applied);
            int done = step + 1;
            transaction.executeWithoutResult(status -> jobs.stepDone(job.id(), done, applied));
            log.debug("Import {} step {} took {} ms", job.id(), steps[step], (System.nanoTime() - started) / 1_000_000);
        }
    }

    private void apply(Step step, ImportJob job, Map<String, Long> applied) {
        String uid = job.uid();
        long id = job.id();
        switch (step) {
            case LISTS ->
                inTransaction(() -> {
                    long wanted = statements.listsWanted(id, uid);
                    long added = statements.lists(id, uid, maxLists);
                    add(applied, "lists", added);
                    add(applied, "over_limit", wanted - added);
                });
            case RATINGS ->
                inTransaction(() ->
                        add(applied, "ratings", statements.ratings(id, uid, job.source() != ImportSource.FRAMERATR)));
            case REVIEWS -> inTransaction(() -> add(applied, "reviews", statements.reviews(id, uid)));
            case FAVORITES -> inTransaction(() -> add(applied, "favorites", statements.favorites(id, uid)));
            case WATCHLIST ->
                inTransaction(() -> {
                    long wanted = statements.watchlistWanted(id, uid);
                    long added = statements.watchlist(id, uid, maxWatchlist);
                    add(applied, "watchlist", added);
                    add(applied, "over_limit", wanted - added);
                });
            case DIARY -> {
                long last = statements.lastRow(id);
                int batch = properties.commitBatch();
                for (long from = 0; from < last; from += batch) {
                    long lower = from;
                    inTransaction(() -> add(applied, "diary_entries", statements.diary(id, uid, lower, lower + batch)));
                }
            }
            case LINK_REVIEWS -> inTransaction(() -> statements.linkReviews(id, uid));
            case LIST_ENTRIES ->
                inTransaction(() -> {
                    long wanted = statements.listEntriesWanted(id, uid);
                    long added = statements.listEntries(id, uid, maxEntriesPerList);
                    add(applied, "list_entries", added);
                    add(applied, "over_limit", wanted - added);
                });
            case FOLLOWS -> {
                CurrentUser user = new CurrentUser(uid, null, null, null);
                for (String handle : statements.follows(id)) {
                    try {
                        social.follow(user, handle);
                        add(applied, "follows", 1);
                    } catch (DomainException ex) {
                        // gone, blocked, oneself or past the follow limit: the rest still follow
                        add(applied, "follows_refused", 1);
                    }
                }
            }
        }
    }

    private void inTransaction(Runnable work) {
        transaction.executeWithoutResult(status -> work.run());
    }

    private static void add(Map<String, Long> applied, String key, long n) {
        if (n != 0 || !key.equals("over_limit")) {
            applied.merge(key, n, Long::sum);
        }
    }
}
