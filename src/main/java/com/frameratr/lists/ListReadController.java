package com.frameratr.lists;

import com.frameratr.platform.paging.PageParams;
import com.frameratr.platform.web.PagedResponses;
import com.frameratr.users.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lists as pages: readable without a token (public and unlisted ones); with one, the owner's private ones too. */
@Tag(name = ListController.TAG, description = ListController.TAG_DESCRIPTION)
@RestController
@RequestMapping("/api/lists")
class ListReadController {

    private final ListReadService reads;

    ListReadController(ListReadService reads) {
        this.reads = reads;
    }

    @Operation(
            summary = "Public lists",
            description = "Everyone's public lists (never unlisted or private ones), no token needed: `sort=recent`"
                    + " (the default) last changed first, `sort=popular` most liked first; `q` matches a substring"
                    + " of the name ignoring case and accents. Only lists whose owner the caller may see (a private"
                    + " profile's to its approved followers, none across a block); `X-Total-Count` counts all public"
                    + " lists matching `q`, also those hidden from the caller (counting who may see each was 25 times"
                    + " slower than the page)."
                    + " Each has `like_count`, `comment_count` and `liked_by_me` (false without a token). Paged"
                    + " array (`X-Total-Count`, `Link`).")
    @SecurityRequirement(name = "firebase")
    @GetMapping
    ResponseEntity<List<ListDetailResponse>> publicLists(
            @Parameter(hidden = true) Optional<CurrentUser> viewer,
            @Parameter(description = "recent or popular", example = "popular")
                    @RequestParam(defaultValue = "recent")
                    @Pattern(regexp = ListSort.CODES, message = "must be recent or popular")
                    String sort,
            @Parameter(description = "name substring, 2 to 200 characters", example = "nolan")
                    @RequestParam(required = false)
                    @Size(max = 200)
                    @Nullable
                    String q,
            @ParameterObject PageParams paging) {
        return PagedResponses.ok(reads.publicLists(
                ListSort.ofCode(sort), q, viewer.map(CurrentUser::uid).orElse(null), paging.toRequest()));
    }

    @Operation(
            summary = "A list",
            description = "Its fields, owner (`handle`, `display_name`), `entry_count`, `like_count`,"
                    + " `comment_count` and `liked_by_me` (false without a token). A public or unlisted list needs"
                    + " no token; a private one is readable by its owner only. A public list of a private profile is"
                    + " readable by its approved followers only; an unlisted one by anyone with the link. Nothing"
                    + " across a block. Anyone who may not read it gets the same 404 as for an unknown id.")
    @SecurityRequirement(name = "firebase")
    @GetMapping("/{id}")
    ListDetailResponse detail(@Parameter(hidden = true) Optional<CurrentUser> viewer, @PathVariable @Min(1) long id) {
        return reads.detail(viewer.map(CurrentUser::uid).orElse(null), id);
    }

    @Operation(
            summary = "The entries of a list",
            description = "By `position` when the list is ranked, else newest first; each the title's list fields"
                    + " (`id` is its TMDb id; a movie's or a TV show's fields) with `entry_id`, `kind`, `position`,"
                    + " `note` and `added_at`. Paged array (`X-Total-Count` is `entry_count`). Readable as the"
                    + " list is.")
    @SecurityRequirement(name = "firebase")
    @GetMapping("/{id}/entries")
    ResponseEntity<List<EntryResponse>> entries(
            @Parameter(hidden = true) Optional<CurrentUser> viewer,
            @PathVariable @Min(1) long id,
            @ParameterObject PageParams paging) {
        return PagedResponses.ok(reads.entries(viewer.map(CurrentUser::uid).orElse(null), id, paging.toRequest()));
    }
}
