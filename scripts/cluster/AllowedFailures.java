import java.util.Set;

/**
 * The 5xx answers and unanswered requests a scenario's fault excuses: each rule names the fault,
 * the answer and the time window in which the service cannot do better. Any other is a violation.
 */
final class AllowedFailures {

    private AllowedFailures() {}

    /** Why the failed request is allowed, or null if it is not. */
    static String reason(String scenario, Op op, FaultTimes times) {
        boolean problem = op.contentType().startsWith("application/problem+json");
        boolean nonIdempotent = Set.of("POST", "PATCH").contains(op.method());
        if (scenario.equals("sigkill")
                && op.status() == 502
                && nonIdempotent
                && op.start() <= times.killAt() + 1_000
                && op.end() >= times.killAt()) {
            return "502 on a non-idempotent request in flight when the instance was killed (nginx does not repeat it)";
        }
        if (scenario.equals("sigterm")
                && op.status() == 502
                && nonIdempotent
                && op.start() >= times.termAt() - 500
                && op.start() <= times.termDone()) {
            // Tomcat's graceful shutdown closes idle keep-alive connections; a request nginx sent on
            // one in that instant gets no answer, and nginx repeats it only if it is idempotent
            // for HTTP (ECS avoids the race: it deregisters the task from the ALB before SIGTERM)
            return "502 on a non-idempotent request nginx sent on a keep-alive connection the stopping"
                    + " instance closed (not repeated by nginx)";
        }
        if (scenario.equals("pg-restart")
                && op.status() == 503
                && problem
                && times.pgStop() > 0
                && op.end() >= times.pgStop() - 200
                && op.start() <= times.pgUp() + 10_000) {
            return "503 problem+json while PostgreSQL was down or reconnecting";
        }
        if (scenario.equals("tmdb")
                && Set.of(502, 503, 504).contains(op.status())
                && problem
                && Set.of("tmdb-miss", "favorite-import").contains(op.action())
                && op.end() >= times.tmdbDown()
                && op.start() <= times.tmdbOk() + 3_000) {
            return op.status() + " problem+json for an uncached TMDb request while TMDb failed";
        }
        return null;
    }
}
