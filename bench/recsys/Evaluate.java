import com.frameratr.recommendations.model.Factors;
import com.frameratr.recommendations.model.ImplicitAls;
import com.frameratr.recommendations.model.ItemNeighbours;
import com.frameratr.recommendations.model.Neighbours;
import com.frameratr.recommendations.model.TopScores;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 17's offline evaluation: generates a synthetic FrameRatr ({@link Synthetic}), holds out
 * each user's last 20 % of ratings ({@link HoldOut}), trains the service's own model classes
 * (com.frameratr.recommendations.model, from target/classes) on the rest and prints precision@10,
 * recall@10, NDCG@10, catalogue coverage and novelty of each method as a markdown table.
 *
 * <pre>
 * bench/recsys/run.sh compiles this directory with bench/gen's Zipf, RatingCounts and Rng, then:
 * java -cp target/recsys-classes:target/classes:ejml-core.jar:ejml-ddense.jar Evaluate \
 *     --scale small --structure planted --seed 1 [--users 5000] [--threads 2]
 *     [--methods popularity,tmdb,itemknn,als,truth]
 *     [--als factors:regularization:alpha:iterations,...] [--knn neighbours:shrinkage:maxPerUser,...]
 * </pre>
 *
 * Several --als or --knn settings give one row each (the hyper-parameter check); without them the
 * rows use ImplicitAls.defaults and ItemNeighbours.defaults.
 */
public final class Evaluate {

    static final int N = 10;
    /** Titles of TMDb's one page of recommendations per favorite. */
    static final int TMDB_PAGE = 20;

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value: " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        Scale scale = Scale.named(options.getOrDefault("scale", "small"));
        String structure = options.getOrDefault("structure", "planted");
        if (!structure.equals("planted") && !structure.equals("random")) {
            throw new IllegalArgumentException("structure is planted or random: " + structure);
        }
        long seed = Long.parseLong(options.getOrDefault("seed", "1"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "2"));
        int maxUsers = Integer.parseInt(options.getOrDefault("users", "5000"));
        List<String> methods = List.of(options.getOrDefault("methods", "popularity,tmdb,itemknn,als,truth")
                .split(","));

        HeapPeak heap = HeapPeak.start();
        long t0 = System.nanoTime();
        Synthetic data = Synthetic.generate(scale, structure.equals("planted"), seed);
        double generateSeconds = seconds(t0);
        t0 = System.nanoTime();
        HoldOut split = new HoldOut(data);
        double splitSeconds = seconds(t0);
        int[] evaluated = evaluatedUsers(split, data.users, maxUsers, seed);

        List<Row> rows = new ArrayList<>();
        int[] byPopularity = byPopularity(split.positiveCount);
        for (String method : methods) {
            switch (method) {
                case "popularity" ->
                    rows.add(new Row("most popular", 0, 0, 0, (u, w) -> pad(new int[0], w, byPopularity)));
                case "tmdb" -> {
                    double before = heap.resetAfterGc();
                    long start = System.nanoTime();
                    int[][] lists = tmdbLists(data, split, threads);
                    double secs = seconds(start);
                    rows.add(new Row(
                            "TMDb-style similar to liked titles (genres)",
                            secs,
                            heap.peakMb(),
                            0,
                            (u, w) -> tmdb(u, w, data, split, lists, byPopularity)));
                    rows.getLast().heapBeforeMb = before;
                }
                case "itemknn" -> {
                    for (ItemNeighbours knn : knnSettings(options, threads)) {
                        double before = heap.resetAfterGc();
                        long start = System.nanoTime();
                        Neighbours neighbours = knn.train(split.train);
                        double secs = seconds(start);
                        double modelMb = (neighbours.ids().length * 8.0) / (1 << 20);
                        String name = String.format(
                                Locale.ROOT,
                                "item-item CF (k %d, shrinkage %s, %d per user)",
                                knn.neighbours(),
                                trim(knn.shrinkage()),
                                knn.maxPerUser());
                        rows.add(new Row(name, secs, heap.peakMb(), modelMb, (u, w) -> {
                            float[] scores = neighbours.scores(w.titles, w.values);
                            boolean[] excluded = w.excluded;
                            int[] top = TopScores.best(scores, N, t -> excluded[t] || !(scores[t] > 0));
                            return pad(top, w, byPopularity);
                        }));
                        rows.getLast().heapBeforeMb = before;
                    }
                }
                case "als" -> {
                    for (ImplicitAls als : alsSettings(options, threads)) {
                        double before = heap.resetAfterGc();
                        long start = System.nanoTime();
                        Factors factors = als.train(split.train);
                        double secs = seconds(start);
                        double modelMb = factors.titleFactors().length * 4.0 / (1 << 20);
                        String name = String.format(
                                Locale.ROOT,
                                "implicit ALS, fold-in (%d factors, λ %s, α %s, %d iterations)",
                                als.factors(),
                                trim(als.regularization()),
                                trim(als.alpha()),
                                als.iterations());
                        rows.add(new Row(name, secs, heap.peakMb(), modelMb, (u, w) -> {
                            float[] scores = factors.scores(factors.foldIn(w.titles, w.values));
                            boolean[] excluded = w.excluded;
                            return pad(TopScores.best(scores, N, t -> excluded[t]), w, byPopularity);
                        }));
                        rows.getLast().heapBeforeMb = before;
                    }
                }
                case "truth" ->
                    rows.add(new Row("(reference) the planted truth: expected relevance", 0, 0, 0, (u, w) -> {
                        float[] scores = truth(data, u);
                        boolean[] excluded = w.excluded;
                        return pad(TopScores.best(scores, N, t -> excluded[t]), w, byPopularity);
                    }));
                default -> throw new IllegalArgumentException("unknown method " + method);
            }
        }
        t0 = System.nanoTime();
        evaluate(rows, evaluated, data, split, threads);
        double evalSeconds = seconds(t0);
        heap.stop();

        print(scale, structure, seed, data, split, evaluated, rows, generateSeconds, splitSeconds, evalSeconds, heap);
    }

    // ---------------------------------------------------------------- methods

    /** One method: a name, its training cost, and its top-10 for a user. */
    interface Recommender {
        int[] top(int user, Work work);
    }

    static final class Row {
        final String name;
        final double trainSeconds;
        final double peakMb;
        final double modelMb;
        final Recommender recommender;
        double heapBeforeMb;
        double[] precision;
        double[] recall;
        double[] ndcg;
        double[] novelty;
        boolean[] covered;
        final AtomicLong serveNanos = new AtomicLong();

        Row(String name, double trainSeconds, double peakMb, double modelMb, Recommender recommender) {
            this.name = name;
            this.trainSeconds = trainSeconds;
            this.peakMb = peakMb;
            this.modelMb = modelMb;
            this.recommender = recommender;
        }
    }

    /** One thread's buffers: the user's training signals and a mark of the titles they have. */
    static final class Work {
        final boolean[] excluded;
        final boolean[] relevant;
        final int[] votes;
        final int[] touched;
        int[] titles;
        float[] values;

        Work(int titles) {
            excluded = new boolean[titles];
            relevant = new boolean[titles];
            votes = new int[titles];
            touched = new int[titles];
        }
    }

    /** Titles by positive training signals, most first (ties: lower index, as TopScores). */
    static int[] byPopularity(int[] counts) {
        long[] keys = new long[counts.length];
        for (int t = 0; t < counts.length; t++) {
            keys[t] = ((long) (Integer.MAX_VALUE - counts[t]) << 32) | t;
        }
        java.util.Arrays.sort(keys);
        int[] out = new int[counts.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) keys[i];
        }
        return out;
    }

    /**
     * Fills a list shorter than N with the most popular titles the user has not got and the list
     * has not: the same fallback for every method (item-item has nothing for a user whose titles
     * have no neighbours; the TMDb-style lists may run short).
     */
    static int[] pad(int[] top, Work w, int[] byPopularity) {
        if (top.length >= N) {
            return top;
        }
        int[] out = java.util.Arrays.copyOf(top, N);
        int size = top.length;
        for (int i = 0; i < byPopularity.length && size < N; i++) {
            int t = byPopularity[i];
            if (w.excluded[t]) {
                continue;
            }
            boolean listed = false;
            for (int k = 0; k < size; k++) {
                listed |= out[k] == t;
            }
            if (!listed) {
                out[size++] = t;
            }
        }
        return java.util.Arrays.copyOf(out, size);
    }

    /**
     * TMDb's "recommendations" of one title, simulated from metadata: the {@link #TMDB_PAGE} titles
     * whose genres are most like the seed's (Jaccard) weighted by popularity ({@code log(1 +
     * positive training signals)}), one list per distinct genre set (a title's list is its genre
     * set's, the title itself left out).
     */
    static int[][] tmdbLists(Synthetic data, HoldOut split, int threads) throws Exception {
        int[][] lists = new int[1 << Synthetic.GENRES][];
        boolean[] present = new boolean[1 << Synthetic.GENRES];
        for (int mask : data.genres) {
            present[mask] = true;
        }
        List<Integer> masks = new ArrayList<>();
        for (int m = 0; m < present.length; m++) {
            if (present[m]) {
                masks.add(m);
            }
        }
        float[] weight = new float[data.titles];
        for (int t = 0; t < data.titles; t++) {
            weight[t] = (float) Math.log1p(split.positiveCount[t]);
        }
        AtomicInteger next = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> parts = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                parts.add(pool.submit(() -> {
                    for (int k; (k = next.getAndIncrement()) < masks.size(); ) {
                        int mask = masks.get(k);
                        TopScores top = new TopScores(TMDB_PAGE + 1);
                        for (int t = 0; t < data.titles; t++) {
                            int shared = Integer.bitCount(mask & data.genres[t]);
                            if (shared > 0 && weight[t] > 0) {
                                float jaccard = shared / (float) Integer.bitCount(mask | data.genres[t]);
                                top.offer(t, jaccard * weight[t]);
                            }
                        }
                        int[] ids = new int[top.size()];
                        top.drainInto(ids, new float[ids.length], 0);
                        lists[mask] = ids;
                    }
                }));
            }
            for (Future<?> part : parts) {
                part.get();
            }
        }
        return lists;
    }

    /**
     * The service's merge of TMDb's lists for the user's seeds (RecommendationService): a title on
     * more lists first, then the more popular; titles the user has are left out.
     */
    static int[] tmdb(int u, Work w, Synthetic data, HoldOut split, int[][] lists, int[] byPopularity) {
        int touched = 0;
        for (int s = split.seedStart[u]; s < split.seedStart[u + 1]; s++) {
            int seed = split.seedTitle[s];
            int taken = 0;
            for (int t : lists[data.genres[seed]]) {
                if (t == seed || taken == TMDB_PAGE) {
                    continue;
                }
                taken++;
                if (w.votes[t]++ == 0) {
                    w.touched[touched++] = t;
                }
            }
        }
        TopScores top = new TopScores(N);
        for (int i = 0; i < touched; i++) {
            int t = w.touched[i];
            if (!w.excluded[t]) {
                // exact in a float: votes <= 10, counts < 1,000,000
                top.offer(t, w.votes[t] * 1_000_000f + split.positiveCount[t]);
            }
            w.votes[t] = 0;
        }
        int[] ids = new int[top.size()];
        top.drainInto(ids, new float[ids.length], 0);
        return pad(ids, w, byPopularity);
    }

    /**
     * A reference, not a method: the generator's own odds that the user rates a title and rates it
     * 7 or more (popularity weight x exposure x P(rating >= 7)), from the hidden vectors.
     */
    static float[] truth(Synthetic data, int u) {
        float[] out = new float[data.titles];
        int dims = Synthetic.DIMS;
        float[] user = java.util.Arrays.copyOfRange(data.userVectors, u * dims, (u + 1) * dims);
        float[] titles = data.titleVectors;
        for (int t = 0; t < data.titles; t++) {
            double score = Math.log(Synthetic.zipfWeight(data.rankOf[t]));
            if (data.planted) {
                float a = 0;
                for (int d = 0; d < dims; d++) {
                    a += user[d] * titles[t * dims + d];
                }
                double mean = Synthetic.BASE + data.userBias[u] + data.titleBias[t] + Synthetic.TASTE * a;
                double atLeast7 =
                        0.75 * phi((mean - 6.5) / Synthetic.NOISE) + 0.25 * phi((mean - 6.75) / Synthetic.NOISE);
                score += Math.log(Synthetic.sigmoid(Synthetic.EXPOSURE_SLOPE * (a - Synthetic.EXPOSURE_SHIFT)))
                        + Math.log(Math.max(1e-12, atLeast7));
            }
            out[t] = (float) score;
        }
        return out;
    }

    /** Standard normal CDF (Abramowitz and Stegun 7.1.26, error below 1.5e-7). */
    static double phi(double x) {
        double z = Math.abs(x) / Math.sqrt(2);
        double t = 1 / (1 + 0.3275911 * z);
        double erf = 1
                - t
                        * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
                        * Math.exp(-z * z);
        return x >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
    }

    static List<ImplicitAls> alsSettings(Map<String, String> options, int threads) {
        ImplicitAls d = ImplicitAls.defaults(threads);
        if (!options.containsKey("als")) {
            return List.of(d);
        }
        List<ImplicitAls> out = new ArrayList<>();
        for (String setting : options.get("als").split(",")) {
            String[] p = setting.split(":");
            out.add(new ImplicitAls(
                    Integer.parseInt(p[0]),
                    Double.parseDouble(p[1]),
                    Double.parseDouble(p[2]),
                    Integer.parseInt(p[3]),
                    threads,
                    d.seed()));
        }
        return out;
    }

    static List<ItemNeighbours> knnSettings(Map<String, String> options, int threads) {
        ItemNeighbours d = ItemNeighbours.defaults(threads);
        if (!options.containsKey("knn")) {
            return List.of(d);
        }
        List<ItemNeighbours> out = new ArrayList<>();
        for (String setting : options.get("knn").split(",")) {
            String[] p = setting.split(":");
            out.add(new ItemNeighbours(
                    Integer.parseInt(p[0]),
                    Double.parseDouble(p[1]),
                    p.length > 2 ? Integer.parseInt(p[2]) : d.maxPerUser(),
                    threads));
        }
        return out;
    }

    // ---------------------------------------------------------------- evaluation

    /** Users with at least one relevant held-out title; a seeded sample of maxUsers of them, ascending. */
    static int[] evaluatedUsers(HoldOut split, int users, int maxUsers, long seed) {
        int[] candidates = new int[users];
        int n = 0;
        for (int u = 0; u < users; u++) {
            if (split.relevantStart[u + 1] > split.relevantStart[u]) {
                candidates[n++] = u;
            }
        }
        Rng rng = new Rng(seed * 31 + 7);
        int take = Math.min(maxUsers, n);
        for (int i = 0; i < take; i++) {
            int j = i + rng.nextInt(n - i);
            int swap = candidates[i];
            candidates[i] = candidates[j];
            candidates[j] = swap;
        }
        int[] out = java.util.Arrays.copyOf(candidates, take);
        java.util.Arrays.sort(out);
        return out;
    }

    static void evaluate(List<Row> rows, int[] evaluated, Synthetic data, HoldOut split, int threads) throws Exception {
        for (Row row : rows) {
            row.precision = new double[evaluated.length];
            row.recall = new double[evaluated.length];
            row.ndcg = new double[evaluated.length];
            row.novelty = new double[evaluated.length];
            row.covered = new boolean[data.titles];
        }
        double[] selfInformation = new double[data.titles];
        for (int t = 0; t < data.titles; t++) {
            selfInformation[t] = -Math.log((split.positiveCount[t] + 1.0) / (data.users + 1.0)) / Math.log(2);
        }
        AtomicInteger next = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<boolean[][]>> parts = new ArrayList<>();
            for (int th = 0; th < threads; th++) {
                parts.add(pool.submit(() -> {
                    Work w = new Work(data.titles);
                    boolean[][] covered = new boolean[rows.size()][data.titles];
                    for (int i; (i = next.getAndIncrement()) < evaluated.length; ) {
                        int u = evaluated[i];
                        w.titles = split.train.titlesOf(u);
                        w.values = split.train.valuesOf(u);
                        for (int t : w.titles) {
                            w.excluded[t] = true;
                        }
                        int relevant = split.relevantStart[u + 1] - split.relevantStart[u];
                        for (int p = split.relevantStart[u]; p < split.relevantStart[u + 1]; p++) {
                            w.relevant[split.relevantTitle[p]] = true;
                        }
                        double ideal = 0;
                        for (int k = 0; k < Math.min(N, relevant); k++) {
                            ideal += 1 / log2(k + 2);
                        }
                        for (int r = 0; r < rows.size(); r++) {
                            Row row = rows.get(r);
                            long start = System.nanoTime();
                            int[] top = row.recommender.top(u, w);
                            row.serveNanos.addAndGet(System.nanoTime() - start);
                            int hits = 0;
                            double dcg = 0;
                            double novelty = 0;
                            for (int k = 0; k < top.length; k++) {
                                int t = top[k];
                                if (w.excluded[t]) {
                                    throw new IllegalStateException(row.name + " recommended a training title");
                                }
                                if (w.relevant[t]) {
                                    hits++;
                                    dcg += 1 / log2(k + 2);
                                }
                                novelty += selfInformation[t];
                                covered[r][t] = true;
                            }
                            row.precision[i] = hits / (double) N;
                            row.recall[i] = hits / (double) relevant;
                            row.ndcg[i] = dcg / ideal;
                            row.novelty[i] = top.length == 0 ? 0 : novelty / top.length;
                        }
                        for (int t : w.titles) {
                            w.excluded[t] = false;
                        }
                        for (int p = split.relevantStart[u]; p < split.relevantStart[u + 1]; p++) {
                            w.relevant[split.relevantTitle[p]] = false;
                        }
                    }
                    return covered;
                }));
            }
            for (Future<boolean[][]> part : parts) {
                boolean[][] covered = part.get();
                for (int r = 0; r < rows.size(); r++) {
                    for (int t = 0; t < data.titles; t++) {
                        rows.get(r).covered[t] |= covered[r][t];
                    }
                }
            }
        } catch (ExecutionException failed) {
            throw new IllegalStateException(failed.getCause());
        }
    }

    // ---------------------------------------------------------------- output

    static void print(
            Scale scale,
            String structure,
            long seed,
            Synthetic data,
            HoldOut split,
            int[] evaluated,
            List<Row> rows,
            double generateSeconds,
            double splitSeconds,
            double evalSeconds,
            HeapPeak heap) {
        long ratings = data.ratingTitle.length;
        long atLeast7 = 0;
        double sum = 0;
        for (byte half : data.ratingHalf) {
            sum += half / 2.0;
            atLeast7 += half >= HoldOut.RELEVANT_HALF_STEPS ? 1 : 0;
        }
        long relevant = split.relevantTitle.length;
        long evaluatedRelevant = 0;
        for (int u : evaluated) {
            evaluatedRelevant += split.relevantStart[u + 1] - split.relevantStart[u];
        }
        int usersWithRelevant = 0;
        for (int u = 0; u < data.users; u++) {
            usersWithRelevant += split.relevantStart[u + 1] > split.relevantStart[u] ? 1 : 0;
        }
        StringBuilder out = new StringBuilder();
        out.append(
                String.format(Locale.ROOT, "### scale %s, structure %s, seed %d%n%n", scale.name(), structure, seed));
        out.append(String.format(
                Locale.ROOT,
                "- data: %,d users, %,d titles, %,d ratings (mean %.2f, %.1f %% at 7 or more), %,d favorites, %,d watchlist entries%n",
                data.users,
                data.titles,
                ratings,
                sum / ratings,
                100.0 * atLeast7 / ratings,
                data.favoriteTitle.length,
                data.watchTitle.length));
        out.append(String.format(
                Locale.ROOT,
                "- training: %,d ratings, %,d favorites, %,d watchlist entries before the cut = %,d signals (site mean %.2f); held out: %,d ratings, %,d of them relevant (7+)%n",
                split.trainingRatings,
                split.trainingFavorites,
                split.trainingWatchlist,
                split.train.size(),
                split.siteMean,
                split.heldOutRatings,
                relevant));
        out.append(String.format(
                Locale.ROOT,
                "- evaluated: %,d users (a seeded sample of the %,d with a relevant held-out title), %.2f relevant titles each on average%n",
                evaluated.length,
                usersWithRelevant,
                evaluatedRelevant / (double) evaluated.length));
        out.append(String.format(
                Locale.ROOT,
                "- time: generate %.1f s, split %.1f s, evaluate %.1f s; heap in use at most %,d MB (garbage included; -Xmx %,d MB)%n%n",
                generateSeconds,
                splitSeconds,
                evalSeconds,
                heap.overallPeakMb(),
                Runtime.getRuntime().maxMemory() >> 20));
        out.append(
                "| method | P@10 | R@10 | NDCG@10 | ΔNDCG vs popular (95 % CI) | coverage (titles) | novelty (bits) | train s | heap MB: before → peak of training | model MB | serve ms/user |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        Row popular = null;
        for (Row row : rows) {
            if (row.name.equals("most popular")) {
                popular = row;
            }
        }
        for (Row row : rows) {
            int covered = 0;
            for (boolean c : row.covered) {
                covered += c ? 1 : 0;
            }
            String delta = "";
            if (popular != null && row != popular) {
                double[] d = new double[evaluated.length];
                for (int i = 0; i < d.length; i++) {
                    d[i] = row.ndcg[i] - popular.ndcg[i];
                }
                double mean = mean(d);
                double var = 0;
                for (double x : d) {
                    var += (x - mean) * (x - mean);
                }
                double half = 1.96 * Math.sqrt(var / (d.length - 1) / d.length);
                delta = String.format(Locale.ROOT, "%+.4f (%+.4f .. %+.4f)", mean, mean - half, mean + half);
            }
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %.4f | %.4f | %.4f | %s | %.3f %% (%,d) | %.2f | %s | %s | %s | %.2f |%n",
                    row.name,
                    mean(row.precision),
                    mean(row.recall),
                    mean(row.ndcg),
                    delta,
                    100.0 * covered / data.titles,
                    covered,
                    mean(row.novelty),
                    row.trainSeconds == 0 ? "-" : String.format(Locale.ROOT, "%.1f", row.trainSeconds),
                    row.peakMb == 0 ? "-" : String.format(Locale.ROOT, "%,.0f → %,.0f", row.heapBeforeMb, row.peakMb),
                    row.modelMb == 0 ? "-" : String.format(Locale.ROOT, "%,.1f", row.modelMb),
                    row.serveNanos.get() / 1e6 / evaluated.length));
        }
        System.out.print(out);
    }

    static double mean(double[] xs) {
        double sum = 0;
        for (double x : xs) {
            sum += x;
        }
        return sum / xs.length;
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    static String trim(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }

    /** Heap in use (Runtime total - free, garbage included), sampled every 10 ms by a daemon thread. */
    static final class HeapPeak {
        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong overall = new AtomicLong();
        private volatile boolean running = true;

        static HeapPeak start() {
            HeapPeak heap = new HeapPeak();
            Thread.ofPlatform().daemon().start(() -> {
                while (heap.running) {
                    heap.sample();
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            return heap;
        }

        private void sample() {
            Runtime rt = Runtime.getRuntime();
            long used = rt.totalMemory() - rt.freeMemory();
            peak.accumulateAndGet(used, Math::max);
            overall.accumulateAndGet(used, Math::max);
        }

        /** Collects garbage, starts a new peak, and returns the heap in use now (MB). */
        double resetAfterGc() {
            System.gc();
            Runtime rt = Runtime.getRuntime();
            double used = (rt.totalMemory() - rt.freeMemory()) / (double) (1 << 20);
            peak.set(0);
            sample();
            return used;
        }

        double peakMb() {
            sample();
            return peak.get() / (double) (1 << 20);
        }

        long overallPeakMb() {
            sample();
            return overall.get() >> 20;
        }

        void stop() {
            running = false;
        }
    }
}
