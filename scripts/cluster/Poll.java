/**
 * One direct poll of an instance (1-based) by the {@link HealthPoller}.
 *
 * @param kind "health" (liveness, what the ALB checks) or "readiness"
 * @param status the HTTP status, 0 for no answer
 */
record Poll(int instance, String kind, long at, int status, long millis) {}
