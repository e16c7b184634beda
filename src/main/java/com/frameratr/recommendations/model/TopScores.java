package com.frameratr.recommendations.model;

import java.util.Arrays;
import java.util.function.IntPredicate;

/** The {@code n} best (index, score) pairs offered, by a min-heap of size n; ties go to the lower index. */
public final class TopScores {

    private final int n;
    private final int[] heapIds;
    private final float[] heapScores;
    private int size;

    public TopScores(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be positive");
        }
        this.n = n;
        heapIds = new int[n];
        heapScores = new float[n];
    }

    /** The indexes of the {@code n} highest of {@code scores} not {@code excluded}, best first. */
    public static int[] best(float[] scores, int n, IntPredicate excluded) {
        TopScores top = new TopScores(n);
        for (int i = 0; i < scores.length; i++) {
            if (!excluded.test(i)) {
                top.offer(i, scores[i]);
            }
        }
        int[] ids = new int[top.size];
        float[] ignored = new float[top.size];
        top.drainInto(ids, ignored, 0);
        return ids;
    }

    public void offer(int id, float score) {
        if (Float.isNaN(score)) {
            return;
        }
        if (size < n) {
            heapIds[size] = id;
            heapScores[size] = score;
            up(size++);
        } else if (worse(heapIds[0], heapScores[0], id, score)) {
            heapIds[0] = id;
            heapScores[0] = score;
            down(0);
        }
    }

    /** Writes the pairs best first from {@code offset} (at most n) and empties the heap. */
    public void drainInto(int[] ids, float[] scores, int offset) {
        int count = size;
        for (int i = count - 1; i >= 0; i--) {
            ids[offset + i] = heapIds[0];
            scores[offset + i] = heapScores[0];
            size--;
            heapIds[0] = heapIds[size];
            heapScores[0] = heapScores[size];
            down(0);
        }
    }

    public int size() {
        return size;
    }

    // a is worse than b: lower score, or the same score and a higher index
    private static boolean worse(int aId, float aScore, int bId, float bScore) {
        return aScore < bScore || (aScore == bScore && aId > bId);
    }

    private void up(int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!worse(heapIds[i], heapScores[i], heapIds[parent], heapScores[parent])) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void down(int i) {
        while (true) {
            int left = 2 * i + 1;
            int right = left + 1;
            int worst = i;
            if (left < size && worse(heapIds[left], heapScores[left], heapIds[worst], heapScores[worst])) {
                worst = left;
            }
            if (right < size && worse(heapIds[right], heapScores[right], heapIds[worst], heapScores[worst])) {
                worst = right;
            }
            if (worst == i) {
                return;
            }
            swap(i, worst);
            i = worst;
        }
    }

    private void swap(int a, int b) {
        int id = heapIds[a];
        heapIds[a] = heapIds[b];
        heapIds[b] = id;
        float score = heapScores[a];
        heapScores[a] = heapScores[b];
        heapScores[b] = score;
    }

    @Override
    public String toString() {
        return "TopScores" + Arrays.toString(Arrays.copyOf(heapIds, size));
    }
}
