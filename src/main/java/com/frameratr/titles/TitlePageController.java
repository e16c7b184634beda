package com.frameratr.titles;

import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
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
                    + " summary (`user_rating_count`, `user_rating_avg`, `rating_histogram`). 404 when the title"
                    + " is not in the catalog.")
    @GetMapping("/api/{kind:movies|tv}/{id}")
    TitlePageResponse get(
            @PathVariable TitleKind kind,
            @Parameter(description = "TMDb id", example = "155") @PathVariable @Min(1) int id) {
        return pages.page(new TitleRef(kind, id));
    }
}
