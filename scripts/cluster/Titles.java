import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The titles the load uses: 40 movies the fake TMDb generates (100001..100040), 5 from the tests'
 * TMDb files and one TV show; and the TMDb proxy paths it reads, all cached by the warm-up.
 */
final class Titles {

    private static final int FIRST_GENERATED = 100_001;
    private static final int GENERATED = 40;
    private static final List<Integer> FROM_FILES = List.of(155, 550, 603, 680, 27205);

    /** The one title of the hot-row scenario. */
    static final int HOT = FIRST_GENERATED;

    static final List<String> WARM_PATHS = warmPaths();

    private Titles() {}

    static int randomMovie(ThreadLocalRandom rnd) {
        return movie(rnd.nextInt(GENERATED + FROM_FILES.size()));
    }

    /** The paths (after /api/favorites/) of every title the load writes. */
    static List<String> all() {
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < GENERATED + FROM_FILES.size(); i++) {
            titles.add("movies/" + movie(i));
        }
        titles.add("tv/1396");
        return titles;
    }

    private static int movie(int i) {
        return i < GENERATED ? FIRST_GENERATED + i : FROM_FILES.get(i - GENERATED);
    }

    private static List<String> warmPaths() {
        List<String> paths = new ArrayList<>(List.of(
                "/api/tmdb/trending/movies",
                "/api/tmdb/popular/movies",
                "/api/tmdb/genres/movies",
                "/api/tmdb/search/movies?q=dark%20knight"));
        for (int id : FROM_FILES) {
            paths.add("/api/tmdb/movie/" + id);
        }
        return List.copyOf(paths);
    }
}
