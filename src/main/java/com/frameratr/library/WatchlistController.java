package com.frameratr.library;

import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import com.frameratr.platform.paging.PageParams;
import com.frameratr.platform.web.PagedResponses;
import com.frameratr.users.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Watchlist", description = "What the signed-in user means to watch, movies and TV shows; ids are TMDb ids")
@SecurityRequirement(name = "firebase")
@RestController
@RequestMapping("/api/watchlist")
class WatchlistController {

    private final ShelfService shelves;

    WatchlistController(ShelfService shelves) {
        this.shelves = shelves;
    }

    @Operation(
            summary = "The watchlist's movies or TV shows",
            description = "Catalog fields plus `added_at`; `sort=added` (default, newest first), `release` (newest"
                    + " release first, unknown dates last), `popularity` (most popular first) or `title` (A to Z);"
                    + " paged array. A cursor walk (`cursor`) is for `sort=added`; the other sorts page by number"
                    + " (the watchlist's limit keeps them within reach).")
    @GetMapping("/{kind:movies|tv}")
    ResponseEntity<List<WatchlistResponse>> list(
            @Parameter(hidden = true) CurrentUser user,
            @PathVariable TitleKind kind,
            @Parameter(
                            description = "added | release | popularity | title",
                            schema = @Schema(allowableValues = {"added", "release", "popularity", "title"}))
                    @RequestParam(required = false)
                    @Size(max = 20)
                    @Nullable
                    String sort,
            @ParameterObject PageParams paging) {
        return PagedResponses.ok(shelves.list(Shelf.WATCHLIST, user, kind, ShelfSort.parse(sort), paging.toRequest())
                .map(WatchlistResponse::from));
    }

    @Operation(
            summary = "Add to the watchlist",
            description =
                    "Idempotent; imports the title from TMDb if needed. Logging a viewing takes the title off"
                            + " again (unless the entry says `keep_in_watchlist`). 409 `limit-exceeded` past `watchlist_titles`.")
    @PostMapping("/{kind:movies|tv}/{id}")
    Map<String, Boolean> add(
            @Parameter(hidden = true) CurrentUser user, @PathVariable TitleKind kind, @PathVariable @Min(1) int id) {
        shelves.add(Shelf.WATCHLIST, user, new TitleRef(kind, id));
        return Map.of("ok", true);
    }

    @Operation(summary = "Remove from the watchlist", description = "Idempotent.")
    @DeleteMapping("/{kind:movies|tv}/{id}")
    Map<String, Boolean> remove(
            @Parameter(hidden = true) CurrentUser user, @PathVariable TitleKind kind, @PathVariable @Min(1) int id) {
        shelves.remove(Shelf.WATCHLIST, user, new TitleRef(kind, id));
        return Map.of("ok", true);
    }
}
