/**
 * One request as the client saw it, the unit the checks work on.
 *
 * @param key the state a write changes ("uid|rating|100001", "uid|profile"); null for reads
 * @param effect the state the write leaves if it happened (the rating, review body, "yes"); null
 *     for a delete
 * @param start when it was sent (ms)
 * @param end when the answer (or the error) came (ms)
 * @param status the HTTP status, 0 for no answer
 * @param body the answer (or the error) truncated to 300 characters
 */
record Op(
        String uid,
        int seq,
        String action,
        String method,
        String path,
        String key,
        String effect,
        long start,
        long end,
        int status,
        String contentType,
        String body) {

    long millis() {
        return end - start;
    }

    boolean write() {
        return key != null;
    }

    Outcome outcome() {
        if (status >= 200 && status < 300) {
            return Outcome.OK;
        }
        // a review deleted by id answers 404 when a retried DELETE finds it already gone
        if (status == 404 && action.equals("review-delete")) {
            return Outcome.UNKNOWN;
        }
        if (status >= 400 && status < 500) {
            return Outcome.REJECTED;
        }
        // the service promises that a write whose title could not be imported wrote nothing
        if (status == 503 && body.contains("cannot be reached to import")) {
            return Outcome.REJECTED;
        }
        return Outcome.UNKNOWN; // 5xx, timeout, connection error: it may or may not have happened
    }
}
