package com.frameratr.recommendations.model;

/**
 * The top-k similar titles of each title: row {@code t} of {@code ids} and {@code scores} (k wide,
 * most similar first, {@code -1} where a title has fewer than k).
 */
public record Neighbours(int k, int titles, int[] ids, float[] scores) {

    public Neighbours {
        if (ids.length != k * titles || scores.length != k * titles) {
            throw new IllegalArgumentException("neighbours do not match their shape");
        }
    }

    /**
     * Item-item scores for a user: the sum, over the user's titles, of each neighbour's similarity
     * times the user's signal for that title (a disliked title pushes its neighbours down).
     */
    public float[] scores(int[] titlesOf, float[] values) {
        float[] out = new float[titles];
        for (int p = 0; p < titlesOf.length; p++) {
            int row = titlesOf[p] * k;
            for (int n = 0; n < k; n++) {
                int other = ids[row + n];
                if (other < 0) {
                    break;
                }
                out[other] += scores[row + n] * values[p];
            }
        }
        return out;
    }
}
