package com.frameratr.recommendations;

import com.frameratr.users.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Recommendations", description = "Movies for the signed-in user, from TMDb")
@SecurityRequirement(name = "firebase")
@RestController
class RecommendationController {

    private final RecommendationService recommendations;

    RecommendationController(RecommendationService recommendations) {
        this.recommendations = recommendations;
    }

    @Operation(
            summary = "Recommended movies",
            description = "TMDb's recommendations for the user's 10 most recent favorite movies, merged (a movie"
                    + " recommended for several favorites first), without movies the user favorited or rated."
                    + " With no favorites: an empty list and a `message`. 503 when TMDb cannot answer for any.")
    @GetMapping("/api/recommendations")
    Recommendations recommend(
            @Parameter(hidden = true) CurrentUser user,
            @Parameter(description = "at most this many, 1 to 50") @RequestParam(defaultValue = "20") @Min(1) @Max(50)
                    int limit) {
        return recommendations.recommend(user, limit);
    }
}
