import com.frameratr.recommendations.model.Interactions;
import com.frameratr.recommendations.model.Signals;
import java.util.Arrays;

/**
 * The time-ordered hold-out: each user's last {@link #TEST_SHARE} of ratings by time (at least one;
 * users with fewer than {@link #MIN_RATINGS} ratings stay wholly in training). Training is what
 * happened before the user's cut (the time of their first held-out rating): the earlier ratings,
 * and the favorites and watchlist entries made before it. They become signals as the service will
 * make them: a rating centred on the user's shrunk mean ({@link Signals#userMean} over their
 * training ratings, towards the training site mean, then {@link Signals#rating}), a favorite
 * {@link Signals#LIKED}, a watchlist entry {@link Signals#WATCHLISTED}, the stronger one kept per
 * title ({@link Interactions.Builder}). Relevant: the held-out titles rated at least 7.
 */
final class HoldOut {

    static final double TEST_SHARE = 0.2;
    static final int MIN_RATINGS = 5;
    /** 7 of 10 in half steps. */
    static final int RELEVANT_HALF_STEPS = 14;
    /** 8 of 10: a rating the TMDb-style baseline counts as liked, as bench/gen's favorite candidates. */
    static final int LIKED_HALF_STEPS = 16;
    /** The service asks TMDb about the user's 10 most recent favorites. */
    static final int SEEDS = 10;

    final Interactions train;
    final int[] relevantStart;
    final int[] relevantTitle;
    final int[] heldOutStart;
    /** Users with a positive training signal, per title. */
    final int[] positiveCount;
    /** Per user, up to {@link #SEEDS} liked training titles (favorites, ratings of 8+), most recent first. */
    final int[] seedStart;

    final int[] seedTitle;
    final double siteMean;
    long trainingRatings;
    long heldOutRatings;
    long trainingFavorites;
    long trainingWatchlist;

    HoldOut(Synthetic data) {
        int users = data.users;
        int[] cut = new int[users];
        int[] trainEnd = new int[users];
        double sum = 0;
        heldOutStart = new int[users + 1];
        for (int u = 0; u < users; u++) {
            int from = data.ratingStart[u];
            int n = data.ratingStart[u + 1] - from;
            int test = n < MIN_RATINGS ? 0 : Math.max(1, (int) Math.round(n * TEST_SHARE));
            trainEnd[u] = from + n - test;
            cut[u] = test == 0 ? Integer.MAX_VALUE : data.ratingTime[trainEnd[u]];
            for (int p = from; p < trainEnd[u]; p++) {
                sum += data.ratingHalf[p] / 2.0;
            }
            trainingRatings += n - test;
            heldOutRatings += test;
            heldOutStart[u + 1] = heldOutStart[u] + test;
        }
        siteMean = sum / trainingRatings;

        Interactions.Builder builder = Interactions.builder(users, data.titles);
        relevantStart = new int[users + 1];
        int[] relevant = new int[(int) heldOutRatings];
        int relevantCount = 0;
        seedStart = new int[users + 1];
        int[] seeds = new int[users * SEEDS];
        int seedCount = 0;
        long[] liked = new long[data.scale.maxPerUser() * 2 + 16];
        for (int u = 0; u < users; u++) {
            int from = data.ratingStart[u];
            double userSum = 0;
            for (int p = from; p < trainEnd[u]; p++) {
                userSum += data.ratingHalf[p] / 2.0;
            }
            double mean = Signals.userMean(userSum, trainEnd[u] - from, siteMean);
            int likedCount = 0;
            for (int p = from; p < trainEnd[u]; p++) {
                builder.add(u, data.ratingTitle[p], Signals.rating(data.ratingHalf[p] / 2.0, mean));
                if (data.ratingHalf[p] >= LIKED_HALF_STEPS) {
                    liked[likedCount++] = ((long) data.ratingTime[p] << 21) | data.ratingTitle[p];
                }
            }
            for (int p = data.favoriteStart[u]; p < data.favoriteStart[u + 1]; p++) {
                if (data.favoriteTime[p] < cut[u]) {
                    builder.add(u, data.favoriteTitle[p], Signals.LIKED);
                    trainingFavorites++;
                    liked[likedCount++] = ((long) data.favoriteTime[p] << 21) | data.favoriteTitle[p];
                }
            }
            for (int p = data.watchStart[u]; p < data.watchStart[u + 1]; p++) {
                if (data.watchTime[p] < cut[u]) {
                    builder.add(u, data.watchTitle[p], Signals.WATCHLISTED);
                    trainingWatchlist++;
                }
            }
            for (int p = trainEnd[u]; p < data.ratingStart[u + 1]; p++) {
                if (data.ratingHalf[p] >= RELEVANT_HALF_STEPS) {
                    relevant[relevantCount++] = data.ratingTitle[p];
                }
            }
            relevantStart[u + 1] = relevantCount;
            // most recent first, each title once (a favorite and its rating are one seed)
            Arrays.sort(liked, 0, likedCount);
            int taken = 0;
            for (int i = likedCount - 1; i >= 0 && taken < SEEDS; i--) {
                int title = (int) (liked[i] & ((1 << 21) - 1));
                boolean seen = false;
                for (int k = seedCount - taken; k < seedCount; k++) {
                    seen |= seeds[k] == title;
                }
                if (!seen) {
                    seeds[seedCount++] = title;
                    taken++;
                }
            }
            seedStart[u + 1] = seedCount;
        }
        relevantTitle = Arrays.copyOf(relevant, relevantCount);
        seedTitle = Arrays.copyOf(seeds, seedCount);
        train = builder.build();
        positiveCount = new int[data.titles];
        for (int u = 0; u < users; u++) {
            int[] titles = train.titlesOf(u);
            float[] values = train.valuesOf(u);
            for (int p = 0; p < titles.length; p++) {
                if (values[p] > 0) {
                    positiveCount[titles[p]]++;
                }
            }
        }
    }
}
