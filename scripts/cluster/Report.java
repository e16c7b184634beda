import java.util.ArrayList;
import java.util.List;

/**
 * A scenario's report: lines collected while checking and printed together at the end, after the
 * RESULT line, so nothing of it interleaves with output of the still running threads.
 */
final class Report {

    private final List<String> lines = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();

    void line(String s) {
        lines.add(s);
    }

    void check(boolean ok, String what) {
        line((ok ? "  [ok]   " : "  [FAIL] ") + what);
        if (!ok) {
            violations.add(what);
        }
    }

    /** Prints the report; true = no violation. */
    boolean print() {
        line("RESULT: " + (violations.isEmpty() ? "PASS" : "FAIL (" + violations.size() + " violations)"));
        lines.forEach(System.out::println);
        return violations.isEmpty();
    }
}
