package com.frameratr.platform;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The {@code page}, {@code limit} and {@code cursor} query parameters of every list, bound and
 * validated in one place (controllers take it with {@code @Valid @ParameterObject}); absent means
 * page 1, 20 items.
 */
public record PageParams(
        @Schema(
                description = "page number, from 1; page × limit at most 10000 (deeper: follow the cursor)",
                example = "1",
                defaultValue = "1")
        @Min(1)
        @Max(PageRequest.MAX_PAGE)
        @Nullable
        Integer page,

        @Schema(description = "items per page, 1 to 100", example = "20", defaultValue = "20")
        @Min(1)
        @Max(PageRequest.MAX_LIMIT)
        @Nullable
        Integer limit,

        @Schema(
                description = "instead of page: where the previous page ended (the cursor of its Link"
                        + " rel=\"next\"); empty to start at the first item")
        @Size(max = 200)
        @Nullable
        String cursor) {

    public PageRequest toRequest() {
        int size = limit == null ? PageRequest.DEFAULT_LIMIT : limit;
        if (cursor != null) {
            if (page != null) {
                throw new InvalidParameterException("page", "give page or cursor, not both");
            }
            return PageRequest.after(cursor, size);
        }
        return new PageRequest(page == null ? 1 : page, size);
    }
}
