package com.frameratr.recommendations.model;

/**
 * A trained {@link ImplicitAls} model's title factors ({@code titles x factors}, row-major) and
 * their Gram matrix. A user is not stored: their vector is folded in from their current signals
 * each time ({@link #foldIn}), one small solve, so a new rating changes the next answer without
 * waiting for a rebuild.
 */
public record Factors(
        int factors, int titles, float[] titleFactors, float[][] byFactor, double[] gram, ImplicitAls params) {

    public Factors {
        if (titleFactors.length != titles * factors || byFactor.length != factors || gram.length != factors * factors) {
            throw new IllegalArgumentException("factors do not match their shape");
        }
    }

    /** Rebuilds the Gram matrix, for factors read back from storage. */
    public static Factors of(int factors, int titles, float[] titleFactors, ImplicitAls params) {
        return of(factors, titles, titleFactors, ImplicitAls.gram(titleFactors, titles, factors), params);
    }

    static Factors of(int factors, int titles, float[] titleFactors, double[] gram, ImplicitAls params) {
        return new Factors(factors, titles, titleFactors, byFactor(titleFactors, titles, factors), gram, params);
    }

    // factor k of every title side by side, one array per factor: scoring then adds one array into
    // another at the same index, a loop that the JIT turns into vector instructions (8x faster here
    // than a dot product per title or than one flat array, whose offsets it cannot prove apart)
    private static float[][] byFactor(float[] titleFactors, int titles, int factors) {
        float[][] columns = new float[factors][titles];
        for (int t = 0; t < titles; t++) {
            for (int k = 0; k < factors; k++) {
                columns[k][t] = titleFactors[t * factors + k];
            }
        }
        return columns;
    }

    /** The user vector that the model's user half-step would give these signals. */
    public float[] foldIn(int[] titlesOf, float[] values) {
        float[] user = new float[factors];
        new ImplicitAls.RowSolver(params, gram).solve(titlesOf, values, 0, titlesOf.length, titleFactors, user, 0);
        return user;
    }

    /**
     * The model's score of every title for a user vector. The sums are added in the same order as a
     * dot product per title would (factor 0 first), so the scores are the same to the last bit.
     */
    public float[] scores(float[] user) {
        float[] scores = new float[titles];
        for (int k = 0; k < factors; k++) {
            float weight = user[k];
            float[] column = byFactor[k];
            for (int t = 0; t < titles; t++) {
                scores[t] += weight * column[t];
            }
        }
        return scores;
    }

    /** One title's factors. */
    public float[] titleVector(int title) {
        return java.util.Arrays.copyOfRange(titleFactors, title * factors, (title + 1) * factors);
    }
}
