package com.frameratr.recommendations;

import com.frameratr.catalog.Catalog;
import com.frameratr.catalog.TitleCard;
import com.frameratr.catalog.TitleRef;
import com.frameratr.tmdb.Tmdb;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A title's neighbours in the served model, else TMDb's similar titles for it. */
@Service
class SimilarService {

    private final CurrentModel current;
    private final Catalog catalog;
    private final Tmdb tmdb;
    private final JsonMapper json;

    SimilarService(CurrentModel current, Catalog catalog, Tmdb tmdb, JsonMapper json) {
        this.current = current;
        this.catalog = catalog;
        this.tmdb = tmdb;
        this.json = json;
    }

    SimilarTitles similar(TitleRef title, int limit, String client) {
        catalog.requireExists(title.kind(), title.id());
        Optional<TasteModel> model = current.get();
        if (model.isPresent()) {
            List<TitleRef> similar = model.get().similarTo(title, limit);
            Map<TitleRef, TitleCard> cards = catalog.cards(similar);
            List<TitleCard> found = new ArrayList<>();
            for (TitleRef ref : similar) {
                TitleCard card = cards.get(ref);
                if (card != null) {
                    found.add(card);
                }
            }
            if (!found.isEmpty()) {
                return SimilarTitles.own(found, json);
            }
        }
        JsonNode details =
                Tmdb.asBrowsing(client, () -> tmdb.details(title.kind().code(), title.id()));
        List<JsonNode> results = new ArrayList<>();
        for (JsonNode result : details.path("similar").path("results")) {
            if (results.size() < limit) {
                results.add(result);
            }
        }
        return new SimilarTitles("tmdb", results);
    }
}
