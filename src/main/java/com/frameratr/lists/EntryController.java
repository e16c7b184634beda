package com.frameratr.lists;

import com.frameratr.catalog.TitleInBody;
import com.frameratr.catalog.TitleRef;
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
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = ListController.TAG, description = ListController.TAG_DESCRIPTION)
@SecurityRequirement(name = "firebase")
@RestController
@RequestMapping("/api/lists/{id}")
class EntryController {

    static final int MAX_NOTE = 1_000;

    private final EntryService entries;
    private final ListReadService reads;

    EntryController(EntryService entries, ListReadService reads) {
        this.entries = entries;
        this.reads = reads;
    }

    record AddEntryRequest(
            @Schema(example = "155", description = "TMDb id of a movie; or tv_id, not both") @Nullable
            Integer movieId,

            @Schema(example = "null", description = "TMDb id of a TV show, instead of movie_id") @Nullable
            Integer tvId,

            @Schema(example = "Ledger's Joker carries it.", description = "at most 1,000 characters")
            @Size(max = MAX_NOTE)
            @Nullable
            String note,

            @Schema(example = "1", description = "1..n+1, the entries from there on move down; absent: last")
            @Min(1)
            @Nullable
            Integer position)
            implements TitleInBody {}

    record ChangeEntryRequest(
            @Schema(example = "Still the best.", description = "at most 1,000 characters; empty: no note")
            @Size(max = MAX_NOTE)
            @Nullable
            String note,

            @Schema(example = "3", description = "1..n; the entries between follow by one") @Min(1) @Nullable
            Integer position) {}

    record ReorderRequest(
            @Schema(example = "[31, 12, 40]", description = "every entry id of the list, once each, in the new order")
            @NotNull
            List<@NotNull Long> entryIds) {}

    @Operation(
            summary = "Add a movie or TV show to one's list",
            description = "`movie_id` or `tv_id` (a TMDb id; imported from TMDb if needed: 404 when TMDb does not"
                    + " know it, 503 when it cannot be asked), `note`, `position`. 201 with the entry. Not"
                    + " idempotent: a title already in the list is a 409 `already-in-list` whose `entry_id` names"
                    + " its entry (change that one instead). 409 `limit-exceeded` (`entries_per_list`) when the"
                    + " list is full. Only the owner; anyone else gets 404.")
    @PostMapping("/entries")
    @ResponseStatus(HttpStatus.CREATED)
    EntryResponse add(
            @Parameter(hidden = true) CurrentUser user,
            @PathVariable @Min(1) long id,
            @Valid @RequestBody AddEntryRequest request) {
        TitleRef title = request.title();
        return reads.present(entries.add(user, id, title, request.note(), request.position()));
    }

    @Operation(
            summary = "Change an entry of one's list",
            description = "`note` (empty: none) and `position` (1..n); absent fields stay. Only the owner; anyone"
                    + " else gets 404.")
    @PatchMapping("/entries/{entry_id}")
    EntryResponse change(
            @Parameter(hidden = true) CurrentUser user,
            @PathVariable @Min(1) long id,
            @PathVariable("entry_id") @Min(1) long entryId,
            @Valid @RequestBody ChangeEntryRequest request) {
        return reads.present(entries.change(user, id, entryId, request.note(), request.position()));
    }

    @Operation(
            summary = "Remove an entry from one's list",
            description = "The entries after it move up. 404 when the entry is not in the list (also once it has"
                    + " been removed). Only the owner; anyone else gets 404.")
    @DeleteMapping("/entries/{entry_id}")
    Map<String, Boolean> remove(
            @Parameter(hidden = true) CurrentUser user,
            @PathVariable @Min(1) long id,
            @PathVariable("entry_id") @Min(1) long entryId) {
        entries.remove(user, id, entryId);
        return Map.of("ok", true);
    }

    @Operation(
            summary = "Put one's list in a new order",
            description = "`entry_ids`: all of the list's entry ids, each once, in the new order (they take the"
                    + " positions 1..n); anything else (an id missing, repeated or of another list) is a 400"
                    + " naming it. Returns the list. Only the owner; anyone else gets 404.")
    @PutMapping("/order")
    ListDetailResponse reorder(
            @Parameter(hidden = true) CurrentUser user,
            @PathVariable @Min(1) long id,
            @Valid @RequestBody ReorderRequest request) {
        return reads.present(entries.reorder(user, id, request.entryIds()));
    }
}
