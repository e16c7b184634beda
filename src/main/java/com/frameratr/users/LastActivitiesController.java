package com.frameratr.users;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Me", description = "The signed-in user's profile")
@SecurityRequirement(name = "firebase")
@RestController
class LastActivitiesController {

    private final LastActivitiesRepository activities;

    LastActivitiesController(LastActivitiesRepository activities) {
        this.activities = activities;
    }

    /** When each collection last changed; null: never. */
    record LastActivities(
            @Schema(example = "2026-11-30T20:14:03.118Z") @Nullable
            OffsetDateTime ratingsAt,

            @Nullable OffsetDateTime reviewsAt,
            @Nullable OffsetDateTime favoritesAt,
            @Nullable OffsetDateTime watchlistAt,
            @Nullable OffsetDateTime diaryAt,
            @Nullable OffsetDateTime listsAt) {}

    @Operation(
            summary = "When each of my collections last changed",
            description = "`ratings_at`, `reviews_at`, `favorites_at`, `watchlist_at`, `diary_at`, `lists_at`: the"
                    + " time of the last change there, removals included (null: never). A client that stored the"
                    + " previous answer fetches only the collections whose time moved. Kept by triggers, so every"
                    + " writer (including imports) moves them.")
    @GetMapping("/api/me/last-activities")
    LastActivities lastActivities(@Parameter(hidden = true) CurrentUser user) {
        return activities.of(user.uid());
    }
}
