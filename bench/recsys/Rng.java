import java.util.SplittableRandom;

/** The evaluation's one random source (as bench/gen's): the data are a function of scale, structure and seed. */
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
}
