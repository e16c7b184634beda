package com.frameratr.interop;

import com.frameratr.platform.problems.ContentRefusedException;
import com.frameratr.platform.problems.ContentRefusedException.Reason;

/**
 * An upload that cannot be imported, with a reason the user can act on: {@code invalid-import}
 * (400: not a ZIP, CSV or JSON of the source, unknown columns, not UTF-8, an unsafe ZIP),
 * {@code import-too-large} (413: the file, what it unpacks to, its rows), {@code body-timeout} (408).
 */
final class ImportRefused {

    private ImportRefused() {}

    static ContentRefusedException invalid(String detail) {
        return new ContentRefusedException("invalid-import", detail, Reason.INVALID);
    }

    static ContentRefusedException tooLarge(String detail) {
        return new ContentRefusedException("import-too-large", detail, Reason.TOO_LARGE);
    }

    static ContentRefusedException tooSlow() {
        return new ContentRefusedException("body-timeout", "The upload did not arrive in time", Reason.TOO_SLOW);
    }
}
