import java.math.RoundingMode;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every acknowledged write is there: per key (user x title x kind, or a user's profile) the stored
 * state is the last acknowledged write's, or that of a later write whose outcome the client could
 * not know (5xx, no answer); and every stored row of the run's users was written by the load.
 */
final class WriteCheck {

    private final Journal journal;
    /** "uid|rating|title" etc. -> the stored state, for the run's users. */
    private final Map<String, String> stored = new HashMap<>();
    /** "uid|profile" -> display name. */
    private final Map<String, String> profiles = new HashMap<>();

    private final List<String> bad = new ArrayList<>();
    private final Set<String> touched = new HashSet<>();
    private int checked;
    private int acked;
    private int unknown;

    private WriteCheck(Journal journal) {
        this.journal = journal;
    }

    static void run(Connection db, List<Op> all, String prefix, Journal journal, Report report) throws Exception {
        WriteCheck check = new WriteCheck(journal);
        check.load(db, prefix);
        for (var e : writesByKey(all).entrySet()) {
            check.key(e.getKey(), e.getValue());
        }
        check.findPhantoms();
        check.bad.stream().limit(10).forEach(b -> report.line("  lost/phantom: " + b));
        report.check(
                check.bad.isEmpty(),
                String.format(
                        "every acknowledged write is in the database: %d keys (user x title x kind)"
                                + " checked, %d acknowledged writes, %d writes of unknown outcome, %d mismatches",
                        check.checked, check.acked, check.unknown, check.bad.size()));
    }

    /** The run's users' rows (their uids start with the run's prefix). */
    private void load(Connection db, String prefix) throws Exception {
        String like = prefix.replace("_", "\\_") + "%";
        Sql.query(
                db,
                "SELECT uid, title_id, rating_val FROM ratings WHERE kind = 'movie' AND uid LIKE ?",
                like,
                rs -> stored.put(
                        rs.getString(1) + "|rating|" + rs.getInt(2),
                        rs.getBigDecimal(3)
                                .setScale(1, RoundingMode.UNNECESSARY)
                                .toPlainString()));
        Sql.query(
                db,
                "SELECT uid, title_id, body FROM reviews WHERE kind = 'movie' AND uid LIKE ?",
                like,
                rs -> stored.put(rs.getString(1) + "|review|" + rs.getInt(2), rs.getString(3)));
        Sql.query(
                db,
                "SELECT uid, title_id FROM favorites WHERE kind = 'movie' AND uid LIKE ?",
                like,
                rs -> stored.put(rs.getString(1) + "|favorite|" + rs.getInt(2), "yes"));
        Sql.query(
                db,
                "SELECT uid, display_name FROM users WHERE uid LIKE ?",
                like,
                rs -> profiles.put(rs.getString(1) + "|profile", rs.getString(2)));
    }

    /** Per key its writes, keys in the order of their first write. */
    private static Map<String, List<Op>> writesByKey(List<Op> all) {
        Map<String, List<Op>> byKey = new LinkedHashMap<>();
        for (Op op : all) {
            if (op.write()) {
                byKey.computeIfAbsent(op.key(), k -> new ArrayList<>()).add(op);
            }
        }
        return byKey;
    }

    /** One key: a user's writes are sequential, so their seq order is the order they took effect. */
    private void key(String key, List<Op> writes) {
        writes.sort((a, b) -> Integer.compare(a.seq(), b.seq()));
        boolean profile = key.endsWith("|profile");
        int last = lastAcknowledged(writes);
        if (profile && last < 0) {
            return; // the initial display name comes from the token; nothing acknowledged to check
        }
        Set<String> possible = new HashSet<>();
        possible.add(last < 0 ? null : writes.get(last).effect());
        for (int i = last + 1; i < writes.size(); i++) {
            if (writes.get(i).outcome() == Outcome.UNKNOWN) {
                possible.add(writes.get(i).effect());
            }
        }
        String actual = profile ? profiles.get(key) : stored.get(key);
        touched.add(key);
        checked++;
        if (!possible.contains(actual)) {
            bad.add(key + ": stored " + actual + ", expected one of " + possible + " (last ack "
                    + (last < 0 ? "none" : describe(writes.get(last))) + ")");
        }
    }

    /** The index of the last acknowledged write, -1 if none; counts the outcomes on the way. */
    private int lastAcknowledged(List<Op> writes) {
        int last = -1;
        for (int i = 0; i < writes.size(); i++) {
            if (writes.get(i).outcome() == Outcome.OK) {
                last = i;
                acked++;
            } else if (writes.get(i).outcome() == Outcome.UNKNOWN) {
                unknown++;
            }
        }
        return last;
    }

    private String describe(Op op) {
        return op.method() + " " + op.path() + " at " + journal.rel(op.start());
    }

    /** Rows nobody wrote with an acknowledged or possible write. */
    private void findPhantoms() {
        for (String k : stored.keySet()) {
            if (!touched.contains(k)) {
                bad.add(k + ": stored " + stored.get(k) + " but no request of the load wrote it");
            }
        }
    }
}
