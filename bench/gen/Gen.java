import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * FrameRatr benchmark data generator (run by bench/run.sh; docs/performance.md, "The data").
 *
 * <pre>
 *   java bench/gen/Gen.java small 42 bench | psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres frameratr
 * </pre>
 *
 * <p>Java's multi-file source launcher compiles the other classes of this directory on demand.
 * Writes ONE psql script to stdout: the load preamble (bench/load-pre.sql), then every table as an
 * inline "COPY ... FROM STDIN" block, then bench/load-post.sql. psql streams it straight into the
 * server, so nothing is staged on disk and the generator runs on one core while PostgreSQL ingests
 * on the other. Deterministic for a given scale and seed: every draw comes from one {@link Rng} in
 * a fixed order, so the tables are written in the order they are drawn.
 *
 * <p>The shape of the data (what makes it "realistic" for the hot paths):
 *
 * <ul>
 *   <li>titles ({@link TitleRows}): movies with ids 1..M and TV shows (M/10) with ids 1..T in their
 *       own id space; words chosen so that exactly the titles given an "ab" word contain "ab"
 *       (10 %), so q=ab matches ~10 %; popularity falls off as a power of the popularity rank,
 *       ranks shuffled against ids ({@link Catalog}).
 *   <li>ratings ({@link RatingRows}): users rate a power-law ({@link RatingCounts}) number of
 *       titles, scaled to the exact total; each rating picks a title from a Zipf-Mandelbrot
 *       distribution over popularity rank (distinct per user), so a few titles get most ratings.
 *       Movie 1 is rated by exactly 10,000 users (the issue measures /api/movies/1). Values on the
 *       0.5 steps: title quality + user bias + noise, whole numbers 3x as likely as halves.
 *   <li>reviews: an exact-size uniform sample of the ratings (Knuth's selection sampling), so they
 *       follow the same skew; favorites: an exact-size sample of the ratings >= 8.
 * </ul>
 */
public class Gen {

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: java bench/gen/Gen.java tiny|small|large [seed]");
            System.exit(2);
        }
        Scale scale = Scale.named(args[0]);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        Rng rng = new Rng(seed);
        Words.checkOnlyAbWordsContainAb();
        Path benchDir = Path.of(args.length > 2 ? args[2] : "bench");
        Script script = Script.toStdout();
        long t0 = System.nanoTime();

        script.text("\\set scale " + args[0] + "\n");
        script.text(Files.readString(benchDir.resolve("load-pre.sql")));
        Counts counts = writeTables(script, rng, scale);
        script.text(Files.readString(benchDir.resolve("load-post.sql")));
        script.close();
        System.err.printf(
                "Gen %s: %d titles, %d users, %d ratings, %d reviews, %d favorites generated in %.1f s%n",
                args[0],
                scale.titles(),
                scale.users(),
                scale.ratings(),
                counts.reviews(),
                counts.favorites(),
                (System.nanoTime() - t0) / 1e9);
    }

    /** What the summary line reports beyond the scale's own numbers. */
    record Counts(int reviews, int favorites) {}

    /** The tables in the order their rows are drawn (which fixes the output for a seed). */
    private static Counts writeTables(Script script, Rng rng, Scale scale) throws IOException {
        Genres.write(script);
        Catalog catalog = Catalog.draw(rng, scale);
        UserRows.write(script, rng, scale);
        TitleRows.write(script, rng, catalog);
        Raters raters = Raters.draw(rng, scale);
        RatingRows ratings = new RatingRows(script, rng, catalog, raters, scale);
        ratings.write();
        ReviewRows.write(script, rng, catalog, ratings.reviews());
        int favorites = FavoriteRows.write(script, rng, catalog, ratings.favoriteCandidates(), scale);
        return new Counts(ratings.reviews().size(), favorites);
    }
}
