package com.frameratr.diary;

import com.frameratr.platform.problems.InvalidInputException;
import com.frameratr.platform.web.VisibleText;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A diary entry's tags: at most 20, each 1 to 50 characters once trimmed, stored lower case, each once. */
final class DiaryTags {

    static final int MAX_TAGS = 20;
    static final int MAX_LENGTH = 50;

    private DiaryTags() {}

    static List<String> normalise(@Nullable List<@Nullable String> tags) {
        if (tags == null) {
            return List.of();
        }
        if (tags.size() > MAX_TAGS) {
            throw new InvalidInputException("tags", "at most " + MAX_TAGS + " tags");
        }
        Set<String> normalised = new LinkedHashSet<>();
        for (String tag : tags) {
            normalised.add(normalise(tag, "tags"));
        }
        return List.copyOf(normalised);
    }

    /** One tag as it is stored, e.g. for the diary's {@code tag} filter. */
    static String normalise(@Nullable String tag, String field) {
        String trimmed = tag == null ? "" : VisibleText.Validator.trim(tag).toLowerCase(Locale.ROOT);
        if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH) {
            throw new InvalidInputException(field, "each tag must have 1 to " + MAX_LENGTH + " characters");
        }
        return trimmed;
    }
}
