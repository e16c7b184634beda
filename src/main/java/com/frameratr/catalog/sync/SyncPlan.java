package com.frameratr.catalog.sync;

import com.frameratr.catalog.TitleKind;
import com.frameratr.platform.problems.InvalidInputException;
import com.frameratr.tmdb.TmdbList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an import run should import, parsed from the command line:
 * {@code popular|trending|top-rated [--pages N] [--kind movie|tv|all]} or {@code movie|tv ID...}.
 */
sealed interface SyncPlan {

    String USAGE = """
            usage: java -jar frameratr.jar import popular|trending|top-rated [--pages N] [--kind movie|tv|all]
                   java -jar frameratr.jar import movie|tv ID [ID...]
              popular, top-rated: TMDb's lists, pages 1..N (default 1, at most 500)
              trending:           this week's trending titles
              --kind:             movies, TV shows or both (default all)""";

    /** Every title on pages 1..pages of a TMDb list, for each kind. */
    record Lists(TmdbList list, List<TitleKind> kinds, int pages) implements SyncPlan {}

    /** These TMDb ids. */
    record Ids(TitleKind kind, List<Integer> ids) implements SyncPlan {}

    /** Parses the arguments after {@code import}; a 400-type exception explains what is wrong. */
    static SyncPlan parse(List<String> args) {
        if (args.isEmpty()) {
            throw new InvalidInputException("command", "is missing");
        }
        String what = args.getFirst().toLowerCase(Locale.ROOT);
        List<String> rest = args.subList(1, args.size());
        return switch (what) {
            case "movie", "movies" -> new Ids(TitleKind.MOVIE, ids(rest));
            case "tv" -> new Ids(TitleKind.TV, ids(rest));
            case "popular" -> lists(TmdbList.POPULAR, rest);
            case "top-rated", "top_rated" -> lists(TmdbList.TOP_RATED, rest);
            case "trending" -> lists(TmdbList.TRENDING, rest);
            default -> throw new InvalidInputException("command", "unknown: " + what);
        };
    }

    private static Lists lists(TmdbList list, List<String> options) {
        int pages = 1;
        List<TitleKind> kinds = List.of(TitleKind.MOVIE, TitleKind.TV);
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            String value = i + 1 < options.size() ? options.get(i + 1) : "";
            if (option.startsWith("--") && option.contains("=")) {
                value = option.substring(option.indexOf('=') + 1);
                option = option.substring(0, option.indexOf('='));
            } else {
                i++;
            }
            switch (option) {
                case "--pages" -> pages = pages(value);
                case "--kind" -> kinds = kinds(value);
                default -> throw new InvalidInputException(option, "unknown option");
            }
        }
        return new Lists(list, kinds, pages);
    }

    private static int pages(String value) {
        try {
            int pages = Integer.parseInt(value);
            if (pages >= 1 && pages <= 500) {
                return pages;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new InvalidInputException("--pages", "must be a number from 1 to 500");
    }

    private static List<TitleKind> kinds(String value) {
        return switch (value) {
            case "movie", "movies" -> List.of(TitleKind.MOVIE);
            case "tv" -> List.of(TitleKind.TV);
            case "all" -> List.of(TitleKind.MOVIE, TitleKind.TV);
            default -> throw new InvalidInputException("--kind", "must be movie, tv or all");
        };
    }

    private static List<Integer> ids(List<String> values) {
        if (values.isEmpty()) {
            throw new InvalidInputException("ID", "at least one TMDb id is required");
        }
        List<Integer> ids = new ArrayList<>();
        for (String value : values) {
            try {
                int id = Integer.parseInt(value);
                if (id > 0) {
                    ids.add(id);
                    continue;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new InvalidInputException("ID", "'" + value + "' is not a positive TMDb id");
        }
        return List.copyOf(ids);
    }
}
