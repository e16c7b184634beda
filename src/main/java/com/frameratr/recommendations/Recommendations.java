package com.frameratr.recommendations;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The first version's shape: how many favorites it is based on, TMDb movie results, and a hint. */
record Recommendations(
        @Schema(example = "3") int basedOnFavorites,

        @Schema(description = "TMDb movie results, as TMDb shapes them")
        List<JsonNode> recommendations,

        @Schema(example = "Add favorites to get recommendations") @Nullable
        String message) {

    static Recommendations noFavorites() {
        return new Recommendations(0, List.of(), "Add favorite movies to get recommendations");
    }
}
