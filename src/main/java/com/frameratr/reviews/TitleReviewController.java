package com.frameratr.reviews;

import com.frameratr.catalog.TitleKind;
import com.frameratr.platform.paging.PageParams;
import com.frameratr.platform.web.PagedResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Reviews", description = "Users' reviews of movies and TV shows")
@RestController
class TitleReviewController {

    private final ReviewService reviews;

    TitleReviewController(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Operation(
            summary = "Reviews of a movie",
            description = "Newest first, a JSON array paged by `X-Total-Count` and `Link`. 404 when the movie"
                    + " is not in the catalog.")
    @GetMapping("/api/movies/{id}/reviews")
    ResponseEntity<List<TitleReviewResponse>> movieReviews(
            @Parameter(description = "TMDb movie id", example = "155") @PathVariable @Min(1) int id,
            @Valid @ParameterObject PageParams paging) {
        return PagedResponses.ok(reviews.listForTitle(TitleKind.MOVIE, id, paging.toRequest()));
    }

    @Operation(
            summary = "Reviews of a TV show",
            description = "Newest first, a JSON array paged by `X-Total-Count` and `Link`. 404 when the show"
                    + " is not in the catalog.")
    @GetMapping("/api/tv/{id}/reviews")
    ResponseEntity<List<TitleReviewResponse>> tvReviews(
            @Parameter(description = "TMDb TV show id", example = "1396") @PathVariable @Min(1) int id,
            @Valid @ParameterObject PageParams paging) {
        return PagedResponses.ok(reviews.listForTitle(TitleKind.TV, id, paging.toRequest()));
    }
}
