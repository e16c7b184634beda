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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = ListController.TAG, description = ListController.TAG_DESCRIPTION)
@SecurityRequirement(name = "firebase")
@RestController
@RequestMapping("/api/lists")
class ListController {

    static final String TAG = "Lists";
    static final String TAG_DESCRIPTION =
            "Users' lists of movies and TV shows: the owner's writes, and pages anyone may read by visibility";
    static final int MAX_NAME = 100;
    static final int MAX_DESCRIPTION = 2_000;

    private final ListService lists;
    private final EntryService entries;
    private final ListReadService reads;

    ListController(ListService lists, EntryService entries, ListReadService reads) {
        this.lists = lists;
        this.entries = entries;
        this.reads = reads;
    }

    record CreateListRequest(
            @Schema(example = "Watch this winter") @NotNull @Size(min = 1, max = MAX_NAME) @VisibleText
            String name,

            @Schema(example = "Long nights, long films.", description = "at most 2,000 characters")
            @Size(max = MAX_DESCRIPTION)
            @Nullable
            String description,

            @Schema(example = "false", description = "default false: newest first") @Nullable
            Boolean ranked,

            @Schema(
                    example = "private",
                    allowableValues = {"public", "unlisted", "private"},
                    description = "default private")
            @Pattern(regexp = Visibility.CODES, message = Visibility.MESSAGE)
            @Nullable
            String visibility) {

        ListFields fields() {
            return new ListFields(
                    name,
                    description,
                    Boolean.TRUE.equals(ranked),
                    visibility == null ? Visibility.PRIVATE : Visibility.ofCode(visibility));
        }
    }

    record ListResponse(
            @Schema(example = "7") long id,
            @Schema(example = "Watch this winter") String name,
            @Schema(example = "3") int movieCount) {
        static ListResponse from(UserList list) {
            return new ListResponse(list.id(), list.name(), list.movieCount());
        }
    }

    @Operation(
            summary = "My lists",
            description = "All of the user's lists (at most `lists_per_user`, see /api/me/limits), newest first,"
                    + " with the number of movies in each.")
    @GetMapping("/mine")
    List<ListResponse> mine(@Parameter(hidden = true) CurrentUser user) {
        return lists.mine(user).stream().map(ListResponse::from).toList();
    }

    @Operation(
            summary = "Create a list",
            description = "Idempotent by name: a list of that name is returned as it is (the other fields apply to a"
                    + " new list only; change them with PATCH). 409 `limit-exceeded` (`limit`: `lists_per_user`)"
                    + " beyond the user's limit.")
    @PostMapping
    ListResponse create(@Parameter(hidden = true) CurrentUser user, @Valid @RequestBody CreateListRequest request) {
        return ListResponse.from(lists.create(user, request.fields()));
    }

    @Operation(
            summary = "Change one's list",
            description = "`name`, `description` (empty: none), `ranked`, `visibility`; absent fields stay. 409"
                    + " `list-name-taken` when another of one's lists has the name. Only the owner; anyone else gets"
                    + " 404.")
    @PatchMapping("/{id}")
    ListDetailResponse change(
            @Parameter(hidden = true) CurrentUser user,
            @PathVariable @Min(1) long id,
            @Valid @RequestBody ListChanges changes) {
        return reads.present(lists.change(user, id, changes));
    }

    @Operation(summary = "Delete one's list", description = "With its entries. Only the owner; anyone else gets 404.")
    @DeleteMapping("/{id}")
    Map<String, Boolean> delete(@Parameter(hidden = true) CurrentUser user, @PathVariable @Min(1) long id) {
        lists.delete(user, id);
        return Map.of("ok", true);
    }

    @Operation(
            summary = "Add a movie to one's list (first version's form)",
            description = "Idempotent; the movie goes last, imported from TMDb if needed. 409 `limit-exceeded`"
                    + " (`entries_per_list`) when the list is full. Only the owner; anyone else gets 404.")
    @PostMapping("/{id}/movies/{movieId}")
    Map<String, Boolean> addMovie(
            @Parameter(hidden = true) CurrentUser user,
            @PathVariable @Min(1) long id,
            @PathVariable @Min(1) int movieId) {
        entries.addLast(user, id, new TitleRef(TitleKind.MOVIE, movieId));
        return Map.of("ok", true);
    }

    @Operation(
            summary = "Remove a movie from one's list (first version's form)",
            description = "Idempotent; the entries after it move up. Only the owner; anyone else gets 404.")
    @DeleteMapping("/{id}/movies/{movieId}")
    Map<String, Boolean> removeMovie(
            @Parameter(hidden = true) CurrentUser user,
            @PathVariable @Min(1) long id,
            @PathVariable @Min(1) int movieId) {
        entries.removeTitle(user, id, new TitleRef(TitleKind.MOVIE, movieId));
        return Map.of("ok", true);
    }
}
