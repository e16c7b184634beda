package com.frameratr.library;

import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import com.frameratr.platform.paging.PageParams;
import com.frameratr.platform.web.PagedResponses;
import com.frameratr.users.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
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

    private final ShelfService shelves;

    FavoriteController(ShelfService shelves) {
        this.shelves = shelves;
    }

    @Operation(
            summary = "Favorite movies or TV shows",
            description = "Catalog fields plus `favorited_at`, newest first; paged array.")
    @GetMapping("/{kind:movies|tv}")
    ResponseEntity<List<FavoriteResponse>> list(
            @Parameter(hidden = true) CurrentUser user,
            @PathVariable TitleKind kind,
            @ParameterObject PageParams paging) {
        return PagedResponses.ok(shelves.list(Shelf.FAVORITES, user, kind, ShelfSort.ADDED, paging.toRequest())
                .map(FavoriteResponse::from));
    }

    @Operation(summary = "Add a favorite", description = "Idempotent; imports the title from TMDb if needed.")
    @PostMapping("/{kind:movies|tv}/{id}")
    Map<String, Boolean> add(
            @Parameter(hidden = true) CurrentUser user, @PathVariable TitleKind kind, @PathVariable @Min(1) int id) {
        shelves.add(Shelf.FAVORITES, user, new TitleRef(kind, id));
        return Map.of("ok", true);
    }

    @Operation(summary = "Remove a favorite", description = "Idempotent.")
    @DeleteMapping("/{kind:movies|tv}/{id}")
    Map<String, Boolean> remove(
            @Parameter(hidden = true) CurrentUser user, @PathVariable TitleKind kind, @PathVariable @Min(1) int id) {
        shelves.remove(Shelf.FAVORITES, user, new TitleRef(kind, id));
        return Map.of("ok", true);
    }
}
