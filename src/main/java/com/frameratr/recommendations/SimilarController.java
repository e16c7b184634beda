package com.frameratr.recommendations;

import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import com.frameratr.platform.web.ClientKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Catalog", description = "Movies and TV shows in the local catalog; ids are TMDb ids")
@RestController
class SimilarController {

    private final SimilarService similar;

    SimilarController(SimilarService similar) {
        this.similar = similar;
    }

    @Operation(
            summary = "Titles similar to a movie or TV show",
            description =
                    "By FrameRatr's own users (`source: frameratr`: titles the same people liked, as catalog"
                            + " cards), else TMDb's similar titles (`source: tmdb`, TMDb's results; a TMDb miss counts"
                            + " against the client's share as the TMDb proxy's do). 404 when the title is not in the"
                            + " catalog; when only TMDb could answer and it cannot, TMDb's problems (502 `tmdb-error`, 503; docs/tmdb.md).")
    @GetMapping("/api/{kind:movies|tv}/{id}/similar")
    SimilarTitles similar(
            HttpServletRequest request,
            @PathVariable TitleKind kind,
            @Parameter(description = "TMDb id", example = "155") @PathVariable @Min(1) int id,
            @Parameter(description = "at most this many, 1 to 20") @RequestParam(defaultValue = "20") @Min(1) @Max(20)
                    int limit) {
        return similar.similar(new TitleRef(kind, id), limit, ClientKey.of(request));
    }
}
