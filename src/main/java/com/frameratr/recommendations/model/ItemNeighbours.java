package com.frameratr.recommendations.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Item-item collaborative filtering: the {@code k} most similar titles of each title by the cosine
 * of their users' signals (user-centred ratings, so an adjusted cosine), shrunk by
 * {@code coRated / (coRated + shrinkage)} so that two titles that three people happen to share do
 * not look like twins. Only positive similarities are kept. A user counts with their
 * {@code maxPerUser} strongest signals, which bounds the pairs one heavy user adds.
 *
 * @param neighbours k
 * @param shrinkage the co-rating count at which a similarity keeps half its value
 * @param maxPerUser signals per user that take part
 * @param threads titles are worked on by this many threads
 */
public record ItemNeighbours(int neighbours, double shrinkage, int maxPerUser, int threads) {

    public ItemNeighbours {
        if (neighbours < 1 || shrinkage < 0 || maxPerUser < 1 || threads < 1) {
            throw new IllegalArgumentException("bad parameters");
        }
    }

    public static ItemNeighbours defaults(int threads) {
        return new ItemNeighbours(50, 1000, 500, threads);
    }

    /** Each title's neighbours, most similar first. */
    public Neighbours train(Interactions all) {
        Interactions data = all.strongest(maxPerUser);
        double[] norms = new double[data.titles];
        for (int p = 0; p < data.size(); p++) {
            norms[data.userTitles[p]] += (double) data.userValues[p] * data.userValues[p];
        }
        for (int t = 0; t < norms.length; t++) {
            norms[t] = Math.sqrt(norms[t]);
        }
        int[] ids = new int[data.titles * neighbours];
        float[] scores = new float[data.titles * neighbours];
        Arrays.fill(ids, -1);
        int chunk = Math.max(1, (data.titles + threads - 1) / threads);
        try (ExecutorService pool = Executors.newFixedThreadPool(
                threads, Thread.ofPlatform().daemon().factory())) {
            List<Future<?>> parts = new ArrayList<>();
            for (int from = 0; from < data.titles; from += chunk) {
                int lo = from;
                int hi = Math.min(data.titles, from + chunk);
                parts.add(pool.submit(() -> {
                    float[] dot = new float[data.titles];
                    int[] shared = new int[data.titles];
                    int[] touched = new int[data.titles];
                    TopScores top = new TopScores(neighbours);
                    for (int t = lo; t < hi; t++) {
                        neighboursOf(data, t, norms, dot, shared, touched, top);
                        top.drainInto(ids, scores, t * neighbours);
                    }
                }));
            }
            for (Future<?> part : parts) {
                part.get();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while training", interrupted);
        } catch (ExecutionException failed) {
            throw new IllegalStateException("training failed", failed.getCause());
        }
        return new Neighbours(neighbours, data.titles, ids, scores);
    }

    private void neighboursOf(
            Interactions data, int t, double[] norms, float[] dot, int[] shared, int[] touched, TopScores top) {
        if (norms[t] == 0) {
            return;
        }
        int count = 0;
        for (int p = data.titleStart[t]; p < data.titleStart[t + 1]; p++) {
            int u = data.titleUsers[p];
            float vt = data.titleValues[p];
            for (int q = data.userStart[u]; q < data.userStart[u + 1]; q++) {
                int other = data.userTitles[q];
                if (other == t) {
                    continue;
                }
                if (shared[other] == 0) {
                    touched[count++] = other;
                }
                shared[other]++;
                dot[other] += vt * data.userValues[q];
            }
        }
        for (int c = 0; c < count; c++) {
            int other = touched[c];
            if (dot[other] > 0 && norms[other] > 0) {
                double cosine = dot[other] / (norms[t] * norms[other]);
                double shrunk = cosine * shared[other] / (shared[other] + shrinkage);
                top.offer(other, (float) shrunk);
            }
            dot[other] = 0;
            shared[other] = 0;
        }
    }
}
