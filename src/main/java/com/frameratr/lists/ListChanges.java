package com.frameratr.lists;

import com.frameratr.platform.web.VisibleText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Body of {@code PATCH /api/lists/{id}}: absent or null fields stay as they are; an empty description clears it. */
record ListChanges(
        @Schema(example = "Nolan, ranked", description = "1 to 100 characters; unique among the owner's lists (409)")
        @Size(min = 1, max = ListController.MAX_NAME)
        @VisibleText
        @Nullable
        String name,

        @Schema(example = "From Following to Oppenheimer, best first.", description = "at most 2,000 characters")
        @Size(max = ListController.MAX_DESCRIPTION)
        @Nullable
        String description,

        @Schema(example = "true", description = "entries in the owner's order (position) instead of newest first")
        @Nullable
        Boolean ranked,

        @Schema(
                example = "public",
                allowableValues = {"public", "unlisted", "private"},
                description = "public: anyone, and on the public lists page; unlisted: anyone with the link;"
                        + " private: only the owner")
        @Pattern(regexp = Visibility.CODES, message = Visibility.MESSAGE)
        @Nullable
        String visibility) {

    ListFields applyTo(ListFields current) {
        return new ListFields(
                name == null ? current.name() : name,
                description == null ? current.description() : description,
                ranked == null ? current.ranked() : ranked,
                visibility == null ? current.visibility() : Visibility.ofCode(visibility));
    }
}
