package com.frameratr.lists;

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

@Tag(name = ListController.TAG, description = ListController.TAG_DESCRIPTION)
@SecurityRequirement(name = "firebase")
@RestController
class ListLikeController {

    private final ListLikeService likes;

    ListLikeController(ListLikeService likes) {
        this.likes = likes;
    }

    @Operation(
            summary = "Like a list",
            description = "A public or unlisted list the caller may read (as `GET /api/lists/{id}`); idempotent,"
                    + " `{\"ok\": true}`. A private list, or one the caller may not read, is the 404 of an unknown"
                    + " id. Counts against `likes_per_minute` (429 with `Retry-After`).")
    @PutMapping("/api/lists/{id}/like")
    Map<String, Boolean> like(@Parameter(hidden = true) CurrentUser user, @PathVariable @Min(1) long id) {
        likes.like(user, id);
        return Map.of("ok", true);
    }

    @Operation(
            summary = "Take back a like of a list",
            description = "Idempotent: `{\"ok\": true}` whether or not there was a like; 404 as for a like.")
    @DeleteMapping("/api/lists/{id}/like")
    Map<String, Boolean> unlike(@Parameter(hidden = true) CurrentUser user, @PathVariable @Min(1) long id) {
        likes.unlike(user, id);
        return Map.of("ok", true);
    }
}
