package com.frameratr.reviews;

import com.frameratr.catalog.TitleKind;
import com.frameratr.platform.paging.PageParams;
import com.frameratr.platform.web.PagedResponses;
import com.frameratr.users.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Others' reviews: a title's and a profile's, readable without a token; a token adds `liked_by_me`. */
@Tag(name = "Reviews", description = "Users' reviews of movies and TV shows")
@SecurityRequirement(name = "firebase")
@RestController
class TitleReviewController {

    private final ReviewService reviews;

    TitleReviewController(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Operation(
            summary = "Reviews of a movie or TV show",
            description = "A JSON array paged by `X-Total-Count` and `Link`: `sort=newest` (the default),"
                    + " `most_liked`, `most_replies`, `highest` or `lowest` (the author's rating; unrated reviews"
                    + " last), ties newest first. Only reviews whose author the caller may see: a private"
                    + " profile's to its approved followers and itself, none across a block. `X-Total-Count`"
                    + " is the title's count of reviews, hidden ones included. Each has `like_count`,"
                    + " `comment_count` and `liked_by_me` (false without a token). 404 when the title is not"
                    + " in the catalog.")
    @GetMapping("/api/{kind:movies|tv}/{id}/reviews")
    ResponseEntity<List<TitleReviewResponse>> list(
            @Parameter(hidden = true) Optional<CurrentUser> viewer,
            @PathVariable TitleKind kind,
            @Parameter(description = "TMDb id", example = "155") @PathVariable @Min(1) int id,
            @Parameter(description = ReviewSort.CODES, example = "most_liked")
                    @RequestParam(defaultValue = "newest")
                    @Pattern(regexp = ReviewSort.CODES, message = ReviewSort.MESSAGE)
                    String sort,
            @ParameterObject PageParams paging) {
        return PagedResponses.ok(reviews.listForTitle(
                kind, id, ReviewSort.ofCode(sort), viewer.map(CurrentUser::uid).orElse(null), paging.toRequest()));
    }

    @Operation(
            summary = "A user's reviews",
            description = "Newest first, the shape of `/api/me/reviews` without the uid, plus `rating`,"
                    + " `like_count`, `comment_count` and `liked_by_me` (false without a token). Paged array."
                    + " 404 for an unknown handle or a user who blocks the caller; 403 `private-profile` for a"
                    + " private profile the caller does not follow (approved).")
    @GetMapping("/api/users/{handle}/reviews")
    ResponseEntity<List<UserReviewResponse>> ofUser(
            @Parameter(hidden = true) Optional<CurrentUser> viewer,
            @Parameter(example = "ada_l") @PathVariable String handle,
            @ParameterObject PageParams paging) {
        return PagedResponses.ok(
                reviews.listForUser(handle, viewer.map(CurrentUser::uid).orElse(null), paging.toRequest()));
    }
}
