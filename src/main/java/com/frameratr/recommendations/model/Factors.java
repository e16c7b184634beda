package com.frameratr.recommendations.model;

/**
 * A trained {@link ImplicitAls} model's title factors ({@code titles x factors}, row-major) and
 * their Gram matrix. A user is not stored: their vector is folded in from their current signals
 * each time ({@link #foldIn}), one small solve, so a new rating changes the next answer without
 * waiting for a rebuild.
 */
public record Factors(int factors, int titles, float[] titleFactors, double[] gram, ImplicitAls params) {

    public Factors {
        if (titleFactors.length != titles * factors || gram.length != factors * factors) {
            throw new IllegalArgumentException("factors do not match their shape");
        }
    }

    /** Rebuilds the Gram matrix, for factors read back from storage. */
    public static Factors of(int factors, int titles, float[] titleFactors, ImplicitAls params) {
        return new Factors(factors, titles, titleFactors, ImplicitAls.gram(titleFactors, titles, factors), params);
    }

    /** The user vector that the model's user half-step would give these signals. */
    public float[] foldIn(int[] titlesOf, float[] values) {
        float[] user = new float[factors];
        new ImplicitAls.RowSolver(params, gram).solve(titlesOf, values, 0, titlesOf.length, titleFactors, user, 0);
        return user;
    }

    /** The model's score of every title for a user vector. */
    public float[] scores(float[] user) {
        float[] scores = new float[titles];
        for (int t = 0; t < titles; t++) {
            int o = t * factors;
            float sum = 0;
            for (int k = 0; k < factors; k++) {
                sum += user[k] * titleFactors[o + k];
            }
            scores[t] = sum;
        }
        return scores;
    }

    /** One title's factors. */
    public float[] titleVector(int title) {
        return java.util.Arrays.copyOfRange(titleFactors, title * factors, (title + 1) * factors);
    }
}
