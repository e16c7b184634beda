import java.io.IOException;

/** TMDb's genres: the genres table (movie and TV genres, ids as TMDb has them) and the draw of a title's genres. */
final class Genres {

    // TMDb genre ids of movies and of TV shows, and how often titles get each
    private static final int[] MOVIE_GENRES = {
        28, 12, 16, 35, 80, 99, 18, 10751, 14, 36, 27, 10402, 9648, 10749, 878, 10770, 53, 10752, 37
    };
    private static final double[] MOVIE_GENRE_WEIGHT = {8, 4, 3, 12, 5, 6, 18, 3, 3, 2, 6, 2, 3, 6, 4, 2, 8, 1, 1};
    private static final int[] TV_GENRES = {
        10759, 16, 35, 80, 99, 18, 10751, 10762, 9648, 10763, 10764, 10765, 10766, 10767, 10768, 37
    };
    private static final double[] TV_GENRE_WEIGHT = {5, 4, 10, 5, 4, 12, 3, 3, 3, 1, 4, 4, 2, 2, 1, 1};

    private static final String COPY_ROWS = """
            28	Action
            12	Adventure
            16	Animation
            35	Comedy
            80	Crime
            99	Documentary
            18	Drama
            10751	Family
            14	Fantasy
            36	History
            27	Horror
            10402	Music
            9648	Mystery
            10749	Romance
            878	Science Fiction
            10770	TV Movie
            53	Thriller
            10752	War
            37	Western
            10759	Action & Adventure
            10762	Kids
            10763	News
            10764	Reality
            10765	Sci-Fi & Fantasy
            10766	Soap
            10767	Talk
            10768	War & Politics
            """;

    private static final double[] MOVIE_CUMULATIVE = Rng.cumulate(MOVIE_GENRE_WEIGHT);
    private static final double[] TV_CUMULATIVE = Rng.cumulate(TV_GENRE_WEIGHT);

    private Genres() {}

    static void write(Script script) throws IOException {
        script.beginCopy("genres (id, name)");
        script.text(COPY_ROWS);
        script.endCopy();
    }

    /** One genre id drawn by the weights of the title's kind. */
    static int draw(Rng rng, boolean movie) {
        return movie ? MOVIE_GENRES[rng.weighted(MOVIE_CUMULATIVE)] : TV_GENRES[rng.weighted(TV_CUMULATIVE)];
    }
}
