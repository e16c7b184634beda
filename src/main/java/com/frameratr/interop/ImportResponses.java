package com.frameratr.interop;

import com.frameratr.catalog.TitleKind;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The JSON of the imports endpoints. */
final class ImportResponses {

    private ImportResponses() {}

    record Counts(
            @Schema(description = "facts read from the file, duplicates and skipped ones included")
            long rows,

            long matched,
            long ambiguous,
            long unmatched,
            long duplicates,

            @Schema(description = "left out: by the user, or not storable (the row's rule says why)")
            long skipped,

            @Schema(description = "still to match") long pending) {

        static Counts of(Map<RowStatus, Long> byStatus) {
            long rows = byStatus.values().stream().mapToLong(Long::longValue).sum();
            return new Counts(
                    rows,
                    byStatus.get(RowStatus.MATCHED),
                    byStatus.get(RowStatus.AMBIGUOUS),
                    byStatus.get(RowStatus.UNMATCHED),
                    byStatus.get(RowStatus.DUPLICATE),
                    byStatus.get(RowStatus.SKIPPED),
                    byStatus.get(RowStatus.PENDING));
        }
    }

    record JobResponse(
            long id,
            @Schema(example = "letterboxd") String source,

            @Schema(allowableValues = {"matching", "ready", "committing", "done", "failed"})
            String status,

            @Nullable String fileName,
            Counts counts,

            @Schema(description = "0..1: titles matched while matching, steps done while committing")
            double progress,

            @Schema(description = "what the commit wrote, by table (`over_limit`: left out by a stored limit)")
            Map<String, Long> applied,

            @Schema(description = "why the job waits or failed") @Nullable
            String error,

            Instant createdAt,
            @Nullable Instant finishedAt) {

        static JobResponse of(ImportJob job, Map<RowStatus, Long> byStatus) {
            Counts counts = Counts.of(byStatus);
            double progress = switch (job.status()) {
                case MATCHING -> counts.rows() == 0 ? 1 : 1 - (double) counts.pending() / counts.rows();
                case READY -> 1;
                case COMMITTING -> (double) job.commitStep() / ImportCommit.Step.values().length;
                case DONE, FAILED -> 1;
            };
            return new JobResponse(
                    job.id(),
                    job.source().code(),
                    job.status().code(),
                    job.fileName(),
                    counts,
                    Math.round(progress * 1000) / 1000.0,
                    new java.util.TreeMap<>(job.applied()),
                    job.error(),
                    job.createdAt(),
                    job.finishedAt());
        }
    }

    record RowResponse(
            int row,

            @Schema(description = "the file and line (a JSON file: the item's number) it was read from")
            String file,

            int line,

            @Schema(
                    allowableValues = {
                        "viewing",
                        "rating",
                        "review",
                        "watchlist",
                        "favorite",
                        "list",
                        "list_entry",
                        "follow"
                    })
            String fact,

            @Nullable String kind,

            @Schema(description = "the title as the file names it") @Nullable
            String name,

            @Nullable Integer year,
            @Nullable Integer movieId,
            @Nullable Integer tvId,

            @Schema(allowableValues = {"pending", "matched", "ambiguous", "unmatched", "duplicate", "skipped"})
            String status,

            @Schema(
                    description = "how it matched (exact-title, original-title, year-off-by-one, title-without-year,"
                            + " tmdb-id, chosen) or why not")
            @Nullable
            String rule,

            @Schema(description = "for an ambiguous or unmatched row: the titles it may mean, best first")
            List<TitleMatch.Candidate> candidates,

            @Schema(description = "the row that carries the same fact") @Nullable
            Integer duplicateOf,

            @Schema(
                    description = "the fact's own fields (watched_on, rewatch, rating, tags, review, list, position,"
                            + " note...)")
            JsonNode data) {

        static RowResponse of(ImportRepository.Row row) {
            return new RowResponse(
                    row.rowNo(),
                    row.sourceFile(),
                    row.sourceLine(),
                    row.fact(),
                    row.kind() == null ? null : row.kind().code(),
                    row.name(),
                    row.year(),
                    row.kind() == TitleKind.MOVIE ? row.tmdbId() : null,
                    row.kind() == TitleKind.TV ? row.tmdbId() : null,
                    row.status().code(),
                    row.rule(),
                    row.candidates(),
                    row.duplicateOf(),
                    row.data());
        }
    }

    /** What {@code PATCH /api/imports/{id}/rows/{row}} accepts: a title, or skip. */
    record ResolveRequest(
            @Schema(description = "the TMDb movie the row means") @Nullable
            Integer movieId,

            @Schema(description = "the TMDb show the row means (Trakt rows of shows)") @Nullable
            Integer tvId,

            @Schema(description = "true: leave the row out") @Nullable
            Boolean skip) {}

    static List<RowResponse> rows(List<ImportRepository.Row> rows) {
        return rows.stream().map(RowResponse::of).toList();
    }
}
