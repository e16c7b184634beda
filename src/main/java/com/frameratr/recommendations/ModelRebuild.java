package com.frameratr.recommendations;

import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import com.frameratr.recommendations.model.Factors;
import com.frameratr.recommendations.model.ImplicitAls;
import com.frameratr.recommendations.model.Interactions;
import com.frameratr.recommendations.model.ItemNeighbours;
import com.frameratr.recommendations.model.Neighbours;
import com.frameratr.recommendations.model.Signals;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds a new model from every user's signals: the titles with the most signals, implicit ALS for
 * ranking and item-item neighbours for "similar" and for the reasons, stored as one new model. Runs
 * as a cluster job (one instance per interval); an instance serving the previous model keeps
 * serving it until its next refresh.
 */
@Component
class ModelRebuild {

    private static final Logger log = LoggerFactory.getLogger(ModelRebuild.class);

    private final SignalRepository signals;
    private final ModelRepository models;
    private final CurrentModel current;
    private final RecommendationProperties properties;
    private final TransactionTemplate readOnly;

    ModelRebuild(
            SignalRepository signals,
            ModelRepository models,
            CurrentModel current,
            RecommendationProperties properties,
            TransactionTemplate transactions) {
        this.signals = signals;
        this.models = models;
        this.current = current;
        this.properties = properties;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
    }

    /** Builds and stores a new model, then serves it here; returns its id. */
    long rebuild() {
        long started = System.nanoTime();
        List<TitleRef> titles = signals.mostSignalled(properties.maxTitles());
        Map<TitleRef, Integer> index = HashMap.newHashMap(titles.size());
        for (int t = 0; t < titles.size(); t++) {
            index.put(titles.get(t), t);
        }
        double siteMean = signals.siteMean();
        log.info("Rebuilding the recommendation model from the signals of its {} titles", titles.size());
        Interactions data = read(index, titles.size(), siteMean);
        long loaded = System.nanoTime();
        ImplicitAls als = ImplicitAls.defaults(properties.threads());
        Factors factors = als.train(data);
        long factorised = System.nanoTime();
        ItemNeighbours item = ItemNeighbours.defaults(properties.threads());
        Neighbours neighbours = new ItemNeighbours(
                        properties.neighbours(), item.shrinkage(), item.maxPerUser(), item.threads())
                .train(data);
        long trained = System.nanoTime();
        long buildMs = (trained - started) / 1_000_000;
        long id = models.save(
                titles, factors, neighbours, new ModelRepository.Built(data.users(), data.size(), siteMean, buildMs));
        long stored = System.nanoTime();
        Runtime runtime = Runtime.getRuntime();
        log.info(
                "Recommendation model {} built: {} users, {} titles, {} signals; read {} ms, ALS {} ms,"
                        + " neighbours {} ms, stored {} ms; heap in use {} MB of {} MB",
                id,
                data.users(),
                titles.size(),
                data.size(),
                (loaded - started) / 1_000_000,
                (factorised - loaded) / 1_000_000,
                (trained - factorised) / 1_000_000,
                (stored - trained) / 1_000_000,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20,
                runtime.maxMemory() >> 20);
        current.refresh();
        return id;
    }

    private Interactions read(Map<TitleRef, Integer> index, int titleCount, double siteMean) {
        SignalTable table = new SignalTable(index);
        // a read-only transaction, so that the driver reads the rows by cursor in batches
        readOnly.executeWithoutResult(status -> signals.forEach(table::add));
        return table.interactions(titleCount, siteMean);
    }

    /**
     * The streamed signals in compact columns (a user index, a title index, the source, the rating),
     * until every user's mean rating is known and they can become the model's numbers.
     */
    private static final class SignalTable {

        // position of each title by kind and id (-1: not in the model): TMDb ids stay below a few
        // million, so an array is smaller and far cheaper per row than a map of boxed keys
        private final int[][] positions = new int[TitleKind.values().length][];
        private final Map<String, Integer> users = new HashMap<>();
        private int[] userOf = new int[1 << 16];
        private int[] titleOf = new int[1 << 16];
        private byte[] sourceOf = new byte[1 << 16];
        private float[] ratingOf = new float[1 << 16];
        private double[] ratingSums = new double[1 << 10];
        private int[] ratingCounts = new int[1 << 10];
        private int size;

        SignalTable(Map<TitleRef, Integer> titles) {
            for (TitleKind kind : TitleKind.values()) {
                int maxId = titles.keySet().stream()
                        .filter(title -> title.kind() == kind)
                        .mapToInt(TitleRef::id)
                        .max()
                        .orElse(0);
                positions[kind.ordinal()] = new int[maxId + 1];
                Arrays.fill(positions[kind.ordinal()], -1);
            }
            titles.forEach((title, position) -> positions[title.kind().ordinal()][title.id()] = position);
        }

        void add(SignalRepository.UserSignal row) {
            Signal signal = row.signal();
            int[] ofKind = positions[signal.kind().ordinal()];
            int title = signal.titleId() < ofKind.length ? ofKind[signal.titleId()] : -1;
            if (title < 0) {
                return;
            }
            int user = users.computeIfAbsent(row.uid(), uid -> users.size());
            if (user == ratingSums.length) {
                ratingSums = Arrays.copyOf(ratingSums, user * 2);
                ratingCounts = Arrays.copyOf(ratingCounts, user * 2);
            }
            if (size == userOf.length) {
                userOf = Arrays.copyOf(userOf, size * 2);
                titleOf = Arrays.copyOf(titleOf, size * 2);
                sourceOf = Arrays.copyOf(sourceOf, size * 2);
                ratingOf = Arrays.copyOf(ratingOf, size * 2);
            }
            userOf[size] = user;
            titleOf[size] = title;
            sourceOf[size] = (byte) signal.source().ordinal();
            if (signal.ratingVal() != null) {
                ratingOf[size] = signal.ratingVal().floatValue();
                ratingSums[user] += signal.ratingVal();
                ratingCounts[user]++;
            }
            size++;
        }

        Interactions interactions(int titleCount, double siteMean) {
            Interactions.Builder builder = Interactions.builder(users.size(), titleCount, size);
            Signal.Source[] sources = Signal.Source.values();
            for (int r = 0; r < size; r++) {
                int user = userOf[r];
                double mean = Signals.userMean(ratingSums[user], ratingCounts[user], siteMean);
                builder.add(user, titleOf[r], SignalValues.of(sources[sourceOf[r]], (double) ratingOf[r], mean));
            }
            return builder.build();
        }
    }
}
