package com.frameratr.recommendations;

import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import com.frameratr.recommendations.model.Factors;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One built model as an instance serves it: the titles it knows (index to title and back), their
 * factors, and the site's mean rating the users' means are shrunk towards. Built once per model by
 * {@link #of}, which derives the index and the per-kind masks a request starts from.
 */
record TasteModel(
        long id,
        List<TitleRef> titles,
        Map<TitleRef, Integer> index,
        Factors factors,
        double ratingMean,
        Map<TitleKind, boolean[]> otherKindMasks) {

    static TasteModel of(long id, List<TitleRef> titles, Factors factors, double ratingMean) {
        Map<TitleRef, Integer> index = HashMap.newHashMap(titles.size());
        Map<TitleKind, boolean[]> masks = new EnumMap<>(TitleKind.class);
        for (TitleKind kind : TitleKind.values()) {
            masks.put(kind, new boolean[titles.size()]);
        }
        for (int t = 0; t < titles.size(); t++) {
            TitleRef title = titles.get(t);
            index.put(title, t);
            for (TitleKind kind : TitleKind.values()) {
                masks.get(kind)[t] = title.kind() != kind;
            }
        }
        return new TasteModel(id, List.copyOf(titles), Map.copyOf(index), factors, ratingMean, masks);
    }

    /** A new mask, by position, with every title not of {@code kind} set. */
    boolean[] otherKinds(TitleKind kind) {
        return otherKindMasks.get(kind).clone();
    }
}
