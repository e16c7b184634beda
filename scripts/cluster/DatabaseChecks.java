import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database after the load: the acknowledged writes ({@link WriteCheck}), the statistics the
 * triggers maintain against a recomputation from the raw rows, no duplicates, and for hot-row the
 * API's count of the hot title against its rows.
 */
final class DatabaseChecks {

    private static final String STATS_DIFFERING = """
            WITH raw AS (
                SELECT kind, title_id, count(*)::int AS c, sum(rating_val) AS s FROM ratings GROUP BY 1, 2),
            buckets AS (
                SELECT kind, title_id, (rating_val * 2)::int AS b, count(*)::int AS n FROM ratings GROUP BY 1, 2, 3),
            hist AS (
                SELECT r.kind, r.title_id, array_agg(coalesce(k.n, 0) ORDER BY g.b)::int[] AS h
                FROM raw r CROSS JOIN generate_series(1, 20) AS g(b)
                LEFT JOIN buckets k ON k.kind = r.kind AND k.title_id = r.title_id AND k.b = g.b
                GROUP BY 1, 2)
            SELECT coalesce(s.kind, raw.kind), coalesce(s.title_id, raw.title_id),
                   s.rating_count, raw.c, s.rating_sum, raw.s, s.histogram::text, hist.h::text,
                   (SELECT count(*) FROM rating_stats) AS titles
            FROM rating_stats s
            FULL JOIN raw ON raw.kind = s.kind AND raw.title_id = s.title_id
            LEFT JOIN hist ON hist.kind = coalesce(s.kind, raw.kind) AND hist.title_id = coalesce(s.title_id, raw.title_id)
            WHERE coalesce(s.rating_count, 0) <> coalesce(raw.c, 0)
               OR coalesce(s.rating_sum, 0) <> coalesce(raw.s, 0)
               OR coalesce(s.histogram, array_fill(0, ARRAY[20])) <> coalesce(hist.h, array_fill(0, ARRAY[20]))
            """;

    private static final String DUPLICATES = """
            SELECT 'ratings', count(*) FROM (SELECT uid, kind, title_id FROM ratings GROUP BY 1, 2, 3 HAVING count(*) > 1) d
            UNION ALL SELECT 'reviews', count(*) FROM (SELECT uid, kind, title_id FROM reviews GROUP BY 1, 2, 3 HAVING count(*) > 1) d
            UNION ALL SELECT 'favorites', count(*) FROM (SELECT uid, kind, title_id FROM favorites GROUP BY 1, 2, 3 HAVING count(*) > 1) d
            UNION ALL SELECT 'titles', count(*) FROM (SELECT kind, id FROM titles GROUP BY 1, 2 HAVING count(*) > 1) d
            UNION ALL SELECT 'users', count(*) FROM (SELECT uid FROM users GROUP BY 1 HAVING count(*) > 1) d
            UNION ALL SELECT 'rating_stats', count(*) FROM (SELECT kind, title_id FROM rating_stats GROUP BY 1, 2 HAVING count(*) > 1) d
            """;

    private static final Pattern USER_RATING_COUNT = Pattern.compile("\"user_rating_count\"\\s*:\\s*(\\d+)");

    private final Report report;

    private DatabaseChecks(Report report) {
        this.report = report;
    }

    static void run(
            String scenario,
            String prefix,
            List<Op> all,
            Settings settings,
            Journal journal,
            Client client,
            Report report)
            throws Exception {
        DatabaseChecks checks = new DatabaseChecks(report);
        try (Connection db = DriverManager.getConnection(settings.jdbc())) {
            if (settings.corruptStats()) {
                checks.corruptStats(db);
            }
            WriteCheck.run(db, all, prefix, journal, report);
            checks.stats(db);
            checks.duplicates(db);
            if (scenario.equals("hot-row")) {
                checks.hotTitle(db, client);
            }
        }
    }

    /** CLUSTER_CORRUPT_STATS: one wrong row the stats check must find. */
    private void corruptStats(Connection db) throws Exception {
        try (Statement st = db.createStatement()) {
            int n = st.executeUpdate(
                    "UPDATE rating_stats SET rating_count = rating_count + 1,"
                            + " rating_sum = rating_sum + 10, histogram[20] = histogram[20] + 1"
                            + " WHERE (kind, title_id) = (SELECT kind, title_id FROM rating_stats ORDER BY rating_count DESC LIMIT 1)");
            report.line("CLUSTER_CORRUPT_STATS: falsified " + n + " rating_stats row by hand before the checks");
        }
    }

    /** rating_stats (count, sum, histogram) equal a recomputation from the raw ratings for every title. */
    private void stats(Connection db) throws Exception {
        List<String> bad = new ArrayList<>();
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery(STATS_DIFFERING)) {
            while (rs.next()) {
                bad.add(String.format(
                        "%s %d: stats count %s sum %s hist %s; recomputed count %s sum %s hist %s",
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(5),
                        rs.getString(7),
                        rs.getString(4),
                        rs.getString(6),
                        rs.getString(8)));
            }
        }
        int titles;
        long ratings;
        try (Statement st = db.createStatement();
                ResultSet rs =
                        st.executeQuery("SELECT (SELECT count(*) FROM rating_stats), (SELECT count(*) FROM ratings)")) {
            rs.next();
            titles = rs.getInt(1);
            ratings = rs.getLong(2);
        }
        bad.stream().limit(10).forEach(b -> report.line("  stats: " + b));
        report.check(
                bad.isEmpty(),
                String.format(
                        "rating_stats equal a recomputation from the %d raw ratings (count, sum,"
                                + " histogram) for all %d titles: %d differ",
                        ratings, titles, bad.size()));
    }

    /** Concurrent writes of one key (retries, two instances) must not have made two rows. */
    private void duplicates(Connection db) throws Exception {
        List<String> bad = new ArrayList<>();
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery(DUPLICATES)) {
            while (rs.next()) {
                if (rs.getLong(2) > 0) {
                    bad.add(rs.getString(1) + ": " + rs.getLong(2));
                }
            }
        }
        report.check(
                bad.isEmpty(),
                "no duplicate rows in ratings, reviews, favorites, titles, users, rating_stats"
                        + (bad.isEmpty() ? "" : " " + bad));
    }

    /** What clients read of the hot title (rating_stats, through the API) matches its rows. */
    private void hotTitle(Connection db, Client client) throws Exception {
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT count(*) FROM ratings WHERE kind = 'movie' AND title_id = " + Titles.HOT)) {
            rs.next();
            int count = rs.getInt(1);
            // a title page may be up to page-cache-ttl (1 s) old on an instance that did not take
            // the last write (api.md, "Title page freshness"): read it once that has passed
            Thread.sleep(1_500);
            Matcher m = USER_RATING_COUNT.matcher(client.get("/api/movies/" + Titles.HOT));
            report.check(
                    m.find() && Integer.parseInt(m.group(1)) == count,
                    "hot title " + Titles.HOT + ": the API's user_rating_count equals the " + count
                            + " rows in ratings");
        }
    }
}
