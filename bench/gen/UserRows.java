import java.io.IOException;

/** The users table: u000001.. with a first name, and created in the first half of the six years. */
final class UserRows {

    private UserRows() {}

    /** The uid of user index {@code user}; the bench's dev tokens are minted for the same uids. */
    static String uid(int user) {
        return "u" + String.format("%06d", user + 1);
    }

    /**
     * The load skips triggers (session_replication_role), so the handle V4's trigger would derive is
     * written here, unique like every handle (name and number).
     */
    static void write(Script script, Rng rng, Scale scale) throws IOException {
        script.beginCopy("users (uid, handle, email, display_name, created_at)");
        for (int u = 0; u < scale.users(); u++) {
            String name = rng.pick(Words.NAME);
            String lower = name.toLowerCase();
            script.field(uid(u));
            script.field(lower + "_" + (u + 1));
            script.field(lower + "." + (u + 1) + "@example.com");
            script.field(name + " " + (char) ('A' + rng.nextInt(26)) + ".");
            script.timestamp(rng.nextInt(Days.COUNT / 2), rng.nextInt(86400));
            script.endRow();
        }
        script.endCopy();
    }
}
