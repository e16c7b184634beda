package com.frameratr.users;

import com.frameratr.platform.limits.UserLimit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Me", description = "The signed-in user's profile")
@SecurityRequirement(name = "firebase")
@RestController
class LimitsController {

    private final Map<String, Integer> stored;
    private final WriteLimitProperties rates;

    LimitsController(ObjectProvider<UserLimit> limits, WriteLimitProperties rates) {
        this.stored = new TreeMap<>();
        limits.stream().sorted(Comparator.comparing(UserLimit::name)).forEach(limit -> {
            if (stored.put(limit.name(), limit.max()) != null) {
                throw new IllegalStateException("Two limits are named " + limit.name());
            }
        });
        this.rates = rates;
    }

    record LimitsResponse(
            @Schema(
                    description = "the most a user may store of each thing; one more is a 409 `limit-exceeded`"
                            + " problem naming the limit (`import_file_bytes`: a larger upload is a 413,"
                            + " `import_rows`: an upload with more rows is a 413)",
                    example = "{\"diary_entries_per_day\": 50, \"entries_per_list\": 5000, \"lists_per_user\": 100,"
                            + " \"watchlist_titles\": 10000}")
            Map<String, Integer> stored,

            @Schema(example = "60", description = "sustained writes per minute; more are 429 with Retry-After")
            int writesPerMinute,

            @Schema(example = "30", description = "writes a user may make at once")
            int writeBurst,

            @Schema(
                    example = "60",
                    description = "likes and unlikes (reviews and lists) per minute, also at once; more are 429 with"
                            + " Retry-After")
            int likesPerMinute,

            @Schema(example = "10", description = "comments and replies posted per minute, also at once; more are 429")
            int commentsPerMinute,

            @Schema(
                    example = "2",
                    description = "exports (`GET /api/me/export`) started per minute, also at once; more are 429")
            int exportsPerMinute,

            @Schema(
                    example = "2",
                    description = "imports uploaded (`POST /api/imports`) per minute, also at once; more are 429")
            int importsPerMinute) {}

    @Operation(
            summary = "The signed-in user's limits",
            description = "What a user may store (lists, list entries, watchlist titles, diary entries per day)"
                    + " and how fast they may write, like and comment. The same for every user.")
    @GetMapping("/api/me/limits")
    LimitsResponse limits(@Parameter(hidden = true) CurrentUser user) {
        return new LimitsResponse(
                stored,
                rates.writesPerMinute(),
                rates.writeBurst(),
                rates.likesPerMinute(),
                rates.commentsPerMinute(),
                rates.exportsPerMinute(),
                rates.importsPerMinute());
    }
}
