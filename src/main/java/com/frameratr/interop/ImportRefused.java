package com.frameratr.interop;

import com.frameratr.platform.problems.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * An upload that cannot be imported, with a reason the user can act on: {@code invalid-import}
 * (400: not a ZIP, CSV or JSON of the source, unknown columns, not UTF-8, unsafe ZIP), or
 * {@code import-too-large} (413: the file, its unpacked size, its rows).
 */
final class ImportRefused extends ErrorResponseException {

    private ImportRefused(HttpStatus status, String type, String detail) {
        super(status, Problems.of(status, type, detail), null);
    }

    static ImportRefused invalid(String detail) {
        return new ImportRefused(HttpStatus.BAD_REQUEST, "invalid-import", detail);
    }

    static ImportRefused tooLarge(String detail) {
        return new ImportRefused(HttpStatus.CONTENT_TOO_LARGE, "import-too-large", detail);
    }
}
