package com.frameratr.recommendations;

import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import com.frameratr.platform.problems.InvalidInputException;
import com.frameratr.users.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Map;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Recommendations", description = "Titles for the signed-in user, from FrameRatr's own taste model and TMDb")
@SecurityRequirement(name = "firebase")
@RestController
class RecommendationController {

    private final RecommendationService recommendations;
    private final HideService hides;

    RecommendationController(RecommendationService recommendations, HideService hides) {
        this.recommendations = recommendations;
        this.hides = hides;
    }

    @Operation(
            summary = "Recommended movies or TV shows",
            description = "From FrameRatr's own taste model (what users with a taste like the user's rated, logged"
                    + " and favorited; docs/recommendations.md), and TMDb's recommendations for the user's 10 most"
                    + " recent favorites: a user the model knows by at least 3 positive signals gets the model's"
                    + " picks first, a cold start TMDb's. Each item says its `source` and `reason`. Never a title"
                    + " the user rated, logged, favorited, put on the watchlist or hid. With nothing to go on: an"
                    + " empty list and a `message`. When only TMDb could answer and it cannot, TMDb's problems (502 `tmdb-error`, 503;"
                    + " docs/tmdb.md).")
    @GetMapping("/api/recommendations")
    Recommendations recommend(
            @Parameter(hidden = true) CurrentUser user,
            @Parameter(description = "at most this many, 1 to 50") @RequestParam(defaultValue = "20") @Min(1) @Max(50)
                    int limit,
            @Parameter(description = "movie (default) or tv", schema = @Schema(allowableValues = {"movie", "tv"}))
                    @RequestParam(defaultValue = "movie")
                    String kind) {
        return recommendations.recommend(user, kindOf(kind), limit);
    }

    @Operation(
            summary = "Hide a title from one's recommendations",
            description = "Idempotent; imports the title from TMDb if needed (404 when TMDb does not know it)."
                    + " 409 `limit-exceeded` past `hidden_titles`.")
    @PostMapping("/api/recommendations/{kind:movies|tv}/{id}/hide")
    Map<String, Boolean> hide(
            @Parameter(hidden = true) CurrentUser user, @PathVariable TitleKind kind, @PathVariable @Min(1) int id) {
        hides.hide(user, new TitleRef(kind, id));
        return Map.of("ok", true);
    }

    @Operation(summary = "Let a hidden title be recommended again", description = "Idempotent.")
    @DeleteMapping("/api/recommendations/{kind:movies|tv}/{id}/hide")
    Map<String, Boolean> unhide(
            @Parameter(hidden = true) CurrentUser user, @PathVariable TitleKind kind, @PathVariable @Min(1) int id) {
        hides.unhide(user, new TitleRef(kind, id));
        return Map.of("ok", true);
    }

    private static TitleKind kindOf(String kind) {
        return switch (kind) {
            case "movie" -> TitleKind.MOVIE;
            case "tv" -> TitleKind.TV;
            default -> throw new InvalidInputException("kind", "must be movie or tv");
        };
    }
}
