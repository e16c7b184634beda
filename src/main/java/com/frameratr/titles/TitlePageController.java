package com.frameratr.titles;

import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import com.frameratr.users.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import java.util.Optional;
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
    @GetMapping("/api/{kind:movies|tv}/{id}")
    TitlePageResponse get(
            @Parameter(hidden = true) Optional<CurrentUser> reader,
            @PathVariable TitleKind kind,
            @Parameter(description = "TMDb id", example = "155") @PathVariable @Min(1) int id) {
        return pages.page(new TitleRef(kind, id), reader);
    }
}
