package com.frameratr.catalog;

import com.frameratr.platform.paging.PageParams;
import com.frameratr.platform.web.PagedResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Catalog", description = "Movies and TV shows in the local catalog; ids are TMDb ids")
@RestController
class TitleListController {

    private final CatalogService catalog;

    TitleListController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @Operation(
            summary = "List or search movies or TV shows",
            description = "Most popular first. `q` matches a substring of the title (a TV show's name) or the"
                    + " original title, ignoring case and accents. The body is a JSON array of movies (`title`,"
                    + " `release_date`, `original_title`) or TV shows (`name`, `first_air_date`, `original_name`,"
                    + " seasons and episodes); `X-Total-Count` and `Link` (first, prev, next, last) carry the paging.")
    @GetMapping("/api/{kind:movies|tv}")
    ResponseEntity<List<TitleCard>> list(
            @PathVariable TitleKind kind,
            @Parameter(description = "title substring, 2 to 200 characters", example = "dark knight")
                    @RequestParam(required = false)
                    @Size(max = 200)
                    @Nullable
                    String q,
            @ParameterObject PageParams paging) {
        return PagedResponses.ok(catalog.list(kind, q, paging.toRequest()).map(TitleCard::from));
    }
}
