/** Sleeping to a point in time (ms), so schedules do not drift by the time the work took. */
final class Sleep {

    private Sleep() {}

    static void until(long at) {
        long ms = at - System.currentTimeMillis();
        if (ms > 0) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
