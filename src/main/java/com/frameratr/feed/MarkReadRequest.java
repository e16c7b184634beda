package com.frameratr.feed;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** {@code {"up_to": id}}: every notification with this id or a lower one is read. */
record MarkReadRequest(
        @Schema(example = "42", description = "the id of the newest notification seen") @NotNull @Positive
        Long upTo) {}
