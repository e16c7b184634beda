package com.frameratr.catalog;

import com.frameratr.platform.paging.PageParams;
import com.frameratr.platform.web.PagedResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Catalog: TV shows", description = "TV shows in the local catalog; ids are TMDb ids")
@RestController
@RequestMapping("/api/tv")
class TvShowController {

    private final CatalogService catalog;

    TvShowController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @Operation(
            summary = "List or search TV shows",
            description = "Most popular first. `q` matches a substring of the name or original name,"
                    + " ignoring case and accents. The body is a JSON array; `X-Total-Count` and `Link`"
                    + " (first, prev, next, last) carry the paging.")
    @GetMapping
    ResponseEntity<List<TvShowResponse>> list(
            @Parameter(description = "title substring, 2 to 200 characters", example = "breaking")
                    @RequestParam(required = false)
                    @Size(max = 200)
                    @Nullable
                    String q,
            @Valid @ParameterObject PageParams paging) {
        var shows = catalog.list(TitleKind.TV, q, paging.toRequest());
        return PagedResponses.ok(shows.map(TvShowResponse::from));
    }

    @Operation(
            summary = "One TV show",
            description = "List fields plus `tmdb_rating`, `tmdb_votes`, `genres` and the users' rating"
                    + " summary (`user_rating_count`, `user_rating_avg`, `rating_histogram`).")
    @GetMapping("/{id}")
    TitleDetailResponse<TvShowResponse> get(
            @Parameter(description = "TMDb TV show id", example = "1396") @PathVariable @Min(1) int id) {
        TitleDetail detail = catalog.detail(TitleKind.TV, id);
        return TitleDetailResponse.from(detail, TvShowResponse.from(detail.title()));
    }
}
