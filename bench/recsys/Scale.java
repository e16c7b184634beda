/**
 * The sizes of bench/gen/Scale.java (titles = movies + a tenth as many TV shows), the part of them
 * the evaluation needs: users, ratings, favorites and the cap of ratings per user.
 */
record Scale(String name, int movies, int users, long ratings, int favorites, int maxPerUser) {

    static Scale named(String name) {
        return switch (name) {
            case "tiny" -> new Scale(name, 10_000, 2_000, 200_000, 10_000, 2_000);
            case "small" -> new Scale(name, 100_000, 20_000, 2_000_000, 100_000, 5_000);
            case "large" -> new Scale(name, 1_000_000, 200_000, 25_000_000, 1_000_000, 10_000);
            default -> throw new IllegalArgumentException("scale must be tiny, small or large: " + name);
        };
    }

    int titles() {
        return movies + movies / 10;
    }
}
