/**
 * The titles as the other tables see them: index 0..movies-1 are the movies (id = index + 1), the
 * rest the TV shows (id = index - movies + 1); each has a popularity rank and a quality.
 *
 * @param byRank the title index at each popularity rank
 * @param rankOf the popularity rank of each title index
 * @param quality the mean rating the title's ratings scatter around (2.5..9.3)
 */
record Catalog(int movies, int[] byRank, int[] rankOf, float[] quality) {

    /**
     * Movie 1 ("The Dark Knight", the title the issue measures) near the top of the popularity
     * ranks, like the real film; its ratings are not drawn by rank (see {@link RatingRows}).
     */
    private static final int MOVIE_1_RANK = 7;

    static Catalog draw(Rng rng, Scale scale) {
        int titles = scale.titles();
        int[] byRank = shuffledRanks(rng, titles);
        int[] rankOf = new int[titles];
        for (int r = 0; r < titles; r++) {
            rankOf[byRank[r]] = r;
        }
        float[] quality = new float[titles];
        for (int i = 0; i < titles; i++) {
            quality[i] = (float) Math.max(2.5, Math.min(9.3, 6.7 + 1.0 * rng.gaussian()));
        }
        return new Catalog(scale.movies(), byRank, rankOf, quality);
    }

    /** Ranks shuffled against ids (Fisher-Yates), then movie 1 moved to its rank. */
    private static int[] shuffledRanks(Rng rng, int titles) {
        int[] byRank = new int[titles];
        for (int i = 0; i < titles; i++) {
            byRank[i] = i;
        }
        for (int i = titles - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = byRank[i];
            byRank[i] = byRank[j];
            byRank[j] = t;
        }
        for (int r = 0; r < titles; r++) {
            if (byRank[r] == 0) {
                byRank[r] = byRank[MOVIE_1_RANK];
                byRank[MOVIE_1_RANK] = 0;
                break;
            }
        }
        return byRank;
    }

    int titles() {
        return byRank.length;
    }

    boolean isMovie(int title) {
        return title < movies;
    }

    String kind(int title) {
        return isMovie(title) ? "movie" : "tv";
    }

    int id(int title) {
        return isMovie(title) ? title + 1 : title - movies + 1;
    }

    /** The first columns of the ratings, reviews and favorites rows: uid, kind, title id. */
    void keyFields(Script script, String uid, int title) {
        script.field(uid);
        script.field(kind(title));
        script.field(id(title));
    }
}
