package com.frameratr.recommendations;

import com.frameratr.catalog.TitleCard;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Titles similar to one title.
 *
 * @param source {@code frameratr} (by our users' signals: catalog cards) or {@code tmdb} (TMDb's
 *     similar titles, as TMDb shapes them)
 */
record SimilarTitles(
        @Schema(allowableValues = {"frameratr", "tmdb"}) String source,
        @Schema(description = "most similar first") List<JsonNode> results) {

    static SimilarTitles own(List<TitleCard> cards, tools.jackson.databind.json.JsonMapper json) {
        return new SimilarTitles(
                "frameratr",
                cards.stream().map(card -> (JsonNode) json.valueToTree(card)).toList());
    }
}
