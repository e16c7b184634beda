package com.frameratr.recommendations;

import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import com.frameratr.recommendations.model.Factors;
import java.util.List;
import java.util.Map;

/**
 * One built model as an instance serves it: the titles it knows (index to title and back), their
 * factors, and the site's mean rating the users' means are shrunk towards.
 */
record TasteModel(long id, List<TitleRef> titles, Map<TitleRef, Integer> index, Factors factors, double ratingMean) {

    /** A new mask with every title not of {@code kind} set. */
    boolean[] otherKinds(TitleKind kind) {
        boolean[] mask = new boolean[titles.size()];
        for (int t = 0; t < mask.length; t++) {
            mask[t] = titles.get(t).kind() != kind;
        }
        return mask;
    }
}
