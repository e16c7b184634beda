package com.frameratr.interop;

import com.frameratr.interop.ImportResponses.JobResponse;
import com.frameratr.interop.ImportResponses.ResolveRequest;
import com.frameratr.interop.ImportResponses.RowResponse;
import com.frameratr.platform.paging.Cursor;
import com.frameratr.platform.paging.Page;
import com.frameratr.platform.paging.PageParams;
import com.frameratr.platform.paging.PageRequest;
import com.frameratr.platform.problems.InvalidInputException;
import com.frameratr.platform.web.PagedResponses;
import com.frameratr.users.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Import", description = "Bringing one's history from Letterboxd, Trakt or another FrameRatr account")
@SecurityRequirement(name = "firebase")
@RestController
class ImportController {

    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    @Operation(
            summary = "Upload a history to import",
            description = "multipart/form-data with `source` (`letterboxd`: the ZIP of Letterboxd's \"Export your"
                    + " data\" or one of its CSVs; `trakt`: Trakt's history, ratings and watchlist JSON, alone or"
                    + " zipped; `frameratr`: an account export's ZIP or its frameratr.json) and `file` (at most"
                    + " `import_file_bytes`, 413 past it). The file is read at once (400 `invalid-import` with the"
                    + " reason: not a ZIP or CSV of the source, unknown columns, not UTF-8, an unsafe or oversized"
                    + " ZIP) and titles are matched in the background: 202 with the job and its `Location`. One"
                    + " unfinished import per user (409 `import-in-progress` names it); `imports_per_minute`. See"
                    + " docs/interop.md.",
            requestBody = @RequestBody(content = @Content(mediaType = "multipart/form-data")))
    @PostMapping("/api/imports")
    ResponseEntity<JobResponse> upload(@Parameter(hidden = true) CurrentUser user, HttpServletRequest request) {
        JobResponse job = imports.upload(user, request);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/imports/" + job.id()))
                .body(job);
    }

    @Operation(
            summary = "An import's state",
            description = "`status`: matching, ready (every title decided or waiting for the user), committing,"
                    + " done, failed; `counts` by row status; `progress` 0..1; `applied`: what the commit wrote."
                    + " Only the owner; anyone else gets 404.")
    @GetMapping("/api/imports/{id}")
    JobResponse job(@Parameter(hidden = true) CurrentUser user, @PathVariable long id) {
        return imports.view(user, id);
    }

    @Operation(
            summary = "An import's rows",
            description = "In the order read, with each row's candidates when it is ambiguous or unmatched;"
                    + " `status` filters. Keyset-paged: follow the `cursor` of `Link: rel=\"next\"`.")
    @GetMapping("/api/imports/{id}/rows")
    ResponseEntity<List<RowResponse>> rows(
            @Parameter(hidden = true) CurrentUser user,
            @PathVariable long id,
            @Parameter(
                            schema =
                                    @Schema(
                                            allowableValues = {
                                                "pending",
                                                "matched",
                                                "ambiguous",
                                                "unmatched",
                                                "duplicate",
                                                "skipped"
                                            }))
                    @RequestParam(required = false)
                    @Nullable
                    String status,
            @ParameterObject PageParams paging) {
        PageRequest page = paging.toCursorRequest("an import's rows");
        RowStatus filter = null;
        if (status != null) {
            try {
                filter = RowStatus.ofCode(status);
            } catch (IllegalArgumentException ex) {
                throw new InvalidInputException(
                        "status", "must be pending, matched, ambiguous, unmatched, duplicate or skipped");
            }
        }
        int after = page.after() == null
                ? 0
                : (int) Cursor.longPart(Cursor.decode(page.after(), 1).getFirst());
        List<RowResponse> rows = ImportResponses.rows(imports.rows(user, id, filter, after, page.limit()));
        return PagedResponses.withoutTotal(new Page<>(rows, 0, page).withNextCursor(row -> Cursor.encode(row.row())));
    }

    @Operation(
            summary = "Resolve a row",
            description = "`{movie_id}` (`{tv_id}` for a show's row) says which title the row means: it and every"
                    + " undecided row naming the same title become matched (the title is imported from TMDb"
                    + " first; a TMDb id it does not know is a 400). `{skip: true}` leaves them out. 409 for a"
                    + " duplicate, a row that cannot be imported, or an import being committed.")
    @PatchMapping("/api/imports/{id}/rows/{row}")
    RowResponse resolve(
            @Parameter(hidden = true) CurrentUser user,
            @PathVariable long id,
            @PathVariable @Min(1) int row,
            @org.springframework.web.bind.annotation.RequestBody ResolveRequest choice) {
        return RowResponse.of(imports.resolve(user, id, row, choice));
    }

    @Operation(
            summary = "Commit an import",
            description = "Applies the matched rows in the background: diary entries, ratings, reviews,"
                    + " watchlist, favorites, lists with their order and notes (and follows, from a FrameRatr"
                    + " export). Ambiguous and unmatched rows are left out. 202 while committing, 200 once done;"
                    + " committing again changes nothing, and importing the same history again adds only what is"
                    + " new. 409 while still matching.")
    @PostMapping("/api/imports/{id}/commit")
    ResponseEntity<JobResponse> commit(@Parameter(hidden = true) CurrentUser user, @PathVariable long id) {
        JobResponse job = imports.commit(user, id);
        return ResponseEntity.status(job.status().equals("done") ? HttpStatus.OK : HttpStatus.ACCEPTED)
                .body(job);
    }

    @Operation(
            summary = "Discard an import",
            description = "Deletes a job that is not committed, with its rows. 409 once committing or done"
                    + " (finished jobs are deleted by themselves after 7 days).")
    @DeleteMapping("/api/imports/{id}")
    Map<String, Boolean> discard(@Parameter(hidden = true) CurrentUser user, @PathVariable long id) {
        imports.discard(user, id);
        return Map.of("ok", true);
    }
}
