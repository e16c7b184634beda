import java.util.Arrays;

/**
 * Ratings kept for a later table (reviews, favorites): user, title index and day in three parallel
 * int arrays, because at large there are millions of them and an object each would double the heap.
 */
final class Picks {

    /** One kept rating. */
    record Pick(int user, int title, int day) {}

    private final int maxCapacity;
    private int[] user;
    private int[] title;
    private int[] day;
    private int size;

    Picks(int initialCapacity, int maxCapacity) {
        this.maxCapacity = maxCapacity;
        user = new int[initialCapacity];
        title = new int[initialCapacity];
        day = new int[initialCapacity];
    }

    void add(int u, int t, int d) {
        if (size == user.length) {
            int n = Math.min(maxCapacity, user.length * 2);
            user = Arrays.copyOf(user, n);
            title = Arrays.copyOf(title, n);
            day = Arrays.copyOf(day, n);
        }
        user[size] = u;
        title[size] = t;
        day[size] = d;
        size++;
    }

    int size() {
        return size;
    }

    Pick get(int i) {
        return new Pick(user[i], title[i], day[i]);
    }

    /** Overwrites pick {@code to} with pick {@code from} (a sampling step that never reads from again). */
    void copy(int from, int to) {
        user[to] = user[from];
        title[to] = title[from];
        day[to] = day[from];
    }
}
