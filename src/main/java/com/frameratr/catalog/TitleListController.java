package com.frameratr.catalog;

import com.frameratr.platform.paging.PageParams;
import com.frameratr.platform.paging.PageRequest;
import com.frameratr.platform.web.PagedResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Catalog", description = "Movies and TV shows in the local catalog; ids are TMDb ids")
@RestController
class TitleListController {

    private final CatalogService catalog;
    private final FirstPageCache firstPages;

    TitleListController(CatalogService catalog, FirstPageCache firstPages) {
        this.catalog = catalog;
        this.firstPages = firstPages;
    }

    @Operation(
            summary = "List or search movies or TV shows",
            description = "Most popular first. `q` matches a substring of the title (a TV show's name) or the"
                    + " original title, ignoring case and accents. The body is a JSON array of movies (`title`,"
                    + " `release_date`, `original_title`) or TV shows (`name`, `first_air_date`, `original_name`,"
                    + " seasons and episodes); `X-Total-Count` and `Link` (first, prev, next, last) carry the paging.")
    @ApiResponse(
            responseCode = "200",
            description = "the page; the first page of popular titles (no query string, or only `limit`) may be"
                    + " up to a second old (API.md, \"Title page freshness\")",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = TitleCard.class))))
    @GetMapping("/api/{kind:movies|tv}")
    ResponseEntity<?> list(
            @PathVariable TitleKind kind,
            @Parameter(description = "title substring, 2 to 200 characters", example = "dark knight")
                    @RequestParam(required = false)
                    @Size(max = 200)
                    @Nullable
                    String q,
            @ParameterObject PageParams paging,
            HttpServletRequest request) {
        PageRequest page = paging.toRequest();
        if (FirstPageCache.cacheable(request.getQueryString())) {
            FirstPageCache.Entry entry = firstPages.get(kind, request.getQueryString(), () -> listed(kind, null, page));
            ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                    .header("X-Total-Count", entry.totalCount())
                    .eTag(entry.etag())
                    .contentType(MediaType.APPLICATION_JSON);
            if (entry.link() != null) {
                response.header(HttpHeaders.LINK, entry.link());
            }
            return response.body(entry.json());
        }
        return listed(kind, q, page);
    }

    private ResponseEntity<List<TitleCard>> listed(TitleKind kind, @Nullable String q, PageRequest page) {
        return PagedResponses.ok(catalog.list(kind, q, page).map(TitleCard::from));
    }
}
