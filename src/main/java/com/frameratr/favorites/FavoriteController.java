package com.frameratr.favorites;

import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import com.frameratr.platform.paging.PageParams;
import com.frameratr.platform.web.PagedResponses;
import com.frameratr.users.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Favorites", description = "The signed-in user's favorite movies and TV shows; ids are TMDb ids")
@SecurityRequirement(name = "firebase")
@RestController
@RequestMapping("/api/favorites")
class FavoriteController {

    private final FavoriteService favorites;

    FavoriteController(FavoriteService favorites) {
        this.favorites = favorites;
    }

    @Operation(
            summary = "Favorite movies",
            description = "Catalog fields plus `favorited_at`, newest first; paged array.")
    @GetMapping("/movies")
    ResponseEntity<List<FavoriteResponse>> movies(
            @Parameter(hidden = true) CurrentUser user, @Valid @ParameterObject PageParams paging) {
        return PagedResponses.ok(favorites.list(user, TitleKind.MOVIE, paging.toRequest()));
    }

    @Operation(
            summary = "Favorite TV shows",
            description = "Catalog fields plus `favorited_at`, newest first; paged array.")
    @GetMapping("/tv")
    ResponseEntity<List<FavoriteResponse>> tvShows(
            @Parameter(hidden = true) CurrentUser user, @Valid @ParameterObject PageParams paging) {
        return PagedResponses.ok(favorites.list(user, TitleKind.TV, paging.toRequest()));
    }

    @Operation(summary = "Add a favorite movie", description = "Idempotent; imports the movie from TMDb if needed.")
    @PostMapping("/movies/{id}")
    Map<String, Boolean> addMovie(@Parameter(hidden = true) CurrentUser user, @PathVariable @Min(1) int id) {
        favorites.add(user, new TitleRef(TitleKind.MOVIE, id));
        return Map.of("ok", true);
    }

    @Operation(summary = "Add a favorite TV show", description = "Idempotent; imports the show from TMDb if needed.")
    @PostMapping("/tv/{id}")
    Map<String, Boolean> addTvShow(@Parameter(hidden = true) CurrentUser user, @PathVariable @Min(1) int id) {
        favorites.add(user, new TitleRef(TitleKind.TV, id));
        return Map.of("ok", true);
    }

    @Operation(summary = "Remove a favorite movie", description = "Idempotent.")
    @DeleteMapping("/movies/{id}")
    Map<String, Boolean> removeMovie(@Parameter(hidden = true) CurrentUser user, @PathVariable @Min(1) int id) {
        favorites.remove(user, new TitleRef(TitleKind.MOVIE, id));
        return Map.of("ok", true);
    }

    @Operation(summary = "Remove a favorite TV show", description = "Idempotent.")
    @DeleteMapping("/tv/{id}")
    Map<String, Boolean> removeTvShow(@Parameter(hidden = true) CurrentUser user, @PathVariable @Min(1) int id) {
        favorites.remove(user, new TitleRef(TitleKind.TV, id));
        return Map.of("ok", true);
    }
}
