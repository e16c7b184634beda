package com.frameratr.platform.paging;

import com.frameratr.platform.problems.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a page of a keyset-paged list ended: the sort key of its last item, opaque to clients
 * (base64url of the key's parts). A cursor that does not decode to the expected parts is a 400
 * naming the parameter, never a 500.
 */
public final class Cursor {

    private static final String SEPARATOR = "|";
    private static final Pattern SAFE_PART = Pattern.compile("[A-Za-z0-9._:+-]{1,64}");

    private Cursor() {}

    public static String encode(Object... parts) {
        StringBuilder joined = new StringBuilder();
        for (Object part : parts) {
            String text = String.valueOf(part);
            if (!SAFE_PART.matcher(text).matches()) {
                throw new IllegalArgumentException("cursor part must be a number, a code or a timestamp");
            }
            if (!joined.isEmpty()) {
                joined.append(SEPARATOR);
            }
            joined.append(text);
        }
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(joined.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** The parts of a cursor made by {@link #encode}; throws a 400 unless there are exactly {@code count}. */
    public static List<String> decode(String cursor, int count) {
        String joined;
        try {
            joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException notBase64) {
            throw invalid();
        }
        List<String> parts = List.of(joined.split(Pattern.quote(SEPARATOR), -1));
        if (parts.size() != count
                || !parts.stream().allMatch(part -> SAFE_PART.matcher(part).matches())) {
            throw invalid();
        }
        return parts;
    }

    public static long longPart(String part) {
        try {
            return Long.parseLong(part);
        } catch (NumberFormatException ex) {
            throw invalid();
        }
    }

    public static double doublePart(String part) {
        try {
            double value = Double.parseDouble(part);
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw invalid();
            }
            return value;
        } catch (NumberFormatException ex) {
            throw invalid();
        }
    }

    public static InvalidInputException invalid() {
        return new InvalidInputException("cursor", "is not a cursor of this list; follow the Link header");
    }
}
