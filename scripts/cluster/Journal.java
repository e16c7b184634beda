import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything a run observed, written by the user threads, the poller and the fault schedule at once
 * and read by the checks at the end: the requests, the fault actions, the direct health polls and
 * when an instance was down on purpose. Also the run's clock (t0) and its stop flag.
 */
final class Journal {

    private final List<Op> ops = Collections.synchronizedList(new ArrayList<>());
    private final List<Event> events = Collections.synchronizedList(new ArrayList<>());
    private final List<Poll> polls = Collections.synchronizedList(new ArrayList<>());
    /** instance (1-based) -> down since (ms), while it is down */
    private final Map<Integer, Long> downSince = new ConcurrentHashMap<>();

    private final List<DownWindow> downWindows = Collections.synchronizedList(new ArrayList<>());
    private volatile long t0;
    private volatile boolean stopped;

    /** Report times are relative to the last start. */
    void startClock() {
        t0 = System.currentTimeMillis();
    }

    long t0() {
        return t0;
    }

    void stop() {
        stopped = true;
    }

    boolean stopped() {
        return stopped;
    }

    void add(Op op) {
        ops.add(op);
    }

    /** Forgets the setup's requests: only the load's are checked. */
    void clearOps() {
        ops.clear();
    }

    List<Op> ops() {
        synchronized (ops) {
            return new ArrayList<>(ops);
        }
    }

    void event(String what) {
        events.add(new Event(System.currentTimeMillis(), what));
    }

    List<Event> events() {
        synchronized (events) {
            return new ArrayList<>(events);
        }
    }

    /** When the first event starting with {@code prefix} happened (ms), -1 if none did. */
    long eventAt(String prefix) {
        synchronized (events) {
            return events.stream()
                    .filter(e -> e.what().startsWith(prefix))
                    .mapToLong(Event::at)
                    .findFirst()
                    .orElse(-1);
        }
    }

    void add(Poll poll) {
        polls.add(poll);
    }

    List<Poll> polls() {
        synchronized (polls) {
            return new ArrayList<>(polls);
        }
    }

    void down(int instance) {
        downSince.put(instance, System.currentTimeMillis());
    }

    void up(int instance) {
        downWindows.add(new DownWindow(instance, downSince.remove(instance), System.currentTimeMillis()));
    }

    /**
     * Whether the instance should have answered at {@code at}: not while down on purpose, with 300 ms
     * of slack either side for the poll that was in flight when it stopped or started.
     */
    boolean expectedUp(int instance, long at) {
        Long since = downSince.get(instance);
        if (since != null && at >= since - 300) {
            return false;
        }
        synchronized (downWindows) {
            for (DownWindow w : downWindows) {
                if (w.instance() == instance && at >= w.from() - 300 && at <= w.to() + 300) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A time as the report shows it: seconds since the load started. */
    String rel(long at) {
        return String.format("+%.1fs", (at - t0) / 1000.0);
    }
}
