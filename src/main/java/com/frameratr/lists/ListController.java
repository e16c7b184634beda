package com.frameratr.lists;

import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import com.frameratr.platform.web.VisibleText;
import com.frameratr.users.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Lists", description = "The signed-in user's named lists of movies")
@SecurityRequirement(name = "firebase")
@RestController
@RequestMapping("/api/lists")
class ListController {

    private final ListService lists;

    ListController(ListService lists) {
        this.lists = lists;
    }

    record CreateListRequest(
            @Schema(example = "Watch this winter") @NotNull @Size(min = 1, max = 100) @VisibleText
            String name) {}

    record ListResponse(
            @Schema(example = "7") long id,
            @Schema(example = "Watch this winter") String name,
            int movieCount) {
        static ListResponse from(UserList list) {
            return new ListResponse(list.id(), list.name(), list.movieCount());
        }
    }

    @Operation(summary = "My lists", description = "All of the user's lists (at most 100), newest first.")
    @GetMapping("/mine")
    List<ListResponse> mine(@Parameter(hidden = true) CurrentUser user) {
        return lists.mine(user).stream().map(ListResponse::from).toList();
    }

    @Operation(summary = "Create a list", description = "Idempotent by name.")
    @PostMapping
    ListResponse create(@Parameter(hidden = true) CurrentUser user, @Valid @RequestBody CreateListRequest request) {
        return ListResponse.from(lists.create(user, request.name()));
    }

    @Operation(summary = "Delete one's list", description = "Only the owner; anyone else gets 404.")
    @DeleteMapping("/{id}")
    Map<String, Boolean> delete(@Parameter(hidden = true) CurrentUser user, @PathVariable @Min(1) long id) {
        lists.delete(user, id);
        return Map.of("ok", true);
    }

    @Operation(summary = "Add a movie to one's list", description = "Idempotent; imports the movie if needed.")
    @PostMapping("/{id}/movies/{movieId}")
    Map<String, Boolean> addMovie(
            @Parameter(hidden = true) CurrentUser user,
            @PathVariable @Min(1) long id,
            @PathVariable @Min(1) int movieId) {
        lists.add(user, id, new TitleRef(TitleKind.MOVIE, movieId));
        return Map.of("ok", true);
    }

    @Operation(summary = "Remove a movie from one's list", description = "Idempotent.")
    @DeleteMapping("/{id}/movies/{movieId}")
    Map<String, Boolean> removeMovie(
            @Parameter(hidden = true) CurrentUser user,
            @PathVariable @Min(1) long id,
            @PathVariable @Min(1) int movieId) {
        lists.remove(user, id, new TitleRef(TitleKind.MOVIE, movieId));
        return Map.of("ok", true);
    }
}
