/** The size of one data set; docs/performance.md's table of scales lists the same numbers. */
record Scale(int movies, int users, long ratings, int reviews, int favorites, int maxPerUser) {

    static Scale named(String name) {
        return switch (name) {
            case "tiny" -> new Scale(10_000, 2_000, 200_000, 20_000, 10_000, 2_000);
            case "small" -> new Scale(100_000, 20_000, 2_000_000, 200_000, 100_000, 5_000);
            case "large" -> new Scale(1_000_000, 200_000, 25_000_000, 2_500_000, 1_000_000, 10_000);
            default -> throw new IllegalArgumentException("scale must be tiny, small or large: " + name);
        };
    }

    /** TV shows have their own id space (1..movies/10). */
    int tvShows() {
        return movies / 10;
    }

    int titles() {
        return movies + tvShows();
    }
}
