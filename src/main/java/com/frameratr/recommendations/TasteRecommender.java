package com.frameratr.recommendations;

import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import com.frameratr.recommendations.model.Neighbours;
import com.frameratr.recommendations.model.Signals;
import com.frameratr.recommendations.model.TopScores;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The own model's picks for one user: their current signals folded into the model (so the answer
 * moves with each rating), every title scored, what they already know left out, and each pick
 * explained by the title of theirs it is most similar to.
 */
@Component
class TasteRecommender {

    /** Candidates beyond the limit, so that the known ones the bounded signal read missed can drop out. */
    static final int SPARE_CANDIDATES = 40;

    /** Candidate rounds, each four times wider than the one before (at limit 50: 90, 360, 1,440). */
    static final int WIDENING_ROUNDS = 3;

    /** The user's strongest positive titles that a reason may name. */
    static final int REASON_SOURCES = 50;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TasteRecommender.class);

    private final CurrentModel current;
    private final SignalRepository signals;
    private final RecommendationProperties properties;

    TasteRecommender(CurrentModel current, SignalRepository signals, RecommendationProperties properties) {
        this.current = current;
        this.signals = signals;
        this.properties = properties;
    }

    enum ReasonType {
        BECAUSE_YOU_RATED,
        BECAUSE_YOU_LIKED,
        POPULAR_WITH_PEOPLE_LIKE_YOU
    }

    record Pick(TitleRef title, ReasonType reason, @Nullable TitleRef because) {}

    /** @param positives the user's positive signals the model knows: below the minimum, a cold start */
    record Answer(List<Pick> picks, int positives) {

        static final Answer NONE = new Answer(List.of(), 0);
    }

    private record Known(float value, Signal.Source source) {}

    Answer recommend(String uid, TitleKind kind, int limit) {
        Optional<TasteModel> served = current.get();
        if (served.isEmpty()) {
            return Answer.NONE;
        }
        TasteModel model = served.get();
        List<Signal> own = signals.ofUser(uid, properties.signalsPerUser());
        Map<TitleRef, Known> known = known(own, model.ratingMean());
        int[] titles = new int[known.size()];
        float[] signalValues = new float[known.size()];
        int inModel = 0;
        int positives = 0;
        for (Map.Entry<TitleRef, Known> entry : known.entrySet()) {
            Integer position = model.index().get(entry.getKey());
            if (position != null) {
                titles[inModel] = position;
                signalValues[inModel++] = entry.getValue().value();
                if (entry.getValue().value() > 0) {
                    positives++;
                }
            }
        }
        if (positives == 0) {
            return new Answer(List.of(), 0);
        }
        titles = java.util.Arrays.copyOf(titles, inModel);
        signalValues = java.util.Arrays.copyOf(signalValues, inModel);
        float[] scores = model.factors().scores(model.factors().foldIn(titles, signalValues));
        // what may not be recommended, by position: one array read per title while scoring, not a
        // hash lookup (50,000 titles per round)
        boolean[] excluded = model.otherKinds(kind);
        boolean[] checkedMask = new boolean[excluded.length];
        for (int position : titles) {
            excluded[position] = true;
        }
        // the bounded read may miss titles of a long diary or watchlist: the best candidates not yet
        // checked are checked against the tables, what the user knows is masked, and a wider round
        // looks further down while fewer than the limit are left
        List<TitleRef> chosen = List.of();
        int checked = 0;
        int knownAmongChecked = 0;
        int wanted = limit + SPARE_CANDIDATES;
        for (int round = 0; round < WIDENING_ROUNDS; round++, wanted *= 4) {
            int[] best = TopScores.best(scores, wanted, position -> excluded[position]);
            List<TitleRef> unchecked = new ArrayList<>();
            for (int position : best) {
                if (!checkedMask[position]) {
                    checkedMask[position] = true;
                    unchecked.add(model.titles().get(position));
                }
            }
            checked += unchecked.size();
            for (TitleRef title : signals.knownAmong(uid, unchecked)) {
                excluded[model.index().get(title)] = true;
                knownAmongChecked++;
            }
            chosen = java.util.Arrays.stream(best)
                    .filter(position -> !excluded[position])
                    .limit(limit)
                    .mapToObj(model.titles()::get)
                    .toList();
            if (chosen.size() == limit || best.length < wanted) {
                break;
            }
        }
        log.debug(
                "Model {} for {}: {} signals, {} known to the model ({} positive), {} candidates checked, {} known",
                model.id(),
                uid,
                own.size(),
                titles.length,
                positives,
                checked,
                knownAmongChecked);
        return new Answer(explain(model, chosen, known), positives);
    }

    /** Each of the user's titles once, the stronger signal when they did several things with it. */
    private static Map<TitleRef, Known> known(List<Signal> own, double siteMean) {
        double sum = 0;
        int count = 0;
        for (Signal signal : own) {
            if (signal.ratingVal() != null) {
                sum += signal.ratingVal();
                count++;
            }
        }
        double mean = Signals.userMean(sum, count, siteMean);
        Map<TitleRef, Known> known = new HashMap<>();
        for (Signal signal : own) {
            float value = SignalValues.of(signal.source(), signal.ratingVal(), mean);
            known.merge(
                    new TitleRef(signal.kind(), signal.titleId()),
                    new Known(value, signal.source()),
                    (a, b) -> Signals.stronger(a.value(), b.value()) == a.value() ? a : b);
        }
        return known;
    }

    /**
     * The reason of each pick: the user's liked or well-rated title it is most similar to (similarity
     * times how much they liked it), else that people with the user's taste like it.
     */
    private List<Pick> explain(TasteModel model, List<TitleRef> chosen, Map<TitleRef, Known> known) {
        List<TitleRef> sources = known.entrySet().stream()
                .filter(entry -> entry.getValue().value() > 0 && model.index().containsKey(entry.getKey()))
                .sorted(Comparator.comparing(
                                (Map.Entry<TitleRef, Known> e) -> -e.getValue().value())
                        .thenComparing(e -> e.getKey().kind())
                        .thenComparing(e -> e.getKey().id()))
                .limit(REASON_SOURCES)
                .map(Map.Entry::getKey)
                .toList();
        Map<TitleRef, TitleRef> because = new HashMap<>();
        Map<TitleRef, Float> strength = new HashMap<>();
        Map<Integer, TitleRef> picked = HashMap.newHashMap(chosen.size());
        for (TitleRef title : chosen) {
            picked.put(model.index().get(title), title);
        }
        Neighbours neighbours = model.neighbours();
        int k = neighbours.k();
        for (TitleRef source : sources) {
            int row = model.index().get(source) * k;
            float liked = known.get(source).value();
            for (int n = 0; n < k && neighbours.ids()[row + n] >= 0; n++) {
                TitleRef similar = picked.get(neighbours.ids()[row + n]);
                if (similar == null) {
                    continue;
                }
                float weight = neighbours.scores()[row + n] * liked;
                Float best = strength.get(similar);
                if (best == null || weight > best || (weight == best && tieBreak(source, because.get(similar)))) {
                    strength.put(similar, weight);
                    because.put(similar, source);
                }
            }
        }
        List<Pick> picks = new ArrayList<>();
        for (TitleRef title : chosen) {
            TitleRef source = because.get(title);
            if (source == null) {
                picks.add(new Pick(title, ReasonType.POPULAR_WITH_PEOPLE_LIKE_YOU, null));
            } else {
                Signal.Source how = known.get(source).source();
                ReasonType type =
                        how == Signal.Source.RATED ? ReasonType.BECAUSE_YOU_RATED : ReasonType.BECAUSE_YOU_LIKED;
                picks.add(new Pick(title, type, source));
            }
        }
        return picks;
    }

    private static boolean tieBreak(TitleRef candidate, @Nullable TitleRef current) {
        return current == null
                || Comparator.comparing(TitleRef::kind)
                                .thenComparingInt(TitleRef::id)
                                .compare(candidate, current)
                        < 0;
    }
}
