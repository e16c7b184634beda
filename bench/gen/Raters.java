/**
 * What is drawn per user before the ratings: how many titles each rates, who rates movie 1, and
 * each user's bias (some rate everything high, some low).
 */
record Raters(int[] counts, boolean[] ratesMovie1, float[] bias) {

    /** The table measures /api/movies/1 with exactly this many ratings. */
    private static final int MOVIE_1_RATINGS = 10_000;

    static Raters draw(Rng rng, Scale scale) {
        int[] counts = RatingCounts.draw(rng, scale);
        boolean[] ratesMovie1 = movie1Raters(rng, scale.users());
        float[] bias = new float[scale.users()];
        for (int u = 0; u < bias.length; u++) {
            bias[u] = (float) (0.8 * rng.gaussian());
        }
        return new Raters(counts, ratesMovie1, bias);
    }

    /** Distinct users, as many as the table has (half the users at tiny, which has fewer). */
    private static boolean[] movie1Raters(Rng rng, int users) {
        boolean[] chosen = new boolean[users];
        int wanted = Math.min(MOVIE_1_RATINGS, users / 2);
        for (int n = 0; n < wanted; ) {
            int u = rng.nextInt(users);
            if (!chosen[u]) {
                chosen[u] = true;
                n++;
            }
        }
        return chosen;
    }

    int users() {
        return counts.length;
    }
}
