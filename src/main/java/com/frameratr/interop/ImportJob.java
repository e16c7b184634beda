package com.frameratr.interop;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** An import as {@code import_jobs} holds it. */
record ImportJob(
        long id,
        String uid,
        ImportSource source,
        Status status,
        @Nullable String fileName,
        int commitStep,
        Map<String, Long> applied,
        @Nullable String error,
        Instant createdAt,
        @Nullable Instant finishedAt) {

    enum Status {
        MATCHING,
        READY,
        COMMITTING,
        DONE,
        FAILED;

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Status ofCode(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
