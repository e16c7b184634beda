package com.frameratr.recommendations;

import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import com.frameratr.recommendations.model.Factors;
import com.frameratr.recommendations.model.Neighbours;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One built model as an instance serves it: the titles it knows (index to title and back), their
 * factors, their stored neighbours (by position; read once per model, about 8 MB at 50,000 titles
 * and 20 neighbours, instead of a read per request), and the site's mean rating the users' means
 * are shrunk towards. Built once per model by {@link #of}, which derives the index and the per-kind
 * masks a request starts from.
 */
record TasteModel(
        long id,
        List<TitleRef> titles,
        Map<TitleRef, Integer> index,
        Factors factors,
        Neighbours neighbours,
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
        Neighbours none = new Neighbours(0, titles.size(), new int[0], new float[0]);
        return new TasteModel(id, List.copyOf(titles), Map.copyOf(index), factors, none, ratingMean, masks);
    }

    TasteModel withNeighbours(Neighbours stored) {
        return new TasteModel(id, titles, index, factors, stored, ratingMean, otherKindMasks);
    }

    /** Up to {@code limit} of a title's stored neighbours, most similar first; none for a title it does not know. */
    List<TitleRef> similarTo(TitleRef title, int limit) {
        Integer position = index.get(title);
        List<TitleRef> similar = new java.util.ArrayList<>();
        if (position == null) {
            return similar;
        }
        int k = neighbours.k();
        for (int n = 0; n < Math.min(k, limit); n++) {
            int other = neighbours.ids()[position * k + n];
            if (other < 0) {
                break;
            }
            similar.add(titles.get(other));
        }
        return similar;
    }

    /** A new mask, by position, with every title not of {@code kind} set. */
    boolean[] otherKinds(TitleKind kind) {
        return otherKindMasks.get(kind).clone();
    }
}
