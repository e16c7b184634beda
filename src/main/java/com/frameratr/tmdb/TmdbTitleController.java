package com.frameratr.tmdb;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "TMDb: titles and people",
        description = "Details of one TMDb movie, TV show or person, cached for a day; bodies are TMDb's"
                + " JSON unchanged. 404 when TMDb has no such id.")
@RestController
@RequestMapping("/api/tmdb")
class TmdbTitleController {

    private final TmdbProxy proxy;

    TmdbTitleController(TmdbProxy proxy) {
        this.proxy = proxy;
    }

    @Operation(
            summary = "Movie or TV show details",
            description = "/movie/{id} or /tv/{id} with append_to_response=credits,videos,similar,recommendations.")
    @GetMapping("/{type:movie|tv}/{id}")
    ResponseEntity<byte[]> details(
            @Parameter(description = "movie or tv", example = "movie") @PathVariable String type,
            @Parameter(description = "TMDb id", example = "155") @PathVariable @Min(1) int id) {
        return proxy.get(TmdbRequest.details(type, id));
    }

    @Operation(
            summary = "Credits, videos, similar titles or recommendations",
            description = "/movie/{id}/{part} or /tv/{id}/{part}; `page` applies to similar and recommendations.")
    @GetMapping("/{type:movie|tv}/{id}/{part:credits|videos|similar|recommendations}")
    ResponseEntity<byte[]> part(
            @Parameter(description = "movie or tv", example = "tv") @PathVariable String type,
            @Parameter(description = "TMDb id", example = "1396") @PathVariable @Min(1) int id,
            @Parameter(
                            description = "which part",
                            schema = @Schema(allowableValues = {"credits", "videos", "similar", "recommendations"}),
                            example = "credits")
                    @PathVariable
                    String part,
            @Parameter(description = "page of results, 1 to 500", example = "1")
                    @RequestParam(defaultValue = "1")
                    @Min(1)
                    @Max(500)
                    int page) {
        boolean paged = part.equals("similar") || part.equals("recommendations");
        Map<String, String> params = paged ? Map.of("page", Integer.toString(page)) : Map.of();
        return proxy.get(TmdbRequest.of(CacheKind.DETAILS, "/" + type + "/" + id + "/" + part, params));
    }

    @Operation(summary = "Person details", description = "/person/{id}.")
    @GetMapping("/person/{id}")
    ResponseEntity<byte[]> person(
            @Parameter(description = "TMDb person id", example = "287") @PathVariable @Min(1) int id) {
        return proxy.get(TmdbRequest.of(CacheKind.DETAILS, "/person/" + id));
    }
}
