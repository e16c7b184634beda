package com.frameratr.comments;

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
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Comments", description = "Conversations under reviews and lists, and reports")
@SecurityRequirement(name = "firebase")
@RestController
class CommentController {

    static final int MAX_BODY = 2_000;

    private static final String READ = "Thread after thread, oldest first: each top-level comment is followed by its"
            + " replies (oldest first), so a reply's `parent_id` is always on this page or an earlier one. Comments by"
            + " someone the caller blocks, or who blocks the caller, are left out. Paged by `cursor` only (`Link`"
            + " rel=\"next\"); `X-Total-Count` is the target's `comment_count`, comments left out included. No token"
            + " needed.";

    private static final String POST = "`{body, parent_id?}`, body 1 to 2000 characters (trimmed, not blank); 201"
            + " with the comment. One level of replies: a reply to a reply attaches to its top-level comment; a"
            + " `parent_id` not under the same target is a 404. Counts against `comments_per_minute` (429 with"
            + " `Retry-After`).";

    private final CommentService comments;

    CommentController(CommentService comments) {
        this.comments = comments;
    }

    record PostCommentRequest(
            @Schema(example = "The interrogation scene, though.") @NotNull @Size(min = 1, max = MAX_BODY) @VisibleText
            String body,

            @Schema(example = "null", description = "the comment replied to") @Nullable @Min(1)
            Long parentId) {}

    record EditCommentRequest(
            @Schema(example = "The interrogation scene.") @NotNull @Size(min = 1, max = MAX_BODY) @VisibleText
            String body) {}

    @Operation(
            summary = "Comments under a review",
            description = READ + " A review whose author the caller may not see is the 404 of an unknown id.")
    @GetMapping("/api/reviews/{id}/comments")
    ResponseEntity<List<CommentResponse>> ofReview(
            @Parameter(hidden = true) Optional<CurrentUser> viewer,
            @PathVariable @Min(1) long id,
            @ParameterObject PageParams paging) {
        return PagedResponses.ok(comments.list(
                CommentTarget.REVIEW,
                id,
                viewer.map(CurrentUser::uid).orElse(null),
                paging.toCursorRequest("the comments")));
    }

    @Operation(
            summary = "Comment under a review",
            description = POST + " A review whose author the caller may not see is the 404 of an unknown id.")
    @PostMapping("/api/reviews/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    CommentResponse onReview(
            @Parameter(hidden = true) CurrentUser user,
            @PathVariable @Min(1) long id,
            @Valid @RequestBody PostCommentRequest request) {
        return comments.post(user, CommentTarget.REVIEW, id, request.body(), request.parentId());
    }

    @Operation(
            summary = "Comments under a list",
            description = READ + " Public and unlisted lists the caller may read (as `GET /api/lists/{id}`);"
                    + " anything else is the 404 of an unknown id.")
    @GetMapping("/api/lists/{id}/comments")
    ResponseEntity<List<CommentResponse>> ofList(
            @Parameter(hidden = true) Optional<CurrentUser> viewer,
            @PathVariable @Min(1) long id,
            @ParameterObject PageParams paging) {
        return PagedResponses.ok(comments.list(
                CommentTarget.LIST,
                id,
                viewer.map(CurrentUser::uid).orElse(null),
                paging.toCursorRequest("the comments")));
    }

    @Operation(
            summary = "Comment under a list",
            description = POST + " Public and unlisted lists the caller may read; anything else is the 404 of an"
                    + " unknown id.")
    @PostMapping("/api/lists/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    CommentResponse onList(
            @Parameter(hidden = true) CurrentUser user,
            @PathVariable @Min(1) long id,
            @Valid @RequestBody PostCommentRequest request) {
        return comments.post(user, CommentTarget.LIST, id, request.body(), request.parentId());
    }

    @Operation(summary = "Edit one's comment", description = "`{body}`; only the author, anyone else gets 404.")
    @PatchMapping("/api/comments/{id}")
    CommentResponse edit(
            @Parameter(hidden = true) CurrentUser user,
            @PathVariable @Min(1) long id,
            @Valid @RequestBody EditCommentRequest request) {
        return comments.edit(user, id, request.body());
    }

    @Operation(
            summary = "Delete a comment",
            description = "Its author, or the author of the review or the owner of the list it is under; anyone else"
                    + " gets 404. A top-level comment's replies go with it. `{\"ok\": true}`.")
    @DeleteMapping("/api/comments/{id}")
    Map<String, Boolean> delete(@Parameter(hidden = true) CurrentUser user, @PathVariable @Min(1) long id) {
        comments.delete(user, id);
        return Map.of("ok", true);
    }
}
