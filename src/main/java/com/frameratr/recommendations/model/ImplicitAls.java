package com.frameratr.recommendations.model;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Matrix factorisation for implicit feedback by alternating least squares (Hu, Koren and Volinsky,
 * "Collaborative Filtering for Implicit Feedback Datasets", 2008): every (user, title) has a
 * preference (1 for a signal of at least 0, else 0) and a confidence {@code 1 + alpha * |signal|};
 * a title the user never touched is a preference of 0 with confidence 1. Each half-step solves one
 * {@code factors x factors} positive-definite system per row, with the Gram-matrix trick so that a
 * row costs its own signals, not the whole catalogue.
 *
 * @param factors the rank of the model
 * @param regularization lambda, per row
 * @param alpha how much more a signal counts than silence
 * @param iterations full sweeps (users then titles)
 * @param threads rows are solved on this many threads
 * @param seed for the initial factors
 */
public record ImplicitAls(int factors, double regularization, double alpha, int iterations, int threads, long seed) {

    public ImplicitAls {
        if (factors < 1 || factors > 256 || iterations < 1 || threads < 1 || regularization <= 0 || alpha <= 0) {
            throw new IllegalArgumentException("bad parameters: " + factors + ", " + regularization + ", " + alpha
                    + ", " + iterations + ", " + threads);
        }
    }

    /** What the offline evaluation chose (docs/recommendations.md). */
    public static ImplicitAls defaults(int threads) {
        return new ImplicitAls(32, 0.01, 5, 10, threads, 42);
    }

    /** The same settings for a model of another rank (one read back from storage). */
    public ImplicitAls withFactors(int rank) {
        return new ImplicitAls(rank, regularization, alpha, iterations, threads, seed);
    }

    public Factors train(Interactions data) {
        float[] users = new float[data.users * factors];
        float[] titles = new float[data.titles * factors];
        SplittableRandom random = new SplittableRandom(seed);
        double scale = 0.1 / Math.sqrt(factors);
        for (int p = 0; p < titles.length; p++) {
            titles[p] = (float) (random.nextGaussian() * scale);
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(
                threads, Thread.ofPlatform().daemon().factory())) {
            for (int sweep = 0; sweep < iterations; sweep++) {
                solveAll(pool, data.users, data.userStart, data.userTitles, data.userValues, titles, users);
                solveAll(pool, data.titles, data.titleStart, data.titleUsers, data.titleValues, users, titles);
            }
        }
        return Factors.of(factors, data.titles, titles, gram(titles, data.titles, factors), this);
    }

    /** One half-step: every row of {@code out} from the fixed {@code fixed} factors. */
    private void solveAll(
            ExecutorService pool, int rows, int[] start, int[] cols, float[] values, float[] fixed, float[] out) {
        double[] gram = gram(fixed, fixed.length / factors, factors);
        int chunk = Math.max(1, (rows + threads - 1) / threads);
        List<Future<?>> parts = new ArrayList<>();
        for (int from = 0; from < rows; from += chunk) {
            int lo = from;
            int hi = Math.min(rows, from + chunk);
            parts.add(pool.submit(() -> {
                RowSolver solver = new RowSolver(this, gram);
                for (int r = lo; r < hi; r++) {
                    solver.solve(cols, values, start[r], start[r + 1], fixed, out, r * factors);
                }
            }));
        }
        for (Future<?> part : parts) {
            try {
                part.get();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while training", interrupted);
            } catch (java.util.concurrent.ExecutionException failed) {
                throw new IllegalStateException("training failed", failed.getCause());
            }
        }
    }

    static double[] gram(float[] m, int rows, int f) {
        double[] gram = new double[f * f];
        for (int r = 0; r < rows; r++) {
            int o = r * f;
            for (int a = 0; a < f; a++) {
                double va = m[o + a];
                for (int b = a; b < f; b++) {
                    gram[a * f + b] += va * m[o + b];
                }
            }
        }
        mirror(gram, f);
        return gram;
    }

    static void mirror(double[] square, int f) {
        for (int a = 0; a < f; a++) {
            for (int b = 0; b < a; b++) {
                square[a * f + b] = square[b * f + a];
            }
        }
    }

    /** The buffers of one thread: solves {@code (G + Yᵀ(C - I)Y + λI) x = YᵀCp} for one row. */
    static final class RowSolver {

        private final ImplicitAls params;
        private final double[] gram;
        private final int f;
        private final DMatrixRMaj a;
        private final DMatrixRMaj b;
        private final DMatrixRMaj x;
        private final LinearSolverDense<DMatrixRMaj> cholesky;

        RowSolver(ImplicitAls params, double[] gram) {
            this.params = params;
            this.gram = gram;
            this.f = params.factors;
            a = new DMatrixRMaj(f, f);
            b = new DMatrixRMaj(f, 1);
            x = new DMatrixRMaj(f, 1);
            cholesky = LinearSolverFactory_DDRM.symmPosDef(f);
        }

        void solve(int[] cols, float[] values, int from, int to, float[] fixed, float[] out, int outOffset) {
            double[] av = a.data;
            double[] bv = b.data;
            System.arraycopy(gram, 0, av, 0, f * f);
            java.util.Arrays.fill(bv, 0);
            for (int p = from; p < to; p++) {
                float value = values[p];
                double extra = params.alpha * Math.abs(value); // confidence - 1
                int o = cols[p] * f;
                for (int i = 0; i < f; i++) {
                    double yi = fixed[o + i];
                    double scaled = extra * yi;
                    for (int j = i; j < f; j++) {
                        av[i * f + j] += scaled * fixed[o + j];
                    }
                    if (value >= 0) {
                        bv[i] += (1 + extra) * yi;
                    }
                }
            }
            mirror(av, f);
            double lambda = params.regularization * Math.max(1, to - from);
            for (int i = 0; i < f; i++) {
                av[i * f + i] += lambda;
            }
            if (!cholesky.setA(a)) {
                java.util.Arrays.fill(out, outOffset, outOffset + f, 0f);
                return;
            }
            cholesky.solve(b, x);
            for (int i = 0; i < f; i++) {
                out[outOffset + i] = (float) x.data[i];
            }
        }
    }
}
