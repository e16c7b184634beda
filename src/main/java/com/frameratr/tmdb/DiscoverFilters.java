package com.frameratr.tmdb;

import com.frameratr.platform.problems.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;

/**
 * The discover filters TMDb documents for {@code /discover/movie} and {@code /discover/tv}, each
 * with the shape of its value. Anything else is rejected with a 400 naming the parameter: the first
 * version forwarded every query parameter. {@code include_adult} is always false.
 */
final class DiscoverFilters {

    private static final Pattern INTEGER = Pattern.compile("\\d{1,9}");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,6}(\\.\\d{1,3})?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern BOOLEAN = Pattern.compile("true|false");
    // ids or codes joined by ',' (AND) or '|' (OR), as TMDb documents for with_* filters
    private static final Pattern ID_LIST = Pattern.compile("[0-9A-Za-z_-]{1,40}([,|][0-9A-Za-z_-]{1,40}){0,49}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_/+-]{1,40}");
    private static final Pattern SORT = Pattern.compile("[a-z_.]{1,40}\\.(asc|desc)");

    private static final Map<String, Pattern> COMMON = Map.ofEntries(
            Map.entry("language", CODE),
            Map.entry("sort_by", SORT),
            Map.entry("vote_average.gte", NUMBER),
            Map.entry("vote_average.lte", NUMBER),
            Map.entry("vote_count.gte", NUMBER),
            Map.entry("vote_count.lte", NUMBER),
            Map.entry("watch_region", CODE),
            Map.entry("with_companies", ID_LIST),
            Map.entry("with_genres", ID_LIST),
            Map.entry("with_keywords", ID_LIST),
            Map.entry("with_origin_country", ID_LIST),
            Map.entry("with_original_language", CODE),
            Map.entry("with_runtime.gte", INTEGER),
            Map.entry("with_runtime.lte", INTEGER),
            Map.entry("with_watch_monetization_types", ID_LIST),
            Map.entry("with_watch_providers", ID_LIST),
            Map.entry("without_companies", ID_LIST),
            Map.entry("without_genres", ID_LIST),
            Map.entry("without_keywords", ID_LIST),
            Map.entry("without_watch_providers", ID_LIST));

    private static final Map<String, Pattern> MOVIE = Map.ofEntries(
            Map.entry("certification", CODE),
            Map.entry("certification.gte", CODE),
            Map.entry("certification.lte", CODE),
            Map.entry("certification_country", CODE),
            Map.entry("include_video", BOOLEAN),
            Map.entry("primary_release_year", YEAR),
            Map.entry("primary_release_date.gte", DATE),
            Map.entry("primary_release_date.lte", DATE),
            Map.entry("region", CODE),
            Map.entry("release_date.gte", DATE),
            Map.entry("release_date.lte", DATE),
            Map.entry("with_cast", ID_LIST),
            Map.entry("with_crew", ID_LIST),
            Map.entry("with_people", ID_LIST),
            Map.entry("with_release_type", ID_LIST),
            Map.entry("year", YEAR));

    private static final Map<String, Pattern> TV = Map.ofEntries(
            Map.entry("air_date.gte", DATE),
            Map.entry("air_date.lte", DATE),
            Map.entry("first_air_date_year", YEAR),
            Map.entry("first_air_date.gte", DATE),
            Map.entry("first_air_date.lte", DATE),
            Map.entry("include_null_first_air_dates", BOOLEAN),
            Map.entry("screened_theatrically", BOOLEAN),
            Map.entry("timezone", CODE),
            Map.entry("with_networks", ID_LIST),
            Map.entry("with_status", ID_LIST),
            Map.entry("with_type", ID_LIST));

    private DiscoverFilters() {}

    /** TMDb's parameters for a discover request: the validated filters, the page, include_adult=false. */
    static Map<String, String> validate(String mediaType, MultiValueMap<String, String> query, int page) {
        Map<String, Pattern> specific = mediaType.equals("movie") ? MOVIE : TV;
        Map<String, String> params = new TreeMap<>();
        for (Map.Entry<String, List<String>> entry : query.entrySet()) {
            String name = entry.getKey();
            if (name.equals("page")) {
                continue;
            }
            Pattern shape = specific.getOrDefault(name, COMMON.get(name));
            if (shape == null) {
                throw new InvalidInputException(name, "is not a TMDb discover filter for " + mediaType);
            }
            if (entry.getValue().size() != 1) {
                throw new InvalidInputException(name, "must be given once");
            }
            String value = entry.getValue().getFirst().strip();
            if (!shape.matcher(value).matches()) {
                throw new InvalidInputException(name, "has an invalid value");
            }
            params.put(name, value);
        }
        params.put("page", Integer.toString(page));
        params.put("include_adult", "false");
        return params;
    }
}
