package com.frameratr.diary;

import com.frameratr.catalog.TitleInBody;
import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import com.frameratr.platform.paging.PageParams;
import com.frameratr.platform.paging.PageRequest;
import com.frameratr.platform.problems.InvalidInputException;
import com.frameratr.platform.web.PagedResponses;
import com.frameratr.platform.web.VisibleText;
import com.frameratr.reviews.Reviews;
import com.frameratr.social.Visibility;
import com.frameratr.users.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Diary", description = "The signed-in user's log of viewings, one entry per viewing")
@SecurityRequirement(name = "firebase")
@RestController
class DiaryController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final DiaryService diary;
    private final DiaryPages pages;
    private final DiaryStats stats;

    private final Visibility visibility;

    DiaryController(DiaryService diary, DiaryPages pages, DiaryStats stats, Visibility visibility) {
        this.diary = diary;
        this.pages = pages;
        this.stats = stats;
        this.visibility = visibility;
    }

    record LogViewingRequest(
            @Schema(example = "155") @Nullable Integer movieId,

            @Schema(description = "instead of movie_id, for a TV show") @Nullable
            Integer tvId,

            @Schema(example = "2026-11-30", description = "default today (UTC); 1870-01-01 to tomorrow") @Nullable
            LocalDate watchedOn,

            @Schema(example = "9.0", description = "0.5 to 10 in steps of 0.5; also becomes the current rating")
            @Nullable
            BigDecimal ratingVal,

            @Schema(example = "Better on the big screen.", description = "creates or replaces the user's review")
            @Size(min = 1, max = Reviews.MAX_BODY)
            @VisibleText
            @Nullable
            String review,

            @Schema(example = "false", description = "the review reveals the plot") @Nullable
            Boolean spoiler,

            @Schema(example = "true", description = "also adds the title to favorites") @Nullable
            Boolean liked,

            @Schema(example = "false", description = "default: whether the title was logged on or before that date")
            @Nullable
            Boolean rewatch,

            @Schema(
                    example = "[\"cinema\"]",
                    description = "at most 20, each 1 to 50 characters; stored trimmed, lower case")
            @Nullable
            List<@Nullable String> tags,

            @Schema(example = "false", description = "true keeps the title on the watchlist") @Nullable
            Boolean keepInWatchlist)
            implements TitleInBody {

        LogViewing toViewing() {
            return new LogViewing(
                    title(),
                    watchedOn,
                    ratingVal,
                    review,
                    Boolean.TRUE.equals(spoiler),
                    Boolean.TRUE.equals(liked),
                    rewatch,
                    DiaryTags.normalise(tags),
                    Boolean.TRUE.equals(keepInWatchlist));
        }
    }

    record ChangeViewingRequest(
            @Schema(example = "2026-11-29") @Nullable LocalDate watchedOn,
            @Schema(example = "8.5") @Nullable BigDecimal ratingVal,

            @Schema(example = "Even better the second time.")
            @Size(min = 1, max = Reviews.MAX_BODY)
            @VisibleText
            @Nullable
            String review,

            @Schema(example = "false", description = "with review") @Nullable
            Boolean spoiler,

            @Schema(example = "true") @Nullable Boolean liked,
            @Schema(example = "true") @Nullable Boolean rewatch,

            @Schema(example = "[\"cinema\", \"70mm\"]", description = "replaces the tags") @Nullable
            List<@Nullable String> tags) {

        ChangeViewing toChanges() {
            return new ChangeViewing(
                    watchedOn,
                    ratingVal,
                    review,
                    spoiler,
                    liked,
                    rewatch,
                    tags == null ? null : DiaryTags.normalise(tags));
        }
    }

    @Operation(
            summary = "Log a viewing",
            description = "201 with the entry. A `rating_val` also becomes the current rating, a `review` creates or"
                    + " replaces the user's review, `liked` adds the title to favorites, and the title leaves the"
                    + " watchlist unless `keep_in_watchlist`. An unknown TMDb id is imported first. With an"
                    + " `Idempotency-Key` header (1 to 255 characters), a retry of the same request within 24 hours"
                    + " gets the first answer again (header `Idempotency-Replayed: true`) and logs nothing; a"
                    + " different request with a used key is a 409 `idempotency-key-reused`. More than"
                    + " `diary_entries_per_day` entries on one date is a 409 `limit-exceeded`.",
            responses =
                    @ApiResponse(
                            responseCode = "201",
                            description = "the entry",
                            content = @Content(schema = @Schema(implementation = DiaryEntryResponse.class))))
    @PostMapping(value = "/api/diary", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> log(
            @Parameter(hidden = true) CurrentUser user,
            @Parameter(description = "any client string, 1 to 255 characters, to make retries safe")
                    @RequestHeader(name = IDEMPOTENCY_KEY, required = false)
                    @Size(min = 1, max = 255)
                    @Nullable
                    String idempotencyKey,
            @Valid @RequestBody LogViewingRequest request) {
        DiaryService.Answer answer = diary.log(user, request.toViewing(), idempotencyKey);
        return ResponseEntity.status(answer.status())
                .contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Replayed", Boolean.toString(answer.replayed()))
                .body(answer.body());
    }

    @Operation(
            summary = "My diary, or a user's",
            description = "Newest viewing first (`watched_on`, then `id`, descending); filters `year` (with `month`),"
                    + " `movie_id` or `tv_id`, `tag`. Keyset-paged: follow the `cursor` of `Link: rel=\"next\"`;"
                    + " `X-Total-Count` counts the filtered entries. `/api/users/{handle}/diary` is the same for"
                    + " another user: a private profile's diary is its approved followers' to read (403"
                    + " `private-profile` otherwise); 404 for an unknown handle and for a user who blocks you.")
    @GetMapping({"/api/me/diary", "/api/users/{handle}/diary"})
    ResponseEntity<List<DiaryEntryResponse>> diaryOf(
            @Parameter(hidden = true) Optional<CurrentUser> viewer,
            @Parameter(description = "the user's handle (absent: mine)") @PathVariable(required = false) @Nullable
                    String handle,
            @Parameter(example = "2026") @RequestParam(required = false) @Min(1870) @Max(2100) @Nullable Integer year,
            @Parameter(example = "11") @RequestParam(required = false) @Min(1) @Max(12) @Nullable Integer month,
            @Parameter(name = "movie_id", example = "155")
                    @RequestParam(name = "movie_id", required = false)
                    @Min(1)
                    @Nullable
                    Integer movieId,
            @Parameter(name = "tv_id") @RequestParam(name = "tv_id", required = false) @Min(1) @Nullable Integer tvId,
            @Parameter(example = "cinema") @RequestParam(required = false) @Size(max = 200) @Nullable String tag,
            @ParameterObject PageParams paging) {
        PageRequest page = paging.toCursorRequest("the diary");
        if (movieId != null && tvId != null) {
            throw new InvalidInputException("movie_id", "give movie_id or tv_id, not both");
        }
        TitleRef title = movieId != null
                ? new TitleRef(TitleKind.MOVIE, movieId)
                : tvId != null ? new TitleRef(TitleKind.TV, tvId) : null;
        LocalDate[] period = DiaryQuery.period(year, month);
        String cursor = page.after();
        DiaryQuery.After after = cursor == null ? null : DiaryQuery.After.decode(cursor);
        // /api/me/diary is for signed-in users only (SecurityConfig), so a viewer is there
        String uid = handle == null
                ? viewer.orElseThrow().uid()
                : visibility
                        .contentOwner(viewer.map(CurrentUser::uid).orElse(null), handle)
                        .uid();
        DiaryQuery query = new DiaryQuery(
                uid, title, tag == null ? null : DiaryTags.normalise(tag, "tag"), period[0], period[1], after);
        return PagedResponses.ok(pages.page(query, page));
    }

    @Operation(
            summary = "My statistics",
            description =
                    "For `year` (1870 to 2100), or the whole diary when absent: distinct films and shows, viewings,"
                            + " rewatches, hours (runtime sum), viewings by month and weekday, top genres, the rating"
                            + " histogram and average, and the titles logged most often.")
    @GetMapping("/api/me/stats")
    StatsResponse stats(
            @Parameter(hidden = true) CurrentUser user,
            @Parameter(example = "2026") @RequestParam(required = false) @Min(1870) @Max(2100) @Nullable Integer year) {
        return stats.of(user.uid(), year);
    }

    @Operation(
            summary = "Change a diary entry",
            description = "Any of the fields; absent ones stay. A `rating_val` or `review` also becomes the current"
                    + " one; `liked: true` adds the title to favorites. Only the author; anyone else gets 404.")
    @PatchMapping("/api/diary/{id}")
    DiaryEntryResponse change(
            @Parameter(hidden = true) CurrentUser user,
            @PathVariable @Min(1) long id,
            @Valid @RequestBody ChangeViewingRequest request) {
        return diary.change(user, id, request.toChanges());
    }

    @Operation(
            summary = "Delete a diary entry",
            description = "Only the author; anyone else gets 404. The rating and review stay.")
    @DeleteMapping("/api/diary/{id}")
    Map<String, Boolean> delete(@Parameter(hidden = true) CurrentUser user, @PathVariable @Min(1) long id) {
        diary.delete(user, id);
        return Map.of("ok", true);
    }
}
