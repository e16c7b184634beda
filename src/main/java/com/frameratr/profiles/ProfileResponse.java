package com.frameratr.profiles;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.frameratr.catalog.TitleCard;
import com.frameratr.social.FollowStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A user's profile page. To a viewer who may not see the content (a private profile, not followed;
 * or a user the viewer blocks) only the card: handle, display name, photo, privacy, the follower
 * counts and the viewer's {@code follow_status}; the content fields are then absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ProfileResponse(
        @Schema(example = "ada_l") String handle,
        @Schema(example = "Ada L.") @Nullable String displayName,

        @Schema(example = "Mostly noir and Ghibli.") @Nullable
        String bio,

        @Nullable String photoUrl,

        @Schema(example = "public", description = "public | private")
        String privacy,

        Counts counts,

        @Schema(
                description =
                        "the viewer's standing: none | requested | following; only with a token, not on one's own")
        @Nullable
        FollowStatus followStatus,

        @Schema(description = "true when the viewer blocks this user (their content is then hidden)") @Nullable
        Boolean blockedByMe,

        @Schema(description = "the four most recent favorites, movies and TV shows") @Nullable
        List<TitleCard> favorites,

        @Schema(description = "the last five viewings, newest first") @Nullable
        List<RecentViewing> recentDiary,

        @Schema(description = "the user's current ratings per value, 0.5 first (20 buckets)") @Nullable
        List<Integer> ratingHistogram) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Counts(
            @Schema(description = "different titles in the diary") @Nullable
            Integer films,

            @Schema(description = "different titles logged this year (UTC)") @Nullable
            Integer filmsThisYear,

            @Nullable Long reviews,

            @Schema(description = "lists on the profile: all to the owner, public ones to others") @Nullable
            Long lists,

            long followers,
            long following) {}

    record RecentViewing(
            @Schema(example = "4711") long id,

            @Schema(example = "155", description = "set for a movie") @Nullable
            Integer movieId,

            @Schema(description = "set for a TV show") @Nullable
            Integer tvId,

            @Nullable TitleCard title,
            LocalDate watchedOn,
            boolean rewatch,
            @Nullable BigDecimal ratingVal,
            boolean liked) {}
}
