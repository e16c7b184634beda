package com.frameratr.recommendations.model;

import java.util.Arrays;

/**
 * What users did with titles, one signal per (user, title) in [-1, 1] (see {@link Signals}), held
 * twice in compressed rows: by user and by title. Users and titles are dense indexes
 * {@code 0..users-1} and {@code 0..titles-1}; the caller keeps the mapping to uids and title refs.
 */
public final class Interactions {

    final int users;
    final int titles;
    final int[] userStart;
    final int[] userTitles;
    final float[] userValues;
    final int[] titleStart;
    final int[] titleUsers;
    final float[] titleValues;

    private Interactions(int users, int titles, int[] userStart, int[] userTitles, float[] userValues) {
        this.users = users;
        this.titles = titles;
        this.userStart = userStart;
        this.userTitles = userTitles;
        this.userValues = userValues;
        int size = userTitles.length;
        titleStart = new int[titles + 1];
        for (int t : userTitles) {
            titleStart[t + 1]++;
        }
        for (int t = 0; t < titles; t++) {
            titleStart[t + 1] += titleStart[t];
        }
        titleUsers = new int[size];
        titleValues = new float[size];
        int[] next = Arrays.copyOf(titleStart, titles);
        for (int u = 0; u < users; u++) {
            for (int p = userStart[u]; p < userStart[u + 1]; p++) {
                int slot = next[userTitles[p]]++;
                titleUsers[slot] = u;
                titleValues[slot] = userValues[p];
            }
        }
    }

    public static Builder builder(int users, int titles) {
        return new Builder(users, titles, 1024);
    }

    /** A builder with room for {@code expected} signals, so that a large model is not copied as it grows. */
    public static Builder builder(int users, int titles, int expected) {
        return new Builder(users, titles, Math.max(16, expected));
    }

    public int users() {
        return users;
    }

    public int titles() {
        return titles;
    }

    public int size() {
        return userTitles.length;
    }

    /** The titles of one user, ascending. */
    public int[] titlesOf(int user) {
        return Arrays.copyOfRange(userTitles, userStart[user], userStart[user + 1]);
    }

    /** The signals of one user, in the order of {@link #titlesOf}. */
    public float[] valuesOf(int user) {
        return Arrays.copyOfRange(userValues, userStart[user], userStart[user + 1]);
    }

    /** How many users have a signal for each title. */
    public int[] titleCounts() {
        int[] counts = new int[titles];
        for (int t = 0; t < titles; t++) {
            counts[t] = titleStart[t + 1] - titleStart[t];
        }
        return counts;
    }

    /** The same users and titles, each user keeping only their {@code max} strongest signals. */
    public Interactions strongest(int max) {
        long kept = 0;
        for (int u = 0; u < users; u++) {
            kept += Math.min(max, userStart[u + 1] - userStart[u]);
        }
        Builder builder = builder(users, titles, (int) kept);
        for (int u = 0; u < users; u++) {
            int from = userStart[u];
            int n = userStart[u + 1] - from;
            if (n <= max) {
                for (int p = from; p < from + n; p++) {
                    builder.add(u, userTitles[p], userValues[p]);
                }
                continue;
            }
            long[] byStrength = new long[n];
            for (int p = 0; p < n; p++) {
                // |value| descending, then the position: a total order without boxing
                int strength = Float.floatToIntBits(Math.abs(userValues[from + p]));
                byStrength[p] = ((long) (Integer.MAX_VALUE - strength) << 32) | p;
            }
            Arrays.sort(byStrength);
            for (int k = 0; k < max; k++) {
                int p = from + (int) byStrength[k];
                builder.add(u, userTitles[p], userValues[p]);
            }
        }
        return builder.build();
    }

    /** Collects signals in any order; a (user, title) given twice keeps the stronger one. */
    public static final class Builder {

        private final int users;
        private final int titles;
        private int[] rowUsers;
        private long[] rowTitleValues;
        private int size;

        private Builder(int users, int titles, int capacity) {
            if (users < 0 || titles < 0) {
                throw new IllegalArgumentException("users and titles must not be negative");
            }
            this.users = users;
            this.titles = titles;
            rowUsers = new int[capacity];
            rowTitleValues = new long[capacity];
        }

        public Builder add(int user, int title, float value) {
            if (user < 0 || user >= users || title < 0 || title >= titles) {
                throw new IllegalArgumentException("user " + user + " or title " + title + " out of range");
            }
            if (!(value >= -1 && value <= 1)) {
                throw new IllegalArgumentException("a signal is in [-1, 1]: " + value);
            }
            if (size == rowUsers.length) {
                rowUsers = Arrays.copyOf(rowUsers, size * 2);
                rowTitleValues = Arrays.copyOf(rowTitleValues, size * 2);
            }
            rowUsers[size] = user;
            rowTitleValues[size] = ((long) title << 32) | (Float.floatToIntBits(value) & 0xffffffffL);
            size++;
            return this;
        }

        public Interactions build() {
            int[] start = new int[users + 1];
            for (int r = 0; r < size; r++) {
                start[rowUsers[r] + 1]++;
            }
            for (int u = 0; u < users; u++) {
                start[u + 1] += start[u];
            }
            long[] sorted = new long[size];
            int[] next = Arrays.copyOf(start, users);
            for (int r = 0; r < size; r++) {
                sorted[next[rowUsers[r]]++] = rowTitleValues[r];
            }
            rowUsers = new int[0];
            rowTitleValues = new long[0];
            int[] outStart = new int[users + 1];
            int[] outTitles = new int[size];
            float[] outValues = new float[size];
            int out = 0;
            for (int u = 0; u < users; u++) {
                // title in the high half: sorting the packed longs sorts by title
                Arrays.sort(sorted, start[u], start[u + 1]);
                int previous = -1;
                for (int p = start[u]; p < start[u + 1]; p++) {
                    int title = (int) (sorted[p] >>> 32);
                    float value = Float.intBitsToFloat((int) sorted[p]);
                    if (title == previous) {
                        outValues[out - 1] = Signals.stronger(outValues[out - 1], value);
                    } else {
                        outTitles[out] = title;
                        outValues[out] = value;
                        out++;
                        previous = title;
                    }
                }
                outStart[u + 1] = out;
            }
            return new Interactions(
                    users, titles, outStart, Arrays.copyOf(outTitles, out), Arrays.copyOf(outValues, out));
        }
    }
}
