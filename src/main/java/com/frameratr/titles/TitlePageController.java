package com.frameratr.titles;

import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import com.frameratr.users.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Catalog", description = "Movies and TV shows in the local catalog; ids are TMDb ids")
@RestController
class TitlePageController {

    private final TitlePageService pages;

    TitlePageController(TitlePageService pages) {
        this.pages = pages;
    }

    @Operation(
            summary = "One movie or TV show",
            description = "List fields plus `tmdb_rating`, `tmdb_votes`, `genres` and the users' rating"
                    + " summary (`user_rating_count`, `user_rating_avg`, `rating_histogram`), the community counts"
                    + " `watch_count` (viewings logged), `fan_count` (favorites) and `list_count` (public lists), and, when a valid Bearer token is"
                    + " sent, `viewer`: the reader's `rating_val`, `in_watchlist`, `favorited`, `watch_count`,"
                    + " `last_watched_on` and `review_id`. 404 when the title is not in the catalog.")
    @ApiResponse(
            responseCode = "200",
            description = "the title page; without a token it may be up to a second old (API.md, \"Title page\")",
            content = @Content(schema = @Schema(implementation = TitlePageResponse.class)))
    @GetMapping("/api/{kind:movies|tv}/{id}")
    ResponseEntity<?> get(
            @Parameter(hidden = true) Optional<CurrentUser> reader,
            @PathVariable TitleKind kind,
            @Parameter(description = "TMDb id", example = "155") @PathVariable @Min(1) int id) {
        TitleRef title = new TitleRef(kind, id);
        if (reader.isPresent()) {
            return ResponseEntity.ok(pages.page(title, reader.get()));
        }
        // the JSON and tag written once per cached page: StrongETagFilter compares the tag
        TitlePageCache.Page page = pages.publicPage(title);
        return ResponseEntity.ok()
                .eTag(page.etag())
                .contentType(MediaType.APPLICATION_JSON)
                .body(page.json());
    }
}
