package com.frameratr.reviews;

import com.frameratr.catalog.TitleKind;
import com.frameratr.platform.paging.PageParams;
import com.frameratr.platform.web.PagedResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
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
            summary = "Reviews of a movie or TV show",
            description = "Newest first, a JSON array paged by `X-Total-Count` and `Link`. 404 when the title"
                    + " is not in the catalog.")
    @GetMapping("/api/{kind:movies|tv}/{id}/reviews")
    ResponseEntity<List<TitleReviewResponse>> list(
            @PathVariable TitleKind kind,
            @Parameter(description = "TMDb id", example = "155") @PathVariable @Min(1) int id,
            @ParameterObject PageParams paging) {
        return PagedResponses.ok(reviews.listForTitle(kind, id, paging.toRequest()));
    }
}
