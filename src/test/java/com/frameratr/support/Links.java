package com.frameratr.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads RFC 8288 Link headers as the API writes them. */
public final class Links {

    private Links() {}

    /** The target of the link with relation {@code rel}, or null. */
    public static @Nullable String target(@Nullable String header, String rel) {
        if (header == null) {
            return null;
        }
        Matcher link =
                Pattern.compile("<([^>]*)>; rel=\"" + Pattern.quote(rel) + "\"").matcher(header);
        return link.find() ? link.group(1) : null;
    }
}
