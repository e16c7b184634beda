/**
 * One request of the driver. A write also names the state it changes and the state it leaves (see
 * {@link Op}); the checks compare those with the database.
 *
 * @param token the bearer token, null for anonymous requests
 * @param json the JSON body, null for none
 */
record Request(String action, String method, String path, String token, String json, String key, String effect) {

    static Request get(String action, String path) {
        return new Request(action, "GET", path, null, null, null, null);
    }

    /** A request with a token that is not checked as a write (the setup's, the users' reads). */
    static Request authenticated(String action, String method, String path, String token) {
        return new Request(action, method, path, token, null, null, null);
    }

    static Request write(
            String action, String method, String path, String token, String key, String effect, String json) {
        return new Request(action, method, path, token, json, key, effect);
    }
}
