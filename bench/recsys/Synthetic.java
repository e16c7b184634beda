import java.util.Arrays;

/**
 * A synthetic FrameRatr: ratings, favorites and watchlist entries of users and titles at one of
 * the bench's scales, with bench/gen's shapes (titles' popularity by {@link Zipf} over a shuffled
 * rank, users' rating counts by {@link RatingCounts}, a user's titles distinct, ratings on the
 * 0.5..10 scale with whole numbers three times as likely as halves, timestamps uniform between the
 * user's first day and the end of the six years).
 *
 * <p>{@code planted}: every user and title has a hidden taste vector ({@link #DIMS} dimensions, the
 * user's of length about 1, the title's components standard normal) whose dot product, the
 * affinity, is about N(0, 1) for a random pair. Which titles a user rates is popularity AND taste:
 * a title drawn by popularity is kept with probability {@code sigmoid(EXPOSURE_SLOPE * (affinity -
 * EXPOSURE_SHIFT))}; its rating is {@code BASE + user bias + title bias + TASTE * affinity + NOISE *
 * gaussian}. {@code random}: the same popularity and activity shapes, every drawn title kept
 * (exposure by popularity only), ratings drawn independently of user and title: nothing to learn
 * beyond popularity.
 *
 * <p>Favorites: an exact-size uniform sample of the ratings of 8 or more (as bench/gen's
 * FavoriteRows), each favorited up to 30 days after its rating. Watchlist: per user about
 * {@link #WATCHLIST_SHARE} of their rating count, titles they never rate, drawn by the same
 * exposure as their ratings, at uniform times in their active period. Genres: 1-3 of TMDb's 19
 * movie genres per title, drawn without replacement with weights {@code genre frequency *
 * exp(GENRE_SHARPNESS * cos(title vector, genre direction))}: correlated with the hidden taste
 * vector, not equal to it.
 */
final class Synthetic {

    static final int DIMS = 12;
    static final int GENRES = 19;
    /** bench/gen/Days: 2020-01-01 .. 2025-12-30. */
    static final int DAYS = 365 * 6;

    static final int SECONDS = DAYS * 86_400;
    static final double EXPOSURE_SLOPE = 2.0;
    static final double EXPOSURE_SHIFT = 0.5;
    static final double BASE = 6.0;
    static final double USER_BIAS = 0.8;
    static final double TITLE_BIAS = 0.7;
    static final double TASTE = 1.2;
    static final double NOISE = 1.2;
    /** random: ratings N(RANDOM_MEAN, RANDOM_SPREAD), the planted data's overall mean and spread. */
    static final double RANDOM_MEAN = 7.0;

    static final double RANDOM_SPREAD = 1.9;
    static final double GENRE_SHARPNESS = 4;
    static final double WATCHLIST_SHARE = 0.1;
    /** TMDb's movie genres by how often titles have them (bench/gen/Genres). */
    private static final double[] GENRE_WEIGHT = {8, 4, 3, 12, 5, 6, 18, 3, 3, 2, 6, 2, 3, 6, 4, 2, 8, 1, 1};

    final Scale scale;
    final boolean planted;
    final int users;
    final int titles;

    // ratings by user, each user's in time order (ascending)
    final int[] ratingStart;
    final int[] ratingTitle;
    final byte[] ratingHalf;
    final int[] ratingTime;
    // favorites and watchlist entries by user
    final int[] favoriteStart;
    final int[] favoriteTitle;
    final int[] favoriteTime;
    final int[] watchStart;
    final int[] watchTitle;
    final int[] watchTime;
    /** Bit g set: the title has genre g. */
    final int[] genres;

    // the hidden truth, for the oracle row only
    final float[] userVectors;
    final float[] userBias;
    final float[] titleVectors;
    final float[] titleBias;
    final int[] rankOf;

    private final Rng rng;
    private final Zipf zipf;
    private final int[] byRank;
    private final int[] ratedBy;

    private Synthetic(Scale scale, boolean planted, long seed) {
        this.scale = scale;
        this.planted = planted;
        this.users = scale.users();
        this.titles = scale.titles();
        if (titles >= 1 << 21) {
            throw new IllegalArgumentException("titles must fit 21 bits");
        }
        rng = new Rng(seed);
        titleVectors = new float[titles * DIMS];
        titleBias = new float[titles];
        for (int t = 0; t < titles; t++) {
            for (int d = 0; d < DIMS; d++) {
                titleVectors[t * DIMS + d] = (float) rng.gaussian();
            }
            titleBias[t] = (float) (TITLE_BIAS * rng.gaussian());
        }
        genres = drawGenres();
        byRank = new int[titles];
        for (int i = 0; i < titles; i++) {
            byRank[i] = i;
        }
        for (int i = titles - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = byRank[i];
            byRank[i] = byRank[j];
            byRank[j] = t;
        }
        rankOf = new int[titles];
        for (int r = 0; r < titles; r++) {
            rankOf[byRank[r]] = r;
        }
        zipf = new Zipf(titles);
        ratedBy = new int[titles];
        Arrays.fill(ratedBy, -1);

        int[] counts = RatingCounts.draw(rng, scale);
        long total = 0;
        long watchTotal = 0;
        for (int c : counts) {
            total += c;
        }
        userVectors = new float[users * DIMS];
        userBias = new float[users];
        ratingStart = new int[users + 1];
        ratingTitle = new int[(int) total];
        ratingHalf = new byte[(int) total];
        ratingTime = new int[(int) total];
        int[] watchCount = new int[users];
        int[][] watchTitles = new int[users][];
        int[][] watchTimes = new int[users][];
        long[] row = new long[scale.maxPerUser()];
        int at = 0;
        for (int u = 0; u < users; u++) {
            double scaleU = 1 / Math.sqrt(DIMS);
            for (int d = 0; d < DIMS; d++) {
                userVectors[u * DIMS + d] = (float) (rng.gaussian() * scaleU);
            }
            userBias[u] = (float) (USER_BIAS * rng.gaussian());
            int start = rng.nextInt(DAYS - 30) * 86_400;
            int n = counts[u];
            for (int k = 0; k < n; k++) {
                int t = drawTitle(u);
                ratedBy[t] = u;
                int half = drawHalfSteps(u, t);
                int time = start + rng.nextInt(SECONDS - start);
                row[k] = ((long) time << 26) | ((long) t << 5) | half;
            }
            Arrays.sort(row, 0, n);
            for (int k = 0; k < n; k++) {
                ratingTime[at] = (int) (row[k] >>> 26);
                ratingTitle[at] = (int) ((row[k] >>> 5) & ((1 << 21) - 1));
                ratingHalf[at] = (byte) (row[k] & 31);
                at++;
            }
            ratingStart[u + 1] = at;
            int w = (int) (n * WATCHLIST_SHARE + rng.nextDouble());
            watchCount[u] = w;
            watchTitles[u] = new int[w];
            watchTimes[u] = new int[w];
            for (int k = 0; k < w; k++) {
                int t = drawTitle(u);
                ratedBy[t] = u;
                watchTitles[u][k] = t;
                watchTimes[u][k] = start + rng.nextInt(SECONDS - start);
            }
            watchTotal += w;
        }
        watchStart = new int[users + 1];
        watchTitle = new int[(int) watchTotal];
        watchTime = new int[(int) watchTotal];
        for (int u = 0; u < users; u++) {
            watchStart[u + 1] = watchStart[u] + watchCount[u];
            System.arraycopy(watchTitles[u], 0, watchTitle, watchStart[u], watchCount[u]);
            System.arraycopy(watchTimes[u], 0, watchTime, watchStart[u], watchCount[u]);
        }

        // favorites: an exact-size sample of the ratings of 8 or more (partial Fisher-Yates)
        int candidates = 0;
        for (byte half : ratingHalf) {
            if (half >= 16) {
                candidates++;
            }
        }
        int[] candidate = new int[candidates];
        int c = 0;
        for (int p = 0; p < ratingHalf.length; p++) {
            if (ratingHalf[p] >= 16) {
                candidate[c++] = p;
            }
        }
        int favorites = Math.min(scale.favorites(), candidates);
        for (int i = 0; i < favorites; i++) {
            int j = i + rng.nextInt(candidates - i);
            int swap = candidate[i];
            candidate[i] = candidate[j];
            candidate[j] = swap;
        }
        int[] picked = Arrays.copyOf(candidate, favorites);
        Arrays.sort(picked); // rating positions: grouped by user, in time order
        favoriteStart = new int[users + 1];
        favoriteTitle = new int[favorites];
        favoriteTime = new int[favorites];
        int u = 0;
        for (int i = 0; i < favorites; i++) {
            int p = picked[i];
            while (ratingStart[u + 1] <= p) {
                favoriteStart[++u] = i;
            }
            favoriteTitle[i] = ratingTitle[p];
            favoriteTime[i] = Math.min(SECONDS - 1, ratingTime[p] + rng.nextInt(30 * 86_400));
        }
        while (u < users) {
            favoriteStart[++u] = favorites;
        }
    }

    static Synthetic generate(Scale scale, boolean planted, long seed) {
        return new Synthetic(scale, planted, seed);
    }

    double affinity(int u, int t) {
        double sum = 0;
        for (int d = 0; d < DIMS; d++) {
            sum += userVectors[u * DIMS + d] * titleVectors[t * DIMS + d];
        }
        return sum;
    }

    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /** A title the user has not rated nor listed, by popularity, kept by taste if planted. */
    private int drawTitle(int u) {
        while (true) {
            int t = byRank[zipf.drawRank(rng)];
            if (ratedBy[t] == u) {
                continue;
            }
            if (!planted) {
                return t;
            }
            double keep = sigmoid(EXPOSURE_SLOPE * (affinity(u, t) - EXPOSURE_SHIFT));
            if (rng.nextDouble() < keep) {
                return t;
            }
        }
    }

    /** Half steps 1..20; whole numbers 3x as likely as halves (bench/gen/RatingRows). */
    private int drawHalfSteps(int u, int t) {
        double v = planted
                ? BASE + userBias[u] + titleBias[t] + TASTE * affinity(u, t) + NOISE * rng.gaussian()
                : RANDOM_MEAN + RANDOM_SPREAD * rng.gaussian();
        int half = rng.oneIn(4) ? (int) Math.round(v * 2) : 2 * (int) Math.round(v);
        return Math.max(1, Math.min(20, half));
    }

    /** 1-3 genres per title (35 / 40 / 25 %), Gumbel-top-k of log weight + sharpness * cosine. */
    private int[] drawGenres() {
        float[] directions = new float[GENRES * DIMS];
        for (int g = 0; g < GENRES; g++) {
            double norm = 0;
            for (int d = 0; d < DIMS; d++) {
                double x = rng.gaussian();
                directions[g * DIMS + d] = (float) x;
                norm += x * x;
            }
            for (int d = 0; d < DIMS; d++) {
                directions[g * DIMS + d] /= (float) Math.sqrt(norm);
            }
        }
        int[] out = new int[titles];
        double[] key = new double[GENRES];
        for (int t = 0; t < titles; t++) {
            double norm = 0;
            for (int d = 0; d < DIMS; d++) {
                norm += (double) titleVectors[t * DIMS + d] * titleVectors[t * DIMS + d];
            }
            norm = Math.sqrt(norm);
            for (int g = 0; g < GENRES; g++) {
                double dot = 0;
                for (int d = 0; d < DIMS; d++) {
                    dot += titleVectors[t * DIMS + d] * directions[g * DIMS + d];
                }
                double gumbel = -Math.log(-Math.log(1 - rng.nextDouble()));
                key[g] = Math.log(GENRE_WEIGHT[g]) + GENRE_SHARPNESS * dot / norm + gumbel;
            }
            double draw = rng.nextDouble();
            int k = draw < 0.35 ? 1 : draw < 0.75 ? 2 : 3;
            int mask = 0;
            for (int i = 0; i < k; i++) {
                int best = -1;
                for (int g = 0; g < GENRES; g++) {
                    if ((mask & (1 << g)) == 0 && (best < 0 || key[g] > key[best])) {
                        best = g;
                    }
                }
                mask |= 1 << best;
            }
            out[t] = mask;
        }
        return out;
    }

    /** Zipf weight of a title's popularity rank (unnormalised, as {@link Zipf}). */
    static double zipfWeight(int rank) {
        return 1 / (rank + 1 + 5.0);
    }
}
