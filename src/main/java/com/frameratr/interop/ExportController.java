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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
    private final AccountExport account;

    ExportController(LetterboxdExport letterboxd, AccountExport account) {
        this.letterboxd = letterboxd;
        this.account = account;
    }

    @Operation(
            summary = "Export one's history: the diary, ratings and reviews for Letterboxd, or the whole account",
            description = "`format=letterboxd`: a CSV in Letterboxd's import format (`tmdbID,Title,Year,WatchedDate,"
                    + "Rating,Rating10,Rewatch,Tags,Review`), for letterboxd.com/import. One row per viewing of a"
                    + " film, oldest first, with the rating and tags logged with it and the review written with it"
                    + " (on the latest viewing that carries it); then one row without a date per film rated but"
                    + " never logged (its current rating) and per review no viewing carries. `Rating10` rounds"
                    + " FrameRatr's half steps up (7.5 is 8), `Rating` is half of it in stars. TV shows are left out"
                    + " (Letterboxd has none). A Title, Tags or Review cell starting with `=`, `+`, `-`, `@`, a tab"
                    + " or a carriage return gets a leading `'` (CSV injection).\n\n"
                    + "`format=zip`: the whole account as `application/zip` with two entries: `frameratr.json`"
                    + " (`format`, `version` 1, `exported_at`, `profile`, then the arrays `ratings`, `reviews`,"
                    + " `diary`, `watchlist`, `favorites`, `lists` with their `entries`, `following`; movies and TV"
                    + " shows, snake_case, the schema in docs/interop.md) and `letterboxd.csv` (exactly what"
                    + " `format=letterboxd` answers).\n\n"
                    + "Both are streamed page by page, any size; at most `exports_per_minute` per user, whatever the"
                    + " format (429). Any other `format` is a 400.",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "the CSV or the ZIP, as an attachment",
                            content = {
                                @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                                @Content(
                                        mediaType = "application/zip",
                                        schema = @Schema(type = "string", format = "binary"))
                            }))
    @GetMapping("/api/me/export")
    void export(
            @Parameter(hidden = true) CurrentUser user,
            @Parameter(description = "letterboxd or zip", example = "zip") @RequestParam String format,
            HttpServletResponse response)
            throws IOException {
        switch (format) {
            case "letterboxd" -> letterboxd(user, response);
            case "zip" -> zip(user, response);
            default -> throw new InvalidInputException("format", "must be letterboxd or zip");
        }
    }

    private void letterboxd(CurrentUser user, HttpServletResponse response) throws IOException {
        long rows = letterboxd.write(user.uid(), () -> {
            attachment(response, "text/csv;charset=UTF-8", "frameratr-letterboxd-" + today() + ".csv");
            return new BufferedWriter(
                    new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 16_384);
        });
        log.info("Letterboxd export of {}: {} rows", user.uid(), rows);
    }

    private void zip(CurrentUser user, HttpServletResponse response) throws IOException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        AccountExport.Written written = account.write(user, now, () -> {
            attachment(
                    response,
                    "application/zip",
                    "frameratr-export-" + now.atOffset(ZoneOffset.UTC).toLocalDate() + ".zip");
            return response.getOutputStream();
        });
        log.info(
                "Account export of {}: {} JSON items, {} CSV rows", user.uid(), written.jsonItems(), written.csvRows());
    }

    private static void attachment(HttpServletResponse response, String contentType, String filename) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"");
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
