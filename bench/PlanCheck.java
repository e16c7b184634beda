import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plan cliffs: for every read statement the service ran (taken, with its bound parameters, from a
 * PostgreSQL log written with log_min_duration_statement = 0), the plan PostgreSQL uses once it
 * switches a prepared statement to its generic plan, against the custom plan it makes for the
 * actual parameters. pgjdbc prepares a statement on the server after five executions
 * (prepareThreshold) and PostgreSQL may then, after five more, keep one generic plan for all
 * parameters; a generic plan that is much slower than the custom one is a cliff that appears only
 * under steady load. Each statement is run with up to three of its logged parameter sets (first,
 * middle, last), each plan twice (the second, warm run counts), inside a transaction that is rolled
 * back.
 *
 *   java -cp postgresql.jar bench/PlanCheck.java POSTGRES_LOG JDBC_URL USER [PASSWORD]
 *
 * Prints a markdown table, worst ratio first; a row is a cliff when the shapes differ and the
 * generic plan is over 2x and over 0.5 ms slower than the custom one.
 */
public class PlanCheck {

    private static final Pattern ENTRY = Pattern.compile("LOG:  duration: [0-9.]+ ms  execute [^:]+: (.*)");
    private static final Pattern PARAM = Pattern.compile("\\$(\\d+) = (NULL|'(?:[^']|'')*')");
    private static final Pattern NODE = Pattern.compile("\"(Node Type|Relation Name|Index Name)\": \"([^\"]+)\"");
    private static final Pattern TIME = Pattern.compile("\"Execution Time\": ([0-9.]+)");

    record Sample(String sql, List<String> params) {}

    record Plan(String shape, double ms) {}

    public static void main(String[] args) throws Exception {
        Map<String, List<List<String>>> statements = read(Path.of(args[0]));
        List<String[]> rows = new ArrayList<>();
        int failed = 0;
        try (Connection db = DriverManager.getConnection(args[1], args[2], args.length > 3 ? args[3] : "")) {
            db.setAutoCommit(false);
            for (var statement : statements.entrySet()) {
                List<List<String>> sets = statement.getValue();
                List<List<String>> picked =
                        sets.size() <= 3 ? sets : List.of(sets.getFirst(), sets.get(sets.size() / 2), sets.getLast());
                for (List<String> params : picked) {
                    try {
                        Plan custom = plan(db, statement.getKey(), params, "force_custom_plan");
                        Plan generic = plan(db, statement.getKey(), params, "force_generic_plan");
                        boolean same = custom.shape().equals(generic.shape());
                        boolean cliff = !same && generic.ms() > 2 * custom.ms() && generic.ms() - custom.ms() > 0.5;
                        rows.add(new String[] {
                            String.format(Locale.ROOT, "%.2f", generic.ms() / Math.max(custom.ms(), 0.001)),
                            oneLine(statement.getKey()),
                            abbreviate(String.join(", ", params), 80),
                            String.format(Locale.ROOT, "%.3f", custom.ms()),
                            String.format(Locale.ROOT, "%.3f", generic.ms()),
                            same ? "same" : "differs",
                            cliff ? "**cliff**" : ""
                        });
                    } catch (SQLException e) {
                        failed++;
                        System.err.println("could not check: " + oneLine(statement.getKey()) + ": " + e.getMessage());
                    } finally {
                        db.rollback();
                    }
                }
            }
        }
        rows.sort((a, b) -> Double.compare(Double.parseDouble(b[0]), Double.parseDouble(a[0])));
        System.out.printf(
                "%d read statements, %d parameter sets checked, %d could not be checked%n%n",
                statements.size(), rows.size(), failed);
        System.out.println("| generic / custom | statement | parameters | custom ms | generic ms | plan shape | |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (String[] row : rows) {
            System.out.printf("| %s | `%s` | %s | %s | %s | %s | %s |%n", (Object[]) row);
        }
    }

    /** Each distinct read statement (whitespace folded) with the parameter sets it ran with, in log order. */
    static Map<String, List<List<String>>> read(Path log) throws IOException {
        Map<String, List<List<String>>> statements = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(log);
        for (int i = 0; i < lines.size(); i++) {
            Matcher entry = ENTRY.matcher(lines.get(i));
            if (!entry.find()) {
                continue;
            }
            StringBuilder sql = new StringBuilder(entry.group(1));
            while (i + 1 < lines.size() && lines.get(i + 1).startsWith("\t")) {
                sql.append(' ').append(lines.get(++i).strip());
            }
            List<String> params = new ArrayList<>();
            if (i + 1 < lines.size() && lines.get(i + 1).contains("DETAIL:  parameters: ")) {
                StringBuilder detail = new StringBuilder(lines.get(++i));
                while (i + 1 < lines.size() && lines.get(i + 1).startsWith("\t")) {
                    detail.append('\n').append(lines.get(++i).substring(1));
                }
                Matcher param = PARAM.matcher(detail);
                while (param.find()) {
                    params.add(param.group(2));
                }
            }
            String text = sql.toString().replaceAll("\\s+", " ").strip();
            String head = text.toUpperCase(Locale.ROOT);
            boolean read = (head.startsWith("SELECT") || head.startsWith("WITH"))
                    && !head.contains("FOR UPDATE")
                    && !head.contains("PG_ADVISORY")
                    && !head.matches(".*\\b(INSERT|UPDATE|DELETE)\\b.*");
            if (read && !params.isEmpty()) {
                List<List<String>> sets = statements.computeIfAbsent(text, k -> new ArrayList<>());
                if (!sets.contains(params)) {
                    sets.add(params);
                }
            }
        }
        return statements;
    }

    static Plan plan(Connection db, String sql, List<String> params, String mode) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("DEALLOCATE ALL");
            s.execute("SET LOCAL plan_cache_mode = " + mode);
            s.execute("PREPARE plan_check AS " + sql);
            String execute = "EXPLAIN (ANALYZE, FORMAT JSON) EXECUTE plan_check(" + String.join(", ", params) + ")";
            Plan last = null;
            for (int run = 0; run < 2; run++) {
                StringBuilder json = new StringBuilder();
                try (ResultSet rs = s.executeQuery(execute)) {
                    while (rs.next()) {
                        json.append(rs.getString(1));
                    }
                }
                last = new Plan(shape(json.toString()), time(json.toString()));
            }
            return last;
        }
    }

    /** The plan's node types with the tables and indexes they read, in order: what changes when a plan flips. */
    static String shape(String json) {
        StringBuilder shape = new StringBuilder();
        Matcher node = NODE.matcher(json);
        while (node.find()) {
            shape.append(node.group(1).charAt(0))
                    .append(':')
                    .append(node.group(2))
                    .append(' ');
        }
        return shape.toString();
    }

    static double time(String json) {
        Matcher time = TIME.matcher(json);
        return time.find() ? Double.parseDouble(time.group(1)) : Double.NaN;
    }

    static String oneLine(String sql) {
        return abbreviate(sql.replace('|', '/'), 160);
    }

    static String abbreviate(String text, int max) {
        return text.length() > max ? text.substring(0, max - 3) + "..." : text;
    }
}
