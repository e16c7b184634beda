package com.frameratr.interop;

import com.frameratr.platform.problems.InvalidInputException;
import com.frameratr.users.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Export", description = "Taking one's history elsewhere")
@SecurityRequirement(name = "firebase")
@RestController
class ExportController {

    private static final Logger log = LoggerFactory.getLogger(ExportController.class);

    private final LetterboxdExport letterboxd;

    ExportController(LetterboxdExport letterboxd) {
        this.letterboxd = letterboxd;
    }

    @Operation(
            summary = "Export the diary, ratings and reviews",
            description = "`format=letterboxd`: a CSV in Letterboxd's import format (`tmdbID,Title,Year,WatchedDate,"
                    + "Rating,Rating10,Rewatch,Tags,Review`), for letterboxd.com/import. One row per viewing of a"
                    + " film, oldest first, with the rating and tags logged with it and the review written with it"
                    + " (on the latest viewing that carries it); then one row without a date per film rated but"
                    + " never logged (its current rating) and per review no viewing carries. `Rating10` rounds"
                    + " FrameRatr's half steps up (7.5 is 8), `Rating` is half of it in stars. TV shows are left out"
                    + " (Letterboxd has none). Streamed, any size; at most `exports_per_minute` per user (429). Any"
                    + " other `format` is a 400.",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "the CSV, as an attachment",
                            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    @GetMapping("/api/me/export")
    void export(
            @Parameter(hidden = true) CurrentUser user,
            @Parameter(description = "letterboxd", example = "letterboxd") @RequestParam String format,
            HttpServletResponse response)
            throws IOException {
        if (!format.equals("letterboxd")) {
            throw new InvalidInputException("format", "must be letterboxd");
        }
        long rows = letterboxd.write(user.uid(), () -> {
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION,
                    "attachment; filename=\"frameratr-letterboxd-" + LocalDate.now(ZoneOffset.UTC) + ".csv\"");
            return new BufferedWriter(
                    new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 16_384);
        });
        log.info("Letterboxd export of {}: {} rows", user.uid(), rows);
    }
}
