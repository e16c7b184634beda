package com.frameratr.reviews;

import com.frameratr.catalog.TitleInBody;
import com.frameratr.catalog.TitleRef;
import com.frameratr.platform.paging.PageParams;
import com.frameratr.platform.web.PagedResponses;
import com.frameratr.platform.web.VisibleText;
import com.frameratr.users.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
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

@Tag(name = "Reviews", description = "Users' reviews of movies and TV shows")
@SecurityRequirement(name = "firebase")
@RestController
class ReviewController {

    static final int MAX_BODY = 10_000;

    private final ReviewWriteService reviews;

    ReviewController(ReviewWriteService reviews) {
        this.reviews = reviews;
    }

    record WriteReviewRequest(
            @Schema(example = "155") @Nullable Integer movieId,

            @Schema(description = "instead of movie_id, for a TV show") @Nullable
            Integer tvId,

            @Schema(example = "Ledger's Joker carries the film.") @NotNull @Size(min = 1, max = MAX_BODY) @VisibleText
            String body,

            @Schema(example = "false") @Nullable Boolean spoiler)
            implements TitleInBody {}

    record EditReviewRequest(
            @NotNull @Size(min = 1, max = MAX_BODY) @VisibleText
            String body,

            @Nullable Boolean spoiler) {}

    @Operation(
            summary = "Write a review (first version's form)",
            description = "One review per user and title: a second call replaces the first. A title not yet in the"
                    + " catalog is imported from TMDb first.")
    @PostMapping("/api/reviews")
    ReviewResponse write(@Parameter(hidden = true) CurrentUser user, @Valid @RequestBody WriteReviewRequest request) {
        TitleRef title = request.title();
        return ReviewResponse.from(reviews.write(user, title, request.body(), Boolean.TRUE.equals(request.spoiler())));
    }

    @Operation(summary = "Edit one's review", description = "Only the author; anyone else gets 404.")
    @PutMapping("/api/reviews/{id}")
    ReviewResponse edit(
            @Parameter(hidden = true) CurrentUser user,
            @PathVariable @Min(1) long id,
            @Valid @RequestBody EditReviewRequest request) {
        return ReviewResponse.from(reviews.update(user, id, request.body(), request.spoiler()));
    }

    @Operation(summary = "Delete one's review", description = "Only the author; anyone else gets 404.")
    @DeleteMapping("/api/reviews/{id}")
    Map<String, Boolean> delete(@Parameter(hidden = true) CurrentUser user, @PathVariable @Min(1) long id) {
        reviews.delete(user, id);
        return Map.of("ok", true);
    }

    @Operation(
            summary = "The signed-in user's reviews",
            description =
                    "Newest first; paged array. Each review also carries its title's name (`movie_title` or"
                            + " `tv_title`), `poster_path` and the body as `comment_text`, as the first version's profile read.")
    @GetMapping("/api/me/reviews")
    ResponseEntity<List<MyReviewResponse>> mine(
            @Parameter(hidden = true) CurrentUser user, @ParameterObject PageParams paging) {
        return PagedResponses.ok(reviews.mine(user, paging.toRequest()));
    }
}
