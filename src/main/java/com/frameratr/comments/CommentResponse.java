package com.frameratr.comments;

import com.frameratr.users.Member;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A comment as everyone sees it: its author by public handle (never the uid), and its replies' count. */
record CommentResponse(
        @Schema(example = "301") long id,
        AuthorResponse author,

        @Schema(example = "The interrogation scene, though.")
        String body,

        @Schema(example = "null", description = "the top-level comment this replies to; null for a top-level one")
        @Nullable
        Long parentId,

        @Schema(example = "2026-11-20T18:03:11.512Z") OffsetDateTime createdAt,
        @Schema(example = "2026-11-20T18:03:11.512Z") OffsetDateTime updatedAt,

        @Schema(example = "2", description = "replies to a top-level comment; null for a reply") @Nullable
        Integer replyCount) {

    static CommentResponse of(Comment comment, @Nullable Member author) {
        return new CommentResponse(
                comment.id(),
                author == null
                        ? new AuthorResponse("deleted", null, null)
                        : new AuthorResponse(author.handle(), author.displayName(), author.photoUrl()),
                comment.body(),
                comment.parentId(),
                comment.createdAt(),
                comment.updatedAt(),
                comment.parentId() == null ? comment.replyCount() : null);
    }

    record AuthorResponse(
            @Schema(example = "ada_l") String handle,
            @Schema(example = "Ada L.") @Nullable String displayName,

            @Schema(example = "https://example.com/ada.jpg") @Nullable
            String photoUrl) {}
}
