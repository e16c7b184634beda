package com.frameratr.platform.problems;

/** Field names as clients see them: the API is snake_case, Java is camelCase. */
public final class JsonNames {

    private JsonNames() {}

    public static String snakeCase(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
