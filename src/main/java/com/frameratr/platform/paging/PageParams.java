package com.frameratr.platform.paging;

import com.frameratr.platform.problems.InvalidInputException;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The {@code page}, {@code limit} and {@code cursor} query parameters of every list, read and
 * checked in one place (controllers take it with {@code @ParameterObject}, which documents the
 * three parameters; web.PageParamsResolver reads them with the bounds of the constraints below);
 * absent means page 1, 20 items.
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
        @Size(max = PageParams.MAX_CURSOR_LENGTH)
        @Nullable
        String cursor) {

    public static final int MAX_CURSOR_LENGTH = 200;

    /**
     * The page of a list that pages by cursor only (deep, fast-changing lists: a diary, a feed,
     * followers): absent cursor starts at the first item, a page number other than 1 is a 400.
     *
     * @param list how the error names the list, e.g. "the feed"
     */
    public PageRequest toCursorRequest(String list) {
        if (page != null && page != 1) {
            throw new InvalidInputException("page", list + " pages by cursor: follow the Link header's rel=\"next\"");
        }
        return PageRequest.after(cursor == null ? "" : cursor, limit == null ? PageRequest.DEFAULT_LIMIT : limit);
    }

    /**
     * The page asked for: the rules between the parameters (page or cursor, the numbered window).
     * Each parameter's own bounds were checked when it was read (web.PageParamsResolver).
     */
    public PageRequest toRequest() {
        int size = limit == null ? PageRequest.DEFAULT_LIMIT : limit;
        if (cursor != null) {
            if (page != null) {
                throw new InvalidInputException("page", "give page or cursor, not both");
            }
            return PageRequest.after(cursor, size);
        }
        int number = page == null ? 1 : page;
        if (!PageRequest.withinWindow(number, size)) {
            throw new InvalidInputException(
                    "page",
                    "page × limit may be at most " + PageRequest.MAX_WINDOW
                            + "; walk deeper with the cursor of the Link header's rel=\"next\"");
        }
        return new PageRequest(number, size);
    }
}
