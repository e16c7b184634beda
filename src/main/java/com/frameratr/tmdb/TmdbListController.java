package com.frameratr.tmdb;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "TMDb: lists and search",
        description = "TMDb's lists, searches and genres, cached and rate-limited; bodies are TMDb's JSON"
                + " unchanged. `Cache-Control: max-age` tells how long an answer stays fresh, `X-Cache` whether"
                + " it was a HIT, a MISS or STALE. 503 when TMDB_TOKEN is not configured.")
@RestController
@RequestMapping("/api/tmdb")
class TmdbListController {

    private static final String PAGE = "page of results, 1 to 500 (TMDb's limit)";

    private final TmdbProxy proxy;

    TmdbListController(TmdbProxy proxy) {
        this.proxy = proxy;
    }

    @Operation(
            summary = "Search TMDb",
            description = "`movies` -> /search/movie (adult titles excluded), `tv` -> /search/tv,"
                    + " `multi` -> /search/multi, `person` -> /search/person. Fresh for 15 minutes.")
    @GetMapping("/search/{type:movies|tv|multi|person}")
    ResponseEntity<byte[]> search(
            @Parameter(
                            description = "what to search",
                            schema = @Schema(allowableValues = {"movies", "tv", "multi", "person"}),
                            example = "movies")
                    @PathVariable
                    String type,
            @Parameter(description = "search text, 1 to 200 characters", example = "dark knight")
                    @RequestParam
                    @NotBlank
                    @Size(max = 200)
                    String q,
            @Parameter(description = PAGE, example = "1") @RequestParam(defaultValue = "1") @Min(1) @Max(500)
                    int page) {
        String target = type.equals("movies") ? "movie" : type;
        // TMDb's search ignores case and extra spaces: one cache entry serves all spellings
        String query = q.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        Map<String, String> params = Map.of("query", query, "page", Integer.toString(page), "include_adult", "false");
        return proxy.get(TmdbRequest.of(CacheKind.SEARCH, "/search/" + target, params));
    }

    @Operation(summary = "Trending titles", description = "/trending/{movie,tv,all}/{time_window}. Fresh for an hour.")
    @GetMapping("/trending/{type:movies|tv|all}")
    ResponseEntity<byte[]> trending(
            @Parameter(
                            description = "which titles",
                            schema = @Schema(allowableValues = {"movies", "tv", "all"}),
                            example = "movies")
                    @PathVariable
                    String type,
            @Parameter(description = "`day` or `week`", example = "week")
                    @RequestParam(name = "time_window", defaultValue = "day")
                    @Pattern(regexp = "day|week", message = "must be day or week")
                    String timeWindow,
            @Parameter(description = PAGE, example = "1") @RequestParam(defaultValue = "1") @Min(1) @Max(500)
                    int page) {
        String target = type.equals("movies") ? "movie" : type;
        return list("/trending/" + target + "/" + timeWindow, page);
    }

    @Operation(summary = "Popular movies or TV shows", description = "/movie/popular, /tv/popular. Fresh for an hour.")
    @GetMapping("/popular/{type:movies|tv}")
    ResponseEntity<byte[]> popular(
            @Parameter(description = "movies or tv", example = "movies") @PathVariable String type,
            @Parameter(description = PAGE, example = "1") @RequestParam(defaultValue = "1") @Min(1) @Max(500)
                    int page) {
        return list("/" + mediaType(type) + "/popular", page);
    }

    @Operation(
            summary = "Top rated movies or TV shows",
            description = "/movie/top_rated, /tv/top_rated. Fresh for an hour.")
    @GetMapping("/top-rated/{type:movies|tv}")
    ResponseEntity<byte[]> topRated(
            @Parameter(description = "movies or tv", example = "tv") @PathVariable String type,
            @Parameter(description = PAGE, example = "1") @RequestParam(defaultValue = "1") @Min(1) @Max(500)
                    int page) {
        return list("/" + mediaType(type) + "/top_rated", page);
    }

    @Operation(summary = "Upcoming movies", description = "/movie/upcoming. Fresh for an hour.")
    @GetMapping("/upcoming/movies")
    ResponseEntity<byte[]> upcoming(
            @Parameter(description = PAGE, example = "1") @RequestParam(defaultValue = "1") @Min(1) @Max(500)
                    int page) {
        return list("/movie/upcoming", page);
    }

    @Operation(summary = "Movies now playing", description = "/movie/now_playing. Fresh for an hour.")
    @GetMapping("/now-playing/movies")
    ResponseEntity<byte[]> nowPlaying(
            @Parameter(description = PAGE, example = "1") @RequestParam(defaultValue = "1") @Min(1) @Max(500)
                    int page) {
        return list("/movie/now_playing", page);
    }

    @Operation(
            summary = "Discover movies or TV shows",
            description = "/discover/movie, /discover/tv with TMDb's documented filters only (an allow-list:"
                    + " an unknown parameter is a 400 naming it), e.g. `with_genres`, `primary_release_year`,"
                    + " `first_air_date_year`, `sort_by`, `vote_average.gte`, `with_original_language`,"
                    + " `with_runtime.gte`, `release_date.lte`, `with_watch_providers`. Adult titles are"
                    + " always excluded. Fresh for an hour.")
    @Parameter(
            name = "with_genres",
            in = ParameterIn.QUERY,
            description = "genre ids, `,` = and, `|` = or",
            example = "28,12")
    @Parameter(name = "primary_release_year", in = ParameterIn.QUERY, description = "movies only", example = "2008")
    @Parameter(name = "first_air_date_year", in = ParameterIn.QUERY, description = "TV only", example = "2008")
    @Parameter(name = "sort_by", in = ParameterIn.QUERY, example = "popularity.desc")
    @Parameter(name = "vote_average.gte", in = ParameterIn.QUERY, example = "7.5")
    @Parameter(name = "with_original_language", in = ParameterIn.QUERY, example = "en")
    @GetMapping("/discover/{type:movies|tv}")
    ResponseEntity<byte[]> discover(
            @Parameter(description = "movies or tv", example = "movies") @PathVariable String type,
            @Parameter(description = PAGE, example = "1") @RequestParam(defaultValue = "1") @Min(1) @Max(500) int page,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> filters) {
        String target = mediaType(type);
        return proxy.get(
                TmdbRequest.of(CacheKind.LIST, "/discover/" + target, DiscoverFilters.validate(target, filters, page)));
    }

    @Operation(summary = "Genres", description = "/genre/movie/list, /genre/tv/list. Fresh for a week.")
    @GetMapping("/genres/{type:movies|tv}")
    ResponseEntity<byte[]> genres(
            @Parameter(description = "movies or tv", example = "movies") @PathVariable String type) {
        return proxy.get(TmdbRequest.of(CacheKind.GENRES, "/genre/" + mediaType(type) + "/list"));
    }

    private ResponseEntity<byte[]> list(String path, int page) {
        return proxy.get(TmdbRequest.of(CacheKind.LIST, path, Map.of("page", Integer.toString(page))));
    }

    private static String mediaType(String type) {
        return type.equals("movies") ? "movie" : "tv";
    }
}
