import java.io.IOException;

/**
 * The titles table, and title_genres alongside (its rows are drawn with each title, so they are
 * kept in memory and written after the titles' COPY block ends).
 */
final class TitleRows {

    private static final String COLUMNS = "titles (kind, id, title, original_title, original_language, overview,"
            + " release_date, poster_path, backdrop_path, runtime, number_of_seasons, number_of_episodes,"
            + " vote_average, vote_count, popularity, tmdb_synced_at)";
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private final Script script;
    private final Rng rng;
    private final Catalog catalog;
    private final StringBuilder titleGenres;

    private TitleRows(Script script, Rng rng, Catalog catalog) {
        this.script = script;
        this.rng = rng;
        this.catalog = catalog;
        this.titleGenres = new StringBuilder(catalog.titles() * 24);
    }

    static void write(Script script, Rng rng, Catalog catalog) throws IOException {
        new TitleRows(script, rng, catalog).write();
    }

    private void write() throws IOException {
        script.beginCopy(COLUMNS);
        for (int i = 0; i < catalog.titles(); i++) {
            titleRow(i);
            script.endRow();
            drawGenres(i);
        }
        script.endCopy();
        script.beginCopy("title_genres (kind, title_id, genre_id)");
        script.text(titleGenres);
        script.endCopy();
    }

    private void titleRow(int i) {
        boolean ab = rng.oneIn(10);
        String title = i == 0 ? "The Dark Knight" : TitleNames.title(rng, ab);
        String language = rng.pick(Words.LANG);
        String original = TitleNames.original(rng, title, language);
        int year = 2025 - (int) Math.min(105, Math.abs(rng.gaussian() * 25));
        script.field(catalog.kind(i));
        script.field(catalog.id(i));
        script.field(title);
        script.field(original);
        script.field(language);
        script.field(sentence() + " " + sentence()); // the overview
        int month = 1 + rng.nextInt(12);
        script.field(year + "-" + twoDigits(month) + "-" + twoDigits(1 + rng.nextInt(28)));
        script.field(rng.oneIn(20) ? "\\N" : imagePath()); // poster
        script.field(rng.oneIn(10) ? "\\N" : imagePath()); // backdrop
        lengthFields(catalog.isMovie(i));
        voteFields(i);
        script.timestamp(Days.COUNT - 1 - rng.nextInt(60), rng.nextInt(86400)); // synced in the last 60 days
    }

    /** "A story about a young pilot far from home." */
    private String sentence() {
        return rng.pick(Words.PHRASE) + " " + rng.pick(Words.WHO) + " " + rng.pick(Words.WHAT) + ".";
    }

    /** A movie's runtime, or a show's episode runtime, seasons and episodes. */
    private void lengthFields(boolean movie) {
        if (movie) {
            script.field(75 + (int) Math.abs(rng.gaussian() * 25));
            script.field("\\N");
            script.field("\\N");
        } else {
            int seasons = 1 + (int) Math.abs(rng.gaussian() * 3);
            script.field(20 + rng.nextInt(40));
            script.field(seasons);
            script.field(seasons * (6 + rng.nextInt(18)));
        }
    }

    /** TMDb's vote average (near the title's quality), vote count and popularity (by rank). */
    private void voteFields(int i) {
        int rank = catalog.rankOf()[i];
        double voteAverage = Math.max(0, Math.min(10, catalog.quality()[i] + 0.4 * rng.gaussian()));
        script.field(Math.round(voteAverage * 1000) / 1000.0);
        script.field((int) (30000 / Math.pow(rank + 1, 0.8)) + rng.nextInt(5));
        double popularity = 5000 / Math.pow(rank + 1, 0.75) + 0.6 * rng.nextDouble();
        script.field(Math.round(popularity * 1000) / 1000.0);
    }

    /** 1 to 3 draws; a genre drawn twice counts once. */
    private void drawGenres(int i) {
        int draws = 1 + rng.nextInt(3);
        int first = -1;
        int second = -1;
        for (int g = 0; g < draws; g++) {
            int genre = Genres.draw(rng, catalog.isMovie(i));
            if (genre == first || genre == second) {
                continue;
            }
            if (g == 0) {
                first = genre;
            } else {
                second = genre;
            }
            titleGenres.append(catalog.kind(i) + "\t" + catalog.id(i) + "\t" + genre + "\n");
        }
    }

    /** TMDb's image paths: 27 base-62 characters. */
    private String imagePath() {
        char[] chars = new char[27];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = BASE62.charAt(rng.nextInt(62));
        }
        return "/" + new String(chars) + ".jpg";
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
