package com.frameratr.reviews;

import com.frameratr.users.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import java.util.Map;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Reviews", description = "Users' reviews of movies and TV shows")
@SecurityRequirement(name = "firebase")
@RestController
class ReviewLikeController {

    private final ReviewLikeService likes;

    ReviewLikeController(ReviewLikeService likes) {
        this.likes = likes;
    }

    @Operation(
            summary = "Like a review",
            description = "Idempotent: `{\"ok\": true}` whether or not the caller liked it already. A review whose"
                    + " author the caller may not see (a private profile they do not follow, a block either way)"
                    + " is the 404 of an unknown id. Counts against `likes_per_minute` (429 with `Retry-After`).")
    @PutMapping("/api/reviews/{id}/like")
    Map<String, Boolean> like(@Parameter(hidden = true) CurrentUser user, @PathVariable @Min(1) long id) {
        likes.like(user, id);
        return Map.of("ok", true);
    }

    @Operation(
            summary = "Take back a like of a review",
            description = "Idempotent: `{\"ok\": true}` whether or not there was a like; 404 as for a like.")
    @DeleteMapping("/api/reviews/{id}/like")
    Map<String, Boolean> unlike(@Parameter(hidden = true) CurrentUser user, @PathVariable @Min(1) long id) {
        likes.unlike(user, id);
        return Map.of("ok", true);
    }
}
