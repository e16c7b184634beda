package com.frameratr.platform;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

/**
 * The {@code page} and {@code limit} query parameters of every list, bound and validated in one
 * place (controllers take it with {@code @Valid @ParameterObject}); absent means page 1, 20 items.
 */
public record PageParams(
        @Schema(description = "page number, from 1", example = "1", defaultValue = "1")
        @Min(1)
        @Max(PageRequest.MAX_PAGE)
        @Nullable
        Integer page,

        @Schema(description = "items per page, 1 to 100", example = "20", defaultValue = "20")
        @Min(1)
        @Max(PageRequest.MAX_LIMIT)
        @Nullable
        Integer limit) {

    public PageRequest toRequest() {
        return new PageRequest(page == null ? 1 : page, limit == null ? PageRequest.DEFAULT_LIMIT : limit);
    }
}
