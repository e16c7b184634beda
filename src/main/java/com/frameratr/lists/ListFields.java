package com.frameratr.lists;

import com.frameratr.platform.web.VisibleText;
import org.jspecify.annotations.Nullable;

/**
 * What an owner sets of a list. Text is stored without invisible edges; a description of nothing
 * visible is none (null).
 */
record ListFields(String name, @Nullable String description, boolean ranked, Visibility visibility) {

    ListFields {
        name = VisibleText.Validator.trim(name);
        description = text(description);
    }

    static ListFields of(UserList list) {
        return new ListFields(list.name(), list.description(), list.ranked(), list.visibility());
    }

    /** Trimmed, and null when nothing visible is left: how optional text (descriptions, notes) is stored. */
    static @Nullable String text(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String trimmed = VisibleText.Validator.trim(value);
        return trimmed.isEmpty() ? null : trimmed;
    }
}
