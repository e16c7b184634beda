import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The generator's one random source. Every draw of every table goes through it in a fixed order,
 * which is what makes the output a function of scale and seed: reordering two draws anywhere
 * changes every byte after them.
 */
final class Rng {

    private final SplittableRandom random;

    Rng(long seed) {
        random = new SplittableRandom(seed);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    double nextDouble() {
        return random.nextDouble();
    }

    double gaussian() {
        return random.nextGaussian();
    }

    /** True with probability 1/n. */
    boolean oneIn(int n) {
        return random.nextInt(n) == 0;
    }

    <T> T pick(T[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** An index drawn with the weights whose running sums {@link #cumulate} made. */
    int weighted(double[] cumulative) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, u);
        return i >= 0 ? i : -i - 1;
    }

    static double[] cumulate(double[] weights) {
        double[] cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            cumulative[i] = sum += weights[i];
        }
        return cumulative;
    }
}
