// A copy of bench/gen/RatingCounts.java: the bench's shape, unchanged (bench/gen's sources are not a library).
/**
 * How many titles each user rates: power-law (Pareto, alpha 1.3) like real rating sites, where most
 * users rate a few titles and a few rate thousands, scaled so the counts add up to the scale's
 * exact total of ratings and capped at its maximum per user.
 */
final class RatingCounts {

    private static final double ALPHA = 1.3;

    private RatingCounts() {}

    static int[] draw(Rng rng, Scale scale) {
        double[] raw = new double[scale.users()];
        for (int u = 0; u < raw.length; u++) {
            raw[u] = Math.pow(1 - rng.nextDouble(), -1 / ALPHA); // Pareto(alpha, xmin 1)
        }
        double factor = scaleFactor(raw, scale);
        int[] counts = new int[raw.length];
        long sum = 0;
        for (int u = 0; u < raw.length; u++) {
            counts[u] = (int) scaled(raw[u], factor, scale);
            sum += counts[u];
        }
        fixRoundingResidue(rng, counts, sum, scale);
        return counts;
    }

    /** Bisection on the factor whose clamped, rounded counts first reach the total. */
    private static double scaleFactor(double[] raw, Scale scale) {
        double lo = 0;
        double hi = scale.ratings();
        for (int it = 0; it < 100; it++) {
            double f = (lo + hi) / 2;
            long sum = 0;
            for (double r : raw) {
                sum += scaled(r, f, scale);
            }
            if (sum < scale.ratings()) {
                lo = f;
            } else {
                hi = f;
            }
        }
        return hi;
    }

    private static long scaled(double raw, double factor, Scale scale) {
        return Math.max(1, Math.min(scale.maxPerUser(), Math.round(raw * factor)));
    }

    /** Rounding leaves the sum a little off: random users get one rating more or less until exact. */
    private static void fixRoundingResidue(Rng rng, int[] counts, long sum, Scale scale) {
        while (sum != scale.ratings()) {
            int u = rng.nextInt(counts.length);
            if (sum < scale.ratings() && counts[u] < scale.maxPerUser()) {
                counts[u]++;
                sum++;
            } else if (sum > scale.ratings() && counts[u] > 1) {
                counts[u]--;
                sum--;
            }
        }
    }
}
