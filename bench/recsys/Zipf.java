// A copy of bench/gen/Zipf.java: the bench's shape, unchanged (bench/gen's sources are not a library).
import java.util.Arrays;

/**
 * Zipf-Mandelbrot over popularity rank, p(r) ~ 1 / (r + 1 + q)^s with s = 1 and q = 5: a few titles
 * get most of the ratings, as on any real rating site, which is what the hot paths must cope with.
 */
final class Zipf {

    private static final double S = 1.0;
    private static final double Q = 5;

    private final double[] cumulative;
    private final double total;

    Zipf(int ranks) {
        cumulative = new double[ranks];
        double sum = 0;
        for (int r = 0; r < ranks; r++) {
            cumulative[r] = sum += 1 / Math.pow(r + 1 + Q, S);
        }
        total = sum;
    }

    int drawRank(Rng rng) {
        double x = rng.nextDouble() * total;
        int r = Arrays.binarySearch(cumulative, x);
        return r >= 0 ? r : -r - 1;
    }
}
