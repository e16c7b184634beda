package com.frameratr.reviews;

import com.frameratr.catalog.TitleCard;
import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A review on its author's profile ({@code /api/users/{handle}/reviews}): the fields of
 * {@code /api/me/reviews} without the Firebase uid, plus the author's rating and the counters.
 */
record UserReviewResponse(
        @Schema(example = "42") long id,
        @Schema(example = "movie") String kind,
        @Schema(example = "155") @Nullable Integer movieId,
        @Schema(example = "null") @Nullable Integer tvId,

        @Schema(example = "Ledger's Joker carries the film.")
        String body,

        @Schema(example = "false") boolean spoiler,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(example = "The Dark Knight") @Nullable String movieTitle,
        @Schema(example = "null") @Nullable String tvTitle,

        @Schema(example = "/qJ2tW6WMUDux911r6m7haRef0WH.jpg") @Nullable
        String posterPath,

        @Schema(example = "9.5", description = "the author's rating of the title, null if none") @Nullable
        BigDecimal rating,

        @Schema(example = "12") int likeCount,
        @Schema(example = "3") int commentCount,

        @Schema(example = "false", description = "whether the caller likes it; false without a token")
        boolean likedByMe) {

    static UserReviewResponse of(Review review, Map<TitleRef, TitleCard> titles, Set<Long> liked) {
        boolean movie = review.kind() == TitleKind.MOVIE;
        TitleCard title = titles.get(review.title());
        String name = title == null ? null : title.displayTitle();
        return new UserReviewResponse(
                review.id(),
                review.kind().code(),
                movie ? review.titleId() : null,
                movie ? null : review.titleId(),
                review.body(),
                review.spoiler(),
                review.createdAt(),
                review.updatedAt(),
                movie ? name : null,
                movie ? null : name,
                title == null ? null : title.posterPath(),
                review.authorRating(),
                review.likeCount(),
                review.commentCount(),
                liked.contains(review.id()));
    }
}
