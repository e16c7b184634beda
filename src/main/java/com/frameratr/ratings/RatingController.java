package com.frameratr.ratings;

import com.frameratr.catalog.TitleInBody;
import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import com.frameratr.platform.paging.PageParams;
import com.frameratr.platform.web.PagedResponses;
import com.frameratr.social.Visibility;
import com.frameratr.users.CurrentUser;
import com.frameratr.users.Member;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Ratings", description = "The signed-in user's ratings: 0.5 to 10 in steps of 0.5, one per title")
@SecurityRequirement(name = "firebase")
@RestController
class RatingController {

    private final RatingService ratings;

    private final Visibility visibility;

    RatingController(RatingService ratings, Visibility visibility) {
        this.ratings = ratings;
        this.visibility = visibility;
    }

    record RateTitleRequest(
            @Schema(example = "155") @Nullable Integer movieId,

            @Schema(description = "instead of movie_id, for a TV show") @Nullable
            Integer tvId,

            @Schema(example = "8.5") @Nullable BigDecimal ratingVal)
            implements TitleInBody {}

    record SetRatingRequest(
            @Schema(example = "8.5") @Nullable BigDecimal ratingVal) {}

    @Operation(
            summary = "Rate a title (first version's form)",
            description = "Upsert. A title not yet in the catalog is imported from TMDb first (404 if TMDb does not"
                    + " know it, 503 if TMDb cannot be reached; nothing is written then).")
    @PostMapping("/api/ratings")
    RatingResponse rateByBody(@Parameter(hidden = true) CurrentUser user, @RequestBody RateTitleRequest request) {
        return RatingResponse.from(ratings.rate(user, request.title(), request.ratingVal()));
    }

    @Operation(summary = "Rate a movie or TV show", description = "Upsert; same rules as POST /api/ratings.")
    @PutMapping("/api/{kind:movies|tv}/{id}/rating")
    RatingResponse rate(
            @Parameter(hidden = true) CurrentUser user,
            @PathVariable TitleKind kind,
            @PathVariable @Min(1) int id,
            @RequestBody SetRatingRequest request) {
        return RatingResponse.from(ratings.rate(user, new TitleRef(kind, id), request.ratingVal()));
    }

    @Operation(summary = "Remove one's rating of a movie or TV show", description = "Idempotent.")
    @DeleteMapping("/api/{kind:movies|tv}/{id}/rating")
    Map<String, Boolean> unrate(
            @Parameter(hidden = true) CurrentUser user, @PathVariable TitleKind kind, @PathVariable @Min(1) int id) {
        ratings.unrate(user, new TitleRef(kind, id));
        return Map.of("ok", true);
    }

    @Operation(summary = "The signed-in user's ratings", description = "Most recently changed first; paged array.")
    @GetMapping("/api/me/ratings")
    ResponseEntity<List<RatingResponse>> mine(
            @Parameter(hidden = true) CurrentUser user, @ParameterObject PageParams paging) {
        return PagedResponses.ok(ratings.byUser(user.uid(), paging.toRequest()));
    }

    @Operation(
            summary = "A user's ratings",
            description = "The shape and order of /api/me/ratings. A private profile's ratings are its approved"
                    + " followers' to read (403 `private-profile` otherwise); 404 for an unknown handle and for a"
                    + " user who blocks you.")
    @SecurityRequirement(name = "firebase")
    @GetMapping("/api/users/{handle}/ratings")
    ResponseEntity<List<RatingResponse>> ofUser(
            @Parameter(hidden = true) Optional<CurrentUser> viewer,
            @PathVariable String handle,
            @ParameterObject PageParams paging) {
        Member owner = visibility.contentOwner(viewer.map(CurrentUser::uid).orElse(null), handle);
        return PagedResponses.ok(ratings.byUser(owner.uid(), paging.toRequest()));
    }
}
