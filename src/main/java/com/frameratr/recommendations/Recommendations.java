package com.frameratr.recommendations;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The first version's shape: how many favorites TMDb's part is based on, the recommended titles, and
 * a hint when there is nothing to go on.
 */
record Recommendations(
        @Schema(description = "favorites TMDb's recommendations were asked for", example = "3")
        int basedOnFavorites,

        @Schema(
                description = "best first. Each has `source` (`frameratr`: the own taste model, with the title's"
                        + " catalog fields; `tmdb`: TMDb's result as TMDb shapes it) and `reason` {`type`:"
                        + " `because_you_rated` | `because_you_liked` | `popular_with_people_like_you` | `tmdb`,"
                        + " `title`: the title card of the user's title it comes from, absent for"
                        + " `popular_with_people_like_you`}")
        List<JsonNode> recommendations,

        @Schema(example = "Rate or favorite movies to get recommendations") @Nullable
        String message) {

    static final String NOTHING_TO_GO_ON = "Rate, log or favorite %s to get recommendations";
}
