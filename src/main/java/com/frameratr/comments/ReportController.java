package com.frameratr.comments;

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
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Comments", description = "Conversations under reviews and lists, and reports")
@SecurityRequirement(name = "firebase")
@RestController
class ReportController {

    private final ReportService reports;

    ReportController(ReportService reports) {
        this.reports = reports;
    }

    record FileReportRequest(
            @Schema(example = "42") @Nullable @Min(1) Long reviewId,
            @Schema(example = "null") @Nullable @Min(1) Long commentId,
            @Schema(example = "null") @Nullable @Min(1) Long listId,

            @Schema(example = "Spoils the ending without the spoiler flag.")
            @NotNull
            @Size(min = 1, max = 500)
            @VisibleText
            String reason) {}

    record ReportResponse(
            @Schema(example = "9") long id,
            @Schema(example = "42") @Nullable Long reviewId,
            @Schema(example = "null") @Nullable Long commentId,
            @Schema(example = "null") @Nullable Long listId,

            @Schema(example = "Spoils the ending without the spoiler flag.")
            String reason,

            @Schema(
                    example = "open",
                    allowableValues = {"open", "resolved"})
            String status,

            OffsetDateTime createdAt) {

        static ReportResponse from(Report report) {
            return new ReportResponse(
                    report.id(),
                    report.reviewId(),
                    report.commentId(),
                    report.listId(),
                    report.reason(),
                    report.status(),
                    report.createdAt());
        }
    }

    @Operation(
            summary = "Report a review, comment or list",
            description = "`{review_id | comment_id | list_id, reason}`: exactly one item (else 400), a free-text"
                    + " reason of 1 to 500 characters. 201 with the report the first time; 200 with the same, first"
                    + " report on a repeat (one per user and item; the repeat's reason is not kept). The item stays"
                    + " visible; an operator reads open reports. An item the caller may not see is the 404 of an"
                    + " unknown id.")
    @PostMapping("/api/reports")
    ResponseEntity<ReportResponse> report(
            @Parameter(hidden = true) CurrentUser user, @Valid @RequestBody FileReportRequest request) {
        ReportService.Filed filed =
                reports.report(user, request.reviewId(), request.commentId(), request.listId(), request.reason());
        return ResponseEntity.status(filed.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(ReportResponse.from(filed.report()));
    }
}
